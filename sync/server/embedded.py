"""The sync server in a thread of this process, on loopback: for the self-test (a bundle has
no `python -m` to start a server process with) and for tests that watch its functions."""
from __future__ import annotations

import socket
import threading
import time

import uvicorn

from sync.server import http


class EmbeddedServer:
    """`with EmbeddedServer(app) as server:` serves `app` on 127.0.0.1 until the block ends,
    with the same HTTP protocol class as `minka-server serve` (stalled headers time out)."""

    def __init__(self, app, *, start_timeout: float = 60.0, header_timeout: float = 30.0):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                access_log=False,
                                http=http.protocol_class(header_timeout))
        self.server = uvicorn.Server(config)
        self.start_timeout = start_timeout
        self.thread = threading.Thread(target=self.server.run, name="uvicorn-loop",
                                       daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> "EmbeddedServer":
        self.thread.start()
        deadline = time.monotonic() + self.start_timeout
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the embedded server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(self.start_timeout)
