"""The client sync engine: push the outbox, pull changes, retry with backoff, report progress.

It speaks HTTP (requests) and knows the wire format, but not the local database: the
store hands it a `Replica` that lists pending ops and applies each exchange's answer in
one transaction. The engine is plain blocking code; the GUI runs it on a worker thread.
"""
from __future__ import annotations

import logging
import os
import random
import re
import threading
import time
import zlib
from email.utils import parsedate_to_datetime
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Callable, Protocol
from uuid import UUID

import requests
from pydantic import ValidationError

from sync import protocol as p

log = logging.getLogger(__name__)

USER_AGENT = "Minka/0.1 (+offline-first)"


class Replica(Protocol):
    """What the engine needs from the local store."""

    def cursor(self) -> int: ...

    def pending_ops(self, limit: int) -> list[p.Op]: ...

    def pending_count(self) -> int: ...

    # Optional: `claims() -> list[p.PackClaim]`, what imported content packs brought.

    def apply(self, sent: list[p.Op], answer: p.SyncResponse) -> bool | None:
        """Store results (deleting their outbox entries), changes and the new cursor,
        all in one transaction. True: the server's identity changed (a restore), the
        replica has reset its cursor and queued ops again; the engine stops the run."""


class SyncError(Exception):
    """A sync that could not finish. `code` says why, for the UI to explain in Spanish."""

    def __init__(self, code: str, detail: str, *, retryable: bool,
                 retry_after: float | None = None):
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail
        self.retryable = retryable
        self.retry_after = retry_after  # seconds the server asked us to wait, if it did


MAX_RETRY_AFTER_S = 600.0
_SECONDS = re.compile(r"[0-9]{1,12}(\.[0-9]{1,6})?")


def retry_after(resp: requests.Response, cap: float = MAX_RETRY_AFTER_S) -> float | None:
    """The server's Retry-After (seconds or an HTTP date), capped at `cap` (ten minutes:
    the longest a sync waits by itself)."""
    value = resp.headers.get("retry-after", "").strip()
    if not value:
        return None
    if _SECONDS.fullmatch(value):
        seconds = float(value)
    else:  # float() would also take 'nan', 'inf' or '١٢'
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        seconds = (when - datetime.now(timezone.utc)).total_seconds()
    if seconds != seconds:  # NaN
        return None
    return max(0.0, min(cap, seconds))


# What the server says about the account itself, for every request that carries a token
# (sync, files) and for sign-in: each has its own sentence (app.ui.messages.problem).
ACCOUNT_REFUSALS = {
    (401, "invalid_token"): "auth_revoked",
    (401, "missing_token"): "auth_revoked",
    (401, "token_expired"): "auth_expired",
    (403, "account_disabled"): "account_disabled",
}
# A sign-in refused for too many failures may name a wait of minutes: shown, not slept.
MAX_SIGNIN_WAIT_S = 24 * 3600.0


def account_refusal(resp: requests.Response, code: str) -> SyncError | None:
    """The SyncError for an answer about the account (revoked, expired, disabled, too many
    sign-in attempts), or None if the answer is about something else."""
    status = resp.status_code
    if status == 429 and code == "too_many_attempts":
        return SyncError("too_many_attempts", f"HTTP 429 {code}", retryable=False,
                         retry_after=retry_after(resp, MAX_SIGNIN_WAIT_S))
    mapped = ACCOUNT_REFUSALS.get((status, code))
    if mapped is None:
        return None
    return SyncError(mapped, f"HTTP {status} {code}", retryable=False)


class Cancelled(SyncError):
    def __init__(self):
        super().__init__("cancelled", "cancelled by the user", retryable=False)


@dataclass
class SyncProgress:
    phase: str = "start"      # start, exchange, retry, done
    pushed: int = 0
    to_push: int = 0
    pulled: int = 0
    remaining: int = 0        # changes the server said are still waiting
    bytes_up: int = 0
    bytes_down: int = 0
    requests: int = 0
    attempt: int = 0
    wait_seconds: float = 0.0
    last_error: str = ""
    file_name: str = ""       # phase "file": a file on its way, and how far it got
    file_done: int = 0
    file_total: int = 0

    @property
    def fraction(self) -> float | None:
        """Share of the known work done, or None while the size is unknown."""
        total = self.to_push + self.pulled + self.remaining
        if total == 0:
            return None
        return min(1.0, (self.pushed + self.pulled) / total)


@dataclass
class SyncSummary:
    pushed: int = 0
    rejected: int = 0
    pulled: int = 0
    bytes_up: int = 0
    bytes_down: int = 0
    requests: int = 0
    retries: int = 0
    seconds: float = 0.0
    server_time: datetime | None = None
    clock_skew_seconds: float = 0.0
    rejected_ops: list[UUID] = field(default_factory=list)
    files: int = 0            # course files that arrived after the exchange
    damaged_files: list[str] = field(default_factory=list)  # names of files found damaged
    # colleagues' outboxes this facilitator's sync delivered, and those the server refused
    carried_delivered: list[p.CarriedDelivery] = field(default_factory=list)
    carried_refused: list[str] = field(default_factory=list)
    # why each was refused: the server's code (outbox_bad_signature, outbox_enrolment_used…)
    carried_reasons: dict[str, str] = field(default_factory=dict)
    # colleagues whose return pack is ready to carry (app/services/return_packs.py)
    return_packs: list[str] = field(default_factory=list)
    server_changed: bool = False  # the server was restored: the caller runs again


@dataclass
class Backoff:
    """Exponential backoff with jitter: base, 2×base, 4×base … capped at `cap`."""
    base: float = 1.0
    cap: float = 60.0
    jitter: float = 0.2
    max_attempts: int = 6

    def delay(self, attempt: int) -> float:
        raw = min(self.cap, self.base * (2 ** (attempt - 1)))
        return raw * (1 + random.uniform(-self.jitter, self.jitter))


def _http(session: requests.Session | None) -> requests.Session:
    http = session or requests.Session()
    http.headers["User-Agent"] = USER_AGENT
    http.trust_env = False if session is None else http.trust_env
    if session is None and os.environ.get("MINKA_CA_BUNDLE"):
        # A server whose certificate comes from a private authority (a regional server):
        # trust that authority's certificate file (docs/operator.md).
        http.verify = os.environ["MINKA_CA_BUNDLE"]
    return http


def _decode_answer(resp: requests.Response, raw: bytes, model):
    """Parse an answer of ours, or say precisely why this is not one."""
    ctype = resp.headers.get("content-type", "")
    if "json" not in ctype:
        # Captive portals and proxies answer 200 with their own HTML page.
        raise SyncError("not_minka", f"HTTP {resp.status_code} with content type {ctype!r} "
                        f"(a login page or proxy?)", retryable=True)
    try:
        return model.model_validate(p.decode_body(raw, resp.headers.get("content-encoding")))
    except (ValueError, ValidationError, zlib.error, EOFError) as exc:
        raise SyncError("not_minka", f"answer is not a valid {model.__name__}: {exc}",
                        retryable=True) from exc


def _error_code(raw: bytes, resp: requests.Response) -> str:
    try:
        return p.decode_body(raw, resp.headers.get("content-encoding"))["error"]["code"]
    except Exception:
        return ""


_CLOCK_WORDS = ("not yet valid", "has expired", "certificate expired")


def connection_error(exc: BaseException) -> SyncError:
    """What a failed connection means for the user: a timeout, no connection, or a
    certificate that could not be checked (HTTPS).

    A certificate check fails for two reasons worth telling apart: this computer's clock
    is wrong (a certificate looks "not yet valid" or "expired": the person must fix the
    date, retrying cannot help), or something else answered for the server (a captive
    portal intercepting HTTPS, a wrong address).
    """
    if isinstance(exc, requests.exceptions.SSLError) or "CERTIFICATE_VERIFY_FAILED" in str(exc):
        text = str(exc)
        if any(word in text for word in _CLOCK_WORDS):
            return SyncError("tls_clock", f"certificate rejected, check the clock: {text}",
                             retryable=False)
        return SyncError("tls_untrusted", f"certificate not trusted: {text}", retryable=True)
    if isinstance(exc, (requests.Timeout, TimeoutError)) or \
            type(exc).__name__ in ("ReadTimeoutError", "ConnectTimeoutError", "TimeoutError"):
        return SyncError("timeout", str(exc), retryable=True)
    return SyncError("no_connection", f"{type(exc).__name__}: {exc}", retryable=True)


def post(http: requests.Session, url: str, body: bytes, headers: dict, timeout) -> tuple[requests.Response, bytes]:
    """POST and read the whole answer as it travelled (still compressed)."""
    try:
        resp = http.post(url, data=body, headers=headers, timeout=timeout, stream=True)
        try:
            raw = resp.raw.read(decode_content=False)
        finally:
            resp.close()
    except (requests.RequestException, OSError) as exc:
        raise connection_error(exc) from exc
    except Exception as exc:  # urllib3 errors from a connection cut while reading
        if type(exc).__module__.startswith("urllib3"):
            raise connection_error(exc) from exc
        raise
    if (not raw and resp.status_code not in (204, 304)
            and p.parse_decimal(resp.headers.get("content-length")) is None
            and "chunked" not in resp.headers.get("transfer-encoding", "").lower()):
        # http.client ends the header block at EOF without complaint, so a connection
        # cut inside the answer's headers looks like an answer with some headers (maybe
        # a truncated "content-length:") and no body. A real answer says how long it is;
        # this one was cut: no_connection, not a portal (not_minka).
        raise SyncError("no_connection", f"connection cut inside the answer's headers "
                        f"(HTTP {resp.status_code}, {len(resp.headers)} headers, no body)",
                        retryable=True)
    return resp, raw


def sign_in(base_url: str, username: str, password: str, device_name: str = "",
            *, device_id: UUID | str | None = None, device_key: str | None = None,
            exchange_key: str | None = None, timeout=(10, 60),
            session: requests.Session | None = None) -> p.SignInResponse:
    """Exchange credentials for a device token (one request, no retries: a person waits).
    `device_id`: this computer's device of the account, if it had one (it is reused).
    `device_key`: the device's new public key (hex), for its outbox carried on a drive;
    `exchange_key`: its X25519 public key (hex), what its return packs are sealed to."""
    http = _http(session)
    body = p.encode_body(p.SignInRequest(username=username, password=password,
                                         device_name=device_name,
                                         device_id=UUID(str(device_id)) if device_id
                                         else None, device_key=device_key,
                                         exchange_key=exchange_key))
    resp, raw = post(http, base_url.rstrip("/") + p.API_PREFIX + "/auth/signin", body,
                     {"Content-Type": "application/json", "Content-Encoding": "gzip",
                      "Accept-Encoding": "gzip"}, timeout)
    refused = account_refusal(resp, _error_code(raw, resp))
    if refused is not None:
        raise refused
    if resp.status_code == 401:
        raise SyncError("bad_credentials", "wrong username or password", retryable=False)
    if resp.status_code >= 500:
        raise SyncError("server_error", f"HTTP {resp.status_code}", retryable=True)
    if resp.status_code != 200:
        raise SyncError("request_refused", f"HTTP {resp.status_code} "
                        f"{_error_code(raw, resp)}", retryable=False)
    return _decode_answer(resp, raw, p.SignInResponse)


def probe(base_url: str, timeout: float = 5.0, session: requests.Session | None = None) -> bool:
    """True if a Minka server answers at `base_url` (cheap: no database, no auth).

    A certificate that cannot be checked also counts as an answer: the sync that follows
    fails with `tls_clock` or `tls_untrusted`, which the person can act on, where "not
    reachable" would leave them waiting for a connection they already have.
    """
    http = _http(session)
    try:
        resp = http.get(base_url.rstrip("/") + p.API_PREFIX + "/ping", timeout=timeout)
        return resp.status_code == 200 and resp.json().get("service") == "minka"
    except requests.exceptions.SSLError:
        return True
    except (requests.RequestException, ValueError, OSError):
        return False


class SyncEngine:
    def __init__(self, base_url: str, token: str, device_id: UUID | str, replica: Replica, *,
                 batch: int = p.MAX_OPS_PER_REQUEST, pull_limit: int = p.DEFAULT_PULL_LIMIT,
                 timeout=(15, 120), backoff: Backoff | None = None,
                 session: requests.Session | None = None,
                 sleep: Callable[[float], None] | None = None):
        self.url = base_url.rstrip("/") + p.API_PREFIX + "/sync"
        self.token = token
        self.device_id = UUID(str(device_id))
        self.replica = replica
        self.batch = max(1, min(batch, p.MAX_OPS_PER_REQUEST))
        self.pull_limit = pull_limit
        self.timeout = timeout
        self.backoff = backoff or Backoff()
        self.http = _http(session)
        self._sleep = sleep
        self.trace: list[tuple[bytes, bytes]] | None = None  # (request, answer) bodies, for benchmarks

    def run(self, progress: Callable[[SyncProgress], None] | None = None,
            cancel: threading.Event | None = None) -> SyncSummary:
        """Exchange until the outbox is empty and the server has nothing more."""
        cancel = cancel or threading.Event()
        # Each report is a snapshot: the GUI reads it later, on its own thread.
        report = (lambda st: progress(replace(st))) if progress else (lambda _st: None)
        started = time.monotonic()
        state = SyncProgress(to_push=self.replica.pending_count())
        summary = SyncSummary()
        report(state)
        # While a page of changes is being stored, the next page is already on its way
        # (when there is nothing to push with it): on a fast link, storing, not the
        # network, would otherwise set the pace. One request in flight at a time.
        prefetch = ThreadPoolExecutor(max_workers=1, thread_name_prefix="minka-prefetch")
        ahead: Future | None = None
        # Seqs of this device's own records filled in from results during this run: the
        # following pages need not bring them (SyncRequest.filled).
        filled: set[int] = set()
        try:
            while True:
                if cancel.is_set():
                    raise Cancelled()
                if ahead is not None:
                    ops, answer, ahead = [], ahead.result(), None
                else:
                    ops = self.replica.pending_ops(self.batch)
                    # fill_own: this device's new threads and posts come back as their
                    # seq and server time only (the replica fills them in).
                    cursor = self.replica.cursor()
                    request = p.SyncRequest(device_id=self.device_id, cursor=cursor,
                                            ops=ops, limit=self.pull_limit, fill_own=True,
                                            moderation=True,
                                            filled=_filled(filled, cursor),
                                            have=self._claims())
                    try:
                        answer = self._exchange_with_retries(request, state, summary,
                                                             report, cancel)
                    except SyncError as exc:
                        if exc.code != "body_too_large" or len(ops) <= 1:
                            raise
                        # Many large ops together went over the limit: send fewer at once.
                        self.batch = max(1, len(ops) // 2)
                        log.info("request too large with %d ops; now %d per request",
                                 len(ops), self.batch)
                        continue
                answered = {r.op_id for r in answer.results}
                if any(op.op_id not in answered for op in ops):
                    raise SyncError("protocol", "server did not answer every op",
                                    retryable=False)
                if answer.more and self.replica.pending_count() == len(ops):
                    filled.update(w.seq for r in answer.results for w in (r.written or ()))
                    following = p.SyncRequest(device_id=self.device_id, cursor=answer.cursor,
                                              ops=[], limit=self.pull_limit, fill_own=True,
                                              moderation=True,
                                              filled=_filled(filled, answer.cursor),
                                              have=[c for c in self._claims()
                                                    if c.seq > answer.cursor])
                    ahead = prefetch.submit(self._exchange_with_retries, following, state,
                                            summary, report, cancel)
                changed = self.replica.apply(ops, answer)
                filled.update(w.seq for r in answer.results for w in (r.written or ()))
                for result in answer.results:
                    if result.status == "rejected":
                        summary.rejected += 1
                        summary.rejected_ops.append(result.op_id)
                summary.pushed += len(ops)
                summary.pulled += len(answer.changes)
                summary.server_time = answer.server_time
                summary.clock_skew_seconds = (datetime.now(timezone.utc)
                                              - answer.server_time).total_seconds()
                state.pushed, state.pulled = summary.pushed, summary.pulled
                state.remaining = answer.remaining
                state.phase = "exchange"
                report(state)
                if changed:
                    # A restored server: the replica starts over from cursor 0 with its
                    # accepted ops queued again; the caller uploads files, then runs again
                    # (an answer already on its way belongs to the old cursor: dropped).
                    summary.server_changed = True
                    if ahead is not None:
                        ahead.cancel()
                    break
                if ahead is None and not answer.more and self.replica.pending_count() == 0:
                    break
        finally:
            # On an error the request in flight (if any) finishes on its own; its answer
            # is simply not stored, and the next sync asks again from the stored cursor.
            prefetch.shutdown(wait=False, cancel_futures=True)
        summary.seconds = time.monotonic() - started
        state.phase = "done"
        report(state)
        return summary

    def _claims(self) -> list[p.PackClaim]:
        """What imported packs brought (a replica without packs has no `claims`)."""
        claims = getattr(self.replica, "claims", None)
        return claims()[:p.MAX_PACK_CLAIMS] if claims else []

    def _exchange_with_retries(self, request, state, summary, report, cancel) -> p.SyncResponse:
        attempt = 0
        while True:
            attempt += 1
            try:
                return self._exchange(request, state, summary)
            except SyncError as exc:
                if not exc.retryable or attempt >= self.backoff.max_attempts:
                    raise
                wait = self.backoff.delay(attempt)
                if exc.retry_after is not None:  # a busy server said how long: obey it
                    wait = max(wait, exc.retry_after)
                log.warning("sync attempt %d failed (%s: %s); retrying in %.1f s",
                            attempt, exc.code, exc.detail, wait)
                summary.retries += 1
                state.phase, state.attempt = "retry", attempt
                state.wait_seconds, state.last_error = wait, exc.code
                report(state)
                if self._sleep is not None:
                    self._sleep(wait)
                elif cancel.wait(wait):
                    raise Cancelled()

    def _exchange(self, request: p.SyncRequest, state: SyncProgress,
                  summary: SyncSummary) -> p.SyncResponse:
        body = p.encode_body(request)
        headers = {"Authorization": f"Bearer {self.token}", "Content-Type": "application/json",
                   "Content-Encoding": "gzip", "Accept-Encoding": "gzip"}
        summary.requests += 1
        state.requests = summary.requests
        summary.bytes_up += len(body)
        state.bytes_up = summary.bytes_up
        resp, raw = post(self.http, self.url, body, headers, self.timeout)
        summary.bytes_down += len(raw)
        state.bytes_down = summary.bytes_down
        status = resp.status_code
        if status == 200:
            answer = _decode_answer(resp, raw, p.SyncResponse)
            if self.trace is not None:
                self.trace.append((body, raw))
            return answer
        code = _error_code(raw, resp)
        if status == 511:
            # "Network Authentication Required" (RFC 6585) is what captive portals send:
            # the person must accept the network's terms, the server is not at fault.
            raise SyncError("not_minka", "HTTP 511 (a captive portal wants a login)",
                            retryable=True)
        refused = account_refusal(resp, code)
        if refused is not None:
            raise refused
        if status == 401:  # a proxy or portal asking for its own login, not Minka
            raise SyncError("not_minka", "HTTP 401 without a Minka error body", retryable=True)
        if status == 413 and code == "body_too_large":
            raise SyncError("body_too_large", "request body over the server's limit",
                            retryable=False)
        if status in (408, 429) or status >= 500:
            raise SyncError("server_error", f"HTTP {status} {code}", retryable=True,
                            retry_after=retry_after(resp))
        if not code:
            # A 4xx that is not ours (a proxy, a portal): try again later.
            raise SyncError("not_minka", f"HTTP {status} without a Minka error body",
                            retryable=True)
        raise SyncError("request_refused", f"HTTP {status} {code}", retryable=False)


def deliver_carried(base_url: str, token: str, data: bytes, *, timeout=(15, 300),
                    session: requests.Session | None = None) -> p.CarriedDelivery:
    """Send a colleague's outbox file (sync/outbox_file.py). Raises SyncError; code
    "outbox_refused" (not retryable) when the server refused the file itself."""
    http = _http(session)
    resp, raw = post(http, base_url.rstrip("/") + p.API_PREFIX + "/outbox/deliver", data,
                     {"Authorization": f"Bearer {token}", "Content-Type": "application/zip",
                      "Accept-Encoding": "gzip"}, timeout)
    if resp.status_code == 200:
        return _decode_answer(resp, raw, p.CarriedDelivery)
    code = _error_code(raw, resp)
    if resp.status_code == 422 and code.startswith("outbox_"):
        raise SyncError("outbox_refused", code, retryable=False)
    if resp.status_code == 401 and code in ("invalid_token", "missing_token"):
        raise SyncError("auth_revoked", f"HTTP 401 {code}", retryable=False)
    if resp.status_code in (408, 429) or resp.status_code >= 500:
        raise SyncError("server_error", f"HTTP {resp.status_code} {code}", retryable=True)
    raise SyncError("request_refused", f"HTTP {resp.status_code} {code}", retryable=False)


def fetch_return_pack(base_url: str, token: str, request: p.ReturnPackRequest, *,
                      timeout=(15, 300), session: requests.Session | None = None) -> bytes:
    """A colleague's return pack (sync/return_pack.py), as the ZIP's bytes. Raises
    SyncError; code "return_refused" (not retryable) when the server will not write one
    for that device (detail: its code, e.g. return_unknown_device)."""
    http = _http(session)
    resp, raw = post(http, base_url.rstrip("/") + p.API_PREFIX + "/outbox/return",
                     p.encode_body(request),
                     {"Authorization": f"Bearer {token}", "Content-Type": "application/json",
                      "Content-Encoding": "gzip", "Accept-Encoding": "gzip"}, timeout)
    if resp.status_code == 200:
        if resp.headers.get("content-encoding", "").lower() == "gzip":
            return zlib.decompress(raw, 16 + zlib.MAX_WBITS)
        return raw
    code = _error_code(raw, resp)
    if resp.status_code in (404, 422) and code.startswith("return_"):
        raise SyncError("return_refused", code, retryable=False)
    if resp.status_code == 503 and code == "no_network_key":
        # The server was set up without the network key where `serve` reads it: no
        # return packs from it, but nothing wrong with this sync.
        raise SyncError("return_unavailable", code, retryable=False)
    if resp.status_code == 401 and code in ("invalid_token", "missing_token"):
        raise SyncError("auth_revoked", f"HTTP 401 {code}", retryable=False)
    if resp.status_code in (408, 429) or resp.status_code >= 500:
        raise SyncError("server_error", f"HTTP {resp.status_code} {code}", retryable=True)
    raise SyncError("request_refused", f"HTTP {resp.status_code} {code}", retryable=False)


def _filled(filled: set[int], cursor: int) -> list[int]:
    """The filled seqs a page after `cursor` could still bring (at most MAX_HAVE_SEQS)."""
    return sorted(seq for seq in filled if seq > cursor)[:p.MAX_HAVE_SEQS]
