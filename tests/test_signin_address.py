"""The server address a person types: completed sensibly, and a plain-HTTP address on a
network is pointed out before the password travels over it."""
from __future__ import annotations

import pytest

from app.services import account
from app.services.errors import UserError


@pytest.mark.parametrize("typed, url", [
    ("minka.ejemplo.pe", "https://minka.ejemplo.pe"),           # a name: a real server
    ("minka.ejemplo.pe/", "https://minka.ejemplo.pe"),
    ("192.168.1.20:8470", "http://192.168.1.20:8470"),          # the institution's network
    ("127.0.0.1:8470", "http://127.0.0.1:8470"),
    ("localhost:8470", "http://localhost:8470"),
    (" http://minka.ugel.pe ", "http://minka.ugel.pe"),         # as typed, when typed
])
def test_addresses_are_completed(typed, url):
    assert account.normalise_server_url(typed) == url


@pytest.mark.parametrize("typed", ["", "   ", "ftp://minka.pe"])
def test_addresses_that_cannot_be_used(typed):
    with pytest.raises(UserError):
        account.normalise_server_url(typed)


@pytest.mark.parametrize("typed, insecure", [
    ("https://minka.ejemplo.pe", False),
    ("minka.ejemplo.pe", False),
    ("http://minka.ejemplo.pe", True),
    ("192.168.1.20:8470", True),
    ("http://127.0.0.1:8470", False),
    ("http://[::1]:8470", False),
    ("localhost:8470", False),
    ("", False),
])
def test_insecure_addresses(typed, insecure):
    assert account.is_insecure(typed) is insecure


def test_the_dialog_says_so_while_the_address_is_typed(qtbot, tmp_path):
    from app.store.db import Store
    from app.ui.application import create_application
    from app.ui.signin import SignInDialog
    create_application([], "es")
    store = Store(tmp_path / "perfil")
    dialog = SignInDialog(store, "https://minka.ejemplo.pe", "rosa.quispe")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.insecure.isVisible()
    dialog.server.setText("http://10.0.0.5:8470")
    assert dialog.insecure.isVisible()
    assert "https" in dialog.insecure.text() and "contraseña" in dialog.insecure.text()
    dialog.server.setText("http://127.0.0.1:8470")
    assert not dialog.insecure.isVisible()
    store.close()
