"""The repository on the server: catalogue import and withdrawal, and the ids it shares.

Who sees documents and proposals, and the ops that propose and decide, are declared in
sync/server/entities/repository.py. See docs/repository.md.
"""
from __future__ import annotations

import csv
import io
import json
import logging
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from pydantic import ValidationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from sync import protocol as p
from sync.server.accounts import now
from sync.server.course import hash_file, stable_id
from sync.server.models import BlobRef, Document
from sync.server.seq import take_seq

log = logging.getLogger(__name__)

MODERATORS = ("facilitator", "admin")
COLUMNS = ("key", "title", "authors", "year", "type", "themes", "region", "summary",
           "language", "licence", "source", "file")
MAX_KEY_CHARS = 100


def document_id_for_key(key: str) -> str:
    """The id of an imported catalogue entry: the same key always gives the same record."""
    return stable_id("document", key)


def document_id_for_proposal(proposal_id: str) -> str:
    """The id of the document an approved proposal publishes (the client computes it too)."""
    return str(uuid.uuid5(uuid.UUID(str(proposal_id)), "document"))


def is_moderator(caller) -> bool:
    return caller.role in MODERATORS


def max_blob_bytes() -> int:
    """The largest file the server stores (a bad setting refuses start-up elsewhere)."""
    from sync.server.blobs import max_blob_bytes_from_env
    try:
        return max_blob_bytes_from_env()
    except ValueError:  # the server refuses to start with a bad value; be safe anyway
        return p.DEFAULT_MAX_BLOB_BYTES


def columns(fields: p.DocumentFields) -> dict:
    """DocumentFields as column values."""
    return dict(title=fields.title, authors=json.dumps(fields.authors, ensure_ascii=False),
                year=fields.year, type=fields.type,
                themes=json.dumps(fields.themes, ensure_ascii=False), region=fields.region,
                summary=fields.summary, language=fields.language, licence=fields.licence,
                source=fields.source)


def file_json(ref: p.FileRef | None) -> str | None:
    return None if ref is None else json.dumps(ref.model_dump(), ensure_ascii=False)


# ---- catalogue import (CSV) -------------------------------------------------------------

class CatalogueError(ValueError):
    """The catalogue cannot be read at all (not UTF-8, bad header); nothing was imported."""


@dataclass
class CatalogueReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)

    def summary(self) -> str:
        return (f"created {self.created}, updated {self.updated}, "
                f"unchanged {self.unchanged}, rejected {len(self.rejected)}")


@dataclass
class _Row:
    line: int
    key: str
    fields: p.DocumentFields
    path: Path | None


def _plain(text: str) -> str:
    """Lower case without accents: "Sistematización" -> "sistematizacion"."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def document_type(value: str) -> str:
    """The type slug for a slug or a Spanish name with or without accents ("guía")."""
    return _plain(value)


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


def _validation_reason(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(x) for x in err["loc"]) or "row"
        parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)


def read_catalogue(csv_path: Path) -> tuple[list[tuple[int, dict]], list[tuple[int, str]]]:
    """The rows of a catalogue CSV as (line number, {column: text}), and rows that cannot
    even be read (wrong number of cells). Raises CatalogueError for the whole file."""
    try:
        text = Path(csv_path).read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise CatalogueError(f"{csv_path} not found")
    except UnicodeDecodeError as exc:
        line = Path(csv_path).read_bytes()[:exc.start].count(b"\n") + 1
        raise CatalogueError(f"{csv_path} is not UTF-8 (line {line}); save it as "
                             f"'CSV UTF-8'")
    # Spreadsheets in Spanish save "CSV" with ";" (the comma is their decimal sign), and
    # some with tabs: the header line says which one this file uses.
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True, delimiter=delimiter)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise CatalogueError(f"line 1: {exc}")
    if header is None:
        raise CatalogueError(f"{csv_path} is empty")
    names = [h.strip().lower() for h in header]
    missing = [c for c in COLUMNS if c not in names]
    unknown = [h for h in names if h not in COLUMNS]
    duplicated = sorted({h for h in names if names.count(h) > 1 and h in COLUMNS})
    if missing or unknown or duplicated:
        problems = []
        if missing:
            problems.append("missing column(s): " + ", ".join(missing))
        if unknown:
            problems.append("unknown column(s): " + ", ".join(repr(u) for u in unknown))
        if duplicated:
            problems.append("repeated column(s): " + ", ".join(duplicated))
        raise CatalogueError("bad header (line 1): " + "; ".join(problems)
                             + ". Expected: " + ",".join(COLUMNS))
    rows: list[tuple[int, dict]] = []
    bad: list[tuple[int, str]] = []
    line = reader.line_num + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            bad.append((line, f"cannot read the row: {exc}"))
            break  # the csv module cannot resynchronise after a broken quote
        if any(c.strip() for c in cells):
            if len(cells) != len(names):
                bad.append((line, f"{len(cells)} cells, the header has {len(names)}"))
            else:
                rows.append((line, dict(zip(names, cells))))
        line = reader.line_num + 1
    return rows, bad


def _inside(files_dir: Path, relative: str) -> Path:
    """The file a row names, refused if it is not a file inside `files_dir`."""
    relative = relative.strip()
    if Path(relative).is_absolute() or relative.startswith(("/", "\\")):
        raise ValueError(f"file {relative!r} must be a path relative to the files folder")
    base = files_dir.resolve()
    path = (base / relative).resolve()
    if base not in path.parents:
        raise ValueError(f"file {relative!r} points outside the files folder")
    if not path.is_file():
        raise ValueError(f"file {relative!r} not found in the files folder")
    return path


def _parse_row(line: int, cells: dict, files_dir: Path, max_bytes: int) -> _Row:
    """Validate a whole row; ValueError with the reason if any part of it is wrong."""
    key = cells["key"].strip()
    if not key:
        raise ValueError("key is empty")
    if len(key) > MAX_KEY_CHARS:
        raise ValueError(f"key is longer than {MAX_KEY_CHARS} characters")
    year_text = cells["year"].strip()
    if year_text and not year_text.isdigit():
        raise ValueError(f"year {year_text!r} is not a number")
    type_text = cells["type"].strip()
    slug = document_type(type_text)
    if slug not in p.DOCUMENT_TYPES:
        raise ValueError(f"type {type_text!r} is not one of: " + ", ".join(p.DOCUMENT_TYPES))
    try:
        fields = p.DocumentFields(
            title=cells["title"], authors=_split(cells["authors"]),
            year=int(year_text) if year_text else None, type=slug,
            themes=_split(cells["themes"]), region=cells["region"],
            summary=cells["summary"], language=cells["language"].strip().lower() or "es",
            licence=cells["licence"], source=cells["source"])
    except ValidationError as exc:
        raise ValueError(_validation_reason(exc)) from None
    path = None
    if cells["file"].strip():
        path = _inside(files_dir, cells["file"])
        if len(path.name) > 200:
            raise ValueError(f"file name {path.name!r} is longer than 200 characters")
        size = path.stat().st_size
        if size > max_bytes:
            raise ValueError(f"file {cells['file'].strip()!r} has {size} bytes, over the "
                             f"limit of {max_bytes}")
    return _Row(line=line, key=key, fields=fields, path=path)


def import_catalogue(session: Session, csv_path: Path, files_dir: Path, *,
                     store_file: Callable[[Path], str] = hash_file,
                     attach: Callable[[Session, str, str, str], None] | None = None,
                     max_bytes: int | None = None) -> CatalogueReport:
    """Create or update documents from a catalogue CSV, idempotently by `key`.

    Every row is validated whole before anything of it is written; a bad row is reported
    (line, reason) and skipped, the good ones are imported. Nothing is ever deleted. The
    caller's transaction holds the whole import: commit it, or roll it back for a dry run
    (then pass the default `store_file`, which only hashes). Raises CatalogueError when
    the file as a whole cannot be used.
    """
    files_dir = Path(files_dir)
    if not files_dir.is_dir():
        raise CatalogueError(f"files folder {files_dir} not found")
    max_bytes = max_blob_bytes() if max_bytes is None else max_bytes
    rows, unreadable = read_catalogue(csv_path)
    report = CatalogueReport(rejected=list(unreadable))
    seen: dict[str, int] = {}
    good: list[_Row] = []
    for line, cells in rows:
        try:
            row = _parse_row(line, cells, files_dir, max_bytes)
        except ValueError as exc:
            report.rejected.append((line, str(exc)))
            continue
        if row.key in seen:
            report.rejected.append((line, f"key {row.key!r} already used on line "
                                          f"{seen[row.key]}"))
            continue
        seen[row.key] = line
        good.append(row)
    for row in good:
        _upsert_document(session, report, row, store_file, attach)
    report.rejected.sort()
    return report


def _upsert_document(session: Session, report: CatalogueReport, row: _Row,
                     store_file: Callable[[Path], str],
                     attach: Callable[[Session, str, str, str], None] | None) -> None:
    file_ref = None
    if row.path is not None:
        sha = store_file(row.path)
        file_ref = p.FileRef(sha256=sha, name=row.path.name, size=row.path.stat().st_size)
    values = dict(key=row.key, **columns(row.fields), file=file_json(file_ref),
                  contributed_by=None)
    doc_id = document_id_for_key(row.key)
    doc = session.get(Document, doc_id)
    if doc is None:
        session.add(Document(id=doc_id, published_at=now(), seq=take_seq(session),
                             deleted=False, **values))
        report.created += 1
    elif doc.deleted or any(getattr(doc, k) != v for k, v in values.items()):
        for key, value in values.items():
            setattr(doc, key, value)
        doc.deleted, doc.seq = False, take_seq(session)
        report.updated += 1
    else:
        report.unchanged += 1
    session.flush()
    if attach is not None:
        # A replaced file stops being readable through this document.
        session.execute(delete(BlobRef).where(
            BlobRef.entity == "document", BlobRef.record_id == doc_id,
            BlobRef.sha256 != (file_ref.sha256 if file_ref else "")))
        if file_ref is not None:
            attach(session, file_ref.sha256, "document", doc_id)



# ---- withdrawing documents ---------------------------------------------------------------

class UnknownDocument(LookupError):
    """No document has this catalogue key or id."""


def find_document(session: Session, ref: str) -> Document | None:
    """The document named by its catalogue key (as in the CSV) or by its id (documents
    published from a member's proposal have no key)."""
    ref = ref.strip()
    if not ref:
        return None
    doc = session.scalars(select(Document).where(Document.key == ref)).first()
    return doc if doc is not None else session.get(Document, ref)


def withdraw_documents(session: Session, refs: list[str]) -> list[tuple[Document, bool]]:
    """Withdraw documents from the catalogue: each becomes a tombstone with a new seq, so
    every member's copy drops it (and the file, unless used otherwise) at the next sync,
    and its file is no longer served. All or nothing: an unknown reference raises
    UnknownDocument before anything is written. Returns (document, was it withdrawn now)
    — False for one already withdrawn. Importing its key again brings it back."""
    found: dict[str, Document] = {}         # a document named twice is withdrawn once
    for ref in refs:
        doc = find_document(session, ref)
        if doc is None:
            raise UnknownDocument(ref)
        found.setdefault(doc.id, doc)
    result = []
    for doc in found.values():
        if doc.deleted:
            result.append((doc, False))
            continue
        doc.deleted, doc.seq = True, take_seq(session)
        log.info("document %s (%s) withdrawn", doc.id, doc.key or "no key")
        result.append((doc, True))
    session.flush()
    return result


def list_documents(session: Session, *, withdrawn: bool = False) -> list[Document]:
    """The catalogue as published (or, with withdrawn=True, only what was withdrawn),
    newest first."""
    return list(session.scalars(select(Document).where(Document.deleted == withdrawn)
                                .order_by(Document.published_at.desc(), Document.key)))
