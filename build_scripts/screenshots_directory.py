"""Screenshots of the member directory (issue #13): the Directorio section with a member's
card open, and the Mi perfil editor with an edit waiting to be sent.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python build_scripts/screenshots_directory.py docs/screenshots

The demo server (its 200 members), the demo participant signed in and synced; the
directory filtered to Cusco with a colleague's card open; then her own profile edited
offline and the editor opened again on it (pending).
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

from app.services import directory  # noqa: E402
from build_scripts.screenshots import demo_window, settle  # noqa: E402


def main(out: Path) -> None:
    with demo_window(out) as (store, window):
        from app.ui.directory_view import ProfileDialog
        from app.ui.main_window import DIRECTORY
        window.nav.setCurrentRow(DIRECTORY)
        view = window.directory
        view.region.setCurrentIndex(view.region.findData("Cusco"))
        settle(300)
        # A colleague who shares a presentation.
        row = next(i for i, m in enumerate(view.model.items)
                   if directory.member_card(store, m.id).presentation)
        view.table.selectRow(row)
        settle(300)
        window.grab().save(str(out / "directorio.png"))

        mine = directory.my_profile(store)
        directory.save_profile(
            store, position="Director(a) de IE", region="Cusco",
            institution=mine.institution or "UGEL Canchis",
            presentation="Dirijo una escuela multigrado en Sicuani. Trabajamos con "
                         "tertulias dialógicas y grupos interactivos con las familias.",
            phone="984 000 123", email="rosa.quispe@ejemplo.pe", gender="F",
            shared={"institution", "presentation", "email"})
        dialog = ProfileDialog(store, window)
        dialog.show()
        settle(300)
        dialog.grab().save(str(out / "mi-perfil.png"))
        dialog.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
