"""Which network this profile belongs to, as its server said at sign-in: its id and the
public key its content packs are signed with (DESIGN.md, Trust). No Qt, nothing heavy."""
from __future__ import annotations

from app.store import meta
from sync import protocol as p

NETWORK_ID_KEY = "network_id"
NETWORK_KEY_KEY = "network_key"


def remember_network(session, identity: p.NetworkIdentity | None) -> None:
    """At sign-in: the server says which network it is and how its packs are signed."""
    if identity is not None:
        meta.put(session, NETWORK_ID_KEY, str(identity.id))
        meta.put(session, NETWORK_KEY_KEY, identity.public_key)
