"""Files a user attaches: checked before anything is queued (type, size, name)."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from app.services.errors import UserError

from sync import protocol as p

# What school leaders actually hand in: one list for both sides (sync/protocol.py).
ALLOWED_TYPES = p.ALLOWED_FILE_TYPES
MAX_NAME_CHARS = 120


def clean_name(name: str) -> str:
    """A file name safe on every system and for every reader: no folders, no control
    characters, no names Windows reserves; accents and ñ are kept."""
    name = unicodedata.normalize("NFC", name.replace("\\", "/").split("/")[-1])
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = re.sub(r'[<>:"|?*]', "_", name).strip().strip(".")
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    if stem.upper() in {"CON", "PRN", "AUX", "NUL"} | {f"COM{i}" for i in range(1, 10)} \
            | {f"LPT{i}" for i in range(1, 10)}:
        stem = "_" + stem
    stem = stem[:MAX_NAME_CHARS - len(ext) - 1] or "archivo"
    return f"{stem}.{ext.lower()}" if ext else stem


def check_file(path: Path, limit_bytes: int, already_bytes: int = 0) -> tuple[str, int]:
    """Refuse, with a code the UI explains, what cannot travel; return (clean name, size)."""
    path = Path(path)
    if not path.is_file():
        raise UserError("file_not_found", str(path))
    name = clean_name(path.name)
    ext = p.file_type(name)
    if not p.is_safe_to_open(name):
        raise UserError("file_type_not_allowed", ext or "(sin extensión)")
    size = path.stat().st_size
    if size == 0:
        raise UserError("file_empty", name)
    if limit_bytes and already_bytes + size > limit_bytes:
        raise UserError("file_too_large", f"{already_bytes + size} > {limit_bytes}")
    return name, size
