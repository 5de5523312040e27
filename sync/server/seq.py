"""The server's change counter, and why a client's cursor can never skip a change.

Every synced write takes its seq by incrementing the single row of `seq_counter` inside
its own transaction. The row lock (PostgreSQL) or the database write lock (SQLite, where
every transaction begins IMMEDIATE) is held until that transaction commits, so the next
writer gets the next seq only after the previous one is committed: seqs become visible in
exactly the order they are handed out. A reader that sees seq N has therefore already seen
every seq below N, and a cursor that advances to the highest seq it read skips nothing.
(The naive alternative, a database sequence or autoincrement, lets a transaction holding
seq 5 commit after one holding seq 6 was already read: the classic cursor hole.)
"""
from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from sync.server.models import SeqCounter


def take_seq(session: Session, count: int = 1) -> int:
    """Reserve `count` consecutive seqs in this transaction; return the first."""
    value = session.execute(
        update(SeqCounter).where(SeqCounter.id == 1)
        .values(value=SeqCounter.value + count)
        .returning(SeqCounter.value)
    ).scalar_one()
    return value - count + 1


def restamp(session: Session, model, condition) -> int:
    """Give the rows of `model` matching `condition` new seqs, in their old order.

    How visibility growth reaches a device (contract point 5): records written before
    someone joined a course or a group have seqs below that person's cursor; restamped,
    they arrive at the next sync (the others receive them once more, which is harmless:
    joining is rare). Returns how many rows were restamped.
    """
    ids = session.scalars(select(model.id).where(condition).order_by(model.seq)).all()
    if not ids:
        return 0
    first = take_seq(session, len(ids))
    for offset, row_id in enumerate(ids):
        session.execute(update(model).where(model.id == row_id).values(seq=first + offset))
    return len(ids)
