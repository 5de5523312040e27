"""The sign-in dialog as a person meets it: a real dialog, a real server on loopback, a
wrong password, then the right one and Enter."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.services.account import current_account
from app.store.db import Store
from tests.helpers import PASSWORD


@pytest.fixture
def dialog(qtbot, tmp_path, server):
    from app.ui.application import create_application
    from app.ui.signin import SignInDialog
    create_application([], "es")
    store = Store(tmp_path / "perfil-nuevo")
    dialog = SignInDialog(store, server.url, "ana")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    yield dialog
    store.close()


def _fail_once(qtbot, dialog) -> None:
    qtbot.keyClicks(dialog.password, "no-es-la-clave")
    qtbot.keyClick(dialog.password, Qt.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.isVisible() and dialog.password.isEnabled(),
                    timeout=20000)


def test_enter_after_a_wrong_password_signs_in(qtbot, dialog):
    _fail_once(qtbot, dialog)
    assert dialog.isVisible()
    # The person corrects the password (it is selected after the error) and presses Enter.
    qtbot.keyClicks(dialog.password, PASSWORD)
    assert dialog.password.text() == PASSWORD
    qtbot.keyClick(dialog.password, Qt.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
    assert dialog.result() == QDialog.Accepted
    assert dialog.account is not None and dialog.account.username == "ana"
    assert current_account(dialog.store).username == "ana"


def test_the_error_does_not_squash_the_fields(qtbot, dialog):
    fields = (dialog.server, dialog.username, dialog.password)
    before = [field.height() for field in fields]
    _fail_once(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.error.height() >= dialog.error.heightForWidth(
        dialog.error.width()))
    for field, height in zip(fields, before):
        assert field.height() >= min(height, field.sizeHint().height()), field
        assert field.height() >= field.minimumSizeHint().height()
    # The whole message can be read: its label has the height its wrapped text needs.
    assert dialog.error.text()
    assert dialog.error.height() >= dialog.error.heightForWidth(dialog.error.width())
    assert dialog.error.geometry().bottom() < dialog.ok.mapTo(dialog, dialog.ok.rect()
                                                              .topLeft()).y()


def test_a_new_profile_does_not_offer_a_developers_address(qtbot, tmp_path, monkeypatch):
    """The first launch of a new profile: the server field is empty (with an example as a
    placeholder), not a loopback address left from development."""
    from app.ui import application
    from app.ui.signin import SignInDialog
    application.create_application([], "es")
    seen = {}

    def fake_exec(self):
        seen["server"] = self.server.text()
        seen["placeholder"] = self.server.placeholderText()
        return QDialog.Rejected
    monkeypatch.setattr(SignInDialog, "exec", fake_exec)
    assert application.run(tmp_path / "perfil-nuevo") == 0
    assert seen["server"] == ""
    assert seen["placeholder"].startswith("https://")
