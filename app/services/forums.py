"""Forums as a user reads and writes them: lists, threads, new threads, replies."""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from app.services.errors import UserError
from app.store import meta
from app.store.db import Store
from app.store.models import PENDING, Forum, OutboxEntry, Person, Post, Thread
from sync import protocol as p


def utc(value: datetime) -> datetime:
    """Times in the store are UTC; SQLite hands them back without a zone."""
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


@dataclass(frozen=True)
class ForumItem:
    id: str
    title: str
    description: str
    thread_count: int


@dataclass(frozen=True)
class ThreadItem:
    id: str
    forum_id: str
    title: str
    author: str
    created_at: datetime
    last_activity_at: datetime
    post_count: int
    state: str
    locked: bool


@dataclass(frozen=True)
class PostItem:
    id: str
    author: str
    author_detail: str      # position and institution, as colleagues recognise each other
    body: str
    created_at: datetime
    state: str
    reject_code: str | None
    reply_to: str | None
    reply_to_author: str | None


def list_forums(store: Store) -> list[ForumItem]:
    with store.session() as s:
        counts = (select(Thread.forum_id, func.count(Thread.id).label("n"))
                  .group_by(Thread.forum_id).subquery())
        rows = s.execute(select(Forum, func.coalesce(counts.c.n, 0))
                         .outerjoin(counts, counts.c.forum_id == Forum.id)
                         .order_by(Forum.position, Forum.title)).all()
        return [ForumItem(f.id, f.title, f.description, n) for f, n in rows]


def count_threads(store: Store, forum_id: str) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(Thread)
                        .where(Thread.forum_id == forum_id)) or 0


def list_threads(store: Store, forum_id: str, offset: int = 0, limit: int = 100) -> list[ThreadItem]:
    """Threads of a forum, most recently active first, one page at a time."""
    with store.session() as s:
        rows = s.execute(
            select(Thread, Person.display_name).outerjoin(Person, Person.id == Thread.author_id)
            .where(Thread.forum_id == forum_id)
            .order_by(Thread.last_activity_at.desc(), Thread.id)
            .offset(offset).limit(limit)).all()
        return [ThreadItem(t.id, t.forum_id, t.title, name or "", utc(t.created_at),
                           utc(t.last_activity_at), t.post_count, t.state, t.locked)
                for t, name in rows]


def get_thread(store: Store, thread_id: str) -> ThreadItem | None:
    with store.session() as s:
        row = s.execute(select(Thread, Person.display_name)
                        .outerjoin(Person, Person.id == Thread.author_id)
                        .where(Thread.id == thread_id)).first()
        if row is None:
            return None
        t, name = row
        return ThreadItem(t.id, t.forum_id, t.title, name or "", utc(t.created_at),
                          utc(t.last_activity_at), t.post_count, t.state, t.locked)


def thread_posts(store: Store, thread_id: str) -> list[PostItem]:
    """Posts of a thread in order: by server seq, pending ones (no seq yet) last."""
    parent = aliased(Post)
    parent_author = aliased(Person)
    with store.session() as s:
        rows = s.execute(
            select(Post, Person, parent_author.display_name)
            .outerjoin(Person, Person.id == Post.author_id)
            .outerjoin(parent, parent.id == Post.reply_to)
            .outerjoin(parent_author, parent_author.id == parent.author_id)
            .where(Post.thread_id == thread_id)
            .order_by(Post.seq.is_(None), Post.seq, Post.created_at)).all()
        items = []
        for post, person, reply_name in rows:
            detail = ", ".join(x for x in (person.position, person.institution) if x) \
                if person else ""
            items.append(PostItem(post.id, person.display_name if person else "", detail,
                                  post.body, utc(post.created_at), post.state,
                                  post.reject_code, post.reply_to, reply_name))
        return items


def _me(session) -> str:
    user_id = meta.get(session, "user_id")
    if not user_id:
        raise UserError("not_signed_in")
    return user_id


def _queue(session, kind: str, payload: p.ThreadCreate | p.PostCreate, now: datetime) -> None:
    op = p.make_op(uuid.uuid4(), kind, payload, now)
    session.add(OutboxEntry(op_id=str(op.op_id), kind=op.kind,
                            payload=json.dumps(op.payload, ensure_ascii=False), created_at=now))


def _validate(model, **fields):
    try:
        return model(**fields)
    except ValidationError as exc:
        where = exc.errors()[0]["loc"][0]
        kind = exc.errors()[0]["type"]
        if kind == "string_too_short":
            raise UserError(f"empty_{where}") from None
        if kind == "string_too_long":
            raise UserError(f"too_long_{where}") from None
        raise UserError("invalid", str(exc)) from None


def create_thread(store: Store, forum_id: str, title: str, body: str) -> str:
    """Open a thread offline: the thread, its first post and the outbox op, in one go."""
    payload = _validate(p.ThreadCreate, id=uuid.uuid4(), forum_id=forum_id,
                        post_id=uuid.uuid4(), title=title, body=body)
    now = datetime.now(timezone.utc)
    with store.session() as s, s.begin():
        if s.get(Forum, forum_id) is None:
            raise UserError("forum_not_found")
        me = _me(s)
        s.add(Thread(id=str(payload.id), forum_id=forum_id, author_id=me, title=payload.title,
                     created_at=now, last_activity_at=now, post_count=1, state=PENDING))
        s.add(Post(id=str(payload.post_id), thread_id=str(payload.id), author_id=me,
                   body=payload.body, created_at=now, state=PENDING))
        _queue(s, "thread.create", payload, now)
    return str(payload.id)


def reply(store: Store, thread_id: str, body: str, reply_to: str | None = None) -> str:
    """Reply offline: the post and its outbox op in one transaction; shown as pending."""
    payload = _validate(p.PostCreate, id=uuid.uuid4(), thread_id=thread_id, body=body,
                        reply_to=reply_to)
    now = datetime.now(timezone.utc)
    with store.session() as s, s.begin():
        thread = s.get(Thread, thread_id)
        if thread is None:
            raise UserError("thread_not_found")
        if thread.locked:
            raise UserError("thread_locked")
        s.add(Post(id=str(payload.id), thread_id=thread_id, author_id=_me(s),
                   reply_to=reply_to, body=payload.body, created_at=now, state=PENDING))
        thread.post_count += 1
        thread.last_activity_at = now
        _queue(s, "post.create", payload, now)
    return str(payload.id)


def load_draft(store: Store, key: str) -> str:
    """Text a user was composing (a reply, a new thread), kept across restarts."""
    with store.session() as s:
        return meta.get(s, f"draft:{key}", "") or ""


def save_draft(store: Store, key: str, text: str) -> None:
    with store.session() as s, s.begin():
        meta.put(s, f"draft:{key}", text if text.strip() else None)


def recent_threads(store: Store, limit: int = 6) -> list[ThreadItem]:
    """The most recently active threads across all forums, for the home page."""
    with store.session() as s:
        rows = s.execute(
            select(Thread, Person.display_name).outerjoin(Person, Person.id == Thread.author_id)
            .where(Thread.forum_id.is_not(None))  # a group's threads show in "Grupos"
            .order_by(Thread.last_activity_at.desc()).limit(limit)).all()
        return [ThreadItem(t.id, t.forum_id, t.title, name or "", utc(t.created_at),
                           utc(t.last_activity_at), t.post_count, t.state, t.locked)
                for t, name in rows]
