"""The local store as the sync engine sees it: outbox out, server changes in, one transaction."""
from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta, timezone

from sqlalchemy import and_, case, delete, func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from sqlalchemy import DateTime

from app.store import meta, registry
from app.store.db import Store
from app.store.models import REJECTED, SYNCED, Meta, OutboxEntry, SentOp
from app.store.registry import PageWork
from sync import protocol as p

log = logging.getLogger(__name__)


def _dt(value: str) -> datetime:
    """Server times, stored in UTC (SQLite keeps no zone; readers assume UTC).

    A server on SQLite sends its times without an offset; they are UTC. (astimezone()
    would take them for the computer's local time and move every deadline and post by
    the computer's offset, five hours in Peru.)"""
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


# What imported content packs brought (a JSON list of protocol.PackClaim): sent with each
# sync while the cursor is below them, so the server does not send those records again.
CLAIMS_KEY = "pack_claims"
# The return packs applied (their ids, the newest 200): one imported again changes nothing.
CARRIED_KEY = "return_packs_imported"


class StoreReplica:
    """Implements sync.client.Replica over a profile's Store."""

    def __init__(self, store: Store):
        self.store = store

    def cursor(self) -> int:
        with self.store.session() as session:
            return int(meta.get(session, "cursor", "0"))

    def claims(self) -> list[p.PackClaim]:
        """The imported packs' claims that still matter: those above the cursor."""
        with self.store.session() as session:
            cursor = int(meta.get(session, "cursor", "0"))
            found = json.loads(meta.get(session, CLAIMS_KEY, "[]"))
        return [claim for claim in map(p.PackClaim.model_validate, found)
                if claim.seq > cursor]

    def pending_ops(self, limit: int) -> list[p.Op]:
        with self.store.session() as session:
            entries = session.scalars(select(OutboxEntry).order_by(OutboxEntry.position)
                                      .limit(limit)).all()
            return [p.Op(op_id=e.op_id, kind=e.kind, payload=json.loads(e.payload),
                         created_at=e.created_at) for e in entries]

    def pending_count(self) -> int:
        with self.store.session() as session:
            return session.scalar(select(func.count()).select_from(OutboxEntry)) or 0

    def apply(self, sent: list[p.Op], answer: p.SyncResponse,
              carried_id: str | None = None) -> bool:
        """Store the answer; True if it came from a server with another identity than
        last time (a restored backup): then the cursor is back at 0 and the ops it had
        accepted are queued again, and the engine should start over (files first).

        `carried_id`: the answer came on a drive (a return pack, app/services/
        return_packs.py), maybe after newer syncs: its records do not overwrite newer ones
        (as a content pack's), and its id is kept, in the same transaction, so that
        importing it again changes nothing."""
        kinds = {str(op.op_id): op for op in sent}
        filled: list[p.Written] = []
        with self.store.session() as session, session.begin():
            known = meta.get(session, "server_id")
            changed = bool(answer.server_id and known and answer.server_id != known)
            if answer.server_id and answer.server_id != known:
                meta.put(session, "server_id", answer.server_id)
            for result in answer.results:
                op_id = str(result.op_id)
                entry = session.scalar(select(OutboxEntry).where(OutboxEntry.op_id == op_id))
                if entry is None:
                    continue  # answered before (a replay); nothing left to do
                op = kinds.get(op_id) or p.Op(op_id=entry.op_id, kind=entry.kind,
                                              payload=json.loads(entry.payload),
                                              created_at=entry.created_at)
                if result.status == "rejected":
                    mark_rejected(session, op, result.code or "not_allowed")
                    log.info("op %s (%s) rejected by the server: %s %s", op_id, entry.kind,
                             result.code, result.message)
                else:
                    # Accepted: no longer "pending", even if its row comes in a later page.
                    _mark(session, op, SYNCED, None)
                    _keep_sent(session, entry)
                    filled.extend(result.written or ())
                session.delete(entry)
            _fill_own(session, filled)
            if answer.results:
                _forget_old_sent(session)
            if carried_id is None:
                _apply_changes(session, answer.changes)
            else:
                apply_pack_page(session, answer.changes)
                seen = json.loads(meta.get(session, CARRIED_KEY, "[]") or "[]")
                meta.put(session, CARRIED_KEY, json.dumps((seen + [carried_id])[-200:]))
            if changed:
                _server_changed(session, known, answer.server_id)
            elif answer.cursor > int(meta.get(session, "cursor", "0")):
                meta.put(session, "cursor", answer.cursor)
            meta.put(session, "server_time", answer.server_time.isoformat())
            if answer.max_blob_bytes:
                meta.put(session, "max_blob_bytes", answer.max_blob_bytes)


def apply_pack_page(session: Session, changes: list[p.Change]) -> None:
    """A content pack's page: like a sync's, except that a record this copy already holds
    at a newer seq (a pack older than the last sync) stays as it is."""
    newer: set[tuple[str, str]] = set()
    by_entity: dict[str, list[p.Change]] = {}
    for change in changes:
        by_entity.setdefault(change.entity, []).append(change)
    for entity, group in by_entity.items():
        declared = registry.entities().get(entity)
        if declared is None:
            continue   # an entity this version does not know: _apply_changes logs it
        table = declared.model.__table__
        wanted = {str(c.id): c.seq for c in group}
        for chunk in _chunks(sorted(wanted), 500):
            for row_id, seq in session.execute(select(table.c.id, table.c.seq)
                                               .where(table.c.id.in_(chunk))):
                if seq is not None and seq > wanted[row_id]:
                    newer.add((entity, row_id))
    _apply_changes(session, [c for c in changes if (c.entity, str(c.id)) not in newer])


# How long an accepted op is kept to be sent again after a restore: a backup older than
# this is not one an administrator restores (docs/operations.md, "Backups").
SENT_OPS_KEEP_DAYS = 60


def _keep_sent(session: Session, entry: OutboxEntry) -> None:
    if session.scalar(select(SentOp.position).where(SentOp.op_id == entry.op_id)) is None:
        session.add(SentOp(op_id=entry.op_id, kind=entry.kind, payload=entry.payload,
                           created_at=entry.created_at, sent_at=datetime.now(timezone.utc)))


def _forget_old_sent(session: Session) -> None:
    """Accepted ops older than SENT_OPS_KEEP_DAYS are not kept: the profile's file must
    not grow for ever on a 4 GB machine (an index on sent_at keeps this cheap)."""
    session.execute(delete(SentOp).where(
        SentOp.sent_at < datetime.now(timezone.utc) - timedelta(days=SENT_OPS_KEEP_DAYS)))


def _server_changed(session: Session, old: str, new: str) -> None:
    """The server is not the one this profile synced with (restored from a backup): its
    history may be older than our cursor. Pull everything again from 0 and queue again,
    ahead of what is pending, every op it had accepted; files are uploaded again if it
    lacks them (the upload asks first: one question per file it still has)."""
    _forget_old_sent(session)
    sent = session.scalars(select(SentOp).order_by(SentOp.position)).all()
    pending = set(session.scalars(select(OutboxEntry.op_id)))
    first = session.scalar(select(func.min(OutboxEntry.position)))
    position = (first if first is not None else 1) - len(sent)
    for op in sent:
        if op.op_id not in pending:
            session.add(OutboxEntry(position=position, op_id=op.op_id, kind=op.kind,
                                    payload=op.payload, created_at=op.created_at))
            position += 1
        session.delete(op)
    meta.put(session, "cursor", 0)
    session.execute(delete(Meta).where(Meta.key.like("uploaded:%")))
    log.warning("the server's identity changed (%s -> %s: restored from a backup): "
                "pulling again from 0 and sending %d accepted op(s) again", old, new,
                len(sent))


def mark_rejected(session: Session, op: p.Op, code: str) -> None:
    _mark(session, op, REJECTED, code)


def _mark(session: Session, op: p.Op, state: str, code: str | None) -> None:
    """Set the local state of the rows an answered op wrote: SYNCED or REJECTED (as the
    entity that declared the op kind says)."""
    mark = registry.mark_for(op.kind)
    if mark is not None:
        mark(session, op.parsed_payload(), state, code)


# The written time is kept only while it is a time the person could have written it: not
# after the server received it (a few minutes of clock difference aside) and not months
# before. Outside that, the computer's clock was wrong and the server's time is shown.
WRITTEN_AHEAD_DAYS = 5 / (24 * 60)
WRITTEN_BEFORE_DAYS = 120


def _written_time(local, server):
    day = func.julianday
    plausible = and_(day(local) <= day(server) + WRITTEN_AHEAD_DAYS,
                     day(local) >= day(server) - WRITTEN_BEFORE_DAYS)
    return case((and_(local.is_not(None), plausible), local), else_=server)


def _wire_row(model, change: p.Change) -> dict:
    """A change's data as column values: times in UTC, lists and objects as JSON text."""
    columns = model.__table__.c
    # A field this version has no column for (a newer server's) is left out: the upsert
    # names every key of the row, and an unknown one would fail the whole page.
    row = {key: value for key, value in (change.data or {}).items() if key in columns}
    row.update(id=str(change.id), seq=change.seq)
    for key, value in row.items():
        if isinstance(value, (list, dict)):
            row[key] = json.dumps(value, ensure_ascii=False)
        elif value and key in columns and isinstance(columns[key].type, DateTime):
            row[key] = _dt(value)
    return row


def _apply_changes(session: Session, changes: list[p.Change]) -> None:
    """Apply a page of changes with one statement per entity and kind (upsert, delete).

    Within a page each record appears at most once (it has one latest seq), and the replica
    has no foreign keys, so grouping by entity keeps the result of applying in seq order.
    What each entity implies locally comes from its declaration (app/store/entities).
    """
    declared = registry.entities()
    page = PageWork()
    for change in changes:
        local = declared.get(change.entity)
        if local is None:
            # A newer server's entity this version does not know: skipped, not a failure.
            log.warning("change for unknown entity %r skipped", change.entity)
            continue
        if change.deleted:
            page.deletes.setdefault(change.entity, []).append(str(change.id))
            continue
        row = _wire_row(local.model, change)
        row.update(local.arrives(row))
        page.upserts.setdefault(change.entity, []).append(row)

    for entity, rows in page.upserts.items():
        if declared[entity].before_upsert:
            declared[entity].before_upsert(session, rows, page)
    connection = session.connection()
    for entity, rows in page.upserts.items():
        local = declared[entity]
        table = local.model.__table__
        keep = local.keep | {"id"}
        stmt = sqlite_insert(table)
        values = {key: stmt.excluded[key] for key in rows[0] if key not in keep}
        for key in local.written_here & keep & set(rows[0]):
            values[key] = _written_time(table.c[key], stmt.excluded[key])
        if local.on_update:
            values.update(local.on_update(table))
        guard = local.unless_pending
        stmt = stmt.on_conflict_do_update(index_elements=[table.c.id], set_=values,
                                          where=guard(table) if guard else None)
        connection.execute(stmt, rows)  # one compiled statement, executemany
    for entity, ids in page.deletes.items():
        local = declared[entity]
        model = local.model
        for chunk in _chunks(ids, 500):
            if local.before_delete:
                local.before_delete(session, chunk, page)
            session.execute(model.__table__.delete().where(model.__table__.c.id.in_(chunk)))
            if local.after_delete:
                local.after_delete(session, chunk, page)
    for local in declared.values():
        if local.page_done:
            local.page_done(session, page)


def _fill_own(session: Session, written: list[p.Written]) -> None:
    """This device's own records, just applied by the server, which the answer does not
    send again (SyncRequest.fill_own): the row written here gets its seq, and its server
    time where the written time is kept only while plausible (as for a change); then the
    entity's hooks run as if the row had arrived in the page (a thread's counters)."""
    if not written:
        return
    declared = registry.entities()
    page = PageWork()
    for item in written:
        local = declared.get(item.entity)
        if local is None:
            log.warning("own record of unknown entity %r not filled in", item.entity)
            continue
        table = local.model.__table__
        values: dict = {"seq": item.seq}
        if item.at is not None:
            at = item.at.astimezone(timezone.utc)
            for key in local.written_here & set(table.c.keys()):
                values[key] = _written_time(table.c[key], at)
        done = session.execute(table.update().where(table.c.id == str(item.id))
                               .values(**values))
        if done.rowcount == 0:
            # Not expected: an op's outbox entry and its rows are written together, and a
            # deletion arriving later in the same answer is applied after this.
            log.warning("own %s %s applied by the server is not in this replica",
                        item.entity, item.id)
            continue
        row = session.execute(select(table).where(table.c.id == str(item.id))).one()
        page.upserts.setdefault(item.entity, []).append(dict(row._mapping))
    for local in declared.values():
        if local.page_done:
            local.page_done(session, page)


def _chunks(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i:i + size]
