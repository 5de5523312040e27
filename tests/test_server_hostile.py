"""The server under hostile requests (issue #10): bombs, odd headers, cut and stalled
connections, probing. Each against a real server on loopback; none depends on speed: a
wait is for what a client would wait for, bounded but generous.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
import socket
import threading
import time
import uuid
from datetime import datetime, timedelta, timezone

import pytest
import requests
from sqlalchemy import select

from app.services import course, forums, syncing
from sync import protocol as p
from sync.server.embedded import EmbeddedServer
from sync.server import app as server_app
from sync.server import cli, exchange
from sync.server import http as server_http
from sync.server.blobs import parse_range
from sync.server.course import submission_id
from sync.server.models import Assignment, User
from tests.helpers import FORUM_ID, PASSWORD, ServerProcess, free_port, seed, \
    signed_in_profile, write_course
from tests.wire import SYNC_PATH, ServerDb, account, exchange as wire_exchange, post_raw, \
    reply_op, sync_body, thread_op

SIGNIN_PATH = p.API_PREFIX + "/auth/signin"
GENEROUS = 30.0   # seconds: a bound on waits that only a hang can reach


def error_code(resp: requests.Response) -> str:
    return p.ErrorResponse.model_validate(resp.json()).error.code


def signin_body(**fields) -> bytes:
    data = {"username": "ana", "password": PASSWORD, "device_name": "prueba", **fields}
    return json.dumps(data).encode()


# ---- bodies: limits that fit each endpoint, inflated off the event loop ----------------

def test_signin_bomb_is_refused_at_the_signin_limit(server):
    # 16 KB on the wire that inflate to 16 MiB: before, all of it was inflated (430 MB of
    # allocations on the event loop) and then refused as invalid.
    bomb = gzip.compress(b" " * p.MAX_INFLATED_BYTES, compresslevel=9)
    assert len(bomb) < 20_000
    resp = post_raw(server.url, bomb, path=SIGNIN_PATH)
    assert resp.status_code == 413 and error_code(resp) == "body_too_large"
    assert str(p.MAX_SIGNIN_BYTES) in resp.json()["error"]["message"]
    # Just over the limit, gzip or not: refused; a real sign-in still works.
    over = signin_body(device_name="x" * p.MAX_SIGNIN_BYTES)
    for body, encoding in ((gzip.compress(over), "gzip"), (over, None)):
        resp = post_raw(server.url, body, path=SIGNIN_PATH,
                        headers={"Content-Encoding": encoding})
        assert resp.status_code == 413 and error_code(resp) == "body_too_large"
    resp = post_raw(server.url, gzip.compress(signin_body()), path=SIGNIN_PATH)
    assert resp.status_code == 200, resp.text


def test_sync_bomb_stops_inflating_at_the_limit_before_the_body_ends(server, tmp_path):
    """A gzip stream whose first chunk inflates past the limit is refused at once: the
    server does not wait for (or read) the rest of a 3 MB body."""
    store = signed_in_profile(tmp_path / "ana", server.url, "ana")
    acct = account(store)
    bomb = gzip.compress(b" " * (p.MAX_INFLATED_BYTES + 1), compresslevel=9)
    with socket.create_connection(("127.0.0.1", server.port), timeout=GENEROUS) as s:
        s.sendall((f"POST {SYNC_PATH} HTTP/1.1\r\nHost: x\r\nContent-Encoding: gzip\r\n"
                   f"Authorization: Bearer {acct.token}\r\n"
                   f"Content-Length: {3_000_000}\r\n\r\n").encode() + bomb)
        answer = _read_until_closed(s)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert b"body_too_large" in answer and b"connection: close" in answer.lower()
    store.close()


def _read_until_closed(s: socket.socket) -> bytes:
    """Everything the server sends until it closes (socket timeout: GENEROUS)."""
    data = b""
    while chunk := s.recv(65536):
        data += chunk
    return data


def InProcessServer(db_url: str, blob_dir) -> EmbeddedServer:  # noqa: N802
    """The app under uvicorn in a thread of this process, on loopback: a real server whose
    functions a test can watch (which thread runs them)."""
    return EmbeddedServer(server_app.create_app(db_url, blob_dir=blob_dir),
                          start_timeout=GENEROUS)


def test_parsing_inflating_pulling_and_encoding_run_off_the_event_loop(tmp_path,
                                                                        monkeypatch):
    url = f"sqlite:///{tmp_path / 'server.db'}"
    seed(url)
    on_loop: list[str] = []

    def watched(name, func):
        def wrapper(*args, **kwargs):
            if threading.current_thread().name == "uvicorn-loop":
                on_loop.append(name)
            return func(*args, **kwargs)
        return wrapper

    monkeypatch.setattr(server_app, "parse_model", watched("parse", server_app.parse_model))
    monkeypatch.setattr(server_app, "pull", watched("pull", server_app.pull))
    monkeypatch.setattr(server_http, "_inflate", watched("inflate", server_http._inflate))
    monkeypatch.setattr(p, "encode_body", watched("encode", p.encode_body))
    with InProcessServer(url, tmp_path / "blobs") as srv:
        resp = post_raw(srv.url, gzip.compress(signin_body()), path=SIGNIN_PATH)
        assert resp.status_code == 200, resp.text
        answer = p.SignInResponse.model_validate(resp.json())
        body = p.encode_body(p.SyncRequest(device_id=answer.device_id, cursor=0))
        on_loop.clear()  # the test's own encode_body above ran on this thread, not the loop
        resp = post_raw(srv.url, body, token=answer.token)
        assert resp.status_code == 200, resp.text
        assert p.SyncResponse.model_validate(resp.json()).changes  # the forum, the users
        bad = post_raw(srv.url, gzip.compress(b"[" * 50_000), token=answer.token)
        assert bad.status_code == 400
    assert on_loop == []


def test_a_pull_page_is_bounded_by_bytes_and_the_client_gets_every_page(server, tmp_path):
    writer = signed_in_profile(tmp_path / "ana", server.url, "ana")
    acct = account(writer)
    thread = thread_op(FORUM_ID, "Hilo largo", "Empieza aquí.")
    wire_exchange(server.url, acct, [thread])
    long_text = "Reflexión sobre la tertulia dialógica en la comunidad. " * 340  # ~19 KB
    for _ in range(3):
        ops = [reply_op(thread.payload["id"], long_text) for _ in range(p.MAX_OPS_PER_REQUEST)]
        wire_exchange(server.url, acct, ops)
    # 150 posts of ~19 KB: about 2.8 MB of JSON, more than one page of MAX_PULL_BYTES.
    first = wire_exchange(server.url, acct, cursor=0, limit=p.MAX_PULL_LIMIT)
    assert first.more and len(first.changes) < 150
    page_json = b"[" + b",".join(c.model_dump_json().encode() for c in first.changes) + b"]"
    assert len(page_json) <= p.MAX_PULL_BYTES * 1.05
    assert first.remaining > 0
    second = wire_exchange(server.url, acct, cursor=first.cursor, limit=p.MAX_PULL_LIMIT)
    assert second.changes[0].seq > first.cursor
    # The client engine follows `more` to the end.
    reader = signed_in_profile(tmp_path / "beto", server.url, "beto")
    syncing.sync_now(reader)
    thread_id = str(thread.payload["id"])
    assert len(forums.thread_posts(reader, thread_id)) == 151
    writer.close()
    reader.close()


def test_one_change_larger_than_the_page_bound_still_travels(tmp_path):
    """A page always holds at least one change, or the client could never get past it."""
    url = f"sqlite:///{tmp_path / 'server.db'}"
    seed(url)
    look = ServerDb(url)
    with look.sessions() as session:
        caller = exchange.Caller(user_id=session.scalars(select(User.id)).first(),
                                 role="participant", device_id=str(uuid.uuid4()))
        page = exchange.pull(session, caller, 0, 100, max_bytes=1)
    assert len(page.changes) == 1 and page.more
    look.close()


# ---- headers: what is not understood is a 4xx or ignored, never a 500 -----------------

def test_range_header_parsing_is_strict_ascii():
    for odd in ("bytes=²-", "bytes=-²", "bytes=1-²", "bytes=١-", "bytes=+1-", "bytes=1_0-",
                "bytes=" + "9" * 20 + "-", "bytes=-" + "9" * 5000, "bytes=-", "bytes=ab"):
        assert parse_range(odd, 10) is None, odd
    assert parse_range("Bytes = 3 - 5", 10) == (3, 6)
    assert p.parse_decimal("²") is None and p.parse_decimal("١٢") is None
    assert p.parse_decimal(" 12 ") == 12 and p.parse_decimal("1" * 20) is None


def test_odd_headers_never_answer_500(server, tmp_path):
    store = signed_in_profile(tmp_path / "ana", server.url, "ana")
    acct = account(store)
    data = b"archivo de prueba " * 100
    sha = hashlib.sha256(data).hexdigest()
    put = requests.put(f"{server.url}{p.API_PREFIX}/uploads/{sha}",
                       params={"offset": 0, "size": len(data)}, data=data,
                       headers={"Authorization": f"Bearer {acct.token}"}, timeout=GENEROUS)
    assert put.status_code == 200 and put.json()["complete"]
    blob_url = f"{server.url}{p.API_PREFIX}/blobs/{sha}"
    auth = {"Authorization": f"Bearer {acct.token}"}
    for odd in ("bytes=²-", "bytes=-²", "bytes=" + "7" * 30 + "-", "bytes=-" + "7" * 5000):
        resp = requests.get(blob_url, headers={**auth, "Range": odd.encode("latin-1")},
                            timeout=GENEROUS)
        assert resp.status_code == 200 and resp.content == data, (odd, resp.status_code)
    # Raw bytes that are not even Latin-1 text (UTF-8 Arabic-Indic digits).
    raw = _raw_request(server.port, f"GET /api/v1/blobs/{sha} HTTP/1.1\r\nHost: x\r\n"
                       f"Authorization: Bearer {acct.token}\r\n".encode()
                       + "Range: bytes=١-\r\nConnection: close\r\n\r\n".encode())
    assert raw.startswith(b"HTTP/1.1 200"), raw[:200]
    for token in ("²", "x" * 5000, "tok en", "\u00e9t\u00e9"):
        resp = requests.get(blob_url, headers={"Authorization": f"Bearer {token}".encode(
            "latin-1")}, timeout=GENEROUS)
        assert resp.status_code == 401, (token, resp.status_code)
    for encoding in ("gzip²", "gzip, br", "x-gzip ", "²"):
        resp = post_raw(server.url, sync_body(acct), token=acct.token,
                        headers={"Content-Encoding": encoding.encode("latin-1")})
        assert resp.status_code == 400 and error_code(resp) == "malformed_body", encoding
    for length in ("²", "-1", "1_0", "+5"):
        raw = _raw_request(server.port, f"POST {SYNC_PATH} HTTP/1.1\r\nHost: x\r\n"
                           f"Content-Length: {length}\r\nConnection: close\r\n\r\n"
                           .encode("latin-1"))
        assert raw.startswith(b"HTTP/1.1 4"), (length, raw[:200])
    resp = requests.get(f"{server.url}{p.API_PREFIX}/uploads/{sha}",
                        params={"size": "²"}, headers=auth, timeout=GENEROUS)
    assert resp.status_code == 422
    assert "Traceback" not in server.log_path.read_text(errors="replace")
    store.close()


def _raw_request(port: int, request: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=GENEROUS) as s:
        s.sendall(request)
        return _read_until_closed(s)


# ---- cut and stalled connections ------------------------------------------------------

def test_a_body_cut_midway_is_one_plain_log_line(server, tmp_path):
    store = signed_in_profile(tmp_path / "ana", server.url, "ana")
    acct = account(store)
    body = sync_body(acct)
    with socket.create_connection(("127.0.0.1", server.port), timeout=GENEROUS) as s:
        s.sendall((f"POST {SYNC_PATH} HTTP/1.1\r\nHost: x\r\nContent-Encoding: gzip\r\n"
                   f"Authorization: Bearer {acct.token}\r\n"
                   f"Content-Length: {len(body) + 1000}\r\n\r\n").encode() + body)
    # The server notices the cut and says so in one line; then it serves as before.
    deadline = time.monotonic() + GENEROUS
    while "connection cut before the body was complete" not in server.log_path.read_text():
        assert time.monotonic() < deadline, server.log_path.read_text()[-2000:]
        time.sleep(0.1)
    log_text = server.log_path.read_text()
    assert "Traceback" not in log_text and "ERROR" not in log_text, log_text[-3000:]
    assert [line for line in log_text.splitlines() if "connection cut" in line] \
        and log_text.count("connection cut") == 1
    assert wire_exchange(server.url, acct).cursor > 0
    store.close()


@pytest.fixture
def quick_server(tmp_path, monkeypatch):
    """A server whose header and body timeouts are one second (30 s in production)."""
    monkeypatch.setenv("MINKA_HEADER_TIMEOUT", "1")
    monkeypatch.setenv("MINKA_BODY_TIMEOUT", "1")
    url = f"sqlite:///{tmp_path / 'server.db'}"
    seed(url)
    proc = ServerProcess(url, tmp_path / "server.log").start()
    yield proc
    proc.stop()


def _closed_by_server(s: socket.socket) -> bytes:
    """What the server sent before closing; fails if it keeps the connection open."""
    s.settimeout(GENEROUS)
    try:
        return _read_until_closed(s)
    except socket.timeout:
        pytest.fail(f"the server kept the connection open for {GENEROUS} s")


def test_stalled_headers_and_bodies_are_closed(quick_server, tmp_path):
    port = quick_server.port
    silent = socket.create_connection(("127.0.0.1", port))          # says nothing at all
    half_head = socket.create_connection(("127.0.0.1", port))       # half a request line
    half_head.sendall(b"POST /api/v1/sync HTTP/1.1\r\nHost: x\r\nContent-")
    store = signed_in_profile(tmp_path / "ana", quick_server.url, "ana")
    acct = account(store)
    body = sync_body(acct)
    half_body = socket.create_connection(("127.0.0.1", port))
    half_body.sendall((f"POST {SYNC_PATH} HTTP/1.1\r\nHost: x\r\nContent-Encoding: gzip\r\n"
                       f"Authorization: Bearer {acct.token}\r\n"
                       f"Content-Length: {len(body)}\r\n\r\n").encode() + body[:10])
    data = b"x" * 5000
    sha = hashlib.sha256(data).hexdigest()
    half_upload = socket.create_connection(("127.0.0.1", port))
    half_upload.sendall((f"PUT {p.API_PREFIX}/uploads/{sha}?offset=0&size={len(data)} "
                         f"HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {acct.token}\r\n"
                         f"Content-Length: {len(data)}\r\n\r\n").encode() + data[:2000])
    try:
        assert _closed_by_server(silent) == b""
        assert _closed_by_server(half_head) == b""
        answer = _closed_by_server(half_body)
        assert answer.startswith(b"HTTP/1.1 408") and b"body_timeout" in answer, answer[:300]
        answer = _closed_by_server(half_upload)
        assert answer.startswith(b"HTTP/1.1 200"), answer[:300]
        assert json.loads(answer.split(b"\r\n\r\n", 1)[1]) == {"received": 2000,
                                                               "complete": False}
    finally:
        for s in (silent, half_head, half_body, half_upload):
            s.close()
    # A request that is merely slow but keeps coming is served.
    resp = post_raw(quick_server.url, body, token=acct.token)
    assert resp.status_code == 200
    assert "Traceback" not in quick_server.log_path.read_text()
    store.close()


def test_answers_to_requests_without_a_body_keep_the_connection(server):
    with requests.Session() as session:
        for _ in range(2):
            resp = session.get(server.url + p.API_PREFIX + "/ping", timeout=GENEROUS)
            assert resp.status_code == 200
            assert resp.headers.get("connection", "").lower() != "close"


def test_bad_timeout_settings_stop_the_server_with_a_message(tmp_path, monkeypatch, capsys):
    url = f"sqlite:///{tmp_path / 'server.db'}"
    monkeypatch.setenv("MINKA_HEADER_TIMEOUT", "mucho")
    assert cli.main(["--db", url, "serve", "--port", str(free_port())]) == 2
    assert "MINKA_HEADER_TIMEOUT" in capsys.readouterr().err


# ---- uploads: a question changes nothing -------------------------------------------------

def test_upload_status_with_a_smaller_size_does_not_cut_the_partial(server, tmp_path):
    store = signed_in_profile(tmp_path / "ana", server.url, "ana")
    acct = account(store)
    data = os.urandom(3000)
    sha = hashlib.sha256(data).hexdigest()
    url = f"{server.url}{p.API_PREFIX}/uploads/{sha}"
    auth = {"Authorization": f"Bearer {acct.token}"}
    first = requests.put(url, params={"offset": 0, "size": 3000}, data=data[:1000],
                         headers=auth, timeout=GENEROUS)
    assert first.json() == {"received": 1000, "complete": False}
    smaller = requests.get(url, params={"size": 10}, headers=auth, timeout=GENEROUS)
    assert smaller.status_code == 200 and smaller.json()["complete"] is False
    assert requests.get(url, params={"size": 3000}, headers=auth,
                        timeout=GENEROUS).json() == {"received": 1000, "complete": False}
    rest = requests.put(url, params={"offset": 1000, "size": 3000}, data=data[1000:],
                        headers=auth, timeout=GENEROUS)
    assert rest.json() == {"received": 3000, "complete": True}
    store.close()


# ---- probing: a rejection says nothing about other people's work --------------------

def test_feedback_rejection_does_not_tell_who_handed_in(tmp_path, server, profile_factory):
    seed(server.db_url, users=("fabiola",), role="facilitator")
    folder = tmp_path / "curso"
    write_course(folder, datetime.now(timezone.utc).replace(microsecond=0)
                 + timedelta(days=10))
    assert cli.main(["--db", server.db_url, "course", "import", str(folder)]) == 0
    assert cli.main(["--db", server.db_url, "course", "enroll", "prueba", "ana", "beto"]) == 0
    ana, beto = profile_factory("ana"), profile_factory("beto")
    for store in (ana, beto):
        syncing.sync_now(store)
    [mine] = course.list_courses(ana)
    [task] = course.outline(ana, mine.id)[0].assignments
    course.submit(ana, task.id, "Hicimos la tertulia con 12 madres.")
    syncing.sync_now(ana)
    look = ServerDb(server.db_url)
    with look.sessions() as session:
        ids = {name: id_ for name, id_ in session.execute(select(User.username, User.id))}
        assignment = session.scalars(select(Assignment.id)).one()
    look.close()
    handed_in = submission_id(assignment, ids["ana"])       # exists
    not_handed = submission_id(assignment, ids["fabiola"])  # does not
    answers = []
    for target in (handed_in, not_handed):
        op = p.make_op(uuid.uuid4(), "feedback.create",
                       p.FeedbackCreate(id=uuid.uuid4(), submission_id=target,
                                        body="Muy bien.", grade="A"),
                       datetime.now(timezone.utc))
        [result] = wire_exchange(server.url, account(beto), [op]).results
        answers.append((result.status, result.code, result.message))
    assert answers[0] == answers[1] == ("rejected", "submission_not_found",
                                        answers[0][2])
