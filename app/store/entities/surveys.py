"""Surveys in the replica: the network's surveys with their results (counts), this
person's own answers, a choice made offline (pending until the server answers, kept with
the refusal if the survey had closed), and the network's statistics snapshot."""
from __future__ import annotations

from sqlalchemy import delete

from app.store.entities.common import set_state
from app.store.models import PENDING, REJECTED, SYNCED, NetworkStats, Survey, SurveyAnswer
from app.store.registry import LocalEntity, register


def _survey_removed(session, ids: list[str], page) -> None:
    session.execute(delete(SurveyAnswer).where(SurveyAnswer.survey_id.in_(ids)))


def _mark_survey(session, payload, state, code) -> None:
    set_state(session, Survey, payload.id, state=state, reject_code=code)


def _mark_answer(session, payload, state, code) -> None:
    """Accepted: the server holds this choice. Refused: the choice stays here, visible,
    with the reason (the server kept what it had, if anything)."""
    set_state(session, SurveyAnswer, payload.id, state=state, reject_code=code)


_synced = lambda row: dict(state=SYNCED, reject_code=None)  # noqa: E731

register(LocalEntity("survey", Survey, arrives=_synced, after_delete=_survey_removed,
                     marks={"survey.create": _mark_survey}))
register(LocalEntity(
    "survey_answer", SurveyAnswer, arrives=_synced,
    # A choice made here and not yet answered, or refused, is what this person sees.
    # (Two comparisons, not NOT IN: the upsert runs as executemany, which cannot expand
    # a list parameter.)
    unless_pending=lambda table: (table.c.state != PENDING) & (table.c.state != REJECTED),
    marks={"survey.answer": _mark_answer}))
register(LocalEntity("network_stats", NetworkStats))
