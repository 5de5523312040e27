"""The wall ("Muro"), news ("Edugestores reporta") and featured members as people use
them: posts newest first one page at a time, comments, a photo or document on a post,
news published by facilitators; all written offline like everything else."""
from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import func, select

from app.services import files, repository
from app.services.account import current_account
from app.services.attachments import check_file
from app.services.errors import UserError
from app.services.forums import _me, _queue, _validate, utc
from app.store import meta
from app.store.db import Store
from app.store.models import (PENDING, FeaturedMember, News, Person, WallComment,
                              WallPost)
from sync import blobs
from sync import protocol as p

log = logging.getLogger(__name__)

KINDS = p.WALL_KINDS
PUBLISHERS = ("facilitator", "admin")


@dataclass(frozen=True)
class Attached:
    sha256: str
    name: str
    size: int

    @property
    def is_image(self) -> bool:
        return p.is_image(self.name)


@dataclass(frozen=True)
class WallPostItem:
    id: str
    author: str
    author_detail: str       # position and region, as colleagues recognise each other
    kind: str
    body: str
    file: Attached | None
    created_at: datetime | None
    comment_count: int
    state: str
    reject_code: str | None
    seq: int | None


@dataclass(frozen=True)
class CommentItem:
    id: str
    author: str
    body: str
    created_at: datetime | None
    state: str
    reject_code: str | None


@dataclass(frozen=True)
class NewsItem:
    id: str
    title: str
    body: str
    author: str
    photo: Attached | None
    created_at: datetime | None
    state: str
    seq: int | None


@dataclass(frozen=True)
class FeaturedItem:
    id: str
    display_name: str
    detail: str
    reason: str
    created_at: datetime | None


def _attached(value: str | None) -> Attached | None:
    if not value:
        return None
    try:
        ref = json.loads(value)
        return Attached(ref["sha256"], ref["name"], int(ref["size"]))
    except (ValueError, KeyError, TypeError):
        log.warning("a file reference that cannot be read: %.80r", value)
        return None


def _detail(person: Person | None) -> str:
    return ", ".join(x for x in (person.position, person.region) if x) if person else ""


def _newest_first(model):
    # What is still on its way (no seq yet) first, then the server's order (contract 6:
    # order by seq, never by the computer's clock).
    return (model.seq.is_(None).desc(), model.seq.desc())


# ---- the wall ------------------------------------------------------------------------------

def count_posts(store: Store) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(WallPost)) or 0


def _post_item(post: WallPost, person: Person | None) -> WallPostItem:
    return WallPostItem(post.id, person.display_name if person else "", _detail(person),
                        post.kind, post.body, _attached(post.file),
                        utc(post.created_at) if post.created_at else None,
                        post.comment_count, post.state, post.reject_code, post.seq)


def list_posts(store: Store, offset: int = 0, limit: int = 50) -> list[WallPostItem]:
    """Wall posts newest first, one page at a time (the view fetches more as it scrolls).

    Those still on their way (no seq) come first, then the rest by seq through its index:
    one ORDER BY over both would sort every post of the wall for each page."""
    def page(where, order, skip, take):
        return s.execute(select(WallPost, Person)
                         .outerjoin(Person, Person.id == WallPost.author_id)
                         .where(where).order_by(*order).offset(skip).limit(take)).all()
    with store.session() as s:
        waiting = s.scalar(select(func.count()).select_from(WallPost)
                           .where(WallPost.seq.is_(None))) or 0
        rows = []
        if offset < waiting:
            rows = page(WallPost.seq.is_(None), (WallPost.created_at.desc(), WallPost.id),
                        offset, limit)
        if len(rows) < limit:
            rows += page(WallPost.seq.is_not(None), (WallPost.seq.desc(),),
                         max(offset - waiting, 0), limit - len(rows))
        return [_post_item(post, person) for post, person in rows]


def get_post(store: Store, post_id: str) -> WallPostItem | None:
    with store.session() as s:
        row = s.execute(select(WallPost, Person)
                        .outerjoin(Person, Person.id == WallPost.author_id)
                        .where(WallPost.id == post_id)).first()
        if row is None:
            return None
        return _post_item(*row)


def position_of(store: Store, post_id: str) -> int:
    """The row of a post in `list_posts` order (-1 if it is not here): to open it."""
    with store.session() as s:
        post = s.get(WallPost, post_id)
        if post is None:
            return -1
        waiting = s.scalar(select(func.count()).select_from(WallPost)
                           .where(WallPost.seq.is_(None))) or 0
        if post.seq is None:
            ids = s.scalars(select(WallPost.id).where(WallPost.seq.is_(None))
                            .order_by(WallPost.created_at.desc(), WallPost.id)).all()
            return ids.index(post_id)
        return waiting + (s.scalar(select(func.count()).select_from(WallPost)
                                   .where(WallPost.seq > post.seq)) or 0)


def comments(store: Store, post_id: str) -> list[CommentItem]:
    """A post's comments in the server's order, those still on their way last."""
    with store.session() as s:
        rows = s.execute(select(WallComment, Person.display_name)
                         .outerjoin(Person, Person.id == WallComment.author_id)
                         .where(WallComment.post_id == post_id)
                         .order_by(WallComment.seq.is_(None), WallComment.seq,
                                   WallComment.created_at)).all()
        return [CommentItem(c.id, name or "", c.body,
                            utc(c.created_at) if c.created_at else None, c.state,
                            c.reject_code) for c, name in rows]


def _wall_text(model, **fields):
    try:
        return _validate(model, **fields)
    except UserError as exc:
        if exc.code.startswith("too_long"):
            raise UserError("too_long_wall") from None
        raise


def _file_ref(store: Store, path: Path | None) -> p.FileRef | None:
    if path is None:
        return None
    name, size = check_file(Path(path), repository.max_file_bytes(store))
    sha = files.cache(store).put_file(Path(path))
    return p.FileRef(sha256=sha, name=name, size=size)


def write_post(store: Store, kind: str, body: str, attachment: Path | None = None) -> str:
    """Post on the wall offline: the row (shown as pending) and its op in one transaction;
    an attached file is copied into this computer's files and travels before the op."""
    if kind not in KINDS:
        raise UserError("invalid", f"wall kind {kind!r}")
    if not body.strip():
        raise UserError("empty_body")
    ref = _file_ref(store, attachment)
    payload = _wall_text(p.WallPostCreate, id=uuid.uuid4(), kind=kind, body=body, file=ref)
    now = datetime.now(timezone.utc)
    with store.session() as s, s.begin():
        s.add(WallPost(id=str(payload.id), author_id=_me(s), kind=payload.kind,
                       body=payload.body,
                       file=json.dumps(ref.model_dump(), ensure_ascii=False) if ref else None,
                       created_at=now, comment_count=0, state=PENDING))
        _queue(s, "wall.post.create", payload, now)
    return str(payload.id)


def comment(store: Store, post_id: str, body: str) -> str:
    payload = _wall_text(p.WallCommentCreate, id=uuid.uuid4(), post_id=post_id, body=body)
    now = datetime.now(timezone.utc)
    with store.session() as s, s.begin():
        post = s.get(WallPost, post_id)
        if post is None:
            raise UserError("wall_post_not_found")
        s.add(WallComment(id=str(payload.id), post_id=post_id, author_id=_me(s),
                          body=payload.body, created_at=now, state=PENDING))
        post.comment_count += 1
        _queue(s, "wall.comment.create", payload, now)
    return str(payload.id)


# ---- news and featured members -----------------------------------------------------------

def may_publish(store: Store) -> bool:
    """Facilitators and administrators publish news (the server checks it again)."""
    with store.session() as s:
        me = s.get(Person, meta.get(s, "user_id") or "")
        return me is not None and me.role in PUBLISHERS


def publish_news(store: Store, title: str, body: str, photo: Path | None = None) -> str:
    if not may_publish(store):
        raise UserError("not_allowed")
    if photo is not None and not p.is_image(Path(photo).name):
        raise UserError("not_an_image")
    ref = _file_ref(store, photo)
    payload = _validate(p.NewsPublish, id=uuid.uuid4(), title=title, body=body, photo=ref)
    now = datetime.now(timezone.utc)
    with store.session() as s, s.begin():
        s.add(News(id=str(payload.id), author_id=_me(s), title=payload.title,
                   body=payload.body,
                   photo=json.dumps(ref.model_dump(), ensure_ascii=False) if ref else None,
                   created_at=now, state=PENDING))
        _queue(s, "news.publish", payload, now)
    return str(payload.id)


def feature_member(store: Store, user_id: str, reason: str) -> str:
    """Feature a member ("Edugestores destacados") offline; shown to all once accepted."""
    if not may_publish(store):
        raise UserError("not_allowed")
    try:
        payload = p.MemberFeature(id=uuid.uuid4(), user_id=user_id, reason=reason)
    except ValueError:
        raise UserError("empty_reason" if not reason.strip() else "too_long_reason") from None
    now = datetime.now(timezone.utc)
    with store.session() as s, s.begin():
        if s.get(Person, user_id) is None:
            raise UserError("user_not_found")
        _queue(s, "member.feature", payload, now)
    return str(payload.id)


def latest_news(store: Store, limit: int = 3) -> list[NewsItem]:
    with store.session() as s:
        rows = s.execute(select(News, Person.display_name)
                         .outerjoin(Person, Person.id == News.author_id)
                         .order_by(*_newest_first(News)).limit(limit)).all()
        return [NewsItem(n.id, n.title, n.body, name or "", _attached(n.photo),
                         utc(n.created_at) if n.created_at else None, n.state, n.seq)
                for n, name in rows]


def featured(store: Store, limit: int = 6) -> list[FeaturedItem]:
    with store.session() as s:
        rows = s.execute(select(FeaturedMember, Person)
                         .outerjoin(Person, Person.id == FeaturedMember.user_id)
                         .order_by(FeaturedMember.seq.desc()).limit(limit)).all()
        return [FeaturedItem(f.id, person.display_name if person else "", _detail(person),
                             f.reason, utc(f.created_at) if f.created_at else None)
                for f, person in rows]


# ---- files of posts and news ----------------------------------------------------------------

def local_file(store: Store, item: Attached) -> Path | None:
    """Where the file is on this computer, or None if it has not been fetched."""
    cache = files.cache(store)
    return cache.path_for(item.sha256) if cache.has(item.sha256, item.size) else None


def fetch_file(store: Store, item: Attached) -> Path:
    """Download a post's or a news item's file if it is not here yet (network: call off
    the GUI thread); the server gives it to whoever sees the record."""
    found = local_file(store, item)
    if found is not None:
        return found
    account = current_account(store)
    if account is None:
        raise UserError("not_signed_in")
    dest = files.cache(store).path_for(item.sha256)
    dest.parent.mkdir(parents=True, exist_ok=True)
    blobs.download(account.server_url, account.token, item.sha256, item.size, dest)
    return dest
