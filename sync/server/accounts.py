"""Accounts and devices: Argon2 password hashes, per-device tokens, revocation."""
from __future__ import annotations

import hashlib
import secrets
import uuid
from datetime import datetime, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError, VerificationError
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from sync.server.models import Device, User
from sync.server.seq import take_seq

ROLES = ("participant", "facilitator", "admin")
_hasher = PasswordHasher()
# Verifying against this when the user does not exist keeps sign-in time the same, so
# timing does not tell which usernames exist.
_DUMMY_HASH = _hasher.hash("minka-dummy-password")


class AccountError(ValueError):
    pass


def now() -> datetime:
    return datetime.now(timezone.utc)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add_user(session: Session, *, username: str, display_name: str, password: str,
             role: str = "participant", region: str = "", institution: str = "",
             position: str = "", gender: str = "", user_id: str | None = None) -> User:
    username = username.strip().lower()
    if not username:
        raise AccountError("username is empty")
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}")
    if len(password) < 8:
        raise AccountError("password must have at least 8 characters")
    if session.scalar(select(User).where(User.username == username)):
        raise AccountError(f"user {username!r} already exists")
    user = User(id=user_id or str(uuid.uuid4()), username=username,
                display_name=display_name.strip() or username,
                password_hash=_hasher.hash(password), role=role, region=region,
                institution=institution, position=position, gender=gender,
                created_at=now(), seq=take_seq(session))
    session.add(user)
    return user


MODERATOR_ROLES = ("facilitator", "admin")


def set_role(session: Session, *, username: str, role: str) -> User:
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


def authenticate(session: Session, username: str, password: str) -> User | None:
    user = session.scalar(select(User).where(User.username == username.strip().lower(),
                                             User.deleted.is_(False)))
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    return user


def register_device(session: Session, user: User, name: str) -> tuple[Device, str]:
    """A new device for `user`; returns it with its token (shown once, stored hashed)."""
    token = secrets.token_urlsafe(32)
    device = Device(id=str(uuid.uuid4()), user_id=user.id, name=name[:200],
                    token_hash=token_hash(token), created_at=now())
    session.add(device)
    return device, token


def device_for_token(session: Session, token: str) -> Device | None:
    device = session.scalar(select(Device).where(Device.token_hash == token_hash(token)))
    if device is None or device.revoked_at is not None:
        return None
    return device


def revoke_devices(session: Session, *, username: str, device_id: str | None = None) -> int:
    """Revoke one device of a user, or all of them; returns how many were revoked."""
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None:
        raise AccountError(f"no user {username!r}")
    query = select(Device).where(Device.user_id == user.id, Device.revoked_at.is_(None))
    if device_id:
        query = query.where(Device.id == device_id)
    devices = session.scalars(query).all()
    for device in devices:
        device.revoked_at = now()
    return len(devices)
