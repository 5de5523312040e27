"""Hand-built sync exchanges and a look inside the server database, for contract tests.

The client engine always sends well-formed requests; these helpers let a test send exactly
the bytes it wants (replays, races, malformed bodies) with a signed-in profile's token,
and then count what the server really stored.
"""
from __future__ import annotations

import contextlib
import uuid
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import requests
from sqlalchemy import func, select

from app.services.account import Account, current_account
from app.store.db import Store
from sync import protocol as p
from sync.server import db
from sync.server.models import AppliedOp, Post, SeqCounter
from tests.helpers import ServerProcess, seed

SYNC_PATH = p.API_PREFIX + "/sync"


def database_url(request, base: Path) -> str:
    """An empty database for a fixture parametrized with "sqlite" or "postgresql" (a new
    database on the run's PostgreSQL server, the `postgres` fixture of conftest.py)."""
    if request.param == "postgresql":
        postgres = request.getfixturevalue("postgres")
        return postgres.new_database(f"t_{uuid.uuid4().hex[:16]}")
    base.mkdir(parents=True, exist_ok=True)
    return db.sqlite_url(base / "server.db")


@contextlib.contextmanager
def running_server(base: Path, db_url: str | None = None, users=("ana", "beto")):
    """A seeded `minka-server serve` process (for fixtures wider than one test)."""
    base.mkdir(parents=True, exist_ok=True)
    url = db_url or db.sqlite_url(base / "server.db")
    seed(url, users=users)
    server = ServerProcess(url, base / "server.log", blob_dir=base / "blobs").start()
    try:
        yield server
    finally:
        server.stop()


def account(store: Store) -> Account:
    acct = current_account(store)
    assert acct is not None, "profile is not signed in"
    return acct


def reply_op(thread_id: str, body: str, *, post_id: uuid.UUID | None = None,
             op_id: uuid.UUID | None = None) -> p.Op:
    payload = p.PostCreate(id=post_id or uuid.uuid4(), thread_id=thread_id, body=body)
    return p.make_op(op_id or uuid.uuid4(), "post.create", payload, datetime.now(timezone.utc))


def thread_op(forum_id: str, title: str, body: str) -> p.Op:
    payload = p.ThreadCreate(id=uuid.uuid4(), forum_id=forum_id, post_id=uuid.uuid4(),
                             title=title, body=body)
    return p.make_op(uuid.uuid4(), "thread.create", payload, datetime.now(timezone.utc))


def sync_body(acct: Account, ops=(), cursor: int = 0, limit: int = p.DEFAULT_PULL_LIMIT) -> bytes:
    """A SyncRequest as the client engine puts it on the wire (gzipped JSON)."""
    return p.encode_body(p.SyncRequest(device_id=acct.device_id, cursor=cursor, ops=list(ops),
                                       limit=limit))


def post_raw(server_url: str, body: bytes, *, token: str | None = None,
             headers: dict | None = None, path: str = SYNC_PATH, method: str = "POST",
             timeout: float = 20) -> requests.Response:
    """One HTTP request with exactly these bytes; gzip is declared unless headers say else."""
    sent = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    if token is not None:
        sent["Authorization"] = f"Bearer {token}"
    sent.update(headers or {})
    sent = {k: v for k, v in sent.items() if v is not None}
    return requests.request(method, server_url + path, data=body, headers=sent,
                            timeout=timeout)


def exchange(server_url: str, acct: Account, ops=(), cursor: int = 0,
             limit: int = p.DEFAULT_PULL_LIMIT) -> p.SyncResponse:
    """One well-formed exchange that must succeed; the parsed answer."""
    resp = post_raw(server_url, sync_body(acct, ops, cursor, limit), token=acct.token)
    assert resp.status_code == 200, (resp.status_code, resp.text[:500])
    return p.SyncResponse.model_validate(resp.json())


class ServerDb:
    """Read-only look at the server's database, as an operator would query it."""

    def __init__(self, url: str):
        self.engine = db.make_engine(url)
        self.sessions = db.session_factory(self.engine)

    def post_bodies(self) -> Counter:
        with self.sessions() as s:
            return Counter(s.scalars(select(Post.body)))

    def post_ids(self, thread_id: str | None = None) -> list[str]:
        with self.sessions() as s:
            query = select(Post.id)
            if thread_id is not None:
                query = query.where(Post.thread_id == thread_id)
            return list(s.scalars(query))

    def applied(self, op_ids) -> dict[str, p.OpResult]:
        """Stored results of these ops (those the server has applied)."""
        ids = [str(o) for o in op_ids]
        with self.sessions() as s:
            rows = s.scalars(select(AppliedOp).where(AppliedOp.op_id.in_(ids))).all()
            return {r.op_id: p.OpResult.model_validate_json(r.result) for r in rows}

    def applied_count(self) -> int:
        with self.sessions() as s:
            return s.scalar(select(func.count()).select_from(AppliedOp)) or 0

    def last_seq(self) -> int:
        with self.sessions() as s:
            return s.scalar(select(SeqCounter.value).where(SeqCounter.id == 1))

    def close(self) -> None:
        self.engine.dispose()
