"""One sync exchange on the server: apply a device's ops idempotently, then page changes."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable

from sqlalchemy import (and_, event, func, insert, literal_column, not_, select, text,
                        union_all)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.elements import False_

from sync.protocol import MAX_PULL_BYTES, Change, Op, OpResult, PackClaim, Written
from sync.server import db, registry
from sync.server.accounts import now
from sync.server.blobs import check_named_files
from sync.server.models import AppliedOp, SeqCounter, User
from sync.server.registry import NOBODY, Caller, Rejected, Scope, scope_reader
from sync.server.seq import defer_seqs, settle

__all__ = ["NOBODY", "Caller", "Page", "Rejected", "Scope", "apply_op", "apply_ops",
           "claim_reader", "profile", "pull", "scope_reader"]

log = logging.getLogger(__name__)


# ---- push ---------------------------------------------------------------------------

def apply_ops(factory: sessionmaker[Session], caller: Caller, ops: list[Op],
              observe: Callable[[Op, OpResult], None] | None = None) -> list[OpResult]:
    """Apply a request's ops in order, in ONE transaction, each in its own SAVEPOINT.

    One commit per request instead of one per op (about 4 ms each on a disk that syncs):
    a rejected op rolls back only its savepoint, so the ops before and after it still
    apply, and every op's result is stored beside its writes, so a replay of the request
    answers from the stored results and changes nothing. `observe(op, result)` is told
    each op's fate after the commit (the metrics).
    """
    if not ops:
        return []
    try:
        results = _apply_all(factory, caller, ops, raced=False)
    except _Raced:
        # A copy of this request (a retry racing the original) committed an op first: its
        # transaction won. Start again: the ops it applied now answer from their stored
        # results, the others apply (each was rolled back with the whole transaction).
        results = _apply_all(factory, caller, ops, raced=True)
    if observe is not None:
        for op, result in zip(ops, results):
            observe(op, result)
    return results


_WRITTEN = "minka_written"


@event.listens_for(Session, "after_flush")
def _note_written(session: Session, _context) -> None:
    """While an op is applied: the new rows of entities whose author's device holds them
    (Entity.authors_copy), for its result."""
    notes = session.info.get(_WRITTEN)
    if notes is None:
        return
    models = registry.by_model()
    for obj in session.new:
        declared = models.get(type(obj))
        if declared is not None:
            notes.append(Written(entity=declared.name, id=obj.id, seq=obj.seq,
                                 at=getattr(obj, "created_at", None)))


def own_records(results: list[OpResult], have=()) -> set[int]:
    """Seqs of the records the results describe, and of those the device says it filled
    in earlier in this sync (SyncRequest.filled): the pull leaves them out."""
    return {w.seq for r in results for w in (r.written or ())} | set(have)


def without_written(results: list[OpResult]) -> list[OpResult]:
    """The results for a client that did not ask for `written` (it would refuse it)."""
    return [r.model_copy(update={"written": None}) if r.written else r for r in results]


def _apply_all(factory, caller: Caller, ops: list[Op], raced: bool) -> list[OpResult]:
    """The ops in one transaction, with their seqs given at commit (seq.defer_seqs).

    The stored results are read with one statement before the ops and written with one
    after them (once the seqs are settled, so they hold the real ones), instead of a
    lookup and an insert per op. A copy of this request racing it still cannot apply an
    op twice: its insert of the same op ids (or of the same records) fails on the
    primary key once this transaction commits, and that copy starts again (_Raced)."""
    with factory() as session, session.begin():
        defer_seqs(session)
        ids = {str(op.op_id) for op in ops}
        stored = {row.op_id: row for row in session.scalars(
            select(AppliedOp).where(AppliedOp.op_id.in_(ids)))}
        results: list[OpResult] = []
        fresh: dict[str, tuple[Op, OpResult]] = {}  # applied or refused by this request
        for op in ops:
            op_id = str(op.op_id)
            if op_id in stored:
                results.append(_replayed(stored[op_id], caller))
            elif op_id in fresh:  # the same op twice in one request: applied once
                results.append(fresh[op_id][1])
            else:
                result = _apply_one(session, caller, op, raced)
                fresh[op_id] = (op, result)
                results.append(result)
        offset = settle(session)  # takes the counter's lock, held until the commit below
        if offset:
            results = [_settled(r, offset) for r in results]
            fresh = {k: (op, _settled(r, offset)) for k, (op, r) in fresh.items()}
        if fresh:
            _store(session, caller, [entry for entry in fresh.values()], raced)
    return results


def _settled(result: OpResult, offset: int) -> OpResult:
    """A result whose written records had provisional seqs, with the real ones."""
    if not result.written or all(w.seq > 0 for w in result.written):
        return result
    return result.model_copy(update={"written": [
        w.model_copy(update={"seq": w.seq + offset}) if w.seq < 0 else w
        for w in result.written]})


class _Raced(Exception):
    """An op's stored result appeared under us: another transaction applied it."""


def _apply_one(session: Session, caller: Caller, op: Op, raced: bool = False) -> OpResult:
    """One op in its own SAVEPOINT: applied, or refused with its writes rolled back."""
    savepoint = session.begin_nested()
    try:
        payload = op.parsed_payload()
        check_named_files(session, caller, payload, Rejected)
        handler = registry.op_handler(op.kind)
        if handler is None:  # the protocol knows the kind, no entity takes it
            raise Rejected("unknown_kind", f"no entity handles {op.kind!r}")
        session.info[_WRITTEN] = []
        try:
            handler(session, caller, payload)
            session.flush()
            written = session.info[_WRITTEN]
        finally:
            session.info.pop(_WRITTEN, None)
        savepoint.commit()
        return OpResult(op_id=op.op_id, status="applied", written=written or None)
    except Rejected as rej:
        savepoint.rollback()
        log.info("op %s (%s) from device %s rejected: %s", op.op_id, op.kind,
                 caller.device_id, rej.message)
        # A refusal is stored too, so a replay answers the same refusal.
        return OpResult(op_id=op.op_id, status="rejected", code=rej.code,
                        message=rej.message)
    except IntegrityError:
        savepoint.rollback()
        if raced:
            raise
        # On PostgreSQL a record's insert waited for another copy of this op to commit,
        # then failed: start again, and the next snapshot sees that copy's results.
        raise _Raced() from None


def _store(session: Session, caller: Caller, entries: list[tuple[Op, OpResult]],
           raced: bool) -> None:
    """Every op's result, in one INSERT (a replay answers from them)."""
    at = now()
    try:
        session.execute(insert(AppliedOp), [
            dict(op_id=str(op.op_id), user_id=caller.user_id, device_id=caller.device_id,
                 kind=op.kind, result=result.model_dump_json(), applied_at=at)
            for op, result in entries])
    except IntegrityError:
        # Another copy of this request committed first (PostgreSQL: this insert waited
        # for it): this whole transaction is rolled back and the request starts again.
        if raced:
            raise
        raise _Raced() from None


def apply_op(factory: sessionmaker[Session], caller: Caller, op: Op) -> OpResult:
    """One op on its own (tools and tests): a request of one op."""
    return apply_ops(factory, caller, [op])[0]


def _replayed(stored: AppliedOp, caller: Caller) -> OpResult:
    result = OpResult.model_validate_json(stored.result)
    if stored.user_id != caller.user_id:
        # An op id is a UUID chosen by its device; another user's op with the same id
        # means a broken or hostile client. Refuse without revealing the other result.
        return OpResult(op_id=result.op_id, status="rejected", code="id_conflict",
                        message="op id already used by another account")
    return result


# ---- pull ---------------------------------------------------------------------------

def claim_reader(claim: PackClaim) -> Caller:
    return scope_reader(Scope(frozenset(str(c) for c in claim.courses), claim.catalogue))


def _conditions(decl: registry.Entity, caller: Caller, have: list[PackClaim]) -> list:
    """What a row must satisfy to be sent: visible to the caller, and not among the
    records a pack the caller imported already brought (contract point 8)."""
    found = []
    visible = decl.rule(caller)
    if visible is not None:
        found.append(visible)
    for claim in have:
        brought = decl.rule(claim_reader(claim))  # never None for a scoped reader
        if not isinstance(brought, False_):
            found.append(not_(and_(decl.model.seq <= claim.seq, brought)))
    return found


@dataclass
class Page:
    changes: list[Change]
    cursor: int
    more: bool
    remaining: int


def _approx_bytes(value) -> int:
    """About how many bytes of JSON `value` takes (UTF-8; escapes and numbers roughly)."""
    if isinstance(value, str):
        return len(value.encode("utf-8", "surrogatepass")) + 3
    if isinstance(value, dict):
        return sum(len(k) + 4 + _approx_bytes(v) for k, v in value.items()) + 2
    if isinstance(value, (list, tuple)):
        return sum(_approx_bytes(v) + 1 for v in value) + 2
    return 8


def pull(session: Session, caller: Caller, cursor: int, limit: int,
         max_bytes: int = MAX_PULL_BYTES, have: list[PackClaim] = (),
         own: frozenset | set = frozenset(), head: int | None = None,
         moderation: bool = True) -> Page:
    """Changes after `cursor`, in seq order, at most `limit` of them and about `max_bytes`
    of JSON (always at least one change, however large: the client must get past it).
    `have`: packs the caller imported; what they brought is not sent again.

    Runs in one snapshot (REPEATABLE READ on PostgreSQL; SQLite transactions are
    serialisable): per-table queries must all see the same committed prefix of seqs.

    `own`: seqs of records the device wrote and fills in from results (own_records): not
    sent, but the cursor passes them. A record changed since (another seq) is sent as
    usual; listing a seq it does not have only costs the device that record.
    """
    if (session.get_bind().dialect.name == "postgresql"
            and session.info.get(db.ISOLATION) != "REPEATABLE READ"):
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
    # A device already at the head (most syncs: nothing new anywhere) needs no query per
    # entity: in this snapshot no row has a seq above the counter, and a write committed
    # after it is not visible to this page anyway (the counter is taken in the writer's
    # transaction, sync/server/seq.py).
    if head is None:  # else the caller read it in this snapshot (tokencache.EPOCH_AND_HEAD)
        head = session.scalar(select(SeqCounter.value).where(SeqCounter.id == 1)) or 0
    if cursor >= head:
        return Page([], cursor, False, 0)
    declared = registry.entities()
    names = list(declared)
    decls = list(declared.values())
    # Which tables have any row past the cursor, visible or not: ONE cheap statement (a
    # min() on each seq index, its SQL built once), so that the per-caller queries below
    # (visibility rules, pack claims: costly to build) are built only for those tables,
    # usually one or two of the ~26.
    firsts = session.execute(_firsts_statement(decls), {"cursor": cursor}).one()
    active = [index for index, first in enumerate(firsts) if first is not None]
    branches = []
    for index in active:
        decl = decls[index]
        table = decl.model.__table__
        branch = (select(table.c.seq.label("seq"), literal_column(str(index)).label("k"))
                  .where(table.c.seq > cursor, *_conditions(decl, caller, have))
                  .order_by(table.c.seq).limit(limit + 1))
        branches.append(branch)
    if not branches:  # the seqs past the cursor all moved on (rows changed since)
        picked = []
    elif len(branches) == 1:
        picked = session.execute(branches[0]).all()
    else:  # the next seqs over those tables, in one statement
        found = union_all(*(select(b.subquery()) for b in branches)).subquery()
        picked = session.execute(select(found.c.seq, found.c.k).order_by(found.c.seq)
                                 .limit(limit + 1)).all()
    more = len(picked) > limit
    picked = picked[:limit]
    # Then the rows themselves, only from the tables that have some (plain rows: no ORM
    # identity map for a read-only page); own records are not read at all.
    wanted: dict[int, list[int]] = {}
    for seq, index in picked:
        if not (own and seq in own):
            wanted.setdefault(index, []).append(seq)
    by_seq: dict[int, object] = {}
    for index, seqs in wanted.items():
        decl = decls[index]
        table = decl.model.__table__
        query = decl.source() if decl.source else select(table)  # a join: its own SELECT
        for row in session.execute(query.where(table.c.seq.in_(seqs))):
            by_seq[row.seq] = row
    changes: list[Change] = []
    size = 0
    last = cursor
    for seq, index in picked:
        row = by_seq.get(seq)
        if row is None:  # an own record the device fills in: the cursor passes it
            last = seq
            continue
        entity = names[index]
        # `moderation` False: a client that predates the moderation fields (SyncRequest).
        data = None if row.deleted else decls[index].read(row, caller, moderation)
        size += _approx_bytes(data) + 120  # the change's own fields
        if changes and size > max_bytes:
            more = True  # the next page starts here
            break
        changes.append(Change(entity=entity, id=row.id, seq=seq, deleted=row.deleted,
                              data=data))
        last = seq
    new_cursor = last
    remaining = (_remaining(session, [decls[i] for i in active], caller, have, new_cursor,
                            head) if more else 0)
    return Page(changes, new_cursor, more, remaining)


_FIRSTS: dict[tuple, object] = {}


def _firsts_statement(decls):
    """SELECT the lowest seq past :cursor of each table (NULL: none), one column each.
    Plain SQL built once per set of tables: nothing to build or to key per request."""
    tables = tuple(decl.model.__table__.name for decl in decls)
    found = _FIRSTS.get(tables)
    if found is None:
        columns = ", ".join(f'(SELECT min(seq) FROM "{name}" WHERE seq > :cursor) AS k{i}'
                            for i, name in enumerate(tables))
        found = _FIRSTS[tables] = text(f"SELECT {columns}")
    return found


# `remaining` is for progress bars: counted exactly while it is small, estimated beyond.
# Counting every row past the cursor in every table on each page cost more than the page
# itself on a big server (20,000 posts: a scan of each table per page of a first sync).
REMAINING_EXACT = 1000


def _remaining(session: Session, decls, caller: Caller, have, cursor: int,
               head: int) -> int:
    """About how many changes wait after `cursor`: exact up to REMAINING_EXACT rows per
    table (one statement, each count stops there); past that, the seqs still ahead
    (head - cursor: an upper bound, as records changed since took a newer seq)."""
    counts = []
    for decl in decls:
        table = decl.model.__table__
        capped = (select(literal_column("1").label("one"))
                  .where(table.c.seq > cursor, *_conditions(decl, caller, have))
                  .limit(REMAINING_EXACT).subquery())
        counts.append(select(func.count()).select_from(capped).scalar_subquery())
    found = session.execute(select(*counts)).one()
    total = sum(found)
    if max(found) >= REMAINING_EXACT:
        return max(total, head - cursor)
    return total


def profile(user: User) -> dict:
    return dict(id=user.id, username=user.username, display_name=user.display_name,
                role=user.role, region=user.region, institution=user.institution,
                position=user.position, gender=user.gender)
