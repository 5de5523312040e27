"""The local store as the sync engine sees it: outbox out, server changes in, one transaction."""
from __future__ import annotations

import json
import logging
from datetime import datetime, timezone

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from app.store import meta
from app.store.db import Store
from app.store.models import REJECTED, SYNCED, Forum, OutboxEntry, Person, Post, Thread
from sync import protocol as p

log = logging.getLogger(__name__)


def _dt(value: str) -> datetime:
    """Server times, stored in UTC (SQLite keeps no zone; readers assume UTC)."""
    return datetime.fromisoformat(value).astimezone(timezone.utc)


class StoreReplica:
    """Implements sync.client.Replica over a profile's Store."""

    def __init__(self, store: Store):
        self.store = store

    def cursor(self) -> int:
        with self.store.session() as session:
            return int(meta.get(session, "cursor", "0"))

    def pending_ops(self, limit: int) -> list[p.Op]:
        with self.store.session() as session:
            entries = session.scalars(select(OutboxEntry).order_by(OutboxEntry.position)
                                      .limit(limit)).all()
            return [p.Op(op_id=e.op_id, kind=e.kind, payload=json.loads(e.payload),
                         created_at=e.created_at) for e in entries]

    def pending_count(self) -> int:
        with self.store.session() as session:
            return session.scalar(select(func.count()).select_from(OutboxEntry)) or 0

    def apply(self, sent: list[p.Op], answer: p.SyncResponse) -> None:
        kinds = {str(op.op_id): op for op in sent}
        with self.store.session() as session, session.begin():
            for result in answer.results:
                op_id = str(result.op_id)
                entry = session.scalar(select(OutboxEntry).where(OutboxEntry.op_id == op_id))
                if entry is None:
                    continue  # answered before (a replay); nothing left to do
                op = kinds.get(op_id) or p.Op(op_id=entry.op_id, kind=entry.kind,
                                              payload=json.loads(entry.payload),
                                              created_at=entry.created_at)
                if result.status == "rejected":
                    _mark_rejected(session, op, result.code or "not_allowed")
                    log.info("op %s (%s) rejected by the server: %s %s", op_id, entry.kind,
                             result.code, result.message)
                else:
                    # Accepted: no longer "pending", even if its row comes in a later page.
                    _mark(session, op, SYNCED, None)
                session.delete(entry)
            touched: set[str] = set()
            for change in answer.changes:
                _apply_change(session, change, touched)
            if touched:
                _refresh_threads(session, touched)
            if answer.cursor > int(meta.get(session, "cursor", "0")):
                meta.put(session, "cursor", answer.cursor)
            meta.put(session, "server_time", answer.server_time.isoformat())


def _mark_rejected(session: Session, op: p.Op, code: str) -> None:
    _mark(session, op, REJECTED, code)


def _mark(session: Session, op: p.Op, state: str, code: str | None) -> None:
    payload = op.parsed_payload()
    if isinstance(payload, p.ThreadCreate):
        session.execute(update(Thread).where(Thread.id == str(payload.id))
                        .values(state=state, reject_code=code))
        session.execute(update(Post).where(Post.id == str(payload.post_id))
                        .values(state=state, reject_code=code))
    elif isinstance(payload, p.PostCreate):
        session.execute(update(Post).where(Post.id == str(payload.id))
                        .values(state=state, reject_code=code))


_MODELS = {"user": Person, "forum": Forum, "thread": Thread, "post": Post}


def _apply_change(session: Session, change: p.Change, touched: set[str]) -> None:
    model = _MODELS[change.entity]
    row_id = str(change.id)
    if change.deleted:
        if change.entity == "post":
            thread_id = session.scalar(select(Post.thread_id).where(Post.id == row_id))
            if thread_id:
                touched.add(thread_id)
        session.execute(delete(model).where(model.id == row_id))
        if change.entity == "thread":
            session.execute(delete(Post).where(Post.thread_id == row_id))
        return
    data = dict(change.data or {})
    for key in ("created_at",):
        if key in data:
            data[key] = _dt(data[key])
    row = session.get(model, row_id)
    if change.entity in ("thread", "post"):
        data.update(state=SYNCED, reject_code=None)
    if change.entity == "thread" and (row is None or row.seq is None):
        data.setdefault("last_activity_at", data["created_at"])
    if row is None:
        row = model(id=row_id, seq=change.seq, **data)
        session.add(row)
    else:
        for key, value in data.items():
            setattr(row, key, value)
        row.seq = change.seq
    if change.entity == "post":
        touched.add(data["thread_id"])
    session.flush()


def _refresh_threads(session: Session, thread_ids: set[str]) -> None:
    for thread_id in thread_ids:
        count, last = session.execute(
            select(func.count(Post.id), func.max(Post.created_at))
            .where(Post.thread_id == thread_id)).one()
        values = {"post_count": count}
        if last is not None:
            values["last_activity_at"] = last
        session.execute(update(Thread).where(Thread.id == thread_id).values(**values))
