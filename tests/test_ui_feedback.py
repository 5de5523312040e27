"""Returning with comments in a real window: the facilitator confirms before returning and
may correct afterwards; the participant finds the comments first, in the tree and on
Inicio."""
from __future__ import annotations

import json

from sqlalchemy import select

from app.services import course, syncing
from app.services.account import current_account
from app.store.models import OutboxEntry
from app.ui.application import create_application
from app.ui.course_view import ITEM_ID, RETURNED, TASK
from app.ui.main_window import COURSE, HOME, MainWindow
from tests.test_ui_course import _ids


def _window(qtbot, store, section=COURSE):
    create_application([], "es")
    window = MainWindow(store, current_account(store), auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(section)
    return window


def _queued_feedback(store) -> list[dict]:
    with store.session() as s:
        return [json.loads(e.payload) for e in s.scalars(
            select(OutboxEntry).where(OutboxEntry.kind == "feedback.create"))]


def _tree_item(view, assignment_id):
    it = view.tree.invisibleRootItem()
    stack = [it.child(i) for i in range(it.childCount())]
    while stack:
        item = stack.pop()
        if item.data(0, ITEM_ID) == assignment_id:
            return item
        stack.extend(item.child(i) for i in range(item.childCount()))


def test_return_confirm_correct_and_the_participant_sees_it_first(qtbot, course_server,
                                                                  profile_factory):
    ana, fabiola = profile_factory("ana"), profile_factory("fabiola")
    syncing.sync_now(ana)
    task = _ids(ana).assignments[0]
    course.submit(ana, task.id, "Mi informe de la tertulia.")
    syncing.sync_now(ana)
    syncing.sync_now(fabiola)

    window = _window(qtbot, fabiola)
    view = window.course
    view.open_item("assignment", task.id)
    view.feedback_box.setPlainText("Buen trabajo; amplíe la parte de las familias.")
    view.return_button.click()
    # nothing leaves before she confirms, and she may go back to editing
    assert view.confirm_yes.isVisible() and not view.return_button.isVisible()
    assert "sin calificación" in view.confirm_text.text()
    assert "Ana Prueba" in view.confirm_text.text()
    assert _queued_feedback(fabiola) == []
    view.confirm_no.click()
    assert view.return_button.isVisible() and _queued_feedback(fabiola) == []
    view.return_button.click()
    view.confirm_yes.click()
    [first] = _queued_feedback(fabiola)
    assert first["replaces"] is None and first["grade"] == ""
    shown = view.review_reader.toPlainText()
    assert "Buen trabajo" in shown and "Calificación:" not in shown   # no grade, no label
    with qtbot.waitSignal(window.sync.finished, timeout=20000):
        window.sync_now()
    window.close()

    # the participant: first on Inicio, marked in the tree, first on the assignment
    syncing.sync_now(ana)
    window = _window(qtbot, ana, HOME)
    assert window.home.returned.isVisible()
    assert "Fabiola devolvió su Tarea 1: una tertulia con comentarios" in \
        window.home.returned.text()
    window.home.returned.linkActivated.emit(task.id)
    view = window.course
    assert window.nav.currentRow() == COURSE and view.pages.currentIndex() == TASK
    item = _tree_item(view, task.id)
    assert item.data(0, RETURNED) and not item.icon(0).isNull()
    page = view.task_reader.toPlainText()
    assert page.index("Comentarios de Fabiola Prueba") < page.index("Organice una tertulia")
    assert "Calificación" not in page
    assert view.task_state.text() == "Devuelta con comentarios."
    window.close()

    # the facilitator corrects: the old text to start from, a confirmation, a new version
    syncing.sync_now(fabiola)
    window = _window(qtbot, fabiola)
    view = window.course
    view.open_item("assignment", task.id)
    assert view.correct_button.isVisible() and not view.feedback_box.isEnabled()
    view.correct_button.click()
    assert view.feedback_box.toPlainText() == "Buen trabajo; amplíe la parte de las familias."
    assert view.return_button.text() == "Enviar corrección"
    view.feedback_box.setPlainText("Muy buen trabajo: la parte de las familias está bien.")
    view.grade.setText("A")
    view.return_button.click()
    assert "corrección" in view.confirm_text.text()
    view.confirm_yes.click()
    [correction] = _queued_feedback(fabiola)
    assert correction["replaces"] == first["id"] and correction["grade"] == "A"
    with qtbot.waitSignal(window.sync.finished, timeout=20000):
        window.sync_now()
    assert "corregida" in view.review_reader.toPlainText()
    window.close()

    syncing.sync_now(ana)
    window = _window(qtbot, ana, HOME)
    assert "Fabiola corrigió los comentarios de su Tarea 1: una tertulia" in \
        window.home.returned.text()
    window.open_assignment(task.id)
    page = window.course.task_reader.toPlainText()
    assert page.index("Calificación: A") < page.index("Organice una tertulia")
    assert "Muy buen trabajo" in page and "amplíe" not in page and "corregida" in page
    state = window.course.task_state.text()
    assert "ya fue calificada: A" in state and "corregidos" in state
    window.close()
