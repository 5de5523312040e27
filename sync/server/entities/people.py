"""Members as they travel: the account (name, role, position, region) to every member, and
each member's own profile, whose private fields reach only that member's own devices.

What a member keeps private (not in their `shared`) is left out of the record at the wire:
another member's device receives an empty text in its place, never the value. The server
keeps every value, so the network's statistics (counted on the server) still see it.
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync import protocol as p
from sync.server.accounts import now
from sync.server.models import MemberProfile, User
from sync.server.registry import Caller, Entity, Rejected, register
from sync.server.seq import take_seq


def shared_fields(value: str | None) -> frozenset[str]:
    """A stored `shared` as the set of fields others see (no profile yet: the default)."""
    if value is None:
        return frozenset(p.DEFAULT_SHARED)
    return frozenset(f for f in value.split(",") if f in p.SHAREABLE)


def _user_record(row, caller: Caller | None) -> dict:
    mine = caller is not None and caller.user_id == row.id
    shared = shared_fields(getattr(row, "profile_shared", None))
    return dict(username=row.username, display_name=row.display_name, role=row.role,
                region=row.region, position=row.position,
                institution=row.institution if mine or "institution" in shared else "",
                gender=row.gender if mine or "gender" in shared else "")


def _users_with_sharing():
    """The users' rows with what each shares (a member who never saved a profile has no
    row in member_profiles: the default applies)."""
    users, profiles = User.__table__, MemberProfile.__table__
    return (select(users, profiles.c.shared.label("profile_shared"))
            .select_from(users.outerjoin(profiles, profiles.c.id == users.c.id)))


def _profile_record(row, caller: Caller | None) -> dict:
    mine = caller is not None and caller.user_id == row.id
    shared = shared_fields(row.shared)
    record = dict(user_id=row.id, version=row.version,
                  updated_at=row.updated_at.isoformat() if row.updated_at else None)
    for name in ("presentation", "phone", "email"):
        record[name] = getattr(row, name) if mine or name in shared else ""
    # Which fields are shared is the owner's setting, shown in their editor; others need
    # only the values they may see.
    record["shared"] = sorted(shared) if mine else []
    return record


# ---- the op -------------------------------------------------------------------------------

def _allowed(value: str, allowed: tuple[str, ...], current: str, what: str) -> str:
    """A value from the list, or the one the account already has (an older account's
    position typed by an administrator may be kept, not chosen anew)."""
    if value and value not in allowed and value != current:
        raise Rejected("invalid_profile", f"{what} {value[:40]!r} is not one of the list")
    return value


def profile_update(session: Session, caller: Caller, payload: p.ProfileUpdate) -> None:
    user = session.get(User, caller.user_id)
    if user is None or user.deleted or user.removed_at is not None:
        raise Rejected("user_not_found", f"no member {caller.user_id}")
    profile = session.get(MemberProfile, user.id)
    version = profile.version if profile is not None else 0
    if payload.base_version < version:
        # Contract point 6: the server's version wins; the device keeps this edit visible
        # for the member to look at and save again on the newer profile.
        raise Rejected("profile_conflict", f"profile edit on version {payload.base_version}, "
                                           f"the server has version {version}")
    user.position = _allowed(payload.position, p.POSITIONS, user.position, "position")
    user.region = _allowed(payload.region, p.REGIONS, user.region, "region")
    user.institution = payload.institution
    user.gender = payload.gender
    user.seq = take_seq(session)
    if profile is None:
        profile = MemberProfile(id=user.id, deleted=False)
        session.add(profile)
    profile.presentation = payload.presentation
    profile.phone = payload.phone
    profile.email = payload.email
    profile.shared = ",".join(f for f in p.SHAREABLE if f in set(payload.shared))
    profile.version = version + 1
    profile.updated_at = now()
    profile.seq = take_seq(session)


def set_profile(session: Session, user: User, *, presentation: str = "", phone: str = "",
                email: str = "", shared=p.DEFAULT_SHARED) -> MemberProfile:
    """A member's profile written by the server itself (the demo), as if they had saved it."""
    profile = session.get(MemberProfile, user.id) or MemberProfile(id=user.id, deleted=False,
                                                                   version=0)
    profile.presentation, profile.phone, profile.email = presentation, phone, email
    profile.shared = ",".join(f for f in p.SHAREABLE if f in set(shared))
    profile.version = (profile.version or 0) + 1
    profile.updated_at = now()
    profile.seq = take_seq(session)
    session.add(profile)
    user.seq = take_seq(session)   # what others see of the account follows the new sharing
    return profile


# ---- declarations ---------------------------------------------------------------------------

register(Entity("user", User, lambda row: _user_record(row, None),
                record_for=_user_record, source=_users_with_sharing))
register(Entity("member_profile", MemberProfile, lambda row: _profile_record(row, None),
                record_for=_profile_record, ops={"profile.update": profile_update}))
