"""The Directorio section and Mi perfil in real windows on the offscreen platform, over a
real server on loopback with the demo's 200 members: the table lists what the server sent
a page at a time, finds "Núñez" typed without accents, filters by region and position,
opens a member's card with only what they share; the profile saved in the dialog (with its
own button) shows pending, travels, and a refused edit comes back with its text kept."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from app.services import directory, syncing
from app.services.account import current_account
from app.store.models import OutboxEntry, Person
from app.ui.application import create_application
from app.ui.directory_view import PAGE, DirectoryView, ProfileDialog
from app.ui.main_window import DIRECTORY, MainWindow
from sync.server import db
from sync.server.demo_members import load_demo_members, members
from tests.helpers import signed_in_profile
from tests.wire import running_server


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    base = tmp_path_factory.mktemp("directory-ui")
    with running_server(base, users=("ana", "beto")) as proc:
        sessions = db.session_factory(db.make_engine(proc.db_url))
        with sessions() as s, s.begin():
            load_demo_members(s, lambda username: None)
        sessions.kw["bind"].dispose()
        yield proc


def _profile_with(spec_filter):
    return next(m for m in members() if spec_filter(m))


def test_the_directory_lists_pages_searches_filters_and_opens_a_card(server, qtbot,
                                                                    tmp_path):
    create_application([], "es")
    store = signed_in_profile(tmp_path / "ana", server.url, "ana")
    try:
        syncing.sync_now(store)
        window = MainWindow(store, current_account(store), auto_sync=False)
        qtbot.addWidget(window)
        window.show()
        window.nav.setCurrentRow(DIRECTORY)
        view = window.directory
        assert isinstance(view, DirectoryView) and view.isVisible()
        with store.session() as s:
            everyone = s.scalar(select(func.count()).select_from(Person))
        assert everyone == 202 and view.model.total == 202
        assert "202 miembros" in view.count.text()
        # A page at a time: scrolling to the end brings the next page.
        assert view.model.rowCount() == PAGE
        view.table.scrollToBottom()
        qtbot.waitUntil(lambda: view.model.rowCount() > PAGE, timeout=20000)

        # Typed without accents or ñ, found with them.
        wanted = _profile_with(lambda m: "Ñ" in m["display_name"] or "ú" in m["display_name"])
        plain = directory.fold(wanted["display_name"].split()[1]).upper()
        view.search.setText(plain)
        qtbot.waitUntil(lambda: view.model.total < 202, timeout=20000)
        names = [m.display_name for m in view.model.items]
        assert wanted["display_name"] in names
        assert all(plain.lower() in directory.fold(n) for n in names)
        view.search.clear()
        qtbot.waitUntil(lambda: view.model.total == 202, timeout=20000)

        # Filters: a region and a position, as the data holds them.
        view.region.setCurrentIndex(view.region.findData("Áncash"))
        in_ancash = sum(m["region"] == "Áncash" for m in members())
        assert view.model.total == in_ancash
        view.position.setCurrentIndex(view.position.findData("Docente"))
        assert view.model.total == sum(m["region"] == "Áncash" and m["position"] == "Docente"
                                       for m in members())
        assert all(i.region == "Áncash" and i.position == "Docente" for i in view.model.items)

        # A member's card: what they share, nothing they keep private.
        view.region.setCurrentIndex(0)
        view.position.setCurrentIndex(0)
        private = _profile_with(lambda m: m["phone"] and "phone" not in m["shared"]
                                and m["presentation"] and "presentation" in m["shared"])
        view.search.setText(private["display_name"])
        qtbot.waitUntil(lambda: view.model.total == 1, timeout=20000)
        view.table.selectRow(0)
        assert view.card.name.text() == private["display_name"]
        assert view.card.presentation.text() == private["presentation"]
        assert private["phone"] not in view.card.contact.text()
        assert not view.card.edit_button.isVisible()
    finally:
        store.close()


def test_my_profile_saved_in_the_dialog_travels_and_a_refusal_keeps_the_text(server, qtbot,
                                                                            tmp_path):
    create_application([], "es")
    store = signed_in_profile(tmp_path / "beto", server.url, "beto")
    other = signed_in_profile(tmp_path / "beto-2", server.url, "beto")
    try:
        syncing.sync_now(store)
        syncing.sync_now(other)
        view = DirectoryView(store)
        qtbot.addWidget(view)
        view.show()
        dialog = ProfileDialog(store, view)
        qtbot.addWidget(dialog)
        dialog.position.setCurrentIndex(dialog.position.findData("Especialista de UGEL"))
        dialog.region.setCurrentIndex(dialog.region.findData("Ayacucho"))
        dialog.institution.setText("UGEL Huanta")
        dialog.presentation.setPlainText("Acompaño a 40 escuelas rurales de Huanta.")
        dialog.email.setText("correo-sin-arroba")
        dialog.save_button.click()   # its own button, as the person does
        qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=20000)
        assert "correo" in dialog.error.text().lower()
        assert dialog.presentation.toPlainText()   # the text stays
        dialog.email.setText("beto@ugelhuanta.ejemplo.pe")
        dialog.shares["email"].setChecked(True)
        dialog.save_button.click()
        qtbot.waitUntil(lambda: dialog.result() == ProfileDialog.Accepted, timeout=20000)
        with store.session() as s:
            [entry] = s.scalars(select(OutboxEntry)).all()
        payload = json.loads(entry.payload)
        assert entry.kind == "profile.update" and payload["region"] == "Ayacucho"
        assert set(payload["shared"]) == {"institution", "email"}
        again = ProfileDialog(store, view)
        qtbot.addWidget(again)
        assert "Pendiente de envío" in again.state_note.text()
        syncing.sync_now(store)
        again = ProfileDialog(store, view)
        qtbot.addWidget(again)
        assert again.state_note.isHidden()
        assert again.region.currentData() == "Ayacucho"
        # Her own card shows her what the others see: the e-mail she shares, not the
        # presentation she keeps to herself.
        view.reload()
        view.show_member(current_account(store).user_id)
        assert "beto@ugelhuanta.ejemplo.pe" in view.card.contact.text()
        assert view.card.presentation.isHidden() and not view.card.edit_button.isHidden()
        assert view.card.institution.text() == "UGEL Huanta"

        # The second computer edits on the version it had: refused, and the dialog
        # shows why, with the edit kept to look at and save again or drop.
        stale = ProfileDialog(other, view)
        qtbot.addWidget(stale)
        stale.presentation.setPlainText("Escrito sin conexión en la otra computadora.")
        stale.save_button.click()
        qtbot.waitUntil(lambda: stale.result() == ProfileDialog.Accepted, timeout=20000)
        syncing.sync_now(other)
        shown = ProfileDialog(other, view)
        qtbot.addWidget(shown)
        assert "No se guardó en la red" in shown.state_note.text()
        assert "otro equipo" in shown.state_note.text()
        assert shown.presentation.toPlainText() == "Escrito sin conexión en la otra computadora."
        assert not shown.discard_button.isHidden()
        shown.discard_button.click()
        assert directory.my_profile(other).presentation == \
            "Acompaño a 40 escuelas rurales de Huanta."
    finally:
        store.close()
        other.close()
