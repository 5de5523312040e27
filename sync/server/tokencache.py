"""Token checks cached per worker process, which still stop a token at once.

A sync's token check read the device and its account (two ORM queries, a third of a quiet
sync's CPU). A worker now keeps what a token named for a short while, keyed by the
token's hash, together with the value of `auth_epoch` it was read under. Every
transaction that changes an account or a device (sign-out, disable, remove, role,
password, a token replaced by signing in again) moves `auth_epoch` forward in the same
transaction (`_bump`, a flush event: every such change goes through the ORM). Each
request reads the epoch in its own snapshot, in the statement that also reads the seq
counter: a snapshot that sees the change sees the new epoch, so the cached check is not
used and the token is checked again: `user disable` stops its tokens at the next
request, on every worker. Only `last_seen_at` (written by a plain UPDATE,
accounts.record_seen) changes without moving it.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import event, text, update
from sqlalchemy.orm import Session

from sync.server.models import AuthEpoch, Device, User
from sync.server.registry import Caller

TTL_SECONDS = 60.0     # an entry unused by a change is still read again after this
MAX_ENTRIES = 50_000   # then the cache starts over (a worker's devices fit many times)

# One statement: the epoch and the seq counter (the pull of a device at the head needs
# nothing else), plain SQL built once.
EPOCH_AND_HEAD = text("SELECT (SELECT value FROM auth_epoch WHERE id = 1), "
                      "(SELECT value FROM seq_counter WHERE id = 1)")


@dataclass
class Entry:
    epoch: int
    until: float           # time.monotonic() after which it is read again
    caller: Caller
    seen: datetime | None  # the device's last_seen_at (or created_at) when read


class TokenCache:
    def __init__(self, ttl: float = TTL_SECONDS):
        self.ttl = ttl
        self._entries: dict[str, Entry] = {}
        self._lock = threading.Lock()

    def get(self, key: str, epoch: int) -> Entry | None:
        entry = self._entries.get(key)
        if entry is None or entry.epoch != epoch or entry.until < time.monotonic():
            return None
        return entry

    def put(self, key: str, epoch: int, caller: Caller, seen: datetime | None) -> None:
        with self._lock:
            if len(self._entries) >= MAX_ENTRIES:
                self._entries.clear()
            self._entries[key] = Entry(epoch, time.monotonic() + self.ttl, caller, seen)

    def seen(self, key: str, at: datetime) -> None:
        entry = self._entries.get(key)
        if entry is not None:
            entry.seen = at


@event.listens_for(Session, "before_flush")
def _bump(session: Session, _context, _instances) -> None:
    """An account or a device changed (or went): cached token checks are void."""
    if any(isinstance(obj, (User, Device)) for obj in (*session.dirty, *session.deleted)):
        session.execute(update(AuthEpoch).where(AuthEpoch.id == 1)
                        .values(value=AuthEpoch.value + 1))
