"""Every dialog of the window, filled and accepted with its real button, for each role that
can open it; the outcome is checked where it lives (the store, the outbox, a file)."""
from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import zipfile

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

import app.ui
from app.services import account, course, forums, repository, syncing
from app.services.account import current_account
from app.store.db import Store
from app.store.models import Announcement, OutboxEntry
from app.ui.application import create_application
from app.ui.main_window import COURSE, FORUMS, REPOSITORY, MainWindow
from app.ui.signin import SignInDialog
from tests.helpers import PASSWORD

# Each QDialog subclass in app/ui, and the test below that accepts it through its button.
COVERED = {
    "NewThreadDialog": ("test_new_thread_dialog_queues_the_thread",
                        "test_announcement_dialog_queues_the_announcement"),
    "ProposeDialog": ("test_propose_dialog_queues_the_proposal",
                      "test_moderation_ui:test_a_group_document_is_proposed_from_the_groups_section"),
    "SignInDialog": ("test_sign_in_dialog_signs_in",),
    "SyncHistoryDialog": ("test_history_dialog_exports_with_its_button",),
    # Shared computers: tested beside the profiles they open (module:test).
    "PersonChooser": ("test_people:test_each_person_is_listed_and_opens_only_with_their_password",),
    "UnlockDialog": ("test_people:test_each_person_is_listed_and_opens_only_with_their_password",),
    # Content packs: tested beside the packs they import (issue #12).
    "PackImportDialog": ("test_packs:test_the_dialog_finds_describes_and_imports_a_pack",),
    # Never online (issue #12): the enrolment code on paper.
    "EnrolDialog": ("test_enrolment:test_the_first_screen_starts_without_a_network",),
    # The community (issue #13), beside what they write.
    "MembersDialog": ("test_ui_groups:test_a_facilitator_changes_members_in_the_dialog",),
    "NewsDialog": ("test_wall_ui:test_a_facilitator_publishes_news_from_the_muro",),
    "NewDebateDialog": ("test_debates_ui:test_a_facilitator_publishes_a_closed_debate_from_the_app",),
    "ProfileDialog": ("test_directory_ui:test_my_profile_saved_in_the_dialog_travels_and_a_refusal_keeps_the_text",),
    "NewSurveyDialog": ("test_surveys_ui:test_a_facilitator_asks_a_survey_through_the_dialog",),
    # Moderation and edits (issue #13): reporting, hiding, editing one's own writing.
    "WritingTextDialog": ("test_moderation_ui:test_hidden_post_report_and_review_in_the_window",
                          "test_moderation_ui:test_an_edit_conflict_shows_the_copy_and_applies_it_again"),
}


def _window(qtbot, store, section):
    create_application([], "es")
    window = MainWindow(store, current_account(store), auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(section)
    return window


def _outbox(store) -> list[tuple[str, dict]]:
    with store.session() as s:
        return [(e.kind, json.loads(e.payload))
                for e in s.scalars(select(OutboxEntry).order_by(OutboxEntry.position))]


def test_every_dialog_has_an_accept_test():
    """A new dialog without a test of its accept path fails here, not in a user's hands."""
    found = set()
    for info in pkgutil.iter_modules(app.ui.__path__):
        module = importlib.import_module(f"app.ui.{info.name}")
        for name, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, QDialog) and obj.__module__ == module.__name__:
                found.add(name)
    assert found == set(COVERED)
    here = globals()
    for tests in COVERED.values():
        for test in tests:
            module, _, name = test.rpartition(":")
            where = vars(importlib.import_module(f"tests.{module}")) if module else here
            assert callable(where.get(name)), test


@pytest.mark.parametrize("username", ["ana", "fabiola"])
def test_new_thread_dialog_queues_the_thread(qtbot, course_server, profile_factory, username):
    store = profile_factory(username)
    syncing.sync_now(store)
    window = _window(qtbot, store, FORUMS)
    view = window.forums
    view.forum_list.setCurrentRow(0)
    dialog = view.new_thread()
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    dialog.body.setPlainText("Sin título todavía.")
    dialog.publish.click()
    assert dialog.isVisible() and dialog.error.text() == "Escriba un título para el tema."
    assert _outbox(store) == []
    dialog.title.setText("Tertulia en Ocongate")
    dialog.body.setPlainText("¿Quién más la organizó con familias?")
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        dialog.publish.click()
    [(kind, payload)] = _outbox(store)
    assert kind == "thread.create" and payload["title"] == "Tertulia en Ocongate"
    assert payload["body"] == "¿Quién más la organizó con familias?"
    assert view.thread_id == dialog.saved_id == payload["id"]
    assert "Tertulia en Ocongate" in view.reader.toPlainText()
    assert forums.load_draft(store, f"thread:{payload['forum_id']}") == ""
    window.close()


def test_new_thread_dialog_cancelled_keeps_the_text(qtbot, course_server, profile_factory):
    ana = profile_factory("ana")
    syncing.sync_now(ana)
    window = _window(qtbot, ana, FORUMS)
    window.forums.forum_list.setCurrentRow(0)
    dialog = window.forums.new_thread()
    dialog.title.setText("Borrador")
    dialog.body.setPlainText("Lo termino mañana.")
    dialog.reject()
    dialog = window.forums.new_thread()
    assert dialog.title.text() == "Borrador" and dialog.body.toPlainText() == "Lo termino mañana."
    assert _outbox(ana) == []
    dialog.reject()
    window.close()


def test_announcement_dialog_queues_the_announcement(qtbot, course_server, profile_factory):
    """The bug of issue #10: the dialog closed, nothing was queued (AttributeError)."""
    ana, fabiola = profile_factory("ana"), profile_factory("fabiola")
    syncing.sync_now(ana)
    participant = _window(qtbot, ana, COURSE)
    assert participant.course.announce_button.isHidden()   # participants cannot open it
    participant.close()

    syncing.sync_now(fabiola)
    window = _window(qtbot, fabiola, COURSE)
    view = window.course
    assert view.announce_button.isVisible()
    view.announce_button.click()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, QDialog) and w.isVisible())
    assert dialog.windowTitle() == "Nuevo aviso para el curso"
    dialog.title.setText("Cambio de fecha de la tarea 1")
    dialog.publish.click()
    assert dialog.isVisible() and "vacío" in dialog.error.text()
    dialog.body.setPlainText("La entrega pasa al viernes 12.")
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        dialog.publish.click()
    [(kind, payload)] = _outbox(fabiola)
    assert kind == "announcement.create"
    assert payload["title"] == "Cambio de fecha de la tarea 1"
    with fabiola.session() as s:
        assert s.get(Announcement, payload["id"]).sync_state == "pending"
    assert "Cambio de fecha de la tarea 1" in view.home_news.toPlainText()
    assert "Pendiente de envío" in view.home_news.toPlainText()
    with qtbot.waitSignal(window.sync.finished, timeout=20000):
        window.sync_now()
    window.close()
    syncing.sync_now(ana)
    [news] = course.announcements(ana, view.course_id)
    assert news.body == "La entrega pasa al viernes 12."


@pytest.mark.parametrize("username", ["ana", "fabiola"])
def test_propose_dialog_queues_the_proposal(qtbot, course_server, profile_factory, tmp_path,
                                            username):
    store = profile_factory(username)
    syncing.sync_now(store)
    window = _window(qtbot, store, REPOSITORY)
    dialog = window.repository.propose()
    doc = tmp_path / "Guía de tertulias.pdf"
    doc.write_bytes(b"%PDF-1.4 guia de tertulias")
    dialog.set_file(str(doc))          # what "Elegir archivo…" does with the chosen path
    dialog.title.setText("Guía de tertulias en Quispicanchi")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.send.click()
    [(kind, payload)] = _outbox(store)
    assert kind == "document.propose" and payload["id"] == dialog.proposal_id
    [mine] = repository.my_proposals(store)
    assert mine.title == "Guía de tertulias en Quispicanchi"
    window.close()


@pytest.mark.parametrize("username", ["ana", "fabiola"])
def test_sign_in_dialog_signs_in(qtbot, course_server, tmp_path, username):
    create_application([], "es")
    store = Store(tmp_path / f"gui-{username}")
    dialog = SignInDialog(store, course_server.url, username)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.ok.click()
    assert dialog.account.username == username
    assert account.current_account(store).username == username


@pytest.mark.parametrize("username", ["ana", "fabiola"])
def test_history_dialog_exports_with_its_button(qtbot, course_server, profile_factory,
                                                tmp_path, username):
    store = profile_factory(username)
    syncing.sync_now(store)
    window = _window(qtbot, store, COURSE)
    dialog = window.show_history()
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    assert dialog.table.rowCount() == 1
    target = tmp_path / "diagnostico.zip"
    dialog.save_diagnostics(target)    # what "Exportar diagnóstico…" does with the path
    qtbot.waitUntil(lambda: target.exists() and "Diagnóstico guardado" in dialog.notice.text(),
                    timeout=10000)
    with zipfile.ZipFile(target) as zf:
        assert json.loads(zf.read("report.json"))["account"]["username"] == username
    window.close()

