"""Screenshots of the never-online week (issue #12): starting without a network, the outbox
carried to a drive, and a return pack received.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python build_scripts/screenshots_enrol.py docs/screenshots

A demo server with its network key and a participant made with an enrolment code; a new
installation imports the course pack (the bundle knows the network), starts without a
network, hands in the assignment and carries the outbox; the demo facilitator delivers
it, gives feedback, syncs and carries back the return pack, which the participant receives.
"""
from __future__ import annotations

import json
import os
import re
import sys
import tempfile
import time
from contextlib import redirect_stdout
from io import StringIO
from pathlib import Path

os.environ["TZ"] = "America/Lima"
time.tzset()

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import demo  # noqa: E402
from app.services import (account, course, outbox_drive, packs, return_packs,  # noqa: E402
                          syncing)
from app.store.db import Store  # noqa: E402
from app.ui.application import create_application  # noqa: E402
from build_scripts.screenshots import laptop_size, settle  # noqa: E402
from sync.server import cli  # noqa: E402

COURSE = "innovacion-educativa"
NAME, PASSWORD = "lucia.mamani", "tertulia en Sicuani"


def _wait(predicate, tenths: int = 300) -> None:
    for _ in range(tenths):
        settle(100)
        if predicate():
            return


def _task(store):
    [mine] = course.list_courses(store)
    return next(a for m in course.outline(store, mine.id) for a in m.assignments)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        url = demo.prepare_server(data, quiet=True)
        printed = StringIO()
        with redirect_stdout(printed):
            assert cli.main(["--db", url, "user", "add", NAME, "--name", "Lucía Mamani",
                             "--password", PASSWORD, "--enrolment-code"]) == 0
            assert cli.main(["--db", url, "course", "enroll", COURSE, NAME]) == 0
            assert cli.main(["--db", url, "course", "enroll", COURSE, "julio.huaman",
                             "--role", "facilitator"]) == 0
            assert cli.main(["--db", url, "network", "show"]) == 0
        text = printed.getvalue()
        code = re.search(r"Código:\s+(\S+)", text).group(1)
        identity = next(line for line in text.splitlines() if line.startswith("{"))
        known = json.loads(identity)                    # the Minka on the drive knows it
        packs.bundled_network = lambda: packs.TrustedNetwork(known["id"], known["public_key"])
        drive = data / "USB"
        assert cli.main(["--db", url, "pack", "export", "--course", COURSE, "--files",
                         "course", "--out", str(drive)]) == 0
        port = demo._free_port(0)
        server = demo.start_server(url, data, port)
        try:
            create_application(sys.argv, "es")
            from app.ui.main_window import COURSE as COURSE_SECTION, MainWindow
            from app.ui.signin import SignInDialog
            store = Store(data / "perfil-lucia")
            (pack,) = [p for p in drive.iterdir() if p.is_dir()]
            imported = packs.import_pack(store, pack)
            signin = SignInDialog(store)
            signin._pack_imported(imported)     # as after «Importar desde USB…»
            signin.show()
            settle(300)
            signin.grab().save(str(out / "ingreso-sin-internet.png"))
            dialog = signin.start_offline()
            dialog.username.setText(NAME)
            dialog.code.setText(code)
            dialog.password.setText(PASSWORD)
            dialog.again.setText(PASSWORD)
            settle(300)
            dialog.grab().save(str(out / "empezar-sin-internet.png"))
            dialog.ok.click()
            _wait(lambda: signin.account is not None)
            window = MainWindow(store, signin.account, auto_sync=False)
            window.resize(laptop_size())
            window.show()
            task = _task(store)
            course.submit(store, task.id, "Organizamos la tertulia literaria dialógica con "
                                          "nueve familias de Sicuani. Leímos «Paco Yunque» "
                                          "en castellano y en quechua.", [])
            window.open_assignment(task.id)
            window.carry_outbox(drive)
            _wait(lambda: "Sus envíos quedaron" in window.statusBar().currentMessage())
            window.grab().save(str(out / "llevar-envios-sin-internet.png"))
            window.close()
            (outbox,) = drive.glob("Minka-envios-*.zip")

            julio = data / "perfil-julio"
            demo.sign_in_demo(julio, f"http://127.0.0.1:{port}", "julio.huaman")
            facilitator = Store(julio)
            outbox_drive.accept_colleague_file(facilitator, outbox)
            syncing.sync_now(facilitator)
            [hers] = [s for s in course.submissions_to_review(facilitator, task.id)
                      if "Sicuani" in s.text]
            course.give_feedback(facilitator, hers.id, "Muy buen trabajo, Lucía. En la "
                                 "próxima tertulia, anote qué frases eligieron las familias "
                                 "y por qué.", "A")
            syncing.sync_now(facilitator)
            back = data / "USB-regreso"
            back.mkdir()
            (carried,) = return_packs.write_to_drive(facilitator, back)
            facilitator.close()

            window = MainWindow(store, account.current_account(store), auto_sync=False)
            window.resize(laptop_size())
            window.show()
            window.nav.setCurrentRow(COURSE_SECTION)
            window.receive_return_pack(carried)
            _wait(lambda: "Paquete de regreso recibido" in window.statusBar().currentMessage())
            window.open_assignment(task.id)
            settle(500)
            window.grab().save(str(out / "paquete-de-regreso.png"))
            window.close()
            store.close()
        finally:
            server.terminate()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
