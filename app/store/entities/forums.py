"""Forums, threads and posts in the replica: pending posts, and each thread's counters."""
from __future__ import annotations

from sqlalchemy import delete, func, select, update

from app.store.entities.common import WRITTEN_HERE, set_state
from app.store.models import SYNCED, Forum, Post, Thread
from app.store.registry import LocalEntity, register


def _chunks(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def refresh_threads(session, thread_ids: set[str]) -> None:
    """Recount replies and the last activity of these threads."""
    posts = Post.__table__
    count = (select(func.count()).select_from(posts)
             .where(posts.c.thread_id == Thread.id).scalar_subquery())
    last = (select(func.max(posts.c.created_at))
            .where(posts.c.thread_id == Thread.id).scalar_subquery())
    for chunk in _chunks(sorted(thread_ids), 500):
        session.execute(update(Thread).where(Thread.id.in_(chunk))
                        .values(post_count=count,
                                last_activity_at=func.coalesce(last, Thread.created_at)))


def _page_done(session, page) -> None:
    touched = set(page.notes.get("threads", set()))
    touched.update(r["thread_id"] for r in page.upserts.get("post", []))
    touched.update(r["id"] for r in page.upserts.get("thread", []))
    if touched:
        refresh_threads(session, touched)


def mark_thread(session, payload, state, code) -> None:
    set_state(session, Thread, payload.id, state=state, reject_code=code)
    set_state(session, Post, payload.post_id, state=state, reject_code=code)


def _mark_post(session, payload, state, code) -> None:
    set_state(session, Post, payload.id, state=state, reject_code=code)


register(LocalEntity("forum", Forum))
register(LocalEntity(
    "thread", Thread, keep=frozenset({"last_activity_at", "post_count"}) | WRITTEN_HERE,
    written_here=WRITTEN_HERE,
    arrives=lambda row: dict(state=SYNCED, reject_code=None,
                             last_activity_at=row["created_at"], post_count=0),
    after_delete=lambda session, ids, page: session.execute(
        delete(Post).where(Post.thread_id.in_(ids))),
    page_done=_page_done, marks={"thread.create": mark_thread}))
register(LocalEntity(
    "post", Post, keep=WRITTEN_HERE, written_here=WRITTEN_HERE,
    arrives=lambda row: dict(state=SYNCED, reject_code=None),
    before_delete=lambda session, ids, page: page.note("threads", session.scalars(
        select(Post.thread_id).where(Post.id.in_(ids)))),
    marks={"post.create": _mark_post}))
