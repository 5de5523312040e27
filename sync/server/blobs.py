"""Files (blobs) on the server: content-addressed storage, resumable uploads, who may read.

A file is named by the SHA-256 of its bytes and stored once, however many accounts upload
it or records use it. The blob directory holds

    ab/cd/<sha256>                     finished files (ab, cd: the first hex digits)
    partial/<user id>/<sha256>.part    uploads in progress, one per account, so two people
                                       sending the same file never mix their bytes

A finished file appears only by `os.replace` of a complete, fsync'd and hash-verified
partial, so a reader never sees half a file. Three tables (migration 0002) say what the
server knows: `blobs` (one row per stored file), `blob_uploads` (which accounts sent every
byte of it) and `blob_refs` (which records use it). See docs/protocol.md, "Files".
"""
from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import re
import tempfile
import weakref
from contextlib import asynccontextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import AsyncIterator, Iterator

from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, StreamingResponse
import time

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from starlette.requests import ClientDisconnect, Request

from sync import protocol as p
from sync.server.accounts import now
from sync.server import registry
from sync.server.models import Blob, BlobRef, BlobUpload
from sync.server.registry import Caller

try:
    import fcntl
except ImportError:  # Windows: the embedded server is one process; a lock per process does
    fcntl = None

log = logging.getLogger(__name__)

CHUNK = 64 * 1024
# An upload whose bytes stop coming for this long is ended (what arrived is kept), so that a
# connection that died without a word does not hold its upload for hours. A request waits
# at most LOCK_WAIT_SECONDS for an earlier one on the same upload: longer than that idle
# limit, shorter than the client's read timeout (sync.blobs.TIMEOUT).
BODY_IDLE_SECONDS = 30.0
LOCK_WAIT_SECONDS = 45.0


class BlobError(Exception):
    """A refusal with a status, a machine-readable code and optional extra fields."""

    def __init__(self, status: int, code: str, message: str, headers: dict | None = None,
                 **extra):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.headers, self.extra = headers, extra


def resolve_blob_dir(db_url: str, blob_dir: str | os.PathLike | None = None) -> Path:
    """Where blobs live: `blob_dir` if given, else $MINKA_BLOB_DIR, else — for a SQLite
    database file — a folder `blobs/` beside it. Anything else is a configuration error."""
    if blob_dir:
        return Path(blob_dir)
    if os.environ.get("MINKA_BLOB_DIR"):
        return Path(os.environ["MINKA_BLOB_DIR"])
    if db_url.startswith("sqlite") and "///" in db_url:
        path = db_url.split("///", 1)[1].split("?", 1)[0]
        if path and path != ":memory:":
            return Path(path).resolve().parent / "blobs"
    raise ValueError("no blob directory: pass --blobs DIR or set $MINKA_BLOB_DIR")


def max_blob_bytes_from_env() -> int:
    """$MINKA_MAX_BLOB_BYTES, or protocol.DEFAULT_MAX_BLOB_BYTES (50 MiB)."""
    value = os.environ.get("MINKA_MAX_BLOB_BYTES", "").strip()
    if not value:
        return p.DEFAULT_MAX_BLOB_BYTES
    number = p.parse_decimal(value)
    if number is None:
        raise ValueError(f"MINKA_MAX_BLOB_BYTES must be a number of bytes, not {value!r}")
    return number


DEFAULT_QUOTA_BYTES = 500 * 1024 * 1024
DEFAULT_PARTIAL_DAYS = 14.0


def _bytes_from_env(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    number = p.parse_decimal(value)
    if number is None:
        raise ValueError(f"{name} must be a number of bytes, not {value!r}")
    return number


def quota_bytes_from_env() -> int:
    """$MINKA_QUOTA_BYTES: what each account may upload in all (default 500 MiB; 0: no
    quota). Files an administrator imports count for nobody."""
    return _bytes_from_env("MINKA_QUOTA_BYTES", DEFAULT_QUOTA_BYTES)


def partial_days_from_env() -> float:
    """$MINKA_PARTIAL_UPLOAD_DAYS: an upload that received nothing for this long is
    deleted (default 14: a person who syncs weekly misses a week and still resumes)."""
    value = os.environ.get("MINKA_PARTIAL_UPLOAD_DAYS", "").strip()
    try:
        days = float(value) if value else DEFAULT_PARTIAL_DAYS
    except ValueError:
        raise ValueError(f"MINKA_PARTIAL_UPLOAD_DAYS must be a number of days, not "
                         f"{value!r}") from None
    if not 0 < days < 10_000:
        raise ValueError(f"MINKA_PARTIAL_UPLOAD_DAYS must be a number of days, not {value!r}")
    return days


# ---- who may read a file ---------------------------------------------------------------

def can_see(session: Session, caller: Caller, entity: str, record_id: str) -> bool:
    """True if `caller` may see the record `entity`/`record_id` (which must exist).

    The same rule as the pull, taken from the entity's declaration (sync/server/entities):
    a file is readable exactly while a record that uses it is one the caller receives. An
    entity nobody declared is visible to no one.
    """
    return registry.can_see(session, caller, entity, record_id)


def may_read(session: Session, caller: Caller, sha256: str) -> bool:
    """True if `caller` may download the blob `sha256`.

    Two ways in: the caller uploaded every byte of it themselves (so they had the file
    already), or some record that refers to it in `blob_refs` is visible to them
    (`can_see`). Knowing a hash is not enough. The download answers 404 when this is
    False, exactly as for a hash the server has never seen, so nobody learns which files
    exist.
    """
    if session.get(BlobUpload, (sha256, caller.user_id)) is not None:
        return True
    refs = session.execute(select(BlobRef.entity, BlobRef.record_id)
                           .where(BlobRef.sha256 == sha256)).all()
    return any(can_see(session, caller, entity, record_id) for entity, record_id in refs)


def attach(session: Session, sha256: str, entity: str, record_id: str) -> None:
    """Record that `entity`/`record_id` uses the blob `sha256` (idempotent).

    Whoever may see that record may then fetch the file. The blob must already be stored:
    a record never points at a file the server does not have.
    """
    if session.get(Blob, sha256) is None:
        raise LookupError(f"blob {sha256} is not stored")
    if session.get(BlobRef, (sha256, entity, str(record_id))) is None:
        session.add(BlobRef(sha256=sha256, entity=entity, record_id=str(record_id)))
        session.flush()


named_files = p.named_files  # (the client uploads exactly these before the op)


def check_named_files(session: Session, caller: Caller, payload, rejected) -> None:
    """Refuse an op naming a file that is not exactly the one this account uploaded.

    Run for every op before its handler, whatever its kind: a record's `size` is what every
    reader's download expects, so one claiming 1 byte for a 5,002-byte file would make
    every member's sync fail on it, for good. The type must be one members may open.
    (The hash is the blob's address: a stored blob has the bytes its name says.)
    """
    for ref in named_files(payload):
        if not p.is_safe_to_open(ref.name):
            raise rejected("file_type_not_allowed",
                           f"file {ref.name!r} is of a type that is not shared")
        blob = session.get(Blob, ref.sha256)
        if blob is None or session.get(BlobUpload, (ref.sha256, caller.user_id)) is None:
            raise rejected("attachment_missing",
                           f"file {ref.name!r} ({ref.sha256}) not uploaded by this account")
        if blob.size != ref.size:
            raise rejected("file_mismatch", f"file {ref.name!r} ({ref.sha256}) has "
                                            f"{blob.size} bytes, the op says {ref.size}")


def record_blob(session: Session, sha256: str, size: int, uploaded_by: str | None) -> None:
    """The rows that say a file is stored and, if `uploaded_by`, that this account sent it."""
    if session.get(Blob, sha256) is None:
        session.add(Blob(sha256=sha256, size=size, created_at=now(), uploaded_by=uploaded_by))
        session.flush()
    if uploaded_by and session.get(BlobUpload, (sha256, uploaded_by)) is None:
        session.add(BlobUpload(sha256=sha256, user_id=uploaded_by, created_at=now()))
        session.flush()


# ---- files on disk ---------------------------------------------------------------------

def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def _fsync_dir(path: Path) -> None:
    if os.name == "posix":  # a directory cannot be opened for fsync on Windows
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def _close_synced(f) -> None:
    try:
        f.flush()
        os.fsync(f.fileno())
    finally:
        f.close()


class BlobStore:
    """The blob directory, and the upload and download logic over it.

    What a storage must do is a handful of methods, overridden by S3BlobStore
    (sync/server/s3blobs.py) for S3-compatible object storage: `stored_size` (stat),
    `read_range` (get a range), `delete_blob`, `stored_blobs` (list, for collection),
    `add_file` (put), and the partial uploads (`status`, `receive`, `pending_bytes`,
    `expire_partials`). Who may read or write, quotas, the rows in the database and the
    HTTP answers stay here, the same for every storage.
    """

    kind = "directory"

    def __init__(self, root: Path, max_bytes: int | None = None,
                 quota_bytes: int | None = None):
        self.root = Path(root)
        self.max_bytes = max_blob_bytes_from_env() if max_bytes is None else max_bytes
        self.quota_bytes = quota_bytes_from_env() if quota_bytes is None else quota_bytes
        self.root.mkdir(parents=True, exist_ok=True)
        self._locks: weakref.WeakValueDictionary[str, asyncio.Lock] = \
            weakref.WeakValueDictionary()
        self._arrivals: weakref.WeakValueDictionary[str, asyncio.Lock] = \
            weakref.WeakValueDictionary()

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def partial_for(self, user_id: str, sha256: str) -> Path:
        return self.root / "partial" / user_id / f"{sha256}.part"

    def describe(self) -> str:
        return str(self.root)

    # ---- the storage interface --------------------------------------------------------

    def stored_size(self, sha256: str) -> int | None:
        """Bytes of the finished file `sha256`, or None if the storage does not hold it."""
        try:
            return self.path_for(sha256).stat().st_size
        except FileNotFoundError:
            return None

    def read_range(self, sha256: str, start: int, end: int) -> Iterator[bytes]:
        """The bytes [start, end) of a finished file, in chunks."""
        return _read(self.path_for(sha256), start, end)

    def delete_blob(self, sha256: str) -> None:
        try:
            self.path_for(sha256).unlink()
        except FileNotFoundError:
            pass

    def stored_blobs(self) -> Iterator[tuple[str, float]]:
        """(sha256, modification time) of every finished file the storage holds."""
        for path in self.root.glob("??/??/*"):
            if p.is_sha256(path.name) and path.parent.parent.name == path.name[:2]:
                try:
                    yield path.name, path.stat().st_mtime
                except FileNotFoundError:
                    continue

    def pending_bytes(self, user_id: str, except_sha256: str) -> int:
        """Bytes held in this account's uploads in progress, but the one of `except_sha256`."""
        folder = self.partial_for(user_id, except_sha256).parent
        if not folder.is_dir():
            return 0
        return sum(_file_size(part) for part in folder.glob("*.part")
                   if part.name != f"{except_sha256}.part")

    def add_file(self, session: Session, source: Path, uploaded_by: str | None = None) -> str:
        """Store a local file (an administrator's import) and record it; returns its sha."""
        known = sha256_file(source)
        blob = session.get(Blob, known)
        if (blob is not None and blob.size == source.stat().st_size
                and self.stored_size(known) == blob.size):
            # Already stored (a re-import): no copy, no fsync.
            record_blob(session, known, blob.size, uploaded_by)
            return known
        tmp_dir = self.root / "partial"
        tmp_dir.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        with open(source, "rb") as src, tempfile.NamedTemporaryFile(
                dir=tmp_dir, suffix=".import", delete=False) as tmp:
            while chunk := src.read(1024 * 1024):
                digest.update(chunk)
                tmp.write(chunk)
            tmp.flush()
            os.fsync(tmp.fileno())
        sha = digest.hexdigest()
        self._move_in(Path(tmp.name), sha)
        record_blob(session, sha, self.path_for(sha).stat().st_size, uploaded_by)
        return sha

    def _move_in(self, complete: Path, sha256: str) -> None:
        """Put a complete, verified, fsync'd file in its place (or drop it: already there)."""
        final = self.path_for(sha256)
        if final.exists():
            complete.unlink()
            return
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(complete, final)
        _fsync_dir(final.parent)

    def _check(self, sha256: str, size: int) -> None:
        if not p.is_sha256(sha256):
            raise BlobError(422, "invalid_sha256", "the file id must be a SHA-256 digest "
                                                   "in 64 lowercase hex digits")
        if size > self.max_bytes:
            raise BlobError(413, "blob_too_large",
                            f"{size} bytes is over the limit of {self.max_bytes}",
                            limit=self.max_bytes)

    def _check_quota(self, sessions: sessionmaker[Session], caller: Caller, sha256: str,
                     size: int) -> None:
        """Refuse a new file that would take the account over its quota: the files it sent
        (each once, however many records use it) plus its other uploads in progress."""
        if not self.quota_bytes:
            return
        with sessions() as session:
            stored = session.scalar(select(func.coalesce(func.sum(Blob.size), 0))
                                    .join(BlobUpload, BlobUpload.sha256 == Blob.sha256)
                                    .where(BlobUpload.user_id == caller.user_id))
        pending = self.pending_bytes(caller.user_id, sha256)
        used = int(stored) + pending
        if used + size > self.quota_bytes:
            log.info("upload of %s (%d bytes) by %s refused: %d of %d bytes used", sha256,
                     size, caller.user_id, used, self.quota_bytes)
            raise BlobError(413, "quota_exceeded",
                            f"{size} more bytes would go over this account's quota of "
                            f"{self.quota_bytes} ({used} used)",
                            quota=self.quota_bytes, used=used)

    def expire_partials(self, max_age_days: float, at: float | None = None) -> int:
        """Delete the uploads in progress that received nothing for `max_age_days` (their
        file's mtime); returns how many. One being written now is left alone."""
        cutoff = (time.time() if at is None else at) - max_age_days * 86400
        removed = 0
        for part in (self.root / "partial").glob("*/*.part"):
            try:
                if part.stat().st_mtime >= cutoff:
                    continue
                if fcntl is not None:
                    fd = os.open(part, os.O_RDWR)
                    try:
                        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                        part.unlink()
                    finally:
                        os.close(fd)
                else:
                    part.unlink()
                removed += 1
            except (BlockingIOError, FileNotFoundError):
                continue   # in use, or another worker removed it first
        if removed:
            log.info("removed %d abandoned partial upload(s) older than %g days", removed,
                     max_age_days)
        return removed

    @asynccontextmanager
    async def arrival_order(self, authorization: str, sha256: str) -> AsyncIterator[None]:
        """Serve the requests of one device on one upload one at a time, in the order
        they arrived (asyncio locks are first come, first served).

        Entered before anything else a request does (authentication included), so a PUT
        cut by the network, whose last bytes still wait in the server's buffers, keeps its
        place ahead of the client's next question "how much do you have?". Without it the
        answer could come before those bytes are written, and the client's next PUT would
        start too early and be refused (409) after sending bytes for nothing. Keyed by the
        raw Authorization header: the account is not known yet, and one device is what
        sends requests in an order. Correctness does not rest on this (see `_exclusive`).
        """
        key = f"{authorization}\n{sha256}"
        lock = self._arrivals.setdefault(key, asyncio.Lock())
        try:
            await asyncio.wait_for(lock.acquire(), LOCK_WAIT_SECONDS)
        except asyncio.TimeoutError:
            raise BlobError(409, "upload_busy", "another request is writing this upload")
        try:
            yield
        finally:
            lock.release()

    @asynccontextmanager
    async def _exclusive(self, part: Path) -> AsyncIterator[None]:
        """Sole use of one partial upload, across requests and server processes.

        A PUT cut by the network may still be draining its last bytes when the client,
        which saw the cut first, asks again; this makes the new request wait for it. Across
        processes the lock is flock() on the partial itself (re-checked after the wait, as
        the file may have been finished or deleted meanwhile); without fcntl, a lock per
        process.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + LOCK_WAIT_SECONDS
        part.parent.mkdir(parents=True, exist_ok=True)
        if fcntl is None:
            lock = self._locks.setdefault(str(part), asyncio.Lock())
            try:
                await asyncio.wait_for(lock.acquire(), LOCK_WAIT_SECONDS)
            except asyncio.TimeoutError:
                raise BlobError(409, "upload_busy", "another request is writing this upload")
            try:
                yield
            finally:
                lock.release()
            return
        while True:
            fd = os.open(part, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                while True:
                    try:
                        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                        break
                    except BlockingIOError:
                        if loop.time() > deadline:
                            raise BlobError(409, "upload_busy",
                                            "another request is writing this upload")
                        await asyncio.sleep(0.02)
                try:
                    same = os.stat(part).st_ino == os.fstat(fd).st_ino
                except FileNotFoundError:
                    same = False
                if same:
                    yield
                    return
            finally:
                os.close(fd)  # releases the lock

    # ---- upload ---------------------------------------------------------------------

    def _owned(self, sessions: sessionmaker[Session], caller: Caller, sha256: str) -> bool:
        with sessions() as session:
            mine = session.get(BlobUpload, (sha256, caller.user_id)) is not None
        return mine and self.stored_size(sha256) is not None

    async def status(self, sessions: sessionmaker[Session], caller: Caller, sha256: str,
                     size: int) -> p.UploadStatus:
        """How many bytes of `sha256` the server holds from this caller."""
        self._check(sha256, size)
        if await run_in_threadpool(self._owned, sessions, caller, sha256):
            return p.UploadStatus(received=size, complete=True)
        await run_in_threadpool(self._check_quota, sessions, caller, sha256, size)
        part = self.partial_for(caller.user_id, sha256)
        if not part.exists():
            return p.UploadStatus(received=0, complete=False)
        async with self._exclusive(part):
            # A question changes nothing: a partial longer than this size is reported as
            # nothing held (a PUT from 0 with that size would start it again), not cut.
            held = _file_size(part)
            return p.UploadStatus(received=held if held <= size else 0, complete=False)

    @staticmethod
    def _trimmed(part: Path, size: int) -> int:
        """Bytes held in `part`; a partial longer than the declared size cannot be right."""
        received = _file_size(part)
        if received > size:
            log.warning("partial %s holds %d bytes, more than the declared %d: dropped",
                        part, received, size)
            os.truncate(part, 0)
            received = 0
        return received

    async def _before_receiving(self, sessions: sessionmaker[Session], caller: Caller,
                                sha256: str, offset: int, size: int, request: Request) -> bool:
        """The checks of every upload, whatever the storage: the hash and size, a body no
        longer than the file, the quota. True: this account already has the whole file."""
        self._check(sha256, size)
        declared = p.parse_decimal(request.headers.get("content-length"))
        if declared is not None and offset + declared > size:
            raise BlobError(422, "too_many_bytes", f"offset {offset} + {declared} bytes is "
                                                   f"more than the declared size {size}")
        if await run_in_threadpool(self._owned, sessions, caller, sha256):
            return True
        await run_in_threadpool(self._check_quota, sessions, caller, sha256, size)
        return False

    async def receive(self, sessions: sessionmaker[Session], caller: Caller, sha256: str,
                      offset: int, size: int, request: Request) -> p.UploadStatus:
        """Append the request body (bytes from `offset`) to the caller's partial upload.

        Whatever arrives is kept, even when the connection is cut mid-body. When the last
        byte is in, the file is verified against `sha256` and moved into the store.
        """
        if await self._before_receiving(sessions, caller, sha256, offset, size, request):
            return p.UploadStatus(received=size, complete=True)
        part = self.partial_for(caller.user_id, sha256)
        async with self._exclusive(part):
            received = self._trimmed(part, size)
            if offset != received:
                raise BlobError(409, "offset_mismatch",
                                f"the server holds {received} bytes, not {offset}",
                                received=received)
            received, cut = await self._append(request, part, received, size)
            if cut or received < size:
                return p.UploadStatus(received=received, complete=False)
            await run_in_threadpool(self._finish, sessions, caller, sha256, size, part)
            return p.UploadStatus(received=size, complete=True)

    async def _append(self, request: Request, part: Path, received: int,
                      size: int) -> tuple[int, bool]:
        """Stream the body onto the end of `part`; return (bytes held, connection lost)."""
        f = open(part, "ab")
        cut = False
        try:
            chunks = request.stream().__aiter__()
            while True:
                try:
                    chunk = await asyncio.wait_for(chunks.__anext__(), BODY_IDLE_SECONDS)
                except StopAsyncIteration:
                    break
                except (ClientDisconnect, asyncio.TimeoutError):
                    cut = True
                    break
                if received + len(chunk) > size:
                    f.write(chunk[:size - received])
                    received = size
                    raise BlobError(422, "too_many_bytes",
                                    f"body goes beyond the declared size {size}")
                f.write(chunk)  # into the page cache: fast; fsync'd once, below
                received += len(chunk)
        finally:
            await run_in_threadpool(_close_synced, f)
        if cut:
            log.info("upload %s cut at %d of %d bytes", part.name, received, size)
        return received, cut

    def _finish(self, sessions: sessionmaker[Session], caller: Caller, sha256: str,
                size: int, part: Path) -> None:
        if sha256_file(part) != sha256:
            part.unlink()
            log.info("upload %s by %s did not match its hash: dropped", sha256,
                     caller.user_id)
            raise BlobError(422, "hash_mismatch", "the bytes received do not have this "
                                                  "SHA-256; the upload was discarded")
        self._move_in(part, sha256)
        self._record_finished(sessions, caller, sha256, size)

    @staticmethod
    def _record_finished(sessions: sessionmaker[Session], caller: Caller, sha256: str,
                         size: int) -> None:
        for attempt in (1, 2):
            try:
                with sessions() as session, session.begin():
                    record_blob(session, sha256, size, caller.user_id)
                return
            except IntegrityError:  # another account finished the same file at this instant
                if attempt == 2:
                    raise

    # ---- download -------------------------------------------------------------------

    def _readable(self, sessions: sessionmaker[Session], caller: Caller,
                  sha256: str) -> int:
        with sessions() as session:
            blob = session.get(Blob, sha256)
            allowed = blob is not None and may_read(session, caller, sha256)
        if not allowed:
            raise BlobError(404, "not_found", "no such file")
        actual = self.stored_size(sha256) or 0
        if actual != blob.size:
            log.error("blob %s is recorded with %d bytes but has %d in storage", sha256,
                      blob.size, actual)
            raise BlobError(404, "not_found", "no such file")
        return blob.size

    @staticmethod
    def _note_download(sessions: sessionmaker[Session], caller: Caller, sha256: str) -> None:
        """For the network's statistics (downloads per month); never fails a download."""
        from sync.server.models import FileDownload
        try:
            with sessions() as session, session.begin():
                session.add(FileDownload(sha256=sha256, user_id=caller.user_id,
                                         at=datetime.now(timezone.utc)))
        except SQLAlchemyError:
            log.exception("could not note the download of %s", sha256)

    async def download(self, sessions: sessionmaker[Session], caller: Caller, sha256: str,
                       range_header: str | None) -> StreamingResponse | JSONResponse:
        """The file, or the single range asked for (206), streamed from disk."""
        if not p.is_sha256(sha256):
            raise BlobError(422, "invalid_sha256", "the file id must be a SHA-256 digest "
                                                   "in 64 lowercase hex digits")
        size = await run_in_threadpool(self._readable, sessions, caller, sha256)
        wanted = parse_range(range_header, size)
        start, end = wanted or (0, size)
        if start == 0:   # a download begun (a resumed one is not counted twice)
            await run_in_threadpool(self._note_download, sessions, caller, sha256)
        headers = {"ETag": f'"{sha256}"', "Accept-Ranges": "bytes",
                   "Cache-Control": "private, max-age=31536000, immutable",
                   "Content-Length": str(end - start)}
        if wanted:
            headers["Content-Range"] = f"bytes {start}-{end - 1}/{size}"
        return StreamingResponse(self.read_range(sha256, start, end),
                                 status_code=206 if wanted else 200, headers=headers,
                                 media_type="application/octet-stream")


def _read(path: Path, start: int, end: int) -> Iterator[bytes]:
    with open(path, "rb") as f:
        f.seek(start)
        while start < end:
            chunk = f.read(min(CHUNK, end - start))
            if not chunk:
                return
            start += len(chunk)
            yield chunk


_RANGE = re.compile(r"bytes=([0-9]{0,19})-([0-9]{0,19})", re.IGNORECASE)


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """(start, end) — end exclusive — of a single `bytes=` range, or None for the whole file.

    Forms: `bytes=K-`, `bytes=K-L`, `bytes=-N` (the last N bytes). A header in another
    unit, with several ranges or malformed (non-ASCII digits, a sign, 20 digits) is ignored
    (RFC 9110 allows it: the whole file is sent). A range that starts at or beyond the end
    raises BlobError 416.
    """
    if not header:
        return None
    found = _RANGE.fullmatch(header.strip(" \t").replace(" ", ""))
    if found is None or found.group(1) == found.group(2) == "":
        return None
    first, last = found.groups()
    if first == "":
        start, end = max(0, size - int(last)), size
        if int(last) == 0:
            start = size
    else:
        start = int(first)
        end = min(size, int(last) + 1) if last else size
        if last and int(last) < start:
            return None
    if start >= size:
        raise BlobError(416, "range_not_satisfiable", f"the file has {size} bytes",
                        headers={"Content-Range": f"bytes */{size}"}, size=size)
    return start, end
