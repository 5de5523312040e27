"""Bad networks for integration tests: badlink in-process, a portal/proxy gateway, checks.

- `link_factory`: a fixture that opens ../shared/tools/badlink.py links to a port and
  stops them at teardown (import it into a test module to use it).
- `Gateway`: a tiny real HTTP server on loopback that plays a captive portal, a proxy
  answering 5xx, or a plain forwarding proxy to the real server.
- `route_through`: point a profile's server address at a link or gateway.
- `assert_converged`: nothing lost, nothing duplicated, every client has the server's posts.
"""
from __future__ import annotations

import asyncio
import http.client
import sys
import threading
import time
import uuid
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from sqlalchemy import create_engine, func, select

from app.store import meta
from app.store.db import Store
from app.store.models import SYNCED, OutboxEntry
from app.store.models import Post as LocalPost
from app.store.models import SyncRun
from sync.server import db as server_db
from sync.server.models import AppliedOp, Post, Thread, User
from sync.server.seq import take_seq
from tests.helpers import FORUM_ID, ServerProcess, seed

# CI clones the repository with shared/ beside it, as in the work tree.
TOOLS = Path(__file__).resolve().parents[2] / "shared" / "tools"
if str(TOOLS) not in sys.path:
    sys.path.insert(0, str(TOOLS))

from badlink import BadLink  # noqa: E402


def stop_link(link: BadLink) -> None:
    """Stop a link; its stop() can race its own event loop closing, which is harmless."""
    link.set(down=True)
    time.sleep(0.05)
    try:
        link.stop()
    except RuntimeError:  # "Event loop is closed"
        pass
    if link._thread is not None:
        link._thread.join(5)


def start_link(link: BadLink) -> int:
    """Like link.start_in_thread(), minus the CancelledError its thread dies with when the
    link stops (pytest would report it as an unhandled thread exception)."""
    ready = threading.Event()

    def run():
        try:
            asyncio.run(link._serve(ready))
        except asyncio.CancelledError:
            pass
    link._thread = threading.Thread(target=run, daemon=True, name="badlink")
    link._thread.start()
    if not ready.wait(10):
        raise RuntimeError("badlink did not start")
    return link.port


@pytest.fixture
def link_factory():
    """make(port, **BadLink options) -> (link, url); every link is stopped at teardown."""
    links: list[BadLink] = []

    def make(port: int, **options) -> tuple[BadLink, str]:
        link = BadLink(target=("127.0.0.1", port), **options)
        links.append(link)
        return link, f"http://127.0.0.1:{start_link(link)}"
    yield make
    for link in links:
        stop_link(link)


@pytest.fixture(scope="module")
def module_server(tmp_path_factory):
    """One real server for a whole module (accounts ana, beto, carla, dora; one forum),
    for tests that each use their own fresh profiles and only check their own posts."""
    path = tmp_path_factory.mktemp("server")
    url = f"sqlite:///{path / 'server.db'}"
    seed(url, users=("ana", "beto", "carla", "dora"))
    proc = ServerProcess(url, path / "server.log").start()
    yield proc
    proc.stop()


def user_sentence(code: str) -> str:
    """What the person reads for a failure code; it must be a sentence of its own, not the
    generic fallback that only quotes the code."""
    from app.ui.messages import problem
    text = problem(code)
    assert text != problem("zz-no-such-code").replace("zz-no-such-code", code), \
        f"no sentence for {code!r} in app/ui/messages.py"
    return text


def route_through(store: Store, url: str) -> None:
    """Make the profile reach its server at `url` (a link or gateway in front of it)."""
    with store.session() as s, s.begin():
        meta.put(s, "server_url", url)


# ---- a captive portal / proxy ---------------------------------------------------------

PORTAL_HTML = b"<html>Bienvenido a la red WiFi municipal</html>"
_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade",
               "proxy-authorization", "proxy-authenticate", "host"}


class Gateway:
    """A real HTTP server on loopback standing between the client and the Minka server.

    mode "portal": 200 text/html for every request (a captive portal's welcome page);
    "redirect": 302 to a login page that answers 200 text/html; "json": 200 with JSON
    that is not Minka's; "status": `status` with an HTML body for the first `fail_first`
    requests, then forwarding; "forward": a plain proxy to `target`.
    """

    def __init__(self, target: str, mode: str = "forward", status: int = 503,
                 fail_first: int = 0, error_body: bytes = PORTAL_HTML,
                 error_type: str = "text/html; charset=utf-8"):
        self.target = urlsplit(target)
        self.mode, self.status, self.fail_first = mode, status, fail_first
        self.error_body, self.error_type = error_body, error_type
        self.requests: list[tuple[str, str]] = []   # (method, path) of every request
        self.lock = threading.Lock()
        gateway = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                gateway._handle(self)

            def do_POST(self):
                gateway._handle(self)

            def log_message(self, *_args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        length = int(h.headers.get("Content-Length") or 0)
        body = h.rfile.read(length) if length else b""
        with self.lock:
            self.requests.append((h.command, h.path))
            mode = self.mode
            if mode == "status":
                if self.fail_first > 0:
                    self.fail_first -= 1
                else:
                    mode = "forward"
        if mode == "forward":
            return self._forward(h, body)
        if mode == "redirect" and h.path != "/login":
            return self._answer(h, 302, b"", "text/html", {"Location": "/login"})
        if mode == "json":
            return self._answer(h, 200, b'{"status": "ok"}', "application/json")
        if mode == "status":
            return self._answer(h, self.status, self.error_body, self.error_type)
        self._answer(h, 200, PORTAL_HTML, "text/html; charset=utf-8")

    def count(self, method: str = "POST", path: str = "/api/v1/sync") -> int:
        with self.lock:
            return self.requests.count((method, path))

    @staticmethod
    def _answer(h, status: int, body: bytes, ctype: str, extra: dict | None = None) -> None:
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(body)))
        for key, value in (extra or {}).items():
            h.send_header(key, value)
        h.end_headers()
        h.wfile.write(body)

    def _forward(self, h: BaseHTTPRequestHandler, body: bytes) -> None:
        conn = http.client.HTTPConnection(self.target.hostname, self.target.port, timeout=60)
        try:
            headers = {k: v for k, v in h.headers.items() if k.lower() not in _HOP_BY_HOP}
            conn.request(h.command, h.path, body=body or None, headers=headers)
            resp = conn.getresponse()
            data = resp.read()
            h.send_response(resp.status)
            for key, value in resp.getheaders():
                if key.lower() not in _HOP_BY_HOP and key.lower() != "content-length":
                    h.send_header(key, value)
            h.send_header("Content-Length", str(len(data)))
            h.end_headers()
            h.wfile.write(data)
        finally:
            conn.close()


# ---- the server's side ------------------------------------------------------------------

class ServerDb:
    """Read (and seed) the server's database directly, as an operator would."""

    def __init__(self, url: str):
        # Reads use plain (deferred) transactions so they never hold the server's write
        # lock; writes use the server's own engine (BEGIN IMMEDIATE, WAL).
        self.engine = create_engine(url, connect_args={"timeout": 30})
        self.writer = server_db.make_engine(url)
        self.sessions = server_db.session_factory(self.engine)
        self.write_sessions = server_db.session_factory(self.writer)

    def close(self) -> None:
        self.engine.dispose()
        self.writer.dispose()

    def posts(self) -> list[Post]:
        """Every post, in seq order."""
        with self.sessions() as s:
            return list(s.scalars(select(Post).order_by(Post.seq)))

    def applied(self, op_ids) -> set[str]:
        ids = [str(i) for i in op_ids]
        if not ids:
            return set()
        with self.sessions() as s:
            return set(s.scalars(select(AppliedOp.op_id).where(AppliedOp.op_id.in_(ids))))

    def applied_count(self) -> int:
        with self.sessions() as s:
            return s.scalar(select(func.count()).select_from(AppliedOp)) or 0

    def add_posts(self, count: int, author: str = "beto", body_bytes: int = 300,
                  threads: int = 5) -> list[str]:
        """`count` posts by `author` in new threads of the test forum; returns their ids."""
        filler = ("Las familias de la comunidad participaron en la tertulia dialógica "
                  "y acordaron volver la próxima semana. ")
        ids = []
        with self.write_sessions() as s, s.begin():
            author_id = s.scalar(select(User.id).where(User.username == author))
            now = datetime.now(timezone.utc)
            thread_ids = []
            for t in range(threads):
                tid = str(uuid.uuid4())
                s.add(Thread(id=tid, forum_id=FORUM_ID, author_id=author_id, created_at=now,
                             title=f"Tema del servidor {t}", seq=take_seq(s)))
                thread_ids.append(tid)
            s.flush()
            for i in range(count):
                pid = str(uuid.uuid4())
                body = f"[servidor {i}] " + (filler * (body_bytes // len(filler) + 1))[:body_bytes]
                s.add(Post(id=pid, thread_id=thread_ids[i % threads], author_id=author_id,
                           body=body, created_at=now, seq=take_seq(s)))
                ids.append(pid)
        return ids


# ---- checks -------------------------------------------------------------------------------

def local_posts(store: Store) -> list[LocalPost]:
    with store.session() as s:
        return list(s.scalars(select(LocalPost)))


def outbox_count(store: Store) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(OutboxEntry)) or 0


def sync_runs(store: Store) -> list[SyncRun]:
    with store.session() as s:
        return list(s.scalars(select(SyncRun).order_by(SyncRun.id)))


def assert_converged(server: ServerDb, written: dict[str, str], stores: list[Store]) -> None:
    """Nothing lost, nothing duplicated, everyone agrees.

    `written` maps the id of every post the clients wrote to its (unique) body. The server
    must hold each exactly once (by id and by body: a re-sent op under a new id would be a
    duplicate too), every client's outbox must be empty, and every client must hold exactly
    the server's posts, all "synced", with the server's seq and time.
    """
    posts = server.posts()
    by_id = {p.id: p for p in posts}
    assert len(by_id) == len(posts)
    bodies = [p.body for p in posts]
    assert len(set(bodies)) == len(bodies), "a post body arrived twice"
    missing = set(written) - set(by_id)
    assert not missing, f"{len(missing)} written posts never reached the server"
    for post_id, body in written.items():
        assert by_id[post_id].body == body
    for store in stores:
        assert outbox_count(store) == 0
        mine = {p.id: p for p in local_posts(store)}
        assert set(mine) == set(by_id), f"{store.profile_dir.name} differs from the server"
        for post_id, post in mine.items():
            theirs = by_id[post_id]
            assert (post.state, post.reject_code) == (SYNCED, None)
            assert (post.body, post.seq) == (theirs.body, theirs.seq)
