"""Files between Minka and the computer: opening a file with no program for it, and the
file dialog (Spanish, Peru's words, starting in Documents)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QMessageBox

from app.services import course, syncing
from app.services.account import current_account
from app.ui import files
from app.ui.application import create_application
from app.ui.main_window import COURSE, REPOSITORY, MainWindow
from tests.test_repository_client import _publish_locally, _server_file


class FileManager(QObject):
    """Stands in for the computer's file manager (the offscreen platform has none)."""

    def __init__(self):
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.opened.append(url.toLocalFile())


def _window(qtbot, store, section):
    create_application([], "es")
    window = MainWindow(store, current_account(store), auto_sync=False)
    qtbot.addWidget(window)
    window.nav.setCurrentRow(section)
    return window


def _no_program_box(widget) -> QMessageBox:
    boxes = [b for b in widget.findChildren(QMessageBox, "noProgramMessage") if b.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def _show_in_folder(qtbot, box: QMessageBox, expected: Path) -> None:
    manager = FileManager()
    QDesktopServices.setUrlHandler("file", manager, "show")
    try:
        button = next(b for b in box.buttons() if b.text() == "Mostrar en la carpeta")
        button.click()
        assert manager.opened == [str(expected.parent)]
    finally:
        QDesktopServices.unsetUrlHandler("file")


def test_a_document_with_no_program_to_open_it_says_so(qtbot, server, profile_factory,
                                                       tmp_path):
    ana = profile_factory("ana")
    syncing.sync_now(ana)
    ref = _server_file(ana, tmp_path, 50_000, "abrir")
    doc_id = _publish_locally(ana, ref, title="Guía para abrir")
    window = _window(qtbot, ana, REPOSITORY)
    view = window.repository
    view.show_document(doc_id)
    view.download_button.click()
    qtbot.waitUntil(lambda: view.open_button.isVisibleTo(view), timeout=10000)
    # The offscreen platform, like a computer without a reader, has no program for it.
    view.open_button.click()
    box = _no_program_box(view)
    assert box.text() == "Este equipo no tiene un programa para abrir «Guía de tertulias " \
                         "abrir.txt»."
    from app.services import repository
    _show_in_folder(qtbot, box, repository.open_document(ana, doc_id))
    window.close()


def test_a_course_file_with_no_program_to_open_it_says_so(qtbot, course_server,
                                                          profile_factory):
    ana = profile_factory("ana")
    syncing.sync_now(ana)
    window = _window(qtbot, ana, COURSE)
    view = window.course
    [module] = course.outline(ana, course.list_courses(ana)[0].id)
    view.open_item("lesson", module.lessons[0].id)
    link = view.lesson_files.text().split("href='")[1].split("'")[0]
    view._open_link(QUrl(link))
    box = _no_program_box(view)
    assert "«guia.pdf»" in box.text()
    sha = link.split("/", 1)[1]
    from app.services import files as file_service
    _show_in_folder(qtbot, box, file_service.open_copy(ana, sha, "guia.pdf"))
    window.close()


def test_a_file_a_program_opens_needs_no_message(qtbot, tmp_path):
    create_application([], "es")
    path = tmp_path / "acta.pdf"
    path.write_bytes(b"%PDF-1.4")
    viewer = FileManager()
    QDesktopServices.setUrlHandler("file", viewer, "show")
    try:
        assert files.open_file(None, path)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert viewer.opened == [str(path)]
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()]


def test_file_dialogs_speak_peruvian_spanish_and_start_in_documents(qtbot, tmp_path,
                                                                    monkeypatch):
    create_application([], "es")
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))
    monkeypatch.setattr(files, "_last_folder", None)
    dialog = files.file_dialog(None, "Adjuntar un archivo")
    qtbot.addWidget(dialog)
    # Qt's own dialog (used where the system offers none) is the one that leaked English.
    dialog.setOption(dialog.Option.DontUseNativeDialog)
    assert Path(dialog.directory().absolutePath()) == documents
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Buscar en:"
    assert labels["fileTypeLabel"] == "&Tipo de archivo:"
    assert labels["fileNameLabel"] == "&Nombre de archivo:"
    types = dialog.findChild(QComboBox, "fileTypeCombo")
    assert [types.itemText(i) for i in range(types.count())] == ["Todos los archivos (*)"]
    words = " ".join(labels.values()) + " " + " ".join(
        QApplication.translate("QFileDialog", s) for s in (
            "Show &hidden files", "%1 already exists.\nDo you want to replace it?",
            "Parent Directory", "Go to the parent directory"))
    assert "ichero" not in words and "irectorio" not in words
    assert "Look in" not in words and "Files of" not in words
    # Untranslated Qt strings still show (in English), never blank.
    assert QApplication.translate("QFileDialog", "Not a Qt string") == "Not a Qt string"


def test_file_dialog_remembers_the_folder_chosen(qtbot, tmp_path, monkeypatch):
    create_application([], "es")
    usb = tmp_path / "USB"
    usb.mkdir()
    (usb / "foto.png").write_bytes(b"png")
    monkeypatch.setattr(files, "_last_folder", str(usb))
    dialog = files.file_dialog(None, "Elegir el documento")
    qtbot.addWidget(dialog)
    assert Path(dialog.directory().absolutePath()) == usb
    save = files.file_dialog(None, "Guardar", ["Archivo ZIP (*.zip)"], save_name="a.zip")
    qtbot.addWidget(save)
    assert save.nameFilters() == ["Archivo ZIP (*.zip)"]


def test_a_proposal_under_review_with_no_program_to_open_it_says_so(qtbot, server,
                                                                    profile_factory,
                                                                    tmp_path):
    from app.services import repository
    from sync.server import cli
    ana = profile_factory("ana")
    doc = tmp_path / "Plan de convivencia.odt"
    doc.write_bytes(b"PK odt de prueba")
    repository.propose(ana, doc, title="Plan de convivencia", type="otro")
    syncing.sync_now(ana)
    assert cli.main(["--db", server.db_url, "user", "role", "beto", "facilitator"]) == 0
    beto = profile_factory("beto")
    syncing.sync_now(beto)
    window = _window(qtbot, beto, REPOSITORY)
    view = window.repository
    view.tabs.setCurrentIndex(view.tabs.indexOf(view.review_page))
    view.review_list.setCurrentRow(0)
    view.review_open.click()
    qtbot.waitUntil(lambda: bool([b for b in view.findChildren(QMessageBox, "noProgramMessage")
                                  if b.isVisible()]), timeout=10000)
    box = _no_program_box(view)
    assert "Plan de convivencia" in box.text()
    window.close()
