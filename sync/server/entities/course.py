"""The course's synced entities: members see their courses; participants and facilitators
write progress, submissions, feedback and announcements.

Importing a course and enrolling members (which restamps a course's records so a new
member receives them) live in sync/server/course.py.
"""
from __future__ import annotations

import json

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from sync import protocol as p
from sync.server.accounts import now
from sync.server.blobs import attach
from sync.server.course import _aware, progress_id, stable_id, submission_id
from sync.server.models import (Announcement, Assignment, BlobUpload, Course, CourseMember,
                                Feedback, Lesson, LessonProgress, Module, Submission)
from sync.server.registry import Caller, Entity, Rejected, register
from sync.server.seq import order_key, take_seq


# ---- who sees what ------------------------------------------------------------------

def _member_of(caller: Caller):
    if caller.scope is not None:
        # A content pack's reader: a participant of exactly the pack's courses.
        return sorted(caller.scope.courses)
    return (select(CourseMember.course_id)
            .where(CourseMember.user_id == caller.user_id, CourseMember.deleted.is_(False)))


def _teaches(caller: Caller):
    if caller.scope is not None:
        return []
    return _member_of(caller).where(CourseMember.role == "facilitator")


def _in_my_courses(model):
    return lambda caller: model.course_id.in_(_member_of(caller))


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def _attachments(record: dict) -> list[dict]:
    return list(record.get("attachments") or [])


def _membership(session: Session, course_id: str, user_id: str) -> CourseMember | None:
    member = session.get(CourseMember, stable_id("member", course_id, user_id))
    return None if member is None or member.deleted else member


def progress_set(session: Session, caller: Caller, payload: p.ProgressSet) -> None:
    lesson = session.get(Lesson, str(payload.lesson_id))
    if lesson is None or lesson.deleted or not _membership(session, lesson.course_id,
                                                           caller.user_id):
        raise Rejected("lesson_not_found", f"lesson {payload.lesson_id} not visible")
    row_id = progress_id(lesson.id, caller.user_id)
    row = session.get(LessonProgress, row_id)
    if row is not None and (row.state == "completed" or row.state == payload.state):
        return  # completed stays completed; nothing new to tell anyone
    if row is None:
        session.add(LessonProgress(id=row_id, user_id=caller.user_id, lesson_id=lesson.id,
                                   course_id=lesson.course_id, state=payload.state,
                                   updated_at=now(), seq=take_seq(session), deleted=False))
    else:
        row.state, row.updated_at, row.seq = payload.state, now(), take_seq(session)
    session.flush()


def _uploaded_by(session: Session, sha256: str, user_id: str) -> bool:
    return session.get(BlobUpload, (sha256, user_id)) is not None


def submission_submit(session: Session, caller, payload: p.SubmissionSubmit) -> None:
    assignment = session.get(Assignment, str(payload.assignment_id))
    if assignment is None or assignment.deleted:
        raise Rejected("assignment_not_found", f"assignment {payload.assignment_id} gone")
    member = _membership(session, assignment.course_id, caller.user_id)
    if member is None or member.role != "participant":
        raise Rejected("not_allowed", "only participants of the course submit")
    if str(payload.id) != submission_id(assignment.id, caller.user_id):
        raise Rejected("id_conflict", "submission id must be uuid5(assignment, user)")
    course = session.get(Course, assignment.course_id)
    received_at = now()
    if (assignment.due_at is not None and not course.late_submissions
            and received_at > _aware(assignment.due_at)):
        raise Rejected("deadline_passed", f"due {assignment.due_at.isoformat()}")
    if not payload.text.strip() and not payload.attachments:
        raise Rejected("empty_submission", "no text and no files")
    total = sum(f.size for f in payload.attachments)
    if total > course.max_attachment_bytes:
        raise Rejected("too_large", f"{total} bytes of files, limit "
                                    f"{course.max_attachment_bytes}")
    # Files travel before the op (the client uploads them first); the caller must have sent
    # every byte of each, so a known hash alone cannot attach someone else's file.
    missing = [f.name for f in payload.attachments
               if not _uploaded_by(session, f.sha256, caller.user_id)]
    if missing:
        raise Rejected("attachment_missing", f"files not uploaded: {missing}")
    row = session.get(Submission, str(payload.id))
    if row is not None and row.state == "returned":
        raise Rejected("already_graded", "the submission was already returned with a grade")
    files = json.dumps([f.model_dump() for f in payload.attachments], ensure_ascii=False)
    if row is None:
        session.add(Submission(id=str(payload.id), assignment_id=assignment.id,
                               course_id=assignment.course_id, user_id=caller.user_id,
                               text=payload.text, attachments=files, state="received",
                               submitted_at=received_at, seq=take_seq(session),
                               deleted=False))
    else:
        row.text, row.attachments, row.submitted_at = payload.text, files, received_at
        row.seq = take_seq(session)
    session.flush()
    for ref in payload.attachments:
        attach(session, ref.sha256, "submission", str(payload.id))


def feedback_create(session: Session, caller, payload: p.FeedbackCreate) -> None:
    sub = session.get(Submission, str(payload.submission_id))
    member = (None if sub is None or sub.deleted
              else _membership(session, sub.course_id, caller.user_id))
    if member is None or member.role != "facilitator":
        # One answer, word for word, whether the submission exists or not: a submission's
        # id is uuid5(assignment, user), so anyone could otherwise probe who handed in.
        raise Rejected("submission_not_found", "no submission you review has this id")
    if session.get(Feedback, str(payload.id)) is not None:
        raise Rejected("id_conflict", f"feedback {payload.id} already exists")
    # Versions of a submission's feedback are ordered by seq; the visible one is the last.
    latest = session.scalar(select(Feedback.id).where(Feedback.submission_id == sub.id,
                                                      Feedback.deleted.is_(False))
                            .order_by(order_key(Feedback.seq).desc()).limit(1))
    if payload.replaces is None and latest is not None:
        raise Rejected("already_returned", f"submission {sub.id} already has feedback "
                                           f"{latest}; a correction must name it")
    if payload.replaces is not None and str(payload.replaces) != latest:
        raise Rejected("stale_correction", f"correction based on {payload.replaces}, but "
                                           f"the visible feedback is {latest}")
    first = take_seq(session, 2)
    session.add(Feedback(id=str(payload.id), submission_id=sub.id, course_id=sub.course_id,
                         author_id=caller.user_id, body=payload.body, grade=payload.grade,
                         created_at=now(), seq=first, deleted=False))
    sub.state, sub.seq = "returned", first + 1
    session.flush()


def announcement_create(session: Session, caller, payload: p.AnnouncementCreate) -> None:
    member = _membership(session, str(payload.course_id), caller.user_id)
    if member is None or member.role != "facilitator":
        raise Rejected("not_allowed", "only the course's facilitators post announcements")
    if session.get(Announcement, str(payload.id)) is not None:
        raise Rejected("id_conflict", f"announcement {payload.id} already exists")
    session.add(Announcement(id=str(payload.id), course_id=str(payload.course_id),
                             author_id=caller.user_id, title=payload.title,
                             body=payload.body, created_at=now(), seq=take_seq(session),
                             deleted=False))
    session.flush()


# ---- declarations ---------------------------------------------------------------------

register(Entity("course", Course, lambda row: dict(
    slug=row.slug, title=row.title, description=row.description,
    late_submissions=row.late_submissions, max_attachment_bytes=row.max_attachment_bytes),
    visible=lambda caller: Course.id.in_(_member_of(caller)), pack="course"))
register(Entity("course_member", CourseMember, lambda row: dict(
    course_id=row.course_id, user_id=row.user_id, role=row.role),
    visible=lambda caller: or_(CourseMember.user_id == caller.user_id,
                               CourseMember.course_id.in_(_teaches(caller)))))
register(Entity("module", Module, lambda row: dict(
    course_id=row.course_id, position=row.position, title=row.title, summary=row.summary),
    visible=_in_my_courses(Module), pack="course"))
register(Entity("lesson", Lesson, lambda row: dict(
    course_id=row.course_id, module_id=row.module_id, position=row.position,
    title=row.title, body=row.body, attachments=json.loads(row.attachments)),
    visible=_in_my_courses(Lesson), files=_attachments, pack="course"))
register(Entity("assignment", Assignment, lambda row: dict(
    course_id=row.course_id, module_id=row.module_id, position=row.position,
    title=row.title, instructions=row.instructions, due_at=_iso(row.due_at)),
    visible=_in_my_courses(Assignment), pack="course"))
register(Entity("progress", LessonProgress, lambda row: dict(
    lesson_id=row.lesson_id, course_id=row.course_id, state=row.state,
    updated_at=_iso(row.updated_at)),
    visible=lambda caller: LessonProgress.user_id == caller.user_id,
    ops={"progress.set": progress_set}))
register(Entity("submission", Submission, lambda row: dict(
    assignment_id=row.assignment_id, course_id=row.course_id, user_id=row.user_id,
    text=row.text, attachments=json.loads(row.attachments), state=row.state,
    submitted_at=_iso(row.submitted_at)),
    visible=lambda caller: or_(Submission.user_id == caller.user_id,
                               Submission.course_id.in_(_teaches(caller))),
    files=_attachments, ops={"submission.submit": submission_submit}))
register(Entity("feedback", Feedback, lambda row: dict(
    submission_id=row.submission_id, course_id=row.course_id, author_id=row.author_id,
    body=row.body, grade=row.grade, created_at=_iso(row.created_at)),
    visible=lambda caller: or_(
        Feedback.submission_id.in_(select(Submission.id)
                                   .where(Submission.user_id == caller.user_id)),
        Feedback.course_id.in_(_teaches(caller))),
    ops={"feedback.create": feedback_create}))
register(Entity("announcement", Announcement, lambda row: dict(
    course_id=row.course_id, author_id=row.author_id, title=row.title, body=row.body,
    created_at=_iso(row.created_at)),
    visible=_in_my_courses(Announcement), ops={"announcement.create": announcement_create},
    pack="course"))
