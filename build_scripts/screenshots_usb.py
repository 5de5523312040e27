"""Screenshots of the USB side (issue #12): the pack import dialog, and the outbox carried to a drive.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python build_scripts/screenshots_usb.py docs/screenshots

A demo server with its network key, a pack of the demo course and catalogue written to a
folder that plays the drive, the demo participant signed in (a new profile: nothing synced
yet), the dialog as she meets it, then the same dialog once imported; then the sync that brings what the pack lacked, and a forum reply
written offline and carried to the drive from the menu.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ["TZ"] = "America/Lima"
time.tzset()

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import demo  # noqa: E402
from app.services import account, forums, syncing  # noqa: E402
from app.store.db import Store  # noqa: E402
from app.ui.application import create_application  # noqa: E402
from build_scripts.screenshots import laptop_size, settle  # noqa: E402
from sync.server import cli  # noqa: E402


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        url = demo.prepare_server(data, quiet=True)
        drive = data / "USB"
        assert cli.main(["--db", url, "pack", "export", "--course", "innovacion-educativa",
                         "--catalogue", "--files", "all", "--out", str(drive)]) == 0
        port = demo._free_port(0)
        server = demo.start_server(url, data, port)
        try:
            profile = data / "perfil"
            demo.sign_in_demo(profile, f"http://127.0.0.1:{port}")
            store = Store(profile)
            create_application(sys.argv, "es")
            from app.ui.main_window import MainWindow
            from app.ui.pack_import import PackImportDialog
            dialog = PackImportDialog(store, places=[drive])
            dialog.resize(560, 420)
            dialog.show()
            for _ in range(100):
                settle(100)
                if dialog.ok.isEnabled():
                    break
            dialog.grab().save(str(out / "importar-usb.png"))
            dialog.start_import()
            for _ in range(300):
                settle(100)
                if dialog.outcome.isVisible():
                    break
            dialog.grab().save(str(out / "importar-usb-listo.png"))
            dialog.close()
            syncing.sync_now(store)       # what the pack lacked: the forums, her own work
            window = MainWindow(store, account.current_account(store), auto_sync=False)
            window.resize(laptop_size())
            window.show()
            forum = forums.list_forums(store)[1]
            thread = forums.list_threads(store, forum.id)[0]
            window.open_thread(forum.id, thread.id)
            forums.reply(store, thread.id, "Escribí esto sin internet; lo llevo en la USB.")
            window.open_thread(forum.id, thread.id)
            window.carry_outbox(drive)
            for _ in range(100):
                settle(100)
                if "Sus envíos quedaron" in window.statusBar().currentMessage():
                    break
            window.grab().save(str(out / "llevar-envios.png"))
            window.close()
            store.close()
        finally:
            server.terminate()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
