"""What every request goes through before an endpoint sees it, and the bodies they read.

The server faces slow links that cut (2G), and anyone on the network. Each piece here is
one mechanism for all endpoints:

- `read_body`: a JSON body, inflated while it arrives, refused (413) as soon as it goes
  beyond the endpoint's own limits, decompressed off the event loop;
- `parse_model`: the JSON and its validation, for a worker thread;
- `BodyGuard`: a body whose bytes stop coming is ended after an idle timeout, and an
  answer sent before the body was read closes the connection (else a client could keep
  dribbling bytes into a connection nobody reads);
- `GuardedH11Protocol`: a connection that does not finish its request headers in time is
  closed (uvicorn's h11 protocol has a keep-alive timeout but no header timeout).
"""
from __future__ import annotations

import asyncio
import functools
import json
import logging
import os
import zlib
from dataclasses import dataclass

import anyio.to_thread
import h11
from pydantic import ValidationError
from starlette.requests import Request
from uvicorn.protocols.http.h11_impl import H11Protocol

from sync import protocol as p

log = logging.getLogger(__name__)

# Defaults, each overridable by the environment (the tests make them small).
HEADER_TIMEOUT_SECONDS = 30.0   # whole request head; a 2G link sends 1 KB in well under 5 s
BODY_IDLE_SECONDS = 30.0        # no byte of the body for this long: the request is ended


def seconds_from_env(name: str, default: float) -> float:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        seconds = float(value)
    except ValueError:
        raise ValueError(f"{name} must be a number of seconds, not {value!r}") from None
    if not 0 < seconds < 24 * 3600:
        raise ValueError(f"{name} must be a number of seconds, not {value!r}")
    return seconds


class ApiError(Exception):
    """An answer with a 4xx status and a machine-readable code."""

    def __init__(self, status: int, code: str, message: str, headers: dict | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers


@dataclass(frozen=True)
class BodyLimits:
    """The most an endpoint takes: as it travels, and once inflated."""
    compressed: int
    inflated: int


def content_encoding(request: Request) -> str:
    """'gzip' or 'identity'; anything else (br, a list of codings) is refused."""
    value = request.headers.get("content-encoding", "").strip().lower()
    if value in ("", "identity"):
        return "identity"
    if value == "gzip":
        return "gzip"
    raise ApiError(400, "malformed_body", "unsupported Content-Encoding (gzip or none)")


def _too_large(limits: BodyLimits, inflated: bool) -> ApiError:
    if inflated:
        return ApiError(413, "body_too_large",
                        f"body inflates beyond {limits.inflated} bytes")
    return ApiError(413, "body_too_large", f"body over {limits.compressed} bytes")


def _inflate(inflater, chunk: bytes, room: int) -> bytes:
    """Inflate `chunk`, producing at most room + 1 bytes (one more says: too large).
    Run in a worker thread: a small chunk may inflate to megabytes."""
    try:
        return inflater.decompress(chunk, room + 1)
    except zlib.error as exc:
        raise ValueError(f"bad gzip body: {exc}") from exc


async def read_body(request: Request, limits: BodyLimits) -> bytes:
    """The body, inflated if gzip, as it arrives; 413 at the first byte beyond a limit,
    without reading (or inflating) the rest."""
    encoding = content_encoding(request)
    declared = request.headers.get("content-length")
    if declared is not None:
        length = p.parse_decimal(declared)
        if length is None:
            raise ApiError(400, "bad_content_length", "Content-Length is not a number")
        if length > limits.compressed:
            raise _too_large(limits, inflated=False)
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS) if encoding == "gzip" else None
    out = bytearray()
    received = 0
    async for chunk in request.stream():
        if not chunk:
            continue
        received += len(chunk)
        if received > limits.compressed:
            raise _too_large(limits, inflated=False)
        if inflater is None:
            out += chunk
            if len(out) > limits.inflated:
                raise _too_large(limits, inflated=True)
            continue
        if inflater.eof:
            continue  # bytes after the gzip member: ignored, as gzip readers do
        room = limits.inflated - len(out)
        try:
            piece = await anyio.to_thread.run_sync(_inflate, inflater, chunk, room)
        except ValueError as exc:
            raise ApiError(400, "malformed_body", f"body is not valid gzip: {exc}")
        if len(piece) > room or inflater.unconsumed_tail:
            raise _too_large(limits, inflated=True)
        out += piece
    if inflater is not None and not inflater.eof:
        raise ApiError(400, "malformed_body", "body is not valid gzip: truncated")
    return bytes(out)


def parse_model(raw: bytes, model):
    """The JSON body validated as `model` (422 for a wrong shape, 400 for no JSON).
    CPU work on up to MAX_INFLATED_BYTES: call it from a worker thread."""
    try:
        data = json.loads(raw)
    except RecursionError:  # "[[[[…": a RuntimeError, not a ValueError
        raise ApiError(400, "malformed_body", "body is not valid JSON: nested too deeply")
    except ValueError as exc:  # bad JSON, bad UTF-8, an integer of 5000 digits
        raise ApiError(400, "malformed_body", f"body is not valid JSON: {exc}")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise invalid_request(exc)


def invalid_request(exc: ValidationError, where: tuple = ()) -> ApiError:
    first = exc.errors()[0]
    path = ".".join(str(x) for x in (*where, *first["loc"]))
    return ApiError(422, "invalid_request", f"{path}: {first['msg']}")


# ---- the ASGI guard ------------------------------------------------------------------

BODY_TIMED_OUT = "minka.body_timed_out"   # scope key: the guard ended this body


class BodyGuard:
    """ASGI middleware: idle timeout on request bodies; close after an early answer.

    A body that sends nothing for `idle_seconds` is ended as if the client had gone (the
    endpoint sees ClientDisconnect and answers 408; an upload keeps what arrived). Any
    answer that starts before the whole body was received carries `Connection: close`,
    so the server stops reading a body it will not use.
    """

    def __init__(self, app, idle_seconds: float):
        self.app = app
        self.idle_seconds = idle_seconds

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        # A request without a body (no length, not chunked, or a length of 0) has nothing
        # left to read: its answers keep the connection alive as usual.
        headers = dict(scope.get("headers", ()))
        body_done = (b"transfer-encoding" not in headers
                     and p.parse_decimal(headers.get(b"content-length", b"0").decode(
                         "latin-1")) == 0)

        async def guarded_receive():
            nonlocal body_done
            if body_done:
                return await receive()  # after the body: disconnect watchers, no timeout
            try:
                message = await asyncio.wait_for(receive(), self.idle_seconds)
            except asyncio.TimeoutError:
                body_done = True
                scope[BODY_TIMED_OUT] = True
                log.info("%s %s: no body bytes for %.0f s; request ended",
                         scope["method"], scope["path"], self.idle_seconds)
                return {"type": "http.disconnect"}
            if message["type"] != "http.request" or not message.get("more_body", False):
                body_done = True
            return message

        async def guarded_send(message):
            if message["type"] == "http.response.start" and not body_done:
                headers = [(k, v) for k, v in message.get("headers", ())
                           if k.lower() != b"connection"]
                message = {**message, "headers": [*headers, (b"connection", b"close")]}
            await send(message)

        await self.app(scope, guarded_receive, guarded_send)


# ---- the connection: a header timeout ---------------------------------------------------

class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, closing a connection whose request head is not complete
    `header_timeout` seconds after its first byte (or after the connection opened).

    Without it a client that sends half a request line and stops holds a connection (and
    a file descriptor) for ever: uvicorn's keep-alive timer is cancelled by the first byte.
    """

    header_timeout = HEADER_TIMEOUT_SECONDS

    def connection_made(self, transport) -> None:
        self._head_timer = None
        super().connection_made(transport)
        self._arm_head_timer()

    def data_received(self, data: bytes) -> None:
        if self.conn.their_state is h11.IDLE:
            self._arm_head_timer()  # a new request begins: its head must come in time
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:
            self._disarm_head_timer()

    def connection_lost(self, exc) -> None:
        self._disarm_head_timer()
        super().connection_lost(exc)

    def _arm_head_timer(self) -> None:
        if self._head_timer is None:
            self._head_timer = self.loop.call_later(self.header_timeout, self._head_timed_out)

    def _disarm_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if self.transport.is_closing() or self.conn.their_state is not h11.IDLE:
            return
        log.info("%s: request head not complete after %.0f s; connection closed",
                 "%s:%d" % self.client if self.client else "client", self.header_timeout)
        self.transport.close()


def protocol_class(header_timeout: float) -> type[GuardedH11Protocol]:
    """A GuardedH11Protocol with this timeout (uvicorn takes a class, not an instance)."""
    return type("GuardedH11Protocol", (GuardedH11Protocol,), {"header_timeout": header_timeout})


class EnvGuardedH11Protocol(GuardedH11Protocol):
    """The protocol every worker of `serve` uses, named by import path: its timeout is
    $MINKA_HEADER_TIMEOUT (set by the CLI before it starts the workers)."""

    def connection_made(self, transport) -> None:
        self.header_timeout = _env_header_timeout()
        super().connection_made(transport)


@functools.cache
def _env_header_timeout() -> float:
    return seconds_from_env("MINKA_HEADER_TIMEOUT", HEADER_TIMEOUT_SECONDS)
