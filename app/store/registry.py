"""The synced entities of this computer's replica, as declared by their own modules.

Each module in the `app.store.entities` package declares, per wire entity, how a change
becomes rows and what it implies locally: the columns the client keeps for itself, the
local writes a server change must not overwrite, what arriving or leaving implies (a
course left, a thread's counters, the search index), and how an answered op marks the
rows it wrote. The replica works from this registry and names no entity.

This module imports no entity module at import time (they import it): `entities()`
loads the package the first time it is asked.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from sqlalchemy.orm import Session

from sync.modules import import_all


@dataclass
class PageWork:
    """One page of changes being applied: rows by entity, and notes hooks leave for later
    hooks of the same page (e.g. the threads whose posts changed)."""
    upserts: dict[str, list[dict]] = field(default_factory=dict)
    deletes: dict[str, list[str]] = field(default_factory=dict)
    notes: dict[str, set] = field(default_factory=dict)

    def note(self, key: str, values) -> None:
        self.notes.setdefault(key, set()).update(values)


# mark(session, parsed payload, state, reject code): the local state of the rows an
# answered op wrote (SYNCED, or REJECTED with the server's code).
Mark = Callable[[Session, Any, str, "str | None"], None]
Hook = Callable[[Session, list, PageWork], None]


@dataclass(frozen=True)
class LocalEntity:
    name: str                                  # the wire name
    model: type                                # its table in the replica
    # Columns the client keeps when the server updates a record it has (the server does
    # not send them, or this computer knows better).
    keep: frozenset[str] = frozenset()
    # Of those, times written here: kept only while plausible against the server's.
    written_here: frozenset[str] = frozenset()
    # Local columns an arriving record gets (state, counters), from the wire row.
    arrives: Callable[[dict], dict] = lambda row: {}
    # A server change does not overwrite a row matching this (a local write on its way).
    unless_pending: Callable[[Any], Any] | None = None
    # Column values set on update instead of the server's (e.g. keep a refusal visible).
    on_update: Callable[[Any], dict] | None = None
    before_upsert: Hook | None = None          # (session, rows, page), before any row
    before_delete: Hook | None = None          # (session, ids, page), rows still there
    after_delete: Hook | None = None           # (session, ids, page)
    # (session, page) once per page, whatever it held: derived counters, search index.
    page_done: Callable[[Session, PageWork], None] | None = None
    marks: dict[str, Mark] = field(default_factory=dict)   # op kind -> mark


_entities: dict[str, LocalEntity] = {}
_marks: dict[str, Mark] = {}

PACKAGE = "app.store.entities"


def register(entity: LocalEntity) -> LocalEntity:
    if entity.name in _entities and _entities[entity.name] is not entity:
        raise ValueError(f"entity {entity.name!r} declared twice")
    for kind in entity.marks:
        if kind in _marks and _marks[kind] is not entity.marks[kind]:
            raise ValueError(f"op kind {kind!r} declared twice")
    _entities[entity.name] = entity
    _marks.update(entity.marks)
    return entity


def load() -> None:
    """Import every module of the entities package (once), so that each registers."""
    import_all(PACKAGE)


def entities() -> dict[str, LocalEntity]:
    load()
    return _entities


def mark_for(kind: str) -> Mark | None:
    load()
    return _marks.get(kind)
