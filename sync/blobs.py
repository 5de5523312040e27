"""Client side of files (blobs): resumable, hash-verified download and upload over HTTP.

Like sync/client.py this speaks HTTP (requests) and nothing else: no Qt, no database. Both
directions survive a connection cut anywhere and resume where they stopped — a download
from the length of its `.part` file (a `Range` request), an upload from the byte count the
server reports — never from zero. Retries follow sync.client.Backoff: a failure that
moved bytes forward is retried at once; failures in a row back off and, after
`max_attempts`, end in a SyncError whose `code` the UI explains. See docs/protocol.md,
"Files".
"""
from __future__ import annotations

import hashlib
import logging
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import requests
import urllib3

from sync import protocol as p
from sync.client import (Backoff, Cancelled, SyncError, _http, account_refusal,
                         connection_error)

log = logging.getLogger(__name__)

CHUNK = 64 * 1024
TIMEOUT = (15, 60)       # connect, and the longest silence while sending or reading
                         # (the server waits at most 45 s for an earlier request)


@dataclass
class TransferProgress:
    """One file's transfer, as reported to `progress` callbacks (the same object each time)."""
    sha256: str
    total: int
    done: int = 0             # bytes of the file the destination holds (or the server has)
    bytes_up: int = 0         # file bytes sent, counting any sent again after a cut
    bytes_down: int = 0       # file bytes received, likewise
    requests: int = 0
    retries: int = 0
    phase: str = "start"      # start, transfer, retry, verify, done
    last_error: str = ""

    @property
    def fraction(self) -> float:
        return 1.0 if self.total == 0 else min(1.0, self.done / self.total)


Progress = Callable[[TransferProgress], None]


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def part_path(dest: Path) -> Path:
    """Where a download into `dest` keeps its bytes until they are verified."""
    return dest.with_name(dest.name + ".part")


# ---- shared plumbing -----------------------------------------------------------------

_CUT = (requests.RequestException, urllib3.exceptions.HTTPError, OSError)


def _cut_error(exc: Exception) -> SyncError:
    if isinstance(exc, (requests.Timeout, urllib3.exceptions.TimeoutError, TimeoutError)):
        return SyncError("timeout", str(exc), retryable=True)
    return connection_error(exc)


def _error_code(resp: requests.Response) -> tuple[str, dict]:
    try:
        error = resp.json()["error"]
        return str(error["code"]), error
    except Exception:
        return "", {}


def _refusal(resp: requests.Response) -> SyncError:
    """The SyncError for an answer that is not a success."""
    status = resp.status_code
    code, _ = _error_code(resp)
    refused = account_refusal(resp, code)
    if refused is not None:
        return refused
    if status == 401:
        return SyncError("auth_revoked", f"HTTP 401 {code}", retryable=False)
    if status == 404 and code == "not_found":
        return SyncError("not_found", "the server has no such file for this account",
                         retryable=False)
    if status == 413 and code == "blob_too_large":
        return SyncError("blob_too_large", "the file is over the server's size limit",
                         retryable=False)
    if status == 413 and code == "quota_exceeded":
        return SyncError("quota_exceeded", "the account's upload quota is used up",
                         retryable=False)
    if status == 422 and code == "hash_mismatch":
        return SyncError("hash_mismatch", "the bytes do not have the declared SHA-256",
                         retryable=False)
    if status in (408, 429) or status >= 500 or code == "upload_busy":
        return SyncError("server_error", f"HTTP {status} {code}", retryable=True)
    if not code:
        # A 4xx that is not ours (a proxy, a captive portal): try again later.
        return SyncError("not_minka", f"HTTP {status} without a Minka error body",
                         retryable=True)
    return SyncError("request_refused", f"HTTP {status} {code}", retryable=False)


class _Transfer:
    """What one download or upload carries along: the connection, progress and retries.

    Failures are counted in a row, with backoff; progress (bytes that stayed) starts the
    count again. A cut after progress is retried at once: on a link that drops every few
    minutes, waiting gains nothing. Failures without progress wait 1, 2, 4 … ×
    backoff.base, and the transfer gives up after `backoff.max_attempts` of them in a row.
    """

    def __init__(self, url: str, token: str, sha256: str, total: int, *, progress,
                 cancel, backoff, session, timeout):
        self.url, self.timeout = url, timeout
        self.auth = {"Authorization": f"Bearer {token}"}
        self.state = TransferProgress(sha256=sha256, total=total)
        self._progress = progress
        self.cancel = cancel or threading.Event()
        self.backoff = backoff or Backoff()
        self.http = _http(session)
        self._own_session = session is None
        self.failures = 0

    def __enter__(self) -> "_Transfer":
        self.report()
        return self

    def __exit__(self, *_exc) -> None:
        if self._own_session:
            self.http.close()

    def report(self, phase: str | None = None) -> None:
        if phase:
            self.state.phase = phase
        if self._progress:
            self._progress(self.state)

    def check_cancel(self) -> None:
        if self.cancel.is_set():
            raise Cancelled()

    def progressed(self) -> None:
        self.failures = 0

    def failed(self, exc: SyncError, *, wait: bool) -> None:
        """Return when it is time to try again; raise `exc` when it is time to give up."""
        if isinstance(exc, Cancelled) or not exc.retryable:
            raise exc
        self.failures += 1
        if self.failures >= self.backoff.max_attempts:
            raise exc
        self.state.retries += 1
        self.state.last_error = exc.code
        delay = self.backoff.delay(self.failures) if wait else 0.0
        log.info("transfer of %s interrupted (%s: %s); retrying in %.1f s",
                 self.state.sha256, exc.code, exc.detail, delay)
        self.report("retry")
        if delay and self.cancel.wait(delay):
            raise Cancelled()

    def request(self, method: str, **kwargs) -> requests.Response:
        """One HTTP request; a cut or a timeout becomes a retryable SyncError."""
        self.state.requests += 1
        try:
            return self.http.request(method, self.url, timeout=self.timeout, **kwargs)
        except _CUT as exc:
            raise _cut_error(exc) from exc


def _check_sha(sha256: str) -> str:
    if not p.is_sha256(sha256):
        raise ValueError(f"not a lowercase hex SHA-256: {sha256!r}")
    return sha256


def _fsync_dir(path: Path) -> None:
    if os.name == "posix":
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# ---- download ------------------------------------------------------------------------

def download(base_url: str, token: str, sha256: str, size: int, dest: Path, *,
             progress: Progress | None = None, cancel: threading.Event | None = None,
             backoff: Backoff | None = None, session: requests.Session | None = None,
             timeout=TIMEOUT) -> Path:
    """Fetch the blob `sha256` (`size` bytes) into `dest`; return `dest`.

    Bytes go to a sibling `<dest>.part`, which survives cuts, cancels and restarts: the
    next call resumes from its length with `Range: bytes=K-`. Only a file whose SHA-256
    matches is moved (os.replace) to `dest`. On a mismatch the partial is deleted and the
    file fetched once more from zero; a second mismatch raises SyncError("hash_mismatch").
    Cancelling (`cancel.set()`) keeps the partial and raises Cancelled.
    """
    _check_sha(sha256)
    dest = Path(dest)
    part = part_path(dest)
    part.parent.mkdir(parents=True, exist_ok=True)
    url = f"{base_url.rstrip('/')}{p.API_PREFIX}/blobs/{sha256}"
    with _Transfer(url, token, sha256, size, progress=progress, cancel=cancel,
                   backoff=backoff, session=session, timeout=timeout) as t:
        for last_try in (False, True):
            while (have := _length(part, size)) < size:
                t.state.done = have
                t.check_cancel()
                try:
                    _fetch(t, part, have)
                except SyncError as exc:
                    grew = _length(part, size) > have
                    if grew:
                        t.progressed()
                    t.failed(exc, wait=not grew)
            t.state.done = size
            t.report("verify")
            if sha256_file(part) == sha256:
                os.replace(part, dest)
                _fsync_dir(dest.parent)
                t.report("done")
                return dest
            part.unlink()
            t.state.done = 0
            log.warning("download of %s did not match its hash%s", sha256,
                        "" if last_try else "; fetching it again from zero")
    raise SyncError("hash_mismatch", f"{sha256} arrived twice with other bytes",
                    retryable=False)


def remaining(dest: Path, size: int) -> int:
    """Bytes a download of `size` into `dest` still has to write (its partial file counts;
    one longer than the file counts for nothing, as the download drops it)."""
    try:
        have = part_path(dest).stat().st_size
    except FileNotFoundError:
        have = 0
    return size - have if have <= size else size


def _length(part: Path, size: int) -> int:
    """Bytes already in the partial download (one longer than the file is dropped)."""
    have = part.stat().st_size if part.exists() else 0
    if have > size:
        part.unlink()
        return 0
    return have


# Strict: ASCII digits only (int() also takes '²' or '١٢'), 19 at most.
_CONTENT_RANGE = re.compile(r"bytes ([0-9]{1,19})-([0-9]{1,19})/([0-9]{1,19})", re.IGNORECASE)


def _fetch(t: _Transfer, part: Path, have: int) -> None:
    """One GET from byte `have`, appending to `part` until the answer ends or is cut."""
    headers = {**t.auth, "Accept-Encoding": "identity"}
    if have:
        headers["Range"] = f"bytes={have}-"
    t.state.phase = "transfer"
    resp = t.request("GET", headers=headers, stream=True)
    with resp:
        if resp.status_code == 416:
            part.unlink(missing_ok=True)  # the server's file is shorter than ours: restart
            raise SyncError("protocol", "range not satisfiable", retryable=True)
        if resp.status_code not in (200, 206):
            raise _refusal(resp)
        if resp.headers.get("etag", "").strip('"') != t.state.sha256:
            raise SyncError("not_minka", "answer without the file's ETag (a proxy?)",
                            retryable=True)
        start, total = 0, p.parse_decimal(resp.headers.get("content-length"))
        if resp.status_code == 206:   # Content-Range: bytes START-END/TOTAL
            found = _CONTENT_RANGE.fullmatch(resp.headers.get("content-range", "").strip())
            start, total = (int(found.group(1)), int(found.group(3))) if found else (0, None)
        if total is None:
            raise SyncError("not_minka", "unreadable length or range: "
                            f"{resp.headers.get('content-length')!r}, "
                            f"{resp.headers.get('content-range')!r}", retryable=True)
        if total != t.state.total:
            raise SyncError("size_mismatch", f"the server's file has {total} bytes, "
                            f"not {t.state.total}", retryable=False)
        # A failure to write here (a full disk: OSError ENOSPC) is not a cut connection:
        # it is raised as it is, not retried, and the caller says so.
        with open(part, "r+b" if part.exists() else "wb") as f:
            f.truncate(start)  # a 200 instead of a 206: the whole file again, from zero
            f.seek(start)
            try:
                for chunk in _received(resp):
                    t.check_cancel()
                    f.write(chunk)
                    t.state.bytes_down += len(chunk)
                    t.state.done = f.tell()
                    t.report()
            finally:
                f.flush()
                os.fsync(f.fileno())  # what arrived survives a crash, so resume can use it


def _received(resp: requests.Response) -> Iterator[bytes]:
    """The body as it arrives; a cut or a timeout becomes a retryable SyncError."""
    try:
        yield from resp.raw.stream(CHUNK, decode_content=False)
    except _CUT as exc:
        raise _cut_error(exc) from exc


# ---- upload --------------------------------------------------------------------------

class _FileBody:
    """The file from `offset`, read in 64 KiB chunks as urllib3 sends them.

    It has a length, so requests sends `Content-Length` and not chunked encoding; the
    bytes are never all in memory.
    """

    def __init__(self, path: Path, offset: int, t: _Transfer):
        self.path, self.offset, self.t = path, offset, t

    def __len__(self) -> int:
        return self.t.state.total - self.offset

    def __iter__(self) -> Iterator[bytes]:
        state = self.t.state
        with open(self.path, "rb") as f:
            f.seek(self.offset)
            left = len(self)
            while left > 0:
                self.t.check_cancel()
                chunk = f.read(min(CHUNK, left))
                if not chunk:
                    raise SyncError("file_changed", f"{self.path} got shorter while it was "
                                    "being sent", retryable=False)
                left -= len(chunk)
                state.bytes_up += len(chunk)
                state.done += len(chunk)
                self.t.report()
                yield chunk


def upload(base_url: str, token: str, path: Path, *, sha256: str | None = None,
           progress: Progress | None = None, cancel: threading.Event | None = None,
           backoff: Backoff | None = None, session: requests.Session | None = None,
           timeout=TIMEOUT) -> str:
    """Send the file at `path` to the server's blob store; return its SHA-256.

    Asks the server how many bytes it holds (`GET /uploads/{sha}`), sends the rest in one
    streaming PUT, and after a cut asks again and sends only what is still missing. A file
    the caller sent before is not sent again. `sha256`, when given, is trusted as the
    file's hash (the server verifies it: a wrong one ends in SyncError("hash_mismatch")).
    """
    path = Path(path)
    size = path.stat().st_size
    sha256 = _check_sha(sha256) if sha256 else sha256_file(path)
    url = f"{base_url.rstrip('/')}{p.API_PREFIX}/uploads/{sha256}"
    with _Transfer(url, token, sha256, size, progress=progress, cancel=cancel,
                   backoff=backoff, session=session, timeout=timeout) as t:
        received: int | None = None   # what the server holds, when we know it
        confirmed = -1                # the most it has said it holds so far
        while True:
            t.check_cancel()
            sent_before = t.state.bytes_up
            try:
                if received is None:
                    answer = _status(t.request("GET", params={"size": size},
                                               headers=t.auth))
                    if answer.complete:
                        break
                    received = answer.received
                if received > confirmed:
                    confirmed = received
                    t.progressed()
                t.state.done = received
                t.report("transfer")
                resp = t.request("PUT", params={"offset": received, "size": size},
                                 data=_FileBody(path, received, t),
                                 headers={**t.auth, "Content-Type": "application/octet-stream"})
                code, error = _error_code(resp)
                if code == "offset_mismatch" and isinstance(error.get("received"), int):
                    # The server's count moved on (an earlier request finished late, or
                    # another device): go on from there, as after a cut.
                    received = error["received"]
                    t.failed(SyncError("offset_mismatch", f"server holds {received}",
                                       retryable=True), wait=False)
                    continue
                answer = _status(resp)
                if answer.complete:
                    break
                received = answer.received
            except SyncError as exc:
                received = None   # ask the server what arrived
                t.failed(exc, wait=t.state.bytes_up == sent_before)
        t.state.done = size
        t.report("done")
    return sha256


def _status(resp: requests.Response) -> p.UploadStatus:
    if resp.status_code != 200:
        raise _refusal(resp)
    try:
        return p.UploadStatus.model_validate(resp.json())
    except ValueError as exc:  # includes requests' JSONDecodeError and pydantic's errors
        raise SyncError("not_minka", f"answer is not an upload status: {exc}",
                        retryable=True) from exc
