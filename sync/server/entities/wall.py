"""The wall ("Muro"), news ("Edugestores reporta") and featured members ("Edugestores
destacados"): public to every member; members post and comment, facilitators and
administrators publish news and feature members (in the app, or `minka-server news`)."""
from __future__ import annotations

import json
import uuid
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync import protocol as p
from sync.server.accounts import now
from sync.server.blobs import attach
from sync.server.models import FeaturedMember, News, User, WallComment, WallPost
from sync.server.registry import Caller, Entity, Moderation, Rejected, register
from sync.server.seq import take_seq

PUBLISHERS = ("facilitator", "admin")


class NewsError(ValueError):
    """A command-line request that cannot be done (unknown author, not an image)."""


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def _file_json(ref: p.FileRef | None) -> str | None:
    return json.dumps(ref.model_dump(), ensure_ascii=False) if ref is not None else None


def _new_id(session: Session, model, record_id) -> str:
    if session.get(model, str(record_id)) is not None:
        raise Rejected("id_conflict", f"{model.__tablename__} {record_id} already exists")
    return str(record_id)


# ---- ops ----------------------------------------------------------------------------------
# The files an op names were checked before its handler (uploaded by this account, size,
# a type members may open: blobs.check_named_files).

def wall_post_create(session: Session, caller: Caller, payload: p.WallPostCreate) -> None:
    post_id = _new_id(session, WallPost, payload.id)
    session.add(WallPost(id=post_id, author_id=caller.user_id, kind=payload.kind,
                         body=payload.body, file=_file_json(payload.file), created_at=now(),
                         seq=take_seq(session), deleted=False))
    session.flush()
    if payload.file is not None:
        attach(session, payload.file.sha256, "wall_post", post_id)


def wall_comment_create(session: Session, caller: Caller, payload: p.WallCommentCreate) -> None:
    post = session.get(WallPost, str(payload.post_id))
    if post is None or post.deleted:
        raise Rejected("wall_post_not_found", f"wall post {payload.post_id} does not exist")
    comment_id = _new_id(session, WallComment, payload.id)
    session.add(WallComment(id=comment_id, post_id=post.id, author_id=caller.user_id,
                            body=payload.body, created_at=now(), seq=take_seq(session),
                            deleted=False))
    session.flush()


def _publisher(caller: Caller, what: str) -> None:
    if caller.role not in PUBLISHERS:
        raise Rejected("not_allowed", f"a {caller.role} may not {what}")


def news_publish(session: Session, caller: Caller, payload: p.NewsPublish) -> None:
    _publisher(caller, "publish news")
    if payload.photo is not None and not p.is_image(payload.photo.name):
        raise Rejected("not_an_image", f"news photo {payload.photo.name!r} is not an image")
    _add_news(session, str(payload.id), caller.user_id, payload.title, payload.body,
              payload.photo)


def member_feature(session: Session, caller: Caller, payload: p.MemberFeature) -> None:
    _publisher(caller, "feature members")
    member = session.get(User, str(payload.user_id))
    if member is None or member.deleted:
        raise Rejected("user_not_found", f"no member {payload.user_id}")
    _add_feature(session, str(payload.id), caller.user_id, member.id, payload.reason)


def _add_news(session: Session, news_id: str, author_id: str, title: str, body: str,
              photo: p.FileRef | None) -> News:
    _new_id(session, News, news_id)
    row = News(id=news_id, author_id=author_id, title=title, body=body,
               photo=_file_json(photo), created_at=now(), seq=take_seq(session),
               deleted=False)
    session.add(row)
    session.flush()
    if photo is not None:
        attach(session, photo.sha256, "news", news_id)
    return row


def _add_feature(session: Session, feature_id: str, author_id: str, user_id: str,
                 reason: str) -> FeaturedMember:
    _new_id(session, FeaturedMember, feature_id)
    row = FeaturedMember(id=feature_id, user_id=user_id, author_id=author_id, reason=reason,
                         created_at=now(), seq=take_seq(session), deleted=False)
    session.add(row)
    session.flush()
    return row


# ---- the command line ---------------------------------------------------------------------

def _account(session: Session, username: str, *, publisher: bool) -> User:
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None or user.deleted:
        raise NewsError(f"no user {username!r}")
    if publisher and user.role not in PUBLISHERS:
        raise NewsError(f"{username!r} is a {user.role}: only facilitators and "
                        f"administrators publish")
    return user


def publish_news(session: Session, *, author: str, title: str, body: str,
                 photo: Path | None = None, store_file=None) -> News:
    """Publish news as `author` (an administrator or facilitator). `store_file(path)`
    stores the photo and returns its sha256 (BlobStore.add_file)."""
    user = _account(session, author, publisher=True)
    try:
        fields = dict(id=uuid.uuid4(), title=title, body=body)
        ref = None
        if photo is not None:
            photo = Path(photo)
            if not photo.is_file():
                raise NewsError(f"no photo at {photo}")
            if not p.is_image(photo.name):
                raise NewsError(f"{photo.name}: a news photo is a JPEG, PNG, GIF or WebP")
            ref = p.FileRef(sha256=store_file(photo), name=photo.name,
                            size=photo.stat().st_size)
        payload = p.NewsPublish(**fields, photo=ref)
    except ValueError as exc:  # pydantic: an empty or too long title or text
        if isinstance(exc, NewsError):
            raise
        raise NewsError(f"news not valid: {exc.errors()[0]['msg']}") from None
    return _add_news(session, str(payload.id), user.id, payload.title, payload.body,
                     payload.photo)


def feature_member(session: Session, *, author: str, username: str, reason: str) -> FeaturedMember:
    by = _account(session, author, publisher=True)
    member = _account(session, username, publisher=False)
    reason = reason.strip()
    if not reason or len(reason) > p.MAX_FEATURE_CHARS:
        raise NewsError(f"the reason must have 1 to {p.MAX_FEATURE_CHARS} characters")
    return _add_feature(session, str(uuid.uuid4()), by.id, member.id, reason)


def list_news(session: Session) -> list[News]:
    return list(session.scalars(select(News).where(News.deleted.is_(False))
                                .order_by(News.seq.desc())))


# ---- declarations ----------------------------------------------------------------------------


register(Entity("wall_post", WallPost, lambda row: dict(
    author_id=row.author_id, kind=row.kind, body=row.body,
    file=json.loads(row.file) if row.file else None, created_at=_iso(row.created_at)),
    files=lambda record: [record["file"]] if record.get("file") else [],
    ops={"wall.post.create": wall_post_create},
    moderation=Moderation(files=("file",), editable=True, max_chars=p.MAX_WALL_CHARS)))
register(Entity("wall_comment", WallComment, lambda row: dict(
    post_id=row.post_id, author_id=row.author_id, body=row.body,
    created_at=_iso(row.created_at)),
    ops={"wall.comment.create": wall_comment_create},
    moderation=Moderation(editable=True, max_chars=p.MAX_COMMENT_CHARS)))
register(Entity("news", News, lambda row: dict(
    author_id=row.author_id, title=row.title, body=row.body,
    photo=json.loads(row.photo) if row.photo else None, created_at=_iso(row.created_at)),
    files=lambda record: [record["photo"]] if record.get("photo") else [],
    ops={"news.publish": news_publish}))
register(Entity("featured_member", FeaturedMember, lambda row: dict(
    user_id=row.user_id, author_id=row.author_id, reason=row.reason,
    created_at=_iso(row.created_at)),
    ops={"member.feature": member_feature}))
