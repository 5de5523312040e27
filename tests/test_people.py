"""Shared computers: each person's profile opens with their own password, offline."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.services import forums, people, syncing
from app.services.account import current_account
from app.store.db import Store
from app.ui.application import create_application
from app.ui.main_window import MainWindow
from app.ui.people import NEW_PERSON, PersonChooser, UnlockDialog
from tests.helpers import FORUM_ID, PASSWORD


def _two_people(tmp_path, profile_factory):
    ana = profile_factory("ana", "gente/ana")
    beto = profile_factory("beto", "gente/beto")
    return tmp_path / "gente", ana, beto


def test_each_person_is_listed_and_opens_only_with_their_password(tmp_path, profile_factory,
                                                                   qtbot):
    root, ana, beto = _two_people(tmp_path, profile_factory)
    (root / "sin-ingresar").mkdir()          # a sign-in that was abandoned is nobody
    folks = people.people(root)
    assert [p.username for p in folks] == ["ana", "beto"]
    assert all(p.locked for p in folks)
    # Only a hash is kept, never the password.
    assert PASSWORD.encode() not in (root / "ana" / "minka.db").read_bytes()
    assert people.check_password(root / "ana", PASSWORD)
    assert not people.check_password(root / "ana", PASSWORD + "x")
    assert not people.check_password(root / "ana", "")

    create_application([], "es")
    chooser = PersonChooser(folks)
    qtbot.addWidget(chooser)
    assert chooser.list.item(0).text() == folks[0].display_name
    chooser.list.setCurrentRow(1)
    chooser.open_button.click()
    assert chooser.result() == QDialog.DialogCode.Accepted and chooser.choice == folks[1]

    adding = PersonChooser(folks)
    qtbot.addWidget(adding)
    adding.add_button.click()
    assert adding.choice == NEW_PERSON
    assert people.new_profile_folder(root) == root / "persona"

    unlock = UnlockDialog(folks[1])
    qtbot.addWidget(unlock)
    unlock.show()
    qtbot.keyClicks(unlock.password, "adivinando")
    qtbot.keyClick(unlock.password, Qt.Key_Return)
    qtbot.waitUntil(lambda: unlock.error.isVisible(), timeout=20000)
    assert "no es correcta" in unlock.error.text()
    assert unlock.result() != QDialog.DialogCode.Accepted
    unlock.password.clear()
    qtbot.keyClicks(unlock.password, PASSWORD)
    qtbot.keyClick(unlock.password, Qt.Key_Return)
    qtbot.waitUntil(lambda: unlock.result() == QDialog.DialogCode.Accepted, timeout=20000)


def test_switching_person_keeps_the_draft_being_written(tmp_path, profile_factory, qtbot):
    root, ana, _beto = _two_people(tmp_path, profile_factory)
    syncing.sync_now(ana)
    thread_id = forums.create_thread(ana, FORUM_ID, "Tertulias en Sicuani", "¿Quién se anima?")
    syncing.sync_now(ana)
    create_application([], "es")
    window = MainWindow(ana, current_account(ana), auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    window.open_thread(FORUM_ID, thread_id)
    qtbot.keyClicks(window.forums.reply_box, "Yo me animo, llevo el libro")
    window.switch_to_another_person()       # no time for the typing debounce
    assert window.switch_person and not window.isVisible()
    again = Store(root / "ana")
    try:
        assert forums.load_draft(again, f"reply:{thread_id}") == "Yo me animo, llevo el libro"
    finally:
        again.close()


def test_the_computer_asks_who_and_switching_person_asks_again(tmp_path, profile_factory,
                                                                qtbot):
    """The whole start on a shared computer: who are you, your password, your window;
    'Cambiar de persona…' comes back to the question; closing it ends Minka."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui.application import run_shared
    root, _ana, _beto = _two_people(tmp_path, profile_factory)
    create_application([], "es")
    seen: list[str] = []

    def shown():
        modal = QApplication.activeModalWidget()
        if modal is not None:
            return modal
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        return windows[-1] if windows else None

    def step():   # what a person does with whatever Minka shows now
        widget = shown()
        name = type(widget).__name__ if widget is not None else None
        if name is None or (seen and seen[-1] == name and name != "PersonChooser"):
            return
        if name == "PersonChooser":
            if seen.count("PersonChooser") == 1 and seen[-1] == "PersonChooser":
                return
            seen.append(name)
            if seen.count("PersonChooser") == 1:
                widget.list.setCurrentRow(1)          # beto
                widget.open_button.click()
            else:
                widget.reject()
        elif name == "UnlockDialog":
            seen.append(name)
            widget.password.setText(PASSWORD)
            widget.submit()
        elif name == "MainWindow":
            seen.append(f"{name}:{widget.account.username}")
            widget.switch_to_another_person()

    timer = QTimer()
    timer.timeout.connect(step)
    timer.start(100)
    try:
        assert run_shared(root) == 0
    finally:
        timer.stop()
    assert seen == ["PersonChooser", "UnlockDialog", "MainWindow:beto", "PersonChooser"]
