"""The Debates section on the demo server over loopback, in a real window (offscreen): the
open and the closed debate, endorsing with the button, a proposal written with its draft
kept, the published proposal on Inicio and in "Propuestas de la red", and its PDF, read
back with a PDF reader: question, synthesis, proposal, dates and endorsement count."""
from __future__ import annotations

import pypdf
import pytest

from app import demo
from app.services import account, debates, syncing
from app.store.db import Store


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    data = tmp_path_factory.mktemp("demo-debates")
    url = demo.prepare_server(data)
    port = demo._free_port(0)
    proc = demo.start_server(url, data, port)
    yield url, f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(10)


@pytest.fixture(scope="module")
def demo_server(demo_db):
    yield demo_db[1]


def _window(qtbot, tmp_path, server_url, user):
    from app.ui.application import create_application
    from app.ui.main_window import MainWindow
    create_application([], "es")
    profile = tmp_path / f"perfil-{user}"
    demo.sign_in_demo(profile, server_url, user)
    store = Store(profile)
    syncing.sync_now(store)
    win = MainWindow(store, account.current_account(store), auto_sync=False)
    qtbot.addWidget(win)
    win.show()
    return win, store


@pytest.fixture
def window(qtbot, tmp_path, demo_server):
    win, store = _window(qtbot, tmp_path, demo_server, "rosa.quispe")
    yield win, store
    win.close()
    store.close()


def test_debates_section_endorse_write_and_draft(qtbot, window):
    from app.ui.main_window import DEBATES
    win, store = window
    win.nav.setCurrentRow(DEBATES)
    view = win.debates
    texts = [view.debate_list.item(i).text() for i in range(view.debate_list.count())]
    assert len(texts) == 2
    assert texts[0].startswith("¿Cómo acompañamos") and "Abierto hasta" in texts[0]
    assert "propuesta publicada" in texts[1]
    view.debate_list.setCurrentRow(0)
    assert not view.new_debate_button.isVisible()     # a participant does not open debates
    assert view.composer.isVisible() and view.endorse_button.isVisible()
    assert "En Huanta lo hicimos" in view.reader.toPlainText()

    # Rosa endorsed the first proposal in the demo: the button withdraws, then gives back.
    view.proposal_box.setCurrentIndex(0)
    before = debates.debate_view(store, view.debate_id).proposals[0]
    assert view.endorse_button.text() == "Retirar respaldo"
    view.endorse_button.click()
    after = debates.debate_view(store, view.debate_id).proposals[0]
    assert (after.endorsements, after.endorsed_by_me) == (before.endorsements - 1, False)
    assert view.endorse_button.text() == "Respaldar"
    assert "Respaldar" in view.reader.toPlainText()

    # A proposal half written is kept as a draft when she looks at the other debate.
    view.title_edit.setText("Encuentros mensuales por provincia")
    view.body_edit.setPlainText("Reunir a los directores nuevos una vez al mes.")
    view.debate_list.setCurrentRow(1)
    assert not view.composer.isVisible()      # closed: no composing
    view.debate_list.setCurrentRow(0)
    assert view.title_edit.text() == "Encuentros mensuales por provincia"
    assert view.body_edit.toPlainText() == "Reunir a los directores nuevos una vez al mes."
    view.send_button.click()
    assert view.body_edit.toPlainText() == ""
    mine = [x for x in debates.debate_view(store, view.debate_id).proposals
            if x.title == "Encuentros mensuales por provincia"]
    assert mine and mine[0].state == "pending"
    assert "Pendiente" in view.reader.toPlainText()
    # Markup in wire text is text: a proposal's title is never read as HTML.
    view.title_edit.setText("<b>negrita</b>")
    view.body_edit.setPlainText("<img src='/dev/zero'>")
    view.send_button.click()
    assert "<b>negrita</b>" in view.reader.toPlainText()
    assert "<img src='/dev/zero'>" in view.reader.toPlainText()


def test_published_proposal_on_inicio_in_its_tab_and_as_pdf(qtbot, window, tmp_path):
    win, store = window
    assert "Ocho horas al mes para el trabajo con las familias" in win.home.proposals.text()
    [published] = debates.published(store)
    win.home.open_debate.emit(published.id)
    view = win.debates
    assert view.debate_id == published.id
    view.tabs.setCurrentWidget(view.published_list)
    assert view.published_list.currentItem() is not None
    assert view.pdf_button.isVisible()
    assert "Edugestores propone" in view.reader.toPlainText()

    path = view.export_pdf(str(tmp_path / "propuesta.pdf"))
    assert path is not None and path.read_bytes().startswith(b"%PDF")
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)
    words = " ".join(text.split())
    the_view = debates.debate_view(store, published.id)
    total = sum(x.endorsements for x in the_view.proposals)
    for expected in ("¿Qué tiempo deben reconocer las UGEL para trabajar con las familias?",
                     "Ocho horas al mes para el trabajo con las familias",
                     "Participaron directores, docentes y especialistas de seis regiones.",
                     "La red Edugestores propone a las DRE y UGEL",
                     f"Respaldos recibidos: {total}.", "Debate abierto del",
                     "(hora del Perú)", "Julio Huamán Ccori"):
        assert expected in words, expected
    assert total == 9


def test_a_facilitator_publishes_a_closed_debate_from_the_app(qtbot, tmp_path, demo_db):
    """(Last in this module: it closes the demo's open debate.)"""
    from sync.server import cli
    from app.ui.main_window import DEBATES
    from app.ui.window_state import default_geometry
    from PySide6.QtCore import QRect
    db_url, server_url = demo_db
    assert cli.main(["--db", db_url, "debate", "close",
                     "acompanamiento-directores-nuevos"]) == 0
    win, store = _window(qtbot, tmp_path, server_url, "julio.huaman")
    try:
        win.resize(default_geometry(QRect(0, 0, 1366, 768 - 70)).size())
        win.nav.setCurrentRow(DEBATES)
        view = win.debates
        view.tabs.setCurrentWidget(view.debate_list)
        view.debate_list.setCurrentRow(0)
        assert not view.composer.isVisible()
        assert view.publish_box.isVisible()
        corner = view.publish_button.mapTo(win, view.publish_button.rect().bottomRight())
        assert win.rect().contains(corner)
        view.result_title.setText("Padrinazgo entre directores")
        view.synthesis_edit.setPlainText("La red respaldó el padrinazgo entre colegas.")
        view.result_edit.setPlainText("Proponemos a las UGEL reconocer el padrinazgo.")
        view.publish_button.click()
        assert "se publicará al sincronizar" in view.status_label.text()
        syncing.sync_now(store)
        win.debates.reload()
        [published] = [d for d in debates.published(store)
                       if d.result_title == "Padrinazgo entre directores"]
        assert not view.publish_box.isVisible() and view.pdf_button.isVisible()
        assert "La red respaldó el padrinazgo" in view.reader.toPlainText()
        # A new debate from the app: the dialog queues it, the list shows it pending.
        assert view.new_debate_button.isVisible()
        dialog = view.new_debate()
        dialog.question.setText("¿Cómo preparamos la jornada de reflexión?")
        dialog.description.setPlainText("Con las familias y los estudiantes.")
        dialog.create_button.click()
        qtbot.waitUntil(lambda: not dialog.isVisible())
        texts = [view.debate_list.item(i).text() for i in range(view.debate_list.count())]
        assert any(t.startswith("¿Cómo preparamos la jornada") and "Pendiente" in t
                   for t in texts), texts
    finally:
        win.close()
        store.close()
