"""Surveys and the network's statistics as a member uses them: the network's surveys
with their results (counts the server computed), answering offline (once per survey,
changeable until it closes), asking a survey (facilitators and administrators), and the
statistics snapshot with its CSV export.

Whether a survey is still open is the server's decision (its clock): an answer that
arrives after the closing comes back refused (`survey_closed`) and the choice stays here,
shown with the refusal.
"""
from __future__ import annotations

import csv
import json
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from sqlalchemy import delete, select

from app.services.errors import UserError
from app.services.forums import _me, _queue, _validate, utc
from app.store import meta
from app.store.db import Store
from app.store.models import (PENDING, NetworkStats, OutboxEntry, Survey, SurveyAnswer)
from sync import protocol as p

PERU = timezone(timedelta(hours=-5), "PET")   # surveys close at 23:59 in Peru (no DST)
MODERATORS = ("facilitator", "admin")


@dataclass(frozen=True)
class SurveyOption:
    id: str
    text: str
    count: int


@dataclass(frozen=True)
class SurveyItem:
    id: str
    question: str
    description: str
    multiple: bool
    options: list[SurveyOption]
    closes_at: datetime
    is_open: bool
    respondents: int
    my_choice: list[str] = field(default_factory=list)   # option ids; empty: not answered
    my_state: str | None = None      # pending, synced or rejected; None: not answered
    my_code: str | None = None
    state: str = "synced"            # a survey asked here: pending until answered
    reject_code: str | None = None

    def share(self, option: SurveyOption) -> float:
        """The share of respondents who chose `option` (0-100; with several answers
        allowed the shares add up to more than 100)."""
        return 100.0 * option.count / self.respondents if self.respondents else 0.0

    @property
    def results_shown(self) -> bool:
        """Results are shown to who answered, and to everyone once it closed: seeing them
        first would sway the answer."""
        return not self.is_open or self.my_state in ("pending", "synced")


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _item(survey: Survey, mine: SurveyAnswer | None, at: datetime) -> SurveyItem:
    counts = json.loads(survey.counts or "{}")
    options = [SurveyOption(o["id"], o["text"], int(counts.get(o["id"], 0)))
               for o in json.loads(survey.options or "[]")]
    closes = utc(survey.closes_at)
    return SurveyItem(survey.id, survey.question, survey.description, survey.multiple,
                      options, closes, at < closes, survey.respondents,
                      json.loads(mine.options) if mine else [],
                      mine.state if mine else None, mine.reject_code if mine else None,
                      survey.state, survey.reject_code)


def list_surveys(store: Store, at: datetime | None = None) -> list[SurveyItem]:
    """Open surveys first (closing soonest first), then closed ones (latest first)."""
    at = at or _now()
    with store.session() as s:
        me = meta.get(s, "user_id")
        mine = {a.survey_id: a for a in s.scalars(select(SurveyAnswer).where(
            SurveyAnswer.user_id == me))}
        items = [_item(x, mine.get(x.id), at) for x in s.scalars(select(Survey))]
    open_ = sorted((i for i in items if i.is_open), key=lambda i: i.closes_at)
    rest = sorted((i for i in items if not i.is_open), key=lambda i: i.closes_at,
                  reverse=True)
    return open_ + rest


def get_survey(store: Store, survey_id: str, at: datetime | None = None) -> SurveyItem:
    with store.session() as s:
        survey = s.get(Survey, survey_id)
        if survey is None:
            raise UserError("survey_not_found")
        mine = s.get(SurveyAnswer, p.survey_answer_id(survey_id, meta.get(s, "user_id")))
        return _item(survey, mine, at or _now())


def answer(store: Store, survey_id: str, option_ids: list[str]) -> None:
    """Answer a survey, or change the answer, offline. Only the latest choice travels (an
    earlier one still queued is replaced); the server counts one answer per member."""
    now = _now()
    with store.session() as s, s.begin():
        survey = s.get(Survey, survey_id)
        if survey is None:
            raise UserError("survey_not_found")
        known = [o["id"] for o in json.loads(survey.options or "[]")]
        chosen = [o for o in known if o in set(option_ids)]
        if not chosen:
            raise UserError("survey_no_choice")
        if not survey.multiple and len(chosen) != 1:
            raise UserError("survey_one_choice")
        me = _me(s)
        row_id = p.survey_answer_id(survey_id, me)
        payload = p.SurveyAnswer(id=row_id, survey_id=survey_id, options=chosen)
        s.execute(delete(OutboxEntry).where(OutboxEntry.kind == "survey.answer",
                                            OutboxEntry.payload.contains(row_id)))
        row = s.get(SurveyAnswer, row_id)
        if row is None:
            s.add(SurveyAnswer(id=row_id, survey_id=survey_id, user_id=me,
                               options=json.dumps(chosen), answered_at=now, state=PENDING))
        else:
            row.options, row.answered_at = json.dumps(chosen), now
            row.state, row.reject_code = PENDING, None
        _queue(s, "survey.answer", payload, now)


def is_moderator(store: Store) -> bool:
    with store.session() as s:
        return meta.get(s, "role") in MODERATORS


def create_survey(store: Store, question: str, options: list[str], closes_on: date, *,
                  multiple: bool = False, description: str = "") -> str:
    """A moderator asks the network a survey offline, open until 23:59 of `closes_on` in
    Peru; shown here at once (pending), the whole network's at the next sync."""
    closes = datetime.combine(closes_on, time(23, 59), tzinfo=PERU).astimezone(timezone.utc)
    if closes <= _now():
        raise UserError("survey_closes_in_past")
    texts = [t.strip() for t in options if t.strip()]
    if not question.strip():
        raise UserError("survey_empty_question")
    if len(question.strip()) > p.MAX_TITLE_CHARS or any(
            len(t) > p.MAX_TITLE_CHARS for t in texts):
        raise UserError("survey_long_text")
    if len(texts) < p.MIN_SURVEY_OPTIONS:
        raise UserError("survey_few_options")
    if len(texts) > p.MAX_SURVEY_OPTIONS:
        raise UserError("survey_many_options")
    if len({t.casefold() for t in texts}) != len(texts):
        raise UserError("survey_same_options")
    payload = _validate(p.SurveyCreate, id=uuid.uuid4(), question=question,
                        description=description, multiple=multiple, closes_at=closes,
                        options=[dict(id=str(n), text=t) for n, t in enumerate(texts, 1)])
    with store.session() as s, s.begin():
        if meta.get(s, "role") not in MODERATORS:
            raise UserError("not_survey_moderator")
        s.add(Survey(id=str(payload.id), slug=str(payload.id), question=payload.question,
                     description=payload.description, multiple=payload.multiple,
                     options=json.dumps([o.model_dump() for o in payload.options],
                                        ensure_ascii=False),
                     closes_at=closes, created_at=_now(), author_id=_me(s),
                     counts=json.dumps({o.id: 0 for o in payload.options}), respondents=0,
                     state=PENDING))
        _queue(s, "survey.create", payload, _now())
    return str(payload.id)


# ---- the network's statistics ---------------------------------------------------------------

def statistics(store: Store) -> dict:
    """The latest snapshot the server sent ({} before the first one arrives)."""
    with store.session() as s:
        row = s.scalar(select(NetworkStats).limit(1))
        if row is None:
            return {}
        return json.loads(row.snapshot or "{}")


def statistics_rows(stats: dict, labels: dict[str, str]) -> list[list]:
    """The statistics as a table (section, item, value), the way the CSV carries them.
    `labels` gives the Spanish (or English) names of the sections and of blank values."""
    rows: list[list] = [[labels["section"], labels["item"], labels["value"]]]
    rows.append([labels["summary"], labels["members"], stats.get("members", 0)])
    rows.append([labels["summary"], labels["active"], stats.get("active", 0)])
    rows.append([labels["summary"], labels["goal"], stats.get("goal") or ""])
    rows.append([labels["summary"], labels["computed_at"], stats.get("computed_at", "")])
    for key in ("by_region", "by_position", "by_gender"):
        for name, count in stats.get(key, []):
            rows.append([labels[key], labels.get("gender:" + name, name)
                         if key == "by_gender" else (name or labels["blank"]), count])
    for key in ("active_by_month", "posts_by_month", "downloads_by_month",
                "documents_by_month"):
        for month, count in zip(stats.get("months", []), stats.get(key, [])):
            rows.append([labels[key], month, count])
    return rows


def write_csv(path: Path, rows: list[list]) -> None:
    """UTF-8 with a BOM and CRLF, so Excel in Spanish opens the accents right; written to
    a temporary file first so a full disk never leaves half a file under the name."""
    path = Path(path)
    part = path.with_name(path.name + ".part")
    with open(part, "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)
    part.replace(path)
