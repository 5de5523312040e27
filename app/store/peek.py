"""Where a profile lives, and its settings read without opening its store: no
SQLAlchemy, no migrations, no lock, read-only. For what must be known before the data
layer has loaded: whose profile this is (the person chooser) and how to open its window
(language, account). The store's own `meta` module stays the one that writes them."""
from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

import platformdirs

log = logging.getLogger(__name__)

DB_NAME = "minka.db"


def default_profile_dir() -> Path:
    """Beside the executable in portable mode (USB sticks, shared PCs), else user data."""
    from app import portable
    data = portable.data_dir()
    if data is not None:
        return data / "default"
    if os.environ.get("MINKA_PROFILE"):
        return Path(os.environ["MINKA_PROFILE"])
    return Path(platformdirs.user_data_dir("Minka", appauthor=False)) / "default"


def meta_values(profile_dir: Path, *keys: str) -> dict[str, str]:
    """The meta values of `keys` that the profile has ({} if it has no store yet)."""
    database = Path(profile_dir) / DB_NAME
    if not database.exists():
        return {}
    marks = ", ".join("?" for _ in keys)
    try:
        # as_uri(): a folder name with spaces, '#' or '?' (a Windows user's name) stays a path
        with sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, timeout=2) as db:
            rows = db.execute(f"SELECT key, value FROM meta WHERE key IN ({marks})", keys)
            return dict(rows.fetchall())
    except sqlite3.Error as exc:
        log.warning("profile %s unreadable: %s", database.parent, exc)
        return {}
