"""Moderation in real windows (offscreen) over a real server on loopback: the author reads
why their post was hidden and keeps its text, another member sees only that it was hidden;
a member reports from the thread's link and dialog; the moderator decides in Revisar; an
edit conflict shows the conflict copy with its actions; a group document is proposed to
the repository from the Grupos section."""
from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog

from app.services import forums, groups, moderation, repository, syncing, wall
from app.services.account import current_account
from app.ui.application import create_application
from app.ui.main_window import FORUMS, GROUPS, REVIEW, WALL, MainWindow
from sync.server import cli
from tests.helpers import FORUM_ID, signed_in_profile
from tests.wire import running_server

USERS = ("ana", "beto", "fabi")
SECRET = "Mi celular es 987 654 321."


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    base = tmp_path_factory.mktemp("moderation-ui")
    with running_server(base, users=USERS) as proc:
        assert cli.main(["--db", proc.db_url, "user", "role", "fabi", "facilitator"]) == 0
        yield proc


def _profile(tmp_path, server, name):
    store = signed_in_profile(tmp_path / name, server.url, name)
    syncing.sync_now(store)
    return store


def _window(qtbot, store, section):
    create_application([], "es")
    window = MainWindow(store, current_account(store), auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(section)
    return window


def _click(view, link: str) -> None:
    view.reader.anchorClicked.emit(QUrl(link))


def test_hidden_post_report_and_review_in_the_window(qtbot, server, tmp_path):
    ana, beto, fabi = (_profile(tmp_path, server, n) for n in USERS)
    thread_id = forums.create_thread(ana, FORUM_ID, "Calendario de visitas", SECRET)
    post_id = forums.thread_posts(ana, thread_id)[0].id
    syncing.sync_now(ana)
    syncing.sync_now(beto)

    # beto reports it from the thread: the link opens the dialog, its button queues it.
    window = _window(qtbot, beto, FORUMS)
    window.open_thread(FORUM_ID, thread_id)
    view = window.forums
    assert "Reportar" in view.reader.toPlainText()
    _click(view, f"minka:writing/report/post/{post_id}")
    dialog = view.writing.dialog
    dialog.text.setPlainText("Tiene un número de celular.")
    dialog.main.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "Reportado" in view.reader.toPlainText()
    syncing.sync_now(beto)
    syncing.sync_now(fabi)

    # fabi sees it in Revisar (the section only moderators have) and hides it.
    review_window = _window(qtbot, fabi, REVIEW)
    assert not review_window.nav.item(REVIEW).isHidden()
    assert review_window.nav.item(REVIEW).text() == "Revisar (1)"
    assert window.nav.item(REVIEW).isHidden()           # beto is a participant
    review = review_window.review
    assert review.list.count() == 1
    assert review.text.text() == SECRET
    assert "Beto Prueba" in review.reports.text()
    assert "Tiene un número de celular." in review.reports.text()
    review.reason.setPlainText("")
    review.hide_button.click()
    assert review.error.isVisible()                     # a reason is needed
    review.reason.setPlainText("Contiene datos personales.")
    review.hide_button.click()
    assert review.list.count() == 0
    assert review_window.nav.item(REVIEW).text() == "Revisar"
    syncing.sync_now(fabi)
    syncing.sync_now(beto)
    syncing.sync_now(ana)

    # The author reads that it was hidden and why, and keeps the text.
    author = _window(qtbot, ana, FORUMS)
    author.open_thread(FORUM_ID, thread_id)
    text = author.forums.reader.toPlainText()
    assert "La moderación ocultó su publicación" in text
    assert "Contiene datos personales." in text and SECRET in text
    assert "Editar" not in text                          # hidden: no more edits
    # Another member: only that it was hidden.
    window.forums.reload()
    window.open_thread(FORUM_ID, thread_id)
    text = window.forums.reader.toPlainText()
    assert "ocultada por la moderación" in text and SECRET not in text
    assert "Contiene datos personales." not in text
    for store in (ana, beto, fabi):
        store.close()


def test_an_edit_conflict_shows_the_copy_and_applies_it_again(qtbot, server, tmp_path):
    laptop = _profile(tmp_path, server, "ana")
    office = signed_in_profile(tmp_path / "ana-office", server.url, "ana")
    syncing.sync_now(office)
    thread_id = forums.create_thread(laptop, FORUM_ID, "Reunión de directores",
                                     "Nos reunimos el lunes a las 9.")
    post_id = forums.thread_posts(laptop, thread_id)[0].id
    wall_id = wall.write_post(laptop, "informacion", "Feria de ciencias el viernes.")
    syncing.sync_now(laptop)
    syncing.sync_now(office)

    window = _window(qtbot, office, FORUMS)
    window.open_thread(FORUM_ID, thread_id)
    view = window.forums
    _click(view, f"minka:writing/edit/post/{post_id}")
    dialog = view.writing.dialog
    assert dialog.text.toPlainText() == "Nos reunimos el lunes a las 9."
    dialog.text.setPlainText("Nos reunimos el lunes a las 10, en la UGEL.")
    dialog.main.click()
    assert "Edición pendiente de envío" in view.reader.toPlainText()
    assert "a las 10, en la UGEL" in view.reader.toPlainText()

    moderation.edit(laptop, "post", post_id, "Nos reunimos el martes a las 9.")
    syncing.sync_now(laptop)
    with qtbot.waitSignal(window.sync.finished, timeout=30000):
        window.sync_button.click()
    text = view.reader.toPlainText()
    assert "Nos reunimos el martes a las 9." in text            # the network's version
    assert "Su edición no se aplicó" in text and "a las 10, en la UGEL" in text

    _click(view, f"minka:writing/apply/post/{post_id}")
    again = view.writing.dialog
    assert again.text.toPlainText() == "Nos reunimos el lunes a las 10, en la UGEL."
    again.main.click()
    with qtbot.waitSignal(window.sync.finished, timeout=30000):
        window.sync_button.click()
    text = view.reader.toPlainText()
    assert "Su edición no se aplicó" not in text and "editado" in text
    assert forums.thread_posts(office, thread_id)[0].body.endswith("en la UGEL.")

    # The wall: the open post's own links, the same dialog.
    window.nav.setCurrentRow(WALL)
    wall_view = window.wall
    wall_view.select_post(wall_id)
    assert wall_view.moderation_note.isVisible()
    wall_view.writing.handle(f"minka:writing/edit/wall_post/{wall_id}")
    wall_view.writing.dialog.text.setPlainText("Feria de ciencias el sábado.")
    wall_view.writing.dialog.main.click()
    assert wall_view.body.text() == "Feria de ciencias el sábado."
    for store in (laptop, office):
        store.close()


def test_a_group_document_is_proposed_from_the_groups_section(qtbot, server, tmp_path):
    assert cli.main(["--db", server.db_url, "group", "create", "lectoras",
                     "Círculo de lectoras"]) == 0
    assert cli.main(["--db", server.db_url, "group", "add", "lectoras", "beto"]) == 0
    beto = _profile(tmp_path, server, "beto")
    [group] = groups.my_groups(beto)
    paper = tmp_path / "sistematizacion.pdf"
    paper.write_bytes(b"%PDF-1.4 sistematizacion " + uuid.uuid4().bytes)
    doc_id = groups.share_document(beto, group.id, paper, "Sistematización del círculo")
    syncing.sync_now(beto)

    window = _window(qtbot, beto, GROUPS)
    view = window.groups
    view.select_forum(group.id)
    row = next(i for i in range(view.document_list.count())
               if view.document_list.item(i).data(0x0100) == doc_id)
    view.document_list.setCurrentRow(row)
    assert view.propose_button.isEnabled()
    dialog = view.propose_document()
    assert dialog.file.text() == "sistematizacion.pdf"
    assert dialog.title.text() == "Sistematización del círculo"
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.send.click()
    [mine] = repository.my_proposals(beto)
    assert mine.group_title == "Círculo de lectoras" and mine.sync_state == "pending"
    syncing.sync_now(beto)
    fabi = _profile(tmp_path, server, "fabi")
    assert any(x.group_title == "Círculo de lectoras"
               for x in repository.proposals_to_review(fabi))
    review = _window(qtbot, fabi, REVIEW).review
    assert "Propuestas de documentos por revisar: 1" in review.proposals_note.text()
    for store in (beto, fabi):
        store.close()


def test_reasons_and_reported_text_stay_text(qtbot, server, tmp_path):
    """A report's reason and a hide's reason are wire text too: shown as text in Revisar,
    in the forums reader and in the Muro's note (escaped in the one rich label)."""
    from PySide6.QtCore import Qt
    evil = "<img src='/dev/zero'><b>x</b>"
    ana, beto, fabi = (_profile(tmp_path, server, n) for n in USERS)
    thread_id = forums.create_thread(ana, FORUM_ID, "Tema", evil)
    post_id = forums.thread_posts(ana, thread_id)[0].id
    wall_id = wall.write_post(ana, "pregunta", "Una pregunta.")
    for store in (ana, beto):
        syncing.sync_now(store)
    moderation.report(beto, "post", post_id, evil)
    syncing.sync_now(beto)
    syncing.sync_now(fabi)
    review = _window(qtbot, fabi, REVIEW).review
    for label in (review.text, review.reports, review.heading, review.meta):
        assert label.textFormat() == Qt.PlainText
    assert review.text.text() == evil and evil in review.reports.text()
    moderation.hide(fabi, "post", post_id, evil)
    moderation.hide(fabi, "wall_post", wall_id, evil)
    syncing.sync_now(fabi)
    syncing.sync_now(ana)
    window = _window(qtbot, ana, FORUMS)
    window.open_thread(FORUM_ID, thread_id)
    assert evil in window.forums.reader.toPlainText()        # shown, not interpreted
    window.nav.setCurrentRow(WALL)
    window.wall.select_post(wall_id)
    note = window.wall.moderation_note.text()
    assert "<img" not in note and "&lt;img" in note
    for store in (ana, beto, fabi):
        store.close()
