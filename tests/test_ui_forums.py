"""The window as a participant uses it: sign in, read a thread, reply offline, sync."""
from __future__ import annotations


from app.services import account, forums, syncing
from app.store.db import Store
from app.ui.application import create_application
from app.ui.main_window import FORUMS, MainWindow
from app.ui.signin import SignInDialog
from sync.client import Backoff
from tests.helpers import FORUM_ID, PASSWORD


def test_sign_in_reply_offline_then_sync(qtbot, tmp_path, server, profile_factory):
    beto = profile_factory("beto")
    syncing.sync_now(beto)
    thread_id = forums.create_thread(beto, FORUM_ID, "Grupos interactivos con familias",
                                     "¿Cómo invitaron a las madres voluntarias?")
    syncing.sync_now(beto)

    create_application([], "es")
    store = Store(tmp_path / "ana-gui")
    dialog = SignInDialog(store, server.url, "ana")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password.setText("contraseña equivocada")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10000)
    assert "no son correctos" in dialog.error.text()
    assert account.current_account(store) is None

    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.ok.click()
    assert dialog.account.username == "ana"

    window = MainWindow(store, dialog.account, auto_sync=False)
    window.sync.engine_options = {"backoff": Backoff(base=0.1, max_attempts=2)}
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.sync.finished, timeout=20000):
        window.sync_button.click()
    window.nav.setCurrentRow(FORUMS)
    window.open_thread(FORUM_ID, thread_id)
    assert "Grupos interactivos con familias" in window.forums.reader.toPlainText()
    assert "madres voluntarias" in window.forums.reader.toPlainText()

    # a sync while she is typing neither replaces her text nor loses it
    window.forums.reply_box.setPlainText("Estimado Beto: en nuestra IE")
    with qtbot.waitSignal(window.sync.finished, timeout=20000):
        window.sync_button.click()
    assert window.forums.reply_box.toPlainText() == "Estimado Beto: en nuestra IE"
    window.forums._save_draft()
    window.open_thread(FORUM_ID, thread_id)
    assert forums.load_draft(store, f"reply:{thread_id}") == "Estimado Beto: en nuestra IE"

    # offline: the server is down while Ana writes her reply
    server.stop()
    window.forums.reply_box.setPlainText("En Combapata las invitamos en la **asamblea** "
                                         "de padres.")
    window.forums.reply_button.click()
    text = window.forums.reader.toPlainText()
    assert "En Combapata las invitamos en la asamblea" in text
    assert "Pendiente de envío" in text
    assert "1 escritos pendientes" in window.pending_label.text() or \
        "1 escrito pendiente" in window.pending_label.text()
    assert window.forums.reply_box.toPlainText() == ""

    with qtbot.waitSignal(window.sync.failed, timeout=60000) as failed:
        window.sync.sync_now()
    assert failed.args[0] == "no_connection"
    assert window.connection_label.text() == "Sin conexión"
    assert "Pendiente de envío" in window.forums.reader.toPlainText()

    server.start()
    with qtbot.waitSignal(window.sync.finished, timeout=20000):
        window.sync_button.click()
    assert "Pendiente de envío" not in window.forums.reader.toPlainText()
    assert "Nada pendiente" in window.pending_label.text()
    # Beto sees Ana's reply, confirmed, with her name
    syncing.sync_now(beto)
    posts = forums.thread_posts(beto, thread_id)
    assert posts[-1].author == "Ana Prueba" and posts[-1].state == "synced"
    assert "asamblea" in posts[-1].body
    window.close()
    store.close()
