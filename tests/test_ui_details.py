"""Smaller things a tired director notices: what the course outline, the footer and the
placeholders say, in a real window."""
from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from app.services import account, course, forums, syncing
from app.services.account import current_account
from app.store.db import Store
from app.ui.application import create_application
from app.ui.main_window import COURSE, MainWindow
from sync.server import cli
from sync.server.demo_content import DEMO_PASSWORD
from tests.helpers import FORUM_ID, ServerProcess


def _window(qtbot, store, section=COURSE):
    create_application([], "es")
    window = MainWindow(store, current_account(store), auto_sync=False)
    qtbot.addWidget(window)
    window.nav.setCurrentRow(section)
    return window


def _items(tree):
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop(0)
        yield item
        stack[:0] = [item.child(i) for i in range(item.childCount())]


def test_no_two_items_of_the_demo_course_look_the_same(qtbot, tmp_path):
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    assert cli.main(["--db", url, "demo"]) == 0
    server = ServerProcess(url, tmp_path / "server.log").start()
    try:
        store = Store(tmp_path / "rosa")
        account.sign_in(store, server.url, "rosa.quispe", DEMO_PASSWORD, "prueba")
        syncing.sync_now(store)
        window = _window(qtbot, store)
        window.resize(800, 600)   # an old laptop's screen, Minka not maximised
        window.show()
        tree = window.course.tree
        qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1)
        items = list(_items(tree))
        assert len(items) > 15
        metrics = tree.fontMetrics()
        # what a person reads: the text as far as the outline's width shows it
        shown = [metrics.elidedText(item.text(0).strip(), Qt.ElideRight,
                                    tree.visualItemRect(item).width()) for item in items]
        assert len(set(shown)) == len(shown), sorted(shown)
        lessons = [i.text(0).strip() for i in items if i.data(0, Qt.UserRole) == "lesson"]
        assert lessons[1].startswith("1.2 Los principios del aprendizaje dialógico (I)")
        assert lessons[2].startswith("1.3 Los principios del aprendizaje dialógico (II)")
        window.close()
        store.close()
    finally:
        server.stop()


def test_reading_a_lesson_is_not_a_writing_waiting_to_be_sent(qtbot, course_server,
                                                              profile_factory):
    ana = profile_factory("ana")
    syncing.sync_now(ana)
    window = _window(qtbot, ana)
    assert window.pending_label.text() == "Nada pendiente de envío"
    [module] = course.outline(ana, course.list_courses(ana)[0].id)
    window.course.open_item("lesson", module.lessons[0].id)
    assert syncing.status(ana).pending == 1          # the progress still travels
    assert window.pending_label.text() == "Su avance en el curso se enviará al sincronizar"
    window.nav.setCurrentRow(0)
    assert "Todo lo que escribió ya está enviado." in window.home.summary.text()
    forums.create_thread(ana, FORUM_ID, "Una pregunta", "¿Cuándo es la tertulia?")
    window.refresh_status()
    assert window.pending_label.text() == "1 escrito pendiente de envío"
    assert "Tiene 1 escrito esperando para enviarse. Se enviará automáticamente" in \
        window.home.summary.text()
    window.close()


def test_automatic_things_say_automatically(qtbot, course_server, profile_factory):
    ana, fabiola = profile_factory("ana"), profile_factory("fabiola")
    syncing.sync_now(ana)
    window = _window(qtbot, ana)
    assert window.auto_action.text() == "Sincronizar automáticamente cuando haya conexión"
    assert "Se guarda automáticamente mientras escribe" in \
        window.course.task_editor.placeholderText()
    window.close()
    task = course.outline(ana, course.list_courses(ana)[0].id)[0].assignments[0]
    course.submit(ana, task.id, "Mi informe.")
    syncing.sync_now(ana)
    syncing.sync_now(fabiola)
    window = _window(qtbot, fabiola)
    window.course.open_item("assignment", task.id)
    # the person by name, as the app never guesses anyone's gender
    assert window.course.feedback_box.placeholderText() == \
        "Sus comentarios para Ana Prueba: qué logró, qué puede mejorar."
    window.close()


def test_downloaded_and_kept_say_different_things(qtbot, server, profile_factory, tmp_path):
    from app.ui.main_window import REPOSITORY
    from tests.test_repository_client import _publish_locally, _server_file
    ana = profile_factory("ana")
    syncing.sync_now(ana)
    doc_id = _publish_locally(ana, _server_file(ana, tmp_path, 40_000, "guardar"))
    window = _window(qtbot, ana, REPOSITORY)
    view = window.repository
    view.show_document(doc_id)
    assert view.pin_button.text() == "Guardar siempre en este equipo"
    view.download_button.click()
    qtbot.waitUntil(lambda: view.open_button.isVisibleTo(view), timeout=10000)
    assert view.availability.text() == (
        "✓ Descargado en este equipo: puede leerlo sin conexión. Si falta espacio para otra "
        "descarga, Minka podría borrarlo.")
    assert "Disponible sin conexión" not in view.availability.text()
    view.pin_button.click()
    assert view.availability.text() == ("✓ Guardado siempre en este equipo: no se borra "
                                        "para hacer espacio.")
    assert view.pin_button.text() == "Guardado siempre en este equipo"
    assert view.pin_button.isChecked()
    window.close()


@pytest.fixture
def computer_zone(monkeypatch):
    """Set the computer's time zone for one test (Python reads TZ at tzset)."""
    def set_zone(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()
    yield set_zone
    monkeypatch.undo()
    time.tzset()


def test_deadlines_read_in_peru_time_whatever_the_computers_zone(qtbot, course_server,
                                                                  profile_factory,
                                                                  computer_zone):
    computer_zone("Asia/Tokyo")
    ana = profile_factory("ana")
    syncing.sync_now(ana)
    window = _window(qtbot, ana)
    task = course.outline(ana, course.list_courses(ana)[0].id)[0].assignments[0]
    window.course.open_item("assignment", task.id)
    due = course_server.due.astimezone(ZoneInfo("America/Lima"))
    text = window.course.task_due.text()
    assert text.startswith(f"Fecha límite: {due.day} de ")
    assert text.endswith(f"{due:%H:%M} (hora del Perú).")
    window.close()


def test_a_computer_in_another_zone_is_told_once(qtbot, server, profile_factory,
                                                 computer_zone):
    ana = profile_factory("ana")
    computer_zone("America/Lima")
    window = _window(qtbot, ana, 0)
    assert "zona horaria" not in window.statusBar().currentMessage()
    window.close()
    computer_zone("Europe/Madrid")
    window = _window(qtbot, ana, 0)
    message = window.statusBar().currentMessage()
    assert message.startswith("La zona horaria de esta computadora (UTC+01:00) no es la "
                              "del Perú (UTC−05:00).")
    window.close()
    window = _window(qtbot, ana, 0)   # once: the next start says nothing more
    assert window.statusBar().currentMessage() == ""
    window.close()


def test_peru_time_without_a_tz_database_is_utc_minus_5():
    from app.ui import timefmt
    moment = datetime(2026, 12, 3, 4, 59, tzinfo=timezone.utc)
    assert moment.astimezone(timefmt.PERU).strftime("%d %H:%M") == "02 23:59"
    assert moment.astimezone(timezone(timedelta(hours=-5))).utcoffset() == \
        moment.astimezone(timefmt.PERU).utcoffset()


def test_server_times_without_an_offset_are_utc_on_any_computer(computer_zone):
    from app.store.replica import _dt
    computer_zone("America/Lima")
    assert _dt("2026-12-11T10:59:00") == datetime(2026, 12, 11, 10, 59, tzinfo=timezone.utc)
    assert _dt("2026-12-11T05:59:00-05:00") == datetime(2026, 12, 11, 10, 59,
                                                        tzinfo=timezone.utc)


def test_a_reply_written_offline_keeps_the_time_it_was_written(qtbot, server,
                                                              profile_factory):
    from app.store.models import Post
    from app.ui.main_window import FORUMS
    from app.ui.timefmt import when
    ana, beto = profile_factory("ana"), profile_factory("beto")
    syncing.sync_now(ana)
    thread_id = forums.create_thread(ana, FORUM_ID, "Tertulia del jueves", "¿Quién viene?")
    syncing.sync_now(ana)
    syncing.sync_now(beto)
    forums.reply(beto, thread_id, "Yo voy, con dos docentes.")   # seq: before ana's reply
    mine = forums.reply(ana, thread_id, "Escrito anoche, sin conexión.")
    written = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(hours=9)
    with ana.session() as s, s.begin():   # as if written last night, synced this morning
        s.get(Post, mine).created_at = written
    syncing.sync_now(beto)
    syncing.sync_now(ana)
    posts = forums.thread_posts(ana, thread_id)
    assert [p.body for p in posts] == ["¿Quién viene?", "Yo voy, con dos docentes.",
                                      "Escrito anoche, sin conexión."]   # server order
    assert posts[2].created_at == written and posts[2].state != "pending"
    window = _window(qtbot, ana, FORUMS)
    window.forums.select_thread(thread_id)
    assert when(written) in window.forums.reader.toPlainText()
    window.close()


def test_a_manual_sync_without_server_says_so_and_looks_again_soon(qtbot, server,
                                                                   profile_factory):
    from sync.client import Backoff
    ana = profile_factory("ana")
    syncing.sync_now(ana)
    server.stop()
    thread_id = forums.create_thread(ana, FORUM_ID, "Desde la cabina de Ocongate",
                                     "Escrito con el servidor caído.")
    window = _window(qtbot, ana, 0)
    window.sync.engine_options = {"backoff": Backoff(base=0.1, max_attempts=2)}
    window.sync.probe_every(0.2, 60)
    try:
        window.sync.set_auto(True)
        # a long outage: the automatic probes have backed off to several seconds apart
        qtbot.waitUntil(lambda: (window.sync.seconds_to_next_attempt() or 0) > 2,
                        timeout=20000)
        with qtbot.waitSignal(window.sync.failed, timeout=20000) as failed:
            window.sync_button.click()
        assert failed.args == ["no_connection"]
        message = window.statusBar().currentMessage()
        assert message.startswith("Esta sincronización no se completó: no se pudo llegar "
                                  "al servidor. Lo que escribió sigue guardado en este "
                                  "equipo. Minka lo intentará de nuevo automáticamente en ")
        assert window.connection_label.text() == "Sin conexión"
        # the person is waiting: the next look comes at the first interval, not the last
        assert window.sync.seconds_to_next_attempt() <= 0.2
        server.start()
        qtbot.waitUntil(lambda: syncing.status(ana).pending == 0, timeout=20000)
        assert forums.get_thread(ana, thread_id).state == "synced"
    finally:
        window.sync.set_auto(False)
        window.close()


def test_a_manual_sync_with_automatic_sync_off_says_to_press_again(qtbot, server,
                                                                   profile_factory):
    from sync.client import Backoff
    ana = profile_factory("ana")
    server.stop()
    window = _window(qtbot, ana, 0)
    window.sync.engine_options = {"backoff": Backoff(base=0.1, max_attempts=2)}
    with qtbot.waitSignal(window.sync.failed, timeout=20000):
        window.sync_now()
    assert window.statusBar().currentMessage().endswith(
        "Pulse «Sincronizar ahora» cuando tenga conexión.")
    assert window.incomplete_sync_text(300).endswith("automáticamente en 5 minutos.")
    window.close()


def test_the_reply_box_is_not_writable_without_a_thread(qtbot, server, profile_factory):
    from app.ui.main_window import FORUMS
    ana = profile_factory("ana")
    syncing.sync_now(ana)
    thread_id = forums.create_thread(ana, FORUM_ID, "Un tema", "Primer mensaje.")
    window = _window(qtbot, ana, FORUMS)
    view = window.forums
    window.show()
    assert view.thread_id is None
    assert not view.reply_box.isEnabled() and not view.reply_button.isEnabled()
    assert view.reply_box.placeholderText() == "Elija un tema de la lista para responder."
    qtbot.keyClicks(view.reply_box, "no debe entrar")
    assert view.reply_box.toPlainText() == ""
    view.select_thread(thread_id)
    assert view.reply_box.isEnabled()
    assert view.reply_box.placeholderText().startswith("Escriba su respuesta.")
    window.close()


def test_dates_in_the_thread_list_are_never_cut(qtbot):
    from PySide6.QtGui import QFont, QFontMetrics
    from app.ui.forums_view import detail_line
    create_application([], "es")
    metrics = QFontMetrics(QFont())
    date = "3 de noviembre de 2026, 18:20"
    parts = ["Pendiente de envío", "María Fernanda Huamán Quispe", "12 respuestas"]
    full = detail_line(metrics, parts, date, 2000)
    assert full == " · ".join(parts + [date])
    for extra in (100, 160, 240):
        width = metrics.horizontalAdvance(date) + extra
        text = detail_line(metrics, parts, date, width)
        assert text.endswith(" · " + date) and "…" in text and metrics.horizontalAdvance(text) <= width
    assert detail_line(metrics, parts, date, metrics.horizontalAdvance(date) + 5) == date
