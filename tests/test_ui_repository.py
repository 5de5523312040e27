"""The Repositorio section in a real window: search as you type, a document's details,
its download, proposing a document; and how fast it opens with 10,000 entries."""
from __future__ import annotations

import time
import uuid

import pytest
from PySide6.QtCore import Qt
from datetime import datetime, timedelta, timezone

from app.services import repository, syncing
from app.services.account import current_account
from app.store.replica import _apply_changes
from app.ui.application import create_application
from app.ui.main_window import REPOSITORY, MainWindow
from app.ui.repository_view import RepositoryView, download_problem
from sync import protocol as p
from tests.test_repository_client import (_can_mount_tmpfs, _publish_locally, _server_file,
                                          _small_disk)


def _window(qtbot, store):
    create_application([], "es")
    window = MainWindow(store, current_account(store), auto_sync=False)
    qtbot.addWidget(window)
    window.nav.setCurrentRow(REPOSITORY)
    return window


def test_search_detail_and_download(qtbot, server, profile_factory, tmp_path):
    ana = profile_factory("ana")
    syncing.sync_now(ana)
    ref = _server_file(ana, tmp_path, 600_000, "tertulias")
    doc_id = _publish_locally(ana, ref, title="Tertulias dialógicas en la escuela rural")
    _publish_locally(ana, None, title="Norma técnica de evaluación formativa", seq=1001,
                     summary="Orientaciones para evaluar en el aula.", type="norma",
                     themes=("evaluación",))
    window = _window(qtbot, ana)
    view = window.repository
    assert view.count_label.text() == "2 documentos"
    assert "Documentos guardados en este equipo: 0 KB" == view.storage.text()

    qtbot.keyClicks(view.query, "tertulia")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=3000)
    hit = view.model.hits[0]
    assert hit.document_id == doc_id and "<b>" in hit.title_html
    assert view.count_label.text() == "1 documento"
    view.results.setCurrentIndex(view.model.index(0))
    assert "Tertulias dialógicas en la escuela rural" in view.detail.toPlainText()
    assert "Rosa Quispe" in view.detail.toPlainText()
    assert view.availability.text().startswith("Sin descargar")
    assert view.download_button.isVisibleTo(view) and not view.open_button.isVisibleTo(view)

    view.download_button.click()
    qtbot.waitUntil(lambda: view.availability.text() == "✓ Disponible sin conexión",
                    timeout=10000)
    qtbot.waitUntil(lambda: view.storage.text() ==
                    "Documentos guardados en este equipo: 586 KB", timeout=5000)
    assert view.open_button.isVisibleTo(view) and view.remove_button.isVisibleTo(view)
    # Its words are found now too (the file's text was indexed).
    view.query.setText("Canchis")
    qtbot.waitUntil(lambda: [h.document_id for h in view.model.hits] == [doc_id],
                    timeout=3000)

    view.remove_button.click()
    assert view.availability.text().startswith("Sin descargar")
    assert view.storage.text() == "Documentos guardados en este equipo: 0 KB"

    # Filters: a type with no match says so plainly.
    view.query.clear()
    view.type_filter.setCurrentIndex(view.type_filter.findData("norma"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=3000)
    window.close()


def test_propose_dialog_checks_and_queues(qtbot, server, profile_factory, tmp_path):
    ana = profile_factory("ana")
    syncing.sync_now(ana)
    window = _window(qtbot, ana)
    view = window.repository
    dialog = view.propose()
    dialog.submit()
    assert dialog.error.text() == "Elija el archivo del documento."
    doc = tmp_path / "Sistematización Pitumarca.pdf"
    doc.write_bytes(b"%PDF-1.4 sistematizacion")
    dialog.set_file(str(doc))
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=3000)
    assert dialog.error.text() == "Escriba el título del documento."
    dialog.title.setText("Sistematización de la tertulia en Pitumarca")
    dialog.type.setCurrentIndex(dialog.type.findData("sistematizacion"))
    dialog.authors.setText("Ana Prueba; Beto Prueba")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.submit()
    assert view.tabs.currentIndex() == 1
    assert "Pendiente de envío" in view.mine.toPlainText()
    [mine] = repository.my_proposals(ana)
    assert mine.authors == ["Ana Prueba", "Beto Prueba"]
    assert window.pending_label.text() == "1 escrito pendiente de envío"
    window.close()


def test_ten_thousand_documents_open_as_a_page(qtbot, server, profile_factory):
    ana = profile_factory("ana")
    start = datetime(2024, 1, 1, tzinfo=timezone.utc)
    themes = ["tertulias", "gestión escolar", "evaluación formativa", "familias",
              "interculturalidad", "convivencia"]
    changes = [p.Change(entity="document", id=uuid.uuid4(), seq=10 + i, data=dict(
        key=f"EDG-{i:05d}", title=f"Documento {i} sobre {themes[i % 6]} en la red",
        authors=[f"Autora {i % 300}"], year=2000 + i % 25, type=p.DOCUMENT_TYPES[i % 10],
        themes=[themes[i % 6], themes[(i + 1) % 6]], region=["Cusco", "Puno", "Apurímac"][i % 3],
        summary="Experiencias de comunidades de aprendizaje y participación de las familias. "
                * 3, language="es", licence="", source="", file=None,
        published_at=(start + timedelta(minutes=i)).isoformat(), contributed_by=None))
        for i in range(10_000)]
    with ana.session() as s, s.begin():
        _apply_changes(s, changes)
    create_application([], "es")
    # How fast it opens is measured by bench/search_bench.py (docs/benchmarks.md); here,
    # what a member relies on: the count is right and the list holds a page, not 10,000.
    view = RepositoryView(ana)
    qtbot.addWidget(view)
    view.show()
    assert view.count_label.text() == "10000 documentos"
    assert view.model.rowCount() == 50
    # Typing narrows the list; each query is timed so the view knows whether it may stay
    # on the GUI thread.
    for text in ("t", "te", "ter", "tert", "tertu", "tertul", "familia", "comunidades",
                 "evaluación formativa", "Cusco"):
        view.query.setText(text)
        view.run_query()
        assert view.last_query_s is not None
    # On a slow machine the view moves its queries off the GUI thread: wait for the answer
    # the person waits for, whichever way it came.
    qtbot.waitUntil(lambda: view.count_label.text() == "3334 documentos",  # every third
                    timeout=30000)


def _review_tab(view) -> int:
    return view.tabs.indexOf(view.review_page)


def test_a_new_facilitator_reviews_in_the_window_and_the_member_sees_why(
        qtbot, server, profile_factory, tmp_path):
    """Beto is made facilitator on the server while his window is open: the review tab
    appears with the next sync (no restart), he turns a proposal down with a reason, and
    Ana reads the reason in «Mis propuestas» after her sync."""
    from sync.server import cli
    ana, beto = profile_factory("ana"), profile_factory("beto")
    doc = tmp_path / "Plan de convivencia.txt"
    doc.write_text("Acuerdos de convivencia construidos con estudiantes.", encoding="utf-8")
    repository.propose(ana, doc, title="Plan de convivencia", type="otro")
    syncing.sync_now(ana)

    window = _window(qtbot, beto)
    view = window.repository
    assert _review_tab(view) < 0                        # a participant reviews nothing
    assert cli.main(["--db", server.db_url, "user", "role", "beto", "facilitator"]) == 0
    with qtbot.waitSignal(window.sync.finished, timeout=20000):
        window.sync_button.click()
    index = _review_tab(view)
    assert index >= 0 and view.tabs.tabText(index) == "Propuestas por revisar (1)"
    view.tabs.setCurrentIndex(index)
    assert view.review_list.count() == 1
    assert "Plan de convivencia" in view.review_detail.toPlainText()
    assert view.approve_button.isEnabled()

    view.decide(False)                                   # without a reason: explained
    assert view.review_state.text() == "Escriba el motivo: quien propuso el documento lo leerá."
    view.reason.setPlainText("Ya está en el repositorio como EDG-0012.")
    view.reject_button.click()
    assert view.review_state.text() == \
        "Decisión guardada: se enviará en la próxima sincronización."
    assert not view.approve_button.isEnabled()
    with qtbot.waitSignal(window.sync.finished, timeout=20000):
        window.sync_button.click()
    assert view.tabs.tabText(_review_tab(view)) == "Propuestas por revisar"

    syncing.sync_now(ana)
    [mine] = repository.my_proposals(ana)
    assert (mine.state, mine.reason) == ("rejected", "Ya está en el repositorio como EDG-0012.")

    assert cli.main(["--db", server.db_url, "user", "role", "beto", "participant"]) == 0
    with qtbot.waitSignal(window.sync.finished, timeout=20000):
        window.sync_button.click()
    assert _review_tab(view) < 0                        # and leaves when he is not one
    window.close()


@pytest.mark.skipif(not _can_mount_tmpfs(), reason="needs root to mount a small tmpfs")
def test_files_removed_to_make_room_are_told_even_when_the_download_fails(
        qtbot, server, profile_factory, tmp_path, monkeypatch):
    """A 2 MiB disk holds one downloaded document not kept; the next download needs its
    room, deletes it, and then fails (the server does not have that file): the person is
    still told a document left this computer, and its row says so."""
    monkeypatch.setattr(repository, "DISK_RESERVE_BYTES", 64 * 1024)
    ana = profile_factory("ana")
    syncing.sync_now(ana)
    read = _publish_locally(ana, _server_file(ana, tmp_path, 1_200_000, "leida"),
                            title="Guía leída", seq=5000)
    missing = _publish_locally(ana, {"sha256": "ab" * 32, "name": "perdido.pdf",
                                     "size": 1_200_000}, title="Informe perdido", seq=5001)
    with _small_disk(ana, "2m"):
        repository.download(ana, current_account(ana), read)
        window = _window(qtbot, ana)
        view = window.repository
        view.show_document(missing)
        view.download_button.click()
        qtbot.waitUntil(lambda: "se quitó de este equipo 1 documento" in
                        window.statusBar().currentMessage(), timeout=10000)
        assert repository.availability(ana, read).state == repository.NOT_DOWNLOADED
        assert view.availability.text() == download_problem("not_found")
        row = view.model.row_of(read)                  # its row no longer says «offline»
        assert row >= 0
        assert view.model.data(view.model.index(row), Qt.UserRole + 1).offline is False
        window.close()
