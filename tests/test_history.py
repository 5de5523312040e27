"""The sync history a user can read, and the diagnostic export for support."""
from __future__ import annotations

import json
import zipfile

import pytest

from app.services import diagnostics, forums, syncing
from app.services.account import current_account
from app.ui.application import create_application
from app.ui.history import SyncHistoryDialog
from sync.client import Backoff, SyncError
from tests.helpers import FORUM_ID, PASSWORD


def test_history_tells_what_went_came_and_failed(qtbot, server, profile_factory, tmp_path):
    ana = profile_factory("ana")
    syncing.sync_now(ana)
    secret = "Texto privado de Ana sobre su escuela"
    forums.create_thread(ana, FORUM_ID, "Reunión de la APAFA", secret)
    server.stop()
    with pytest.raises(SyncError):
        syncing.sync_now(ana, backoff=Backoff(base=0.01, max_attempts=2))
    server.start()
    syncing.sync_now(ana)

    create_application([], "es")
    dialog = SyncHistoryDialog(ana)
    qtbot.addWidget(dialog)
    rows = [[dialog.table.item(r, c).text() for c in range(5)]
            for r in range(dialog.table.rowCount())]
    assert len(rows) == 3
    newest, failed, first = rows
    assert newest[1] == "Completa" and newest[2] == "1"      # the new thread went out
    assert failed[1].startswith("Incompleta: No se pudo llegar al servidor.")
    assert failed[4] == "—"
    assert first[1] == "Completa" and first[3] != "0"
    assert "Connection refused" in dialog.table.item(1, 1).toolTip()

    target = tmp_path / "diag"
    dialog.save_diagnostics(target)
    qtbot.waitUntil(lambda: hasattr(dialog, "last_export"), timeout=10000)
    path = dialog.last_export
    assert "No contiene su contraseña ni sus escritos" in dialog.notice.text()
    assert path.suffix == ".zip" and path.exists()
    with zipfile.ZipFile(path) as zf:
        report = json.loads(zf.read("report.json"))
        everything = b"".join(zf.read(n) for n in zf.namelist()).decode()
    account = current_account(ana)
    assert report["account"]["username"] == "ana"
    assert [r["ok"] for r in report["sync_history"]] == [True, False, True]
    assert report["counts"]["outbox"] == 0
    assert account.token not in everything and PASSWORD not in everything
    assert secret not in everything
    dialog.close()


def test_export_refuses_an_unwritable_place_cleanly(profile_factory, tmp_path):
    ana = profile_factory("ana")
    with pytest.raises(OSError):
        diagnostics.export(ana, tmp_path / "no-existe" / "diag.zip")
    assert not list(tmp_path.glob("**/*.partial"))
