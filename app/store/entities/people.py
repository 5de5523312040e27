"""Members in the replica: the accounts (with their names folded for the directory's
search), each member's profile as the server sent it, this account's own edit on its way;
this account's own role follows the server's."""
from __future__ import annotations

import json
import logging
import unicodedata

from sqlalchemy import delete

from app.store import meta
from app.store.models import REJECTED, MemberProfile, Person, Proposal
from app.store.registry import LocalEntity, register

log = logging.getLogger(__name__)


def _my_role(session, users: list[dict], page) -> None:
    """This person's role changed on the server (`minka-server user role`): what the app
    offers follows it. No longer a moderator: other members' proposals leave this copy."""
    me = meta.get(session, "user_id")
    for row in users:
        if row["id"] != me or not row.get("role") or row["role"] == meta.get(session, "role"):
            continue
        log.info("this account's role changed to %s", row["role"])
        meta.put(session, "role", row["role"])
        if row["role"] not in ("facilitator", "admin"):
            session.execute(delete(Proposal).where(Proposal.proposer_id != me))


def fold(text: str) -> str:
    """Text as the directory's search compares it: no accents, no case ("Núñez" → "nunez")."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()[:200]


def _profile_marked(session, payload, state, code) -> None:
    """This person's edit answered. Accepted: its values are the profile now (the server's
    record arrives in this answer or the next and says the same) and, if no later edit is
    on its way, the draft is done. Refused: the draft stays, with the reason, for the
    person to see, fix and save again (contract point 4)."""
    me = meta.get(session, "user_id")
    row = session.get(MemberProfile, me) if me else None
    if row is None or row.draft is None:
        return
    latest = json.loads(row.draft) == payload.model_dump(mode="json")
    if state == REJECTED:
        if latest:
            # The next save builds on the server's version (a refusal for a conflict
            # brings the newer profile in this same sync).
            row.draft_state, row.reject_code, row.draft_base = REJECTED, code, None
        return
    person = session.get(Person, me)
    if person is not None:
        person.position, person.region = payload.position, payload.region
        person.institution, person.gender = payload.institution, payload.gender
    row.presentation, row.phone, row.email = payload.presentation, payload.phone, payload.email
    row.shared = json.dumps(list(payload.shared))
    row.version = max(row.version, payload.base_version + 1)
    if latest:
        row.draft = row.draft_state = row.reject_code = row.draft_base = None


register(LocalEntity("user", Person, before_upsert=_my_role,
                     arrives=lambda row: dict(name_key=fold(row.get("display_name", "")))))
register(LocalEntity("member_profile", MemberProfile,
                     keep=frozenset({"draft", "draft_state", "draft_base", "reject_code"}),
                     marks={"profile.update": _profile_marked}))
