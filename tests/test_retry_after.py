"""A busy server that says how long to wait (Retry-After) is obeyed, within reason."""
from __future__ import annotations

import threading
import uuid
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from sync import client


class _Busy(BaseHTTPRequestHandler):
    retry_after = "7"

    def do_POST(self):  # noqa: N802 (http.server's naming)
        self.rfile.read(int(self.headers.get("content-length", 0)))
        body = b'{"error": {"code": "busy", "message": "try later"}}'
        self.send_response(503)
        self.send_header("Retry-After", self.retry_after)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class _Replica:
    def cursor(self): return 0
    def pending_ops(self, limit): return []
    def pending_count(self): return 0
    def apply(self, sent, answer): raise AssertionError("nothing should be applied")


@pytest.fixture
def busy_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Busy)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("header, low, high", [
    ("7", 7, 7),                       # seconds
    ("100000", 600, 600),              # capped at ten minutes
    ("soon", 0.05, 0.2),               # nonsense: our own backoff
    (None, 58, 62),                    # an HTTP date a minute ahead
])
def test_retry_after_sets_the_wait(busy_server, header, low, high):
    _Busy.retry_after = header or format_datetime(
        datetime.now(timezone.utc) + timedelta(seconds=60), usegmt=True)
    waits: list[float] = []
    engine = client.SyncEngine(f"http://127.0.0.1:{busy_server.server_port}", "token",
                               uuid.uuid4(), _Replica(),
                               backoff=client.Backoff(base=0.1, jitter=0, max_attempts=3),
                               sleep=waits.append)
    with pytest.raises(client.SyncError) as caught:
        engine.run()
    assert caught.value.code == "server_error"
    assert len(waits) == 2
    assert all(low <= w <= high for w in waits), waits
