"""Files between Minka and the computer: the one file dialog, and opening a file Minka keeps.

Every place that opens a file for the person (a repository document, a course file, a
proposal under review) goes through `open_file`, and every place that asks for a file goes
through `choose_file` / `choose_save_path`, so a rule about files (which types may be
opened, where dialogs start, how they are worded) is written once, here.
"""
from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from app.ui.messages import problem
from app.ui.plaintext import message
from sync.protocol import is_safe_to_open

log = logging.getLogger(__name__)

_last_folder: str | None = None   # where the person last chose a file, this session


def _tr(text: str) -> str:
    return QCoreApplication.translate("Archivos", text)


# ---- dialogs ------------------------------------------------------------------------------

def documents_folder() -> str:
    """The person's Documents folder (not the folder Minka happened to start in)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
    if folder and Path(folder).is_dir():
        return folder
    return str(Path.home())


def start_folder() -> str:
    """Where a file dialog opens: the folder chosen last time, else Documents."""
    if _last_folder and Path(_last_folder).is_dir():
        return _last_folder
    return documents_folder()


def all_files_filter() -> str:
    return _tr("Todos los archivos (*)")


def file_dialog(parent: QWidget | None, title: str, filters: list[str] | None = None,
                save_name: str | None = None) -> QFileDialog:
    """A file dialog in Spanish starting in Documents; `save_name` makes it a "save as".

    Filters name files with our words ("Archivo ZIP (*.zip)"); "all files" comes last
    unless saving, where the filter decides the extension."""
    dialog = QFileDialog(parent, title, start_folder())
    names = list(filters or [])
    if save_name is not None:
        dialog.setAcceptMode(QFileDialog.AcceptSave)
        dialog.setFileMode(QFileDialog.AnyFile)
        dialog.selectFile(save_name)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptOpen)
        dialog.setFileMode(QFileDialog.ExistingFile)
        names.append(all_files_filter())
    if names:
        dialog.setNameFilters(names)
    return dialog


def _run(dialog: QFileDialog) -> str:
    global _last_folder
    if dialog.exec() != QDialog.Accepted or not dialog.selectedFiles():
        return ""
    path = dialog.selectedFiles()[0]
    _last_folder = str(Path(path).parent)
    return path


def choose_file(parent: QWidget | None, title: str, filters: list[str] | None = None) -> str:
    """Ask for an existing file; "" if the person cancelled."""
    return _run(file_dialog(parent, title, filters))


def choose_save_path(parent: QWidget | None, title: str, name: str,
                     filters: list[str] | None = None) -> str:
    """Ask where to save `name`; "" if the person cancelled."""
    return _run(file_dialog(parent, title, filters, save_name=name))


# ---- opening ------------------------------------------------------------------------------

def open_file(parent: QWidget | None, path: Path | str, name: str | None = None) -> bool:
    """Open a file Minka keeps with the computer's program for its type.

    When no program takes it (QDesktopServices answers False: no PDF reader installed,
    say), the person is told so in Spanish and offered to see the file in its folder,
    instead of a button that does nothing."""
    path = Path(path)
    # The services refuse to hand out a copy of a type nobody may share; this is the last
    # door before the computer's programs, so it checks again (an .exe never runs).
    if not is_safe_to_open(name or path.name):
        log.warning("refused to open %s: not a type members may share", path.name)
        message(parent, _tr("No se pudo abrir el archivo"), problem("file_type_not_opened"))
        return False
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    log.warning("no program on this computer opened %s", path.name)
    _tell_no_program(parent, path, name or path.name)
    return False


def show_in_folder(path: Path | str) -> bool:
    """Show the file in the computer's file manager (selected where the system can)."""
    path = Path(path)
    try:
        if sys.platform == "win32":
            # explorer exits with 1 even when it worked: its code says nothing
            subprocess.Popen(f'explorer /select,"{path}"')
            return True
        if sys.platform == "darwin":
            subprocess.Popen(["open", "-R", str(path)])
            return True
    except OSError as exc:
        log.warning("could not start the file manager for %s: %s", path.parent, exc)
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def _tell_no_program(parent: QWidget | None, path: Path, name: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setTextFormat(Qt.PlainText)   # the file's name came from another member
    box.setObjectName("noProgramMessage")
    box.setIcon(QMessageBox.Information)
    box.setWindowTitle(_tr("No se pudo abrir el archivo"))
    box.setText(_tr("Este equipo no tiene un programa para abrir «%1».").replace("%1", name))
    box.setInformativeText(_tr(
        "El archivo está guardado en este equipo. Puede mostrarlo en su carpeta y abrirlo "
        "desde allí con otro programa, o pedir que instalen uno para este tipo de archivo "
        "(por ejemplo, un lector de PDF)."))
    folder_button = box.addButton(_tr("Mostrar en la carpeta"), QMessageBox.ActionRole)
    box.addButton(_tr("Cerrar"), QMessageBox.RejectRole)

    def clicked(button) -> None:
        if button is folder_button and not show_in_folder(path):
            log.warning("no file manager showed %s", path.parent)
            message(parent, _tr("No se pudo abrir la carpeta"), _tr(
                "Tampoco se pudo abrir la carpeta. El archivo está en:\n%1")
                .replace("%1", str(path)))
    box.buttonClicked.connect(clicked)
    box.open()   # window-modal, without a nested event loop: the app keeps working
    return box
