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

from sqlalchemy import case, event, select, update
from sqlalchemy.orm import Session

from sync.server.models import Base, SeqCounter, Synced

# Seqs at commit (`defer_seqs`, used by apply_ops): while the ops of a request run, writes
# get provisional seqs PROVISIONAL + 1, + 2, ... (negative, in the order taken); just
# before COMMIT `settle` takes the counter once and moves them all to real seqs, in the
# same order. The counter's lock is then held only for that renumbering and the commit,
# not for the whole request: pushes no longer queue behind each other's ops. Seqs still
# become visible in the order they are handed out (they are handed out under the lock,
# which the commit releases), so the cursor guarantee above is unchanged.
PROVISIONAL = -(10 ** 15)
_DEFERRED = "minka_deferred_seqs"
# session.info key: the synced tables written while seqs are deferred (the only ones that
# can hold provisional seqs, so the only ones `settle` renumbers: one UPDATE each instead
# of one per synced table, most of which a push never touches)
_WRITTEN_TABLES = "minka_deferred_tables"


def defer_seqs(session: Session) -> None:
    """From now until `settle`, take_seq hands out provisional seqs in this session."""
    session.info[_DEFERRED] = [0]
    session.info[_WRITTEN_TABLES] = set()


def _synced_tables() -> dict:
    found = {}
    for mapper in Base.registry.mappers:
        model = mapper.class_
        if isinstance(model, type) and issubclass(model, Synced):
            found[model.__table__] = model
    return found


@event.listens_for(Session, "after_flush")
def _note_flushed(session: Session, _context) -> None:
    """Rows the ORM wrote while seqs are deferred: their tables may hold provisional seqs."""
    tables = session.info.get(_WRITTEN_TABLES)
    if tables is None:
        return
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Synced):
            tables.add(type(obj).__table__)


@event.listens_for(Session, "do_orm_execute")
def _note_executed(state) -> None:
    """INSERT/UPDATE statements run through the session (restamp, bulk writes) while seqs
    are deferred: their table may hold provisional seqs."""
    tables = state.session.info.get(_WRITTEN_TABLES)
    if tables is None or not (state.is_insert or state.is_update):
        return
    table = getattr(state.statement, "table", None)
    if table is not None:
        tables.add(table)


def settle(session: Session) -> int:
    """Give the provisional seqs of this transaction their real values; returns the offset
    added to each (0 if none were taken). Call just before committing."""
    taken = session.info.pop(_DEFERRED, [0])[0]
    if not taken:
        session.info.pop(_WRITTEN_TABLES, None)
        return 0
    session.flush()
    written = session.info.pop(_WRITTEN_TABLES, None)
    first = _take(session, taken)
    offset = first - 1 - PROVISIONAL
    for table, model in _synced_tables().items():
        if written is not None and table not in written:
            continue  # never written in this transaction: no provisional seq in it
        session.execute(update(model).where(model.seq < 0)
                        .values(seq=model.seq + offset)
                        .execution_options(synchronize_session=False))
    return offset


def order_key(column):
    """Sort key for a seq column that may hold provisional seqs (the newest of all)."""
    return case((column < 0, column - PROVISIONAL + 2 ** 62), else_=column)


def take_seq(session: Session, count: int = 1) -> int:
    """Reserve `count` consecutive seqs in this transaction; return the first."""
    deferred = session.info.get(_DEFERRED)
    if deferred is not None:
        first = PROVISIONAL + deferred[0] + 1
        deferred[0] += count
        return first
    return _take(session, count)


def _take(session: Session, count: int) -> int:
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
    ids = session.scalars(select(model.id).where(condition)
                          .order_by(order_key(model.seq))).all()
    if not ids:
        return 0
    first = take_seq(session, len(ids))
    for offset, row_id in enumerate(ids):
        session.execute(update(model).where(model.id == row_id).values(seq=first + offset))
    return len(ids)
