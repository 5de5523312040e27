"""The repository as a member uses it: documents, their files on this computer, proposals.

Reading the catalogue is local and quick. Files come on demand (`download`, resumable, also
after a restart: `resume_wanted`) or are kept for offline use (`pin`); members propose
documents (`propose`) and facilitators and administrators decide (`decide`), offline, with
the op queued in the same transaction as the row. Network and file copies: call off the
GUI thread. See docs/repository.md.
"""
from __future__ import annotations

import errno
import json
import logging
import shutil
import threading
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable

from pydantic import ValidationError
from sqlalchemy import func, select

from app.services import files
from app.services.account import Account
from app.services.attachments import check_file
from app.services.errors import UserError, is_disk_full
from app.services.forums import utc
from app.store import meta, search
from app.store.db import Store
from app.store.models import (PENDING, Document, DocumentFile, Draft, Lesson, OutboxEntry,
                              Proposal, Submission)
from sync import blobs
from sync import protocol as p
from sync.client import Backoff, Cancelled, SyncError

log = logging.getLogger(__name__)

MODERATORS = ("facilitator", "admin")
# An unpinned file opened within this many days stays when it is unpinned: the person is
# still reading it. Older ones go, and free their space at once.
RECENTLY_OPENED_DAYS = 14

# Downloaded files that are not kept ("Guardar siempre en este equipo") are a cache: when a download
# would leave less than this free on the disk holding the files, the least recently opened
# of them are deleted first. Kept (pinned) files are never deleted automatically. Small on
# purpose: an old laptop with 150 MB free keeps the guides its owner downloaded, and only
# a disk nearly full (where the profile's own database could no longer grow) gives them up.
DISK_RESERVE_BYTES = 64 * 1024 * 1024

OFFLINE, NOT_DOWNLOADED, DOWNLOADING, NO_FILE = "offline", "not_downloaded", "downloading", \
    "no_file"


# ---- reading the catalogue ------------------------------------------------------------

@dataclass(frozen=True)
class DocumentView:
    id: str
    key: str
    title: str
    authors: list[str]
    year: int | None
    type: str
    themes: list[str]
    region: str
    summary: str
    language: str
    licence: str
    source: str
    file: dict | None          # {sha256, name, size} or None
    published_at: datetime | None
    contributed_by: str | None


def _document_view(row: Document) -> DocumentView:
    return DocumentView(row.id, row.key, row.title, json.loads(row.authors or "[]"), row.year,
                        row.type, json.loads(row.themes or "[]"), row.region, row.summary,
                        row.language, row.licence, row.source,
                        json.loads(row.file) if row.file else None,
                        utc(row.published_at) if row.published_at else None,
                        row.contributed_by)


def get(store: Store, document_id: str) -> DocumentView | None:
    with store.session() as s:
        row = s.get(Document, document_id)
        return _document_view(row) if row else None


def count(store: Store) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(Document)) or 0


def list_documents(store: Store, offset: int = 0, limit: int = 100) -> list[DocumentView]:
    """The catalogue, newest first, a page at a time."""
    with store.session() as s:
        rows = s.scalars(select(Document).order_by(Document.published_at.desc(),
                                                   Document.title)
                         .offset(offset).limit(limit)).all()
        return [_document_view(r) for r in rows]


# ---- files on this computer -----------------------------------------------------------

@dataclass
class Download:
    """A download running in this process (for "Descargando… 45 %")."""
    document_id: str
    done: int
    total: int
    cancel: threading.Event = field(default_factory=threading.Event)
    bytes_down: int = 0       # bytes received by this download (a resumed one: the rest)
    evicted: list[str] = field(default_factory=list)  # documents deleted to make room

    @property
    def fraction(self) -> float:
        return 1.0 if not self.total else min(1.0, self.done / self.total)


_running: dict[tuple[str, str], Download] = {}   # (profile path, document id) -> Download
_running_lock = threading.Lock()


def _key(store: Store, document_id: str) -> tuple[str, str]:
    return (str(store.profile_dir), document_id)


def running(store: Store, document_id: str) -> Download | None:
    with _running_lock:
        return _running.get(_key(store, document_id))


@dataclass(frozen=True)
class Availability:
    state: str          # offline, not_downloaded, downloading, no_file
    pinned: bool
    done: int           # bytes here (a partial download counts what it has)
    total: int


def availability(store: Store, document_id: str) -> Availability:
    """Whether the document can be read without a connection; cheap (a row and a stat)."""
    with store.session() as s:
        doc = s.get(Document, document_id)
        local = s.get(DocumentFile, document_id)
    ref = json.loads(doc.file) if doc is not None and doc.file else None
    pinned = bool(local and local.pinned)
    if ref is None:
        return Availability(NO_FILE, pinned, 0, 0)
    cache = files.cache(store)
    if cache.has(ref["sha256"], ref["size"]):
        return Availability(OFFLINE, pinned, ref["size"], ref["size"])
    active = running(store, document_id)
    if active is not None:
        return Availability(DOWNLOADING, pinned, active.done, ref["size"])
    part = blobs.part_path(cache.path_for(ref["sha256"]))
    have = part.stat().st_size if part.exists() else 0
    if local is not None and local.wanted:
        return Availability(DOWNLOADING, pinned, have, ref["size"])
    return Availability(NOT_DOWNLOADED, pinned, have, ref["size"])


def storage_used(store: Store) -> int:
    """Bytes of document files this computer holds (partial downloads included)."""
    cache = files.cache(store)
    with store.session() as s:
        shas = set(s.scalars(select(DocumentFile.sha256)))
    used = 0
    for sha in shas:
        path = cache.path_for(sha)
        for candidate in (path, blobs.part_path(path)):
            try:
                used += candidate.stat().st_size
            except FileNotFoundError:
                pass
    return used


def _file_ref(session, document_id: str) -> dict:
    doc = session.get(Document, document_id)
    if doc is None:
        raise UserError("document_not_found")
    if not doc.file:
        raise UserError("document_without_file")
    return json.loads(doc.file)


def _local_row(session, document_id: str, sha256: str) -> DocumentFile:
    row = session.get(DocumentFile, document_id)
    if row is None:
        row = DocumentFile(document_id=document_id, sha256=sha256, wanted=False, pinned=False)
        session.add(row)
    elif row.sha256 != sha256:
        row.sha256 = sha256   # the catalogue entry got a new file
    return row


def request_download(store: Store, document_id: str) -> dict:
    """Remember that this file is wanted (a download to finish, also after a restart)."""
    with store.session() as s, s.begin():
        ref = _file_ref(s, document_id)
        row = _local_row(s, document_id, ref["sha256"])
        if not files.cache(store).has(ref["sha256"], ref["size"]):
            row.wanted = True
            row.requested_at = datetime.now(timezone.utc)
    return ref


def download(store: Store, account: Account, document_id: str,
             progress: Callable[[Download], None] | None = None,
             cancel: threading.Event | None = None,
             backoff: Backoff | None = None) -> Path:
    """Fetch a document's file into the profile, resuming a partial one; return its path.

    Raises SyncError (its code explains: no_connection, not_found, disk_full…), or
    Cancelled. A full disk removes the partial file (it cannot grow) and stops asking for
    the file; cancelled by the person (`cancel_download`), the partial goes too; cancelled
    because Minka is closing, it stays and the download resumes at the next start.
    """
    ref = request_download(store, document_id)
    cache = files.cache(store)
    dest = cache.path_for(ref["sha256"])
    state = Download(document_id, 0, ref["size"], cancel or threading.Event())
    key = _key(store, document_id)
    with _running_lock:
        if key in _running:
            raise UserError("already_downloading")
        _running[key] = state

    def report(t: blobs.TransferProgress) -> None:
        state.done, state.bytes_down = t.done, t.bytes_down
        if progress is not None:
            progress(state)
    try:
        if not cache.has(ref["sha256"], ref["size"]):
            state.evicted = make_room(store, blobs.remaining(dest, ref["size"]),
                                      keep=document_id)
            if state.evicted and progress is not None:
                progress(state)
            blobs.download(account.server_url, account.token, ref["sha256"], ref["size"],
                           dest, progress=report, cancel=state.cancel, backoff=backoff)
    except Cancelled:
        if not _still_wanted(store, document_id):
            blobs.part_path(dest).unlink(missing_ok=True)
        raise
    except Exception as exc:
        if is_disk_full(exc):
            blobs.part_path(dest).unlink(missing_ok=True)
            _stop_wanting(store, document_id)
            log.warning("download of document %s (%s) stopped: the disk is full; partial "
                        "file removed", document_id, ref["sha256"])
            raise SyncError("disk_full", f"disk full while downloading {ref['sha256']}",
                            retryable=False) from exc
        if isinstance(exc, SyncError) and not exc.retryable:
            _stop_wanting(store, document_id)   # not_found, hash_mismatch: asking again won't help
        log.warning("download of document %s failed: %s", document_id, exc)
        raise
    finally:
        with _running_lock:
            _running.pop(key, None)
    _stop_wanting(store, document_id)
    _index_text(store, document_id, ref, dest)
    return dest


def _free_bytes(store: Store) -> int:
    root = files.cache(store).root
    root.mkdir(parents=True, exist_ok=True)
    return shutil.disk_usage(root).free


def make_room(store: Store, needed: int, keep: str | None = None,
              reserve: int | None = None) -> list[str]:
    """Make room for a download of `needed` bytes by deleting downloaded document files
    that are not kept for offline use, least recently opened or downloaded first; never a
    kept one, one being downloaded, `keep`, or one that something else here uses. Returns
    the documents whose files were deleted (two sharing one file both count).

    It aims at leaving the reserve free too; when that cannot be reached even by deleting
    all of them, it deletes only what the file itself needs (nothing if it fits), so a
    nearly full disk does not lose every download to each new one. When the file cannot
    fit at all, nothing is deleted and OSError(ENOSPC) is raised."""
    reserve = DISK_RESERVE_BYTES if reserve is None else reserve
    free = _free_bytes(store)
    if free >= needed + reserve:
        return []
    cache = files.cache(store)
    with _running_lock:
        busy = {doc_id for (profile, doc_id) in _running if profile == str(store.profile_dir)}
    by_file: dict[str, list[str]] = {}     # sha -> its documents; oldest use first
    sizes: dict[str, int] = {}
    last_use = func.max(func.coalesce(DocumentFile.last_opened_at, DocumentFile.requested_at),
                        func.coalesce(DocumentFile.requested_at, DocumentFile.last_opened_at))
    with store.session() as s:
        rows = s.scalars(select(DocumentFile).where(
            DocumentFile.pinned.is_(False), DocumentFile.wanted.is_(False))
            .order_by(last_use.asc().nulls_first(), DocumentFile.document_id))
        for row in rows:
            if row.document_id == keep or row.document_id in busy:
                continue
            path = cache.path_for(row.sha256)
            if not path.exists() or _needed_elsewhere(s, row.sha256, row.document_id):
                continue
            sizes[row.sha256] = path.stat().st_size
            # A shared file takes the place of its most recent use (rows come oldest first).
            by_file[row.sha256] = by_file.pop(row.sha256, []) + [row.document_id]
    reclaimable = sum(sizes.values())
    if free + reclaimable < needed:
        raise OSError(errno.ENOSPC, f"{needed} bytes cannot fit: {free} free, "
                                    f"{reclaimable} in files not kept")
    target = needed + reserve if free + reclaimable >= needed + reserve else needed
    evicted: list[str] = []
    for sha, documents in by_file.items():
        if _free_bytes(store) >= target:
            break
        for document_id in documents:
            remove_local(store, document_id, unless_kept=True)
        if not cache.path_for(sha).exists():      # kept if one was pinned meanwhile
            evicted.extend(documents)
    if evicted:
        log.info("made room for %d bytes: deleted the files of %d documents not kept for "
                 "offline use (%s)", needed, len(evicted), ", ".join(evicted))
    return evicted


def _still_wanted(store: Store, document_id: str) -> bool:
    with store.session() as s:
        row = s.get(DocumentFile, document_id)
        return bool(row and row.wanted)


def _stop_wanting(store: Store, document_id: str) -> None:
    try:
        with store.session() as s, s.begin():
            row = s.get(DocumentFile, document_id)
            if row is not None:
                row.wanted = False
    except Exception as exc:
        if not is_disk_full(exc):
            raise
        log.warning("could not note the end of download %s: the disk is full", document_id)


def _index_text(store: Store, document_id: str, ref: dict, path: Path) -> None:
    """Make the words of a downloaded file searchable (a failure here costs only that)."""
    try:
        text = search.extract_text(path, ref["name"])
        with store.session() as s, s.begin():
            search.set_text(s, document_id, ref["sha256"], text)
    except Exception as exc:
        if not is_disk_full(exc):
            raise
        log.warning("text of document %s not indexed: the disk is full", document_id)


def cancel_download(store: Store, document_id: str) -> None:
    """The person no longer wants the file: stop, and drop what arrived of it."""
    with store.session() as s, s.begin():
        row = s.get(DocumentFile, document_id)
        if row is not None:
            row.wanted = False
    active = running(store, document_id)
    if active is not None:
        active.cancel.set()   # the download removes its partial file as it stops
        return
    with store.session() as s:
        row = s.get(DocumentFile, document_id)
        if row is not None and not files.cache(store).has(row.sha256):
            blobs.part_path(files.cache(store).path_for(row.sha256)).unlink(missing_ok=True)


def unfinished_downloads(store: Store) -> list[str]:
    """Documents whose file was asked for and has not arrived (e.g. Minka was closed)."""
    with store.session() as s:
        return list(s.scalars(select(DocumentFile.document_id)
                              .where(DocumentFile.wanted.is_(True))
                              .order_by(DocumentFile.requested_at)))


def resume_wanted(store: Store, account: Account,
                  progress: Callable[[Download], None] | None = None,
                  cancel: threading.Event | None = None,
                  backoff: Backoff | None = None) -> int:
    """Finish the downloads left unfinished at the last exit; returns how many arrived.

    Stops at the first failure that is about the connection (the next try will do them
    all); a file the server no longer has is skipped.
    """
    done = 0
    for document_id in unfinished_downloads(store):
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        try:
            download(store, account, document_id, progress, cancel, backoff)
            done += 1
        except UserError as exc:
            if exc.code == "already_downloading":
                continue
            _stop_wanting(store, document_id)   # gone from the catalogue
        except SyncError as exc:
            if exc.retryable or exc.code == "disk_full":
                raise
    return done


def pin(store: Store, document_id: str) -> bool:
    """Keep this document on this computer; True if its file still has to be downloaded."""
    with store.session() as s, s.begin():
        ref = _file_ref(s, document_id)
        row = _local_row(s, document_id, ref["sha256"])
        row.pinned = True
        missing = not files.cache(store).has(ref["sha256"], ref["size"])
        if missing:
            row.wanted = True
            row.requested_at = datetime.now(timezone.utc)
    return missing


def unpin(store: Store, document_id: str, now: datetime | None = None) -> bool:
    """No longer keep it. A file not opened recently is deleted at once; True if it was."""
    now = now or datetime.now(timezone.utc)
    with store.session() as s, s.begin():
        row = s.get(DocumentFile, document_id)
        if row is None:
            return False
        row.pinned = False
        opened = utc(row.last_opened_at) if row.last_opened_at else None
    if opened is not None and now - opened < timedelta(days=RECENTLY_OPENED_DAYS):
        return False
    return remove_local(store, document_id)


def remove_local(store: Store, document_id: str, *, unless_kept: bool = False) -> bool:
    """Delete this document's file from this computer (it can be downloaded again);
    True if a file was deleted. A file something else here still needs is kept; with
    `unless_kept` (making room), so is one kept or asked for meanwhile."""
    if unless_kept and running(store, document_id) is not None:
        return False
    if not unless_kept:
        cancel_download(store, document_id)
    with store.session() as s, s.begin():
        row = s.get(DocumentFile, document_id)
        if row is None or (unless_kept and (row.pinned or row.wanted)):
            return False
        sha = row.sha256
        row.pinned = row.wanted = False
        needed = _needed_elsewhere(s, sha, document_id)
    if needed:
        log.info("file %s of document %s kept: %s still uses it", sha, document_id, needed)
        return False
    shutil.rmtree(store.profile_dir / "abiertos" / sha[:12], ignore_errors=True)
    removed = files.cache(store).remove(sha)
    with store.session() as s, s.begin():
        search.drop_text(s, document_id)   # found by its metadata from now on
    return removed


def forget_removed(store: Store) -> int:
    """Files of documents that left the catalogue are deleted from this computer (unless
    something else here uses the same file), with their local rows; returns how many
    files were deleted. Runs after a sync (disk work: off the GUI thread)."""
    with store.session() as s:
        gone = s.execute(select(DocumentFile.document_id, DocumentFile.sha256).where(
            DocumentFile.document_id.not_in(select(Document.id)))).all()
    deleted = 0
    for document_id, sha in gone:
        cancel_download(store, document_id)
        with store.session() as s, s.begin():
            needed = _needed_elsewhere(s, sha, document_id) or (
                "another document" if s.scalar(select(Document.id).where(
                    Document.file.like(f"%{sha}%"))) else "")
            row = s.get(DocumentFile, document_id)
            if row is not None:
                s.delete(row)
            search.drop_text(s, document_id)
        if needed:
            log.info("document %s left the catalogue; its file %s stays: %s uses it",
                     document_id, sha, needed)
            continue
        shutil.rmtree(store.profile_dir / "abiertos" / sha[:12], ignore_errors=True)
        if files.cache(store).remove(sha):
            deleted += 1
            log.info("document %s left the catalogue: its file %s was deleted", document_id,
                     sha)
    return deleted


def _needed_elsewhere(session, sha: str, document_id: str) -> str:
    """What else on this computer uses the file `sha` ("" if nothing)."""
    if session.scalar(select(DocumentFile.document_id).where(
            DocumentFile.sha256 == sha, DocumentFile.document_id != document_id,
            DocumentFile.pinned.is_(True) | DocumentFile.wanted.is_(True))):
        return "another pinned document"
    like = f"%{sha}%"
    if session.scalar(select(OutboxEntry.position).where(OutboxEntry.payload.like(like))):
        return "a write waiting to be sent"
    if session.scalar(select(Proposal.id).where(Proposal.file.like(like),
                                                Proposal.proposer_id == meta.get(
                                                    session, "user_id"))):
        return "a proposal of this member"
    if session.scalar(select(Lesson.id).where(Lesson.attachments.like(like))) or \
            session.scalar(select(Submission.id).where(Submission.attachments.like(like))):
        return "the course"
    if session.scalar(select(Draft.key).where(Draft.attachments.like(like))):
        return "a draft being written"
    return ""


def open_document(store: Store, document_id: str) -> Path | None:
    """A copy for the system's viewer (None if the file is not here); notes when it was
    opened, which keeps a recently read file when it is unpinned."""
    with store.session() as s, s.begin():
        ref = _file_ref(s, document_id)
        if not files.cache(store).has(ref["sha256"], ref["size"]):
            return None
        row = _local_row(s, document_id, ref["sha256"])
        row.last_opened_at = datetime.now(timezone.utc)
    return files.open_copy(store, ref["sha256"], ref["name"])


# ---- proposals ----------------------------------------------------------------------------

@dataclass(frozen=True)
class ProposalView:
    id: str
    proposer_id: str
    proposer: str
    title: str
    authors: list[str]
    year: int | None
    type: str
    themes: list[str]
    region: str
    summary: str
    language: str
    licence: str
    source: str
    file: dict
    state: str               # pending, approved, rejected (moderation)
    reason: str
    document_id: str | None
    created_at: datetime | None
    decided_at: datetime | None
    sync_state: str          # pending, synced, rejected (the local write)
    reject_code: str | None
    group_title: str = ""    # a group's finished product: the group it comes from


def _proposal_view(row: Proposal, proposer: str) -> ProposalView:
    return ProposalView(row.id, row.proposer_id, proposer, row.title,
                        json.loads(row.authors or "[]"), row.year, row.type,
                        json.loads(row.themes or "[]"), row.region, row.summary,
                        row.language, row.licence, row.source, json.loads(row.file),
                        row.state, row.reason, row.document_id,
                        utc(row.created_at) if row.created_at else None,
                        utc(row.decided_at) if row.decided_at else None,
                        row.sync_state, row.reject_code, row.group_title or "")


def _proposals(store: Store, *conditions) -> list[ProposalView]:
    from app.store.models import Person
    with store.session() as s:
        rows = s.execute(select(Proposal, Person.display_name)
                         .outerjoin(Person, Person.id == Proposal.proposer_id)
                         .where(*conditions)
                         .order_by(Proposal.created_at.desc())).all()
        return [_proposal_view(r, name or "") for r, name in rows]


def my_proposals(store: Store) -> list[ProposalView]:
    with store.session() as s:
        me = meta.get(s, "user_id") or ""
    return _proposals(store, Proposal.proposer_id == me)


def proposals_to_review(store: Store) -> list[ProposalView]:
    """For moderators: proposals waiting for a decision (and decisions not yet sent)."""
    return _proposals(store, (Proposal.state == "pending") | (Proposal.sync_state == PENDING))


def proposal(store: Store, proposal_id: str) -> ProposalView | None:
    found = _proposals(store, Proposal.id == proposal_id)
    return found[0] if found else None


def is_moderator(store: Store) -> bool:
    with store.session() as s:
        return meta.get(s, "role", "participant") in MODERATORS


def max_file_bytes(store: Store) -> int:
    """The largest file a proposal may carry (the server's limit, when it is known)."""
    with store.session() as s:
        return int(meta.get(s, "max_blob_bytes", str(p.DEFAULT_MAX_BLOB_BYTES)))


_FIELD_CODES = {"title": "doc_title", "year": "doc_year", "type": "doc_type",
                "authors": "doc_authors", "themes": "doc_themes", "summary": "doc_summary",
                "language": "doc_language", "region": "doc_short", "licence": "doc_short",
                "source": "doc_short"}


def _fields_error(exc: ValidationError) -> UserError:
    """The first problem, as a code the UI explains in Spanish (and which field)."""
    error = exc.errors()[0]
    where = str(error["loc"][0]) if error["loc"] else ""
    code = _FIELD_CODES.get(where, "doc_invalid")
    if code == "doc_title" and error["type"] == "string_too_short":
        code = "empty_doc_title"
    return UserError(code, f"{where}: {error['msg']}")


def split_list(text: str) -> list[str]:
    """Authors or themes as people type them: separated by ";" or new lines."""
    parts = text.replace("\n", ";").split(";")
    return [part.strip() for part in parts if part.strip()]


def propose(store: Store, path: Path, *, title: str, type: str, authors: list[str] = (),
            year: int | None = None, themes: list[str] = (), region: str = "",
            summary: str = "", language: str = "es", licence: str = "",
            source: str = "") -> str:
    """Propose a document for the repository (offline; travels at the next sync).

    Everything is checked before anything is written: the fields (the wire's own model),
    then the file (type, size, name). The file is copied into the profile (call off the GUI
    thread), then the proposal and its op are written in one transaction.
    """
    fields = dict(title=title, type=type, authors=list(authors), year=year,
                  themes=list(themes), region=region, summary=summary, language=language,
                  licence=licence, source=source)
    try:
        p.DocumentFields.model_validate(fields)
    except ValidationError as exc:
        raise _fields_error(exc) from None
    with store.session() as s:
        me = meta.get(s, "user_id")
    if not me:
        raise UserError("not_signed_in")
    name, size = check_file(Path(path), max_file_bytes(store))
    sha = files.cache(store).put_file(Path(path))
    proposal_id = str(uuid.uuid4())
    ref = p.FileRef(sha256=sha, name=name, size=size)
    payload = p.DocumentPropose(id=proposal_id, file=ref, **fields)
    now = datetime.now(timezone.utc)
    with store.session() as s, s.begin():
        s.add(Proposal(id=proposal_id, proposer_id=me, title=payload.title,
                       authors=json.dumps(payload.authors, ensure_ascii=False),
                       year=payload.year, type=payload.type,
                       themes=json.dumps(payload.themes, ensure_ascii=False),
                       region=payload.region, summary=payload.summary,
                       language=payload.language, licence=payload.licence,
                       source=payload.source,
                       file=json.dumps(ref.model_dump(), ensure_ascii=False),
                       state="pending", reason="", created_at=now, sync_state=PENDING))
        _queue(s, "document.propose", payload, now)
    return proposal_id


def _queue(session, kind: str, payload, now: datetime) -> None:
    op = p.make_op(uuid.uuid4(), kind, payload, now)
    session.add(OutboxEntry(op_id=str(op.op_id), kind=op.kind,
                            payload=json.dumps(op.payload, ensure_ascii=False), created_at=now))


def decide(store: Store, proposal_id: str, approve: bool, reason: str = "") -> None:
    """A facilitator or administrator publishes a proposal or declines it, with a reason
    the member reads (offline; travels at the next sync)."""
    try:
        payload = p.ProposalDecide(proposal_id=proposal_id,
                                   decision="approve" if approve else "reject", reason=reason)
    except ValidationError as exc:
        code = "empty_reason" if not reason.strip() else "too_long_reason"
        raise UserError(code, str(exc.errors()[0]["msg"])) from None
    now = datetime.now(timezone.utc)
    with store.session() as s, s.begin():
        if meta.get(s, "role", "participant") not in MODERATORS:
            raise UserError("not_moderator")
        row = s.get(Proposal, proposal_id)
        if row is None:
            raise UserError("proposal_not_found")
        if row.state != "pending" or row.sync_state == PENDING:
            raise UserError("already_decided")
        row.state = "approved" if approve else "rejected"
        row.reason, row.decided_at = payload.reason, now
        row.decided_by = meta.get(s, "user_id")
        row.sync_state, row.reject_code = PENDING, None
        _queue(s, "proposal.decide", payload, now)


def fetch_proposal_file(store: Store, account: Account, proposal_id: str,
                        cancel: threading.Event | None = None,
                        backoff: Backoff | None = None) -> Path | None:
    """For moderators reviewing: the proposal's file, downloaded if needed, as a copy
    for the system's viewer."""
    item = proposal(store, proposal_id)
    if item is None:
        raise UserError("proposal_not_found")
    return files.fetch_copy(store, account, item.file, cancel, backoff)


# ---- finding documents ------------------------------------------------------------------

@dataclass(frozen=True)
class ResultInfo:
    """What a result row shows besides its highlighted title and snippet."""
    type: str
    year: int | None
    authors: list[str]
    offline: bool


def find(store: Store, text: str, filters: search.Filters = search.Filters(),
         limit: int = 50) -> tuple[list[search.Hit], int]:
    """The best `limit` matches and how many there are in all (local, quick)."""
    with store.session() as s:
        hits = search.search(s, text, filters, limit)
        total = len(hits) if len(hits) < limit else search.count(s, text, filters)
    return hits, total


def result_info(store: Store, document_ids: list[str]) -> dict[str, ResultInfo]:
    cache = files.cache(store)
    out: dict[str, ResultInfo] = {}
    with store.session() as s:
        for chunk_start in range(0, len(document_ids), 500):
            chunk = document_ids[chunk_start:chunk_start + 500]
            for row in s.execute(select(Document.id, Document.type, Document.year,
                                        Document.authors, Document.file)
                                 .where(Document.id.in_(chunk))):
                ref = json.loads(row.file) if row.file else None
                out[row.id] = ResultInfo(row.type, row.year, json.loads(row.authors or "[]"),
                                         bool(ref and cache.has(ref["sha256"], ref["size"])))
    return out


def facets(store: Store) -> search.Facets:
    with store.session() as s:
        return search.facets(s)
