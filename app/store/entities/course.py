"""The course in the replica: pending progress and submissions, and leaving a course."""
from __future__ import annotations

import logging

from sqlalchemy import delete, select, update

from app.store import meta
from app.store.entities.common import WRITTEN_HERE, set_state
from app.store.models import (PENDING, REJECTED, SYNCED, Announcement, Assignment, Course,
                              CourseMember, Feedback, Lesson, LessonProgress, Module,
                              Submission)
from app.store.registry import LocalEntity, register

log = logging.getLogger(__name__)

_COURSE_TABLES = (Module, Lesson, Assignment, Announcement, LessonProgress, Submission,
                  Feedback, CourseMember)


def _leave_courses(session, member_ids: list[str], page) -> None:
    """This user left a course (contract point 5): remove everything of it locally."""
    me = meta.get(session, "user_id")
    courses = set(session.scalars(select(CourseMember.course_id).where(
        CourseMember.id.in_(member_ids), CourseMember.user_id == me)))
    for course_id in courses:
        log.info("no longer a member of course %s: removing its local copy", course_id)
        for model in _COURSE_TABLES:
            session.execute(delete(model).where(model.course_id == course_id))
        session.execute(delete(Course).where(Course.id == course_id))


def _mark_progress(session, payload, state, code) -> None:
    session.execute(update(LessonProgress)
                    .where(LessonProgress.lesson_id == str(payload.lesson_id))
                    .values(sync_state=state))


def _mark_submission(session, payload, state, code) -> None:
    session.execute(update(Submission).where(Submission.id == str(payload.id),
                                             Submission.state == "queued")
                    .values(state="rejected" if state == REJECTED else "received",
                            reject_code=code))


def _mark_written(model):
    return lambda session, payload, state, code: set_state(
        session, model, payload.id, sync_state=state, reject_code=code)


_SYNCED_WRITE = lambda row: dict(sync_state=SYNCED, reject_code=None)  # noqa: E731

register(LocalEntity("course", Course))
register(LocalEntity("course_member", CourseMember, before_delete=_leave_courses))
register(LocalEntity("module", Module))
register(LocalEntity("lesson", Lesson))
register(LocalEntity("assignment", Assignment))
register(LocalEntity(
    "progress", LessonProgress, arrives=lambda row: dict(sync_state=SYNCED),
    # A server change must not overwrite a local write still on its way to the server.
    unless_pending=lambda t: t.c.sync_state != PENDING,
    marks={"progress.set": _mark_progress}))
register(LocalEntity(
    "submission", Submission, arrives=lambda row: dict(reject_code=None),
    unless_pending=lambda t: t.c.state != "queued",
    marks={"submission.submit": _mark_submission}))
register(LocalEntity(
    "feedback", Feedback, keep=WRITTEN_HERE, written_here=WRITTEN_HERE,
    arrives=_SYNCED_WRITE, marks={"feedback.create": _mark_written(Feedback)}))
register(LocalEntity(
    "announcement", Announcement, keep=WRITTEN_HERE, written_here=WRITTEN_HERE,
    arrives=_SYNCED_WRITE, marks={"announcement.create": _mark_written(Announcement)}))
