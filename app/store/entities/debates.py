"""Debates in the replica: the network's debates, their proposals, arguments and
endorsements, the local state of what this person wrote, and an endorsement withdrawn or
given offline (the row stays, `active` saying what this computer shows, until the server
answers)."""
from __future__ import annotations

from sqlalchemy import delete, select, update

from app.store import meta
from app.store.entities.common import WRITTEN_HERE, set_state
from app.store.models import (PENDING, REJECTED, SYNCED, Debate, DebateArgument,
                              DebateEndorsement, DebateProposal)
from app.store.registry import LocalEntity, register


def _debate_removed(session, ids: list[str], page) -> None:
    proposals = select(DebateProposal.id).where(DebateProposal.debate_id.in_(ids))
    session.execute(delete(DebateArgument).where(DebateArgument.proposal_id.in_(proposals)))
    session.execute(delete(DebateEndorsement)
                    .where(DebateEndorsement.proposal_id.in_(proposals)))
    session.execute(delete(DebateProposal).where(DebateProposal.debate_id.in_(ids)))


def _mark_proposal(session, payload, state, code) -> None:
    set_state(session, DebateProposal, payload.id, state=state, reject_code=code)


def _mark_argument(session, payload, state, code) -> None:
    set_state(session, DebateArgument, payload.id, state=state, reject_code=code)


def _mark_endorsement(session, payload, state, code) -> None:
    """Accepted: the row is what the server now holds (a withdrawal leaves no row). Refused
    (the debate closed): the server kept what it had, the opposite of what was asked."""
    row_id = str(payload.id)
    if state == REJECTED:
        session.execute(update(DebateEndorsement).where(DebateEndorsement.id == row_id)
                        .values(active=not payload.endorsed, state=REJECTED,
                                reject_code=code))
    elif payload.endorsed:
        set_state(session, DebateEndorsement, row_id, state=SYNCED, reject_code=None)
    else:
        session.execute(delete(DebateEndorsement).where(DebateEndorsement.id == row_id,
                                                        DebateEndorsement.state == PENDING,
                                                        DebateEndorsement.active.is_(False)))


def publish_keys(debate_id: str) -> tuple[str, str]:
    """Where a moderator's synthesis waits (a draft) and where a refusal of it is noted."""
    return f"draft:debate-publish:{debate_id}", f"refused:debate-publish:{debate_id}"


def _mark_publish(session, payload, state, code) -> None:
    """Published: the text now comes back as the debate's. Refused: it stays as the draft,
    with the reason beside it (contract point 4)."""
    draft, refused = publish_keys(str(payload.debate_id))
    if state == REJECTED:
        meta.put(session, refused, code or "not_allowed")
    else:
        meta.put(session, draft, None)
        meta.put(session, refused, None)


def _mark_debate(session, payload, state, code) -> None:
    set_state(session, Debate, payload.id, state=state, reject_code=code)


register(LocalEntity("debate", Debate, after_delete=_debate_removed,
                     arrives=lambda row: dict(state=SYNCED, reject_code=None),
                     marks={"debate.publish": _mark_publish,
                            "debate.create": _mark_debate}))
register(LocalEntity(
    "debate_proposal", DebateProposal, keep=WRITTEN_HERE, written_here=WRITTEN_HERE,
    arrives=lambda row: dict(state=SYNCED, reject_code=None),
    marks={"debate.proposal.create": _mark_proposal}))
register(LocalEntity(
    "debate_argument", DebateArgument, keep=WRITTEN_HERE, written_here=WRITTEN_HERE,
    arrives=lambda row: dict(state=SYNCED, reject_code=None),
    marks={"debate.argument.create": _mark_argument}))
register(LocalEntity(
    "debate_endorsement", DebateEndorsement,
    arrives=lambda row: dict(active=True, state=SYNCED, reject_code=None),
    # A change of mind made here and not yet answered is what this person sees.
    unless_pending=lambda table: table.c.state != PENDING,
    marks={"debate.endorse": _mark_endorsement}))
