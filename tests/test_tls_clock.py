"""HTTPS and a clock three years wrong: the certificate looks invalid, and the user is told
to fix the date rather than to look for a connection they already have.

A real server serves HTTPS (a certificate made here with openssl, valid for a year and
trusted through $MINKA_CA_BUNDLE); the headless client runs under libfaketime.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from app.services import forums, syncing
from tests.helpers import FORUM_ID, PASSWORD, ROOT, ServerProcess, seed, signed_in_profile

FAKETIME = shutil.which("faketime")
OPENSSL = shutil.which("openssl")
pytestmark = pytest.mark.skipif(
    FAKETIME is None or OPENSSL is None,
    reason="needs faketime and openssl (Debian: apt-get install faketime openssl)")


def certificate(folder, name: str):
    cert, key = folder / f"{name}.pem", folder / f"{name}-key.pem"
    subprocess.run([OPENSSL, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "365",
                    "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)
    return cert, key


@pytest.fixture
def tls_server(tmp_path):
    cert, key = certificate(tmp_path, "cert")
    url = f"sqlite:///{tmp_path / 'server.db'}"
    seed(url)
    os.environ["MINKA_CA_BUNDLE"] = str(cert)
    proc = ServerProcess(url, tmp_path / "server.log", tls=(cert, key)).start()
    yield proc
    proc.stop()
    del os.environ["MINKA_CA_BUNDLE"]


def _headless(profile, offset: str | None, *args: str) -> subprocess.CompletedProcess:
    command = ([FAKETIME, "-f", offset] if offset else []) + \
        [sys.executable, "-m", "app", "--profile", str(profile), *args]
    env = {**os.environ, "MINKA_PASSWORD": PASSWORD, "FAKETIME_DONT_FAKE_MONOTONIC": "1"}
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=60)


@pytest.mark.parametrize("offset", ["-3y", "+3y"])
def test_a_wrong_clock_over_https_says_check_the_clock_and_keeps_the_writing(
        tls_server, tmp_path, offset):
    profile = tmp_path / "ana"
    store = signed_in_profile(profile, tls_server.url, "ana")   # right clock: signs in
    syncing.sync_now(store)
    thread = forums.create_thread(store, FORUM_ID, "Escrito con la hora mal puesta",
                                  "Este texto no debe perderse.")
    store.close()

    wrong = _headless(profile, offset, "sync", "--attempts", "2", "--backoff", "0.1")
    assert wrong.returncode == 1
    assert "tls_clock" in wrong.stderr, wrong.stderr      # not no_connection

    # Once the clock is right again, the same profile sends what waited.
    right = _headless(profile, None, "sync")
    assert right.returncode == 0, right.stderr
    assert "pushed 1 (0 rejected)" in right.stdout


def test_a_certificate_from_someone_else_is_untrusted_not_a_clock_problem(tls_server,
                                                                          tmp_path):
    from sync import client
    other, _ = certificate(tmp_path, "other")
    try:
        # the server's certificate is not the trusted one: as when a portal answers HTTPS
        # with its own certificate
        os.environ["MINKA_CA_BUNDLE"] = str(other)
        with pytest.raises(client.SyncError) as caught:
            client.sign_in(tls_server.url, "ana", PASSWORD)
        assert caught.value.code == "tls_untrusted"
        assert caught.value.retryable
        # the probe says "something answers": the sync will tell the person what to do
        assert client.probe(tls_server.url)
    finally:
        os.environ["MINKA_CA_BUNDLE"] = str(tmp_path / "cert.pem")


def test_the_messages_say_what_to_do(qapp):
    from app.ui.messages import problem
    assert "fecha" in problem("tls_clock") and "hora" in problem("tls_clock")
    assert "navegador" in problem("tls_untrusted")
