"""Forums, threads and posts: a forum's threads are public to members; a thread with
`group_id` belongs to a closed group and only its members see it and its posts or reply."""
from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from sync import protocol as p
from sync.protocol import PostCreate, ThreadCreate
from sync.server.accounts import now
from sync.server.entities.groups import is_member, my_groups
from sync.server.models import Forum, Post, Thread
from sync.server.registry import Caller, Entity, Moderation, Rejected, register
from sync.server.seq import take_seq


def thread_create(session: Session, caller: Caller, p: ThreadCreate) -> None:
    forum = session.get(Forum, str(p.forum_id))
    if forum is None or forum.deleted:
        raise Rejected("forum_not_found", f"forum {p.forum_id} does not exist")
    if session.get(Thread, str(p.id)) is not None or session.get(Post, str(p.post_id)):
        raise Rejected("id_conflict", f"thread {p.id} or post {p.post_id} already exists")
    first = take_seq(session, 2)
    created = now()
    session.add(Thread(id=str(p.id), forum_id=forum.id, author_id=caller.user_id,
                       title=p.title, created_at=created, seq=first))
    session.flush()
    session.add(Post(id=str(p.post_id), thread_id=str(p.id), author_id=caller.user_id,
                     body=p.body, created_at=created, seq=first + 1))
    session.flush()


def post_create(session: Session, caller: Caller, p: PostCreate) -> None:
    thread = session.get(Thread, str(p.thread_id))
    if (thread is None or thread.deleted
            or (thread.group_id and not is_member(session, thread.group_id, caller.user_id))):
        # A group's thread is, to a non-member, a thread that does not exist.
        raise Rejected("thread_not_found", f"thread {p.thread_id} does not exist")
    if thread.locked:
        raise Rejected("thread_locked", f"thread {p.thread_id} is closed to replies")
    if p.reply_to is not None:
        parent = session.get(Post, str(p.reply_to))
        if parent is None or parent.thread_id != thread.id:
            raise Rejected("reply_to_not_found", f"post {p.reply_to} is not in this thread")
    if session.get(Post, str(p.id)) is not None:
        raise Rejected("id_conflict", f"post {p.id} already exists")
    session.add(Post(id=str(p.id), thread_id=thread.id, author_id=caller.user_id,
                     reply_to=str(p.reply_to) if p.reply_to else None, body=p.body,
                     created_at=now(), seq=take_seq(session)))
    session.flush()


def _threads_visible(caller: Caller):
    return or_(Thread.group_id.is_(None), Thread.group_id.in_(my_groups(caller)))


def _posts_visible(caller: Caller):
    # The threads hidden from the caller are few (other groups'); public ones are many.
    hidden = select(Thread.id).where(Thread.group_id.is_not(None),
                                     Thread.group_id.not_in(my_groups(caller)))
    return Post.thread_id.not_in(hidden)


register(Entity("forum", Forum, lambda row: dict(
    slug=row.slug, title=row.title, description=row.description, position=row.position)))
register(Entity("thread", Thread, lambda row: dict(
    forum_id=row.forum_id, group_id=row.group_id, author_id=row.author_id, title=row.title,
    locked=row.locked, created_at=row.created_at.isoformat()),
    visible=_threads_visible, ops={"thread.create": thread_create}, authors_copy=True))
register(Entity("post", Post, lambda row: dict(
    thread_id=row.thread_id, author_id=row.author_id, reply_to=row.reply_to, body=row.body,
    created_at=row.created_at.isoformat()),
    visible=_posts_visible, ops={"post.create": post_create}, authors_copy=True,
    moderation=Moderation(editable=True, max_chars=p.MAX_POST_CHARS)))
