"""Moderation in the replica: members' reports, and how answered moderation ops and edits
mark what they wrote (for every moderated entity, found by its wire name in the registry,
never by a branch per entity)."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import delete, select, update

from app.store.models import PENDING, REJECTED, SYNCED, LocalEdit, Report
from app.store.registry import LocalEntity, entities, register


def model_of(entity: str):
    """The replica's table of a moderated wire entity."""
    return entities()[entity].model


def withheld_files(model, column: str):
    """A before_upsert hook for moderated writing that names a file in `column`: when a
    record arrives hidden without it (the server withholds it from this person), the copy
    cached here is forgotten too, not left on the disk of a shared computer."""
    def hook(session, rows, page) -> None:
        from app.store.entities.groups import forget_files_of
        withheld = [r["id"] for r in rows if r.get("hidden") and r.get(column) is None]
        if withheld:
            field = getattr(model, column)
            forget_files_of(session, session.scalars(
                select(field).where(model.id.in_(withheld), field.is_not(None))))
    return hook


def _mark_report(session, payload, state, code) -> None:
    session.execute(update(Report).where(Report.id == str(payload.id))
                    .values(sync_state=state, reject_code=code))


def _mark_dismiss(session, payload, state, code) -> None:
    if state == REJECTED:  # the server kept them open
        session.execute(update(Report).where(Report.entity == payload.entity,
                                             Report.record_id == str(payload.record_id),
                                             Report.state == "dismissed")
                        .values(state="open"))


def _mark_hide(session, payload, state, code) -> None:
    if state == REJECTED:  # shown here at once; the server did not hide it
        model = model_of(payload.entity)
        session.execute(update(model).where(model.id == str(payload.id))
                        .values(hidden=False))


def _mark_unhide(session, payload, state, code) -> None:
    if state == REJECTED:
        model = model_of(payload.entity)
        session.execute(update(model).where(model.id == str(payload.id))
                        .values(hidden=True))


def _mark_edit(session, payload, state, code) -> None:
    """Applied: the record is this edit, one version on (the pull confirms it). Refused
    because the server moved on: the server's version stays what is shown, and the edit
    becomes the visible conflict copy. Refused otherwise: kept with the reason."""
    key = (LocalEdit.entity == payload.entity) & (LocalEdit.record_id == str(payload.id)) \
        & (LocalEdit.base_version == payload.version)
    if state == SYNCED:
        model = model_of(payload.entity)
        session.execute(update(model).where(model.id == str(payload.id),
                                            model.version <= payload.version)
                        .values(body=payload.body, version=payload.version + 1,
                                edited_at=datetime.now(timezone.utc)))
        session.execute(delete(LocalEdit).where(key, LocalEdit.state == PENDING))
        return
    session.execute(update(LocalEdit).where(key).values(
        state="conflict" if code == "edit_conflict" else REJECTED, reject_code=code))


register(LocalEntity(
    "report", Report, arrives=lambda row: dict(sync_state=SYNCED, reject_code=None),
    marks={"report.create": _mark_report, "report.dismiss": _mark_dismiss,
           "moderation.hide": _mark_hide, "moderation.unhide": _mark_unhide,
           "writing.edit": _mark_edit}))
