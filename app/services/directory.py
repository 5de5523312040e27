"""The member directory and this person's own profile: members listed a page at a time,
found by name without minding accents, filtered by region and position; the profile
edited offline, queued, and shown pending (or refused, with the edit kept) until the
server answers."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timezone

from pydantic import ValidationError
from sqlalchemy import func, select

from app.services.errors import UserError
from app.services.forums import _me, _queue
from app.store.db import Store
from app.store.entities.people import fold
from app.store.models import PENDING, SYNCED, MemberProfile, Person
from sync import protocol as p

log = logging.getLogger(__name__)

REGIONS = p.REGIONS
POSITIONS = p.POSITIONS
GENDERS = p.GENDERS
SHAREABLE = p.SHAREABLE
MAX_INSTITUTION_CHARS = p.MAX_INSTITUTION_CHARS
MAX_PHONE_CHARS = p.MAX_PHONE_CHARS
MAX_EMAIL_CHARS = p.MAX_EMAIL_CHARS
# The account of a member removed from the network (`minka-server user remove`) stays,
# anonymous, under this name pattern: not a member to list.
_REMOVED = "retirada-%"


@dataclass(frozen=True)
class MemberItem:
    id: str
    display_name: str
    position: str
    region: str
    institution: str


@dataclass(frozen=True)
class MemberCard:
    """What this person may see of a member (another member's private fields come empty
    from the server)."""
    id: str
    display_name: str
    role: str
    position: str
    region: str
    institution: str
    gender: str
    presentation: str
    phone: str
    email: str
    is_me: bool
    # This person's own card: what they share (their computer holds all of it, and the
    # card shows them what the others see). Another member's: empty.
    shared: frozenset[str] = frozenset()


@dataclass(frozen=True)
class MyProfile:
    """This person's profile as the editor shows it: the edit on its way if there is one
    (state PENDING, or REJECTED with the server's code), else what the server has."""
    display_name: str
    position: str
    region: str
    institution: str
    presentation: str
    phone: str
    email: str
    gender: str
    shared: frozenset[str]
    state: str
    reject_code: str | None


def _members(text: str, region: str, position: str):
    query = select(Person).where(Person.username.not_like(_REMOVED))
    folded = fold(text.strip())
    if folded:
        query = query.where(Person.name_key.contains(folded, autoescape=True))
    if region:
        query = query.where(Person.region == region)
    if position:
        query = query.where(Person.position == position)
    return query


def count_members(store: Store, text: str = "", region: str = "", position: str = "") -> int:
    with store.session() as s:
        query = _members(text, region, position).with_only_columns(func.count())
        return s.scalar(query) or 0


def list_members(store: Store, offset: int, limit: int, text: str = "", region: str = "",
                 position: str = "") -> list[MemberItem]:
    """One page of members by name (the folded name: "Ñahui" sorts with "Nahui")."""
    with store.session() as s:
        rows = s.scalars(_members(text, region, position)
                         .order_by(Person.name_key, Person.id).offset(offset).limit(limit))
        return [MemberItem(r.id, r.display_name, r.position, r.region, r.institution)
                for r in rows]


def _in_use(store: Store, column, known: tuple[str, ...]) -> list[str]:
    """The list's values, then any other value members hold (an older account's typed
    position), so a filter can find every member."""
    with store.session() as s:
        held = set(s.scalars(select(column).where(column != "").distinct()))
    return list(known) + sorted(held - set(known), key=fold)


def regions_in_use(store: Store) -> list[str]:
    return _in_use(store, Person.region, REGIONS)


def positions_in_use(store: Store) -> list[str]:
    return _in_use(store, Person.position, POSITIONS)


def member_card(store: Store, user_id: str) -> MemberCard | None:
    with store.session() as s:
        person = s.get(Person, str(user_id))
        if person is None:
            return None
        profile = s.get(MemberProfile, person.id)
        is_me = person.id == _me(s)
        shared = frozenset()
        if is_me:
            shared = (frozenset(json.loads(profile.shared)) if profile is not None
                      else frozenset(p.DEFAULT_SHARED))
        return MemberCard(person.id, person.display_name, person.role, person.position,
                          person.region, person.institution, person.gender,
                          profile.presentation if profile else "",
                          profile.phone if profile else "", profile.email if profile else "",
                          is_me=is_me, shared=shared)


def my_profile(store: Store) -> MyProfile:
    with store.session() as s:
        me = _me(s)
        person = s.get(Person, me)
        profile = s.get(MemberProfile, me)
        name = person.display_name if person else ""
        if profile is not None and profile.draft:
            d = json.loads(profile.draft)
            return MyProfile(name, d["position"], d["region"], d["institution"],
                             d["presentation"], d["phone"], d["email"], d["gender"],
                             frozenset(d["shared"]), profile.draft_state or PENDING,
                             profile.reject_code)
        shared = (frozenset(json.loads(profile.shared)) if profile is not None
                  else frozenset(p.DEFAULT_SHARED))
        return MyProfile(name, person.position if person else "",
                         person.region if person else "",
                         person.institution if person else "",
                         profile.presentation if profile else "",
                         profile.phone if profile else "", profile.email if profile else "",
                         person.gender if person else "", shared, SYNCED, None)


def _checked(payload_fields: dict) -> p.ProfileUpdate:
    try:
        return p.ProfileUpdate(**payload_fields)
    except ValidationError as exc:
        error = exc.errors()[0]
        where, kind = error["loc"][0], error["type"]
        if kind == "string_too_long":
            raise UserError(f"too_long_{where}") from None
        raise UserError(f"invalid_{where}", str(exc)) from None


def save_profile(store: Store, *, position: str, region: str, institution: str,
                 presentation: str, phone: str, email: str, gender: str,
                 shared) -> None:
    """Save this person's profile offline: the edit is kept as the draft (shown pending)
    and queued, in one transaction. The server checks it again (contract point 6: it
    refuses an edit made on an older version than its own)."""
    now = datetime.now(timezone.utc)
    with store.session() as s, s.begin():
        me = _me(s)
        person = s.get(Person, me)
        profile = s.get(MemberProfile, me)
        current_position = person.position if person else ""
        current_region = person.region if person else ""
        position, region = position.strip(), region.strip()
        if position and position not in POSITIONS and position != current_position:
            raise UserError("invalid_position")
        if region and region not in REGIONS and region != current_region:
            raise UserError("invalid_region")
        if profile is None:
            profile = MemberProfile(id=me, user_id=me, version=0, shared=json.dumps(
                list(p.DEFAULT_SHARED)))
            s.add(profile)
        # An edit saved while another is still on its way builds on that one: the server
        # will have applied it (one more version) by the time this one arrives.
        base = profile.draft_base if profile.draft_base is not None else profile.version
        payload = _checked(dict(
            base_version=base, position=position, region=region, institution=institution,
            presentation=presentation, phone=phone, email=email, gender=gender,
            shared=[f for f in SHAREABLE if f in set(shared)]))
        _queue(s, "profile.update", payload, now)
        profile.draft = json.dumps(payload.model_dump(mode="json"), ensure_ascii=False)
        profile.draft_state, profile.reject_code = PENDING, None
        profile.draft_base = base + 1
        log.info("profile edit queued on version %d", base)


def discard_draft(store: Store) -> None:
    """Forget a refused edit: the editor shows the server's profile again."""
    with store.session() as s, s.begin():
        profile = s.get(MemberProfile, _me(s))
        if profile is not None and profile.draft_state != PENDING:
            profile.draft = profile.draft_state = profile.reject_code = None
            profile.draft_base = None
