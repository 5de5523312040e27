"""Running the server for a network (issue 14): several worker processes on PostgreSQL, a
health endpoint, Prometheus metrics, and a cursor no concurrent writer can break."""
from __future__ import annotations

import gzip
import json
import re
import socket
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone

import pytest
import requests

from sync import protocol as p
from tests.helpers import FORUM_ID, PASSWORD, ServerProcess, seed
from tests.wire import ServerDb

WORKERS = 3
DEADLINE_SECONDS = 60   # only stops a hang; nothing here waits for a time to pass


class Device:
    """One signed-in device speaking the wire protocol directly."""

    def __init__(self, url: str, username: str):
        self.url = url
        resp = requests.post(url + p.API_PREFIX + "/auth/signin", timeout=30,
                             data=gzip.compress(json.dumps({
                                 "username": username, "password": PASSWORD,
                                 "device_name": f"prueba {uuid.uuid4().hex[:6]}"}).encode()),
                             headers={"Content-Encoding": "gzip"})
        assert resp.status_code == 200, resp.text
        self.token = resp.json()["token"]
        self.device_id = resp.json()["device_id"]
        self.http = requests.Session()

    def sync(self, ops=(), cursor: int = 0, limit: int = p.DEFAULT_PULL_LIMIT):
        body = p.encode_body(p.SyncRequest(device_id=self.device_id, cursor=cursor,
                                           ops=list(ops), limit=limit))
        resp = self.http.post(self.url + p.API_PREFIX + "/sync", data=body, timeout=30,
                              headers={"Content-Encoding": "gzip",
                                       "Content-Type": "application/json",
                                       "Authorization": f"Bearer {self.token}"})
        assert resp.status_code == 200, (resp.status_code, resp.text[:300])
        return p.SyncResponse.model_validate(resp.json())


def post_op(thread_id: str, body: str) -> p.Op:
    return p.make_op(uuid.uuid4(), "post.create",
                     p.PostCreate(id=uuid.uuid4(), thread_id=thread_id, body=body),
                     datetime.now(timezone.utc))


def thread_op(title: str) -> p.Op:
    return p.make_op(uuid.uuid4(), "thread.create",
                     p.ThreadCreate(id=uuid.uuid4(), forum_id=FORUM_ID, post_id=uuid.uuid4(),
                                    title=title, body="Empieza el hilo."),
                     datetime.now(timezone.utc))


@pytest.fixture(scope="module")
def workers_server(postgres, tmp_path_factory):
    """`serve --workers 3` on PostgreSQL, the production path, with a short header
    timeout (to see that every worker keeps it)."""
    base = tmp_path_factory.mktemp("workers")
    url = postgres.new_database("t_workers")
    seed(url, users=("ana", "beto", "carla", "dario"))
    server = ServerProcess(url, base / "server.log", blob_dir=base / "blobs",
                           workers=WORKERS, env={"MINKA_HEADER_TIMEOUT": "1",
                                                 "MINKA_THREADS": "8"}).start()
    yield server
    server.stop()


def metric(text: str, name: str, **labels) -> float:
    """The sum of the samples of `name` whose labels include `labels`."""
    total = 0.0
    for line in text.splitlines():
        found = re.fullmatch(r"([a-z_]+)(?:\{(.*)\})? (\S+)", line)
        if not found or found.group(1) != name:
            continue
        have = dict(re.findall(r'(\w+)="([^"]*)"', found.group(2) or ""))
        if all(have.get(k) == v for k, v in labels.items()):
            total += float(found.group(3))
    return total


def test_health_says_the_database_answers(workers_server):
    resp = requests.get(workers_server.url + "/health", timeout=10)
    assert resp.status_code == 200
    assert resp.json() == {"status": "ok", "database": "ok"}


def test_health_is_503_when_the_database_is_gone(postgres, tmp_path):
    """The database refuses connections (down, or being restored): 503, a clear code, one
    log line, no traceback; and 200 again as soon as it is back."""
    import sqlalchemy
    url = postgres.new_database("t_health_gone")
    seed(url)
    server = ServerProcess(url, tmp_path / "server.log", blob_dir=tmp_path / "blobs").start()
    admin = sqlalchemy.create_engine(postgres.url, isolation_level="AUTOCOMMIT")
    try:
        assert requests.get(server.url + "/health", timeout=10).status_code == 200
        with admin.connect() as conn:
            conn.execute(sqlalchemy.text(
                "ALTER DATABASE t_health_gone WITH ALLOW_CONNECTIONS false"))
            conn.execute(sqlalchemy.text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = 't_health_gone'"))
        resp = requests.get(server.url + "/health", timeout=30)
        assert resp.status_code == 503
        assert resp.json()["error"]["code"] == "database_unavailable"
        with admin.connect() as conn:
            conn.execute(sqlalchemy.text(
                "ALTER DATABASE t_health_gone WITH ALLOW_CONNECTIONS true"))
        assert requests.get(server.url + "/health", timeout=30).status_code == 200
        log = (tmp_path / "server.log").read_text()
        assert "health check: the database does not answer" in log
        assert "Traceback" not in log
    finally:
        admin.dispose()
        server.stop()


def test_metrics_sum_every_worker(workers_server):
    """Counts from whichever worker answered each request all appear in /metrics, however
    many workers there are and whichever one answers /metrics."""
    url = workers_server.url
    before = requests.get(url + "/metrics", timeout=10).text
    ana = Device(url, "ana")
    opening = thread_op("Métricas")
    syncs = 12
    ana.sync([opening])
    thread_id = str(opening.payload["id"])
    for i in range(syncs - 2):
        ana.sync()
    ana.sync([post_op(thread_id, "Cuenta."),
              post_op("00000000-0000-4000-8000-00000000dead", "Rechazada.")])
    resp = requests.get(url + "/metrics", timeout=10)
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("text/plain")
    after = resp.text

    def grew(name, **labels):
        return metric(after, name, **labels) - metric(before, name, **labels)

    assert grew("minka_syncs_total", kind="quiet") == syncs - 2
    assert grew("minka_syncs_total", kind="push") == 2
    assert grew("minka_ops_total", kind="thread.create", status="applied") == 1
    assert grew("minka_ops_total", kind="post.create", status="applied") == 1
    assert grew("minka_ops_total", kind="post.create", status="rejected",
                code="thread_not_found") == 1
    assert grew("minka_http_request_seconds_count", method="POST",
                route="/api/v1/sync") == syncs
    assert grew("minka_http_requests_total", route="/api/v1/sync", status="200") == syncs
    assert grew("minka_http_received_bytes_total", route="/api/v1/sync") > 0
    assert grew("minka_http_sent_bytes_total", route="/api/v1/sync") > 0
    # A path nobody declared is one label, not a series per path.
    requests.get(url + f"/no-existe-{uuid.uuid4().hex}", timeout=10)
    text = requests.get(url + "/metrics", timeout=10).text
    assert "no-existe" not in text
    assert metric(text, "minka_http_requests_total", route="other", status="404") >= 1


def test_every_worker_closes_a_connection_whose_head_stalls(workers_server):
    """The header timeout (sync/server/http.py) holds in each worker process: many stalled
    connections, spread by the kernel over the workers, are all closed."""
    host, port = "127.0.0.1", workers_server.port
    stalled = []
    for _ in range(WORKERS * 4):
        conn = socket.create_connection((host, port), timeout=DEADLINE_SECONDS)
        conn.sendall(b"GET /api/v1/ping HTTP/1.1\r\nHost: x\r\n")  # never finished
        stalled.append(conn)
    for conn in stalled:
        assert conn.recv(1024) == b""  # closed by the server
        conn.close()
    # and the workers still answer
    assert requests.get(workers_server.url + "/api/v1/ping", timeout=10).status_code == 200


def test_concurrent_writers_on_several_workers_never_break_the_cursor(workers_server):
    """Four devices push posts at once through three workers while another device pulls
    from its advancing cursor the whole time: it ends with every post, each once.

    The seq of a write is taken from the counter row inside the write's transaction
    (sync/server/seq.py), so a higher seq can never be visible before a lower one;
    tests/test_cursor_hole.py shows the hole opening when that is not so."""
    url = workers_server.url
    writers = [Device(url, name) for name in ("ana", "beto", "carla", "dario")]
    reader = Device(url, "ana")
    opening = thread_op("Muchos a la vez")
    writers[0].sync([opening])
    thread_id = str(opening.payload["id"])
    cursor = reader.sync(limit=p.MAX_PULL_LIMIT).cursor
    while True:
        page = reader.sync(cursor=cursor, limit=p.MAX_PULL_LIMIT)
        cursor = page.cursor
        if not page.more:
            break

    rounds, per_push = 15, 5
    written: set[str] = set()
    lock = threading.Lock()

    def write(device: Device) -> None:
        for r in range(rounds):
            ops = [post_op(thread_id, f"{device.device_id[:6]} {r}.{i}")
                   for i in range(per_push)]
            answer = device.sync(ops, cursor=0, limit=1)
            assert [x.status for x in answer.results] == ["applied"] * per_push
            with lock:
                written.update(str(op.payload["id"]) for op in ops)

    seen: list[str] = []
    done = threading.Event()

    def pull() -> None:
        nonlocal cursor
        deadline = time.monotonic() + DEADLINE_SECONDS
        while time.monotonic() < deadline:
            finished = done.is_set()
            page = reader.sync(cursor=cursor, limit=7)  # small pages: many cursor moves
            seen.extend(str(c.id) for c in page.changes if c.entity == "post")
            cursor = page.cursor
            if finished and not page.more:
                return
        raise AssertionError("the puller did not catch up")

    with ThreadPoolExecutor(len(writers) + 1) as pool:
        puller = pool.submit(pull)
        for future in [pool.submit(write, device) for device in writers]:
            future.result()
        done.set()
        puller.result()

    assert len(written) == len(writers) * rounds * per_push
    assert set(seen) == written
    assert len(seen) == len(written)  # each once: nothing restamped or sent twice
    look = ServerDb(workers_server.db_url)
    try:
        assert set(look.post_ids(thread_id)) >= written
    finally:
        look.close()
