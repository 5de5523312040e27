"""Debates that end in proposals ("Edugestores debate" -> "Edugestores propone"): the
debate, its proposals, arguments and endorsements, the ops members send while it is open,
and what moderators do (create, close, publish the synthesis) from the command line.

Debates are the whole network's: every member receives them (no visibility filter).
Outside its open period a debate refuses every new entry with `debate_closed` (or
`debate_not_open` before it opens); the client keeps the refused text (contract point 4).
An endorsement's id is derived from (proposal, member), so replays and a second device of
the same person find the same row; withdrawing turns it into a tombstone.
"""
from __future__ import annotations

import logging
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync import protocol as p
from sync.server.accounts import aware, now
from sync.server.course import stable_id
from sync.server.models import Debate, DebateArgument, DebateEndorsement, DebateProposal, User
from sync.server.registry import Caller, Entity, Moderation, Rejected, register
from sync.server.seq import take_seq

log = logging.getLogger(__name__)

MODERATORS = ("facilitator", "admin")


class DebateError(ValueError):
    """A moderation request that cannot be done (unknown debate, bad dates); nothing
    changed."""


def debate_id_for_slug(slug: str) -> str:
    return stable_id("debate", slug)


def _iso(value) -> str | None:
    return aware(value).isoformat() if value else None


def is_open(debate: Debate, at: datetime | None = None) -> bool:
    at = at or now()
    return aware(debate.opens_at) <= at < aware(debate.closes_at)


# ---- ops ----------------------------------------------------------------------------------

def _open_debate(session: Session, debate_id: str) -> Debate:
    debate = session.get(Debate, str(debate_id))
    if debate is None or debate.deleted:
        raise Rejected("debate_not_found", f"no debate {debate_id}")
    moment = now()
    if moment >= aware(debate.closes_at):
        raise Rejected("debate_closed", f"debate {debate.slug} closed at "
                                        f"{_iso(debate.closes_at)}")
    if moment < aware(debate.opens_at):
        raise Rejected("debate_not_open", f"debate {debate.slug} opens at "
                                          f"{_iso(debate.opens_at)}")
    return debate


def _proposal_of_open_debate(session: Session, proposal_id: str) -> DebateProposal:
    proposal = session.get(DebateProposal, str(proposal_id))
    if proposal is None or proposal.deleted:
        raise Rejected("debate_not_found", f"no debate proposal {proposal_id}")
    _open_debate(session, proposal.debate_id)
    return proposal


def proposal_create(session: Session, caller: Caller, payload: p.DebateProposalCreate) -> None:
    debate = _open_debate(session, str(payload.debate_id))
    if session.get(DebateProposal, str(payload.id)) is not None:
        raise Rejected("id_conflict", f"debate proposal {payload.id} already exists")
    session.add(DebateProposal(id=str(payload.id), debate_id=debate.id,
                               author_id=caller.user_id, title=payload.title,
                               body=payload.body, created_at=now(), seq=take_seq(session),
                               deleted=False))
    session.flush()


def argument_create(session: Session, caller: Caller, payload: p.DebateArgumentCreate) -> None:
    proposal = _proposal_of_open_debate(session, str(payload.proposal_id))
    if session.get(DebateArgument, str(payload.id)) is not None:
        raise Rejected("id_conflict", f"debate argument {payload.id} already exists")
    session.add(DebateArgument(id=str(payload.id), proposal_id=proposal.id,
                               author_id=caller.user_id, side=payload.side,
                               body=payload.body, created_at=now(), seq=take_seq(session),
                               deleted=False))
    session.flush()


def endorse(session: Session, caller: Caller, payload: p.DebateEndorse) -> None:
    """Endorse or withdraw. Saying again what is already so changes nothing (no new seq):
    a second device of the same person sends the same id and finds the same row."""
    proposal = _proposal_of_open_debate(session, str(payload.proposal_id))
    expected = p.debate_endorsement_id(proposal.id, caller.user_id)
    if str(payload.id) != expected:
        raise Rejected("id_conflict", f"endorsement id {payload.id} is not the one of "
                                      f"proposal {proposal.id} and this account")
    row = session.get(DebateEndorsement, expected)
    if payload.endorsed:
        if row is None:
            session.add(DebateEndorsement(id=expected, proposal_id=proposal.id,
                                          user_id=caller.user_id, created_at=now(),
                                          seq=take_seq(session), deleted=False))
        elif row.deleted:
            row.deleted, row.created_at, row.seq = False, now(), take_seq(session)
    elif row is not None and not row.deleted:
        row.deleted, row.seq = True, take_seq(session)
    session.flush()


def _period_utc(moment: datetime) -> datetime:
    moment = aware(moment)
    if not 2000 <= moment.year <= 2100:   # (also keeps astimezone from overflowing)
        raise Rejected("invalid_period", f"a debate date in {moment.year}")
    return moment.astimezone(timezone.utc)


def debate_create(session: Session, caller: Caller, payload: p.DebateCreate) -> None:
    """A debate opened from the app: its slug is its id (the command line names its own)."""
    if caller.role not in MODERATORS:
        raise Rejected("not_allowed", "only facilitators and administrators open debates")
    if session.get(Debate, str(payload.id)) is not None:
        raise Rejected("id_conflict", f"debate {payload.id} already exists")
    opens_at, closes_at = _period_utc(payload.opens_at), _period_utc(payload.closes_at)
    if closes_at <= opens_at:
        raise Rejected("invalid_period", "a debate must close after it opens")
    if closes_at <= now():
        raise Rejected("debate_closed", f"debate {payload.id} would close in the past")
    session.add(Debate(id=str(payload.id), slug=str(payload.id), question=payload.question,
                       description=payload.description, opens_at=opens_at,
                       closes_at=closes_at, created_at=now(), synthesis="", result_title="",
                       result_body="", seq=take_seq(session), deleted=False))
    session.flush()


def publish(session: Session, caller: Caller, payload: p.DebatePublish) -> None:
    if caller.role not in MODERATORS:
        raise Rejected("not_allowed", "only facilitators and administrators publish")
    debate = session.get(Debate, str(payload.debate_id))
    if debate is None or debate.deleted:
        raise Rejected("debate_not_found", f"no debate {payload.debate_id}")
    if now() < aware(debate.closes_at):
        raise Rejected("debate_still_open", f"debate {debate.slug} closes at "
                                            f"{_iso(debate.closes_at)}")
    _publish(session, debate, synthesis=payload.synthesis, title=payload.title,
             body=payload.body, user_id=caller.user_id)


def _publish(session: Session, debate: Debate, *, synthesis: str, title: str, body: str,
             user_id: str) -> None:
    debate.synthesis, debate.result_title, debate.result_body = synthesis, title, body
    debate.published_at, debate.published_by = now(), user_id
    debate.seq = take_seq(session)
    session.flush()
    log.info("debate %s: proposal published by %s", debate.slug, user_id)


# ---- moderation (command line) --------------------------------------------------------------

def create_debate(session: Session, *, slug: str, question: str, description: str = "",
                  opens_at: datetime, closes_at: datetime) -> Debate:
    """Create a debate, or update its question, description and period (by slug)."""
    slug, question = slug.strip().lower(), question.strip()
    if not slug or not question:
        raise DebateError("a debate needs a slug and a question")
    if len(question) > p.MAX_TITLE_CHARS:
        raise DebateError(f"the question is longer than {p.MAX_TITLE_CHARS} characters")
    # In UTC: SQLite keeps no zone, and readers take what it gives back as UTC.
    opens_at = aware(opens_at).astimezone(timezone.utc)
    closes_at = aware(closes_at).astimezone(timezone.utc)
    if closes_at <= opens_at:
        raise DebateError("a debate must close after it opens")
    debate = session.get(Debate, debate_id_for_slug(slug))
    if debate is None:
        debate = Debate(id=debate_id_for_slug(slug), slug=slug, question=question,
                        description=description, opens_at=opens_at, closes_at=closes_at,
                        created_at=now(), synthesis="", result_title="", result_body="",
                        seq=take_seq(session), deleted=False)
        session.add(debate)
    else:
        debate.question, debate.description = question, description
        debate.opens_at, debate.closes_at, debate.deleted = opens_at, closes_at, False
        debate.seq = take_seq(session)
    session.flush()
    return debate


def get_debate(session: Session, slug: str) -> Debate:
    debate = session.scalar(select(Debate).where(Debate.slug == slug.strip().lower(),
                                                 Debate.deleted.is_(False)))
    if debate is None:
        raise DebateError(f"no debate {slug!r}")
    return debate


def close_debate(session: Session, *, slug: str) -> Debate:
    """Close a debate now (if it is still open): from here on it refuses new entries."""
    debate = get_debate(session, slug)
    moment = now()
    if aware(debate.closes_at) > moment:
        debate.closes_at = moment
        if aware(debate.opens_at) > moment:
            debate.opens_at = moment
        debate.seq = take_seq(session)
        session.flush()
        log.info("debate %s closed by a moderator", debate.slug)
    return debate


def publish_result(session: Session, *, slug: str, synthesis: str, title: str, body: str,
                   moderator: str) -> Debate:
    """Publish the synthesis and the resulting proposal of a closed debate."""
    debate = get_debate(session, slug)
    if is_open(debate) or aware(debate.opens_at) > now():
        raise DebateError(f"debate {debate.slug} is not closed yet (it closes at "
                          f"{_iso(debate.closes_at)}); close it first")
    synthesis, title, body = synthesis.strip(), title.strip(), body.strip()
    if not synthesis or not title or not body:
        raise DebateError("publishing needs the synthesis, a title and the proposal's text")
    if len(title) > p.MAX_TITLE_CHARS:
        raise DebateError(f"the title is longer than {p.MAX_TITLE_CHARS} characters")
    user = session.scalar(select(User).where(User.username == moderator.strip().lower()))
    if user is None or user.deleted or user.role not in MODERATORS:
        raise DebateError(f"{moderator!r} is not a facilitator or administrator")
    _publish(session, debate, synthesis=synthesis, title=title, body=body, user_id=user.id)
    return debate


def endorsement_count(session: Session, proposal_id: str) -> int:
    return len(session.scalars(select(DebateEndorsement.id).where(
        DebateEndorsement.proposal_id == proposal_id,
        DebateEndorsement.deleted.is_(False))).all())


def list_debates(session: Session) -> list[Debate]:
    return list(session.scalars(select(Debate).where(Debate.deleted.is_(False))
                                .order_by(Debate.closes_at.desc())))


def list_proposals(session: Session, debate_id: str) -> list[DebateProposal]:
    return list(session.scalars(select(DebateProposal).where(
        DebateProposal.debate_id == debate_id, DebateProposal.deleted.is_(False))
        .order_by(DebateProposal.seq)))


# ---- declarations ----------------------------------------------------------------------------

register(Entity("debate", Debate, lambda row: dict(
    slug=row.slug, question=row.question, description=row.description,
    opens_at=_iso(row.opens_at), closes_at=_iso(row.closes_at),
    created_at=_iso(row.created_at), synthesis=row.synthesis,
    result_title=row.result_title, result_body=row.result_body,
    published_at=_iso(row.published_at), published_by=row.published_by),
    ops={"debate.publish": publish, "debate.create": debate_create}))
register(Entity("debate_proposal", DebateProposal, lambda row: dict(
    debate_id=row.debate_id, author_id=row.author_id, title=row.title, body=row.body,
    created_at=_iso(row.created_at)),
    ops={"debate.proposal.create": proposal_create},
    moderation=Moderation(text=("title", "body"))))
register(Entity("debate_argument", DebateArgument, lambda row: dict(
    proposal_id=row.proposal_id, author_id=row.author_id, side=row.side, body=row.body,
    created_at=_iso(row.created_at)),
    ops={"debate.argument.create": argument_create}, moderation=Moderation()))
register(Entity("debate_endorsement", DebateEndorsement, lambda row: dict(
    proposal_id=row.proposal_id, user_id=row.user_id, created_at=_iso(row.created_at)),
    ops={"debate.endorse": endorse}))
