"""Accounts and devices: Argon2 password hashes, the password policy, per-device tokens
that expire when idle, disabled and removed accounts, the sign-in rate limit, the audit log."""
from __future__ import annotations

import hashlib
import logging
import math
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError, VerificationError
from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sync.server.models import AuditEntry, Device, MemberProfile, SigninFailures, User
from sync.server.seq import take_seq

log = logging.getLogger(__name__)

ROLES = ("participant", "facilitator", "admin")
_hasher = PasswordHasher()
# Verifying against this when the user does not exist keeps sign-in time the same, so
# timing does not tell which usernames exist.
_DUMMY_HASH = _hasher.hash("minka-dummy-password")


class AccountError(ValueError):
    pass


def now() -> datetime:
    return datetime.now(timezone.utc)


def aware(when: datetime | None) -> datetime | None:
    """SQLite gives datetimes back without their zone; they were stored in UTC."""
    if when is not None and when.tzinfo is None:
        return when.replace(tzinfo=timezone.utc)
    return when


# ---- passwords ----------------------------------------------------------------------
# NIST SP 800-63B: a minimum length and a list of passwords attackers try first, and no
# composition rules (they make people write passwords down, not choose better ones).
MIN_PASSWORD_CHARS = 8
_TRAILING = "0123456789!.*#@$-_ "


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    text = Path(__file__).with_name("common_passwords.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def check_password(password: str, username: str = "") -> None:
    """Refuse a password that is short, common (also with digits or a year added, as in
    'peru2024'), or the username itself. Raises AccountError saying which."""
    if len(password) < MIN_PASSWORD_CHARS:
        raise AccountError(f"password must have at least {MIN_PASSWORD_CHARS} characters")
    folded = password.strip().lower()
    forms = {folded, folded.rstrip(_TRAILING), folded.lstrip(_TRAILING),
             folded.strip(_TRAILING)}
    if any(form in common_passwords() for form in forms if form):
        raise AccountError("password is too common (it is on the list attackers try "
                           "first); choose another, a short sentence is easy to remember")
    name = username.strip().lower()
    if name and (folded == name or folded.rstrip(_TRAILING) == name):
        raise AccountError("password must not be the username")
    if len(set(folded)) <= 2:
        raise AccountError("password is too simple (one or two characters repeated)")


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def add_user(session: Session, *, username: str, display_name: str, password: str,
             role: str = "participant", region: str = "", institution: str = "",
             position: str = "", gender: str = "", user_id: str | None = None,
             password_hash: str | None = None) -> User:
    """`password_hash`: a hash made once for many accounts (the demo's), or one no
    password matches ("!…": the demo's members who never sign in); `password` unused."""
    username = username.strip().lower()
    if not username:
        raise AccountError("username is empty")
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}")
    if password_hash is None:
        check_password(password, username)
        password_hash = _hasher.hash(password)
    if session.scalar(select(User).where(User.username == username)):
        raise AccountError(f"user {username!r} already exists")
    user = User(id=user_id or str(uuid.uuid4()), username=username,
                display_name=display_name.strip() or username,
                password_hash=password_hash, role=role, region=region,
                institution=institution, position=position, gender=gender,
                created_at=now(), seq=take_seq(session))
    session.add(user)
    return user


MODERATOR_ROLES = ("facilitator", "admin")


def set_role(session: Session, *, username: str, role: str, actor: str) -> User:
    """Change what a person may do. Everyone learns the new role at the next sync; a new
    moderator also receives the repository's proposals made before (they are stamped with
    new seqs, below that person's cursor otherwise)."""
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}")
    user = session.scalar(select(User).where(User.username == username.strip().lower(),
                                             User.deleted.is_(False)))
    if user is None:
        raise AccountError(f"no user {username!r}")
    if user.role == role:
        return user
    audit(session, actor=actor, action="user.role", target=user.username,
          detail=f"{user.role} -> {role}")
    became_moderator = role in MODERATOR_ROLES and user.role not in MODERATOR_ROLES
    user.role, user.seq = role, take_seq(session)
    if became_moderator:
        from sync.server.models import Proposal
        ids = session.scalars(select(Proposal.id).order_by(Proposal.seq)).all()
        if ids:
            first = take_seq(session, len(ids))
            for offset, proposal_id in enumerate(ids):
                session.execute(update(Proposal).where(Proposal.id == proposal_id)
                                .values(seq=first + offset))
    session.flush()
    return user


def find_user(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username.strip().lower(),
                                             User.deleted.is_(False),
                                             User.removed_at.is_(None)))
    if user is None:
        raise AccountError(f"no user {username!r}")
    return user


def authenticate(session: Session, username: str, password: str) -> User | None:
    """The account if the password is its own (disabled ones too: the caller says so only
    to someone who knows the password)."""
    user = session.scalar(select(User).where(User.username == username.strip().lower(),
                                             User.deleted.is_(False)))
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    return user


def register_device(session: Session, user: User, name: str,
                    device_id: str | None = None) -> tuple[Device, str, bool]:
    """A token for `user` on a device; returns the device, its token (shown once, stored
    hashed) and whether the device is one it already had.

    Signing in again on the same computer (an expired token, a password changed) names
    the device it had: that row gets a new token instead of a new row beside it, as long
    as it is this account's and was not revoked (a revoked device stays revoked)."""
    token = secrets.token_urlsafe(32)
    if device_id:
        device = session.get(Device, device_id)
        if device is not None and device.user_id == user.id and device.revoked_at is None:
            device.token_hash = token_hash(token)
            device.name = name[:200] or device.name
            device.last_seen_at = now()
            return device, token, True
    # A device id the server has never seen is the client's own choice (a computer
    # enrolled offline names itself before any sync): kept, so that the outbox it may still
    # have on a drive, naming that id, is this device's. Anyone else's id gets a new one.
    fresh = device_id if device_id and session.get(Device, device_id) is None else None
    device = Device(id=fresh or str(uuid.uuid4()), user_id=user.id, name=name[:200],
                    token_hash=token_hash(token), created_at=now(), last_seen_at=now())
    session.add(device)
    return device, token, False


def device_for_token(session: Session, token: str) -> Device | None:
    device = session.scalar(select(Device).where(Device.token_hash == token_hash(token)))
    if device is None or device.revoked_at is not None:
        return None
    return device


@dataclass(frozen=True)
class Refused(Exception):
    """Why a request or a sign-in is refused: an HTTP status and a code for the client."""
    status: int
    code: str
    message: str


DEFAULT_TOKEN_IDLE_DAYS = 90
# Recording every request's time made every quiet sync a write; to the hour is enough to
# tell an idle device and to expire a token after months.
LAST_SEEN_GRAIN = timedelta(hours=1)


def check_token(session: Session, token: str, *, idle_days: float = DEFAULT_TOKEN_IDLE_DAYS,
                at: datetime | None = None) -> tuple[Device, User]:
    """The device and account of a token, or Refused: unknown or revoked (401
    invalid_token), unused for longer than `idle_days` (401 token_expired), or the
    account disabled (403 account_disabled). Reads only."""
    at = at or now()
    device = device_for_token(session, token)
    if device is None:
        raise Refused(401, "invalid_token", "token unknown or revoked")
    user = session.get(User, device.user_id)
    if user is None or user.deleted or user.removed_at is not None:
        raise Refused(401, "invalid_token", "account no longer exists")
    if user.disabled_at is not None:
        raise Refused(403, "account_disabled", "this account is disabled")
    seen = aware(device.last_seen_at) or aware(device.created_at)
    if idle_days > 0 and at - seen > timedelta(days=idle_days):
        raise Refused(401, "token_expired",
                      f"token unused for more than {idle_days:g} days; sign in again")
    return device, user


def last_seen_is_stale(device: Device, at: datetime | None = None) -> bool:
    return seen_is_stale(aware(device.last_seen_at), at)


def seen_is_stale(seen: datetime | None, at: datetime | None = None) -> bool:
    """True if a last-seen time is due for a write (LAST_SEEN_GRAIN)."""
    return seen is None or (at or now()) - seen >= LAST_SEEN_GRAIN


def idle_too_long(seen: datetime | None, idle_days: float, at: datetime | None = None
                  ) -> bool:
    """True if a token last used at `seen` has expired (check_token's rule)."""
    return (idle_days > 0 and seen is not None
            and (at or now()) - seen > timedelta(days=idle_days))


def record_seen(session: Session, device_id: str, at: datetime | None = None) -> None:
    """Move a device's last-seen time forward, at most once per LAST_SEEN_GRAIN (the
    condition is in the UPDATE, so workers racing on one device write it once)."""
    at = at or now()
    session.execute(update(Device).where(
        Device.id == device_id,
        (Device.last_seen_at.is_(None)) | (Device.last_seen_at < at - LAST_SEEN_GRAIN))
        .values(last_seen_at=at))


def revoke_devices(session: Session, *, username: str, device_id: str | None = None,
                   actor: str) -> int:
    """Revoke one device of a user, or all of them; returns how many were revoked."""
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None:
        raise AccountError(f"no user {username!r}")
    count = _revoke_all(session, user, device_id)
    if count:
        audit(session, actor=actor, action="device.revoke", target=user.username,
              detail=f"device {device_id}" if device_id else f"{count} device(s)")
    return count


def _revoke_all(session: Session, user: User, device_id: str | None = None) -> int:
    query = select(Device).where(Device.user_id == user.id, Device.revoked_at.is_(None))
    if device_id:
        query = query.where(Device.id == device_id)
    devices = session.scalars(query).all()
    for device in devices:
        device.revoked_at = now()
    return len(devices)


# ---- locking an account ---------------------------------------------------------------

def set_password(session: Session, *, username: str, password: str, actor: str,
                 sign_out: bool = True) -> tuple[User, int]:
    """A new password, under the policy. By default every device is signed out too (the
    usual reason is a password someone else learnt); returns the user and how many devices
    were signed out."""
    user = find_user(session, username)
    check_password(password, user.username)
    user.password_hash = _hasher.hash(password)
    revoked = _revoke_all(session, user) if sign_out else 0
    audit(session, actor=actor, action="user.passwd", target=user.username,
          detail=f"{revoked} device(s) signed out")
    return user, revoked


def set_disabled(session: Session, *, username: str, disabled: bool, actor: str) -> User:
    """Lock an account (its tokens stop working at its next request; it cannot sign in) or
    unlock it. Nothing it wrote is touched, and its devices keep their tokens, so enabling
    it again lets them sync their pending work without signing in."""
    user = find_user(session, username)
    if disabled == (user.disabled_at is not None):
        return user
    user.disabled_at = now() if disabled else None
    audit(session, actor=actor, action="user.disable" if disabled else "user.enable",
          target=user.username)
    return user


REMOVED_NAME = "Persona retirada"


@dataclass
class Removal:
    """What removing an account did (or would do), for the administrator to read."""
    username: str = ""
    kept_public: dict[str, int] = field(default_factory=dict)
    deleted_private: dict[str, int] = field(default_factory=dict)
    devices: int = 0

    def summary(self) -> str:
        kept = ", ".join(f"{n} {k}" for k, n in self.kept_public.items() if n) or "nothing"
        gone = ", ".join(f"{n} {k}" for k, n in self.deleted_private.items() if n) or \
            "nothing"
        return (f"{self.username}: kept (shown as {REMOVED_NAME!r}): {kept}; deleted: {gone}; "
                f"{self.devices} device(s) signed out")


def remove_user(session: Session, *, username: str, actor: str) -> Removal:
    """Remove a person from the network (docs/decisions.md, "Removing an account").

    What they published for others (threads, posts, feedback, announcements, documents
    that were approved) stays: replies and discussions would lose their beginning
    otherwise. The account row stays too, anonymised, so those records keep an author
    every client can show, "Persona retirada", and the name can be used again. What was
    theirs alone (submissions with their feedback, lesson progress, course memberships,
    repository proposals, the files they uploaded but no record uses) is deleted, with
    tombstones so every copy drops it at the next sync. Devices are revoked."""
    from sync.server.models import (Announcement, BlobUpload, CourseMember, Feedback,
                                    LessonProgress, Post, Proposal, Submission, Thread)
    user = find_user(session, username)
    report = Removal(username=user.username, kept_public={}, deleted_private={})
    for label, model, column in (("threads", Thread, Thread.author_id),
                                 ("posts", Post, Post.author_id),
                                 ("feedback", Feedback, Feedback.author_id),
                                 ("announcements", Announcement, Announcement.author_id)):
        report.kept_public[label] = len(session.scalars(
            select(model.id).where(column == user.id, model.deleted.is_(False))).all())

    def tombstone(label, model, condition):
        ids = session.scalars(select(model.id).where(condition,
                                                     model.deleted.is_(False))).all()
        for record_id in ids:
            session.execute(update(model).where(model.id == record_id)
                            .values(deleted=True, seq=take_seq(session)))
        report.deleted_private[label] = len(ids)

    submissions = select(Submission.id).where(Submission.user_id == user.id)
    tombstone("feedback on submissions", Feedback, Feedback.submission_id.in_(submissions))
    tombstone("submissions", Submission, Submission.user_id == user.id)
    tombstone("lesson progress", LessonProgress, LessonProgress.user_id == user.id)
    tombstone("course memberships", CourseMember, CourseMember.user_id == user.id)
    tombstone("proposals", Proposal, Proposal.proposer_id == user.id)
    report.deleted_private["file uploads"] = session.execute(
        delete(BlobUpload).where(BlobUpload.user_id == user.id)).rowcount
    report.devices = _revoke_all(session, user)
    old_name = user.username
    user.username = f"retirada-{user.id[:8]}"
    user.display_name = REMOVED_NAME
    user.region = user.institution = user.position = user.gender = ""
    user.password_hash = "!removed"  # no Argon2 hash: nothing verifies against it
    user.disabled_at = user.disabled_at or now()
    user.removed_at = now()
    user.seq = take_seq(session)
    profile = session.get(MemberProfile, user.id)
    if profile is not None:  # what the person said of themselves goes with them
        profile.presentation = profile.phone = profile.email = ""
        profile.shared = ""
        profile.seq = take_seq(session)
    audit(session, actor=actor, action="user.remove", target=old_name,
          detail=report.summary())
    return report


# ---- the sign-in rate limit -----------------------------------------------------------
# Counted in the database, not in the process: several workers (and a restart) then see
# the same count. A window opens at the first failure; at the limit, sign-in for that
# account or address is refused (429, Retry-After) until the window ends. A success clears
# the account's count. Only failures write, so a person signing in costs nothing extra.

@dataclass(frozen=True)
class SigninLimits:
    per_account: int = 10      # a person who forgot the password tries a few times
    per_address: int = 100     # a UGEL office or internet point shares one address
    window: timedelta = timedelta(minutes=15)


def _keys(username: str, address: str) -> list[tuple[str, str]]:
    return [("account", "account:" + username.strip().lower()[:100]),
            ("address", "address:" + (address or "?")[:100])]


def signin_wait(session: Session, limits: SigninLimits, *, username: str, address: str,
                at: datetime | None = None) -> tuple[int, str] | None:
    """(seconds to wait, "account" or "address") if sign-in is refused now, else None."""
    at = at or now()
    worst = None
    for kind, key in _keys(username, address):
        row = session.get(SigninFailures, key)
        if row is None:
            continue
        ends = aware(row.window_start) + limits.window
        limit = limits.per_account if kind == "account" else limits.per_address
        if row.failures >= limit and ends > at:
            seconds = max(1, math.ceil((ends - at).total_seconds()))
            if worst is None or seconds > worst[0]:
                worst = (seconds, kind)
    return worst


def record_signin_failure(session: Session, limits: SigninLimits, *, username: str,
                          address: str, at: datetime | None = None) -> None:
    at = at or now()
    for _kind, key in _keys(username, address):
        row = session.get(SigninFailures, key, with_for_update=True)
        if row is None:
            try:
                with session.begin_nested():
                    session.add(SigninFailures(key=key, window_start=at, failures=1))
            except IntegrityError:  # another worker counted the first failure just now
                session.execute(update(SigninFailures).where(SigninFailures.key == key)
                                .values(failures=SigninFailures.failures + 1))
        elif aware(row.window_start) + limits.window <= at:
            row.window_start, row.failures = at, 1
        else:
            session.execute(update(SigninFailures).where(SigninFailures.key == key)
                            .values(failures=SigninFailures.failures + 1))


def clear_signin_failures(session: Session, *, username: str) -> None:
    key = _keys(username, "")[0][1]
    if session.get(SigninFailures, key) is not None:
        session.execute(delete(SigninFailures).where(SigninFailures.key == key))


# ---- the audit log --------------------------------------------------------------------

def audit(session: Session, *, actor: str, action: str, target: str = "",
          detail: str = "") -> None:
    session.add(AuditEntry(at=now(), actor=actor[:200], action=action, target=target[:200],
                           detail=detail))
    log.debug("audit: %s %s %s %s", actor, action, target, detail)


def audit_entries(session: Session, *, limit: int = 100) -> list[AuditEntry]:
    """The newest `limit` entries, oldest first."""
    rows = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())
                           .limit(limit)).all()
    return list(reversed(rows))
