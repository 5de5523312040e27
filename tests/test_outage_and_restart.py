"""The link goes down for 30 seconds in the middle of a sync; the server restarts (or
crashes) in the middle of a sync. Either way the sync resumes by itself, and nothing is
lost or duplicated.
"""
from __future__ import annotations

import threading
import time

import pytest

from app.services import forums, syncing
from sync.client import Backoff, SyncError
from tests.helpers import FORUM_ID, seed, signed_in_profile
from tests.links import (ServerDb, assert_converged, link_factory,  # noqa: F401
                         route_through, sync_runs, user_sentence)

OUTAGE_S = 30
# As app/ui/sync_controller.py: retries inside one sync ride out short cuts (2, 4, 8 s);
# longer outages are left to its reachability probe.
GUI_BACKOFF = Backoff(base=2.0, max_attempts=4)
# The engine's default first delay, with a lower cap: rides out a 30 s outage in one sync.
PATIENT_BACKOFF = Backoff(base=1.0, cap=4.0, max_attempts=12)
SLOW_LINK = dict(up_kbps=64, down_kbps=256, delay_ms=100)   # a fair rural 3G day


def _write_offline(store, label: str, count: int) -> dict[str, str]:
    thread_id = forums.create_thread(store, FORUM_ID, f"Diario de {label}",
                                     f"{label}: primer mensaje de la semana.")
    for i in range(2, count + 1):
        forums.reply(store, thread_id, f"{label}: mensaje {i} escrito sin conexión.")
    return {p.id: p.body for p in forums.thread_posts(store, thread_id)}


def _in_thread(fn):
    box: dict = {}

    def run():
        try:
            box["value"] = fn()
        except BaseException as exc:  # reported by the test, on the test's thread
            box["error"] = exc
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, box


@pytest.mark.slow
def test_30_second_outage_in_the_middle_of_a_sync(server, tmp_path, link_factory):  # noqa: F811
    sdb = ServerDb(server.db_url)
    link, link_url = link_factory(server.port, **SLOW_LINK)
    ana = signed_in_profile(tmp_path / "ana", server.url, "ana")
    beto = signed_in_profile(tmp_path / "beto", server.url, "beto")
    up_again = None
    try:
        for store in (ana, beto):
            syncing.sync_now(store)
            route_through(store, link_url)
        written = _write_offline(ana, "ana", 20)
        written |= _write_offline(beto, "beto", 10)
        sdb.add_posts(200, author="beto", body_bytes=300)   # the week's news for both

        first_exchange = threading.Event()

        def ana_progress(state):
            if state.phase == "exchange":
                first_exchange.set()
        beto_seen = []
        ana_sync, ana_box = _in_thread(lambda: syncing.sync_now(
            ana, ana_progress, backoff=GUI_BACKOFF, batch=5, pull_limit=25))
        beto_sync, beto_box = _in_thread(lambda: syncing.sync_now(
            beto, lambda s: beto_seen.append((s.phase, s.last_error)),
            backoff=PATIENT_BACKOFF, batch=5, pull_limit=25))

        assert first_exchange.wait(30), "the sync never got going"
        time.sleep(0.3)                  # the next exchanges are on the wire: cut them
        link.set(down=True)
        down_at = time.monotonic()
        up_again = threading.Timer(OUTAGE_S, lambda: link.set(down=False))
        up_again.start()

        # Ana's sync, with the GUI's short retries, gives up during the outage: the person
        # reads why, and that the writing is safe; nothing went missing meanwhile.
        ana_sync.join(OUTAGE_S)
        assert not ana_sync.is_alive()
        assert isinstance(ana_box.get("error"), SyncError), ana_box
        assert ana_box["error"].code == "no_connection"
        assert (sync_runs(ana)[-1].ok, sync_runs(ana)[-1].error_code) == (False,
                                                                          "no_connection")
        assert syncing.status(ana).last_error_code == "no_connection"
        assert syncing.status(ana).pending > 0
        assert "volverá a intentarlo" in user_sentence("no_connection")
        # The window's probe looks now and then (no busy loop) and syncs when the server
        # answers again.
        probes = 0
        while not syncing.is_reachable(ana):
            probes += 1
            assert time.monotonic() - down_at < OUTAGE_S + 20
            time.sleep(2.0)
        assert time.monotonic() - down_at >= OUTAGE_S
        assert 5 <= probes <= OUTAGE_S
        summary = syncing.sync_now(ana, backoff=GUI_BACKOFF, batch=5, pull_limit=25)
        assert syncing.status(ana).last_error_code is None and summary.pushed > 0

        # Beto's sync rode out the whole outage: it kept retrying, telling the person so.
        beto_sync.join(30)
        assert not beto_sync.is_alive()
        assert "error" not in beto_box, beto_box
        assert beto_box["value"].retries >= 5
        assert ("retry", "no_connection") in beto_seen
        assert (sync_runs(beto)[-1].ok, sync_runs(beto)[-1].error_code) == (True, None)
        syncing.sync_now(beto)   # picks up what Ana sent after the outage

        assert link.stats()["refused"] > 0
        assert_converged(sdb, written, [ana, beto])
        assert len(sdb.posts()) == 230
    finally:
        if up_again is not None:
            up_again.cancel()
        sdb.close()
        ana.close()
        beto.close()


@pytest.mark.parametrize("how", ["restart", "crash"])
def test_server_restarted_in_the_middle_of_a_sync(server, tmp_path, link_factory, how):  # noqa: F811
    seed(server.db_url, users=("carla",))
    sdb = ServerDb(server.db_url)
    link, link_url = link_factory(server.port, **SLOW_LINK)
    ana = signed_in_profile(tmp_path / "ana", server.url, "ana")
    carla = signed_in_profile(tmp_path / "carla", server.url, "carla")
    try:
        syncing.sync_now(ana)
        route_through(ana, link_url)
        written = _write_offline(ana, "ana", 15)
        sdb.add_posts(100, author="beto", body_bytes=300)

        triggered, restarted = threading.Event(), threading.Event()

        def restart():
            time.sleep(0.2)    # the next exchange is on its way
            if how == "crash":
                server.proc.kill()       # SIGKILL: whatever it was doing is cut short
                server.proc.wait()
            else:
                server.stop()            # SIGTERM: uvicorn's graceful shutdown
            time.sleep(0.5)
            server.start()               # same port, same database
            restarted.set()

        def progress(state):             # after the first exchange of the sync
            if state.phase == "exchange" and not triggered.is_set():
                triggered.set()
                threading.Thread(target=restart, daemon=True).start()

        summary = syncing.sync_now(ana, progress, backoff=Backoff(base=0.25, cap=1.0,
                                                                   max_attempts=20),
                                   batch=3, pull_limit=20)
        assert restarted.wait(30)
        assert summary.retries >= 1
        assert summary.pushed >= 15
        assert (sync_runs(ana)[-1].ok, sync_runs(ana)[-1].error_code) == (True, None)
        assert len(sync_runs(ana)) == 2   # the first sync, and the one that resumed
        syncing.sync_now(carla)
        assert_converged(sdb, written, [ana, carla])
        assert sdb.applied_count() == 15
    finally:
        sdb.close()
        ana.close()
        carla.close()
