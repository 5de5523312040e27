"""Screenshots of the main views, for docs/screenshots and the README.

Starts a demo server with the demo data in a temporary folder, signs in as the demo
participant, syncs, and captures each view. Run it under Xvfb for a real window:

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python build_scripts/screenshots.py docs/screenshots

The window has the size Minka gives it on a 1366×768 laptop screen with a taskbar, the
most common screen among its users.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

# The pictures show what a computer in Peru shows (times, and no note about another zone).
os.environ["TZ"] = "America/Lima"
time.tzset()

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QRect, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app import demo  # noqa: E402
from app.services import account, forums, syncing  # noqa: E402
from app.store import meta  # noqa: E402
from app.store.db import Store  # noqa: E402
from sync.client import Backoff, SyncError  # noqa: E402
from app.ui.application import create_application  # noqa: E402


def laptop_size():
    """The main window's size on a 1366×768 screen less a 40-pixel taskbar."""
    from app.ui.window_state import default_geometry
    return default_geometry(QRect(0, 0, 1366, 768 - 40)).size()


@contextmanager
def demo_window(out: Path):
    """The demo server in a temporary folder, the demo participant signed in and synced,
    and her window shown at a laptop's size: (store, window). Each area's screenshot
    script starts here; the window, the store and the server end with the block."""
    from app.ui.main_window import MainWindow
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
            window = MainWindow(store, account.current_account(store), auto_sync=False)
            window.resize(laptop_size())
            window.show()
            try:
                yield store, window
            finally:
                window.close()
                store.close()
        finally:
            server.terminate()
            server.wait(10)


def settle(ms: int = 300) -> None:
    app = QApplication.instance()
    end = [False]
    QTimer.singleShot(ms, lambda: end.__setitem__(0, True))
    while not end[0]:
        app.processEvents()


def main(out: Path, language: str = "es") -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        url = demo.prepare_server(data)
        port = demo._free_port(0)
        server = demo.start_server(url, data, port)
        try:
            profile = data / "perfil"
            demo.sign_in_demo(profile, f"http://127.0.0.1:{port}")
            store = Store(profile)
            syncing.sync_now(store)
            app = create_application(sys.argv, language)
            from app.ui.main_window import FORUMS, MainWindow
            from app.ui.signin import SignInDialog
            window = MainWindow(store, account.current_account(store), auto_sync=False)
            window.resize(laptop_size())
            window.show()
            settle(800)
            suffix = "" if language == "es" else f"-{language}"
            window.grab().save(str(out / f"inicio{suffix}.png"))
            # the wall: a post with its photo open (photos are scaled by a worker)
            from app.services import wall
            from app.ui.main_window import HOME, WALL
            window.nav.setCurrentRow(WALL)
            with_photo = next(x for x in wall.list_posts(store) if x.file is not None)
            window.wall.select_post(with_photo.id)
            for _ in range(40):
                settle(100)
                if window.wall.photo.isVisible():
                    break
            settle(500)
            window.grab().save(str(out / f"muro{suffix}.png"))
            window.nav.setCurrentRow(HOME)
            forum = forums.list_forums(store)[1]
            thread = forums.list_threads(store, forum.id)[0]
            window.open_thread(forum.id, thread.id)
            settle()
            window.forums.reply_box.setPlainText(
                "Gracias, colega. En nuestra IE haremos la tertulia el jueves con las "
                "familias.")
            window.forums.send_reply()
            settle()
            window.grab().save(str(out / f"foros{suffix}.png"))
            # a closed working group: its threads, documents and members
            from app.ui.main_window import GROUPS
            window.nav.setCurrentRow(GROUPS)
            settle()
            groups_view = window.groups
            if groups_view.threads.rowCount():
                groups_view.thread_view.setCurrentIndex(groups_view.threads.index(0))
            settle()
            window.grab().save(str(out / f"grupos{suffix}.png"))
            window.nav.setCurrentRow(1)
            settle()
            window.grab().save(str(out / f"curso{suffix}.png"))
            from app.services import course
            modules = course.outline(store, course.list_courses(store)[0].id)
            window.course.open_item("lesson", modules[2].lessons[1].id)
            settle()
            window.grab().save(str(out / f"leccion{suffix}.png"))
            task = modules[0].assignments[0]
            window.course.open_item("assignment", task.id)
            window.course.task_editor.setPlainText(
                "El jueves organizamos nuestra primera tertulia dialógica con nueve docentes. "
                "Leímos un fragmento de «Los ríos profundos»…")
            settle(900)
            window.grab().save(str(out / f"tarea{suffix}.png"))
            # debates: an open one with its proposals, then a published proposal
            from app.ui.main_window import DEBATES
            window.nav.setCurrentRow(DEBATES)
            window.debates.debate_list.setCurrentRow(0)
            settle()
            window.grab().save(str(out / f"debates{suffix}.png"))
            window.debates.tabs.setCurrentWidget(window.debates.published_list)
            settle()
            window.grab().save(str(out / f"propuestas-de-la-red{suffix}.png"))
            # the repository: a search, a document downloaded, the propose dialog
            from app.ui.main_window import REPOSITORY
            window.nav.setCurrentRow(REPOSITORY)
            view = window.repository
            view.query.setText("tertulias dialógicas")
            view.run_query()
            view.results.setCurrentIndex(view.model.index(0))
            view.download(view.current)
            for _ in range(50):
                settle(100)
                if not view._downloads:
                    break
            view.results.setCurrentIndex(view.model.index(1))
            settle()
            window.grab().save(str(out / f"repositorio{suffix}.png"))
            view.tabs.setCurrentIndex(1)          # Mis propuestas
            settle()
            window.grab().save(str(out / f"mis-propuestas{suffix}.png"))
            view.tabs.setCurrentIndex(0)
            dialog = view.propose()
            dialog.set_file(str(Path.home() / "Documentos" /
                                "Sistematización tertulias Pitumarca.pdf"))
            dialog.title.setText("Tertulias pedagógicas en la red educativa de Pitumarca")
            dialog.authors.setText("Rosa Quispe Mamani; Julio Huamán")
            dialog.type.setCurrentIndex(dialog.type.findData("sistematizacion"))
            dialog.themes.setText("tertulias dialógicas; formación docente")
            dialog.region.setText("Cusco")
            dialog.summary.setPlainText("Cómo organizamos seis tertulias con los docentes de "
                                        "la red entre abril y setiembre, y qué cambió en las "
                                        "aulas.")
            dialog.source.setText("Red educativa de Pitumarca, UGEL Canchis")
            settle()
            dialog.grab().save(str(out / f"proponer{suffix}.png"))
            dialog.close()
            window.nav.setCurrentRow(FORUMS)
            # Real runs for the history: one without a connection (the address points at a
            # closed port for it), then one that sends what was written meanwhile.
            with store.session() as s, s.begin():
                meta.put(s, "server_url", f"http://127.0.0.1:{demo._free_port(0)}")
            forums.reply(store, thread.id, "Compartiré el acta de la reunión con las familias.")
            try:
                syncing.sync_now(store, backoff=Backoff(base=0.05, max_attempts=2))
            except SyncError:
                pass
            with store.session() as s, s.begin():
                meta.put(s, "server_url", f"http://127.0.0.1:{port}")
            syncing.sync_now(store)
            from app.ui.history import SyncHistoryDialog
            history = SyncHistoryDialog(store, window)
            history.show()
            settle()
            history.grab().save(str(out / f"historial{suffix}.png"))
            history.close()
            dialog = SignInDialog(Store(data / "vacio"), "https://minka.ejemplo.pe", "")
            dialog.show()
            settle()
            dialog.grab().save(str(out / f"ingreso{suffix}.png"))
            dialog.close()
            window.close()
            store.close()
            # the facilitator's side: reviewing a submission
            course.submit(Store(profile), task.id, "Organizamos la tertulia con nueve "
                          "docentes de la red educativa. Cada uno trajo una idea subrayada "
                          "y conversamos sobre la escuela que soñamos.")
            syncing.sync_now(Store(profile))
            julio = data / "perfil-julio"
            demo.sign_in_demo(julio, f"http://127.0.0.1:{port}", "julio.huaman")
            jstore = Store(julio)
            syncing.sync_now(jstore)
            jwindow = MainWindow(jstore, account.current_account(jstore), auto_sync=False)
            jwindow.resize(laptop_size())
            jwindow.show()
            jwindow.nav.setCurrentRow(1)
            jwindow.course.open_item("assignment", task.id)
            settle(800)
            jwindow.grab().save(str(out / f"revision{suffix}.png"))
            from app.ui.main_window import REPOSITORY
            jwindow.nav.setCurrentRow(REPOSITORY)
            jwindow.repository.tabs.setCurrentWidget(jwindow.repository.review_page)
            settle()
            jwindow.grab().save(str(out / f"propuestas{suffix}.png"))
            jwindow.close()
            jstore.close()
            app.processEvents()
        finally:
            server.terminate()
            server.wait(10)
    print(f"screenshots written to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"),
         sys.argv[2] if len(sys.argv) > 2 else "es")
