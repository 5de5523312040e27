"""Bad input to the API gets a 4xx and a JSON error the client can read; never a 500.

Also what a person meets when the server says no: a rejected op keeps its text, a wrong
password and a revoked device are told apart, and the outbox survives a revocation.
"""
from __future__ import annotations

import gzip
import json
import socket
import uuid
from datetime import datetime, timezone

import pytest
import requests

from app.services import account as account_service
from app.services import forums, syncing
from app.store.db import Store
from app.store.models import PENDING, REJECTED, SYNCED, Thread
from sync import protocol as p
from sync.client import SyncError
from sync.server import cli
from tests.helpers import FORUM_ID, PASSWORD, signed_in_profile
from tests.wire import SYNC_PATH, ServerDb, account, post_raw, database_url, reply_op, \
    running_server, sync_body, thread_op

SIGNIN_PATH = p.API_PREFIX + "/auth/signin"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def server(request, tmp_path_factory):
    """Both databases: some input only breaks one of them (PostgreSQL refuses NUL in text)."""
    base = tmp_path_factory.mktemp(f"api-{request.param}")
    with running_server(base, database_url(request, base)) as proc:
        yield proc


@pytest.fixture(scope="module")
def server_db(server):
    look = ServerDb(server.db_url)
    yield look
    look.close()


@pytest.fixture(scope="module")
def ana(tmp_path_factory, server):
    store = signed_in_profile(tmp_path_factory.mktemp("ana"), server.url, "ana")
    syncing.sync_now(store)
    yield store
    store.close()


@pytest.fixture(scope="module")
def thread_id(ana):
    """A thread on the server, for ops that need one."""
    created = forums.create_thread(ana, FORUM_ID, "Hilo de errores", "Para probar la API.")
    syncing.sync_now(ana)
    return created


def assert_error(resp: requests.Response, status: int, code: str) -> None:
    assert resp.status_code == status, (resp.status_code, resp.text[:300])
    assert resp.headers["content-type"].startswith("application/json")
    error = p.ErrorResponse.model_validate(resp.json()).error
    assert error.code == code, error
    assert error.message


def gz(data: bytes | str) -> bytes:
    return gzip.compress(data.encode() if isinstance(data, str) else data, mtime=0)


def request_json(acct, **changes) -> dict:
    """A valid SyncRequest as JSON, with some fields changed (None: field removed)."""
    data = json.loads(p.SyncRequest(device_id=acct.device_id, cursor=0).model_dump_json())
    for key, value in changes.items():
        if value is None:
            data.pop(key)
        else:
            data[key] = value
    return data


def op_json(kind="post.create", drop=(), **payload) -> dict:
    op = {"op_id": str(uuid.uuid4()), "kind": kind, "payload": payload,
          "created_at": datetime.now(timezone.utc).isoformat()}
    for key in drop:
        op.pop(key)
    return op


def post_payload(thread: str, **changes) -> dict:
    data = {"id": str(uuid.uuid4()), "thread_id": thread, "body": "Hola."}
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


# Each case: (body bytes or a function of (acct, thread_id) -> JSON value, headers, status, code)
# JSON values are sent gzipped, as the client sends them.
BAD_BODIES = {
    "empty body": (b"", {"Content-Encoding": None}, 400, "malformed_body"),
    "empty gzip body": (b"", {}, 400, "malformed_body"),
    "malformed json": (gz("{not json"), {}, 400, "malformed_body"),
    "json cut short": (gz('{"device_id": "'), {}, 400, "malformed_body"),
    "bad gzip": (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03garbage-garbage", {}, 400,
                 "malformed_body"),
    "not gzip at all": (b'{"cursor": 0}', {}, 400, "malformed_body"),
    "truncated gzip": (gz(b'{"cursor": 0, "device_id": "x"}' * 50)[:40], {}, 400,
                       "malformed_body"),
    "unknown content encoding": (gz("{}"), {"Content-Encoding": "br"}, 400, "malformed_body"),
    "gzip bomb": (gzip.compress(b" " * (p.MAX_INFLATED_BYTES + 1024), compresslevel=9),
                  {}, 413, "body_too_large"),
    "plain body over the inflated limit": (b" " * (p.MAX_INFLATED_BYTES + 1),
                                           {"Content-Encoding": None}, 413, "body_too_large"),
    "non-utf8 bytes": (gz(b'{"device_id": "\xff\xfe\xfa"}'), {}, 400, "malformed_body"),
    "latin-1 plain body": ('{"cursor": 0, "x": "Cañete"}'.encode("latin-1"),
                           {"Content-Encoding": None}, 400, "malformed_body"),
    "json nested too deeply": (gz(b"[" * 100_000 + b"]" * 100_000), {}, 400,
                               "malformed_body"),
    "integer with too many digits": (gz(b'{"cursor": ' + b"7" * 5000 + b"}"), {}, 400,
                                     "malformed_body"),
    "json array": (lambda a, t: [request_json(a)], {}, 422, "invalid_request"),
    "json null": (lambda a, t: None, {}, 422, "invalid_request"),
    "json string": (lambda a, t: "sync", {}, 422, "invalid_request"),
    "missing device_id": (lambda a, t: request_json(a, device_id=None), {}, 422,
                          "invalid_request"),
    "missing cursor": (lambda a, t: request_json(a, cursor=None), {}, 422, "invalid_request"),
    "device_id not a uuid": (lambda a, t: request_json(a, device_id="mi-laptop"), {}, 422,
                             "invalid_request"),
    "cursor wrong type": (lambda a, t: request_json(a, cursor="cero"), {}, 422,
                          "invalid_request"),
    "cursor negative": (lambda a, t: request_json(a, cursor=-1), {}, 422, "invalid_request"),
    "cursor past BIGINT": (lambda a, t: request_json(a, cursor=p.MAX_SEQ + 1), {}, 422,
                           "invalid_request"),
    "limit zero": (lambda a, t: request_json(a, limit=0), {}, 422, "invalid_request"),
    "limit over max": (lambda a, t: request_json(a, limit=p.MAX_PULL_LIMIT + 1), {}, 422,
                       "invalid_request"),
    "unknown protocol version": (lambda a, t: request_json(a, protocol=2), {}, 422,
                                 "invalid_request"),
    "unknown top-level field": (lambda a, t: request_json(a, admin=True), {}, 422,
                                "invalid_request"),
    "field named with a lone surrogate": (lambda a, t: dict(request_json(a), **{"\ud800": 1}),
                                          {}, 422, "invalid_request"),
    "string with a lone surrogate": (lambda a, t: request_json(a, device_id="\ud800"), {},
                                     422, "invalid_request"),
    "ops not a list": (lambda a, t: request_json(a, ops={"op": 1}), {}, 422,
                       "invalid_request"),
    "too many ops": (lambda a, t: request_json(a, ops=[op_json(**post_payload(t))
                                                       for _ in range(p.MAX_OPS_PER_REQUEST + 1)]),
                     {}, 422, "invalid_request"),
    "unknown op kind": (lambda a, t: request_json(a, ops=[op_json("post.delete",
                                                                  **post_payload(t))]),
                        {}, 422, "invalid_request"),
    "op without op_id": (lambda a, t: request_json(a, ops=[op_json(drop=("op_id",),
                                                                   **post_payload(t))]),
                         {}, 422, "invalid_request"),
    "op without created_at": (lambda a, t: request_json(
        a, ops=[op_json(drop=("created_at",), **post_payload(t))]), {}, 422, "invalid_request"),
    "payload nested deeply": (lambda a, t: request_json(
        a, ops=[op_json(**post_payload(t, extra=json.loads("[" * 900 + "]" * 900)))]), {},
        422, "invalid_request"),
    "post body with a lone surrogate": (lambda a, t: request_json(
        a, ops=[op_json(**post_payload(t, body="Hola \udc80"))]), {}, 422, "invalid_request"),
    "post body of NUL characters only": (lambda a, t: request_json(
        a, ops=[op_json(**post_payload(t, body="\x00\x00"))]), {}, 422, "invalid_request"),
    "payload not an object": (lambda a, t: request_json(
        a, ops=[dict(op_json(), payload=["Hola"])]), {}, 422, "invalid_request"),
    "payload missing body": (lambda a, t: request_json(
        a, ops=[op_json(**post_payload(t, body=None))]), {}, 422, "invalid_request"),
    "payload body wrong type": (lambda a, t: request_json(
        a, ops=[op_json(**post_payload(t, body=["Hola"]))]), {}, 422, "invalid_request"),
    "payload thread_id not a uuid": (lambda a, t: request_json(
        a, ops=[op_json(**post_payload(t, thread_id="hilo-1"))]), {}, 422, "invalid_request"),
    "payload unknown field": (lambda a, t: request_json(
        a, ops=[op_json(**post_payload(t, pinned=True))]), {}, 422, "invalid_request"),
    "payload of another kind": (lambda a, t: request_json(
        a, ops=[op_json("thread.create", **post_payload(t))]), {}, 422, "invalid_request"),
    "post body blank": (lambda a, t: request_json(
        a, ops=[op_json(**post_payload(t, body="   \n "))]), {}, 422, "invalid_request"),
    "post body over MAX_POST_CHARS": (lambda a, t: request_json(
        a, ops=[op_json(**post_payload(t, body="á" * (p.MAX_POST_CHARS + 1)))]), {}, 422,
        "invalid_request"),
    "thread title over MAX_TITLE_CHARS": (lambda a, t: request_json(
        a, ops=[op_json("thread.create", id=str(uuid.uuid4()), forum_id=FORUM_ID,
                        post_id=str(uuid.uuid4()), title="T" * (p.MAX_TITLE_CHARS + 1),
                        body="Hola.")]), {}, 422, "invalid_request"),
    "a bad op after a good one": (lambda a, t: request_json(
        a, ops=[op_json(**post_payload(t, body="Esta sí vale.")),
                op_json(**post_payload(t, body="x" * (p.MAX_POST_CHARS + 1)))]), {}, 422,
        "invalid_request"),
}


@pytest.mark.parametrize("case", list(BAD_BODIES), ids=list(BAD_BODIES))
def test_bad_sync_body_is_a_4xx_json_error_and_writes_nothing(case, server, server_db, ana,
                                                              thread_id):
    body, headers, status, code = BAD_BODIES[case]
    acct = account(ana)
    if callable(body):
        body = gz(json.dumps(body(acct, thread_id)))
    applied, seq = server_db.applied_count(), server_db.last_seq()

    resp = post_raw(server.url, body, token=acct.token, headers=headers)

    assert_error(resp, status, code)
    assert (server_db.applied_count(), server_db.last_seq()) == (applied, seq)


def test_a_good_body_passes_the_same_harness(server, server_db, ana, thread_id):
    """The control for the cases above: a well-formed request is applied."""
    acct = account(ana)
    op = reply_op(thread_id, "Un mensaje bien formado.")
    resp = post_raw(server.url, sync_body(acct, [op]), token=acct.token)
    assert resp.status_code == 200
    assert p.SyncResponse.model_validate(resp.json()).results[0].status == "applied"
    assert server_db.post_bodies()["Un mensaje bien formado."] == 1


def test_nul_characters_are_dropped_from_text(server, server_db, ana):
    """U+0000 means nothing in what people write (it comes with text pasted from some
    PDFs) and PostgreSQL cannot store it: it is dropped, on both sides, never a 500."""
    acct = account(ana)
    opening = thread_op(FORUM_ID, "Título\x00 pegado", "Cuerpo\x00 pegado de un PDF.")
    reply = reply_op(str(opening.payload["id"]), "Respuesta\x00 pegada.")
    resp = post_raw(server.url, sync_body(acct, [opening, reply]), token=acct.token)
    assert resp.status_code == 200, resp.text[:300]
    assert [r.status for r in p.SyncResponse.model_validate(resp.json()).results] == [
        "applied", "applied"]
    bodies = server_db.post_bodies()
    assert (bodies["Cuerpo pegado de un PDF."], bodies["Respuesta pegada."]) == (1, 1)

    signin = {"username": "ana\x00", "password": PASSWORD, "device_name": "PC\x00 de la UGEL"}
    resp = post_raw(server.url, gz(json.dumps(signin)), path=SIGNIN_PATH)
    assert resp.status_code == 200, resp.text[:300]

    # The client cleans what it queues with the same models.
    thread_id = forums.create_thread(ana, FORUM_ID, "Otro\x00 título", "Texto\x00 local.")
    assert [p.body for p in forums.thread_posts(ana, thread_id)] == ["Texto local."]
    syncing.sync_now(ana)
    assert server_db.post_bodies()["Texto local."] == 1


def _raw_http(port: int, head: str, body: bytes = b"", timeout: float = 10) -> tuple[int, dict]:
    """Send a request by hand on a socket; return the status and the JSON error."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(head.encode("ascii") + body)
        data = b""
        while b"\r\n\r\n" not in data or len(data.split(b"\r\n\r\n", 1)[1]) < _length(data):
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
    head_bytes, _, payload = data.partition(b"\r\n\r\n")
    status = int(head_bytes.split(b" ", 2)[1])
    return status, json.loads(payload)


def _length(data: bytes) -> int:
    for line in data.split(b"\r\n\r\n", 1)[0].split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value)
    return 1 << 30


def test_declared_oversize_body_is_refused_before_it_is_read(server, ana):
    """Content-Length over MAX_BODY_BYTES: 413 at once; the server does not wait for 4 MiB."""
    acct = account(ana)
    head = (f"POST {SYNC_PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"Authorization: Bearer {acct.token}\r\nContent-Type: application/json\r\n"
            f"Content-Encoding: gzip\r\nContent-Length: {p.MAX_BODY_BYTES + 1}\r\n\r\n")
    status, error = _raw_http(server.port, head, b"\x1f\x8b" + b"\0" * 1000, timeout=10)
    assert status == 413
    assert p.ErrorResponse.model_validate(error).error.code == "body_too_large"


def test_chunked_oversize_body_is_refused(server, ana):
    """No Content-Length (chunked upload): the server stops reading past MAX_BODY_BYTES."""
    acct = account(ana)
    piece = b"\0" * 65536

    def chunks():  # requests sends a generator chunked; the last piece crosses the limit
        for _ in range(p.MAX_BODY_BYTES // len(piece) + 1):
            yield piece

    # Plain, not gzip: a gzip stream of zeros is refused as not gzip at its first chunk.
    assert_error(post_raw(server.url, chunks(), token=acct.token,
                          headers={"Content-Encoding": None}), 413, "body_too_large")


AUTH_CASES = {
    "no authorization header": ({}, 401, "missing_token"),
    "empty bearer": ({"Authorization": "Bearer "}, 401, "missing_token"),
    "basic scheme": ({"Authorization": "Basic YW5hOmNsYXZl"}, 401, "missing_token"),
    "unknown token": ({"Authorization": "Bearer " + "x" * 43}, 401, "invalid_token"),
}


@pytest.mark.parametrize("case", list(AUTH_CASES), ids=list(AUTH_CASES))
def test_missing_or_bad_token(case, server, ana):
    headers, status, code = AUTH_CASES[case]
    resp = post_raw(server.url, sync_body(account(ana)), headers=headers)
    assert_error(resp, status, code)
    if status == 401:
        assert resp.headers.get("www-authenticate") == "Bearer"


def test_device_id_not_matching_the_token(server, ana):
    acct = account(ana)
    other = acct.__class__(**{**acct.__dict__, "device_id": str(uuid.uuid4())})
    resp = post_raw(server.url, sync_body(other), token=acct.token)
    assert_error(resp, 403, "device_mismatch")


ROUTE_CASES = {
    "GET on sync": ("GET", SYNC_PATH, 405, "method_not_allowed"),
    "PUT on sync": ("PUT", SYNC_PATH, 405, "method_not_allowed"),
    "GET on signin": ("GET", SIGNIN_PATH, 405, "method_not_allowed"),
    "POST on ping": ("POST", p.API_PREFIX + "/ping", 405, "method_not_allowed"),
    "unknown path": ("POST", p.API_PREFIX + "/sincronizar", 404, "not_found"),
    "unknown version": ("POST", "/api/v2/sync", 404, "not_found"),
    "root": ("GET", "/", 404, "not_found"),
}


@pytest.mark.parametrize("case", list(ROUTE_CASES), ids=list(ROUTE_CASES))
def test_wrong_method_or_path(case, server, ana):
    method, path, status, code = ROUTE_CASES[case]
    resp = post_raw(server.url, sync_body(account(ana)), token=account(ana).token,
                    path=path, method=method)
    assert_error(resp, status, code)


SIGNIN_CASES = {
    "malformed json": (gz("{usuario"), 400, "malformed_body"),
    "bad gzip": (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03nope", 400, "malformed_body"),
    "missing password": (gz(json.dumps({"username": "ana"})), 422, "invalid_request"),
    "empty username": (gz(json.dumps({"username": " ", "password": "x"})), 422,
                       "invalid_request"),
    "password wrong type": (gz(json.dumps({"username": "ana", "password": 12345678})), 422,
                            "invalid_request"),
    "wrong password": (gz(json.dumps({"username": "ana", "password": "no-es-la-clave"})),
                       401, "bad_credentials"),
    "unknown user": (gz(json.dumps({"username": "nadie", "password": PASSWORD})), 401,
                     "bad_credentials"),
}


@pytest.mark.parametrize("case", list(SIGNIN_CASES), ids=list(SIGNIN_CASES))
def test_bad_signin(case, server):
    body, status, code = SIGNIN_CASES[case]
    assert_error(post_raw(server.url, body, path=SIGNIN_PATH), status, code)


# ---- what a person meets --------------------------------------------------------------

def test_rejected_op_keeps_the_text_and_says_why(server, server_db, ana, tmp_path):
    """A reply to a thread the server does not have: rejected, kept, with a reason."""
    store = signed_in_profile(tmp_path / "ana-2", server.url, "ana")
    try:
        syncing.sync_now(store)
        gone = str(uuid.uuid4())  # e.g. a thread removed on the server since
        now = datetime.now(timezone.utc)
        with store.session() as s, s.begin():
            s.add(Thread(id=gone, forum_id=FORUM_ID, author_id=account(store).user_id,
                         title="Hilo que ya no existe", created_at=now, last_activity_at=now,
                         post_count=0, seq=10 ** 6, state=SYNCED))
        text = "Mi reflexión sobre la tertulia: tres páginas que no quiero perder."
        post_id = forums.reply(store, gone, text)
        kept = forums.reply(store, gone, "Otra más.")

        # On the wire: the op comes back rejected, with a code the client can translate.
        op = reply_op(gone, "Por el cable.")
        resp = post_raw(server.url, sync_body(account(store), [op]),
                        token=account(store).token)
        result = p.SyncResponse.model_validate(resp.json()).results[0]
        assert (result.status, result.code) == ("rejected", "thread_not_found")
        assert result.code in p.REJECTION_CODES

        summary = syncing.sync_now(store)

        assert (summary.pushed, summary.rejected) == (2, 2)
        posts = {p.id: p for p in forums.thread_posts(store, gone)}
        assert posts[post_id].body == text
        assert (posts[post_id].state, posts[post_id].reject_code) == (REJECTED,
                                                                      "thread_not_found")
        assert posts[kept].state == REJECTED
        assert syncing.status(store).pending == 0
        assert server_db.post_bodies()[text] == 0
    finally:
        store.close()


def test_wrong_password_is_bad_credentials(server, tmp_path):
    store = Store(tmp_path / "nueva")
    try:
        with pytest.raises(SyncError) as caught:
            account_service.sign_in(store, server.url, "ana", "no-es-la-clave")
        assert caught.value.code == "bad_credentials"
        assert not caught.value.retryable
        assert account_service.current_account(store) is None
    finally:
        store.close()


def test_revoked_device_stops_syncing_and_keeps_the_outbox(server, server_db, tmp_path,
                                                           thread_id):
    beto = signed_in_profile(tmp_path / "beto", server.url, "beto")
    other = signed_in_profile(tmp_path / "beto-other-pc", server.url, "beto")
    try:
        syncing.sync_now(beto)
        text = "Escrito antes de que me cerraran la sesión."
        post_id = forums.reply(beto, thread_id, text)

        assert cli.main(["--db", server.db_url, "device", "revoke", "beto",
                         "--device", account(beto).device_id]) == 0

        with pytest.raises(SyncError) as caught:
            syncing.sync_now(beto)
        assert caught.value.code == "auth_revoked"
        assert not caught.value.retryable
        assert syncing.status(beto).pending == 1
        assert syncing.status(beto).last_error_code == "auth_revoked"
        [post] = [p for p in forums.thread_posts(beto, thread_id) if p.id == post_id]
        assert (post.body, post.state) == (text, PENDING)
        assert server_db.post_bodies()[text] == 0
        # Only that device: beto's other computer still syncs.
        assert syncing.sync_now(other).requests >= 1
        # The token is refused on the wire as well, with the documented code.
        resp = post_raw(server.url, sync_body(account(beto)), token=account(beto).token)
        assert_error(resp, 401, "invalid_token")
    finally:
        beto.close()
        other.close()


def test_parameter_errors_name_the_parameter_in_plain_words(server, ana):
    token = account_service.current_account(ana).token
    resp = requests.get(f"{server.url}/api/v1/uploads/{'a' * 64}?size=mucho",
                        headers={"Authorization": f"Bearer {token}"}, timeout=10)
    assert resp.status_code == 422
    error = resp.json()["error"]
    assert error["code"] == "invalid_request"
    assert error["message"].startswith("query.size: ")
    assert "[{" not in error["message"]       # not a Python list of dicts
