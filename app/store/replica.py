"""The local store as the sync engine sees it: outbox out, server changes in, one transaction."""
from __future__ import annotations

import json
import logging
from datetime import datetime, timezone

from sqlalchemy import and_, case, delete, func, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.store import meta, search
from app.store.db import Store
from app.store.models import (PENDING, REJECTED, SYNCED, Announcement, Assignment, Course,
                              CourseMember, Document, DocumentFile, Feedback, Forum, Lesson,
                              LessonProgress, Module, OutboxEntry, Person, Post, Proposal,
                              Submission, Thread)
from sync import protocol as p

log = logging.getLogger(__name__)


def _dt(value: str) -> datetime:
    """Server times, stored in UTC (SQLite keeps no zone; readers assume UTC).

    A server on SQLite sends its times without an offset; they are UTC. (astimezone()
    would take them for the computer's local time and move every deadline and post by
    the computer's offset, five hours in Peru.)"""
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


# What imported content packs brought (a JSON list of protocol.PackClaim): sent with each
# sync while the cursor is below them, so the server does not send those records again.
CLAIMS_KEY = "pack_claims"


class StoreReplica:
    """Implements sync.client.Replica over a profile's Store."""

    def __init__(self, store: Store):
        self.store = store

    def cursor(self) -> int:
        with self.store.session() as session:
            return int(meta.get(session, "cursor", "0"))

    def claims(self) -> list[p.PackClaim]:
        """The imported packs' claims that still matter: those above the cursor."""
        with self.store.session() as session:
            cursor = int(meta.get(session, "cursor", "0"))
            found = json.loads(meta.get(session, CLAIMS_KEY, "[]"))
        return [claim for claim in map(p.PackClaim.model_validate, found)
                if claim.seq > cursor]

    def pending_ops(self, limit: int) -> list[p.Op]:
        with self.store.session() as session:
            entries = session.scalars(select(OutboxEntry).order_by(OutboxEntry.position)
                                      .limit(limit)).all()
            return [p.Op(op_id=e.op_id, kind=e.kind, payload=json.loads(e.payload),
                         created_at=e.created_at) for e in entries]

    def pending_count(self) -> int:
        with self.store.session() as session:
            return session.scalar(select(func.count()).select_from(OutboxEntry)) or 0

    def apply(self, sent: list[p.Op], answer: p.SyncResponse) -> None:
        kinds = {str(op.op_id): op for op in sent}
        with self.store.session() as session, session.begin():
            for result in answer.results:
                op_id = str(result.op_id)
                entry = session.scalar(select(OutboxEntry).where(OutboxEntry.op_id == op_id))
                if entry is None:
                    continue  # answered before (a replay); nothing left to do
                op = kinds.get(op_id) or p.Op(op_id=entry.op_id, kind=entry.kind,
                                              payload=json.loads(entry.payload),
                                              created_at=entry.created_at)
                if result.status == "rejected":
                    mark_rejected(session, op, result.code or "not_allowed")
                    log.info("op %s (%s) rejected by the server: %s %s", op_id, entry.kind,
                             result.code, result.message)
                else:
                    # Accepted: no longer "pending", even if its row comes in a later page.
                    _mark(session, op, SYNCED, None)
                session.delete(entry)
            _apply_changes(session, answer.changes)
            if answer.cursor > int(meta.get(session, "cursor", "0")):
                meta.put(session, "cursor", answer.cursor)
            meta.put(session, "server_time", answer.server_time.isoformat())
            if answer.max_blob_bytes:
                meta.put(session, "max_blob_bytes", answer.max_blob_bytes)


def apply_pack_page(session: Session, changes: list[p.Change]) -> None:
    """A content pack's page: like a sync's, except that a record this copy already holds
    at a newer seq (a pack older than the last sync) stays as it is."""
    newer: set[tuple[str, str]] = set()
    by_entity: dict[str, list[p.Change]] = {}
    for change in changes:
        by_entity.setdefault(change.entity, []).append(change)
    for entity, group in by_entity.items():
        table = _MODELS[entity].__table__
        wanted = {str(c.id): c.seq for c in group}
        for chunk in _chunks(sorted(wanted), 500):
            for row_id, seq in session.execute(select(table.c.id, table.c.seq)
                                               .where(table.c.id.in_(chunk))):
                if seq is not None and seq > wanted[row_id]:
                    newer.add((entity, row_id))
    _apply_changes(session, [c for c in changes if (c.entity, str(c.id)) not in newer])


def mark_rejected(session: Session, op: p.Op, code: str) -> None:
    _mark(session, op, REJECTED, code)


def _mark(session: Session, op: p.Op, state: str, code: str | None) -> None:
    """Set the local state of the rows an answered op wrote: SYNCED or REJECTED."""
    payload = op.parsed_payload()
    rejected = state == REJECTED
    if isinstance(payload, p.ThreadCreate):
        session.execute(update(Thread).where(Thread.id == str(payload.id))
                        .values(state=state, reject_code=code))
        session.execute(update(Post).where(Post.id == str(payload.post_id))
                        .values(state=state, reject_code=code))
    elif isinstance(payload, p.PostCreate):
        session.execute(update(Post).where(Post.id == str(payload.id))
                        .values(state=state, reject_code=code))
    elif isinstance(payload, p.ProgressSet):
        session.execute(update(LessonProgress)
                        .where(LessonProgress.lesson_id == str(payload.lesson_id))
                        .values(sync_state=state))
    elif isinstance(payload, p.SubmissionSubmit):
        session.execute(update(Submission).where(Submission.id == str(payload.id),
                                                 Submission.state == "queued")
                        .values(state="rejected" if rejected else "received",
                                reject_code=code))
    elif isinstance(payload, (p.FeedbackCreate, p.AnnouncementCreate)):
        model = Feedback if isinstance(payload, p.FeedbackCreate) else Announcement
        session.execute(update(model).where(model.id == str(payload.id))
                        .values(sync_state=state, reject_code=code))
    elif isinstance(payload, p.DocumentPropose):
        # A refused proposal keeps its text and file here; the member sees why.
        session.execute(update(Proposal).where(Proposal.id == str(payload.id))
                        .values(sync_state=state, reject_code=code))
    elif isinstance(payload, p.ProposalDecide):
        values = dict(sync_state=state, reject_code=code)
        if rejected:
            # The decision did not count (someone decided first, or no permission): the
            # proposal is what the server says, which arrives as a change; until then it
            # is back to waiting. The moderator's reason is kept to copy or send again.
            values.update(state="pending", decided_at=None, decided_by=None)
        session.execute(update(Proposal).where(Proposal.id == str(payload.proposal_id))
                        .values(**values))


_MODELS = {"user": Person, "forum": Forum, "thread": Thread, "post": Post,
           "course": Course, "course_member": CourseMember, "module": Module,
           "lesson": Lesson, "assignment": Assignment, "progress": LessonProgress,
           "submission": Submission, "feedback": Feedback, "announcement": Announcement,
           "document": Document, "proposal": Proposal}
# Columns the client keeps for itself when a record it has is updated: what the server
# does not send, and when something written here was written (the server sends when it
# received it; the person wrote it last night, offline, and reads that time). Order is
# by server seq, so a wrong local clock can misstate a time but never reorder a thread.
_WRITTEN_HERE = {"created_at"}
_LOCAL_ONLY = {"thread": {"last_activity_at", "post_count"} | _WRITTEN_HERE,
               "post": _WRITTEN_HERE, "feedback": _WRITTEN_HERE,
               "announcement": _WRITTEN_HERE}
# The written time is kept only while it is a time the person could have written it: not
# after the server received it (a few minutes of clock difference aside) and not months
# before. Outside that, the computer's clock was wrong and the server's time is shown.
WRITTEN_AHEAD_DAYS = 5 / (24 * 60)
WRITTEN_BEFORE_DAYS = 120


def _written_time(local, server):
    day = func.julianday
    plausible = and_(day(local) <= day(server) + WRITTEN_AHEAD_DAYS,
                     day(local) >= day(server) - WRITTEN_BEFORE_DAYS)
    return case((and_(local.is_not(None), plausible), local), else_=server)


_TIMES = ("created_at", "due_at", "submitted_at", "updated_at", "published_at", "decided_at")
_JSON = ("attachments", "authors", "themes", "file")
# A server change must not overwrite a local write still on its way to the server.
_UNLESS_PENDING = {
    "progress": lambda t: t.c.sync_state != PENDING,
    "submission": lambda t: t.c.state != "queued",
    "proposal": lambda t: t.c.sync_state != PENDING,
}
# A local write the server refused stays marked as refused when the record is updated
# (a moderator's decision that lost to another one: the server's decision shows, and so
# does why theirs did not count).
_KEEP_REFUSAL = {
    "proposal": lambda t: {
        "sync_state": case((t.c.sync_state == REJECTED, REJECTED), else_=SYNCED),
        "reject_code": case((t.c.sync_state == REJECTED, t.c.reject_code), else_=None)},
}
_COURSE_TABLES = (Module, Lesson, Assignment, Announcement, LessonProgress, Submission,
                  Feedback, CourseMember)


def _apply_changes(session: Session, changes: list[p.Change]) -> None:
    """Apply a page of changes with one statement per entity and kind (upsert, delete).

    Within a page each record appears at most once (it has one latest seq), and the replica
    has no foreign keys, so grouping by entity keeps the result of applying in seq order.
    """
    upserts: dict[str, list[dict]] = {}
    deletes: dict[str, list[str]] = {}
    for change in changes:
        if change.deleted:
            deletes.setdefault(change.entity, []).append(str(change.id))
            continue
        row = dict(change.data or {}, id=str(change.id), seq=change.seq)
        for key in _TIMES:
            if row.get(key):
                row[key] = _dt(row[key])
        for key in _JSON:
            if key in row and row[key] is not None:
                row[key] = json.dumps(row[key], ensure_ascii=False)
        if change.entity in ("thread", "post"):
            row.update(state=SYNCED, reject_code=None)
        elif change.entity in ("progress", "feedback", "announcement"):
            row.update(sync_state=SYNCED)
            if change.entity != "progress":
                row.update(reject_code=None)
        elif change.entity in ("submission", "proposal"):
            row.update(reject_code=None)
            if change.entity == "proposal":
                row.update(sync_state=SYNCED)
        if change.entity == "thread":
            row.update(last_activity_at=row["created_at"], post_count=0)
        upserts.setdefault(change.entity, []).append(row)

    _my_role(session, upserts.get("user", []))
    touched = {r["thread_id"] for r in upserts.get("post", [])}
    connection = session.connection()
    for entity, rows in upserts.items():
        table = _MODELS[entity].__table__
        keep = _LOCAL_ONLY.get(entity, set()) | {"id"}
        stmt = sqlite_insert(table)
        guard = _UNLESS_PENDING.get(entity)
        values = {key: stmt.excluded[key] for key in rows[0] if key not in keep}
        for key in _WRITTEN_HERE & keep & set(rows[0]):
            values[key] = _written_time(table.c[key], stmt.excluded[key])
        if entity in _KEEP_REFUSAL:
            values.update(_KEEP_REFUSAL[entity](table))
        stmt = stmt.on_conflict_do_update(index_elements=[table.c.id], set_=values,
                                          where=guard(table) if guard else None)
        connection.execute(stmt, rows)  # one compiled statement, executemany
    for entity, ids in deletes.items():
        model = _MODELS[entity]
        if entity == "course_member":
            _leave_courses(session, ids)
        for chunk in _chunks(ids, 500):
            if entity == "post":
                touched.update(session.scalars(select(Post.thread_id)
                                               .where(Post.id.in_(chunk))))
            session.execute(delete(model).where(model.id.in_(chunk)))
            if entity == "thread":
                session.execute(delete(Post).where(Post.thread_id.in_(chunk)))
            if entity == "document":
                # No longer in the catalogue: this computer stops asking for its file.
                session.execute(update(DocumentFile).where(DocumentFile.document_id.in_(chunk))
                                .values(wanted=False, pinned=False))
    documents = [r["id"] for r in upserts.get("document", [])] + deletes.get("document", [])
    if documents:
        # The search index changes in the same transaction as the rows it describes.
        search.index_documents(session, documents)
    if upserts.get("thread"):
        touched.update(r["id"] for r in upserts["thread"])
    _refresh_threads(session, touched)


def _my_role(session: Session, users: list[dict]) -> None:
    """This person's role changed on the server (`minka-server user role`): what the app
    offers follows it. No longer a moderator: other members' proposals leave this copy."""
    me = meta.get(session, "user_id")
    for row in users:
        if row["id"] != me or not row.get("role") or row["role"] == meta.get(session, "role"):
            continue
        log.info("this account's role changed to %s", row["role"])
        meta.put(session, "role", row["role"])
        if row["role"] not in ("facilitator", "admin"):
            session.execute(delete(Proposal).where(Proposal.proposer_id != me))


def _leave_courses(session: Session, member_ids: list[str]) -> None:
    """This user left a course (contract point 5): remove everything of it locally."""
    me = meta.get(session, "user_id")
    courses = set(session.scalars(select(CourseMember.course_id).where(
        CourseMember.id.in_(member_ids), CourseMember.user_id == me)))
    for course_id in courses:
        log.info("no longer a member of course %s: removing its local copy", course_id)
        for model in _COURSE_TABLES:
            session.execute(delete(model).where(model.course_id == course_id))
        session.execute(delete(Course).where(Course.id == course_id))


def _chunks(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _refresh_threads(session: Session, thread_ids: set[str]) -> None:
    """Recount replies and the last activity of the threads a page touched."""
    posts = Post.__table__
    count = (select(func.count()).select_from(posts)
             .where(posts.c.thread_id == Thread.id).scalar_subquery())
    last = (select(func.max(posts.c.created_at))
            .where(posts.c.thread_id == Thread.id).scalar_subquery())
    for chunk in _chunks(sorted(thread_ids), 500):
        session.execute(update(Thread).where(Thread.id.in_(chunk))
                        .values(post_count=count,
                                last_activity_at=func.coalesce(last, Thread.created_at)))
