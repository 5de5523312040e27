"""One sync exchange on the server: apply a device's ops idempotently, then page changes."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import and_, func, not_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.elements import False_

from sync.protocol import MAX_PULL_BYTES, Change, Op, OpResult, PackClaim
from sync.server import registry
from sync.server.accounts import now
from sync.server.blobs import check_named_files
from sync.server.models import AppliedOp, User
from sync.server.registry import NOBODY, Caller, Rejected, Scope, scope_reader

__all__ = ["NOBODY", "Caller", "Page", "Rejected", "Scope", "apply_op", "apply_ops",
           "claim_reader", "profile", "pull", "scope_reader"]

log = logging.getLogger(__name__)


# ---- push ---------------------------------------------------------------------------

def apply_ops(factory: sessionmaker[Session], caller: Caller, ops: list[Op]) -> list[OpResult]:
    """Apply ops in order, each in its own transaction with its stored result."""
    return [apply_op(factory, caller, op) for op in ops]


def apply_op(factory: sessionmaker[Session], caller: Caller, op: Op) -> OpResult:
    op_id = str(op.op_id)
    try:
        with factory() as session, session.begin():
            stored = session.get(AppliedOp, op_id)
            if stored is not None:
                return _replayed(stored, caller)
            try:
                with session.begin_nested():
                    payload = op.parsed_payload()
                    check_named_files(session, caller, payload, Rejected)
                    handler = registry.op_handler(op.kind)
                    if handler is None:  # the protocol knows the kind, no entity takes it
                        raise Rejected("unknown_kind", f"no entity handles {op.kind!r}")
                    handler(session, caller, payload)
                result = OpResult(op_id=op.op_id, status="applied")
            except Rejected as rej:
                log.info("op %s (%s) from device %s rejected: %s", op_id, op.kind,
                         caller.device_id, rej.message)
                result = OpResult(op_id=op.op_id, status="rejected", code=rej.code,
                                  message=rej.message)
            session.add(AppliedOp(op_id=op_id, user_id=caller.user_id,
                                  device_id=caller.device_id, kind=op.kind,
                                  result=result.model_dump_json(), applied_at=now()))
            return result
    except IntegrityError:
        # The same op arrived twice at once (a retry racing the original): the first
        # one's transaction won; answer with its stored result.
        with factory() as session:
            stored = session.get(AppliedOp, op_id)
            if stored is None:
                raise
            return _replayed(stored, caller)


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
         max_bytes: int = MAX_PULL_BYTES, have: list[PackClaim] = ()) -> Page:
    """Changes after `cursor`, in seq order, at most `limit` of them and about `max_bytes`
    of JSON (always at least one change, however large: the client must get past it).
    `have`: packs the caller imported; what they brought is not sent again.

    Runs in one snapshot (REPEATABLE READ on PostgreSQL; SQLite transactions are
    serialisable): per-table queries must all see the same committed prefix of seqs.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
    declared = registry.entities()
    rows: list[tuple[int, str, object]] = []
    for entity, decl in declared.items():
        table = decl.model.__table__  # plain rows: no ORM identity map for a read-only page
        query = select(table).where(table.c.seq > cursor).order_by(table.c.seq).limit(limit + 1)
        query = query.where(*_conditions(decl, caller, have))
        rows.extend((row.seq, entity, row) for row in session.execute(query))
    rows.sort(key=lambda r: r[0])
    more = len(rows) > limit
    changes: list[Change] = []
    size = 0
    for seq, entity, row in rows[:limit]:
        data = None if row.deleted else declared[entity].record(row)
        size += _approx_bytes(data) + 120  # the change's own fields
        if changes and size > max_bytes:
            more = True  # the next page starts here
            break
        changes.append(Change(entity=entity, id=row.id, seq=seq, deleted=row.deleted,
                              data=data))
    new_cursor = changes[-1].seq if changes else cursor
    remaining = 0
    if more:
        for decl in declared.values():
            model = decl.model
            query = select(func.count()).select_from(model).where(model.seq > new_cursor)
            query = query.where(*_conditions(decl, caller, have))
            remaining += session.scalar(query) or 0
    return Page(changes, new_cursor, more, remaining)


def profile(user: User) -> dict:
    return dict(id=user.id, username=user.username, display_name=user.display_name,
                role=user.role, region=user.region, institution=user.institution,
                position=user.position, gender=user.gender)
