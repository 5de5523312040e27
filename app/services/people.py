"""The people who use Minka on this computer: one profile each, opened with their password.

A profile is a folder with its own database, so one person's drafts, submissions, grades
and feedback are never in another's. When more than one person uses the computer, each
profile opens only with its person's password, checked offline against an Argon2 hash
kept from the last sign-in (never the password itself).
"""
from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from app.store import peek

log = logging.getLogger(__name__)

# Cheap enough for a 4 GB computer of 2012 (about 0.1 s), costly enough for guessing.
_hasher = PasswordHasher(time_cost=2, memory_cost=32 * 1024, parallelism=1)
HASH_KEY = "password_hash"


@dataclass(frozen=True)
class PersonProfile:
    folder: Path
    username: str
    display_name: str
    locked: bool          # has a password to open it with


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def password_matches(stored_hash: str | None, password: str) -> bool:
    if not stored_hash or not password:
        return False
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _read_meta(database: Path) -> dict[str, str]:
    """A profile's name without opening its store (no migrations, no lock, read-only)."""
    return peek.meta_values(database.parent, "username", "display_name", "token", HASH_KEY)


def people(root: Path) -> list[PersonProfile]:
    """Signed-in profiles under `root`, by name."""
    found = []
    if not root.is_dir():
        return found
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        database = folder / "minka.db"
        if not database.exists():
            continue
        values = _read_meta(database)
        if not values.get("username"):
            continue
        found.append(PersonProfile(folder=folder, username=values["username"],
                                   display_name=values.get("display_name") or
                                   values["username"],
                                   locked=bool(values.get(HASH_KEY))))
    return sorted(found, key=lambda p: p.display_name.casefold())


def check_password(folder: Path, password: str) -> bool:
    return password_matches(_read_meta(folder / "minka.db").get(HASH_KEY), password)


def new_profile_folder(root: Path, hint: str = "persona") -> Path:
    """A fresh folder name under `root` for one more person."""
    slug = unicodedata.normalize("NFKD", hint).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", slug).strip("-") or "persona"
    for n in range(1, 1000):
        folder = root / (slug if n == 1 else f"{slug}-{n}")
        if not folder.exists():
            return folder
    raise RuntimeError(f"no free profile folder name under {root}")
