"""Surveys ("Encuestas"): a question to the whole network with options, the members'
answers (one per member, changeable until it closes), and the results as counts.

Every member receives the surveys; an answer reaches only its own author's devices. The
results travel inside the survey's record as numbers computed here (`counts`,
`respondents`), so no device ever holds another member's answer. An answer's id is
derived from (survey, member): replays and a second device of the same person land on
the same row. After the closing time the server refuses answers with `survey_closed`
(its clock decides); the client keeps the refused choice visible (contract point 4).
"""
from __future__ import annotations

import json
import logging
from collections import Counter
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync import protocol as p
from sync.server.accounts import aware, now
from sync.server.course import stable_id
from sync.server.models import Survey, SurveyAnswer, User
from sync.server.registry import Caller, Entity, Rejected, register
from sync.server.seq import take_seq

log = logging.getLogger(__name__)

MODERATORS = ("facilitator", "admin")


class SurveyError(ValueError):
    """A command-line request that cannot be done (unknown survey, bad options); nothing
    changed."""


def survey_id_for_slug(slug: str) -> str:
    return stable_id("survey", slug)


def _iso(value) -> str | None:
    return aware(value).isoformat() if value else None


def is_open(survey: Survey, at: datetime | None = None) -> bool:
    return (at or now()) < aware(survey.closes_at)


def option_ids(survey: Survey) -> list[str]:
    return [o["id"] for o in json.loads(survey.options)]


def recount(session: Session, survey: Survey) -> None:
    """The survey's results from its answers, and a new seq so every member gets them."""
    counts: Counter[str] = Counter()
    respondents = 0
    for (options,) in session.execute(select(SurveyAnswer.options).where(
            SurveyAnswer.survey_id == survey.id, SurveyAnswer.deleted.is_(False))):
        respondents += 1
        counts.update(set(json.loads(options)))
    survey.counts = json.dumps({k: counts.get(k, 0) for k in option_ids(survey)})
    survey.respondents = respondents
    survey.seq = take_seq(session)
    session.flush()


# ---- ops ----------------------------------------------------------------------------------

def _check_options(options: list[tuple[str, str]]) -> None:
    ids = [i for i, _ in options]
    texts = [t.casefold() for _, t in options]
    if len(set(ids)) != len(ids) or len(set(texts)) != len(texts):
        raise Rejected("invalid_survey", "a survey's options must differ")


def survey_create(session: Session, caller: Caller, payload: p.SurveyCreate) -> None:
    if caller.role not in MODERATORS:
        raise Rejected("not_allowed", "only facilitators and administrators ask surveys")
    if session.get(Survey, str(payload.id)) is not None:
        raise Rejected("id_conflict", f"survey {payload.id} already exists")
    closes_at = aware(payload.closes_at)
    if not 2000 <= closes_at.year <= 2100:
        raise Rejected("invalid_survey", f"a survey closing in {closes_at.year}")
    closes_at = closes_at.astimezone(timezone.utc)
    if closes_at <= now():
        raise Rejected("survey_closed", f"survey {payload.id} would close in the past")
    options = [(o.id, o.text) for o in payload.options]
    _check_options(options)
    survey = Survey(id=str(payload.id), slug=str(payload.id), question=payload.question,
                    description=payload.description, multiple=payload.multiple,
                    options=json.dumps([dict(id=i, text=t) for i, t in options],
                                       ensure_ascii=False),
                    closes_at=closes_at, created_at=now(), author_id=caller.user_id,
                    counts=json.dumps({i: 0 for i, _ in options}), respondents=0,
                    seq=take_seq(session), deleted=False)
    session.add(survey)
    session.flush()


def answer(session: Session, caller: Caller, payload: p.SurveyAnswer) -> None:
    """Answer or change one's answer. The same answer again changes nothing (no new seq)."""
    survey = session.get(Survey, str(payload.survey_id))
    if survey is None or survey.deleted:
        raise Rejected("survey_not_found", f"no survey {payload.survey_id}")
    if not is_open(survey):
        raise Rejected("survey_closed", f"survey {survey.slug} closed at "
                                        f"{_iso(survey.closes_at)}")
    expected = p.survey_answer_id(survey.id, caller.user_id)
    if str(payload.id) != expected:
        raise Rejected("id_conflict", f"answer id {payload.id} is not the one of survey "
                                      f"{survey.id} and this account")
    chosen = list(dict.fromkeys(payload.options))   # order kept, repeats dropped
    known = set(option_ids(survey))
    if not set(chosen) <= known or (not survey.multiple and len(chosen) != 1):
        raise Rejected("invalid_answer", f"options {chosen} for survey {survey.slug} "
                                         f"(multiple={survey.multiple})")
    text = json.dumps(chosen)
    row = session.get(SurveyAnswer, expected)
    if row is None:
        session.add(SurveyAnswer(id=expected, survey_id=survey.id, user_id=caller.user_id,
                                 options=text, answered_at=now(), seq=take_seq(session),
                                 deleted=False))
    elif row.options == text and not row.deleted:
        return
    else:
        row.options, row.answered_at, row.deleted = text, now(), False
        row.seq = take_seq(session)
    session.flush()
    recount(session, survey)


# ---- administration (command line, demo) ---------------------------------------------------

def create_survey(session: Session, *, slug: str, question: str, options: list[str],
                  closes_at: datetime, multiple: bool = False, description: str = "",
                  author: str | None = None) -> Survey:
    """Create a survey, or change its question, description and closing (by slug). Its
    options are fixed once someone answered (changing them would mislabel the answers)."""
    slug, question = slug.strip().lower(), question.strip()
    texts = [t.strip() for t in options if t.strip()]
    if not slug or not question:
        raise SurveyError("a survey needs a slug and a question")
    if len(question) > p.MAX_TITLE_CHARS or any(len(t) > p.MAX_TITLE_CHARS for t in texts):
        raise SurveyError(f"the question and each option must fit in {p.MAX_TITLE_CHARS} "
                          f"characters")
    if not p.MIN_SURVEY_OPTIONS <= len(texts) <= p.MAX_SURVEY_OPTIONS:
        raise SurveyError(f"a survey needs {p.MIN_SURVEY_OPTIONS} to "
                          f"{p.MAX_SURVEY_OPTIONS} options")
    if len({t.casefold() for t in texts}) != len(texts):
        raise SurveyError("two options say the same")
    closes_at = aware(closes_at).astimezone(timezone.utc)
    author_id = None
    if author:
        user = session.scalar(select(User).where(User.username == author.strip().lower()))
        if user is None or user.deleted or user.role not in MODERATORS:
            raise SurveyError(f"{author!r} is not a facilitator or administrator")
        author_id = user.id
    encoded = json.dumps([dict(id=str(n), text=t) for n, t in enumerate(texts, 1)],
                         ensure_ascii=False)
    survey = session.get(Survey, survey_id_for_slug(slug))
    if survey is None:
        survey = Survey(id=survey_id_for_slug(slug), slug=slug, question=question,
                        description=description, multiple=multiple, options=encoded,
                        closes_at=closes_at, created_at=now(), author_id=author_id,
                        counts=json.dumps({str(n): 0 for n in range(1, len(texts) + 1)}),
                        respondents=0, seq=take_seq(session), deleted=False)
        session.add(survey)
        session.flush()
        return survey
    if survey.options != encoded and survey.respondents:
        raise SurveyError(f"survey {slug} already has answers: its options cannot change")
    survey.question, survey.description, survey.multiple = question, description, multiple
    survey.options, survey.closes_at, survey.deleted = encoded, closes_at, False
    survey.author_id = author_id or survey.author_id
    recount(session, survey)
    return survey


def get_survey(session: Session, slug: str) -> Survey:
    survey = session.scalar(select(Survey).where(Survey.slug == slug.strip().lower(),
                                                 Survey.deleted.is_(False)))
    if survey is None:
        raise SurveyError(f"no survey {slug!r}")
    return survey


def close_survey(session: Session, *, slug: str) -> Survey:
    """Close a survey now: from here on it refuses answers."""
    survey = get_survey(session, slug)
    if is_open(survey):
        survey.closes_at = now()
        survey.seq = take_seq(session)
        session.flush()
        log.info("survey %s closed by an administrator", survey.slug)
    return survey


def list_surveys(session: Session) -> list[Survey]:
    return list(session.scalars(select(Survey).where(Survey.deleted.is_(False))
                                .order_by(Survey.closes_at.desc())))


def results(survey: Survey) -> list[tuple[str, int]]:
    counts = json.loads(survey.counts)
    return [(o["text"], counts.get(o["id"], 0)) for o in json.loads(survey.options)]


# ---- declarations ----------------------------------------------------------------------------

register(Entity("survey", Survey, lambda row: dict(
    slug=row.slug, question=row.question, description=row.description,
    multiple=row.multiple, options=json.loads(row.options), closes_at=_iso(row.closes_at),
    created_at=_iso(row.created_at), author_id=row.author_id,
    counts=json.loads(row.counts), respondents=row.respondents),
    ops={"survey.create": survey_create}))
register(Entity("survey_answer", SurveyAnswer, lambda row: dict(
    survey_id=row.survey_id, user_id=row.user_id, options=json.loads(row.options),
    answered_at=_iso(row.answered_at)),
    # Nobody else's answer ever leaves the server: the results are the survey's counts.
    visible=lambda caller: SurveyAnswer.user_id == caller.user_id,
    ops={"survey.answer": answer}))
