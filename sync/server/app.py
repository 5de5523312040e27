"""The HTTP API of the central server (FastAPI): sign-in, sync, files, and a cheap probe."""
from __future__ import annotations

import logging
import os
from datetime import datetime, timezone
from typing import Annotated

from fastapi import Depends, FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError
from sqlalchemy.orm import Session, sessionmaker
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync import protocol as p
from sync.server import accounts, db
from sync.server.blobs import BlobError, BlobStore, resolve_blob_dir
from sync.server.exchange import Caller, apply_ops, profile, pull
from sync.server.models import User

log = logging.getLogger(__name__)


class ApiError(Exception):
    """An answer with a 4xx status and a machine-readable code."""

    def __init__(self, status: int, code: str, message: str, headers: dict | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers


def _error(status: int, code: str, message: str, headers: dict | None = None) -> JSONResponse:
    return JSONResponse(status_code=status, headers=headers,
                        content={"error": {"code": code, "message": message}})


async def read_body(request: Request) -> bytes:
    """The raw body, refusing more than the limit (protocol.MAX_BODY_BYTES, or
    $MINKA_MAX_BODY_BYTES for a smaller one) without reading it all."""
    limit = request.app.state.max_body_bytes
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise ApiError(400, "bad_content_length", "Content-Length is not a number")
        if int(declared) > limit:
            raise ApiError(413, "body_too_large", f"body over {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, "body_too_large", f"body over {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def parse(request: Request, model):
    body = await read_body(request)
    try:
        data = p.decode_body(body, request.headers.get("content-encoding"))
    except p.BodyTooLarge as exc:
        raise ApiError(413, "body_too_large", str(exc))
    except (ValueError, OSError, EOFError) as exc:  # bad gzip, bad JSON, bad UTF-8
        raise ApiError(400, "malformed_body", f"body is not valid (gzipped) JSON: {exc}")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise invalid_request(exc)


def invalid_request(exc: ValidationError, where: tuple = ()) -> ApiError:
    first = exc.errors()[0]
    path = ".".join(str(x) for x in (*where, *first["loc"]))
    return ApiError(422, "invalid_request", f"{path}: {first['msg']}")


def check_payloads(body: p.SyncRequest) -> None:
    """Validate each op's payload against the model of its kind, before any op is applied.

    SyncRequest only checks that a payload is an object. Left to apply_op, a bad payload
    (a post over MAX_POST_CHARS, a missing field) was a 500, after the ops before it in the
    same request had already been applied. The request is refused whole instead.
    """
    for index, op in enumerate(body.ops):
        try:
            op.parsed_payload()
        except ValidationError as exc:
            raise invalid_request(exc, ("ops", index, "payload"))


def gzip_json(model, status: int = 200) -> Response:
    return Response(content=p.encode_body(model), status_code=status,
                    media_type="application/json", headers={"Content-Encoding": "gzip"})


def get_sessions(request: Request) -> sessionmaker[Session]:
    return request.app.state.sessions


Sessions = Annotated[sessionmaker[Session], Depends(get_sessions)]


def current_caller(request: Request, sessions: Sessions) -> Caller:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "missing_token", "Authorization: Bearer <token> required",
                       {"WWW-Authenticate": "Bearer"})
    with sessions() as session, session.begin():
        device = accounts.device_for_token(session, token.strip())
        if device is None:
            raise ApiError(401, "invalid_token", "token unknown or revoked",
                           {"WWW-Authenticate": "Bearer"})
        user = session.get(User, device.user_id)
        if user is None or user.deleted:
            raise ApiError(401, "invalid_token", "account no longer exists")
        device.last_seen_at = accounts.now()
        return Caller(user_id=user.id, role=user.role, device_id=device.id)


CurrentCaller = Annotated[Caller, Depends(current_caller)]


def create_app(db_url: str, *, migrate: bool = True, blob_dir=None,
               max_blob_bytes: int | None = None) -> FastAPI:
    """The application over `db_url`, keeping files in `blob_dir`.

    `blob_dir` defaults to $MINKA_BLOB_DIR, else a folder `blobs/` beside a SQLite
    database file; `max_blob_bytes` to $MINKA_MAX_BLOB_BYTES, else 50 MiB.
    """
    if migrate:
        db.upgrade(db_url)
    engine = db.make_engine(db_url)
    factory = db.session_factory(engine)
    blobs = BlobStore(resolve_blob_dir(db_url, blob_dir), max_blob_bytes)

    app = FastAPI(title="Minka sync server", version="0.1.0",
                  openapi_url=f"{p.API_PREFIX}/openapi.json", docs_url=f"{p.API_PREFIX}/docs",
                  redoc_url=None)
    app.state.engine = engine
    app.state.max_body_bytes = min(p.MAX_BODY_BYTES, int(os.environ.get(
        "MINKA_MAX_BODY_BYTES", p.MAX_BODY_BYTES)))
    app.state.sessions = factory
    app.state.blobs = blobs

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError):
        return _error(exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(BlobError)
    async def _blob_error(request: Request, exc: BlobError):
        headers = dict(exc.headers or {})
        if request.method == "PUT":
            # The refused body may still be coming (an upload refused before it was read):
            # close the connection rather than let the client send megabytes for nothing.
            headers["Connection"] = "close"
        return JSONResponse(status_code=exc.status, headers=headers, content={
            "error": {"code": exc.code, "message": exc.message, **exc.extra}})

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, exc: RequestValidationError):
        errors = exc.errors()
        if not errors:
            return _error(422, "invalid_request", "invalid request")
        first = errors[0]
        where = ".".join(str(part) for part in first.get("loc", ()))
        return _error(422, "invalid_request", f"{where}: {first.get('msg', 'invalid')}")

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException):
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return _error(exc.status_code, code, str(exc.detail))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return _error(500, "internal_error", "unexpected server error; see the server log")

    @app.get(f"{p.API_PREFIX}/ping")
    def ping() -> dict:
        """Cheap reachability probe for clients: no database, no authentication."""
        return {"service": "minka", "protocol": p.PROTOCOL_VERSION,
                "server_time": datetime.now(timezone.utc).isoformat()}

    @app.post(f"{p.API_PREFIX}/auth/signin", response_model=p.SignInResponse,
              responses={401: {"model": p.ErrorResponse}})
    async def signin(request: Request, sessions: Sessions):
        """Exchange a username and password for a token bound to a new device."""
        body: p.SignInRequest = await parse(request, p.SignInRequest)

        def work():
            with sessions() as session, session.begin():
                user = accounts.authenticate(session, body.username, body.password)
                if user is None:
                    log.info("failed sign-in for %r", body.username)
                    raise ApiError(401, "bad_credentials", "wrong username or password")
                device, token = accounts.register_device(session, user, body.device_name)
                log.info("user %s signed in on new device %s", user.username, device.id)
                return p.SignInResponse(token=token, device_id=device.id,
                                        user=p.UserProfile(**profile(user)))
        return gzip_json(await run_in_threadpool(work))

    @app.post(f"{p.API_PREFIX}/sync", response_model=p.SyncResponse,
              responses={400: {"model": p.ErrorResponse}, 401: {"model": p.ErrorResponse},
                         413: {"model": p.ErrorResponse}, 422: {"model": p.ErrorResponse}})
    async def sync(request: Request, caller: CurrentCaller, sessions: Sessions):
        """Push ops, pull the changes after `cursor` (contract points 1-4, docs/protocol.md).

        The body is gzip-compressed JSON (`Content-Encoding: gzip`), and so is the answer.
        """
        body: p.SyncRequest = await parse(request, p.SyncRequest)
        check_payloads(body)
        if str(body.device_id) != caller.device_id:
            raise ApiError(403, "device_mismatch", "device_id does not match the token")

        def work():
            results = apply_ops(sessions, caller, body.ops)
            with sessions() as session, session.begin():
                page = pull(session, caller, body.cursor, body.limit)
            return p.SyncResponse(results=results, changes=page.changes, cursor=page.cursor,
                                  more=page.more, remaining=page.remaining,
                                  server_time=datetime.now(timezone.utc),
                                  max_blob_bytes=blobs.max_bytes)
        return gzip_json(await run_in_threadpool(work))

    # ---- files (contract point 7; docs/protocol.md, "Files") -------------------------
    blob_errors = {status: {"model": p.ErrorResponse} for status in (401, 404, 409, 413, 422)}

    async def upload_turn(request: Request, sha256: str):
        async with blobs.arrival_order(request.headers.get("authorization", ""), sha256):
            yield

    # Route dependencies run before the parameters' ones: before authentication.
    in_turn = [Depends(upload_turn)]

    @app.get(f"{p.API_PREFIX}/uploads/{{sha256}}", response_model=p.UploadStatus,
             responses=blob_errors, dependencies=in_turn)
    async def upload_status(sha256: str, caller: CurrentCaller, sessions: Sessions,
                            size: Annotated[int, Query(ge=0)]):
        """How many bytes of the file `sha256` (of `size` bytes) the server holds from the
        caller, and whether it is complete. Resume a PUT from `received`."""
        return await blobs.status(sessions, caller, sha256, size)

    @app.put(f"{p.API_PREFIX}/uploads/{{sha256}}", response_model=p.UploadStatus,
             responses=blob_errors, dependencies=in_turn)
    async def upload(sha256: str, request: Request, caller: CurrentCaller, sessions: Sessions,
                     offset: Annotated[int, Query(ge=0)], size: Annotated[int, Query(ge=0)]):
        """The raw bytes of the file from `offset` (which must equal `received`). The
        connection may be cut anywhere: what arrived is kept. With the last byte the file
        is checked against `sha256` and stored."""
        return await blobs.receive(sessions, caller, sha256, offset, size, request)

    @app.get(f"{p.API_PREFIX}/blobs/{{sha256}}", responses={
        200: {"content": {"application/octet-stream": {}}}, 206: {"description": "a range"},
        **blob_errors, 416: {"model": p.ErrorResponse}})
    async def download(sha256: str, request: Request, caller: CurrentCaller,
                       sessions: Sessions):
        """The file, if the caller uploaded it or may see a record that uses it (else 404).
        `Range: bytes=K-` resumes a download (206); `ETag` is the SHA-256."""
        return await blobs.download(sessions, caller, sha256, request.headers.get("range"))

    return app
