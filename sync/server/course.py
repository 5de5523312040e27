"""The course on the server: import from a folder, and enrolment.

Who sees the course's records and the ops members send are declared in
sync/server/entities/course.py.
"""
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

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync import protocol as p
from sync.server.models import (Announcement, Assignment, Course, CourseMember, Lesson,
                                Module, User)
from sync.server.seq import restamp, take_seq

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
        restamp(session, model, key == course_id)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
