"""The course on the server: import from a folder, enrolment, who sees what, and its ops."""
from __future__ import annotations

import hashlib
import json
import logging
import re
import tomllib
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from sync import protocol as p
from sync.server.accounts import now
from sync.server.models import (Announcement, Assignment, Course, CourseMember, Feedback,
                                Lesson, LessonProgress, Module, Submission, User)
from sync.server.seq import take_seq

log = logging.getLogger(__name__)
_NS = uuid.UUID("0c1f4b8e-7d5a-4d4e-8f37-6d696e6b6132")
_LINK = re.compile(r"\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")


def stable_id(*parts: object) -> str:
    """Ids derived from names, so a re-import finds the records it made before."""
    return str(uuid.uuid5(_NS, "/".join(str(x) for x in parts)))


def submission_id(assignment_id: str, user_id: str) -> str:
    """One submission per participant and assignment; the client computes the same id."""
    return str(uuid.uuid5(uuid.UUID(str(assignment_id)), str(user_id)))


def progress_id(lesson_id: str, user_id: str) -> str:
    return str(uuid.uuid5(uuid.UUID(str(lesson_id)), "progress/" + str(user_id)))


# ---- import -------------------------------------------------------------------------

class CourseFolderError(ValueError):
    """The course folder cannot be imported; nothing was changed."""


@dataclass
class ImportReport:
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)
    files: list[p.FileRef] = field(default_factory=list)

    def count(self, bucket: str, kind: str) -> None:
        target = getattr(self, bucket)
        target[kind] = target.get(kind, 0) + 1

    def summary(self) -> str:
        parts = []
        for bucket in ("created", "updated", "removed"):
            values = getattr(self, bucket)
            if values:
                parts.append(f"{bucket}: " + ", ".join(f"{v} {k}" for k, v in sorted(values.items())))
        return "; ".join(parts) or "nothing changed"


def _read_manifest(folder: Path) -> dict:
    manifest = folder / "course.toml"
    if not manifest.is_file():
        raise CourseFolderError(f"{manifest} not found")
    try:
        data = tomllib.loads(manifest.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise CourseFolderError(f"{manifest}: {exc}") from exc
    for key in ("slug", "title", "modules"):
        if key not in data:
            raise CourseFolderError(f"{manifest}: missing '{key}'")
    return data


def _inside(folder: Path, relative: str) -> Path:
    """A path named by the course folder, refused if it points outside it."""
    path = (folder / relative).resolve()
    if folder.resolve() not in path.parents:
        raise CourseFolderError(f"{relative!r} points outside the course folder")
    if not path.is_file():
        raise CourseFolderError(f"{relative!r} not found in the course folder")
    return path


def _title_and_body(path: Path) -> tuple[str, str]:
    text = path.read_text(encoding="utf-8").strip()
    first, _, rest = text.partition("\n")
    if not first.startswith("# "):
        raise CourseFolderError(f"{path.name}: must start with a '# Title' line")
    return first[2:].strip(), rest.strip()


def _attachments(folder: Path, md_path: Path, body: str,
                 store_file: Callable[[Path], str], report: ImportReport) -> list[dict]:
    """Files a Markdown text links to (relative links), stored as blobs."""
    found = []
    for target in _LINK.findall(body):
        if "://" in target or target.startswith(("#", "mailto:", "/")):
            continue
        path = (md_path.parent / target).resolve()
        if folder.resolve() not in path.parents:
            raise CourseFolderError(f"{md_path.name}: link {target!r} points outside the "
                                    f"course folder")
        path = _inside(folder, str(path.relative_to(folder.resolve())))
        sha = store_file(path)
        ref = dict(path=target, sha256=sha, name=path.name, size=path.stat().st_size)
        if ref not in found:
            found.append(ref)
            report.files.append(p.FileRef(sha256=sha, name=path.name, size=ref["size"]))
    return found


def hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _same(stored, new) -> bool:
    if isinstance(new, datetime) and isinstance(stored, datetime):
        return _aware(stored) == _aware(new)  # SQLite hands datetimes back without zone
    return stored == new


def _upsert(session: Session, report: ImportReport, kind: str, model, row_id: str,
            values: dict) -> None:
    row = session.get(model, row_id)
    if row is None:
        session.add(model(id=row_id, seq=take_seq(session), deleted=False, **values))
        report.count("created", kind)
    elif row.deleted or not all(_same(getattr(row, k), v) for k, v in values.items()):
        for key, value in values.items():
            setattr(row, key, value)
        row.deleted = False
        row.seq = take_seq(session)
        report.count("updated", kind)
    session.flush()


def import_course(session: Session, folder: Path,
                  store_file: Callable[[Path], str] = hash_file,
                  attach: Callable[[Session, str, str, str], None] | None = None
                  ) -> ImportReport:
    """Create or update a course from its folder; a re-import changes only what changed.

    The whole import is one transaction (the caller's): a bad file leaves nothing half
    imported. `store_file` puts an attachment in the blob store and returns its sha256;
    `attach` records which lesson uses it (so its members may fetch it).
    """
    folder = Path(folder)
    data = _read_manifest(folder)
    report = ImportReport()
    course_id = stable_id("course", data["slug"])
    _upsert(session, report, "course", Course, course_id, dict(
        slug=data["slug"], title=data["title"], description=data.get("description", ""),
        late_submissions=bool(data.get("late_submissions", False)),
        max_attachment_bytes=int(float(data.get("max_attachment_mb", 10)) * 1024 * 1024)))
    seen: dict[type, set[str]] = {Module: set(), Lesson: set(), Assignment: set()}
    for m_pos, module in enumerate(data["modules"]):
        module_id = stable_id("module", data["slug"], module["slug"])
        seen[Module].add(module_id)
        _upsert(session, report, "module", Module, module_id, dict(
            course_id=course_id, position=m_pos, title=module["title"],
            summary=module.get("summary", "")))
        for l_pos, relative in enumerate(module.get("lessons", [])):
            path = _inside(folder, relative)
            title, body = _title_and_body(path)
            lesson_id = stable_id("lesson", data["slug"], relative)
            seen[Lesson].add(lesson_id)
            files = _attachments(folder, path, body, store_file, report)
            _upsert(session, report, "lesson", Lesson, lesson_id, dict(
                course_id=course_id, module_id=module_id, position=l_pos, title=title,
                body=body, attachments=json.dumps(files, ensure_ascii=False)))
            if attach is not None:
                for ref in files:
                    attach(session, ref["sha256"], "lesson", lesson_id)
        for a_pos, spec in enumerate(module.get("assignments", [])):
            path = _inside(folder, spec["instructions"])
            _, instructions = _title_and_body(path)
            assignment_id = stable_id("assignment", data["slug"], spec["slug"])
            seen[Assignment].add(assignment_id)
            due = spec.get("due")
            if isinstance(due, str):
                due = datetime.fromisoformat(due)
            if due is not None and due.tzinfo is None:
                raise CourseFolderError(f"{spec['slug']}: 'due' needs a UTC offset")
            if due is not None:
                due = due.astimezone(timezone.utc)
            _upsert(session, report, "assignment", Assignment, assignment_id, dict(
                course_id=course_id, module_id=module_id, position=a_pos,
                title=spec["title"], instructions=instructions, due_at=due))
    for model, ids in seen.items():
        stale = session.scalars(select(model).where(model.course_id == course_id,
                                                    model.deleted.is_(False),
                                                    model.id.not_in(ids))).all()
        for row in stale:
            row.deleted = True
            row.seq = take_seq(session)
            report.count("removed", model.__tablename__)
    for username in data.get("facilitators", []):
        enroll(session, course_slug=data["slug"], usernames=[username], role="facilitator")
    return report


# ---- enrolment ----------------------------------------------------------------------

def enroll(session: Session, *, course_slug: str, usernames: list[str],
           role: str = "participant") -> int:
    """Make users members of a course; returns how many became members.

    Records written before a member joined have seqs below that member's cursor. So that
    they still arrive at the member's next sync, the course's records are stamped with new
    seqs (the other members receive them once more; enrolment happens rarely, at the start
    of a course).
    """
    course = session.scalar(select(Course).where(Course.slug == course_slug))
    if course is None:
        raise CourseFolderError(f"no course {course_slug!r}")
    added = 0
    for username in usernames:
        user = session.scalar(select(User).where(User.username == username.strip().lower()))
        if user is None:
            raise CourseFolderError(f"no user {username!r}")
        member_id = stable_id("member", course.id, user.id)
        member = session.get(CourseMember, member_id)
        if member is not None and not member.deleted and member.role == role:
            continue
        if member is None:
            session.add(CourseMember(id=member_id, course_id=course.id, user_id=user.id,
                                     role=role, seq=take_seq(session), deleted=False))
        else:
            member.role, member.deleted, member.seq = role, False, take_seq(session)
        added += 1
    if added:
        session.flush()
        _restamp(session, course.id)
    return added


def _restamp(session: Session, course_id: str) -> None:
    for model in (Course, Module, Lesson, Assignment, Announcement):
        key = model.id if model is Course else model.course_id
        ids = session.scalars(select(model.id).where(key == course_id)
                              .order_by(model.seq)).all()
        if not ids:
            continue
        first = take_seq(session, len(ids))
        for offset, row_id in enumerate(ids):
            session.execute(update(model).where(model.id == row_id)
                            .values(seq=first + offset))


# ---- visibility ---------------------------------------------------------------------

def visible(entity: str, user_id: str, courses: frozenset[str] | None = None):
    """SQL filter of the course records `user_id` may see (None: not a course entity).

    With `courses`, the reader is taken as a participant of exactly those courses (a
    content pack, which is written for no account): it sees their shared records only."""
    if courses is not None:
        member_of, teaches = sorted(courses), []
    else:
        member_of = (select(CourseMember.course_id)
                     .where(CourseMember.user_id == user_id, CourseMember.deleted.is_(False)))
        teaches = member_of.where(CourseMember.role == "facilitator")
    if entity == "course":
        return Course.id.in_(member_of)
    if entity in ("module", "lesson", "assignment", "announcement"):
        model = {"module": Module, "lesson": Lesson, "assignment": Assignment,
                 "announcement": Announcement}[entity]
        return model.course_id.in_(member_of)
    if entity == "course_member":
        return or_(CourseMember.user_id == user_id, CourseMember.course_id.in_(teaches))
    if entity == "progress":
        return LessonProgress.user_id == user_id
    if entity == "submission":
        return or_(Submission.user_id == user_id, Submission.course_id.in_(teaches))
    if entity == "feedback":
        own = select(Submission.id).where(Submission.user_id == user_id)
        return or_(Feedback.submission_id.in_(own), Feedback.course_id.in_(teaches))
    return None


def record(entity: str, row) -> dict | None:
    """The fields of a course record as clients receive them (None: not a course entity)."""
    iso = lambda v: v.isoformat() if v else None  # noqa: E731
    if entity == "course":
        return dict(slug=row.slug, title=row.title, description=row.description,
                    late_submissions=row.late_submissions,
                    max_attachment_bytes=row.max_attachment_bytes)
    if entity == "course_member":
        return dict(course_id=row.course_id, user_id=row.user_id, role=row.role)
    if entity == "module":
        return dict(course_id=row.course_id, position=row.position, title=row.title,
                    summary=row.summary)
    if entity == "lesson":
        return dict(course_id=row.course_id, module_id=row.module_id, position=row.position,
                    title=row.title, body=row.body, attachments=json.loads(row.attachments))
    if entity == "assignment":
        return dict(course_id=row.course_id, module_id=row.module_id, position=row.position,
                    title=row.title, instructions=row.instructions, due_at=iso(row.due_at))
    if entity == "progress":
        return dict(lesson_id=row.lesson_id, course_id=row.course_id, state=row.state,
                    updated_at=iso(row.updated_at))
    if entity == "submission":
        return dict(assignment_id=row.assignment_id, course_id=row.course_id,
                    user_id=row.user_id, text=row.text,
                    attachments=json.loads(row.attachments), state=row.state,
                    submitted_at=iso(row.submitted_at))
    if entity == "feedback":
        return dict(submission_id=row.submission_id, course_id=row.course_id,
                    author_id=row.author_id, body=row.body, grade=row.grade,
                    created_at=iso(row.created_at))
    if entity == "announcement":
        return dict(course_id=row.course_id, author_id=row.author_id, title=row.title,
                    body=row.body, created_at=iso(row.created_at))
    return None


# ---- ops ------------------------------------------------------------------------------

def _membership(session: Session, course_id: str, user_id: str) -> CourseMember | None:
    member = session.get(CourseMember, stable_id("member", course_id, user_id))
    return None if member is None or member.deleted else member


def progress_set(session: Session, caller, payload: p.ProgressSet, rejected) -> None:
    lesson = session.get(Lesson, str(payload.lesson_id))
    if lesson is None or lesson.deleted or not _membership(session, lesson.course_id,
                                                           caller.user_id):
        raise rejected("lesson_not_found", f"lesson {payload.lesson_id} not visible")
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
    from sync.server.models import BlobUpload
    return session.get(BlobUpload, (sha256, user_id)) is not None


def submission_submit(session: Session, caller, payload: p.SubmissionSubmit,
                      rejected) -> None:
    assignment = session.get(Assignment, str(payload.assignment_id))
    if assignment is None or assignment.deleted:
        raise rejected("assignment_not_found", f"assignment {payload.assignment_id} gone")
    member = _membership(session, assignment.course_id, caller.user_id)
    if member is None or member.role != "participant":
        raise rejected("not_allowed", "only participants of the course submit")
    if str(payload.id) != submission_id(assignment.id, caller.user_id):
        raise rejected("id_conflict", "submission id must be uuid5(assignment, user)")
    course = session.get(Course, assignment.course_id)
    received_at = now()
    if (assignment.due_at is not None and not course.late_submissions
            and received_at > _aware(assignment.due_at)):
        raise rejected("deadline_passed", f"due {assignment.due_at.isoformat()}")
    if not payload.text.strip() and not payload.attachments:
        raise rejected("empty_submission", "no text and no files")
    total = sum(f.size for f in payload.attachments)
    if total > course.max_attachment_bytes:
        raise rejected("too_large", f"{total} bytes of files, limit "
                                    f"{course.max_attachment_bytes}")
    # Files travel before the op (the client uploads them first); the caller must have sent
    # every byte of each, so a known hash alone cannot attach someone else's file.
    missing = [f.name for f in payload.attachments
               if not _uploaded_by(session, f.sha256, caller.user_id)]
    if missing:
        raise rejected("attachment_missing", f"files not uploaded: {missing}")
    row = session.get(Submission, str(payload.id))
    if row is not None and row.state == "returned":
        raise rejected("already_graded", "the submission was already returned with a grade")
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
    from sync.server.blobs import attach
    for ref in payload.attachments:
        attach(session, ref.sha256, "submission", str(payload.id))


def feedback_create(session: Session, caller, payload: p.FeedbackCreate, rejected) -> None:
    sub = session.get(Submission, str(payload.submission_id))
    member = (None if sub is None or sub.deleted
              else _membership(session, sub.course_id, caller.user_id))
    if member is None or member.role != "facilitator":
        # One answer, word for word, whether the submission exists or not: a submission's
        # id is uuid5(assignment, user), so anyone could otherwise probe who handed in.
        raise rejected("submission_not_found", "no submission you review has this id")
    if session.get(Feedback, str(payload.id)) is not None:
        raise rejected("id_conflict", f"feedback {payload.id} already exists")
    # Versions of a submission's feedback are ordered by seq; the visible one is the last.
    latest = session.scalar(select(Feedback.id).where(Feedback.submission_id == sub.id,
                                                      Feedback.deleted.is_(False))
                            .order_by(Feedback.seq.desc()).limit(1))
    if payload.replaces is None and latest is not None:
        raise rejected("already_returned", f"submission {sub.id} already has feedback "
                                           f"{latest}; a correction must name it")
    if payload.replaces is not None and str(payload.replaces) != latest:
        raise rejected("stale_correction", f"correction based on {payload.replaces}, but "
                                           f"the visible feedback is {latest}")
    first = take_seq(session, 2)
    session.add(Feedback(id=str(payload.id), submission_id=sub.id, course_id=sub.course_id,
                         author_id=caller.user_id, body=payload.body, grade=payload.grade,
                         created_at=now(), seq=first, deleted=False))
    sub.state, sub.seq = "returned", first + 1
    session.flush()


def announcement_create(session: Session, caller, payload: p.AnnouncementCreate,
                        rejected) -> None:
    member = _membership(session, str(payload.course_id), caller.user_id)
    if member is None or member.role != "facilitator":
        raise rejected("not_allowed", "only the course's facilitators post announcements")
    if session.get(Announcement, str(payload.id)) is not None:
        raise rejected("id_conflict", f"announcement {payload.id} already exists")
    session.add(Announcement(id=str(payload.id), course_id=str(payload.course_id),
                             author_id=caller.user_id, title=payload.title,
                             body=payload.body, created_at=now(), seq=take_seq(session),
                             deleted=False))
    session.flush()


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
