"""`make run`: an embedded server with demo data on loopback, and the client signed in to it.

The server runs as a child process and stops when the window closes. Data stays in one
folder (default .minka-demo/) so a second `make run` starts where the first one ended.
"""
from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

log = logging.getLogger("minka.demo")

DEMO_USER = "rosa.quispe"


def demo_profile(data: Path, user: str = DEMO_USER) -> Path:
    """Each demo account has its own profile folder, as on a shared computer."""
    return Path(data) / f"perfil-{user.split('.')[0]}"
PREFERRED_PORT = 8470


def _free_port(preferred: int) -> int:
    for port in (preferred, 0):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return s.getsockname()[1]
    raise RuntimeError("no free port on 127.0.0.1")


def prepare_server(data: Path, quiet: bool = False) -> str:
    """Create the demo database (migrations, then demo data) if it is not there yet."""
    from sync.server import db
    from sync.server.blobs import resolve_blob_dir
    from sync.server.demo import describe, load_demo
    url = db.sqlite_url(data / "server.db")
    db.upgrade(url)
    engine = db.make_engine(url)
    from sync.server import network
    with db.session_factory(engine)() as session, session.begin():
        created = load_demo(session, resolve_blob_dir(url))
        # as `minka-server init` does: the demo network signs its packs too
        network.ensure(session, network.resolve_key_path(url))
    engine.dispose()
    if any(created.values()) and not quiet:
        print(describe(created, "es"))
    return url


def start_server(url: str, data: Path, port: int) -> subprocess.Popen:
    log_file = open(data / "server.log", "ab")
    proc = subprocess.Popen([sys.executable, "-m", "sync.server.cli", "--db", url, "serve",
                             "--host", "127.0.0.1", "--port", str(port), "--no-access-log",
                             "--parent-pid", str(os.getpid())],
                            stdout=log_file, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the demo server stopped; see {data / 'server.log'}")
        try:
            if requests.get(f"http://127.0.0.1:{port}/api/v1/ping", timeout=1).ok:
                return proc
        except requests.RequestException:
            time.sleep(0.2)
    proc.terminate()
    raise RuntimeError("the demo server did not start within 30 s")


def sign_in_demo(profile: Path, server_url: str, user: str = DEMO_USER) -> None:
    from app.services import account
    from app.store import meta
    from app.store.db import Store
    from sync.server.demo_content import DEMO_PASSWORD
    store = Store(profile)
    try:
        if account.current_account(store) is None:
            account.sign_in(store, server_url, user, DEMO_PASSWORD, "Minka demo")
        else:
            # The demo server may have come up on another port this time.
            with store.session() as s, s.begin():
                meta.put(s, "server_url", server_url)
    finally:
        store.close()


def run_demo(data: Path, language: str | None = None, user: str = DEMO_USER) -> int:
    data = data.resolve()
    data.mkdir(parents=True, exist_ok=True)
    url = prepare_server(data)
    port = _free_port(int(os.environ.get("MINKA_DEMO_PORT", PREFERRED_PORT)))
    server = start_server(url, data, port)
    server_url = f"http://127.0.0.1:{port}"
    print(f"Servidor de demostración en {server_url} (registro: {data / 'server.log'})",
          flush=True)
    try:
        profile = demo_profile(data, user)
        sign_in_demo(profile, server_url, user)
        from app.ui.application import run
        return run(profile, language=language)
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
