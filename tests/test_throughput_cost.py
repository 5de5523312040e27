"""The server's cost per sync (issue #14): SQL statements per quiet sync and per push of
10 posts with a pull, counted on the real app (SQLite and PostgreSQL); and the per-worker
token cache that makes the quiet sync cheap still stops a token at once, on every worker.

Statements are counted, never timed: the count does not depend on the machine.
"""
from __future__ import annotations

import asyncio
import gzip
import json
import uuid
from datetime import datetime, timezone

from sqlalchemy import event

from sync import protocol as p
from sync.server import accounts, cli, db
from sync.server.app import create_app
from sync.server.models import Thread, User
from sync.server.seq import take_seq
from tests.helpers import FORUM_ID, ServerProcess, seed
from tests.wire import post_raw

SYNC_PATH = p.API_PREFIX + "/sync"


def asgi_post(app, token: str, body: bytes) -> tuple[int, dict]:
    """One sync straight through the app's ASGI interface (no socket): its status and
    its parsed answer."""
    async def run():
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
                 "method": "POST", "scheme": "http", "path": SYNC_PATH,
                 "raw_path": SYNC_PATH.encode(), "query_string": b"", "root_path": "",
                 "headers": [(b"host", b"test"), (b"authorization", f"Bearer {token}".encode()),
                             (b"content-type", b"application/json"),
                             (b"content-encoding", b"gzip"),
                             (b"content-length", str(len(body)).encode())],
                 "client": ("127.0.0.1", 50000), "server": ("127.0.0.1", 80), "state": {},
                 "app": app}
        messages = [{"type": "http.request", "body": body, "more_body": False}]
        never = asyncio.get_running_loop().create_future()
        answer = {"status": 0, "body": b"", "gzip": False}

        async def receive():
            return messages.pop() if messages else await never

        async def send(message):
            if message["type"] == "http.response.start":
                answer["status"] = message["status"]
                answer["gzip"] = (b"content-encoding", b"gzip") in message["headers"]
            elif message["type"] == "http.response.body":
                answer["body"] += message.get("body", b"")
        await app(scope, receive, send)
        never.cancel()
        raw = gzip.decompress(answer["body"]) if answer["gzip"] else answer["body"]
        return answer["status"], json.loads(raw)
    return asyncio.run(run())


def _prepare(url: str, posts: int = 200):
    """Two accounts with a device each, a thread and `posts` posts."""
    seed(url, users=("ana", "beto"))
    engine = db.make_engine(url)
    sessions = db.session_factory(engine)
    with sessions() as s, s.begin():
        ana = s.query(User).filter_by(username="ana").one()
        thread_id = str(uuid.uuid4())
        now = datetime.now(timezone.utc)
        s.add(Thread(id=thread_id, forum_id=FORUM_ID, author_id=ana.id, title="Tema",
                     created_at=now, seq=take_seq(s)))
        s.flush()
        from sync.server.models import Post
        first = take_seq(s, posts)
        s.execute(Post.__table__.insert(), [
            dict(id=str(uuid.uuid4()), thread_id=thread_id, author_id=ana.id,
                 body=f"Aporte {i} sobre la tertulia.", created_at=now, seq=first + i,
                 deleted=False, reply_to=None) for i in range(posts)])
        device, token, _ = accounts.register_device(s, ana, "equipo de ana")
        device_id = device.id
    engine.dispose()
    return token, device_id, thread_id


def _push_body(device_id, thread_id, cursor: int) -> bytes:
    now = datetime.now(timezone.utc)
    ops = [p.make_op(uuid.uuid4(), "post.create",
                     p.PostCreate(id=uuid.uuid4(), thread_id=thread_id,
                                  body=f"Aporte nuevo {i}."), now) for i in range(10)]
    return p.encode_body(p.SyncRequest(device_id=device_id, cursor=cursor, ops=ops,
                                       limit=50, fill_own=True))


def _counting(app) -> list[int]:
    count = [0]

    @event.listens_for(app.state.engine, "before_cursor_execute")
    def _count(*_args):
        count[0] += 1
    return count


def _statements(url: str, tmp_path) -> tuple[int, int]:
    token, device_id, thread_id = _prepare(url)
    app = create_app(url, migrate=False, blob_dir=tmp_path / "blobs")
    try:
        count = _counting(app)
        status, first = asgi_post(app, token, p.encode_body(
            p.SyncRequest(device_id=device_id, cursor=0, limit=500)))
        assert status == 200 and not first["more"]
        head = first["cursor"]
        quiet = p.encode_body(p.SyncRequest(device_id=device_id, cursor=head))
        asgi_post(app, token, quiet)  # the token is checked once, then cached
        count[0] = 0
        status, answer = asgi_post(app, token, quiet)
        assert status == 200 and answer["changes"] == []
        quiet_count = count[0]
        count[0] = 0
        status, answer = asgi_post(app, token, _push_body(device_id, thread_id, 20))
        assert status == 200
        assert [r["status"] for r in answer["results"]] == ["applied"] * 10
        assert len(answer["changes"]) == 50 and answer["more"]
        # exact while small: every row past the page, its own 10 new posts included
        assert answer["remaining"] == head - 20 - 50 + 10
        return quiet_count, count[0]
    finally:
        app.state.engine.dispose()


# Before issue #14's cost work: 3 (PostgreSQL) and 5 (SQLite) statements per quiet sync,
# 162 and 165 for a push of 10 posts with a pull of 50 (bench/server_load.py).
QUIET_BUDGET = {"postgresql": 1, "sqlite": 2}  # SQLite: its BEGIN is a statement too
PUSH_BUDGET = 75


def test_sql_statements_per_sync_on_sqlite(tmp_path):
    quiet, push = _statements(f"sqlite:///{tmp_path / 'server.db'}", tmp_path)
    assert quiet <= QUIET_BUDGET["sqlite"], quiet
    assert push <= PUSH_BUDGET, push


def test_sql_statements_per_sync_on_postgresql(postgres, tmp_path):
    quiet, push = _statements(postgres.new_database("t_statements_per_sync"), tmp_path)
    assert quiet <= QUIET_BUDGET["postgresql"], quiet
    assert push <= PUSH_BUDGET, push


def test_cached_tokens_stop_at_once_on_every_worker(tmp_path):
    """Two workers, each with the token checked and cached: `user disable` (another
    process) refuses it at the next request on both, `enable` lets it in again, and a
    role changed is seen at once too (the cached caller carries the role)."""
    url = f"sqlite:///{tmp_path / 'server.db'}"
    token, device_id, _thread = _prepare(url, posts=3)
    server = ServerProcess(url, tmp_path / "server.log", workers=2).start()
    try:
        quiet = p.encode_body(p.SyncRequest(device_id=device_id, cursor=0))
        for _ in range(8):  # new connections: spread over both workers' caches
            assert post_raw(server.url, quiet, token=token).status_code == 200

        assert cli.main(["--db", url, "user", "disable", "ana"]) == 0
        for _ in range(8):
            resp = post_raw(server.url, quiet, token=token)
            assert (resp.status_code, resp.json()["error"]["code"]) == (
                403, "account_disabled")

        assert cli.main(["--db", url, "user", "enable", "ana"]) == 0
        for _ in range(8):
            assert post_raw(server.url, quiet, token=token).status_code == 200

        engine = db.make_engine(url)
        with db.session_factory(engine)() as s, s.begin():
            accounts.revoke_devices(s, username="ana", actor="test")
        engine.dispose()
        for _ in range(8):
            resp = post_raw(server.url, quiet, token=token)
            assert (resp.status_code, resp.json()["error"]["code"]) == (401, "invalid_token")
    finally:
        server.stop()


def test_every_change_to_an_account_or_device_moves_the_epoch(tmp_path):
    """The cache's rule: what can stop or change a token moves auth_epoch in its own
    transaction; a last-seen write (every day of use) does not."""
    from sqlalchemy import select

    from sync.server.models import AuthEpoch
    url = f"sqlite:///{tmp_path / 'server.db'}"
    _token, device_id, _thread = _prepare(url, posts=1)
    engine = db.make_engine(url)
    sessions = db.session_factory(engine)

    def epoch():
        with sessions() as s:
            return s.scalar(select(AuthEpoch.value))
    try:
        start = epoch()
        with sessions() as s, s.begin():
            accounts.record_seen(s, device_id, datetime(2030, 1, 1, tzinfo=timezone.utc))
        assert epoch() == start
        with sessions() as s, s.begin():
            accounts.set_disabled(s, username="beto", disabled=True, actor="test")
        assert epoch() > start
        start = epoch()
        with sessions() as s, s.begin():
            s.query(User).filter_by(username="beto").one().role = "facilitator"
        assert epoch() > start
    finally:
        engine.dispose()
