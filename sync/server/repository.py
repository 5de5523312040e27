"""The repository on the server: catalogue import, who sees what, proposals and decisions.

Documents are visible to every signed-in member; a proposal to the member who made it and
to every facilitator and administrator (global role). See docs/repository.md.
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
from sync.server.models import BlobRef, BlobUpload, Blob, Document, Proposal
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


# ---- visibility -----------------------------------------------------------------------

ENTITIES = ("document", "proposal")


def visible(entity: str, caller):
    """SQL filter of the repository records `caller` may see (None: every record).

    Documents are public to signed-in members; proposals belong to their proposer and to
    the moderators. (A member who becomes a facilitator receives older proposals when they
    next change, or after a fresh sign-in; roles change rarely.)
    """
    if entity == "proposal" and not is_moderator(caller):
        return Proposal.proposer_id == caller.user_id
    return None


def can_see(session: Session, caller, entity: str, record_id: str) -> bool | None:
    """Whether `caller` may see this repository record (None: not a repository entity)."""
    if entity == "document":
        row = session.get(Document, record_id)
        return row is not None and not row.deleted
    if entity == "proposal":
        row = session.get(Proposal, record_id)
        return (row is not None and not row.deleted
                and (row.proposer_id == caller.user_id or is_moderator(caller)))
    return None


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def _fields(row) -> dict:
    return dict(title=row.title, authors=json.loads(row.authors), year=row.year,
                type=row.type, themes=json.loads(row.themes), region=row.region,
                summary=row.summary, language=row.language, licence=row.licence,
                source=row.source)


def record(entity: str, row) -> dict | None:
    """The fields of a repository record as clients receive them (None: not ours)."""
    if entity == "document":
        return dict(key=row.key, **_fields(row),
                    file=json.loads(row.file) if row.file else None,
                    published_at=_iso(row.published_at), contributed_by=row.contributed_by)
    if entity == "proposal":
        return dict(proposer_id=row.proposer_id, **_fields(row), file=json.loads(row.file),
                    state=row.state, reason=row.reason, document_id=row.document_id,
                    created_at=_iso(row.created_at), decided_at=_iso(row.decided_at),
                    decided_by=row.decided_by)
    return None


def _columns(fields: p.DocumentFields) -> dict:
    """DocumentFields as column values."""
    return dict(title=fields.title, authors=json.dumps(fields.authors, ensure_ascii=False),
                year=fields.year, type=fields.type,
                themes=json.dumps(fields.themes, ensure_ascii=False), region=fields.region,
                summary=fields.summary, language=fields.language, licence=fields.licence,
                source=fields.source)


def _file_json(ref: p.FileRef | None) -> str | None:
    return None if ref is None else json.dumps(ref.model_dump(), ensure_ascii=False)


# ---- ops ------------------------------------------------------------------------------

def _max_blob_bytes() -> int:
    from sync.server.blobs import max_blob_bytes_from_env
    try:
        return max_blob_bytes_from_env()
    except ValueError:  # the server refuses to start with a bad value; be safe anyway
        return p.DEFAULT_MAX_BLOB_BYTES


def document_propose(session: Session, caller, payload: p.DocumentPropose, rejected) -> None:
    """A member proposes a publication; its file must have been uploaded by them first."""
    from sync.server.blobs import attach
    proposal_id = str(payload.id)
    if session.get(Proposal, proposal_id) is not None:
        raise rejected("id_conflict", f"proposal {proposal_id} already exists")
    limit = _max_blob_bytes()
    if payload.file.size > limit:
        raise rejected("too_large", f"{payload.file.size} bytes, limit {limit}")
    blob = session.get(Blob, payload.file.sha256)
    uploaded = session.get(BlobUpload, (payload.file.sha256, caller.user_id)) is not None
    if blob is None or not uploaded:
        raise rejected("attachment_missing", f"file {payload.file.name!r} not uploaded "
                                             f"by this account")
    if blob.size != payload.file.size:
        raise rejected("attachment_missing", f"file {payload.file.name!r} has {blob.size} "
                                             f"bytes, not {payload.file.size}")
    session.add(Proposal(id=proposal_id, proposer_id=caller.user_id, **_columns(payload),
                         file=_file_json(payload.file), state="pending", reason="",
                         document_id=None, created_at=now(), decided_at=None,
                         decided_by=None, seq=take_seq(session), deleted=False))
    session.flush()
    attach(session, payload.file.sha256, "proposal", proposal_id)


def proposal_decide(session: Session, caller, payload: p.ProposalDecide, rejected) -> None:
    """A facilitator or administrator approves (publishes) or rejects a proposal, once."""
    from sync.server.blobs import attach
    if not is_moderator(caller):
        raise rejected("not_allowed", "only facilitators and administrators decide")
    # FOR UPDATE (PostgreSQL): two moderators deciding at once are serialised on the row,
    # and the second sees the first one's decision (SQLite: the transaction is IMMEDIATE).
    proposal = session.get(Proposal, str(payload.proposal_id), with_for_update=True,
                           populate_existing=True)
    if proposal is None or proposal.deleted:
        raise rejected("proposal_not_found", f"proposal {payload.proposal_id} does not exist")
    if proposal.state != "pending":
        raise rejected("already_decided", f"proposal {proposal.id} was already "
                                          f"{proposal.state}")
    decided_at = now()
    if payload.decision == "approve":
        doc_id = document_id_for_proposal(proposal.id)
        if session.get(Document, doc_id) is not None:
            raise rejected("id_conflict", f"document {doc_id} already exists")
        first = take_seq(session, 2)
        session.add(Document(id=doc_id, key="", title=proposal.title,
                             authors=proposal.authors, year=proposal.year,
                             type=proposal.type, themes=proposal.themes,
                             region=proposal.region, summary=proposal.summary,
                             language=proposal.language, licence=proposal.licence,
                             source=proposal.source, file=proposal.file,
                             published_at=decided_at, contributed_by=proposal.proposer_id,
                             seq=first, deleted=False))
        session.flush()
        attach(session, json.loads(proposal.file)["sha256"], "document", doc_id)
        proposal.state, proposal.document_id, proposal.seq = "approved", doc_id, first + 1
    else:
        proposal.state, proposal.seq = "rejected", take_seq(session)
    proposal.reason = payload.reason
    proposal.decided_at, proposal.decided_by = decided_at, caller.user_id
    session.flush()


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
    max_bytes = _max_blob_bytes() if max_bytes is None else max_bytes
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
    values = dict(key=row.key, **_columns(row.fields), file=_file_json(file_ref),
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
