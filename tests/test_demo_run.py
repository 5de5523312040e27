"""`make run`: the demo server starts with demo data, the client signs in, and closing the
client (or losing it) stops the server."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time

import requests

from tests.helpers import ROOT


def _start(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MINKA_DEMO_PORT": "0"}
    proc = subprocess.Popen([sys.executable, "-m", "app", "demo", "--data", str(tmp_path)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + 60
    for line in proc.stdout:
        match = re.search(r"http://127\.0\.0\.1:(\d+)", line)
        if match:
            return proc, f"http://127.0.0.1:{match.group(1)}"
        assert time.monotonic() < deadline
    raise AssertionError("the demo did not report its server")


def _answers(url: str) -> bool:
    try:
        return requests.get(url + "/api/v1/ping", timeout=1).ok
    except requests.RequestException:
        return False


def _wait_until(check, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.2)
    return False


def test_demo_starts_signed_in_and_closing_stops_the_server(tmp_path):
    proc, url = _start(tmp_path)
    try:
        assert _answers(url)
        # the profile is signed in as the demo participant and the window opened
        log = tmp_path / "perfil-rosa" / "minka.log"
        assert _wait_until(lambda: log.exists() and "main window open for rosa.quispe"
                           in log.read_text(), 30)
        from app.services.account import current_account
        from app.store.db import Store
        store = Store(tmp_path / "perfil-rosa")
        assert current_account(store).username == "rosa.quispe"
        store.close()
        proc.send_signal(signal.SIGTERM)  # like closing the window
        assert proc.wait(30) == 0
        assert _wait_until(lambda: not _answers(url), 10)
    finally:
        proc.kill()


def test_server_stops_even_if_the_client_is_killed(tmp_path):
    proc, url = _start(tmp_path)
    try:
        assert _answers(url)
        proc.kill()
        proc.wait(10)
        assert _wait_until(lambda: not _answers(url), 10)
    finally:
        proc.kill()
