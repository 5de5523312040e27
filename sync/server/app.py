"""The HTTP API of the central server (FastAPI): sign-in, sync, files, and a cheap probe."""
from __future__ import annotations

import logging
import os
import re
import time
from datetime import datetime, timedelta, timezone
from contextlib import ExitStack, asynccontextmanager
from typing import Annotated

import anyio.to_thread

from fastapi import Depends, FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect

from sync import protocol as p
from sync.server import accounts, db, metrics, network, registry
from sync.server.ops import read_server_id
from sync.server.blobs import BlobError, BlobStore, partial_days_from_env
from sync.server.storage import open_blob_store
from sync.server.exchange import (Caller, apply_ops, own_records, profile, pull,
                                   without_written)
from sync.server.http import (BODY_IDLE_SECONDS, BODY_TIMED_OUT, ApiError, BodyGuard,
                              BodyLimits, invalid_request, parse_model, read_body,
                              seconds_from_env)
from sync.server.models import User
from sync.server.tokencache import EPOCH_AND_HEAD, TokenCache

log = logging.getLogger(__name__)


def _error(status: int, code: str, message: str, headers: dict | None = None) -> JSONResponse:
    return JSONResponse(status_code=status, headers=headers,
                        content={"error": {"code": code, "message": message}})


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


def error_responses(*statuses: int) -> dict:
    """OpenAPI: these answers carry the error model ({"error": {"code", "message"}})."""
    return {status: {"model": p.ErrorResponse} for status in statuses}


def json_body(model) -> dict:
    """OpenAPI: the request body of an endpoint that reads it itself (http.read_body), from
    its pydantic model; the schema is added to the components by `_openapi`."""
    return {"requestBody": {
        "required": True,
        "description": "JSON; may be gzip-compressed, with `Content-Encoding: gzip`.",
        "content": {"application/json": {
            "schema": {"$ref": f"#/components/schemas/{model.__name__}"}}}}}


# Models of the bodies read by http.read_body: FastAPI does not see them, `_openapi` adds them.
REQUEST_MODELS = (p.SignInRequest, p.SyncRequest)
PUBLIC_PATHS = {f"{p.API_PREFIX}/ping", f"{p.API_PREFIX}/auth/signin", "/health"}
GZIP_ANSWERS = (f"{p.API_PREFIX}/auth/signin", f"{p.API_PREFIX}/sync")


def _openapi(app: FastAPI) -> dict:
    """The published contract: FastAPI's schema plus the request bodies it cannot see, the
    bearer token of every endpoint but sign-in and ping, and the gzip answers."""
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(title=app.title, version=app.version, routes=app.routes,
                         description=app.description)
    components = schema.setdefault("components", {})
    models = components.setdefault("schemas", {})
    for model in REQUEST_MODELS:
        found = model.model_json_schema(ref_template="#/components/schemas/{model}")
        for name, definition in found.pop("$defs", {}).items():
            models.setdefault(name, definition)
        models[model.__name__] = found
    # An op's payload is one model per kind (protocol.OP_PAYLOADS): publish that union,
    # not the "any object" that protocol.Op checks before check_payloads does the rest.
    op = models["Op"]
    variants = []
    for kind, payload_model in p.OP_PAYLOADS.items():
        found = payload_model.model_json_schema(ref_template="#/components/schemas/{model}")
        for name, definition in found.pop("$defs", {}).items():
            models.setdefault(name, definition)
        models.setdefault(payload_model.__name__, found)
        variants.append({**op, "title": f"Op {kind}", "properties": {
            **op["properties"], "kind": {"const": kind},
            "payload": {"$ref": f"#/components/schemas/{payload_model.__name__}"}}})
    models["Op"] = {"title": "Op", "oneOf": variants}
    components["securitySchemes"] = {"bearer": {
        "type": "http", "scheme": "bearer",
        "description": "The token of a device, from /auth/signin."}}
    for path in GZIP_ANSWERS:
        for operation in schema["paths"][path].values():
            operation["responses"]["200"]["headers"] = {"Content-Encoding": {
                "description": "The JSON answer is gzip-compressed.", "required": True,
                "schema": {"type": "string", "enum": ["gzip"]}}}
    for path, operations in schema["paths"].items():
        if path in PUBLIC_PATHS:
            continue
        for operation in operations.values():
            operation["security"] = [{"bearer": []}]
            for parameter in operation.get("parameters", ()):
                if parameter["name"] == "sha256":  # checked by BlobStore (422 invalid_sha256)
                    parameter["schema"] = {"type": "string", "pattern": "^[0-9a-f]{64}$",
                                           "title": "Sha256"}
    app.openapi_schema = schema
    return schema


def gzip_json(model, status: int = 200) -> Response:
    return Response(content=p.encode_body(model), status_code=status,
                    media_type="application/json", headers={"Content-Encoding": "gzip"})


def get_sessions(request: Request) -> sessionmaker[Session]:
    return request.app.state.sessions


Sessions = Annotated[sessionmaker[Session], Depends(get_sessions)]


# `Bearer <token>`: a token is visible ASCII (accounts.new_token); anything else is no token.
_BEARER = re.compile(r"[Bb][Ee][Aa][Rr][Ee][Rr] +([!-~]{1,512}) *")


def bearer_token(request: Request) -> str:
    """The request's bearer token, or 401 missing_token."""
    found = _BEARER.fullmatch(request.headers.get("authorization", ""))
    if found is None:
        raise ApiError(401, "missing_token", "Authorization: Bearer <token> required",
                       {"WWW-Authenticate": "Bearer"})
    return found.group(1)


def caller_in(session: Session, request: Request, token: str) -> tuple[Caller, bool, int]:
    """The caller a token names, read in `session` (a read: a quiet sync must not take
    SQLite's write lock to authenticate); whether its last-seen time is due for a write
    (record_seen, in a transaction of its own); and the seq counter in this snapshot.

    The check is cached per worker (tokencache: valid while `auth_epoch`, read in this
    snapshot, has not moved); a cached device that looks idle too long is checked again
    (another worker may have seen it since)."""
    cache: TokenCache = request.app.state.tokens
    idle_days = request.app.state.token_idle_days
    epoch, head = session.execute(EPOCH_AND_HEAD).one()
    key = accounts.token_hash(token)
    entry = cache.get(key, epoch)
    if entry is not None and not accounts.idle_too_long(entry.seen, idle_days):
        return entry.caller, accounts.seen_is_stale(entry.seen), head or 0
    try:
        device, user = accounts.check_token(session, token, idle_days=idle_days)
    except accounts.Refused as refused:
        if refused.code != "invalid_token":
            log.info("request refused for device: %s", refused.message)
        raise ApiError(refused.status, refused.code, refused.message,
                       {"WWW-Authenticate": "Bearer"} if refused.status == 401 else None)
    caller = Caller(user_id=user.id, role=user.role, device_id=device.id)
    cache.put(key, epoch, caller, accounts.aware(device.last_seen_at)
              or accounts.aware(device.created_at))
    return caller, accounts.last_seen_is_stale(device), head or 0


def record_seen(request: Request, sessions: sessionmaker[Session], caller: Caller,
                token: str) -> None:
    at = accounts.now()
    with sessions() as session, session.begin():
        accounts.record_seen(session, caller.device_id, at)
    request.app.state.tokens.seen(accounts.token_hash(token), at)


def current_caller(request: Request, sessions: Sessions) -> Caller:
    token = bearer_token(request)
    with db.reading(sessions) as session:
        caller, stale, _head = caller_in(session, request, token)
    if stale:
        record_seen(request, sessions, caller, token)
    return caller


CurrentCaller = Annotated[Caller, Depends(current_caller)]

API_DESCRIPTION = """The sync contract of Minka (docs/protocol.md).

Request bodies are JSON, sent gzip-compressed with `Content-Encoding: gzip` by the client
(plain JSON is accepted too); JSON answers of /auth/signin and /sync are gzip-compressed
(`Content-Encoding: gzip`). Every refusal is a 4xx with the body
`{"error": {"code": "...", "message": "..."}}`."""

SIGNIN_LIMITS = BodyLimits(compressed=p.MAX_SIGNIN_BYTES, inflated=p.MAX_SIGNIN_BYTES)


def _number_from_env(name: str, default: float, *, minimum: float = 0) -> float:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        number = float(value)
    except ValueError:
        raise ValueError(f"{name} must be a number, not {value!r}") from None
    if not (number == number and minimum <= number < 10 ** 9):
        raise ValueError(f"{name} must be a number of at least {minimum:g}, not {value!r}")
    return number


def _sweep_partials(blobs: BlobStore, days: float) -> None:
    """Delete abandoned partial uploads now and every hour after, in a daemon thread (each
    worker process sweeps; deleting is harmless to repeat)."""
    import threading

    def sweep():
        while True:
            time.sleep(3600)
            try:
                blobs.expire_partials(days)
            except OSError as exc:
                log.warning("could not sweep partial uploads: %s", exc)
    blobs.expire_partials(days)
    threading.Thread(target=sweep, daemon=True, name="partial-sweep").start()


def account_settings() -> tuple[float, accounts.SigninLimits]:
    """$MINKA_TOKEN_IDLE_DAYS (default 90; 0 never expires), and the sign-in limit:
    $MINKA_SIGNIN_ACCOUNT_LIMIT and $MINKA_SIGNIN_ADDRESS_LIMIT failures (10 and 100) in
    $MINKA_SIGNIN_WINDOW_MINUTES (15)."""
    idle = _number_from_env("MINKA_TOKEN_IDLE_DAYS", accounts.DEFAULT_TOKEN_IDLE_DAYS)
    base = accounts.SigninLimits()
    limits = accounts.SigninLimits(
        per_account=int(_number_from_env("MINKA_SIGNIN_ACCOUNT_LIMIT", base.per_account,
                                         minimum=1)),
        per_address=int(_number_from_env("MINKA_SIGNIN_ADDRESS_LIMIT", base.per_address,
                                         minimum=1)),
        window=timedelta(minutes=_number_from_env("MINKA_SIGNIN_WINDOW_MINUTES",
                                                  base.window.total_seconds() / 60,
                                                  minimum=0.01)))
    return idle, limits


# FastAPI runs each sync endpoint (and each `def` dependency) in anyio's thread pool,
# 40 threads unless told otherwise. Each thread holds at most one database connection at
# a time, so a pool of as many connections never makes a request queue for one.
DEFAULT_THREADS = 40


def threads_from_env() -> int:
    """$MINKA_THREADS: threads (and database connections) of one worker process."""
    return int(_number_from_env("MINKA_THREADS", DEFAULT_THREADS, minimum=1))


def worker_app() -> FastAPI:
    """The app factory of `serve --workers N`: each worker process builds its own app
    from the environment the CLI set (the CLI ran the migrations once, before)."""
    return create_app(os.environ["MINKA_DB_URL"], migrate=False,
                      blob_dir=os.environ.get("MINKA_BLOB_DIR") or None)


def create_app(db_url: str, *, migrate: bool = True, blob_dir=None,
               max_blob_bytes: int | None = None) -> FastAPI:
    """The application over `db_url`, keeping files in `blob_dir`.

    `blob_dir` defaults to $MINKA_BLOB_DIR, else a folder `blobs/` beside a SQLite
    database file; `max_blob_bytes` to $MINKA_MAX_BLOB_BYTES, else 50 MiB. A request body
    that sends nothing for $MINKA_BODY_TIMEOUT seconds (default 30) is ended.
    """
    token_idle_days, signin_limits = account_settings()
    if migrate:
        db.upgrade(db_url)
    threads = threads_from_env()
    engine = db.make_engine(db_url, pool_size=threads)
    factory = db.session_factory(engine)
    blobs = open_blob_store(db_url, blob_dir, max_blob_bytes)
    _sweep_partials(blobs, partial_days_from_env())
    # Read once: a restore happens with the server stopped (sync/server/ops.py).
    server_id = read_server_id(factory)
    # Snapshots recomputed when stale (the network's statistics), checked before a pull.
    refreshers = registry.Refreshers(
        seconds_from_env("MINKA_SNAPSHOT_CHECK_SECONDS", 300.0))
    body_idle = seconds_from_env("MINKA_BODY_TIMEOUT", BODY_IDLE_SECONDS)
    max_body = p.parse_decimal(os.environ.get("MINKA_MAX_BODY_BYTES", str(p.MAX_BODY_BYTES)))
    if max_body is None:
        raise ValueError("MINKA_MAX_BODY_BYTES must be a number of bytes")
    # A sync carries at most MAX_OPS_PER_REQUEST ops: MAX_INFLATED_BYTES leaves each more
    # than 300 KB of JSON, the largest op (a submission's 100 000 characters) included.
    sync_limits = BodyLimits(compressed=min(p.MAX_BODY_BYTES, max_body),
                             inflated=p.MAX_INFLATED_BYTES)

    @asynccontextmanager
    async def lifespan(_app):
        # The pool of threads is per event loop: sized here, once the loop runs.
        anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        yield
        refreshers.wait(10)   # a recomputation under way ends before the engine goes
        engine.dispose()

    app = FastAPI(title="Minka sync server", version="0.1.0", lifespan=lifespan,
                  openapi_url=f"{p.API_PREFIX}/openapi.json", docs_url=f"{p.API_PREFIX}/docs",
                  redoc_url=None, description=API_DESCRIPTION)
    app.openapi = lambda: _openapi(app)
    app.state.engine = engine
    app.state.sessions = factory
    app.state.blobs = blobs
    app.state.token_idle_days = token_idle_days
    app.state.tokens = TokenCache()
    app.add_middleware(BodyGuard, idle_seconds=body_idle)
    app.add_middleware(metrics.Measured)  # outermost: it times and counts everything

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

    @app.exception_handler(ClientDisconnect)
    async def _client_gone(request: Request, _exc: ClientDisconnect):
        # The normal end of a request on a link that cuts (2G): one line, no traceback.
        # Nobody reads the answer, unless the body timed out (BodyGuard): then it is a 408.
        client = request.client.host if request.client else "?"
        if request.scope.get(BODY_TIMED_OUT):
            return _error(408, "body_timeout", "the request body stopped arriving")
        log.info("%s %s from %s: connection cut before the body was complete",
                 request.method, request.url.path, client)
        return _error(400, "client_disconnected", "the request body was cut")

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

    @app.get("/health", response_model=p.Health, responses=error_responses(503))
    def health():
        """For load balancers and monitoring: no authentication; 200 when this process
        answers and its database answers a trivial query, else 503 `database_unavailable`.
        """
        try:
            with db.reading(factory) as session:
                session.execute(text("SELECT 1"))
        except SQLAlchemyError as exc:
            log.warning("health check: the database does not answer: %s",
                        str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
            return _error(503, "database_unavailable", "the database does not answer")
        return {"status": "ok", "database": "ok"}

    @app.get("/metrics", include_in_schema=False)
    def prometheus_metrics() -> Response:
        """Prometheus text format (not JSON, so not in the published API schema)."""
        body, content_type = metrics.exposition()
        return Response(content=body, media_type=content_type)

    # Endpoints that read a JSON body are async only to receive it (inflating it in worker
    # threads, see http.read_body); parsing, validation, the database and encoding the
    # answer all run in one worker thread, so no request holds the event loop.

    @app.post(f"{p.API_PREFIX}/auth/signin", response_model=p.SignInResponse,
              responses=error_responses(400, 401, 403, 408, 413, 422, 429),
              openapi_extra=json_body(p.SignInRequest))
    async def signin(request: Request, sessions: Sessions):
        """Exchange a username and password for a token bound to a device: the one named by
        `device_id` if it is this account's and not revoked (signing in again on the same
        computer), else a new one.

        The body is JSON, gzip-compressed (`Content-Encoding: gzip`) or not, of at most
        MAX_SIGNIN_BYTES once inflated; the answer is gzip-compressed JSON. Too many
        failures for one account or from one address: 429 `too_many_attempts` with
        Retry-After; a disabled account (right password): 403 `account_disabled`."""
        raw = await read_body(request, SIGNIN_LIMITS)
        address = request.client.host if request.client else ""

        def work():
            body: p.SignInRequest = parse_model(raw, p.SignInRequest)
            with db.reading(sessions) as session:
                wait = accounts.signin_wait(session, signin_limits, username=body.username,
                                            address=address)
                if wait is not None:
                    log.warning("sign-in for %r from %s refused: too many failures for "
                                "this %s; %d s to wait", body.username, address, wait[1],
                                wait[0])
                    raise ApiError(429, "too_many_attempts",
                                   f"too many failed sign-ins for this {wait[1]}; try again "
                                   f"in {wait[0]} s", {"Retry-After": str(wait[0])})
                # Argon2 takes its time: outside any write transaction.
                user = accounts.authenticate(session, body.username, body.password)
            if user is None:
                log.info("failed sign-in for %r from %s", body.username, address)
                with sessions() as session, session.begin():
                    accounts.record_signin_failure(session, signin_limits,
                                                   username=body.username, address=address)
                raise ApiError(401, "bad_credentials", "wrong username or password")
            if user.disabled_at is not None:
                log.info("sign-in for disabled account %s refused", user.username)
                raise ApiError(403, "account_disabled", "this account is disabled")
            with sessions() as session, session.begin():
                user = session.get(User, user.id)
                accounts.clear_signin_failures(session, username=body.username)
                device, token, reused = accounts.register_device(
                    session, user, body.device_name,
                    str(body.device_id) if body.device_id else None)
                if body.device_key is not None:
                    # A device signing in again gets its new key: the old one signed
                    # nothing since (its outbox files are signed when written).
                    device.public_key = body.device_key   # signs its outbox on a drive
                if body.exchange_key is not None:
                    device.exchange_key = body.exchange_key   # return packs are sealed to it
                log.info("user %s signed in on %s device %s", user.username,
                         "its" if reused else "new", device.id)
                known = network.identity(session)  # packs are checked against its key
                answer = p.SignInResponse(
                    token=token, device_id=device.id, user=p.UserProfile(**profile(user)),
                    network=None if known is None else p.NetworkIdentity(
                        id=known.id, public_key=known.public_key))
            return gzip_json(answer)
        return await run_in_threadpool(work)

    @app.post(f"{p.API_PREFIX}/sync", response_model=p.SyncResponse,
              responses=error_responses(400, 401, 403, 408, 413, 422),
              openapi_extra=json_body(p.SyncRequest))
    async def sync(request: Request, sessions: Sessions):
        """Push ops, pull the changes after `cursor` (contract points 1-4, docs/protocol.md).

        The body is JSON, gzip-compressed (`Content-Encoding: gzip`, as the client sends
        it) or not; at most MAX_BODY_BYTES as it travels and MAX_INFLATED_BYTES inflated.
        The answer is gzip-compressed JSON: at most `limit` changes and about
        MAX_PULL_BYTES of them; `more` says another page follows."""
        token = bearer_token(request)  # no token: refused before the body is read
        raw = await read_body(request, sync_limits)
        # The token is checked in the worker thread, in the same read transaction as the
        # pull when there is nothing to push (most syncs): one thread hop, one database
        # connection and one snapshot per quiet sync instead of two of each.
        return await run_in_threadpool(sync_work, request, sessions, token, raw)

    def sync_work(request: Request, sessions, token: str, raw: bytes) -> Response:
        refreshers.run(sessions)   # stale snapshots: recomputed for the next sync
        with ExitStack() as stack:
            session = stack.enter_context(db.reading(sessions))
            caller, stale, head = caller_in(session, request, token)
            body: p.SyncRequest = parse_model(raw, p.SyncRequest)
            check_payloads(body)
            if str(body.device_id) != caller.device_id:
                raise ApiError(403, "device_mismatch", "device_id does not match the token")
            results = []
            if body.ops:
                head = None  # the pull reads it again, after the ops
                stack.close()  # the ops are applied in a transaction of their own
                results = apply_ops(sessions, caller, body.ops, observe=metrics.op_done)
                session = stack.enter_context(db.reading(sessions))  # sees them
            own = own_records(results, body.filled) if body.fill_own else set()
            if not body.fill_own:
                results = without_written(results)
            page = pull(session, caller, body.cursor, body.limit, have=body.have, own=own,
                        head=head, moderation=body.moderation)
        if stale:
            record_seen(request, sessions, caller, token)
        metrics.record_sync(len(body.ops))
        return gzip_json(p.SyncResponse(
            results=results, changes=page.changes, cursor=page.cursor, more=page.more,
            remaining=page.remaining, server_time=datetime.now(timezone.utc),
            max_blob_bytes=blobs.max_bytes, server_id=server_id))

    carried_limits = BodyLimits(compressed=p.MAX_CARRIED_OUTBOX_BYTES,
                                inflated=p.MAX_CARRIED_OUTBOX_BYTES)

    @app.post(f"{p.API_PREFIX}/outbox/deliver", response_model=p.CarriedDelivery,
              responses=error_responses(400, 401, 403, 408, 413, 422), openapi_extra={
                  "requestBody": {"required": True, "content": {
                      "application/zip": {"schema": {"type": "string",
                                                     "format": "binary"}}}}})
    async def deliver_outbox(request: Request, caller: CurrentCaller, sessions: Sessions):
        """A colleague's outbox file (a ZIP written by 'Llevar mis envíos en USB'),
        delivered by a facilitator's client: checked against the colleague's device key
        and applied as that device's sync would be, idempotently (docs/packs.md)."""
        if caller.role not in accounts.MODERATOR_ROLES:
            raise ApiError(403, "not_allowed", "only facilitators deliver colleagues' outboxes")
        raw = await read_body(request, carried_limits)

        def work():
            import tempfile
            from pathlib import Path

            from sync.outbox_file import OutboxFileError
            from sync.server.outbox_import import deliver
            with tempfile.TemporaryDirectory(dir=blobs.root) as tmp:
                path = Path(tmp) / "envios.zip"
                path.write_bytes(raw)
                try:
                    report = deliver(sessions, blobs, path)
                except OutboxFileError as exc:
                    log.info("carried outbox from %s refused: %s", caller.user_id, exc)
                    raise ApiError(422, f"outbox_{exc.code}", exc.detail or exc.code)
            log.info("facilitator %s delivered: %s", caller.user_id, report.summary())
            return p.CarriedDelivery(username=report.username, new=report.new,
                                     already=report.already, rejected=len(report.rejected))
        return await run_in_threadpool(work)

    @app.post(f"{p.API_PREFIX}/outbox/return", responses={
                  **error_responses(400, 401, 403, 404, 408, 413, 422, 503),
                  200: {"content": {"application/zip": {"schema": {
                      "type": "string", "format": "binary"}}}}},
              openapi_extra=json_body(p.ReturnPackRequest))
    async def return_pack(request: Request, caller: CurrentCaller, sessions: Sessions):
        """A colleague's return pack (sync/return_pack.py), for a facilitator to carry
        back: the answer the colleague's sync would get, sealed to their device's key
        (the facilitator cannot read it) and signed with the network's key."""
        if caller.role not in accounts.MODERATOR_ROLES:
            raise ApiError(403, "not_allowed", "only facilitators carry return packs")
        raw = await read_body(request, sync_limits)

        def work():
            import tempfile
            from pathlib import Path

            from sync.server import return_packs
            body: p.ReturnPackRequest = parse_model(raw, p.ReturnPackRequest)
            try:
                with sessions() as session:
                    key = network.load(session, network.resolve_key_path(db_url))
            except network.NetworkKeyError as exc:
                log.error("cannot write return packs: %s", exc)
                raise ApiError(503, "no_network_key", "this server cannot sign return packs")
            with tempfile.TemporaryDirectory(dir=blobs.root) as tmp:
                try:
                    written = return_packs.write(sessions, key, body, Path(tmp), server_id)
                except return_packs.ReturnRefused as exc:
                    log.info("return pack for device %s refused: %s", body.device_id, exc)
                    raise ApiError(404 if exc.code == "unknown_device" else 422,
                                   f"return_{exc.code}", exc.detail)
                data = written.path.read_bytes()
                name = written.path.name
            return Response(data, media_type="application/zip", headers={
                "Content-Disposition": f'attachment; filename="{name}"'})
        return await run_in_threadpool(work)

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
