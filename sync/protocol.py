"""Wire types of the Minka sync contract and their validation, shared by client and server.

One definition serves both sides: the client validates an op with these models before it
queues it, and the server validates the same models when the op arrives. See
docs/protocol.md for the prose version of the contract.
"""
from __future__ import annotations

import gzip
import json
import re
import zlib
import uuid
from datetime import datetime
from typing import Annotated, Any, Literal
from uuid import UUID, uuid5

from pydantic import (BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints,
                      model_validator)

PROTOCOL_VERSION = 1
API_PREFIX = "/api/v1"

# Limits. The client keeps below them; the server refuses what goes beyond them.
MAX_OPS_PER_REQUEST = 50
MAX_HAVE_SEQS = 5000   # SyncRequest.have: 50 requests' worth of two records per op
DEFAULT_PULL_LIMIT = 500
MAX_PULL_LIMIT = 2000
MAX_BODY_BYTES = 4 * 1024 * 1024          # a request body as it travels (compressed)
MAX_INFLATED_BYTES = 16 * 1024 * 1024     # the same body once decompressed
# A sign-in body is a name, a password and a device name: a few KB even with every
# character escaped. Unauthenticated, so the server inflates no more than this.
MAX_SIGNIN_BYTES = 16 * 1024
# A page of changes stops at this many bytes of JSON (before gzip) as well as at `limit`
# changes, and says `more`: a page of long lessons neither takes seconds to encode nor
# goes beyond what the client agrees to inflate (MAX_INFLATED_BYTES).
MAX_PULL_BYTES = 2 * 1024 * 1024
MAX_TITLE_CHARS = 200
MAX_POST_CHARS = 20_000
MAX_SUBMISSION_CHARS = 100_000
MAX_SEQ = 2 ** 63 - 1   # seqs are BIGINT on the server: a cursor beyond cannot be queried

# U+0000 is dropped from every text a person writes: it is never meaningful there (it comes
# with text pasted from some PDFs), and PostgreSQL text cannot store it, so an op carrying
# one failed on the server with a 500 at every sync. (Placed after the constraints, it
# runs before them: lengths count what is stored.)
NoNul = BeforeValidator(lambda v: v.replace("\x00", "") if isinstance(v, str) else v)

# What is left after NUL characters and surrounding white space are dropped must not be
# empty: said as a pattern too, so that the published schema calls valid exactly what the
# server accepts (the white space of pydantic's strip: Unicode White_Space).
NOT_BLANK = r"[^\x00\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
NOT_ONLY_NUL = r"[^\x00]"
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1,
                                         max_length=MAX_TITLE_CHARS, pattern=NOT_BLANK),
                  NoNul]
Body = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1,
                                        max_length=MAX_POST_CHARS, pattern=NOT_BLANK), NoNul]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Answer(BaseModel):
    """What the server sends the client. Unknown fields are ignored, not refused: a newer
    server may add one (as `server_id` was added) and every client already installed in
    the field, which cannot be upgraded at once, must keep syncing with it. What the
    client sends stays strict (_Strict): that is the input the server must distrust."""
    model_config = ConfigDict(extra="ignore", frozen=True)


# ---- operations (client -> server) -------------------------------------------------

class ThreadCreate(_Strict):
    """A new thread in a forum, with its opening post."""
    id: UUID
    forum_id: UUID
    post_id: UUID
    title: Title
    body: Body


class PostCreate(_Strict):
    """A reply in a thread, optionally answering an earlier post."""
    id: UUID
    thread_id: UUID
    body: Body
    reply_to: UUID | None = None


Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
FileName = Annotated[str, StringConstraints(min_length=1, max_length=200,
                                            pattern=NOT_ONLY_NUL), NoNul]


# The kinds of file members may attach, upload, link or open: documents, spreadsheets,
# slides, images, audio and video. An allow-list, not a deny-list: a new executable or
# shortcut type (.exe, .lnk, .desktop, .ps1, .jar, …) is refused without anyone naming it.
# The server refuses any other at attach; the client neither queues nor opens one.
ALLOWED_FILE_TYPES = frozenset({
    ".pdf", ".doc", ".docx", ".odt", ".rtf", ".txt", ".xls", ".xlsx", ".ods", ".csv",
    ".ppt", ".pptx", ".odp", ".jpg", ".jpeg", ".png", ".gif", ".webp", ".mp3", ".wav",
    ".ogg", ".m4a", ".mp4", ".webm", ".epub",
})


def file_type(name: str) -> str:
    """The extension that decides how a system opens `name` (its last one, lowercased):
    "informe.pdf.exe" is an ".exe". Trailing dots and spaces are dropped, as Windows
    drops them when it opens a file."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1].rstrip(". ")
    stem, dot, ext = base.rpartition(".")
    return f".{ext.lower()}" if dot and stem else ""


def is_safe_to_open(name: str) -> bool:
    """True if a file called `name` is of a type Minka lets members share and open."""
    return file_type(name) in ALLOWED_FILE_TYPES


class FileRef(_Strict):
    """A file attached to a record: its content address, the name it is shown with, size."""
    sha256: Sha256
    name: FileName
    size: int = Field(ge=0)


class ProgressSet(_Strict):
    """A lesson read or completed (the latest state wins)."""
    lesson_id: UUID
    state: Literal["read", "completed"]


class SubmissionSubmit(_Strict):
    """A participant hands in an assignment (again, until it is graded)."""
    id: UUID              # uuid5(assignment_id, user_id): one submission per assignment
    assignment_id: UUID
    text: Annotated[str, StringConstraints(max_length=MAX_SUBMISSION_CHARS), NoNul]
    attachments: list[FileRef] = Field(default_factory=list, max_length=10)


class FeedbackCreate(_Strict):
    """A facilitator returns a submission with feedback and a grade, or corrects it.

    The first feedback has `replaces` None; the server refuses a second one
    (`already_returned`). A correction names the feedback it was written over (the latest
    one its author saw); it becomes the visible version, unless another correction reached
    the server first (`stale_correction`: the server's version wins, contract point 6).
    """
    id: UUID
    submission_id: UUID
    body: Body
    grade: Annotated[str, StringConstraints(strip_whitespace=True, max_length=40), NoNul] = ""
    replaces: UUID | None = None


class AnnouncementCreate(_Strict):
    id: UUID
    course_id: UUID
    title: Title
    body: Body


# ---- the repository --------------------------------------------------------------------

# Kinds of publication in the catalogue (slugs on the wire; the client shows them in
# Spanish). The CSV import accepts the slug or its Spanish name ("guía", "sistematización").
DOCUMENT_TYPES = ("guia", "investigacion", "informe", "norma", "sistematizacion", "video",
                  "articulo", "libro", "presentacion", "otro")
MAX_SUMMARY_CHARS = 5_000
MAX_REASON_CHARS = 1_000

Short = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200), NoNul]
Word = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1,
                                        max_length=200, pattern=NOT_BLANK), NoNul]


class DocumentFields(_Strict):
    """The catalogue fields of a publication (a document, or a member's proposal)."""
    title: Title
    authors: list[Word] = Field(default_factory=list, max_length=20)
    year: int | None = Field(default=None, ge=1900, le=2100)
    type: Literal[DOCUMENT_TYPES]  # type: ignore[valid-type]
    themes: list[Word] = Field(default_factory=list, max_length=12)
    region: Short = ""
    summary: Annotated[str, StringConstraints(strip_whitespace=True,
                                              max_length=MAX_SUMMARY_CHARS), NoNul] = ""
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")] = "es"
    licence: Short = ""
    source: Short = ""


class DocumentPropose(DocumentFields):
    """A member proposes a publication for the repository; its file was uploaded first."""
    id: UUID                 # the proposal's id, chosen by the client
    file: FileRef


class ProposalDecide(_Strict):
    """A facilitator or administrator approves a proposal (publishing it) or rejects it."""
    # The rule below, said in the published schema too: a rejection carries a reason.
    model_config = ConfigDict(extra="forbid", frozen=True, json_schema_extra={
        "if": {"properties": {"decision": {"const": "reject"}}, "required": ["decision"]},
        "then": {"required": ["reason"], "properties": {"reason": {"pattern": NOT_BLANK}}},
    })
    proposal_id: UUID
    decision: Literal["approve", "reject"]
    reason: Annotated[str, StringConstraints(strip_whitespace=True,
                                             max_length=MAX_REASON_CHARS), NoNul] = ""

    @model_validator(mode="after")
    def _reason_for_rejection(self):
        if self.decision == "reject" and not self.reason:
            raise ValueError("a rejection needs a reason the member can read")
        return self


# ---- closed groups ---------------------------------------------------------------------

class GroupThreadCreate(_Strict):
    """A new thread in a closed group, with its opening post (replies are post.create)."""
    id: UUID
    group_id: UUID
    post_id: UUID
    title: Title
    body: Body


class GroupDocumentAdd(_Strict):
    """A member shares a document with their group; its file was uploaded first."""
    id: UUID
    group_id: UUID
    title: Title
    description: Annotated[str, StringConstraints(strip_whitespace=True,
                                                  max_length=MAX_SUMMARY_CHARS), NoNul] = ""
    file: FileRef


class GroupMemberSet(_Strict):
    """A facilitator or administrator who belongs to a group adds or removes a member."""
    group_id: UUID
    user_id: UUID
    member: bool
    role: Literal["member", "facilitator"] = "member"


def group_member_id(group_id, user_id) -> str:
    """The id of a membership (both sides compute it: one row per group and person)."""
    return str(uuid.uuid5(UUID(str(group_id)), "member/" + str(user_id)))


# ---- debates that end in proposals ("Edugestores debate" -> "Edugestores propone") -----------

class DebateProposalCreate(_Strict):
    """A member puts a proposal to an open debate."""
    id: UUID
    debate_id: UUID
    title: Title
    body: Body


class DebateArgumentCreate(_Strict):
    """An argument for or against a proposal of an open debate."""
    id: UUID
    proposal_id: UUID
    side: Literal["for", "against"]
    body: Body


class DebateEndorse(_Strict):
    """A member endorses a proposal (`endorsed` true) or withdraws the endorsement.

    `id` is uuid5(proposal_id, "endorsement/" + user_id) (debate_endorsement_id): one
    endorsement per member and proposal, whichever device or replay sends it; the server
    refuses any other id."""
    id: UUID
    proposal_id: UUID
    endorsed: bool


class DebateCreate(_Strict):
    """A facilitator or administrator opens a debate to the whole network."""
    id: UUID
    question: Title
    description: Annotated[str, StringConstraints(strip_whitespace=True,
                                                  max_length=MAX_SUMMARY_CHARS), NoNul] = ""
    # With their offset (one without is taken as UTC). A period that ends before it
    # starts, or outside 2000-2100, is refused `invalid_period` (an op's answer, not a
    # malformed request: the published schema cannot say it).
    opens_at: datetime
    closes_at: datetime


class DebatePublish(_Strict):
    """A facilitator or administrator publishes the synthesis and the resulting proposal
    of a closed debate ("Edugestores propone"); publishing again replaces them."""
    debate_id: UUID
    title: Title
    synthesis: Body
    body: Body


def debate_endorsement_id(proposal_id: str, user_id: str) -> str:
    return str(uuid5(UUID(str(proposal_id)), "endorsement/" + str(user_id)))


# ---- the wall, news and featured members ----------------------------------------------

# What a wall post is about, chosen when writing (slugs on the wire; Spanish in the client).
WALL_KINDS = ("informacion", "experiencia", "pregunta")
MAX_WALL_CHARS = 3_000          # a short post: longer writing belongs in a forum
MAX_COMMENT_CHARS = 2_000
MAX_FEATURE_CHARS = 500
# A news photo or a wall photo is shown inline as a thumbnail: these types only.
IMAGE_FILE_TYPES = frozenset({".jpg", ".jpeg", ".png", ".gif", ".webp"})


def is_image(name: str) -> bool:
    return file_type(name) in IMAGE_FILE_TYPES


WallText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1,
                                            max_length=MAX_WALL_CHARS, pattern=NOT_BLANK),
                     NoNul]


class WallPostCreate(_Strict):
    """A member's short post on the wall, with an optional photo or document (uploaded
    first, like every file an op names)."""
    id: UUID
    kind: Literal[WALL_KINDS]  # type: ignore[valid-type]
    body: WallText
    file: FileRef | None = None


class WallCommentCreate(_Strict):
    """A comment under a wall post."""
    id: UUID
    post_id: UUID
    body: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1,
                                           max_length=MAX_COMMENT_CHARS, pattern=NOT_BLANK),
                    NoNul]


class NewsPublish(_Strict):
    """A facilitator or administrator publishes news ("Edugestores reporta")."""
    id: UUID
    title: Title
    body: Body
    # A JPEG, PNG, GIF or WebP: the server refuses another type with `not_an_image` (a
    # refusal of the op, like a file type not shared, not an invalid request).
    photo: FileRef | None = None


class MemberFeature(_Strict):
    """A facilitator or administrator features a member ("Edugestores destacados")."""
    id: UUID
    user_id: UUID
    reason: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1,
                                             max_length=MAX_FEATURE_CHARS,
                                             pattern=NOT_BLANK), NoNul]


# ---- the member directory and each member's own profile --------------------------------

# The regions of Peru as members choose them (the 24 departments and Callao), spelled as
# the network spells them. Stored as this text on the server (users.region), which the
# network statistics count: keep the spelling.
REGIONS = ("Amazonas", "Áncash", "Apurímac", "Arequipa", "Ayacucho", "Cajamarca", "Callao",
           "Cusco", "Huancavelica", "Huánuco", "Ica", "Junín", "La Libertad", "Lambayeque",
           "Lima", "Loreto", "Madre de Dios", "Moquegua", "Pasco", "Piura", "Puno",
           "San Martín", "Tacna", "Tumbes", "Ucayali")
# The positions a member chooses from (users.position). Older accounts may hold another
# text, typed at `minka-server user add`: a member may keep it, not choose a new one.
POSITIONS = ("Director(a) de IE", "Subdirector(a) de IE", "Docente", "Especialista de UGEL",
             "Especialista de DRE", "Formador(a)", "Otro cargo")
# users.gender: "" is "prefers not to say"; F woman, M man, O another.
GENDERS = ("", "F", "M", "O")
# The fields a member may show to the other members, beyond name, position and region
# (always shown). Whatever is not in a member's `shared` reaches only their own devices.
SHAREABLE = ("institution", "presentation", "phone", "email", "gender")
DEFAULT_SHARED = ("institution",)
MAX_INSTITUTION_CHARS = 200
MAX_PRESENTATION_CHARS = 600
MAX_PHONE_CHARS = 30
MAX_EMAIL_CHARS = 200

_PHONE = r"^[0-9+() .-]*$"
_EMAIL = r"^$|^[^@\s]+@[^@\s]+\.[^@\s]+$"


def _optional(max_length: int, pattern: str | None = None):
    return Annotated[str, StringConstraints(strip_whitespace=True, max_length=max_length,
                                            pattern=pattern), NoNul]


class ProfileUpdate(_Strict):
    """A member's own profile, whole, as they saved it (offline, possibly long ago).
    `base_version` is the profile version the edit was made on: the server refuses an
    edit made on an older version than its own (`profile_conflict`, docs/entities.md)."""
    base_version: Annotated[int, Field(ge=0)]
    position: _optional(100)
    region: _optional(100)
    institution: _optional(MAX_INSTITUTION_CHARS)
    presentation: _optional(MAX_PRESENTATION_CHARS)
    phone: _optional(MAX_PHONE_CHARS, _PHONE)
    email: _optional(MAX_EMAIL_CHARS, _EMAIL)
    gender: Literal[GENDERS] = ""  # type: ignore[valid-type]
    shared: Annotated[list[Literal[SHAREABLE]], Field(max_length=len(SHAREABLE))] = []  # type: ignore[valid-type]


# ---- surveys ("Encuestas") ---------------------------------------------------------------

MAX_SURVEY_OPTIONS = 12
MIN_SURVEY_OPTIONS = 2
# An option's id inside its survey: short, chosen by whoever creates the survey ("1", "2"…).
OptionId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]{1,20}$")]


class SurveyOption(_Strict):
    id: OptionId
    text: Title


class SurveyCreate(_Strict):
    """A facilitator or administrator asks the whole network a question with options, one
    answer or several (`multiple`), open until `closes_at` (with its offset; without one it
    is taken as UTC). A closing time in the past is refused `survey_closed`; repeated
    option ids or texts `invalid_survey` (op answers: the published schema cannot say them)."""
    id: UUID
    question: Title
    description: Annotated[str, StringConstraints(strip_whitespace=True,
                                                  max_length=MAX_SUMMARY_CHARS), NoNul] = ""
    multiple: bool = False
    options: list[SurveyOption] = Field(min_length=MIN_SURVEY_OPTIONS,
                                        max_length=MAX_SURVEY_OPTIONS)
    closes_at: datetime


class SurveyAnswer(_Strict):
    """A member's answer to an open survey: the options chosen (one unless the survey
    allows several). `id` is uuid5(survey_id, "answer/" + user_id) (survey_answer_id): one
    answer per member and survey whatever device or replay sends it; sending another
    answer before the survey closes replaces it. After it closes: `survey_closed`."""
    id: UUID
    survey_id: UUID
    options: list[OptionId] = Field(min_length=1, max_length=MAX_SURVEY_OPTIONS)


def survey_answer_id(survey_id, user_id) -> str:
    return str(uuid5(UUID(str(survey_id)), "answer/" + str(user_id)))
# ---- moderation and edits ---------------------------------------------------------------
# Member writing moderators may hide (and its author sees hidden, with the reason); the
# server declares which entities these are (registry.Moderation), this is their wire list.
MODERATED_ENTITIES = ("post", "wall_post", "wall_comment", "debate_proposal",
                      "debate_argument")
EDITABLE_ENTITIES = ("post", "wall_post", "wall_comment")   # their authors may edit them
Reason = Annotated[str, StringConstraints(strip_whitespace=True, max_length=MAX_REASON_CHARS),
                   NoNul]


class WritingHide(_Strict):
    """A facilitator or administrator hides a piece of writing, with a reason its author
    reads; the others no longer receive its text."""
    entity: Literal[MODERATED_ENTITIES]  # type: ignore[valid-type]
    id: UUID
    reason: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1,
                                             max_length=MAX_REASON_CHARS,
                                             pattern=NOT_BLANK), NoNul]


class WritingUnhide(_Strict):
    entity: Literal[MODERATED_ENTITIES]  # type: ignore[valid-type]
    id: UUID


class ReportCreate(_Strict):
    """A member reports a piece of writing to the moderators (once: see report_id)."""
    id: UUID
    entity: Literal[MODERATED_ENTITIES]  # type: ignore[valid-type]
    record_id: UUID
    reason: Reason = ""


class ReportDismiss(_Strict):
    """A moderator dismisses the open reports of a piece of writing (it stays shown)."""
    entity: Literal[MODERATED_ENTITIES]  # type: ignore[valid-type]
    record_id: UUID


class WritingEdit(_Strict):
    """The author edits their writing; `version` is the one the edit was based on (a
    server that moved on refuses it `edit_conflict`: contract point 6)."""
    entity: Literal[EDITABLE_ENTITIES]  # type: ignore[valid-type]
    id: UUID
    version: Annotated[int, Field(ge=1, le=2 ** 31 - 1)]
    body: Body


class GroupDocumentPropose(DocumentFields):
    """A group member proposes the group's finished product (one of its documents) to the
    repository: it reaches the moderators' queue as a proposal naming the group. The file
    is the group document's, already on the server (no upload by the proposer)."""
    id: UUID                 # the proposal's id, chosen by the client
    group_document_id: UUID


def report_id(entity: str, record_id, user_id) -> str:
    """The id of a member's report of a record (both sides compute it: one per member)."""
    return str(uuid.uuid5(UUID(str(record_id)), f"report/{entity}/{user_id}"))


OP_PAYLOADS: dict[str, type[_Strict]] = {
    "thread.create": ThreadCreate,
    "post.create": PostCreate,
    "progress.set": ProgressSet,
    "submission.submit": SubmissionSubmit,
    "feedback.create": FeedbackCreate,
    "announcement.create": AnnouncementCreate,
    "document.propose": DocumentPropose,
    "proposal.decide": ProposalDecide,
    "group.thread.create": GroupThreadCreate,
    "group.document.add": GroupDocumentAdd,
    "group.member.set": GroupMemberSet,
    "debate.proposal.create": DebateProposalCreate,
    "debate.argument.create": DebateArgumentCreate,
    "debate.endorse": DebateEndorse,
    "debate.publish": DebatePublish,
    "debate.create": DebateCreate,
    "wall.post.create": WallPostCreate,
    "wall.comment.create": WallCommentCreate,
    "news.publish": NewsPublish,
    "member.feature": MemberFeature,
    "profile.update": ProfileUpdate,
    "survey.create": SurveyCreate,
    "survey.answer": SurveyAnswer,
    "moderation.hide": WritingHide,
    "moderation.unhide": WritingUnhide,
    "report.create": ReportCreate,
    "report.dismiss": ReportDismiss,
    "writing.edit": WritingEdit,
    "group.document.propose": GroupDocumentPropose,
}
OpKind = Literal["thread.create", "post.create", "progress.set", "submission.submit",
                 "feedback.create", "announcement.create", "document.propose",
                 "proposal.decide", "group.thread.create", "group.document.add",
                 "group.member.set",
                 "debate.proposal.create", "debate.argument.create", "debate.endorse",
                 "debate.publish", "debate.create",
                 "wall.post.create", "wall.comment.create", "news.publish",
                 "member.feature", "profile.update", "survey.create", "survey.answer",
                 "moderation.hide", "moderation.unhide",
                 "report.create", "report.dismiss", "writing.edit",
                 "group.document.propose"]


class Op(_Strict):
    op_id: UUID
    kind: OpKind
    payload: dict[str, Any]
    created_at: datetime  # the client's clock: informational only, never used for order

    def parsed_payload(self) -> _Strict:
        return OP_PAYLOADS[self.kind].model_validate(self.payload)


def named_files(payload: _Strict) -> list[FileRef]:
    """Every file an op's payload names, wherever in it (a field, a list): the files that
    travel before the op, whatever its kind."""
    found: list[FileRef] = []
    for name in type(payload).model_fields:
        value = getattr(payload, name)
        for item in value if isinstance(value, (list, tuple)) else [value]:
            if isinstance(item, FileRef):
                found.append(item)
    return found


def make_op(op_id: UUID, kind: str, payload: _Strict, created_at: datetime) -> Op:
    """Build an op the server will accept, validating the payload on the way."""
    OP_PAYLOADS[kind].model_validate(payload.model_dump(mode="json"))
    return Op(op_id=op_id, kind=kind, payload=payload.model_dump(mode="json"),
              created_at=created_at)


MAX_PACK_CLAIMS = 16


class PackClaim(_Strict):
    """What an imported content pack brought (contract point 8): every record of these
    scopes up to `seq`. A sync carrying it is not sent those records again; the other
    scopes' records below `seq` (a person's own submissions, the forums) still come."""
    seq: int = Field(ge=0, le=MAX_SEQ)
    courses: list[UUID] = Field(default_factory=list, max_length=100)
    catalogue: bool = False


class SyncRequest(_Strict):
    protocol: Literal[1] = PROTOCOL_VERSION
    device_id: UUID
    cursor: int = Field(ge=0, le=MAX_SEQ)
    ops: list[Op] = Field(default_factory=list, max_length=MAX_OPS_PER_REQUEST)
    limit: int = Field(default=DEFAULT_PULL_LIMIT, ge=1, le=MAX_PULL_LIMIT)
    # Packs this profile imported whose seq is above `cursor` (older ones no longer matter).
    have: list[PackClaim] = Field(default_factory=list, max_length=MAX_PACK_CLAIMS)
    # The device fills in its own just-applied records from the results (their seq and
    # server time, OpResult.written) instead of receiving them again in full.
    fill_own: bool = False
    # Seqs of such records this device filled in during this sync, for the pages that
    # follow (its records usually have the highest seqs, beyond the first page): the
    # server does not send a change whose seq is listed (a seq names one version of one
    # record; a later change has another).
    filled: list[int] = Field(default_factory=list, max_length=MAX_HAVE_SEQS)
    # The device stores the moderation fields of member writing (hidden, hidden_reason,
    # version, edited_at). A client that predates them cannot take fields it has no
    # column for: without this flag they are left out (a hidden text is withheld anyway).
    moderation: bool = False


# ---- answers (server -> client) -----------------------------------------------------

# Codes of rejected ops. The client turns each into a Spanish sentence for the user.
REJECTION_CODES = (
    "course_not_found",
    "lesson_not_found",
    "assignment_not_found",
    "submission_not_found",
    "deadline_passed",
    "already_graded",
    "already_returned",
    "stale_correction",
    "empty_submission",
    "too_large",
    "attachment_missing",
    "forum_not_found",
    "thread_not_found",
    "thread_locked",
    "reply_to_not_found",
    "id_conflict",
    "proposal_not_found",
    "already_decided",
    "not_allowed",
    "file_type_not_allowed",
    "file_mismatch",
    "debate_not_found",
    "debate_closed",
    "debate_not_open",
    "debate_still_open",
    "invalid_period",
    "wall_post_not_found",
    "not_an_image",
    "user_not_found",
    "profile_conflict",
    "invalid_profile",
    "survey_not_found",
    "survey_closed",
    "invalid_survey",
    "invalid_answer",
    "writing_not_found",
    "writing_hidden",
    "edit_conflict",
    "group_document_not_found",
    "too_long",
)


class Written(_Answer):
    """A record an applied op wrote that the answer does not send back (SyncRequest
    `fill_own`): the device has it all but what the server gave it."""
    entity: "Entity"
    id: UUID
    seq: int
    at: datetime | None = None   # the server's time for it (its created_at)


def _none(value) -> bool:
    return value is None


class OpResult(_Answer):
    op_id: UUID
    status: Literal["applied", "rejected"]
    code: str | None = None
    message: str | None = None  # English, for logs; the user sees a translation of `code`
    # Only for a request with `fill_own`, and left out of the JSON otherwise: a client
    # that predates it refuses fields it does not know.
    written: list[Written] | None = Field(default=None, exclude_if=_none)


Entity = Literal["user", "forum", "thread", "post", "course", "course_member", "module",
                 "lesson", "assignment", "progress", "submission", "feedback",
                 "announcement", "document", "proposal", "group", "group_member",
                 "group_document", "debate", "debate_proposal", "debate_argument",
                 "debate_endorsement",
                 "group_document", "wall_post", "wall_comment", "news", "featured_member",
                 "member_profile", "survey", "survey_answer", "network_stats",
                 "report"]


class Change(_Answer):
    entity: Entity
    id: UUID
    seq: int
    deleted: bool = False
    data: dict[str, Any] | None = None


class SyncResponse(_Answer):
    results: list[OpResult]
    changes: list[Change]
    cursor: int
    more: bool
    remaining: int = 0        # changes still waiting after this page (for progress bars)
    server_time: datetime
    # The largest file the server takes: the client refuses bigger ones before queueing.
    max_blob_bytes: int | None = None
    # Which database answered (changed by every restore): a client that sees another id
    # than last time pulls again from 0 and re-sends what it had sent (docs/operations.md).
    server_id: str | None = None


class SignInRequest(_Strict):
    username: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1,
                                               max_length=100, pattern=NOT_BLANK), NoNul]
    password: Annotated[str, StringConstraints(min_length=1, max_length=1000)]
    device_name: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200),
                           NoNul] = ""
    # Signing in again on a computer that already has a device of this account (its token
    # expired, its password changed): the server gives that device a new token instead of
    # adding another device.
    device_id: UUID | None = None
    # The new device's Ed25519 public key (hex): its outbox, carried on a drive, is signed
    # with the private half, which never leaves the device.
    device_key: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")] | None = None
    # Its X25519 key: a return pack's private part is encrypted to it (issue #12).
    exchange_key: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")] | None = None


class UserProfile(_Answer):
    id: UUID
    username: str
    display_name: str
    role: Literal["participant", "facilitator", "admin"]
    region: str = ""
    institution: str = ""
    position: str = ""
    gender: str = ""


class NetworkIdentity(_Answer):
    """The network a server belongs to, and the public key its content packs are signed
    with (Ed25519, 32 bytes as hex)."""
    id: UUID
    public_key: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class SignInResponse(_Answer):
    token: str
    device_id: UUID
    user: UserProfile
    network: NetworkIdentity | None = None   # None: a server without a key (`init` not run)


# ---- outboxes carried on drives (sync/outbox_file.py) ----------------------------------

MAX_CARRIED_OUTBOX_BYTES = 64 * 1024 * 1024   # a colleague's outbox file, with its files


class CarriedDelivery(_Answer):
    """What the server did with a colleague's outbox file a facilitator delivered."""
    username: str
    new: int          # ops applied (or rejected) for the first time
    already: int      # ops that had arrived before: nothing changed
    rejected: int     # of the new ones, refused (the participant sees why at their sync)


class ReturnPackRequest(_Strict):
    """A facilitator's client asks for a colleague's return pack (sync/return_pack.py):
    the ops their delivered outbox carried, and where their copy stood."""
    device_id: UUID
    op_ids: list[UUID] = Field(default_factory=list, max_length=10_000)   # sync/outbox_file.MAX_OPS
    cursor: int = Field(default=0, ge=0, le=MAX_SEQ)
    have: list[PackClaim] = Field(default_factory=list, max_length=MAX_PACK_CLAIMS)


# ---- files (blobs) ---------------------------------------------------------------------

SHA256_HEX = re.compile(r"[0-9a-f]{64}")
# A decimal number in a header, strictly: ASCII digits only (str.isdigit() and int() also
# take '²' or '١٢'), and few enough of them for a 64-bit size (int() refuses over 4300).
_DECIMAL = re.compile(r"[0-9]{1,19}")


def parse_decimal(text: str | None) -> int | None:
    """The non-negative integer written in `text` (surrounding blanks allowed), or None if
    it is anything else: a sign, an underscore, a non-ASCII digit, too many digits."""
    if text is None:
        return None
    text = text.strip(" \t")
    return int(text) if _DECIMAL.fullmatch(text) else None
DEFAULT_MAX_BLOB_BYTES = 50 * 1024 * 1024   # the server's default; $MINKA_MAX_BLOB_BYTES


def is_sha256(value: str) -> bool:
    """True for a SHA-256 digest written as 64 lowercase hex digits (the only form used)."""
    return isinstance(value, str) and SHA256_HEX.fullmatch(value) is not None


class UploadStatus(_Answer):
    """What the server holds of one upload by the caller: `received` bytes so far."""
    received: int = Field(ge=0)
    complete: bool


class ErrorDetail(_Answer):
    code: str
    message: str
    # Some refusals of files say more: the server's limit (413 blob_too_large), the bytes
    # it holds (409 offset_mismatch), the file's size (416 range_not_satisfiable).
    limit: int | None = None
    received: int | None = None
    size: int | None = None


class ErrorResponse(_Answer):
    error: ErrorDetail


class Health(_Strict):
    """GET /health: this server process answers, and so does its database."""
    status: Literal["ok"]
    database: Literal["ok"]


# ---- bodies on the wire --------------------------------------------------------------

class BodyTooLarge(ValueError):
    pass


def encode_body(model: BaseModel, level: int = 6) -> bytes:
    """JSON, then gzip: the form every sync body takes on the wire."""
    raw = model.model_dump_json(exclude_defaults=False).encode("utf-8")
    return gzip.compress(raw, compresslevel=level, mtime=0)


def decode_body(data: bytes, encoding: str | None, limit: int = MAX_INFLATED_BYTES) -> Any:
    """Inflate (if gzip) and parse JSON, refusing bodies that inflate beyond `limit`.

    Raises BodyTooLarge, or ValueError for anything else that is not (gzipped) JSON.
    """
    if encoding and encoding.lower() == "gzip":
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            raw = inflater.decompress(data, limit + 1)
        except zlib.error as exc:  # not a ValueError: callers would let it escape as a 500
            raise ValueError(f"bad gzip body: {exc}") from exc
        if len(raw) > limit or inflater.unconsumed_tail:
            raise BodyTooLarge(f"body inflates beyond {limit} bytes")
        if not inflater.eof:
            raise ValueError("truncated gzip body")
    elif encoding and encoding.lower() not in ("identity", ""):
        raise ValueError(f"unsupported content encoding {encoding!r}")
    else:
        raw = data
        if len(raw) > limit:
            raise BodyTooLarge(f"body larger than {limit} bytes")
    try:
        return json.loads(raw)
    except RecursionError as exc:  # "[[[[…": a RuntimeError, not a ValueError
        raise ValueError("JSON nested too deeply") from exc

