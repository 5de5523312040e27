"""Enrolment codes on the server: issue one for an account, and spend it binding a device that never went online.

The code is shown once, to be printed; the database keeps only the key derived from it
(sync/enrolment.py). Spending it checks the device's proof, refuses a wrong, expired or
spent code with its own reason, and binds the device and its keys to the account.
"""
from __future__ import annotations

import logging
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync import enrolment
from sync.server.accounts import AccountError, aware, audit, find_user, now, token_hash
from sync.server.models import Device, EnrolmentCode, Network, User

log = logging.getLogger(__name__)


class EnrolmentRefused(ValueError):
    """Why a device's enrolment is refused: `code` is one of no_code, wrong_code, expired,
    used, other_account."""

    def __init__(self, code: str, detail: str):
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class IssuedCode:
    username: str
    display_name: str
    code: str
    expires_at: datetime


def network_id(session: Session) -> str:
    row = session.query(Network).first()
    if row is None:
        raise AccountError("the network has no key yet: run `minka-server init` (an "
                           "enrolment code is tied to the network)")
    return row.id


def enrolment_user_id(session: Session, username: str) -> str:
    """The id an account must have so that an offline computer can write under it."""
    return enrolment.user_id_for(network_id(session), username)


def issue(session: Session, *, username: str, actor: str, days: float = enrolment.DEFAULT_DAYS,
          at: datetime | None = None) -> IssuedCode:
    """A new code for `username`; an earlier unused one stops working (the paper was lost).
    Only for an account made for enrolment (its id is the one the offline computer
    computes: `user add --enrolment-code`)."""
    at = at or now()
    user = find_user(session, username)
    net = network_id(session)
    if user.id != enrolment.user_id_for(net, user.username):
        raise AccountError(f"{user.username} was not created for enrolment (its id is not "
                           f"the one an offline computer computes); it can sign in only "
                           f"over the network")
    if days <= 0:
        raise AccountError("the code must be valid for some days")
    for old in session.scalars(select(EnrolmentCode).where(
            EnrolmentCode.user_id == user.id, EnrolmentCode.used_at.is_(None))):
        old.expires_at = min(aware(old.expires_at), at)
    code = enrolment.new_code()
    key = enrolment.derive_key(code, network_id=net, username=user.username)
    expires = at + timedelta(days=days)
    session.add(EnrolmentCode(id=str(uuid.uuid4()), user_id=user.id, derived_key=key.hex(),
                              created_at=at, expires_at=expires))
    audit(session, actor=actor, action="user.enrolment_code", target=user.username,
          detail=f"valid until {expires:%Y-%m-%d}")
    return IssuedCode(user.username, user.display_name, code, expires)


def bind_device(session: Session, *, user_id: str, username: str, device_id: str,
                public_key: str, exchange_key: str, proof: str,
                at: datetime | None = None) -> Device:
    """Spend the account's code on this device (its proof checked) and keep the device
    with its keys. Raises EnrolmentRefused; the caller's transaction binds it for good."""
    at = at or now()
    user = session.get(User, user_id)
    if user is None or user.deleted or user.removed_at is not None \
            or user.username != username.strip().lower():
        raise EnrolmentRefused("other_account", f"no account {username!r} with id {user_id}")
    codes = session.scalars(select(EnrolmentCode).where(EnrolmentCode.user_id == user.id)
                            .order_by(EnrolmentCode.created_at.desc())
                            .with_for_update()).all()
    if not codes:
        raise EnrolmentRefused("no_code", f"{user.username} has no enrolment code")
    for row in codes:
        if enrolment.proof_matches(bytes.fromhex(row.derived_key), proof,
                                   username=user.username, device_id=device_id,
                                   public_key=public_key, exchange_key=exchange_key):
            break
    else:
        raise EnrolmentRefused("wrong_code", f"the proof of device {device_id} matches none "
                                             f"of {user.username}'s codes")
    if row.used_at is not None:
        raise EnrolmentRefused("used", f"{user.username}'s code was spent on "
                                       f"{aware(row.used_at):%Y-%m-%d} by device "
                                       f"{row.device_id}")
    if aware(row.expires_at) <= at:
        raise EnrolmentRefused("expired", f"{user.username}'s code expired on "
                                          f"{aware(row.expires_at):%Y-%m-%d}")
    if session.get(Device, device_id) is not None:
        raise EnrolmentRefused("other_account", f"device {device_id} already exists")
    row.used_at, row.device_id = at, device_id
    # No token yet: the device has none until the person signs in over a network, which
    # then names this device and keeps it (accounts.register_device).
    device = Device(id=device_id, user_id=user.id, name="Inscrita sin internet",
                    token_hash=token_hash("unusable:" + secrets.token_hex(32)),
                    created_at=at, last_seen_at=None, public_key=public_key,
                    exchange_key=exchange_key)
    session.add(device)
    session.flush()
    audit(session, actor=user.username, action="device.enrol", target=user.username,
          detail=f"device {device_id} bound by enrolment code")
    log.info("device %s of %s bound by its enrolment code", device_id, user.username)
    return device
