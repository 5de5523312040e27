"""Writing a signed content pack: the records of some scopes, paged by the sync's own pull.

The pages are what `exchange.pull` answers a reader of only those scopes (a Caller with a
Scope), so a pack holds exactly what a sync would bring of them and nothing else: no
entity is named here. Each scope is pulled on its own (the course's, then the
catalogue's), which gives each its own claim: `(seq, scope)`, "every record of this scope
up to seq", the cursor the client continues from (docs/packs.md).
"""
from __future__ import annotations

import gzip
import hashlib
import json
import logging
import os
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from sync import packs as fmt
from sync import protocol as p
from sync.server.blobs import BlobStore
from sync.server.exchange import Scope, pull, scope_reader
from sync.server.models import Blob, Course
from sync.server.network import NetworkKey

log = logging.getLogger(__name__)

PAGE_LIMIT = p.MAX_PULL_LIMIT


class PackError(ValueError):
    """The pack cannot be written as asked; nothing is left on the drive."""


@dataclass
class ExportReport:
    folder: Path
    manifest: fmt.Manifest

    def summary(self) -> str:
        m = self.manifest
        return (f"{self.folder}: {m.records} records in {len(m.pages)} pages, "
                f"{len(m.files)} files, {fmt.human_size(m.total_bytes)}")


def named_files(data) -> list[dict]:
    """Every file a record names, wherever it sits in the record (a field, a list): any
    object with a SHA-256 and a size, the shape of protocol.FileRef."""
    found = []
    if isinstance(data, dict):
        if p.is_sha256(data.get("sha256")) and isinstance(data.get("size"), int):
            found.append(data)
        for value in data.values():
            if isinstance(value, (dict, list)):
                found.extend(named_files(value))
    elif isinstance(data, list):
        for value in data:
            found.extend(named_files(value))
    return found


def folder_name(courses: list[Course], catalogue: bool, when: datetime) -> str:
    """Named after what it holds and its date: people copy packs from drive to drive."""
    parts = ["Minka"]
    if courses:
        parts += ["curso", *[c.slug for c in courses]]
    if catalogue:
        parts.append("catalogo")
    return "-".join(parts) + when.strftime("-%Y-%m-%d")


def _write_page(path: Path, page) -> tuple[str, int]:
    raw = json.dumps({"changes": [c.model_dump(mode="json") for c in page.changes]},
                     ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    data = gzip.compress(raw, compresslevel=6, mtime=0)
    path.write_bytes(data)
    return hashlib.sha256(data).hexdigest(), len(data)


def _copy_checked(blobs: BlobStore, target: Path, sha256: str) -> int:
    """Copy a stored file into the pack (through the store's interface: a directory or
    S3), checking it is the file its name says."""
    digest = hashlib.sha256()
    size = 0
    stored = blobs.stored_size(sha256)
    if stored is None:
        raise PackError(f"file {sha256} is not on the server")
    with open(target, "wb") as dst:
        for chunk in blobs.read_range(sha256, 0, stored):
            digest.update(chunk)
            dst.write(chunk)
            size += len(chunk)
    if digest.hexdigest() != sha256:
        raise PackError(f"the server's copy of file {sha256} is damaged")
    return size


def export(factory: sessionmaker[Session], key: NetworkKey, blobs: BlobStore, out: Path, *,
           course_slugs: list[str], catalogue: bool, files: str = "course",
           now: datetime | None = None) -> ExportReport:
    """Write a pack into a new folder under `out`; returns where and what.

    The folder is written as `<name>.part` and renamed when complete and signed, so a
    drive pulled out mid-export never holds something that looks like a pack."""
    if files not in ("course", "all", "none"):
        raise PackError("--files must be course, all or none")
    if not course_slugs and not catalogue:
        raise PackError("nothing to export: name a --course or --catalogue")
    when = now or datetime.now(timezone.utc)
    with factory() as session:
        courses = []
        for slug in course_slugs:
            course = session.scalar(select(Course).where(Course.slug == slug,
                                                         Course.deleted.is_(False)))
            if course is None:
                raise PackError(f"no course {slug!r}")
            courses.append(course)
    name = folder_name(courses, catalogue, when)
    out = Path(out)
    final = out / name
    suffix = 2
    while final.exists():
        final = out / f"{name}-{suffix}"
        suffix += 1
    work = final.with_name(final.name + ".part")
    if work.exists():
        shutil.rmtree(work)
    (work / fmt.PAGES).mkdir(parents=True)
    (work / fmt.FILES).mkdir()
    try:
        manifest = _fill(factory, key, blobs, work, courses, catalogue, files, when,
                         final.name)
        os.replace(work, final)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    log.info("pack written: %s", final)
    return ExportReport(final, manifest)


def _fill(factory, key, blobs, work: Path, courses, catalogue, files, when, name):
    scopes = []
    if courses:
        scopes.append((Scope(courses=frozenset(c.id for c in courses)), files in ("course",
                                                                                 "all")))
    if catalogue:
        scopes.append((Scope(catalogue=True), files == "all"))
    pages: list[fmt.PackPage] = []
    claims: list[p.PackClaim] = []
    wanted: dict[str, dict] = {}
    records = 0
    for scope, with_files in scopes:
        reader = scope_reader(scope)
        cursor = 0
        while True:
            with factory() as session, session.begin():
                page = pull(session, reader, cursor, PAGE_LIMIT)
            if page.changes:
                page_name = f"{len(pages) + 1:05d}.json.gz"
                sha, size = _write_page(work / fmt.PAGES / page_name, page)
                pages.append(fmt.PackPage(name=page_name, sha256=sha, size=size,
                                          changes=len(page.changes)))
                records += len(page.changes)
                if with_files:
                    for change in page.changes:
                        for ref in named_files(change.data):
                            wanted.setdefault(ref["sha256"], ref)
            cursor = page.cursor
            if not page.more:
                break
        claims.append(p.PackClaim(seq=cursor, courses=sorted(scope.courses),
                                  catalogue=scope.catalogue))
    listed = []
    with factory() as session:
        for sha, ref in sorted(wanted.items()):
            if session.get(Blob, sha) is None:
                log.warning("file %s (%s) named by a record is not stored; left out",
                            sha, ref.get("name"))
                continue
            size = _copy_checked(blobs, work / fmt.FILES / sha, sha)
            listed.append(fmt.PackFile(sha256=sha, size=size,
                                       name=str(ref.get("name", ""))[:200]))
    manifest = fmt.Manifest(
        format=fmt.FORMAT_VERSION, network_id=key.network_id, created_at=when,
        courses=[fmt.PackCourse(id=c.id, slug=c.slug, title=c.title) for c in courses],
        catalogue=catalogue, files_included=files, claims=claims, pages=pages,
        files=listed, records=records)
    data = fmt.canonical(manifest.model_dump(mode="json"))
    (work / fmt.MANIFEST).write_bytes(data)
    (work / fmt.SIGNATURE).write_text(key.sign(data).hex() + "\n", encoding="ascii")
    (work / fmt.README).write_text(fmt.readme(manifest, name), encoding="utf-8-sig")
    return manifest
