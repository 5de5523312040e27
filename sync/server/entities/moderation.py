"""Moderation and edits of member writing, for every entity that declares itself
moderated (registry.Moderation): hiding with a reason, members' reports to the
moderators, and authors' edits on the version they were based on (contract point 6)."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync import protocol as p
from sync.server.accounts import now
from sync.server.models import Report
from sync.server.registry import (MODERATORS, Caller, Entity, Rejected, moderated,
                                  register, register_ops)
from sync.server.seq import take_seq


def _moderator(caller: Caller, what: str) -> None:
    if caller.role not in MODERATORS:
        raise Rejected("not_allowed", f"a {caller.role} may not {what}")


def _writing(session: Session, caller: Caller, entity: str, record_id) -> tuple[Entity, object]:
    """The record as the caller may see it; one they may not see does not exist."""
    declared = moderated(entity)
    row = session.get(declared.model, str(record_id)) if declared is not None else None
    if (row is None or row.deleted
            or not _sees(session, caller, declared, str(record_id))):
        raise Rejected("writing_not_found", f"{entity} {record_id} does not exist")
    return declared, row


def _sees(session: Session, caller: Caller, declared: Entity, record_id: str) -> bool:
    # The pull's rule (groups), not the hidden-text one: a moderator sees everything
    # public, and an author their own hidden writing.
    rule = declared.rule(caller)
    if rule is None:
        return True
    model = declared.model
    return session.scalar(select(model.id).where(model.id == record_id, rule)) is not None


def _decide_reports(session: Session, caller: Caller, entity: str, record_id: str,
                    state: str) -> None:
    """Close the open reports of a record (hidden, or dismissed)."""
    for report in session.scalars(select(Report).where(
            Report.entity == entity, Report.record_id == record_id,
            Report.state == "open", Report.deleted.is_(False))):
        report.state = state
        report.decided_by = caller.user_id
        report.decided_at = now()
        report.seq = take_seq(session)


def hide(session: Session, caller: Caller, payload: p.WritingHide) -> None:
    _moderator(caller, "hide writing")
    _declared, row = _writing(session, caller, payload.entity, payload.id)
    if row.hidden_reason != payload.reason:
        row.hidden_reason = payload.reason
        row.hidden_by = caller.user_id
        row.hidden_at = now()
        row.seq = take_seq(session)
    _decide_reports(session, caller, payload.entity, row.id, "hidden")


def unhide(session: Session, caller: Caller, payload: p.WritingUnhide) -> None:
    _moderator(caller, "show hidden writing")
    _declared, row = _writing(session, caller, payload.entity, payload.id)
    if row.hidden_reason is not None:
        row.hidden_reason = row.hidden_by = row.hidden_at = None
        row.seq = take_seq(session)


def report_create(session: Session, caller: Caller, payload: p.ReportCreate) -> None:
    report_id = p.report_id(payload.entity, payload.record_id, caller.user_id)
    if str(payload.id) != report_id:
        # One report per member and record: any other id would make a second one.
        raise Rejected("id_conflict", f"a report of this record has id {report_id}")
    _writing(session, caller, payload.entity, payload.record_id)
    if session.get(Report, report_id) is not None:
        return  # reported before (another device, a replay): once is enough
    session.add(Report(id=report_id, entity=payload.entity,
                       record_id=str(payload.record_id), reporter_id=caller.user_id,
                       reason=payload.reason, state="open", created_at=now(),
                       seq=take_seq(session), deleted=False))
    session.flush()


def report_dismiss(session: Session, caller: Caller, payload: p.ReportDismiss) -> None:
    _moderator(caller, "dismiss reports")
    _writing(session, caller, payload.entity, payload.record_id)
    _decide_reports(session, caller, payload.entity, str(payload.record_id), "dismissed")


def edit(session: Session, caller: Caller, payload: p.WritingEdit) -> None:
    declared, row = _writing(session, caller, payload.entity, payload.id)
    moderation = declared.moderation
    if not moderation.editable or getattr(row, moderation.author) != caller.user_id:
        raise Rejected("not_allowed", f"only its author edits {payload.entity} {row.id}")
    if row.hidden_reason is not None:
        raise Rejected("writing_hidden", f"{payload.entity} {row.id} was hidden by a "
                                         f"moderator: it cannot be edited")
    if len(payload.body) > moderation.max_chars:
        raise Rejected("too_long", f"an edit of {payload.entity} has at most "
                                   f"{moderation.max_chars} characters")
    if payload.version != row.version:
        # The server moved on (an edit from another device): its version wins, and the
        # device keeps this edit as a visible conflict copy.
        raise Rejected("edit_conflict", f"{payload.entity} {row.id} is at version "
                                        f"{row.version}, the edit was based on "
                                        f"{payload.version}")
    row.body = payload.body    # every editable kind keeps its text in `body`
    row.version += 1
    row.edited_at = now()
    row.seq = take_seq(session)


def _reports_visible(caller: Caller):
    # Who reported is seen only by the moderators (and each reporter sees their own).
    return None if caller.role in MODERATORS else Report.reporter_id == caller.user_id


register(Entity("report", Report, lambda row: dict(
    entity=row.entity, record_id=row.record_id, reporter_id=row.reporter_id,
    reason=row.reason, state=row.state, created_at=row.created_at.isoformat()),
    visible=_reports_visible,
    ops={"report.create": report_create, "report.dismiss": report_dismiss}))
register_ops({"moderation.hide": hide, "moderation.unhide": unhide, "writing.edit": edit})
