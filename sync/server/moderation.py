"""What facilitators and administrators do to forums: close and reopen threads."""
from __future__ import annotations

from sqlalchemy.orm import Session

from sync.server.models import Thread
from sync.server.seq import take_seq


class ModerationError(ValueError):
    pass


def set_thread_locked(session: Session, *, thread_id: str, locked: bool) -> Thread:
    """Close (or reopen) a thread to replies; clients learn it at their next sync."""
    thread = session.get(Thread, thread_id)
    if thread is None or thread.deleted:
        raise ModerationError(f"no thread {thread_id}")
    if thread.locked != locked:
        thread.locked = locked
        thread.seq = take_seq(session)
    return thread
