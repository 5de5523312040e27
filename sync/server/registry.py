"""The synced entities of the server, as declared by their own modules.

Each module in the `sync.server.entities` package declares its entities with
`register(Entity(...))`: how a record reads on the wire, which rows a caller may see (an
SQL filter), which files a record names, and the op kinds it handles. The exchange, the
pull and the file access check work from this registry and name no entity, so adding an
entity is a new module there (plus its models and migration), nothing else.

This module imports no entity module at import time (they import it), so there is no
circle: `entities()` loads the package the first time it is asked.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from sqlalchemy import false, select, true
from sqlalchemy.orm import Session

from sync.modules import import_all


@dataclass(frozen=True)
class Scope:
    """A reader of only some scopes (a content pack): the shared records of these courses,
    as one of their participants sees them, and the catalogue if `catalogue`; nobody's
    private records, and nothing public outside those scopes (forums)."""
    courses: frozenset[str] = frozenset()
    catalogue: bool = False


@dataclass(frozen=True)
class Caller:
    """Who is asking: the account, its global role, and the device it speaks through."""
    user_id: str
    role: str
    device_id: str
    scope: Scope | None = None   # None: everything this account may see


# The reader a pack is written for: no account, so no private record is anyone's.
NOBODY = "00000000-0000-0000-0000-000000000000"


def scope_reader(scope: Scope) -> Caller:
    return Caller(user_id=NOBODY, role="participant", device_id=NOBODY, scope=scope)


class Rejected(Exception):
    """An op the server refuses, with a machine-readable code and an English reason."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


# Who moderates the network's writing (hides it, reads reports).
MODERATORS = ("facilitator", "admin")


@dataclass(frozen=True)
class Moderation:
    """Declares an entity as member writing moderators may hide (model: models.Moderated).

    A hidden record still travels (its place in a thread or under a post stays), but to
    anyone other than its author and the moderators without its `text` fields (emptied)
    and its `files` fields (None), and without the reason: the server stops sending them,
    and a file it named is no longer readable by them (can_see). `editable`: its author
    may edit its `text` (op writing.edit, on the version the edit was based on), up to
    `max_chars`."""
    text: tuple[str, ...] = ("body",)
    files: tuple[str, ...] = ()
    editable: bool = False
    max_chars: int = 20_000
    author: str = "author_id"

    def reads_all(self, row, caller: "Caller") -> bool:
        """True if `caller` receives this row's text even while hidden."""
        return caller.role in MODERATORS or getattr(row, self.author) == caller.user_id


def moderation_fields(row, caller: "Caller", declared: "Moderation") -> dict:
    """What every moderated record adds on the wire, as `caller` may receive it."""
    hidden = row.hidden_reason is not None
    mine = declared.reads_all(row, caller)
    return dict(hidden=hidden, hidden_reason=(row.hidden_reason or "") if mine else "",
                version=row.version,
                edited_at=row.edited_at.isoformat() if row.edited_at else None)


# handler(session, caller, parsed payload); raises Rejected to refuse.
OpHandler = Callable[[Session, Caller, Any], None]


@dataclass(frozen=True)
class Entity:
    """One synced entity: everything the central modules need to know about it."""
    name: str                                   # the wire name ("thread", "lesson")
    model: type                                 # its SQLAlchemy model (with seq, deleted)
    record: Callable[[Any], dict]               # a living row as clients receive it
    # SQL filter of the rows `caller` may see; None from it means every row (public).
    visible: Callable[[Caller], Any] = lambda caller: None
    # The files a record (as `record` gives it) names, as FileRef dicts: what a content
    # pack carries with it and what a device may fetch while it sees the record.
    files: Callable[[dict], list[dict]] = lambda record: []
    ops: dict[str, OpHandler] = field(default_factory=dict)
    # The content-pack scope its shared records belong to: "course" (its `visible` reads
    # the courses of a scoped caller, see Scope) or "catalogue"; None: never in a pack.
    pack: str | None = None
    # Member writing moderators may hide and its author may edit (Moderation); None: not.
    moderation: Moderation | None = None

    def read(self, row, caller: Caller, fields: bool = True) -> dict:
        """The living row as `caller` receives it: `record`, and for moderated writing its
        moderation fields (unless not `fields`: an older client), without the text and
        files of a hidden one the caller may not read (the one place the pull decides
        this, for every moderated entity). `record_for`, when declared, gives the record
        as this reader may see it (a member's private profile fields)."""
        data = self.record_for(row, caller) if self.record_for else self.record(row)
        declared = self.moderation
        if declared is None:
            return data
        if fields:
            data.update(moderation_fields(row, caller, declared))
        if row.hidden_reason is not None and not declared.reads_all(row, caller):
            data.update({name: "" for name in declared.text})
            data.update({name: None for name in declared.files})
        return data

    def rule(self, caller: Caller):
        """SQL filter of the rows `caller` may see, scoped readers included; None: all."""
        scope = caller.scope
        if scope is not None and (self.pack is None or
                                  (self.pack == "catalogue" and not scope.catalogue)):
            return false()
        found = self.visible(caller)
        if found is None and scope is not None:
            return true()
        return found
    # The device whose op created a record holds all of it (it wrote it) but its seq and
    # server time: a request with `fill_own` gets those in the op's result
    # (OpResult.written) instead of the record again in the pull. Only for entities
    # whose record is exactly what the op carried (threads, posts); the client's replica
    # fills such rows in (app/store/replica.py).
    authors_copy: bool = False
    # A record that depends on who reads it (a member's private profile fields reach only
    # that member's devices): record_for(row, caller), used by the pull instead of
    # `record`, which then gives what any reader may see.
    record_for: Callable[[Any, Caller], dict] | None = None
    # The SELECT the pull reads this entity's rows with, when its record needs columns of
    # another table (a join); None: the model's own table. Rows keep the model's columns.
    source: Callable[[], Any] | None = None


_entities: dict[str, Entity] = {}
_ops: dict[str, OpHandler] = {}

PACKAGE = "sync.server.entities"


def register(entity: Entity) -> Entity:
    """Called by an entity module at import; a name or op kind declared twice is a bug."""
    if entity.name in _entities and _entities[entity.name] is not entity:
        raise ValueError(f"entity {entity.name!r} declared twice")
    for kind in entity.ops:
        if kind in _ops and _ops[kind] is not entity.ops[kind]:
            raise ValueError(f"op kind {kind!r} declared twice")
    _entities[entity.name] = entity
    _ops.update(entity.ops)
    return entity


def register_ops(ops: dict[str, OpHandler]) -> None:
    """Op kinds that write another module's entity (a thread started in a group)."""
    for kind, handler in ops.items():
        if kind in _ops and _ops[kind] is not handler:
            raise ValueError(f"op kind {kind!r} declared twice")
    _ops.update(ops)


# Snapshots computed from many records (the network's statistics): refresh(factory) ->
# bool recomputes one if it is stale (in its own transactions) and says whether it
# changed.
_refreshers: list[Callable[[Any], bool]] = []


def register_refresher(refresh: Callable[[Any], bool]) -> None:
    if refresh not in _refreshers:
        _refreshers.append(refresh)


class Refreshers:
    """Runs the declared refreshers when a sync comes in, at most every `every` seconds
    per server process. The first time in a process, in the request itself (a new server's
    first sync brings the snapshot, and the sync after it is quiet); afterwards on a thread
    of its own, so the sync that triggers it answers at once (a recomputation over a large
    network takes seconds) and the next sync carries the new snapshot. A quiet sync costs
    one clock reading here; each refresher decides itself (from the database, shared by
    every process) whether its snapshot is stale."""

    def __init__(self, every: float = 300.0):
        import threading
        self.every = every
        self._next = 0.0
        self._lock = threading.Lock()
        self._running: threading.Thread | None = None

    def run(self, factory) -> None:
        import threading
        import time
        with self._lock:
            moment = time.monotonic()
            if moment < self._next or (self._running and self._running.is_alive()):
                return
            first = self._next == 0.0
            self._next = moment + self.every
            if not first:
                self._running = threading.Thread(target=self._refresh_all,
                                                 args=(factory,), name="minka-refreshers",
                                                 daemon=True)
                self._running.start()
                return
        self._refresh_all(factory)

    def wait(self, timeout: float | None = None) -> None:
        """For an orderly stop (and tests): let a recomputation under way finish."""
        running = self._running
        if running is not None:
            running.join(timeout)

    @staticmethod
    def _refresh_all(factory) -> None:
        import logging
        load()
        for refresh in list(_refreshers):
            try:
                refresh(factory)
            except Exception:   # a snapshot left stale must never fail a member's sync
                logging.getLogger(__name__).exception(
                    "refreshing %s failed", getattr(refresh, "__module__", "?"))


def load() -> None:
    """Import every module of the entities package (once), so that each registers."""
    import_all(PACKAGE)


def entities() -> dict[str, Entity]:
    """Every synced entity by wire name."""
    load()
    return _entities


def entity(name: str) -> Entity | None:
    return entities().get(name)


def by_model() -> dict[type, Entity]:
    """The entities whose records their author's device already holds, by model."""
    return {e.model: e for e in entities().values() if e.authors_copy}


def op_handler(kind: str) -> OpHandler | None:
    load()
    return _ops.get(kind)


def can_see(session: Session, caller: Caller, name: str, record_id: str) -> bool:
    """True if the record exists, is not deleted, and `caller` may see it: the same rule
    as the pull, so a file is readable exactly while a record naming it is received."""
    declared = entity(name)
    if declared is None:
        return False
    model = declared.model
    query = select(model).where(model.id == str(record_id), model.deleted.is_(False))
    rule = declared.rule(caller)
    if rule is not None:
        query = query.where(rule)
    row = session.scalar(query)
    if row is None:
        return False
    # A hidden record's files go with its text: to its author and the moderators only.
    moderation = declared.moderation
    return (moderation is None or row.hidden_reason is None
            or moderation.reads_all(row, caller))


def moderated(name: str) -> Entity | None:
    """The declared entity `name` if it is member writing moderators may hide."""
    declared = entity(name)
    return declared if declared is not None and declared.moderation is not None else None
