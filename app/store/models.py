"""Tables of the local store: a replica of what the user may see, plus the outbox.

Rows written here by the user carry `state`: "pending" until the server accepts them,
"synced" after, "rejected" with the server's reason. Server rows carry the server `seq`.
There are no foreign keys: this is a replica, filled in seq order by pages, and a page
may bring a child before the parent it belongs to.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Float, Index, Integer, BigInteger, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

PENDING, SYNCED, REJECTED = "pending", "synced", "rejected"


class Base(DeclarativeBase):
    pass


class Moderated:
    """What moderated writing carries from the server (sync/server/registry.Moderation):
    hidden by a moderator (the reason only its author and moderators receive; the text
    of a hidden record reaches no one else), and the version an edit is based on."""
    hidden: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False,
                                         server_default="0")
    hidden_reason: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1,
                                         server_default="1")
    edited_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Meta(Base):
    """Key/value settings of this profile: server, account, device, cursor."""
    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class Person(Base):
    __tablename__ = "people"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    username: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    display_name: Mapped[str] = mapped_column(String(200), nullable=False)
    role: Mapped[str] = mapped_column(String(20), nullable=False, default="participant")
    region: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    institution: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    position: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    gender: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    seq: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    # Local: the name folded for search (no accents, no case: "nunez" finds "Núñez").
    name_key: Mapped[str] = mapped_column(String(200), nullable=False, default="", index=True)


class Forum(Base):
    __tablename__ = "forums"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    seq: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)


class Thread(Base):
    """A thread of a forum (`forum_id`) or of a closed group (`group_id`)."""
    __tablename__ = "threads"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    forum_id: Mapped[str | None] = mapped_column(String(36))
    group_id: Mapped[str | None] = mapped_column(String(36), index=True)
    author_id: Mapped[str] = mapped_column(String(36), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    locked: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    last_activity_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    post_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    seq: Mapped[int | None] = mapped_column(BigInteger)
    state: Mapped[str] = mapped_column(String(10), nullable=False, default=SYNCED)
    reject_code: Mapped[str | None] = mapped_column(String(40))

    __table_args__ = (Index("ix_threads_forum_activity", "forum_id", "last_activity_at"),)


class Post(Moderated, Base):
    __tablename__ = "posts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    thread_id: Mapped[str] = mapped_column(String(36), nullable=False)
    author_id: Mapped[str] = mapped_column(String(36), nullable=False)
    reply_to: Mapped[str | None] = mapped_column(String(36))
    body: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    seq: Mapped[int | None] = mapped_column(BigInteger)
    state: Mapped[str] = mapped_column(String(10), nullable=False, default=SYNCED)
    reject_code: Mapped[str | None] = mapped_column(String(40))

    __table_args__ = (Index("ix_posts_thread_created", "thread_id", "created_at"),)


class OutboxEntry(Base):
    """A write waiting for the server. Deleted only with the result that answers it."""
    __tablename__ = "outbox"
    position: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True, nullable=False)
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    payload: Mapped[str] = mapped_column(Text, nullable=False)  # JSON
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class SentOp(Base):
    """An op the server accepted, kept for SENT_OPS_KEEP_DAYS (app/store/replica.py).

    If the server is restored from a backup older than the op (it answers with another
    server identity), these go back into the outbox: the server applies the ones it lost
    and answers the ones it kept from its stored results, so nothing is lost or doubled.
    """
    __tablename__ = "sent_ops"
    # The order they were accepted in, which is the order they are sent again in (a
    # thread before its replies), whatever the computer's clock said.
    position: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True, nullable=False)
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    payload: Mapped[str] = mapped_column(Text, nullable=False)  # JSON
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    sent_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False,
                                              index=True)


class SyncRun(Base):
    """One sync attempt, for the status bar and the sync history."""
    __tablename__ = "sync_runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    ok: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    pushed: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    rejected: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    pulled: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    bytes_up: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    bytes_down: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    requests: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    seconds: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    error_code: Mapped[str | None] = mapped_column(String(40))
    error_detail: Mapped[str | None] = mapped_column(Text)


# ---- the course ----------------------------------------------------------------------

class Course(Base):
    __tablename__ = "courses"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    late_submissions: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    max_attachment_bytes: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    seq: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)


class CourseMember(Base):
    __tablename__ = "course_members"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    course_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    user_id: Mapped[str] = mapped_column(String(36), nullable=False)
    role: Mapped[str] = mapped_column(String(20), nullable=False)
    seq: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)


class Module(Base):
    __tablename__ = "modules"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    course_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    seq: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)


class Lesson(Base):
    __tablename__ = "lessons"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    course_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    module_id: Mapped[str] = mapped_column(String(36), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False, default="")
    attachments: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON
    seq: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)


class Assignment(Base):
    __tablename__ = "assignments"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    course_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    module_id: Mapped[str] = mapped_column(String(36), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    instructions: Mapped[str] = mapped_column(Text, nullable=False, default="")
    due_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    seq: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)


class LessonProgress(Base):
    __tablename__ = "lesson_progress"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    lesson_id: Mapped[str] = mapped_column(String(36), nullable=False, unique=True)
    course_id: Mapped[str] = mapped_column(String(36), nullable=False)
    state: Mapped[str] = mapped_column(String(20), nullable=False)  # read, completed
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    seq: Mapped[int | None] = mapped_column(BigInteger)
    sync_state: Mapped[str] = mapped_column(String(10), nullable=False, default=SYNCED)


class Submission(Base):
    """What the server holds of a submission (or what is queued to reach it). The text
    being written lives in `drafts` until it is submitted."""
    __tablename__ = "submissions"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    assignment_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    course_id: Mapped[str] = mapped_column(String(36), nullable=False)
    user_id: Mapped[str] = mapped_column(String(36), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    attachments: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON
    state: Mapped[str] = mapped_column(String(20), nullable=False)  # queued, received, returned, rejected
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    seq: Mapped[int | None] = mapped_column(BigInteger)
    reject_code: Mapped[str | None] = mapped_column(String(40))


class Feedback(Base):
    __tablename__ = "feedback"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    submission_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    course_id: Mapped[str] = mapped_column(String(36), nullable=False)
    author_id: Mapped[str] = mapped_column(String(36), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    grade: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    seq: Mapped[int | None] = mapped_column(BigInteger)
    sync_state: Mapped[str] = mapped_column(String(10), nullable=False, default=SYNCED)
    reject_code: Mapped[str | None] = mapped_column(String(40))


class Announcement(Base):
    __tablename__ = "announcements"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    course_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    author_id: Mapped[str] = mapped_column(String(36), nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    seq: Mapped[int | None] = mapped_column(BigInteger)
    sync_state: Mapped[str] = mapped_column(String(10), nullable=False, default=SYNCED)
    reject_code: Mapped[str | None] = mapped_column(String(40))


class Draft(Base):
    """Text being written (a submission, a feedback), saved as the user types."""
    __tablename__ = "drafts"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    attachments: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON
    saved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


# ---- the repository ------------------------------------------------------------------

class Document(Base):
    """A published catalogue entry (replica). `authors`, `themes` and `file` are JSON."""
    __tablename__ = "documents"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    key: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    authors: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    year: Mapped[int | None] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(30), nullable=False, default="otro")
    themes: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    region: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    language: Mapped[str] = mapped_column(String(3), nullable=False, default="es")
    licence: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    source: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    file: Mapped[str | None] = mapped_column(Text)  # JSON FileRef or NULL
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    contributed_by: Mapped[str | None] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)

    __table_args__ = (Index("ix_documents_type_year", "type", "year"),)


class Proposal(Base):
    """A member's proposal for the repository: theirs, or (for moderators) everyone's.

    `state` is the moderation state (pending, approved, rejected) with the moderator's
    `reason`; `sync_state`/`reject_code` say whether the local write (the proposal, or a
    moderator's decision) has reached the server.
    """
    __tablename__ = "proposals"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    proposer_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    authors: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    year: Mapped[int | None] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(30), nullable=False, default="otro")
    themes: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    region: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    language: Mapped[str] = mapped_column(String(3), nullable=False, default="es")
    licence: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    source: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    file: Mapped[str] = mapped_column(Text, nullable=False)  # JSON FileRef
    state: Mapped[str] = mapped_column(String(20), nullable=False, default="pending")
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    document_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    decided_by: Mapped[str | None] = mapped_column(String(36))
    seq: Mapped[int | None] = mapped_column(BigInteger)
    sync_state: Mapped[str] = mapped_column(String(10), nullable=False, default=SYNCED)
    reject_code: Mapped[str | None] = mapped_column(String(40))
    # A group's finished product: the group it comes from (its name as the server had it).
    group_id: Mapped[str | None] = mapped_column(String(36))
    group_title: Mapped[str] = mapped_column(String(200), nullable=False, default="",
                                             server_default="")


class DocumentFile(Base):
    """This computer's relation to a document's file: asked for (a download to finish,
    also after a restart), pinned for offline use, last opened."""
    __tablename__ = "document_files"
    document_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    wanted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    pinned: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    requested_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_opened_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class DocumentText(Base):
    """Text extracted from a downloaded document file, for the search index."""
    __tablename__ = "document_text"
    document_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")


# ---- closed groups -------------------------------------------------------------------------

class Group(Base):
    """A closed group this person belongs to (the server sends no other)."""
    __tablename__ = "groups"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    seq: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)


class GroupMember(Base):
    """A member of one of my groups. A facilitator's change made here is `sync_state`
    pending until the server answers (`ending`: a removal on its way)."""
    __tablename__ = "group_members"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # protocol.group_member_id
    group_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    user_id: Mapped[str] = mapped_column(String(36), nullable=False)
    role: Mapped[str] = mapped_column(String(20), nullable=False, default="member")
    seq: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    sync_state: Mapped[str] = mapped_column(String(10), nullable=False, default=SYNCED)
    reject_code: Mapped[str | None] = mapped_column(String(40))
    ending: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class GroupDocument(Base):
    """A document shared in a group; `file` is a JSON FileRef, downloaded on demand."""
    __tablename__ = "group_documents"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    group_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    author_id: Mapped[str] = mapped_column(String(36), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    file: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    seq: Mapped[int | None] = mapped_column(BigInteger)
    state: Mapped[str] = mapped_column(String(10), nullable=False, default=SYNCED)
    reject_code: Mapped[str | None] = mapped_column(String(40))


class ForgottenFile(Base):
    """A cached file whose last record left this computer (e.g. its person left a group):
    deleted from the cache after the sync that removed the record commits."""
    __tablename__ = "forgotten_files"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)


# ---- debates -------------------------------------------------------------------------------

class Debate(Base):
    """A question put to the whole network for a period; after it closes, its synthesis
    and the published proposal ("Edugestores propone")."""
    __tablename__ = "debates"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    question: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    opens_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    closes_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    created_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    synthesis: Mapped[str] = mapped_column(Text, nullable=False, default="")
    result_title: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    result_body: Mapped[str] = mapped_column(Text, nullable=False, default="")
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    published_by: Mapped[str | None] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    # A debate a moderator opened here, until the server answers.
    state: Mapped[str] = mapped_column(String(10), nullable=False, default=SYNCED)
    reject_code: Mapped[str | None] = mapped_column(String(40))


class DebateProposal(Moderated, Base):
    __tablename__ = "debate_proposals"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    debate_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    author_id: Mapped[str] = mapped_column(String(36), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    seq: Mapped[int | None] = mapped_column(BigInteger)
    state: Mapped[str] = mapped_column(String(10), nullable=False, default=SYNCED)
    reject_code: Mapped[str | None] = mapped_column(String(40))


class DebateArgument(Moderated, Base):
    __tablename__ = "debate_arguments"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    proposal_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    author_id: Mapped[str] = mapped_column(String(36), nullable=False)
    side: Mapped[str] = mapped_column(String(10), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    seq: Mapped[int | None] = mapped_column(BigInteger)
    state: Mapped[str] = mapped_column(String(10), nullable=False, default=SYNCED)
    reject_code: Mapped[str | None] = mapped_column(String(40))


class DebateEndorsement(Base):
    """One member's endorsement of a proposal (id from both: protocol.debate_endorsement_id).

    `active` is what this computer shows: an endorsement withdrawn offline stays as a row
    with active false and state pending until the server answers."""
    __tablename__ = "debate_endorsements"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    proposal_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    user_id: Mapped[str] = mapped_column(String(36), nullable=False)
    created_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    seq: Mapped[int | None] = mapped_column(BigInteger)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    state: Mapped[str] = mapped_column(String(10), nullable=False, default=SYNCED)
    reject_code: Mapped[str | None] = mapped_column(String(40))


class WallPost(Moderated, Base):
    """A post on the wall ("Muro"); `file` is a JSON FileRef or NULL, downloaded on demand
    (a photo's thumbnail is made from it). `comment_count` is kept here."""
    __tablename__ = "wall_posts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    author_id: Mapped[str] = mapped_column(String(36), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    file: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    comment_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    seq: Mapped[int | None] = mapped_column(BigInteger, index=True)
    state: Mapped[str] = mapped_column(String(10), nullable=False, default=SYNCED)
    reject_code: Mapped[str | None] = mapped_column(String(40))


class WallComment(Moderated, Base):
    __tablename__ = "wall_comments"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    post_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    author_id: Mapped[str] = mapped_column(String(36), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    seq: Mapped[int | None] = mapped_column(BigInteger)
    state: Mapped[str] = mapped_column(String(10), nullable=False, default=SYNCED)
    reject_code: Mapped[str | None] = mapped_column(String(40))


class News(Base):
    """News of the network ("Edugestores reporta"); `photo` is a JSON FileRef or NULL."""
    __tablename__ = "news"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    author_id: Mapped[str] = mapped_column(String(36), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    photo: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    seq: Mapped[int | None] = mapped_column(BigInteger, index=True)
    state: Mapped[str] = mapped_column(String(10), nullable=False, default=SYNCED)
    reject_code: Mapped[str | None] = mapped_column(String(40))


class FeaturedMember(Base):
    """A member the network features ("Edugestores destacados"), and why."""
    __tablename__ = "featured_members"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(36), nullable=False)
    author_id: Mapped[str] = mapped_column(String(36), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    seq: Mapped[int | None] = mapped_column(BigInteger)



class MemberProfile(Base):
    """A member's profile beyond the account: what the server sent (another member's
    private fields come empty), and, for this person's own, the edit on its way.

    `draft` is this person's last saved edit (protocol.ProfileUpdate as JSON) while it is
    queued (PENDING) or refused (REJECTED, with `reject_code`): the editor shows it, so a
    refused edit keeps its text. `draft_base` is the version the next edit is made on."""
    __tablename__ = "member_profiles"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)   # the user's id
    user_id: Mapped[str] = mapped_column(String(36), nullable=False, default="")
    presentation: Mapped[str] = mapped_column(Text, nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    shared: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON list
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    seq: Mapped[int | None] = mapped_column(BigInteger)
    draft: Mapped[str | None] = mapped_column(Text)
    draft_state: Mapped[str | None] = mapped_column(String(10))
    draft_base: Mapped[int | None] = mapped_column(Integer)
    reject_code: Mapped[str | None] = mapped_column(String(40))


class Survey(Base):
    """A survey of the network: `options` a JSON list of {id, text}; `counts` (JSON {option
    id: n}) and `respondents` are the results as the server computed them (other
    members' answers never come here)."""
    __tablename__ = "surveys"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    question: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    multiple: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    options: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    closes_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    created_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    author_id: Mapped[str | None] = mapped_column(String(36))
    counts: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    respondents: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    seq: Mapped[int | None] = mapped_column(BigInteger)
    # A survey a moderator asked here, until the server answers.
    state: Mapped[str] = mapped_column(String(10), nullable=False, default=SYNCED)
    reject_code: Mapped[str | None] = mapped_column(String(40))


class SurveyAnswer(Base):
    """This person's answer to a survey (id: protocol.survey_answer_id). A choice made
    offline is pending until the server answers; refused (the survey had closed), it stays
    here, shown with the reason."""
    __tablename__ = "survey_answers"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    survey_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    user_id: Mapped[str] = mapped_column(String(36), nullable=False)
    options: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    answered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    seq: Mapped[int | None] = mapped_column(BigInteger)
    state: Mapped[str] = mapped_column(String(10), nullable=False, default=SYNCED)
    reject_code: Mapped[str | None] = mapped_column(String(40))


class NetworkStats(Base):
    """The network's statistics as the server last computed them (`snapshot`: JSON)."""
    __tablename__ = "network_stats"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    snapshot: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    seq: Mapped[int | None] = mapped_column(BigInteger)
class Report(Base):
    """A report of a piece of writing to the moderators: this member's own (pending until
    the server has it), or, on a moderator's computer, everyone's."""
    __tablename__ = "reports"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40), nullable=False)
    record_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    reporter_id: Mapped[str] = mapped_column(String(36), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    state: Mapped[str] = mapped_column(String(20), nullable=False)  # open, dismissed, hidden
    created_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    seq: Mapped[int | None] = mapped_column(BigInteger)
    sync_state: Mapped[str] = mapped_column(String(10), nullable=False, default=SYNCED)
    reject_code: Mapped[str | None] = mapped_column(String(40))


class LocalEdit(Base):
    """An edit of one's own writing made here, on `base_version`: "pending" while queued,
    then gone once applied; "conflict" when the server had moved on (its version wins and
    this is the visible conflict copy, contract point 6); "rejected" with the server's
    code (hidden meanwhile). Never overwritten by a sync: only the person discards it."""
    __tablename__ = "local_edits"
    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    base_version: Mapped[int] = mapped_column(Integer, nullable=False)
    state: Mapped[str] = mapped_column(String(10), nullable=False)
    reject_code: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
