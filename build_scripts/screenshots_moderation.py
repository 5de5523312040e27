"""Screenshots of moderation and edits (issue #13): a hidden post as its author sees it,
the moderators' queue (Revisar) with a report, and the conflict copy of an edit.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python build_scripts/screenshots_moderation.py docs/screenshots

A demo server; Rosa (participant) writes in a forum thread from two computers of hers,
Marleny reports one of her posts, Julio (facilitator) reads the report in Revisar and
hides another; Rosa's second computer edits offline a post she edited meanwhile on the
first one.
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
from app.services import account, forums, moderation, syncing  # noqa: E402
from app.store.db import Store  # noqa: E402
from app.ui.application import create_application  # noqa: E402
from build_scripts.screenshots import laptop_size, settle  # noqa: E402


def _profile(data: Path, url: str, user: str, name: str) -> Store:
    demo.sign_in_demo(data / name, url, user)
    store = Store(data / name)
    syncing.sync_now(store)
    return store


def _window(store, section):
    from app.ui.main_window import MainWindow
    window = MainWindow(store, account.current_account(store), auto_sync=False)
    window.resize(laptop_size())
    window.show()
    window.nav.setCurrentRow(section)
    settle()
    return window


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        url = demo.prepare_server(data, quiet=True)
        port = demo._free_port(0)
        server = demo.start_server(url, data, port)
        address = f"http://127.0.0.1:{port}"
        try:
            create_application(sys.argv, "es")
            from app.ui.main_window import FORUMS, REVIEW
            rosa = _profile(data, address, "rosa.quispe", "rosa")
            office = _profile(data, address, "rosa.quispe", "rosa-ugel")
            marleny = _profile(data, address, "marleny.condori", "marleny")
            julio = _profile(data, address, "julio.huaman", "julio")
            forum = forums.list_forums(rosa)[0]
            thread_id = forums.create_thread(
                rosa, forum.id, "Visitas de acompañamiento en Canchis",
                "Colegas, comparto el cronograma de visitas de marzo. Para coordinar, "
                "llamen a la directora de la IE 56003 a su celular 984 112 357 o a la "
                "mamá de Luz, alumna de 3.º B, al 974 220 118.")
            forums.reply(rosa, thread_id, "Las visitas empiezan el lunes 9 a las 8:00, en "
                                          "la IE 56003 de Sicuani.")
            syncing.sync_now(rosa)
            posts = forums.thread_posts(rosa, thread_id)
            first, second = posts[0].id, posts[1].id
            for store in (office, marleny, julio):
                syncing.sync_now(store)
            moderation.report(marleny, "post", first,
                              "Publica el celular de una mamá y el nombre de una alumna.")
            syncing.sync_now(marleny)
            syncing.sync_now(julio)

            # The moderators' queue with the report.
            window = _window(julio, REVIEW)
            window.review.reload()
            window.review.reason.setPlainText("Contiene datos personales de una familia y "
                                              "de una estudiante. Puede publicarlo de nuevo "
                                              "sin los números de celular.")
            settle()
            window.grab().save(str(out / "revisar-reportes.png"))
            window.review.hide_chosen()
            window.close()
            syncing.sync_now(julio)

            # The conflict copy: the UGEL computer edits offline on the old version.
            moderation.edit(office, "post", second, "Las visitas empiezan el lunes 9 a las "
                                                    "9:00, en la IE 56003 de Sicuani; "
                                                    "traigan su ficha de monitoreo.")
            moderation.edit(rosa, "post", second, "Las visitas empiezan el martes 10 a las "
                                                  "8:00, en la IE 56003 de Sicuani.")
            syncing.sync_now(rosa)
            syncing.sync_now(office)
            window = _window(office, FORUMS)
            window.open_thread(forum.id, thread_id)
            settle()
            bar = window.forums.reader.verticalScrollBar()
            bar.setValue(bar.maximum())
            settle()
            window.grab().save(str(out / "edicion-conflicto.png"))
            window.close()

            # The hidden post as its author sees it.
            window = _window(rosa, FORUMS)
            window.open_thread(forum.id, thread_id)
            settle()
            window.grab().save(str(out / "oculta-autora.png"))
            window.close()
            for store in (rosa, office, marleny, julio):
                store.close()
        finally:
            server.terminate()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
