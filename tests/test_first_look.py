"""A start paints Inicio from the profile's first look, then opens the store and goes live.

The first paint must come before SQLAlchemy, pydantic and requests are imported (they are
most of a start on an old computer: bench/startup.py); what it shows is the person's own
Inicio from the last start, and the live data replaces it once the store is open."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from app.services import first_look, forums, syncing
from app.services.account import current_account
from app.ui.application import create_application
from app.ui.main_window import COURSE, FORUMS, HOME, MainWindow
from tests.helpers import FORUM_ID

ROOT = Path(__file__).resolve().parent.parent


def _profile_with_a_thread(profile_factory, title="Tertulias pedagógicas en Sicuani"):
    ana = profile_factory("ana")
    syncing.sync_now(ana)
    thread_id = forums.create_thread(ana, FORUM_ID, title, "¿Quién se anima?")
    syncing.sync_now(ana)
    forums.create_thread(ana, FORUM_ID, "Todavía sin enviar", "Se envía al sincronizar")
    return ana, thread_id


def test_the_first_look_is_what_inicio_shows_and_survives_a_restart(profile_factory):
    ana, thread_id = _profile_with_a_thread(profile_factory)
    home = first_look.gather(ana)
    first_look.save(ana.profile_dir, home)
    look = first_look.load(ana.profile_dir)
    assert look is not None and look.home == home
    assert look.display_name == current_account(ana).display_name
    assert look.language == "es" and look.auto_sync
    assert home.status.writings == 1 and home.status.last_ok_at is not None
    assert home.recent[0].id != thread_id and thread_id in [t.id for t in home.recent]
    # What it keeps is what Inicio shows: never a draft or what was written.
    forums.save_draft(ana, f"reply:{thread_id}", "borrador privado de Ana")
    first_look.save(ana.profile_dir, first_look.gather(ana))
    text = (ana.profile_dir / first_look.FILE_NAME).read_text(encoding="utf-8")
    assert "borrador privado" not in text and "Se envía al sincronizar" not in text


def test_a_damaged_or_foreign_first_look_means_the_full_start(profile_factory, caplog):
    ana, _thread = _profile_with_a_thread(profile_factory)
    path = ana.profile_dir / first_look.FILE_NAME
    assert first_look.load(ana.profile_dir) is None          # never written: full start
    first_look.save(ana.profile_dir, first_look.gather(ana))
    good = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(path.read_text(encoding="utf-8")[:40], encoding="utf-8")   # cut short
    assert first_look.load(ana.profile_dir) is None
    assert "unreadable" in caplog.text
    path.write_text(json.dumps(dict(good, version=99)), encoding="utf-8")
    assert first_look.load(ana.profile_dir) is None
    bad = json.loads(json.dumps(good))
    bad["home"]["status"]["writings"] = "muchos"
    path.write_text(json.dumps(bad), encoding="utf-8")
    assert first_look.load(ana.profile_dir) is None
    path.write_text(json.dumps(good), encoding="utf-8")
    assert first_look.load(ana.profile_dir) is not None
    # A profile that is not signed in signs in first, whatever the file says.
    other = profile_factory("beto")
    (other.profile_dir / first_look.FILE_NAME).write_text(json.dumps(good), encoding="utf-8")
    with other.session() as s, s.begin():
        from app.store import meta
        meta.put(s, "token", None)
    assert first_look.load(other.profile_dir) is None


def test_the_window_paints_from_the_first_look_then_goes_live(profile_factory, qtbot):
    ana, thread_id = _profile_with_a_thread(profile_factory)
    first_look.save(ana.profile_dir, first_look.gather(ana))
    forums.create_thread(ana, FORUM_ID, "Escrito después de cerrar", "otro más")
    look = first_look.load(ana.profile_dir)
    create_application([], "es")
    window = MainWindow(look=look)
    qtbot.addWidget(window)
    opened = []

    def open_store():
        opened.append(True)
        return ana, current_account(ana)

    window.attach_after_first_paint(open_store)
    window.show()
    # Before the store: Inicio and the status bar from the last start, not a placeholder.
    assert not window.attached and not opened
    assert "Tertulias pedagógicas en Sicuani" in window.home.recent.text()
    assert "Tiene 1 escrito esperando" in window.home.summary.text()
    assert window.pending_label.text().startswith("1 escrito pendiente")
    # A link followed in that moment is followed once the store is open.
    window.home.open_thread.emit(FORUM_ID, thread_id)
    qtbot.waitUntil(lambda: window.attached, timeout=20000)
    assert opened == [True]
    assert window.pending_label.text().startswith("2 escritos pendientes")   # live now
    assert window.nav.currentRow() == FORUMS
    assert window.forums.thread_id == thread_id
    # Sections not opened are not built, in time or in memory, until they are.
    assert COURSE not in window._sections
    window.nav.setCurrentRow(COURSE)
    assert COURSE in window._sections and window.stack.currentWidget() is window.course
    window.nav.setCurrentRow(HOME)
    assert "Escrito después de cerrar" in window.home.recent.text()
    window.close()
    # Leaving writes the next start's first look, as Inicio stands now.
    assert first_look.load(ana.profile_dir).home.status.writings == 2


def test_hostile_titles_in_the_first_look_stay_text(profile_factory, qtbot):
    ana, _thread = _profile_with_a_thread(profile_factory)
    home = first_look.gather(ana)
    evil = first_look.RecentThread("x' onclick='y", "f'><img src=x>", "<b>Urgente</b><img src=x>",
                                   "<i>Ana</i>", 3, home.recent[0].last_activity_at)
    first_look.save(ana.profile_dir, first_look.Home(home.status, (), (evil,)))
    create_application([], "es")
    window = MainWindow(look=first_look.load(ana.profile_dir))
    qtbot.addWidget(window)
    shown = window.home.recent.text()
    assert "<img" not in shown and "&lt;b&gt;Urgente&lt;/b&gt;" in shown
    assert "onclick='y" not in shown


def test_the_start_paints_before_the_data_layer_is_imported(profile_factory, tmp_path):
    """The real start (`python -m app --profile`), in its own process."""
    ana, _thread = _profile_with_a_thread(profile_factory)
    first_look.save(ana.profile_dir, first_look.gather(ana))
    script = textwrap.dedent(f"""
        import sys
        from app.ui import main_window
        original = main_window.MainWindow.attach_after_first_paint
        def watched(self, opener):
            heavy = [m for m in ("sqlalchemy", "pydantic", "requests", "alembic")
                     if m in sys.modules]
            print("before-paint", ",".join(heavy) or "nothing-heavy", flush=True)
            original(self, opener)
        main_window.MainWindow.attach_after_first_paint = watched
        from app.__main__ import main
        sys.exit(main(["--profile", {str(ana.profile_dir)!r}]))
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MINKA_STARTUP_PROBE="1",
               PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, timeout=120,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = [line.split()[0] + " " + line.split()[1] if line.startswith("before-paint")
             else line.split()[0] for line in done.stdout.splitlines()]
    assert lines == ["before-paint nothing-heavy", "first-paint", "ready"], done.stdout
