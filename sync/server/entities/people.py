"""Member profiles as they travel: every signed-in member receives every profile."""
from __future__ import annotations

from sync.server.models import User
from sync.server.registry import Entity, register


def _record(row) -> dict:
    return dict(username=row.username, display_name=row.display_name, role=row.role,
                region=row.region, institution=row.institution, position=row.position,
                gender=row.gender)


register(Entity("user", User, _record))
