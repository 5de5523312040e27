"""Screenshots of surveys and the network's statistics (issue #13): a survey to answer,
a survey's results, the statistics view (and the PNG it saves).

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python build_scripts/screenshots_surveys.py docs/screenshots

A demo server, the demo participant signed in and synced, her window at a laptop's size.
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
from app.services import account, surveys, syncing  # noqa: E402
from app.store.db import Store  # noqa: E402
from app.ui.application import create_application  # noqa: E402
from build_scripts.screenshots import laptop_size, settle  # noqa: E402


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        url = demo.prepare_server(data, quiet=True)
        port = demo._free_port(0)
        server = demo.start_server(url, data, port)
        try:
            profile = data / "perfil"
            demo.sign_in_demo(profile, f"http://127.0.0.1:{port}")
            store = Store(profile)
            syncing.sync_now(store)
            create_application(sys.argv, "es")
            from app.ui.main_window import STATS, SURVEYS, MainWindow
            window = MainWindow(store, account.current_account(store), auto_sync=False)
            window.resize(laptop_size())
            window.show()
            window.nav.setCurrentRow(SURVEYS)
            view = window.surveys
            open_one = next(s for s in surveys.list_surveys(store) if s.is_open)
            view.open_survey(open_one.id)
            view.choose([open_one.options[3].id])    # what she is about to send
            settle(300)
            window.grab().save(str(out / "encuesta.png"))
            closed = next(s for s in surveys.list_surveys(store) if not s.is_open)
            view.open_survey(closed.id)
            settle(300)
            window.grab().save(str(out / "encuesta-resultados.png"))
            window.nav.setCurrentRow(STATS)
            settle(300)
            window.grab().save(str(out / "estadisticas.png"))
            window.stats.export_png(str(out / "estadisticas-exportadas.png"))
            window.close()
            store.close()
        finally:
            server.terminate()
            server.wait(10)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
