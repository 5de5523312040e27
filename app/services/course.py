"""The course as a participant or facilitator uses it: outline, lessons, assignments, feedback."""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import case, func, select

from app.services.errors import UserError
from app.services.forums import utc
from app.store import meta
from app.store.db import Store
from app.store.models import (PENDING, REJECTED, Announcement, Assignment, Course, CourseMember, Draft,
                              Feedback, Lesson, LessonProgress, Module, OutboxEntry, Person,
                              Submission)
from sync import protocol as p

DUE_SOON_HOURS = 72


def submission_id(assignment_id: str, user_id: str) -> str:
    """The same id the server expects: one submission per participant and assignment."""
    return str(uuid.uuid5(uuid.UUID(assignment_id), user_id))


def progress_id(lesson_id: str, user_id: str) -> str:
    return str(uuid.uuid5(uuid.UUID(lesson_id), "progress/" + user_id))


@dataclass(frozen=True)
class CourseItem:
    id: str
    title: str
    description: str
    role: str                 # participant or facilitator
    lessons_done: int
    lessons_total: int


@dataclass(frozen=True)
class LessonItem:
    id: str
    title: str
    state: str | None         # None, "read", "completed"


@dataclass(frozen=True)
class AssignmentItem:
    id: str
    title: str
    due_at: datetime | None
    submission_state: str | None   # None, queued, received, returned, rejected
    to_review: int = 0             # facilitators: submissions waiting for feedback


@dataclass(frozen=True)
class ModuleItem:
    id: str
    title: str
    summary: str
    lessons: list[LessonItem] = field(default_factory=list)
    assignments: list[AssignmentItem] = field(default_factory=list)


@dataclass(frozen=True)
class LessonView:
    id: str
    course_id: str
    title: str
    body: str
    attachments: list[dict]
    state: str | None


@dataclass(frozen=True)
class FeedbackItem:
    """One version of a submission's feedback (a correction is a newer version)."""
    id: str
    author: str
    body: str
    grade: str
    created_at: datetime
    sync_state: str
    reject_code: str | None = None


@dataclass(frozen=True)
class SubmissionView:
    id: str
    user_id: str
    participant: str
    participant_detail: str
    text: str
    attachments: list[dict]
    state: str
    submitted_at: datetime | None
    reject_code: str | None
    feedback: list[FeedbackItem]      # every version, in server order (pending ones last)

    @property
    def visible(self) -> FeedbackItem | None:
        """The feedback the participant reads: the latest version not refused."""
        kept = [f for f in self.feedback if f.sync_state != REJECTED]
        return kept[-1] if kept else None

    @property
    def corrected(self) -> bool:
        return sum(f.sync_state != REJECTED for f in self.feedback) > 1

    @property
    def refused(self) -> list[FeedbackItem]:
        """Versions the server did not take (someone corrected first): kept to copy."""
        return [f for f in self.feedback if f.sync_state == REJECTED]


@dataclass(frozen=True)
class AssignmentView:
    id: str
    course_id: str
    title: str
    instructions: str
    due_at: datetime | None
    late_allowed: bool
    role: str
    mine: SubmissionView | None


def _me(session) -> str:
    user_id = meta.get(session, "user_id")
    if not user_id:
        raise UserError("not_signed_in")
    return user_id


def _role(session, course_id: str, me: str) -> str:
    return session.scalar(select(CourseMember.role).where(
        CourseMember.course_id == course_id, CourseMember.user_id == me)) or "participant"


def list_courses(store: Store) -> list[CourseItem]:
    with store.session() as s:
        me = meta.get(s, "user_id") or ""
        items = []
        for course in s.scalars(select(Course).order_by(Course.title)):
            total = s.scalar(select(func.count()).select_from(Lesson)
                             .where(Lesson.course_id == course.id)) or 0
            done = s.scalar(select(func.count()).select_from(LessonProgress)
                            .where(LessonProgress.course_id == course.id,
                                   LessonProgress.state == "completed")) or 0
            items.append(CourseItem(course.id, course.title, course.description,
                                    _role(s, course.id, me), done, total))
        return items


def outline(store: Store, course_id: str) -> list[ModuleItem]:
    """Modules in order, each with its lessons (and their progress) and assignments."""
    with store.session() as s:
        me = meta.get(s, "user_id") or ""
        facilitator = _role(s, course_id, me) == "facilitator"
        progress = dict(s.execute(select(LessonProgress.lesson_id, LessonProgress.state)
                                  .where(LessonProgress.course_id == course_id)).all())
        mine = dict(s.execute(select(Submission.assignment_id, Submission.state)
                              .where(Submission.course_id == course_id,
                                     Submission.user_id == me)).all())
        waiting = dict(s.execute(select(Submission.assignment_id, func.count())
                                 .where(Submission.course_id == course_id,
                                        Submission.state == "received")
                                 .group_by(Submission.assignment_id)).all())
        modules = []
        for module in s.scalars(select(Module).where(Module.course_id == course_id)
                                .order_by(Module.position)):
            lessons = [LessonItem(l.id, l.title, progress.get(l.id)) for l in s.scalars(
                select(Lesson).where(Lesson.module_id == module.id).order_by(Lesson.position))]
            assignments = [AssignmentItem(a.id, a.title, utc(a.due_at) if a.due_at else None,
                                          mine.get(a.id),
                                          waiting.get(a.id, 0) if facilitator else 0)
                           for a in s.scalars(select(Assignment)
                                              .where(Assignment.module_id == module.id)
                                              .order_by(Assignment.position))]
            modules.append(ModuleItem(module.id, module.title, module.summary, lessons,
                                      assignments))
        return modules


def lesson(store: Store, lesson_id: str) -> LessonView | None:
    with store.session() as s:
        row = s.get(Lesson, lesson_id)
        if row is None:
            return None
        state = s.scalar(select(LessonProgress.state)
                         .where(LessonProgress.lesson_id == lesson_id))
        return LessonView(row.id, row.course_id, row.title, row.body,
                          json.loads(row.attachments), state)


def _queue(session, kind: str, payload, now: datetime) -> None:
    op = p.make_op(uuid.uuid4(), kind, payload, now)
    session.add(OutboxEntry(op_id=str(op.op_id), kind=op.kind,
                            payload=json.dumps(op.payload, ensure_ascii=False), created_at=now))


def mark_lesson(store: Store, lesson_id: str, state: str) -> bool:
    """Record that a lesson was read or completed (offline; travels at the next sync).
    Returns False when there was nothing new to record."""
    now = datetime.now(timezone.utc)
    with store.session() as s, s.begin():
        lesson_row = s.get(Lesson, lesson_id)
        if lesson_row is None:
            raise UserError("lesson_not_found")
        me = _me(s)
        row = s.scalar(select(LessonProgress).where(LessonProgress.lesson_id == lesson_id))
        if row is not None and (row.state == state or row.state == "completed"):
            return False
        if row is None:
            s.add(LessonProgress(id=progress_id(lesson_id, me), lesson_id=lesson_id,
                                 course_id=lesson_row.course_id, state=state,
                                 updated_at=now, sync_state=PENDING))
        else:
            row.state, row.updated_at, row.sync_state = state, now, PENDING
        _queue(s, "progress.set", p.ProgressSet(lesson_id=lesson_id, state=state), now)
    return True


# ---- assignments ------------------------------------------------------------------------

def _feedback(session, submission_id_: str) -> list[FeedbackItem]:
    # Server order (seq), never the clocks of the computers that wrote them; what has no
    # seq yet is still on its way and comes after.
    rows = session.execute(select(Feedback, Person.display_name)
                           .outerjoin(Person, Person.id == Feedback.author_id)
                           .where(Feedback.submission_id == submission_id_)
                           .order_by(case((Feedback.seq.is_(None), 1), else_=0),
                                     Feedback.seq, Feedback.created_at)).all()
    return [FeedbackItem(f.id, name or "", f.body, f.grade, utc(f.created_at), f.sync_state,
                         f.reject_code) for f, name in rows]


def _submission_view(session, sub: Submission) -> SubmissionView:
    person = session.get(Person, sub.user_id)
    detail = ", ".join(x for x in (person.position, person.institution) if x) if person else ""
    return SubmissionView(sub.id, sub.user_id, person.display_name if person else "", detail,
                          sub.text, json.loads(sub.attachments), sub.state,
                          utc(sub.submitted_at) if sub.submitted_at else None,
                          sub.reject_code, _feedback(session, sub.id))


def assignment(store: Store, assignment_id: str) -> AssignmentView | None:
    with store.session() as s:
        row = s.get(Assignment, assignment_id)
        if row is None:
            return None
        me = meta.get(s, "user_id") or ""
        course = s.get(Course, row.course_id)
        sub = s.get(Submission, submission_id(assignment_id, me)) if me else None
        return AssignmentView(row.id, row.course_id, row.title, row.instructions,
                              utc(row.due_at) if row.due_at else None,
                              bool(course and course.late_submissions),
                              _role(s, row.course_id, me),
                              _submission_view(s, sub) if sub else None)


def due_status(due_at: datetime | None, now: datetime | None = None) -> str:
    """"none", "open", "soon" (within DUE_SOON_HOURS) or "passed"."""
    if due_at is None:
        return "none"
    now = now or datetime.now(timezone.utc)
    if now > due_at:
        return "passed"
    return "soon" if (due_at - now).total_seconds() < DUE_SOON_HOURS * 3600 else "open"


def load_draft(store: Store, key: str) -> str:
    with store.session() as s:
        row = s.get(Draft, key)
        return row.text if row else ""


def save_draft(store: Store, key: str, text: str) -> None:
    """Keep what is being written; called as the user types (a few times a second at most)."""
    with store.session() as s, s.begin():
        row = s.get(Draft, key)
        if not text.strip():
            if row is not None and row.attachments in ("", "[]"):
                s.delete(row)
            elif row is not None:
                row.text = ""
            return
        if row is None:
            s.add(Draft(key=key, text=text, saved_at=datetime.now(timezone.utc)))
        else:
            row.text, row.saved_at = text, datetime.now(timezone.utc)


def submit(store: Store, assignment_id: str, text: str,
           attachments: list[p.FileRef] | None = None) -> str:
    """Hand in an assignment: queued now, received when the server has it."""
    attachments = attachments or []
    if not text.strip() and not attachments:
        raise UserError("empty_submission")
    now = datetime.now(timezone.utc)
    with store.session() as s, s.begin():
        row = s.get(Assignment, assignment_id)
        if row is None:
            raise UserError("assignment_not_found")
        me = _me(s)
        sub_id = submission_id(assignment_id, me)
        try:
            payload = p.SubmissionSubmit(id=sub_id, assignment_id=assignment_id, text=text,
                                         attachments=attachments)
        except ValueError:
            raise UserError("too_long_submission") from None
        sub = s.get(Submission, sub_id)
        if sub is not None and sub.state == "returned":
            raise UserError("already_graded")
        files = json.dumps([f.model_dump() for f in attachments], ensure_ascii=False)
        if sub is None:
            s.add(Submission(id=sub_id, assignment_id=assignment_id, course_id=row.course_id,
                             user_id=me, text=text, attachments=files, state="queued",
                             submitted_at=now))
        else:
            sub.text, sub.attachments, sub.state = text, files, "queued"
            sub.submitted_at, sub.reject_code = now, None
        _queue(s, "submission.submit", payload, now)
    return sub_id


def submissions_to_review(store: Store, assignment_id: str) -> list[SubmissionView]:
    """For facilitators: every submission of an assignment, those waiting for feedback first."""
    with store.session() as s:
        rows = s.scalars(select(Submission).where(Submission.assignment_id == assignment_id)
                         .order_by(case((Submission.state == "received", 0), else_=1),
                                   Submission.submitted_at)).all()
        return [_submission_view(s, sub) for sub in rows]


def give_feedback(store: Store, submission_id_: str, body: str, grade: str = "",
                  replaces: str | None = None) -> str:
    """Return a submission with feedback and a grade (offline; travels at the next sync).

    With `replaces` (the id of the feedback shown now), a corrected feedback: a new version
    the participant will read instead, marked as corrected. Without it, only the first.
    """
    try:
        payload = p.FeedbackCreate(id=uuid.uuid4(), submission_id=submission_id_, body=body,
                                   grade=grade, replaces=replaces)
    except ValueError:
        raise UserError("empty_feedback" if not body.strip() else "too_long_body") from None
    now = datetime.now(timezone.utc)
    with store.session() as s, s.begin():
        sub = s.get(Submission, submission_id_)
        if sub is None:
            raise UserError("submission_not_found")
        me = _me(s)
        if _role(s, sub.course_id, me) != "facilitator":
            raise UserError("not_allowed")
        shown = [f for f in _feedback(s, sub.id) if f.sync_state != REJECTED]
        if replaces is None and shown:
            raise UserError("already_returned")
        if replaces is not None and (not shown or shown[-1].id != replaces):
            raise UserError("stale_correction")
        s.add(Feedback(id=str(payload.id), submission_id=sub.id, course_id=sub.course_id,
                       author_id=me, body=payload.body, grade=payload.grade, created_at=now,
                       sync_state=PENDING))
        _queue(s, "feedback.create", payload, now)
    return str(payload.id)


@dataclass(frozen=True)
class ReturnedItem:
    """A participant's assignment returned with feedback, for Inicio."""
    assignment_id: str
    assignment_title: str
    author_first_name: str
    grade: str
    returned_at: datetime
    corrected: bool


def returned_to_me(store: Store) -> list[ReturnedItem]:
    """My returned assignments, the most recently returned (or corrected) first."""
    with store.session() as s:
        me = meta.get(s, "user_id") or ""
        items = []
        for sub, title in s.execute(select(Submission, Assignment.title)
                                    .join(Assignment, Assignment.id == Submission.assignment_id)
                                    .where(Submission.user_id == me,
                                           Submission.state == "returned")).all():
            view = _submission_view(s, sub)
            shown = view.visible
            if shown is None:
                continue
            first = shown.author.split()[0] if shown.author.strip() else ""
            items.append(ReturnedItem(sub.assignment_id, title, first, shown.grade,
                                      shown.created_at, view.corrected))
        return sorted(items, key=lambda i: i.returned_at, reverse=True)


def post_announcement(store: Store, course_id: str, title: str, body: str) -> str:
    try:
        payload = p.AnnouncementCreate(id=uuid.uuid4(), course_id=course_id, title=title,
                                       body=body)
    except ValueError:
        raise UserError("empty_body" if title.strip() else "empty_title") from None
    now = datetime.now(timezone.utc)
    with store.session() as s, s.begin():
        me = _me(s)
        if _role(s, course_id, me) != "facilitator":
            raise UserError("not_allowed")
        s.add(Announcement(id=str(payload.id), course_id=course_id, author_id=me,
                           title=payload.title, body=payload.body, created_at=now,
                           sync_state=PENDING))
        _queue(s, "announcement.create", payload, now)
    return str(payload.id)


@dataclass(frozen=True)
class AnnouncementItem:
    id: str
    author: str
    title: str
    body: str
    created_at: datetime
    sync_state: str


def announcements(store: Store, course_id: str) -> list[AnnouncementItem]:
    with store.session() as s:
        rows = s.execute(select(Announcement, Person.display_name)
                         .outerjoin(Person, Person.id == Announcement.author_id)
                         .where(Announcement.course_id == course_id)
                         .order_by(Announcement.created_at.desc())).all()
        return [AnnouncementItem(a.id, name or "", a.title, a.body, utc(a.created_at),
                                 a.sync_state) for a, name in rows]


# ---- files of a submission being written ---------------------------------------------------

def draft_files(store: Store, assignment_id: str) -> list[p.FileRef]:
    with store.session() as s:
        row = s.get(Draft, f"submission:{assignment_id}")
        return [p.FileRef(**ref) for ref in json.loads(row.attachments)] if row else []


def _set_draft_files(session, assignment_id: str, refs: list[p.FileRef]) -> None:
    key = f"submission:{assignment_id}"
    row = session.get(Draft, key)
    data = json.dumps([r.model_dump() for r in refs], ensure_ascii=False)
    if row is None:
        session.add(Draft(key=key, text="", attachments=data,
                          saved_at=datetime.now(timezone.utc)))
    else:
        row.attachments, row.saved_at = data, datetime.now(timezone.utc)


def attach_file(store: Store, assignment_id: str, path) -> p.FileRef:
    """Check a file and keep a copy of it with the draft (copying: call off the GUI thread).
    Refused before anything is queued: a type Minka does not take, an empty file, or more
    than the course allows in all."""
    from app.services.attachments import check_file
    from app.services.files import cache
    with store.session() as s:
        row = s.get(Assignment, assignment_id)
        if row is None:
            raise UserError("assignment_not_found")
        limit = s.get(Course, row.course_id).max_attachment_bytes
    current = draft_files(store, assignment_id)
    name, size = check_file(path, limit, sum(f.size for f in current))
    with store.session() as s:   # the server's own limit per file, learnt at each sync
        server_limit = int(meta.get(s, "max_blob_bytes", "0") or 0)
    if server_limit and size > server_limit:
        raise UserError("file_too_large")
    sha = cache(store).put_file(path)
    ref = p.FileRef(sha256=sha, name=name, size=size)
    with store.session() as s, s.begin():
        refs = [f for f in current if f.sha256 != sha] + [ref]
        _set_draft_files(s, assignment_id, refs)
    return ref


def detach_file(store: Store, assignment_id: str, sha256: str) -> None:
    with store.session() as s, s.begin():
        refs = [f for f in draft_files(store, assignment_id) if f.sha256 != sha256]
        _set_draft_files(s, assignment_id, refs)
