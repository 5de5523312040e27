"""A reply the server refuses stays on screen with its reason, and its text can be copied."""
from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtCore import QUrl

from app.services import forums, syncing
from app.services.account import current_account
from app.ui.application import create_application
from app.ui.main_window import MainWindow
from sync.server import cli
from tests.helpers import FORUM_ID


def test_reply_to_a_thread_closed_meanwhile(qtbot, server, profile_factory):
    ana, beto = profile_factory("ana"), profile_factory("beto")
    syncing.sync_now(beto)
    thread_id = forums.create_thread(beto, FORUM_ID, "Acuerdos de la jornada",
                                     "Aquí van los acuerdos.")
    syncing.sync_now(beto)
    syncing.sync_now(ana)
    # a facilitator closes the thread while Ana, offline, writes her reply
    assert cli.main(["--db", server.db_url, "thread", "lock", thread_id]) == 0
    text = "Propongo añadir un acuerdo sobre las **tertulias** de los jueves."
    forums.reply(ana, thread_id, text)

    create_application([], "es")
    window = MainWindow(ana, current_account(ana), auto_sync=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sync.finished, timeout=20000):
        window.sync_now()
    window.open_thread(FORUM_ID, thread_id)
    shown = window.forums.reader.toPlainText()
    assert "No se pudo publicar: El tema fue cerrado y ya no recibe respuestas." in shown
    assert "Propongo añadir un acuerdo sobre las tertulias" in shown
    assert "Este tema está cerrado" in shown
    assert not window.forums.reply_box.isEnabled()
    assert "1 escrito no se pudo publicar" in window.statusBar().currentMessage()
    assert syncing.status(ana).pending == 0  # answered: nothing stuck in the outbox

    post = [p for p in forums.thread_posts(ana, thread_id) if p.state == "rejected"][0]
    window.forums.reader.anchorClicked.emit(QUrl(f"minka:copy/{post.id}"))
    assert QGuiApplication.clipboard().text() == text
    window.close()
