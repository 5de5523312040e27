"""Screenshots of surveys and the network's statistics (issue #13): a survey to answer,
a survey's results, the statistics view (and the PNG it saves).

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python build_scripts/screenshots_surveys.py docs/screenshots

A demo server, the demo participant signed in and synced, her window at a laptop's size.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ["TZ"] = "America/Lima"
time.tzset()

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.services import surveys  # noqa: E402
from build_scripts.screenshots import demo_window, settle  # noqa: E402


def main(out: Path) -> None:
    with demo_window(out) as (store, window):
        from app.ui.main_window import STATS, SURVEYS
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


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
