"""One sync exchange on the server: apply a device's ops idempotently, then page changes."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, false, func, not_, select, true
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.elements import False_

from sync.protocol import (MAX_PULL_BYTES, Change, Op, OpResult, PackClaim, PostCreate,
                           ThreadCreate)
from sync.server import course, repository
from sync.server.accounts import now
from sync.server.models import SYNCED_TABLES, AppliedOp, Forum, Post, Thread, User
from sync.server.seq import take_seq

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Scope:
    """A reader of only some scopes (a content pack): the shared records of these courses,
    as one of their participants sees them, and the catalogue if `catalogue`; nobody's
    private records, and nothing public outside those scopes (forums)."""
    courses: frozenset[str] = frozenset()
    catalogue: bool = False


# The reader a pack is written for: no account, so no private record is anyone's.
NOBODY = "00000000-0000-0000-0000-000000000000"


@dataclass(frozen=True)
class Caller:
    user_id: str
    role: str
    device_id: str
    scope: Scope | None = None   # None: everything this account may see


def scope_reader(scope: Scope) -> Caller:
    return Caller(user_id=NOBODY, role="participant", device_id=NOBODY, scope=scope)


def claim_reader(claim: PackClaim) -> Caller:
    return scope_reader(Scope(frozenset(str(c) for c in claim.courses), claim.catalogue))


class Rejected(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


# ---- push ---------------------------------------------------------------------------

def apply_ops(factory: sessionmaker[Session], caller: Caller, ops: list[Op]) -> list[OpResult]:
    """Apply ops in order, each in its own transaction with its stored result."""
    return [apply_op(factory, caller, op) for op in ops]


def apply_op(factory: sessionmaker[Session], caller: Caller, op: Op) -> OpResult:
    op_id = str(op.op_id)
    try:
        with factory() as session, session.begin():
            stored = session.get(AppliedOp, op_id)
            if stored is not None:
                return _replayed(stored, caller)
            try:
                with session.begin_nested():
                    from sync.server.blobs import check_named_files  # (imports this module)
                    payload = op.parsed_payload()
                    check_named_files(session, caller, payload, Rejected)
                    _APPLY[op.kind](session, caller, payload)
                result = OpResult(op_id=op.op_id, status="applied")
            except Rejected as rej:
                log.info("op %s (%s) from device %s rejected: %s", op_id, op.kind,
                         caller.device_id, rej.message)
                result = OpResult(op_id=op.op_id, status="rejected", code=rej.code,
                                  message=rej.message)
            session.add(AppliedOp(op_id=op_id, user_id=caller.user_id,
                                  device_id=caller.device_id, kind=op.kind,
                                  result=result.model_dump_json(), applied_at=now()))
            return result
    except IntegrityError:
        # The same op arrived twice at once (a retry racing the original): the first
        # one's transaction won; answer with its stored result.
        with factory() as session:
            stored = session.get(AppliedOp, op_id)
            if stored is None:
                raise
            return _replayed(stored, caller)


def _replayed(stored: AppliedOp, caller: Caller) -> OpResult:
    result = OpResult.model_validate_json(stored.result)
    if stored.user_id != caller.user_id:
        # An op id is a UUID chosen by its device; another user's op with the same id
        # means a broken or hostile client. Refuse without revealing the other result.
        return OpResult(op_id=result.op_id, status="rejected", code="id_conflict",
                        message="op id already used by another account")
    return result


def _thread_create(session: Session, caller: Caller, p: ThreadCreate) -> None:
    forum = session.get(Forum, str(p.forum_id))
    if forum is None or forum.deleted:
        raise Rejected("forum_not_found", f"forum {p.forum_id} does not exist")
    if session.get(Thread, str(p.id)) is not None or session.get(Post, str(p.post_id)):
        raise Rejected("id_conflict", f"thread {p.id} or post {p.post_id} already exists")
    first = take_seq(session, 2)
    created = now()
    session.add(Thread(id=str(p.id), forum_id=forum.id, author_id=caller.user_id,
                       title=p.title, created_at=created, seq=first))
    session.flush()
    session.add(Post(id=str(p.post_id), thread_id=str(p.id), author_id=caller.user_id,
                     body=p.body, created_at=created, seq=first + 1))
    session.flush()


def _post_create(session: Session, caller: Caller, p: PostCreate) -> None:
    thread = session.get(Thread, str(p.thread_id))
    if thread is None or thread.deleted:
        raise Rejected("thread_not_found", f"thread {p.thread_id} does not exist")
    if thread.locked:
        raise Rejected("thread_locked", f"thread {p.thread_id} is closed to replies")
    if p.reply_to is not None:
        parent = session.get(Post, str(p.reply_to))
        if parent is None or parent.thread_id != thread.id:
            raise Rejected("reply_to_not_found", f"post {p.reply_to} is not in this thread")
    if session.get(Post, str(p.id)) is not None:
        raise Rejected("id_conflict", f"post {p.id} already exists")
    session.add(Post(id=str(p.id), thread_id=thread.id, author_id=caller.user_id,
                     reply_to=str(p.reply_to) if p.reply_to else None, body=p.body,
                     created_at=now(), seq=take_seq(session)))
    session.flush()


def _with_rejected(handler):
    return lambda session, caller, payload: handler(session, caller, payload, Rejected)


_APPLY = {"thread.create": _thread_create, "post.create": _post_create,
          "progress.set": _with_rejected(course.progress_set),
          "submission.submit": _with_rejected(course.submission_submit),
          "feedback.create": _with_rejected(course.feedback_create),
          "announcement.create": _with_rejected(course.announcement_create),
          "document.propose": _with_rejected(repository.document_propose),
          "proposal.decide": _with_rejected(repository.proposal_decide)}


# ---- pull ---------------------------------------------------------------------------

def _iso(value: datetime) -> str:
    return value.isoformat()


def _record(entity: str, row) -> dict:
    in_course = course.record(entity, row)
    if in_course is not None:
        return in_course
    in_repository = repository.record(entity, row)
    if in_repository is not None:
        return in_repository
    if entity == "user":
        return dict(username=row.username, display_name=row.display_name, role=row.role,
                    region=row.region, institution=row.institution, position=row.position,
                    gender=row.gender)
    if entity == "forum":
        return dict(slug=row.slug, title=row.title, description=row.description,
                    position=row.position)
    if entity == "thread":
        return dict(forum_id=row.forum_id, author_id=row.author_id, title=row.title,
                    locked=row.locked, created_at=_iso(row.created_at))
    return dict(thread_id=row.thread_id, author_id=row.author_id, reply_to=row.reply_to,
                body=row.body, created_at=_iso(row.created_at))


def _visible(entity: str, caller: Caller):
    """Filter of the rows of `entity` the caller may see (None: public, like forums)."""
    scope = caller.scope
    if entity in repository.ENTITIES:
        found, public_in_scope = repository.visible(entity, caller), bool(scope and scope.catalogue)
    else:
        found = course.visible(entity, caller.user_id, None if scope is None else scope.courses)
        public_in_scope = False
    if scope is not None and found is None:
        # A reader of some scopes sees a public entity only if it is one of those scopes.
        return true() if public_in_scope else false()
    return found


def _conditions(entity: str, model, caller: Caller, have: list[PackClaim]) -> list:
    """What a row of `entity` must satisfy to be sent: visible to the caller, and not
    among the records a pack the caller imported already brought (contract point 8)."""
    found = []
    visible = _visible(entity, caller)
    if visible is not None:
        found.append(visible)
    for claim in have:
        brought = _visible(entity, claim_reader(claim))  # never None for a scoped reader
        if not isinstance(brought, False_):
            found.append(not_(and_(model.seq <= claim.seq, brought)))
    return found


@dataclass
class Page:
    changes: list[Change]
    cursor: int
    more: bool
    remaining: int


def _approx_bytes(value) -> int:
    """About how many bytes of JSON `value` takes (UTF-8; escapes and numbers roughly)."""
    if isinstance(value, str):
        return len(value.encode("utf-8", "surrogatepass")) + 3
    if isinstance(value, dict):
        return sum(len(k) + 4 + _approx_bytes(v) for k, v in value.items()) + 2
    if isinstance(value, (list, tuple)):
        return sum(_approx_bytes(v) + 1 for v in value) + 2
    return 8


def pull(session: Session, caller: Caller, cursor: int, limit: int,
         max_bytes: int = MAX_PULL_BYTES, have: list[PackClaim] = ()) -> Page:
    """Changes after `cursor`, in seq order, at most `limit` of them and about `max_bytes`
    of JSON (always at least one change, however large: the client must get past it).
    `have`: packs the caller imported; what they brought is not sent again.

    Runs in one snapshot (REPEATABLE READ on PostgreSQL; SQLite transactions are
    serialisable): per-table queries must all see the same committed prefix of seqs.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
    rows: list[tuple[int, str, object]] = []
    for entity, model in SYNCED_TABLES.items():
        table = model.__table__  # plain rows: no ORM identity map for a read-only page
        query = select(table).where(table.c.seq > cursor).order_by(table.c.seq).limit(limit + 1)
        query = query.where(*_conditions(entity, model, caller, have))
        rows.extend((row.seq, entity, row) for row in session.execute(query))
    rows.sort(key=lambda r: r[0])
    more = len(rows) > limit
    changes: list[Change] = []
    size = 0
    for seq, entity, row in rows[:limit]:
        data = None if row.deleted else _record(entity, row)
        size += _approx_bytes(data) + 120  # the change's own fields
        if changes and size > max_bytes:
            more = True  # the next page starts here
            break
        changes.append(Change(entity=entity, id=row.id, seq=seq, deleted=row.deleted,
                              data=data))
    new_cursor = changes[-1].seq if changes else cursor
    remaining = 0
    if more:
        for entity, model in SYNCED_TABLES.items():
            query = select(func.count()).select_from(model).where(model.seq > new_cursor)
            query = query.where(*_conditions(entity, model, caller, have))
            remaining += session.scalar(query) or 0
    return Page(changes, new_cursor, more, remaining)


def profile(user: User) -> dict:
    return dict(id=user.id, username=user.username, display_name=user.display_name,
                role=user.role, region=user.region, institution=user.institution,
                position=user.position, gender=user.gender)
