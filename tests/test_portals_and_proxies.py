"""Captive portals and proxies between the client and the server.

A municipal wifi or an internet point often answers every request with its own welcome
page until someone accepts its terms in a browser, and proxies answer 5xx while the
server is unreachable behind them. A real HTTP server on loopback (tests/links.Gateway)
plays each of them in front of the real Minka server.
"""
from __future__ import annotations

import json

import pytest

from app.services import forums, syncing
from app.store.models import PENDING
from sync.client import Backoff, SyncError
from tests.helpers import FORUM_ID, signed_in_profile
from tests.links import (Gateway, ServerDb, assert_converged, local_posts,  # noqa: F401
                         module_server, outbox_count, route_through, sync_runs,
                         user_sentence)

FAST = Backoff(base=0.01, cap=0.05)


def _write_offline(store, label: str) -> dict[str, str]:
    """A new thread and two replies, queued; returns {post id: body}."""
    bodies = [f"{label}: abrimos el tema.", f"{label}: primera respuesta.",
              f"{label}: segunda respuesta."]
    thread_id = forums.create_thread(store, FORUM_ID, f"Tema {label}", bodies[0])
    forums.reply(store, thread_id, bodies[1])
    forums.reply(store, thread_id, bodies[2])
    posts = forums.thread_posts(store, thread_id)
    assert [p.state for p in posts] == [PENDING] * 3
    return {p.id: p.body for p in posts}


@pytest.fixture
def profile(module_server, tmp_path):
    """A fresh profile of ana, up to date, with three posts written offline."""
    store = signed_in_profile(tmp_path / "ana", module_server.url, "ana")
    syncing.sync_now(store)
    sdb = ServerDb(module_server.db_url)
    yield store, sdb
    sdb.close()
    store.close()


@pytest.mark.parametrize("mode,status", [("portal", 200), ("redirect", 302),
                                         ("json", 200), ("status", 511)])
def test_captive_portal_is_named_and_nothing_is_lost(module_server, profile, mode, status):
    store, sdb = profile
    written = _write_offline(store, f"portal-{mode}")
    # (a 511 portal answers 511 until its terms are accepted: "fail" for ever, until then)
    gateway = Gateway(module_server.url, mode=mode, status=status, fail_first=10**9)
    try:
        route_through(store, gateway.url)
        assert not syncing.is_reachable(store)   # the probe sees no Minka behind the portal
        with pytest.raises(SyncError) as caught:
            syncing.sync_now(store, backoff=Backoff(base=0.01, max_attempts=3))
        assert caught.value.code == "not_minka"
        assert gateway.count() == 3              # retried with backoff, then reported
        # What the person sees: pending writing, kept, and a sentence about the portal.
        assert outbox_count(store) == 3
        assert syncing.status(store).pending == 3
        assert syncing.status(store).last_error_code == "not_minka"
        run = sync_runs(store)[-1]
        assert (run.ok, run.error_code) == (False, "not_minka")
        assert "navegador" in user_sentence("not_minka")
        assert {p.id: p.state for p in local_posts(store) if p.id in written} == \
            dict.fromkeys(written, PENDING)

        # The person accepts the network's terms in a browser: the portal lets traffic by.
        gateway.mode = "forward"
        assert syncing.is_reachable(store)
        summary = syncing.sync_now(store, backoff=FAST)
        assert (summary.pushed, summary.rejected, summary.retries) == (3, 0, 0)
        assert syncing.status(store).last_error_code is None
        assert_converged(sdb, written, [store])
    finally:
        gateway.close()


MINKA_500 = json.dumps({"error": {"code": "internal_error",
                                  "message": "unexpected server error"}}).encode()


@pytest.mark.parametrize("status,body,ctype", [
    (500, MINKA_500, "application/json"),           # the server itself, failing for a while
    (502, b"<html><h1>502 Bad Gateway</h1></html>", "text/html"),
    (503, b"<html><h1>503 Service Unavailable</h1></html>", "text/html"),
    (504, b"<html><h1>504 Gateway Time-out</h1></html>", "text/html"),
], ids=["500-minka", "502-html", "503-html", "504-html"])
def test_5xx_is_retried_with_backoff_then_succeeds(module_server, profile, status, body,
                                                   ctype):
    store, sdb = profile
    written = _write_offline(store, f"proxy-{status}")
    gateway = Gateway(module_server.url, mode="status", status=status, fail_first=3,
                      error_body=body, error_type=ctype)
    try:
        route_through(store, gateway.url)
        progress = []
        summary = syncing.sync_now(store, lambda p: progress.append((p.phase, p.last_error)),
                                   backoff=Backoff(base=0.01, cap=0.05, max_attempts=6))
        assert summary.retries == 3 and summary.pushed == 3
        assert progress.count(("retry", "server_error")) == 3  # shown while it waits
        assert gateway.count() == summary.requests   # every attempt went out once
        run = sync_runs(store)[-1]
        assert (run.ok, run.error_code) == (True, None)
        assert_converged(sdb, written, [store])
    finally:
        gateway.close()


def test_5xx_longer_than_the_retries_fails_clearly_and_the_next_sync_finishes(
        module_server, profile):
    store, sdb = profile
    written = _write_offline(store, "proxy-long")
    gateway = Gateway(module_server.url, mode="status", status=503, fail_first=5)
    try:
        route_through(store, gateway.url)
        with pytest.raises(SyncError) as caught:
            syncing.sync_now(store, backoff=Backoff(base=0.01, max_attempts=3))
        assert (caught.value.code, caught.value.retryable) == ("server_error", True)
        assert outbox_count(store) == 3
        run = sync_runs(store)[-1]
        assert (run.ok, run.error_code) == (False, "server_error")
        assert "volverá a intentarlo" in user_sentence("server_error")
        # The next sync (the app's automatic one) meets two more 503s, then the server.
        summary = syncing.sync_now(store, backoff=Backoff(base=0.01, max_attempts=3))
        assert (summary.pushed, summary.retries) == (3, 2)
        assert [r.ok for r in sync_runs(store)[-2:]] == [False, True]
        assert_converged(sdb, written, [store])
    finally:
        gateway.close()
