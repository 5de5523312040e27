"""Errors a user can meet, each with a code the UI turns into a Spanish sentence."""
from __future__ import annotations

import errno
import sqlite3


class UserError(Exception):
    """Something the user asked that cannot be done as asked; nothing was written."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


def is_disk_full(exc: BaseException | None) -> bool:
    """SQLite's "database or disk is full" (SQLITE_FULL, also its answer to ENOSPC), or the
    OS's ENOSPC, anywhere in the chain of causes."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, sqlite3.Error) and \
                (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF == sqlite3.SQLITE_FULL:
            return True
        if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
            return True
        exc = getattr(exc, "orig", None) or exc.__cause__ or exc.__context__
    return False
