"""Automatic sync: a cheap probe with backoff notices the server and sends what waited."""
from __future__ import annotations

import requests

from app.services import forums, syncing
from app.ui.application import create_application
from app.ui.main_window import MainWindow
from sync.client import Backoff
from tests.helpers import FORUM_ID


def test_pending_writing_goes_out_by_itself_when_the_server_returns(qtbot, server,
                                                                    profile_factory,
                                                                    monkeypatch):
    ana = profile_factory("ana")
    syncing.sync_now(ana)
    server.stop()
    thread_id = forums.create_thread(ana, FORUM_ID, "Sin señal desde Ocongate",
                                     "Escribo esto sin conexión.")
    create_application([], "es")
    from app.services.account import current_account
    window = MainWindow(ana, current_account(ana), auto_sync=False)
    window.sync.engine_options = {"backoff": Backoff(base=0.1, max_attempts=2)}
    window.sync.probe_every(0.2, 0.8)
    probes = []  # a spy on the real probe, to count how often it looks
    original = syncing.is_reachable

    def counted(store):
        probes.append(1)
        return original(store)
    monkeypatch.setattr(syncing, "is_reachable", counted)
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(window.sync.reachability, timeout=5000) as seen:
            window.sync.set_auto(True)
        assert seen.args == [False]
        assert window.connection_label.text() == "Sin conexión"
        qtbot.wait(3000)
        # backoff while down: 0.2 → 0.4 → 0.8 → 0.8 … s, so a handful of probes, no busy loop
        assert 3 <= len(probes) <= 7
        server.start()
        with qtbot.waitSignal(window.sync.finished, timeout=10000):
            pass
        assert window.connection_label.text() == "Conectado"
        assert syncing.status(ana).pending == 0
        assert forums.get_thread(ana, thread_id).state == "synced"
    finally:
        window.sync.set_auto(False)
        window.close()


def test_on_demand_only_never_probes(qtbot, server, profile_factory):
    ana = profile_factory("ana")
    create_application([], "es")
    from app.services.account import current_account
    window = MainWindow(ana, current_account(ana), auto_sync=False)
    qtbot.addWidget(window)
    window.sync.probe_every(0.1, 0.1)
    qtbot.wait(800)
    assert window.sync.reachable is None  # nobody looked: no data spent
    window.auto_action.setChecked(True)   # the menu setting turns it on and is remembered
    from app.store import meta
    with ana.session() as s:
        assert meta.get(s, "auto_sync") == "1"
    window.auto_action.setChecked(False)
    with ana.session() as s:
        assert meta.get(s, "auto_sync") == "0"
    window.close()
    assert requests.get(server.url + "/api/v1/ping", timeout=2).ok


def test_signed_out_device_waits_for_the_person_then_sends(qtbot, server, profile_factory):
    from app.services.account import current_account
    from sync.server import cli
    from tests.helpers import PASSWORD
    ana = profile_factory("ana")
    syncing.sync_now(ana)
    assert cli.main(["--db", server.db_url, "device", "revoke", "ana"]) == 0
    thread_id = forums.create_thread(ana, FORUM_ID, "Después del cambio de computadora",
                                     "Este texto no se debe perder.")
    create_application([], "es")
    window = MainWindow(ana, current_account(ana), auto_sync=False)
    qtbot.addWidget(window)
    window.sync.probe_every(0.2, 0.4)
    attempts = []
    window.sync.started.connect(lambda: attempts.append(1))
    with qtbot.waitSignal(window.sync.failed, timeout=10000) as failed:
        window.sync.set_auto(True)
    assert failed.args == ["auth_revoked"]
    qtbot.wait(2000)
    assert len(attempts) == 1          # no retry loop: only the person can fix this
    dialog = window._signin
    assert dialog.isVisible() and dialog.username.text() == "ana"
    assert "no tiene permiso" in window.statusBar().currentMessage()
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(window.sync.finished, timeout=15000):
        dialog.ok.click()
    assert forums.get_thread(ana, thread_id).state == "synced"
    window.sync.set_auto(False)
    window.close()
