"""The Grupos section over a real server on loopback: my groups with their threads,
documents and members, hostile text shown as text, a new thread and a reply written
offline and sent; another member who is not in the group sees none of it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.services import groups, syncing
from app.ui.application import create_application
from app.ui.forums_view import ForumsView
from sync.server import cli

HOSTILE = "<img src='/dev/zero'><b>Grupo</b> de lectura"


def test_groups_section_shows_my_groups_as_plain_text(qtbot, tmp_path, server,
                                                       profile_factory):
    assert cli.main(["--db", server.db_url, "group", "create", "lectura", HOSTILE,
                     "--description", "<i>Leemos</i> juntos"]) == 0
    assert cli.main(["--db", server.db_url, "group", "add", "lectura", "ana"]) == 0
    ana, beto = profile_factory("ana"), profile_factory("beto")
    syncing.sync_now(ana)
    syncing.sync_now(beto)

    create_application([], "es")
    view = ForumsView(ana, in_groups=True)
    qtbot.addWidget(view)
    view.resize(1100, 640)
    view.show()
    assert view.forum_list.count() == 1
    item = view.forum_list.item(0)
    group_id = item.data(Qt.UserRole)
    assert item.text().startswith(HOSTILE)              # the markup is text, shown as is
    assert view.members_label.textFormat() == Qt.PlainText
    assert "Ana Prueba" in view.members_label.text()
    assert view.document_list.isVisible() and view.share_button.isEnabled()

    dialog = view.new_thread()
    assert isinstance(dialog, QDialog)
    dialog.title.setText("Plan del mes")
    dialog.body.setPlainText("Propongo leer **juntos** el capítulo 2.")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [t.title for t in groups.group_threads(ana, group_id)] == [
        "Plan del mes"]
    view.reply_box.setPlainText("Y el 3 la próxima semana.")
    view.send_reply()

    paper = tmp_path / "acta.pdf"
    paper.write_bytes(b"%PDF-1.4 acta")
    view.share_document(str(paper))
    qtbot.waitUntil(lambda: "acta.pdf" in view.document_list.item(0).text(), timeout=10000)
    assert "pendiente" in view.document_list.item(0).text()

    syncing.sync_now(ana)
    view.reload()
    qtbot.waitUntil(lambda: "pendiente" not in view.document_list.item(0).text(),
                    timeout=10000)
    [thread] = groups.group_threads(ana, group_id)
    assert thread.post_count == 2 and thread.state == "synced"

    # Beto is not a member: his Grupos section says how groups arrive, and holds nothing.
    syncing.sync_now(beto)
    other = ForumsView(beto, in_groups=True)
    qtbot.addWidget(other)
    assert other.forum_list.count() == 0
    assert "Todavía no pertenece" in other.reader.toPlainText()
    assert groups.my_groups(beto) == []


def test_a_facilitator_changes_members_in_the_dialog(qtbot, tmp_path, server,
                                                    profile_factory):
    from tests.helpers import seed
    seed(server.db_url, users=("fabiola",), role="facilitator")
    assert cli.main(["--db", server.db_url, "group", "create", "red", "Red de directoras"]) == 0
    assert cli.main(["--db", server.db_url, "group", "add", "red", "fabiola"]) == 0
    fabiola, ana = profile_factory("fabiola"), profile_factory("ana")
    syncing.sync_now(ana)
    syncing.sync_now(fabiola)
    create_application([], "es")
    view = ForumsView(fabiola, in_groups=True)
    qtbot.addWidget(view)
    view.show()
    assert view.members_button.isVisible()
    dialog = view.edit_members()
    names = {dialog.people.item(r).text().split("\n")[0]: dialog.people.item(r)
             for r in range(dialog.people.count())}
    assert names["Fabiola Prueba"].checkState() == Qt.Checked
    names["Ana Prueba"].setCheckState(Qt.Checked)
    dialog.search.setText("ana")
    assert names["Fabiola Prueba"].isHidden() and not names["Ana Prueba"].isHidden()
    dialog.save.click()   # "Guardar", as the person does
    assert "Ana Prueba (entrará al sincronizar)" in view.members_label.text()
    syncing.sync_now(fabiola)
    view.reload()
    assert "entrará" not in view.members_label.text()
    assert "Ana Prueba" in view.members_label.text()
    syncing.sync_now(ana)
    assert [g.title for g in groups.my_groups(ana)] == ["Red de directoras"]

    # A participant is offered no such button.
    other = ForumsView(ana, in_groups=True)
    qtbot.addWidget(other)
    other.show()
    assert not other.members_button.isVisible()
