"""Tables of the central server: accounts, devices, forums, the course, the repository,
applied ops, files.

The schema exists only through Alembic migrations (sync/server/migrations); these models
describe it for queries. Every synced record carries `seq`, drawn from the single row of
`seq_counter` (see sync/server/seq.py), and deletes leave tombstones (`deleted`).
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import (BigInteger, Boolean, DateTime, ForeignKey, Index, Integer, String,
                        Text, UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Network(Base):
    """One row: who this network is (packs name it) and the public half of its signing key.

    The private half stays in a file only the server's owner reads (sync/server/network.py);
    serving never needs it, exporting a pack does."""
    __tablename__ = "network"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    public_key: Mapped[str] = mapped_column(String(64), nullable=False)  # Ed25519, hex
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class SeqCounter(Base):
    """One row; its value is the last seq handed out."""
    __tablename__ = "seq_counter"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)


class AuthEpoch(Base):
    """One row; moved forward in every transaction that changes an account or a device
    (sign-out, disable, remove, role, password, a new token): a worker's cached token
    checks are good only while it has not moved (sync/server/tokencache.py)."""
    __tablename__ = "auth_epoch"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)


class Synced:
    """Columns shared by every record that travels to clients."""
    seq: Mapped[int] = mapped_column(BigInteger, nullable=False, index=True)
    deleted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class Moderated:
    """Columns of member writing that moderators may hide and its author may edit
    (the entity declares it: registry.Moderation). `hidden_reason` NULL: shown."""
    hidden_reason: Mapped[str | None] = mapped_column(Text)
    hidden_by: Mapped[str | None] = mapped_column(String(36))
    hidden_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Edits carry the version they were based on (DESIGN.md, contract point 6).
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1,
                                         server_default="1")
    edited_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class User(Synced, Base):
    __tablename__ = "users"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True, nullable=False)
    display_name: Mapped[str] = mapped_column(String(200), nullable=False)
    password_hash: Mapped[str] = mapped_column(String(200), nullable=False)
    role: Mapped[str] = mapped_column(String(20), nullable=False)
    region: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    institution: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    position: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    gender: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    # Set by `minka-server user disable` (and `remove`): the account's tokens stop working
    # and it cannot sign in, without losing anything it wrote.
    disabled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    removed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Device(Base):
    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    token_hash: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    last_seen_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # The device's own Ed25519 key (hex), sent at sign-in: an outbox carried on a drive is
    # accepted only signed with it, and only while the device is not revoked.
    public_key: Mapped[str | None] = mapped_column(String(64))
    # Its X25519 key (hex): what a return pack's private part is encrypted to, so that
    # whoever carries the drive cannot read it (sync/return_pack.py).
    exchange_key: Mapped[str | None] = mapped_column(String(64))


class EnrolmentCode(Base):
    """A one-time code a facilitator printed for a participant who will never be online at
    first (sync/enrolment.py). Only the key derived from the code is kept; using it binds
    one device, named here, and the code is then spent."""
    __tablename__ = "enrolment_codes"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False, index=True)
    derived_key: Mapped[str] = mapped_column(String(64), nullable=False)   # scrypt, hex
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    device_id: Mapped[str | None] = mapped_column(String(36))


class Forum(Synced, Base):
    __tablename__ = "forums"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), unique=True, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class Thread(Synced, Base):
    """A thread in an open forum (`forum_id`) or in a closed group (`group_id`): one of
    the two is set, and a group's threads are seen only by its members."""
    __tablename__ = "threads"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    forum_id: Mapped[str | None] = mapped_column(ForeignKey("forums.id"), index=True)
    group_id: Mapped[str | None] = mapped_column(ForeignKey("groups.id"), index=True)
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    locked: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class Post(Moderated, Synced, Base):
    __tablename__ = "posts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    thread_id: Mapped[str] = mapped_column(ForeignKey("threads.id"), nullable=False, index=True)
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False)
    reply_to: Mapped[str | None] = mapped_column(String(36))
    body: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class SigninFailures(Base):
    """Failed sign-ins counted per account or per address (`key`), in a window that starts
    at the first failure: kept in the database so that every worker process sees the same
    count."""
    __tablename__ = "signin_failures"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    window_start: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    failures: Mapped[int] = mapped_column(Integer, nullable=False)


class AuditEntry(Base):
    """One administrative action: who did what to whom, and when (`minka-server audit`)."""
    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, index=True)
    actor: Mapped[str] = mapped_column(String(200), nullable=False)
    action: Mapped[str] = mapped_column(String(40), nullable=False)
    target: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    detail: Mapped[str] = mapped_column(Text, nullable=False, default="")


class AppliedOp(Base):
    """Each op a device sent, with the result it got: a replay returns this result."""
    __tablename__ = "applied_ops"
    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False)
    device_id: Mapped[str] = mapped_column(String(36), nullable=False)
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    result: Mapped[str] = mapped_column(Text, nullable=False)  # OpResult as JSON
    applied_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


# ---- the course ---------------------------------------------------------------------

class Course(Synced, Base):
    __tablename__ = "courses"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), unique=True, nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    late_submissions: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    max_attachment_bytes: Mapped[int] = mapped_column(BigInteger, nullable=False,
                                                      default=10 * 1024 * 1024)


class CourseMember(Synced, Base):
    """Who takes or teaches a course: what makes its records visible to them."""
    __tablename__ = "course_members"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    course_id: Mapped[str] = mapped_column(ForeignKey("courses.id"), nullable=False, index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False, index=True)
    role: Mapped[str] = mapped_column(String(20), nullable=False)  # participant, facilitator


class Module(Synced, Base):
    __tablename__ = "modules"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    course_id: Mapped[str] = mapped_column(ForeignKey("courses.id"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Lesson(Synced, Base):
    __tablename__ = "lessons"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    course_id: Mapped[str] = mapped_column(ForeignKey("courses.id"), nullable=False, index=True)
    module_id: Mapped[str] = mapped_column(ForeignKey("modules.id"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    attachments: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON list


class Assignment(Synced, Base):
    __tablename__ = "assignments"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    course_id: Mapped[str] = mapped_column(ForeignKey("courses.id"), nullable=False, index=True)
    module_id: Mapped[str] = mapped_column(ForeignKey("modules.id"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    instructions: Mapped[str] = mapped_column(Text, nullable=False)
    due_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class LessonProgress(Synced, Base):
    __tablename__ = "lesson_progress"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # uuid5(user, lesson)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False, index=True)
    lesson_id: Mapped[str] = mapped_column(ForeignKey("lessons.id"), nullable=False)
    course_id: Mapped[str] = mapped_column(ForeignKey("courses.id"), nullable=False)
    state: Mapped[str] = mapped_column(String(20), nullable=False)  # read, completed
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class Submission(Synced, Base):
    """One per participant and assignment (id = uuid5(assignment, user)); resubmitting
    before it is graded replaces the text."""
    __tablename__ = "submissions"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    assignment_id: Mapped[str] = mapped_column(ForeignKey("assignments.id"), nullable=False)
    course_id: Mapped[str] = mapped_column(ForeignKey("courses.id"), nullable=False, index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False, index=True)
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    attachments: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON list
    state: Mapped[str] = mapped_column(String(20), nullable=False)  # received, returned
    submitted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class Feedback(Synced, Base):
    __tablename__ = "feedback"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    submission_id: Mapped[str] = mapped_column(ForeignKey("submissions.id"), nullable=False,
                                               index=True)
    course_id: Mapped[str] = mapped_column(ForeignKey("courses.id"), nullable=False)
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    grade: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class Announcement(Synced, Base):
    __tablename__ = "announcements"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    course_id: Mapped[str] = mapped_column(ForeignKey("courses.id"), nullable=False, index=True)
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


# ---- the repository ---------------------------------------------------------------------

class Document(Synced, Base):
    """A published catalogue entry: imported by an administrator (`key` = the catalogue
    code, id = stable_id("document", key)) or an approved proposal (`key` = "", id =
    uuid5(proposal id, "document")). `authors`, `themes` and `file` are JSON."""
    __tablename__ = "documents"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    key: Mapped[str] = mapped_column(String(100), nullable=False, default="", index=True)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    authors: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    year: Mapped[int | None] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(30), nullable=False)
    themes: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    region: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    language: Mapped[str] = mapped_column(String(3), nullable=False, default="es")
    licence: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    source: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    file: Mapped[str | None] = mapped_column(Text)  # JSON FileRef, or NULL (e.g. a video)
    published_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    contributed_by: Mapped[str | None] = mapped_column(ForeignKey("users.id"))


class Proposal(Synced, Base):
    """A member's proposal for the repository, and a moderator's decision on it."""
    __tablename__ = "proposals"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    proposer_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False,
                                             index=True)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    authors: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    year: Mapped[int | None] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(30), nullable=False)
    themes: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    region: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    language: Mapped[str] = mapped_column(String(3), nullable=False, default="es")
    licence: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    source: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    file: Mapped[str] = mapped_column(Text, nullable=False)  # JSON FileRef
    state: Mapped[str] = mapped_column(String(20), nullable=False)  # pending, approved, rejected
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    document_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    decided_by: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    # A group's finished product (op group.document.propose): the group, named as it was
    # (moderators need not belong to it to read its name).
    group_id: Mapped[str | None] = mapped_column(String(36))
    group_title: Mapped[str] = mapped_column(String(200), nullable=False, default="",
                                             server_default="")


class Blob(Base):
    """A file stored once under the blob directory, named by the SHA-256 of its bytes."""
    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    # The first account that uploaded it; empty for files an administrator imported.
    uploaded_by: Mapped[str | None] = mapped_column(ForeignKey("users.id"))


class BlobUpload(Base):
    """An account that sent every byte of a blob (so has proven it holds the file).

    Deduplication keeps one copy however many accounts upload the same bytes; this row is
    what lets each of them read it back before any record refers to it.
    """
    __tablename__ = "blob_uploads"
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class BlobRef(Base):
    """Which record uses which file: who may see the record may fetch the file."""
    __tablename__ = "blob_refs"
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)

    __table_args__ = (Index("ix_blob_refs_record", "entity", "record_id"),)


# ---- closed groups ("Edugestores grupos") -------------------------------------------------

class Group(Synced, Base):
    """A closed working group: its threads, documents and member list are its members'."""
    __tablename__ = "groups"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # stable_id("group", slug)
    slug: Mapped[str] = mapped_column(String(100), unique=True, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class GroupMember(Synced, Base):
    """Who belongs to a group (id = stable_id("group-member", group, user)); leaving makes
    it a tombstone, which is what tells the member's devices to drop the group."""
    __tablename__ = "group_members"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    group_id: Mapped[str] = mapped_column(ForeignKey("groups.id"), nullable=False, index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False, index=True)
    role: Mapped[str] = mapped_column(String(20), nullable=False)  # member, facilitator


class GroupDocument(Synced, Base):
    """A document shared inside a group (`file` is a JSON FileRef)."""
    __tablename__ = "group_documents"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    group_id: Mapped[str] = mapped_column(ForeignKey("groups.id"), nullable=False, index=True)
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    file: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class ServerIdentity(Base):
    """Which database this is: a random id made with the database and changed by every
    restore (sync/server/ops.py). Every sync answer carries it, so a client whose cursor
    belongs to another history (an older backup restored) notices and pulls again."""
    __tablename__ = "server_identity"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # always 1: one row
    server_id: Mapped[str] = mapped_column(String(36), nullable=False)
    since: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


# ---- debates that end in proposals ("Edugestores debate" -> "Edugestores propone") -------

class Debate(Synced, Base):
    """A question put to the whole network for a period (id = stable_id("debate", slug)).

    While `opens_at <= now < closes_at` members post proposals, arguments and
    endorsements; after it, a moderator writes the synthesis and publishes the resulting
    proposal (`result_*`, `published_at`): "Edugestores propone"."""
    __tablename__ = "debates"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), unique=True, nullable=False)
    question: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    opens_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    closes_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    synthesis: Mapped[str] = mapped_column(Text, nullable=False, default="")
    result_title: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    result_body: Mapped[str] = mapped_column(Text, nullable=False, default="")
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    published_by: Mapped[str | None] = mapped_column(ForeignKey("users.id"))


class DebateProposal(Moderated, Synced, Base):
    """A member's proposal in a debate."""
    __tablename__ = "debate_proposals"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    debate_id: Mapped[str] = mapped_column(ForeignKey("debates.id"), nullable=False,
                                           index=True)
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class DebateArgument(Moderated, Synced, Base):
    """An argument for or against a proposal."""
    __tablename__ = "debate_arguments"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    proposal_id: Mapped[str] = mapped_column(ForeignKey("debate_proposals.id"),
                                             nullable=False, index=True)
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False)
    side: Mapped[str] = mapped_column(String(10), nullable=False)  # for, against
    body: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class DebateEndorsement(Synced, Base):
    """One member's endorsement of one proposal: the id is derived from both
    (protocol.debate_endorsement_id), so there is one row whatever replays or devices
    send; withdrawing makes it a tombstone, endorsing again brings it back."""
    __tablename__ = "debate_endorsements"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    proposal_id: Mapped[str] = mapped_column(ForeignKey("debate_proposals.id"),
                                             nullable=False, index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)

    __table_args__ = (UniqueConstraint("proposal_id", "user_id"),)


class WallPost(Moderated, Synced, Base):
    """A member's short post on the wall ("Muro"); `file` is a JSON FileRef or NULL."""
    __tablename__ = "wall_posts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)  # protocol.WALL_KINDS
    body: Mapped[str] = mapped_column(Text, nullable=False)
    file: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class WallComment(Moderated, Synced, Base):
    """A comment under a wall post."""
    __tablename__ = "wall_comments"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    post_id: Mapped[str] = mapped_column(ForeignKey("wall_posts.id"), nullable=False,
                                         index=True)
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class News(Synced, Base):
    """News of the network ("Edugestores reporta"); `photo` is a JSON FileRef or NULL."""
    __tablename__ = "news"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    photo: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class FeaturedMember(Synced, Base):
    """A member the network features ("Edugestores destacados"), and why."""
    __tablename__ = "featured_members"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False)
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class MemberProfile(Synced, Base):
    """What a member says of themselves beyond the account (users: position, region,
    institution, gender), and which of it other members see (`shared`, a comma-separated
    subset of protocol.SHAREABLE). One row per member who has saved their profile; a
    member without one shares protocol.DEFAULT_SHARED. `version` counts the member's
    saved edits (contract point 6: an edit made on an older version is refused)."""
    __tablename__ = "member_profiles"
    id: Mapped[str] = mapped_column(ForeignKey("users.id"), primary_key=True)  # the user's
    presentation: Mapped[str] = mapped_column(Text, nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    shared: Mapped[str] = mapped_column(String(200), nullable=False, default="institution")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


# ---- surveys and the network's statistics -------------------------------------------------

class Survey(Synced, Base):
    """A question put to the whole network with options (`options`: JSON list of {id,
    text}), one answer or several, open until `closes_at`. `counts` (JSON {option id: n})
    and `respondents` are computed here from the answers: results travel as numbers, never
    as other members' answers."""
    __tablename__ = "surveys"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), unique=True, nullable=False)
    question: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    multiple: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    options: Mapped[str] = mapped_column(Text, nullable=False)
    closes_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    author_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    counts: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    respondents: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class SurveyAnswer(Synced, Base):
    """One member's answer to one survey (id = protocol.survey_answer_id): only its author
    receives it. `options` is a JSON list of option ids."""
    __tablename__ = "survey_answers"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    survey_id: Mapped[str] = mapped_column(ForeignKey("surveys.id"), nullable=False,
                                           index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False, index=True)
    options: Mapped[str] = mapped_column(Text, nullable=False)
    answered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)

    __table_args__ = (UniqueConstraint("survey_id", "user_id"),)


class NetworkStats(Synced, Base):
    """The network's statistics as one snapshot (`snapshot`: JSON, see
    sync/server/entities/stats.py), recomputed when stale; `goal` is the administrator's
    target of active members."""
    __tablename__ = "network_stats"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    snapshot: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    computed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    goal: Mapped[int | None] = mapped_column(Integer)


class FileDownload(Base):
    """A download begun (a GET from the first byte; resumed ranges are not counted): the
    statistics count those of catalogue documents per month. Insert-only."""
    __tablename__ = "file_downloads"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    user_id: Mapped[str] = mapped_column(String(36), nullable=False)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, index=True)

class Report(Synced, Base):
    """A member's report of a piece of writing to the moderators. The id is derived from
    the record and the reporter (protocol.report_id): one report per member and record,
    whatever replays or devices send. Only moderators and the reporter receive it."""
    __tablename__ = "reports"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40), nullable=False)
    record_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    reporter_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    state: Mapped[str] = mapped_column(String(20), nullable=False)  # open, dismissed, hidden
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    decided_by: Mapped[str | None] = mapped_column(String(36))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
