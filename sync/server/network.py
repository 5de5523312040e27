"""The network's identity and Ed25519 signing key: created once, kept owner-only, used to sign packs.

The private key is a PEM file (PKCS#8) that only the server's owner can read: on POSIX it
is created with mode 0600 in one step (os.open with O_EXCL), so it is never readable by
others, not even for an instant. On Windows file modes do not restrict reading; the file
lives in the owner's per-user data folder (or beside the database, as chosen), whose
access list admits only that user, SYSTEM and the Administrators; docs/operator.md says
how to narrow it with `icacls`. The public half and the network's id are kept in the
database (table `network`), so serving and signing in never read the private key.
"""
from __future__ import annotations

import logging
import os
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (Ed25519PrivateKey,
                                                               Ed25519PublicKey)
from sqlalchemy.orm import Session

from sync.server.accounts import now
from sync.server.models import Network

log = logging.getLogger(__name__)

KEY_FILE = "network-key.pem"


class NetworkKeyError(ValueError):
    """The network key is missing, unreadable, or does not match the database."""


@dataclass(frozen=True)
class NetworkKey:
    network_id: str
    private_key: Ed25519PrivateKey

    @property
    def public_hex(self) -> str:
        return public_hex(self.private_key.public_key())

    def sign(self, data: bytes) -> bytes:
        return self.private_key.sign(data)


def public_hex(key: Ed25519PublicKey) -> str:
    return key.public_bytes(serialization.Encoding.Raw,
                            serialization.PublicFormat.Raw).hex()


def resolve_key_path(db_url: str, key_path: str | os.PathLike | None = None) -> Path:
    """Where the private key lives: `key_path`, else $MINKA_NETWORK_KEY, else beside a
    SQLite database file. A server on PostgreSQL names it (it must not live in a folder
    every server process shares by accident)."""
    if key_path:
        return Path(key_path)
    if os.environ.get("MINKA_NETWORK_KEY"):
        return Path(os.environ["MINKA_NETWORK_KEY"])
    if db_url.startswith("sqlite") and "///" in db_url:
        path = db_url.split("///", 1)[1].split("?", 1)[0]
        if path and path != ":memory:":
            return Path(path).resolve().parent / KEY_FILE
    raise NetworkKeyError("no network key file: pass --network-key FILE or set "
                          "$MINKA_NETWORK_KEY")


def _write_owner_only(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    if sys.platform != "win32":
        os.chmod(path, 0o600)  # whatever the umask did


def _read_key(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise NetworkKeyError(f"cannot read the network key {path}: {exc}") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise NetworkKeyError(f"{path} is not an Ed25519 private key")
    if sys.platform != "win32" and path.stat().st_mode & 0o077:
        log.warning("the network key %s is readable by others; chmod 600 it", path)
    return key


def ensure(session: Session, path: Path) -> tuple[Network, bool]:
    """The network's row, creating the key and the row the first time; True if created.

    Never replaces an existing key: every pack already on a drive is signed with it. A
    database that knows a key whose file is gone is an error to fix from a backup."""
    row = session.query(Network).first()
    if path.exists():
        key = _read_key(path)
        if row is None:
            row = Network(id=str(uuid.uuid4()), public_key=public_hex(key.public_key()),
                          created_at=now())
            session.add(row)
            session.flush()
            return row, True
        if row.public_key != public_hex(key.public_key()):
            raise NetworkKeyError(f"{path} is not this network's key (the database knows "
                                  f"public key {row.public_key[:16]}…)")
        return row, False
    if row is not None:
        raise NetworkKeyError(f"the network key {path} is missing; restore it from a "
                              f"backup (a new key would make every pack invalid)")
    key = Ed25519PrivateKey.generate()
    _write_owner_only(path, key.private_bytes(serialization.Encoding.PEM,
                                              serialization.PrivateFormat.PKCS8,
                                              serialization.NoEncryption()))
    row = Network(id=str(uuid.uuid4()), public_key=public_hex(key.public_key()),
                  created_at=now())
    session.add(row)
    session.flush()
    log.info("created the network key %s (network %s)", path, row.id)
    return row, True


def load(session: Session, path: Path) -> NetworkKey:
    """The key to sign with; refuses one that is not the database's network key."""
    row = session.query(Network).first()
    if row is None:
        raise NetworkKeyError("the network has no key yet: run `minka-server init`")
    if not path.exists():
        raise NetworkKeyError(f"the network key {path} is missing")
    key = _read_key(path)
    if public_hex(key.public_key()) != row.public_key:
        raise NetworkKeyError(f"{path} is not this network's key")
    return NetworkKey(row.id, key)


def identity(session: Session) -> Network | None:
    """The network's id and public key, for the sign-in answer (None before `init`)."""
    return session.query(Network).first()
