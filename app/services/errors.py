"""Errors a user can meet, each with a code the UI turns into a Spanish sentence."""
from __future__ import annotations


class UserError(Exception):
    """Something the user asked that cannot be done as asked; nothing was written."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
