"""Moderation and edits as people use them, for every moderated kind of writing (forum
and group posts, wall posts and comments, debate proposals and arguments), named by its
wire entity: hiding with a reason, reports to the moderators and their queue, and editing
one's own writing offline with conflict copies (DESIGN.md, contract point 6)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import delete, select

from app.services.errors import UserError
from app.services.forums import _me, _queue, _validate, utc
from app.store import meta
from app.store.db import Store
from app.store.entities.moderation import model_of
from app.store.models import PENDING, LocalEdit, OutboxEntry, Person, Report
from sync import protocol as p

MODERATORS = ("facilitator", "admin")
# The longest text each editable kind takes (as when it was written), and the code said.
EDIT_LIMITS = {"post": (p.MAX_POST_CHARS, "too_long_body"),
               "wall_post": (p.MAX_WALL_CHARS, "too_long_wall"),
               "wall_comment": (p.MAX_COMMENT_CHARS, "too_long_comment")}


@dataclass(frozen=True)
class EditCopy:
    """This person's edit not (yet) on the server: pending, a conflict copy, or refused."""
    body: str
    base_version: int
    state: str              # pending, conflict, rejected
    reject_code: str | None


@dataclass(frozen=True)
class WritingState:
    """What the views show beside a piece of writing."""
    hidden: bool
    hidden_reason: str       # only its author and moderators receive it
    version: int
    edited_at: datetime | None
    mine: bool
    editable: bool
    reported_by_me: bool
    edit: EditCopy | None


@dataclass(frozen=True)
class ReportLine:
    reporter: str
    reason: str
    created_at: datetime | None


@dataclass(frozen=True)
class ReportedWriting:
    """One entry of the moderators' queue: a piece of writing and its open reports."""
    entity: str
    record_id: str
    author: str
    text: str
    hidden: bool
    reports: tuple[ReportLine, ...]


def _role(session) -> str:
    me = session.get(Person, meta.get(session, "user_id") or "")
    return me.role if me is not None else ""


def is_moderator(store: Store) -> bool:
    """Facilitators and administrators moderate (the server checks it again)."""
    with store.session() as s:
        return _role(s) in MODERATORS


def _check_entity(entity: str, editable: bool = False) -> None:
    if entity not in (p.EDITABLE_ENTITIES if editable else p.MODERATED_ENTITIES):
        raise UserError("not_allowed", f"{entity} is not moderated writing")


def states(store: Store, entity: str, ids: list[str]) -> dict[str, WritingState]:
    """The moderation state of these records of `entity`, by id."""
    _check_entity(entity)
    model = model_of(entity)
    found: dict[str, WritingState] = {}
    with store.session() as s:
        me = meta.get(s, "user_id") or ""
        rows = s.scalars(select(model).where(model.id.in_(ids))).all() if ids else []
        edits = {e.record_id: e for e in s.scalars(select(LocalEdit).where(
            LocalEdit.entity == entity, LocalEdit.record_id.in_(ids)))} if ids else {}
        mine_reports = set(s.scalars(select(Report.record_id).where(
            Report.entity == entity, Report.reporter_id == me,
            Report.record_id.in_(ids)))) if ids else set()
        for row in rows:
            edit = edits.get(row.id)
            found[row.id] = WritingState(
                hidden=bool(row.hidden), hidden_reason=row.hidden_reason or "",
                version=row.version or 1,
                edited_at=utc(row.edited_at) if row.edited_at else None,
                mine=row.author_id == me,
                editable=row.author_id == me and entity in p.EDITABLE_ENTITIES,
                reported_by_me=row.id in mine_reports,
                edit=EditCopy(edit.body, edit.base_version, edit.state, edit.reject_code)
                if edit is not None else None)
    return found


def state(store: Store, entity: str, record_id: str) -> WritingState | None:
    return states(store, entity, [record_id]).get(record_id)


def _row(session, entity: str, record_id: str):
    row = session.get(model_of(entity), str(record_id))
    if row is None:
        raise UserError("writing_not_found")
    return row


# ---- hiding (moderators) ------------------------------------------------------------------

def hide(store: Store, entity: str, record_id: str, reason: str) -> None:
    """Hide offline, shown hidden here at once; the others' devices lose its text at
    their next sync after the server has it."""
    _check_entity(entity)
    try:
        payload = _validate(p.WritingHide, entity=entity, id=record_id, reason=reason)
    except UserError as exc:
        # The author reads the reason: a hide without one says nothing to them.
        raise UserError("empty_hide_reason" if exc.code == "empty_reason" else exc.code) \
            from None
    now = datetime.now(timezone.utc)
    with store.session() as s, s.begin():
        if _role(s) not in MODERATORS:
            raise UserError("not_allowed")
        row = _row(s, entity, record_id)
        row.hidden = True
        row.hidden_reason = payload.reason
        for report in s.scalars(select(Report).where(
                Report.entity == entity, Report.record_id == str(record_id),
                Report.state == "open")):
            report.state = "hidden"
        _queue(s, "moderation.hide", payload, now)


def unhide(store: Store, entity: str, record_id: str) -> None:
    _check_entity(entity)
    payload = p.WritingUnhide(entity=entity, id=record_id)
    now = datetime.now(timezone.utc)
    with store.session() as s, s.begin():
        if _role(s) not in MODERATORS:
            raise UserError("not_allowed")
        row = _row(s, entity, record_id)
        row.hidden = False
        _queue(s, "moderation.unhide", payload, now)


# ---- reports ------------------------------------------------------------------------------

def report(store: Store, entity: str, record_id: str, reason: str = "") -> bool:
    """Report a piece of writing to the moderators, offline; once per member and record
    (False: reported before, nothing queued)."""
    _check_entity(entity)
    now = datetime.now(timezone.utc)
    with store.session() as s, s.begin():
        me = _me(s)
        _row(s, entity, record_id)
        report_id = p.report_id(entity, record_id, me)
        payload = _validate(p.ReportCreate, id=report_id, entity=entity,
                            record_id=record_id, reason=reason)
        if s.get(Report, report_id) is not None:
            return False
        s.add(Report(id=report_id, entity=entity, record_id=str(record_id), reporter_id=me,
                     reason=payload.reason, state="open", created_at=now,
                     sync_state=PENDING))
        _queue(s, "report.create", payload, now)
    return True


def dismiss(store: Store, entity: str, record_id: str) -> None:
    """A moderator dismisses the open reports of a piece of writing (it stays shown)."""
    _check_entity(entity)
    payload = p.ReportDismiss(entity=entity, record_id=record_id)
    now = datetime.now(timezone.utc)
    with store.session() as s, s.begin():
        if _role(s) not in MODERATORS:
            raise UserError("not_allowed")
        for item in s.scalars(select(Report).where(
                Report.entity == entity, Report.record_id == str(record_id),
                Report.state == "open")):
            item.state = "dismissed"
        _queue(s, "report.dismiss", payload, now)


def review_queue(store: Store) -> list[ReportedWriting]:
    """Open reports, one entry per piece of writing, the most recently reported first."""
    with store.session() as s:
        reports = s.execute(select(Report, Person.display_name)
                            .outerjoin(Person, Person.id == Report.reporter_id)
                            .where(Report.state == "open")
                            .order_by(Report.created_at.desc())).all()
        by_record: dict[tuple[str, str], list[ReportLine]] = {}
        for item, name in reports:
            by_record.setdefault((item.entity, item.record_id), []).append(ReportLine(
                name or "", item.reason,
                utc(item.created_at) if item.created_at else None))
        queue = []
        for (entity, record_id), lines in by_record.items():
            if entity not in p.MODERATED_ENTITIES:
                continue
            row = s.get(model_of(entity), record_id)
            if row is None:
                continue  # removed meanwhile: nothing left to decide
            author = s.get(Person, row.author_id)
            queue.append(ReportedWriting(entity, record_id,
                                         author.display_name if author else "", row.body,
                                         bool(row.hidden), tuple(lines)))
        return queue


def queue_size(store: Store) -> int:
    return len(review_queue(store))


# ---- edits of one's own writing ----------------------------------------------------------

def _drop_queued_edit(session, entity: str, record_id: str) -> None:
    """A newer edit of the same record replaces the one still queued (one per record)."""
    for entry in session.scalars(select(OutboxEntry).where(OutboxEntry.kind == "writing.edit")):
        payload = json.loads(entry.payload)
        if payload.get("entity") == entity and payload.get("id") == str(record_id):
            session.delete(entry)


def edit(store: Store, entity: str, record_id: str, body: str) -> None:
    """Edit one's own writing offline, on the version this computer has: shown at once as
    "pending"; if the server moved on meanwhile, its version wins and this edit becomes a
    visible conflict copy."""
    _check_entity(entity, editable=True)
    now = datetime.now(timezone.utc)
    with store.session() as s, s.begin():
        me = _me(s)
        row = _row(s, entity, record_id)
        if row.author_id != me:
            raise UserError("not_allowed")
        if row.hidden:
            raise UserError("writing_hidden")
        queued = s.get(LocalEdit, (entity, str(record_id)))
        # Still queued: the edit goes on the version the first one was based on.
        base = queued.base_version if queued is not None and queued.state == PENDING \
            else (row.version or 1)
        payload = _validate(p.WritingEdit, entity=entity, id=record_id, version=base,
                            body=body)
        if len(payload.body) > EDIT_LIMITS[entity][0]:
            raise UserError(EDIT_LIMITS[entity][1])
        _drop_queued_edit(s, entity, record_id)
        if queued is not None:
            s.delete(queued)
            s.flush()
        s.add(LocalEdit(entity=entity, record_id=str(record_id), body=payload.body,
                        base_version=base, state=PENDING, created_at=now))
        _queue(s, "writing.edit", payload, now)


def discard_edit(store: Store, entity: str, record_id: str) -> None:
    """Forget this computer's edit (a conflict copy, a refused one, or one still queued)."""
    with store.session() as s, s.begin():
        _drop_queued_edit(s, entity, record_id)
        s.execute(delete(LocalEdit).where(LocalEdit.entity == entity,
                                          LocalEdit.record_id == str(record_id)))


def current_text(store: Store, entity: str, record_id: str) -> str:
    """The text one's own writing has here now (the start of an edit)."""
    with store.session() as s:
        return _row(s, entity, record_id).body


def shown_body(row_body: str, state: WritingState | None) -> str:
    """The text shown for one's own writing: a queued edit shows at once (local first)."""
    if state is not None and state.edit is not None and state.edit.state == PENDING:
        return state.edit.body
    return row_body
