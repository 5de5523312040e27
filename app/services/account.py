"""Signing in once per profile, so the app then opens offline without asking again."""
from __future__ import annotations

import ipaddress
import platform
from dataclasses import dataclass
from urllib.parse import urlsplit

from app.services import device_key, network_identity, people
from app.services.errors import UserError
from app.store import meta
from app.store.db import Store
from app.store.entities.people import fold
from app.store.models import Person
from sync import client

# meta: "1" while this computer is enrolled offline (app/services/enrolment.py) and has not
# signed in over a network: its keys are the ones its enrolment bound, and must be kept.
ENROLMENT_PENDING = "enrolment_pending"

@dataclass(frozen=True)
class Account:
    server_url: str
    user_id: str
    username: str
    display_name: str
    role: str
    device_id: str
    token: str

    @property
    def confirmed(self) -> bool:
        """False for a computer enrolled offline that has not signed in over a network yet:
        it reads and writes, its work goes on a drive, it cannot sync until it signs in."""
        return bool(self.token and self.server_url)


def _host(url: str) -> str:
    return (urlsplit(url if "://" in url else "//" + url).hostname or "").lower()


def _is_address_or_local(host: str) -> bool:
    if host in ("localhost", ""):
        return True
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        return False


def normalise_server_url(text: str) -> str:
    """The server address as typed, made whole: a name without a scheme is HTTPS (a real
    server has a certificate); a bare IP address or localhost is HTTP (a server on the
    institution's network or this computer)."""
    url = text.strip().rstrip("/")
    if not url:
        raise UserError("empty_server")
    if "://" not in url:
        url = ("http://" if _is_address_or_local(_host(url)) else "https://") + url
    if not url.startswith(("http://", "https://")):
        raise UserError("bad_server")
    return url


def is_insecure(text: str) -> bool:
    """True when the address would carry the password and the token unencrypted over a
    network (HTTP to anything but this computer)."""
    try:
        url = normalise_server_url(text)
    except UserError:
        return False
    if not url.startswith("http://"):
        return False
    host = _host(url)
    if host == "localhost":
        return False
    try:
        return not ipaddress.ip_address(host).is_loopback
    except ValueError:
        return True


def current_account(store: Store) -> Account | None:
    with store.session() as s:
        values = {k: meta.get(s, k) for k in ("server_url", "user_id", "username",
                                              "display_name", "role", "device_id", "token")}
        pending = meta.get(s, ENROLMENT_PENDING) == "1"
    needed = ("user_id", "device_id") if pending else ("server_url", "user_id", "device_id",
                                                       "token")
    if not all(values[k] for k in needed):
        return None
    return Account(**{k: v or "" for k, v in values.items()})


def sign_in(store: Store, server_url: str, username: str, password: str,
            device_name: str | None = None) -> Account:
    """Ask the server for a device token and keep it in the profile (network: call off
    the GUI thread). Raises sync.client.SyncError or UserError."""
    url = normalise_server_url(server_url)
    if not username.strip():
        raise UserError("empty_username")
    if not password:
        raise UserError("empty_password")
    with store.session() as s:
        owner = meta.get(s, "username")
        known_device = meta.get(s, "device_id")
        local_user = meta.get(s, "user_id")
        pending = meta.get(s, ENROLMENT_PENDING) == "1"
        keys = meta.get(s, device_key.DEVICE_KEY), meta.get(s, device_key.EXCHANGE_KEY)
    if owner and owner != username.strip().lower():
        # One profile, one person: writing queued by someone else must never be sent
        # under this account.
        raise UserError("profile_of_other_user", owner)
    if pending and all(keys):
        # Enrolled offline: its outbox on a drive is signed with these keys, and the
        # server may have bound them already; a new pair would orphan that file.
        private_key, exchange_private = keys
        public_key = device_key.public_of(private_key)
    else:
        private_key, public_key = device_key.new_device_key()   # the device's own key pair
        exchange_private = device_key.new_exchange_key()[0]
    # Signing in again (an expired token, a new password): the server keeps this
    # computer's device rather than adding one per sign-in, with the new key.
    answer = client.sign_in(url, username, password,
                            device_name or f"Minka en {platform.node() or 'este equipo'}",
                            device_id=known_device if owner else None,
                            device_key=public_key,
                            exchange_key=device_key.exchange_public_of(exchange_private))
    user = answer.user
    if pending and local_user and str(user.id) != local_user:
        # Its records were written under the id its enrolment computed; another id would
        # make them someone else's. Only an account made for enrolment has that id.
        raise UserError("profile_of_other_user", owner)
    password_hash = people.hash_password(password)
    with store.session() as s, s.begin():
        for key, value in dict(server_url=url, user_id=str(user.id), username=user.username,
                               display_name=user.display_name, role=user.role,
                               device_id=str(answer.device_id), token=answer.token).items():
            meta.put(s, key, value)
        # the network whose packs this profile accepts
        network_identity.remember_network(s, answer.network)
        meta.put(s, device_key.DEVICE_KEY, private_key)
        meta.put(s, device_key.EXCHANGE_KEY, exchange_private)
        meta.put(s, ENROLMENT_PENDING, None)    # confirmed: a normal device from now on
        # Shared computers: the profile opens offline with the same password.
        meta.put(s, people.HASH_KEY, password_hash)
        if s.get(Person, str(user.id)) is None:
            s.add(Person(id=str(user.id), username=user.username,
                         display_name=user.display_name, role=user.role, region=user.region,
                         institution=user.institution, position=user.position,
                         gender=user.gender, name_key=fold(user.display_name)))
    return current_account(store)
