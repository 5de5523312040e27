"""Debates as a member uses them: the network's debates, each debate's proposals with
their arguments and endorsements, posting a proposal or an argument, endorsing and
withdrawing, offline like everything else; and the published proposals ("Propuestas de
la red").

Whether a debate is still open is the server's decision (its clock; contract point 6):
what is written here after it closed comes back refused (`debate_closed`) and its text
stays here, shown with the refusal, to be copied.
"""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import delete, func, select

from app.services.errors import UserError
from app.services.forums import _me, _queue, _validate, utc
from app.store import meta
from app.store.db import Store
from app.store.entities.debates import publish_keys
from app.store.models import (PENDING, REJECTED, Debate, DebateArgument, DebateEndorsement,
                              DebateProposal, OutboxEntry, Person)
from sync import protocol as p


PERU = timezone(timedelta(hours=-5), "PET")   # debates close at 23:59 in Peru (no DST)


@dataclass(frozen=True)
class DebateItem:
    id: str
    question: str
    description: str
    opens_at: datetime
    closes_at: datetime
    is_open: bool
    published_at: datetime | None
    result_title: str
    proposal_count: int
    state: str = "synced"            # a debate opened here: pending until answered
    reject_code: str | None = None


@dataclass(frozen=True)
class ArgumentItem:
    id: str
    side: str               # "for" or "against"
    author: str
    body: str
    created_at: datetime | None
    state: str
    reject_code: str | None


@dataclass(frozen=True)
class ProposalItem:
    id: str
    title: str
    author: str
    body: str
    created_at: datetime | None
    state: str
    reject_code: str | None
    endorsements: int
    endorsed_by_me: bool
    endorsement_state: str | None    # pending, rejected or synced; None: never touched
    endorsement_code: str | None
    arguments: list[ArgumentItem]


@dataclass(frozen=True)
class DebateView:
    debate: DebateItem
    synthesis: str
    result_body: str
    published_by: str
    proposals: list[ProposalItem]


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _item(debate: Debate, count: int, at: datetime) -> DebateItem:
    opens, closes = utc(debate.opens_at), utc(debate.closes_at)
    return DebateItem(debate.id, debate.question, debate.description, opens, closes,
                      opens <= at < closes,
                      utc(debate.published_at) if debate.published_at else None,
                      debate.result_title, count, debate.state, debate.reject_code)


def list_debates(store: Store, at: datetime | None = None) -> list[DebateItem]:
    """Open debates first (closing soonest first), then closed ones (latest first)."""
    at = at or _now()
    with store.session() as s:
        counts = (select(DebateProposal.debate_id.label("did"), func.count().label("n"))
                  .group_by(DebateProposal.debate_id).subquery())
        rows = s.execute(select(Debate, func.coalesce(counts.c.n, 0))
                         .outerjoin(counts, counts.c.did == Debate.id)).all()
        items = [_item(d, n, at) for d, n in rows]
    open_ = sorted((i for i in items if i.is_open), key=lambda i: i.closes_at)
    rest = sorted((i for i in items if not i.is_open), key=lambda i: i.closes_at,
                  reverse=True)
    return open_ + rest


def published(store: Store) -> list[DebateItem]:
    """The network's published proposals ("Edugestores propone"), newest first."""
    return [i for i in sorted(list_debates(store), key=lambda i: i.published_at or i.closes_at,
                              reverse=True) if i.published_at]


def debate_view(store: Store, debate_id: str, at: datetime | None = None) -> DebateView:
    at = at or _now()
    with store.session() as s:
        debate = s.get(Debate, debate_id)
        if debate is None:
            raise UserError("debate_not_found")
        me = meta.get(s, "user_id")
        names = dict(s.execute(select(Person.id, Person.display_name)).all())
        proposals = s.scalars(select(DebateProposal)
                              .where(DebateProposal.debate_id == debate_id)
                              .order_by(DebateProposal.seq.is_(None),
                                        DebateProposal.seq)).all()
        ids = [x.id for x in proposals]
        arguments: dict[str, list[ArgumentItem]] = {}
        for arg in s.scalars(select(DebateArgument)
                             .where(DebateArgument.proposal_id.in_(ids))
                             .order_by(DebateArgument.seq.is_(None), DebateArgument.seq)):
            arguments.setdefault(arg.proposal_id, []).append(ArgumentItem(
                arg.id, arg.side, names.get(arg.author_id, ""), arg.body,
                utc(arg.created_at) if arg.created_at else None, arg.state, arg.reject_code))
        counts = dict(s.execute(
            select(DebateEndorsement.proposal_id, func.count())
            .where(DebateEndorsement.proposal_id.in_(ids),
                   DebateEndorsement.active.is_(True))
            .group_by(DebateEndorsement.proposal_id)).all())
        mine = {e.proposal_id: e for e in s.scalars(select(DebateEndorsement).where(
            DebateEndorsement.proposal_id.in_(ids), DebateEndorsement.user_id == me))}
        items = []
        for x in proposals:
            own = mine.get(x.id)
            items.append(ProposalItem(
                x.id, x.title, names.get(x.author_id, ""), x.body,
                utc(x.created_at) if x.created_at else None, x.state, x.reject_code,
                counts.get(x.id, 0), bool(own and own.active),
                own.state if own else None, own.reject_code if own else None,
                arguments.get(x.id, [])))
        count = len(proposals)
        return DebateView(_item(debate, count, at), debate.synthesis, debate.result_body,
                          names.get(debate.published_by or "", ""), items)


def propose(store: Store, debate_id: str, title: str, body: str) -> str:
    """Put a proposal to a debate, offline: the row (pending) and its op."""
    payload = _validate(p.DebateProposalCreate, id=uuid.uuid4(), debate_id=debate_id,
                        title=title, body=body)
    now = _now()
    with store.session() as s, s.begin():
        if s.get(Debate, debate_id) is None:
            raise UserError("debate_not_found")
        s.add(DebateProposal(id=str(payload.id), debate_id=debate_id, author_id=_me(s),
                             title=payload.title, body=payload.body, created_at=now,
                             state=PENDING))
        _queue(s, "debate.proposal.create", payload, now)
    return str(payload.id)


def argue(store: Store, proposal_id: str, side: str, body: str) -> str:
    """An argument for ("for") or against ("against") a proposal, offline."""
    payload = _validate(p.DebateArgumentCreate, id=uuid.uuid4(), proposal_id=proposal_id,
                        side=side, body=body)
    now = _now()
    with store.session() as s, s.begin():
        if s.get(DebateProposal, proposal_id) is None:
            raise UserError("debate_not_found")
        s.add(DebateArgument(id=str(payload.id), proposal_id=proposal_id, author_id=_me(s),
                             side=payload.side, body=payload.body, created_at=now,
                             state=PENDING))
        _queue(s, "debate.argument.create", payload, now)
    return str(payload.id)


def set_endorsement(store: Store, proposal_id: str, endorsed: bool) -> None:
    """Endorse a proposal or withdraw the endorsement, offline.

    The id is derived from (proposal, member), so any device of this person and any replay
    name the same endorsement. Only the latest intention travels: an earlier queued
    endorse/withdraw of the same proposal is replaced (one sent already is answered
    harmlessly, in order, before this one)."""
    now = _now()
    with store.session() as s, s.begin():
        if s.get(DebateProposal, proposal_id) is None:
            raise UserError("debate_not_found")
        me = _me(s)
        row_id = p.debate_endorsement_id(proposal_id, me)
        payload = p.DebateEndorse(id=row_id, proposal_id=proposal_id, endorsed=endorsed)
        s.execute(delete(OutboxEntry).where(OutboxEntry.kind == "debate.endorse",
                                            OutboxEntry.payload.contains(row_id)))
        row = s.get(DebateEndorsement, row_id)
        if row is None:
            s.add(DebateEndorsement(id=row_id, proposal_id=proposal_id, user_id=me,
                                    created_at=now, active=endorsed, state=PENDING))
        else:
            row.active, row.state, row.reject_code = endorsed, PENDING, None
        _queue(s, "debate.endorse", payload, now)


def discard_refused(store: Store, record_id: str) -> None:
    """Forget a refused proposal or argument once its author has copied the text."""
    with store.session() as s, s.begin():
        for model in (DebateProposal, DebateArgument):
            s.execute(delete(model).where(model.id == record_id, model.state == REJECTED))


MODERATORS = ("facilitator", "admin")


@dataclass(frozen=True)
class PublishDraft:
    title: str
    synthesis: str
    body: str
    pending: bool            # queued, not yet answered
    refused: str | None      # the server's code when it refused it


def is_moderator(store: Store) -> bool:
    with store.session() as s:
        return meta.get(s, "role") in MODERATORS


def publish_draft(store: Store, debate_id: str) -> PublishDraft:
    """What a moderator is writing (or sent) as a debate's synthesis and proposal."""
    draft_key, refused_key = publish_keys(debate_id)
    with store.session() as s:
        saved = json.loads(meta.get(s, draft_key, "") or "{}")
        refused = meta.get(s, refused_key)
        pending = s.scalar(select(func.count()).select_from(OutboxEntry).where(
            OutboxEntry.kind == "debate.publish", OutboxEntry.payload.contains(debate_id)))
    return PublishDraft(saved.get("title", ""), saved.get("synthesis", ""),
                        saved.get("body", ""), bool(pending), refused)


def save_publish_draft(store: Store, debate_id: str, title: str, synthesis: str,
                       body: str) -> None:
    draft_key, _ = publish_keys(debate_id)
    text = json.dumps(dict(title=title, synthesis=synthesis, body=body), ensure_ascii=False)
    with store.session() as s, s.begin():
        meta.put(s, draft_key, text if (title + synthesis + body).strip() else None)


def publish(store: Store, debate_id: str, title: str, synthesis: str, body: str) -> None:
    """A moderator publishes a closed debate's synthesis and proposal, offline: the text
    stays as the draft until the server accepts it (or, refused, with its reason)."""
    payload = _validate(p.DebatePublish, debate_id=debate_id, title=title,
                        synthesis=synthesis, body=body)
    now = _now()
    draft_key, refused_key = publish_keys(debate_id)
    with store.session() as s, s.begin():
        if meta.get(s, "role") not in MODERATORS:
            raise UserError("not_debate_moderator")
        if s.get(Debate, debate_id) is None:
            raise UserError("debate_not_found")
        s.execute(delete(OutboxEntry).where(OutboxEntry.kind == "debate.publish",
                                            OutboxEntry.payload.contains(debate_id)))
        meta.put(s, draft_key, json.dumps(dict(title=payload.title,
                                               synthesis=payload.synthesis,
                                               body=payload.body), ensure_ascii=False))
        meta.put(s, refused_key, None)
        _queue(s, "debate.publish", payload, now)


def create_debate(store: Store, question: str, description: str, closes_on: date) -> str:
    """A moderator opens a debate offline, from now until 23:59 of `closes_on` in Peru;
    shown here at once (pending), the whole network's at the next sync."""
    opens = _now()
    closes = datetime.combine(closes_on, time(23, 59), tzinfo=PERU).astimezone(timezone.utc)
    if closes <= opens:
        raise UserError("debate_closes_in_past")
    payload = _validate(p.DebateCreate, id=uuid.uuid4(), question=question,
                        description=description, opens_at=opens, closes_at=closes)
    with store.session() as s, s.begin():
        if meta.get(s, "role") not in MODERATORS:
            raise UserError("not_debate_moderator")
        s.add(Debate(id=str(payload.id), slug=str(payload.id), question=payload.question,
                     description=payload.description, opens_at=opens, closes_at=closes,
                     created_at=opens, state=PENDING))
        _queue(s, "debate.create", payload, opens)
    return str(payload.id)
