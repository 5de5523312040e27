"""The Curso section as participants and facilitators use it, in a real window."""
from __future__ import annotations

import os
import signal
import subprocess
import sys


from app.services import course, syncing
from app.services.account import current_account
from app.ui.application import create_application
from app.ui.course_view import LESSON, REVIEW, TASK
from app.ui.main_window import MainWindow
from tests.helpers import ROOT


def _window(qtbot, store):
    create_application([], "es")
    window = MainWindow(store, current_account(store), auto_sync=False)
    qtbot.addWidget(window)
    window.nav.setCurrentRow(1)
    return window


def _ids(store):
    [module] = course.outline(store, course.list_courses(store)[0].id)
    return module


def test_participant_reads_writes_and_hands_in(qtbot, course_server, profile_factory,
                                               tmp_path):
    ana = profile_factory("ana")
    syncing.sync_now(ana)
    window = _window(qtbot, ana)
    view = window.course
    assert view.home_title.text() == "Curso de prueba"
    assert view.home_progress.text() == "0 de 2 lecciones completadas"
    module = _ids(ana)
    view.open_item("lesson", module.lessons[0].id)
    assert view.pages.currentIndex() == LESSON
    assert "El diálogo igualitario" in view.lesson_reader.toPlainText()
    assert "minka:file/" in view.lesson_files.text() and "guia.pdf" in view.lesson_files.text()
    assert course.lesson(ana, module.lessons[0].id).state == "read"   # opening it counts
    view.complete_button.click()
    assert course.lesson(ana, module.lessons[0].id).state == "completed"
    assert view.home_progress.text() == "1 de 2 lecciones completadas"

    task = module.assignments[0]
    view.open_item("assignment", task.id)
    assert view.pages.currentIndex() == TASK
    assert "Fecha límite" in view.task_due.text()
    qtbot.keyClicks(view.task_editor, "Hicimos la tertulia el jueves.")
    qtbot.waitUntil(lambda: course.load_draft(ana, f"submission:{task.id}")
                    == "Hicimos la tertulia el jueves.", timeout=3000)
    photo = tmp_path / "asistentes.png"
    photo.write_bytes(b"\x89PNG fake but non-empty image bytes")
    view.attach_path(str(photo))
    qtbot.waitUntil(lambda: "asistentes.png" in view.task_files.text(), timeout=5000)
    program = tmp_path / "virus.exe"
    program.write_bytes(b"MZ")
    view.attach_path(str(program))
    qtbot.waitUntil(lambda: "no acepta ese tipo de archivo" in view.task_state.text(),
                    timeout=5000)
    view.submit_button.click()
    assert "En cola" in view.task_state.text()
    shown = []
    window.sync.progress.connect(lambda _state: shown.append(window.progress.format()))
    with qtbot.waitSignal(window.sync.finished, timeout=20000):
        window.sync_now()
    assert any(text.startswith("Archivo asistentes.png:") for text in shown)
    assert "Entregada (hoy" in view.task_state.text()
    assert view.submit_button.text() == "Entregar de nuevo"
    assert course.assignment(ana, task.id).mine.attachments[0]["name"] == "asistentes.png"
    window.close()


def test_facilitator_reviews_pending_first(qtbot, course_server, profile_factory):
    ana, fabiola = profile_factory("ana"), profile_factory("fabiola")
    syncing.sync_now(ana)
    task = _ids(ana).assignments[0]
    course.submit(ana, task.id, "Mi informe de la tertulia.")
    syncing.sync_now(ana)
    syncing.sync_now(fabiola)
    window = _window(qtbot, fabiola)
    view = window.course
    assert view.home_progress.isHidden()
    view.open_item("assignment", task.id)
    assert view.pages.currentIndex() == REVIEW
    assert view.review_list.item(0).text() == "Ana Prueba\nPor revisar"
    assert "Mi informe de la tertulia." in view.review_reader.toPlainText()
    view.feedback_box.setPlainText("Buen trabajo; amplíe la parte de las familias.")
    view.grade.setText("B")
    view.return_button.click()
    assert "la calificación B" in view.confirm_text.text()   # returning asks first
    view.confirm_yes.click()
    assert "pendiente de envío" in view.review_reader.toPlainText()
    assert not view.return_button.isEnabled()
    with qtbot.waitSignal(window.sync.finished, timeout=20000):
        window.sync_now()
    assert view.review_list.item(0).text() == "Ana Prueba\nDevuelta"
    window.close()
    syncing.sync_now(ana)
    mine = course.assignment(ana, task.id).mine
    assert mine.state == "returned" and mine.feedback[0].grade == "B"


DRAFT_WRITER = """
import sys, time
from app.store.db import Store
from app.services.account import current_account
from app.ui.application import create_application
from app.ui.main_window import MainWindow
from app.services import course
from PySide6.QtTest import QTest
app = create_application([], "es")
store = Store(sys.argv[1])
window = MainWindow(store, current_account(store), auto_sync=False)
window.show()
window.nav.setCurrentRow(1)
window.course.open_item("assignment", sys.argv[2])
QTest.keyClicks(window.course.task_editor, "Borrador escrito de noche, sin luz estable.")
deadline = time.monotonic() + 1.5
while time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
print("typed", flush=True)
while True:
    app.processEvents()
    time.sleep(0.01)
"""


def test_draft_survives_sigkill(course_server, profile_factory, tmp_path):
    ana = profile_factory("ana")
    syncing.sync_now(ana)
    task = _ids(ana).assignments[0]
    proc = subprocess.Popen([sys.executable, "-c", DRAFT_WRITER, str(ana.profile_dir),
                             task.id], cwd=ROOT, stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    try:
        assert proc.stdout.readline().strip() == "typed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        proc.kill()
    assert course.load_draft(ana, f"submission:{task.id}") == \
        "Borrador escrito de noche, sin luz estable."
