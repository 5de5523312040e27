"""Member profiles in the replica; this account's own role follows the server's."""
from __future__ import annotations

import logging

from sqlalchemy import delete

from app.store import meta
from app.store.models import Person, Proposal
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


register(LocalEntity("user", Person, before_upsert=_my_role))
