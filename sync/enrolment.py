"""One-time enrolment codes: a device that never went online is bound to its account by a code on paper.

Shared by both sides (no Qt, no database). The facilitator hands the participant a printed
code; the participant's computer, offline, makes its key pairs and a *proof*: an HMAC over
the username, the device id and the device's public keys, keyed with a key derived from
the code. The outbox file carries the proof, never the code, so whoever carries the drive
learns nothing they could use: the proof binds this device's keys (their outbox is signed
with the private half, which never leaves the computer), and finding the code from the
proof means trying ~2^59 codes through scrypt. The server keeps only the derived key
(docs/packs.md, "Enrolment codes").

An account made for enrolment has the id `user_id_for(network, username)`, so the offline
computer knows its own account's id (its records are written under it) without asking.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

# No 0/O, 1/I/L: read aloud or copied by hand from paper, these are mistaken for each other.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
GROUPS, GROUP_SIZE = 3, 4          # XXXX-XXXX-XXXX: 31^12 ≈ 2^59
CODE_CHARS = GROUPS * GROUP_SIZE
DEFAULT_DAYS = 60                  # a course's first weeks: the code is used in the first
_SCRYPT_N = 2 ** 14                # ~50 ms here; each guess of the code costs as much
PROOF_VERSION = "minka-enrolment-v1"


class CodeFormatError(ValueError):
    """The text typed is not an enrolment code (wrong length or a letter codes never use)."""


def new_code() -> str:
    """A new code, grouped for reading: 'K7MX-4PQR-9WHT'."""
    chars = "".join(secrets.choice(ALPHABET) for _ in range(CODE_CHARS))
    return "-".join(chars[i:i + GROUP_SIZE] for i in range(0, CODE_CHARS, GROUP_SIZE))


def normalise(text: str) -> str:
    """The code's characters as typed: any case, with or without dashes and spaces. The
    letters a code never uses are refused rather than guessed (O could be 0 or D)."""
    chars = "".join(c for c in text.upper() if c not in " -\t\n")
    if len(chars) != CODE_CHARS or any(c not in ALPHABET for c in chars):
        raise CodeFormatError(f"an enrolment code has {CODE_CHARS} characters of "
                              f"{ALPHABET}")
    return chars


def user_id_for(network_id: str, username: str) -> str:
    """The account id an enrolment account gets, computable offline from what the pack
    (the network's id) and the paper (the username) say."""
    return str(uuid.uuid5(uuid.UUID(str(network_id)), "user:" + username.strip().lower()))


def derive_key(code: str, *, network_id: str, username: str) -> bytes:
    """The key the server keeps instead of the code, and the device proves with."""
    salt = f"minka-enrolment|{network_id}|{username.strip().lower()}".encode("utf-8")
    return Scrypt(salt=salt, length=32, n=_SCRYPT_N, r=8, p=1).derive(
        normalise(code).encode("ascii"))


def _message(username: str, device_id: str, public_key: str, exchange_key: str) -> bytes:
    return "\n".join([PROOF_VERSION, username.strip().lower(), str(device_id), public_key,
                      exchange_key]).encode("utf-8")


def proof(key: bytes, *, username: str, device_id: str, public_key: str,
          exchange_key: str) -> str:
    """HMAC-SHA256 binding this device and its keys to the account (hex)."""
    return hmac.new(key, _message(username, device_id, public_key, exchange_key),
                    hashlib.sha256).hexdigest()


def proof_matches(key: bytes, claimed: str, *, username: str, device_id: str,
                  public_key: str, exchange_key: str) -> bool:
    expected = proof(key, username=username, device_id=device_id, public_key=public_key,
                     exchange_key=exchange_key)
    return hmac.compare_digest(expected, claimed)
