"""'Importar desde USB': find content packs on drives, say what one holds, import it with progress."""
from __future__ import annotations

import errno
import logging
import threading
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QFileDialog, QHBoxLayout, QListWidget,
                               QListWidgetItem, QProgressBar, QPushButton, QVBoxLayout)

from app.services import packs
from app.services.errors import UserError
from app.ui.dialogs import fit_height, form_buttons, set_busy
from app.ui.fit import WrapLabel
from app.ui.messages import problem
from app.ui.tasks import run_in_background
from sync.client import Cancelled
from sync.packs import human_size

log = logging.getLogger(__name__)


class PackImportDialog(QDialog):
    """Lists the packs on the drives (or in a folder the person picks) and imports one."""

    imported = Signal(object)   # packs.ImportResult, after a successful import

    def __init__(self, store, parent=None, places: list[Path] | None = None):
        super().__init__(parent)
        self.store = store
        self.places = places     # None: the computer's removable drives
        self.info: packs.PackInfo | None = None
        self.cancel: threading.Event | None = None
        self.result_value: packs.ImportResult | None = None
        self.setWindowTitle(self.tr("Importar desde USB"))
        self.setMinimumWidth(520)
        intro = WrapLabel(self.tr(
            "Un paquete de contenidos trae el curso y el catálogo en una memoria USB, sin "
            "usar internet. Conecte la memoria y elija el paquete."))
        self.packs = QListWidget()
        self.packs.setMinimumHeight(90)
        self.packs.currentItemChanged.connect(self._picked)
        self.searching = WrapLabel(self.tr("Buscando paquetes en las memorias USB…"), "muted")
        self.rescan = QPushButton(self.tr("Buscar de nuevo"))
        self.rescan.clicked.connect(self.scan)
        self.choose = QPushButton(self.tr("Elegir carpeta…"))
        self.choose.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.rescan)
        row.addWidget(self.choose)
        row.addStretch(1)
        self.details = WrapLabel("")
        self.details.setTextFormat(Qt.PlainText)
        self.details.hide()
        self.error = WrapLabel("", "error")
        self.error.hide()
        self.outcome = WrapLabel("", "success")
        self.outcome.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.hide()
        self.buttons, self.ok = form_buttons(self, self.tr("Importar"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self._cancel_or_close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.packs)
        layout.addWidget(self.searching)
        layout.addLayout(row)
        layout.addWidget(self.details)
        layout.addWidget(self.error)
        layout.addWidget(self.outcome)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.scan()

    # ---- finding -------------------------------------------------------------------

    def scan(self) -> None:
        self.searching.setText(self.tr("Buscando paquetes en las memorias USB…"))
        self.searching.show()
        places = self.places
        run_in_background(self, lambda: packs.find_packs(places), self._found,
                          self._scan_failed)

    def _found(self, folders: list[Path]) -> None:
        self.packs.clear()
        for folder in folders:
            item = QListWidgetItem(folder.name)
            item.setData(Qt.UserRole, str(folder))
            item.setToolTip(str(folder))
            self.packs.addItem(item)
        if folders:
            self.searching.hide()
            self.packs.setCurrentRow(0)
        else:
            self.searching.setText(self.tr(
                "No se encontró ningún paquete en las memorias USB conectadas. Conecte la "
                "memoria y pulse «Buscar de nuevo», o elija la carpeta del paquete."))
        fit_height(self)

    def _scan_failed(self, exc: Exception) -> None:
        log.warning("looking for packs failed: %s", exc)
        self._found([])

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Carpeta del paquete"))
        if not folder:
            return
        # A slow drive takes its time to list: off the GUI thread, like the scan.
        run_in_background(self, lambda: packs.find_packs([Path(folder)]),
                          self._found_in_folder, self._scan_failed)

    def _found_in_folder(self, found: list[Path]) -> None:
        if not found:
            self._show_error(self.tr("En esa carpeta no hay ningún paquete de Minka (falta "
                                     "el archivo minka-pack.json)."))
            return
        self._found(found)

    # ---- what a pack holds ------------------------------------------------------------

    def _picked(self, item: QListWidgetItem | None, _previous=None) -> None:
        self.info = None
        self.ok.setEnabled(False)
        self.error.hide()
        self.outcome.hide()
        self.details.hide()
        if item is None:
            return
        folder = Path(item.data(Qt.UserRole))
        store = self.store
        run_in_background(self, lambda: packs.read_pack(folder, packs.trusted_network(store)),
                          self._described, self._refused)

    def _described(self, info: packs.PackInfo) -> None:
        self.info = info
        m = info.manifest
        lines = [self.tr("Preparado el %1.").replace("%1", m.created_at.strftime("%d/%m/%Y"))]
        for title in info.course_titles:
            lines.append(self.tr("• El curso «%1»").replace("%1", title))
        if m.catalogue:
            lines.append(self.tr("• El catálogo del repositorio de documentos"))
        files = {"course": self.tr("los archivos de las lecciones"),
                 "all": self.tr("los archivos de las lecciones y de los documentos"),
                 "none": self.tr("ningún archivo (solo los textos)")}[m.files_included]
        lines.append(self.tr("• Con %1").replace("%1", files))
        lines.append(self.tr("Tamaño: %1, %n archivos.", "", len(m.files)).replace(
            "%1", human_size(m.total_bytes)))
        self.details.setText("\n".join(lines))
        self.details.show()
        self.ok.setEnabled(True)
        fit_height(self)

    def _refused(self, exc: Exception) -> None:
        self._show_error(self._text_for(exc))

    def _text_for(self, exc: Exception) -> str:
        if isinstance(exc, UserError):
            return problem(exc.code)
        if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
            return problem("pack_disk")
        if isinstance(exc, OSError):
            log.warning("pack import failed: %s", exc)
            return problem("pack_unreadable")
        log.error("pack import failed unexpectedly", exc_info=exc)
        return problem("internal")

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        fit_height(self)

    # ---- importing ----------------------------------------------------------------------

    def start_import(self) -> None:
        if self.info is None or self.cancel is not None:
            return
        self.error.hide()
        self.outcome.hide()
        self.cancel = threading.Event()
        cancel, store, folder = self.cancel, self.store, self.info.folder
        self._busy(True)
        run_in_background(
            self, lambda report: packs.import_pack(store, folder,
                                                   lambda done, total: report((done, total)),
                                                   cancel),
            self._imported, self._import_failed, self._progressed)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        if busy:
            self.progress.setValue(0)
        for widget in (self.packs, self.rescan, self.choose):
            widget.setEnabled(not busy)
        set_busy(self.ok, busy)
        fit_height(self)

    def _progressed(self, value) -> None:
        done, total = value
        self.progress.setValue(int(1000 * done / total) if total else 0)

    def _imported(self, result: packs.ImportResult) -> None:
        self.cancel = None
        self._busy(False)
        self.result_value = result
        self.ok.setEnabled(False)
        self.outcome.setText(self.tr(
            "Listo: el paquete se importó (%1 registros, %2 archivos nuevos). Ya puede "
            "leerlo sin conexión; la próxima sincronización traerá solo lo que falte.")
            .replace("%1", str(result.records)).replace("%2", str(result.files)))
        self.outcome.show()
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("Cerrar"))
        fit_height(self)
        self.imported.emit(result)

    def _import_failed(self, exc: Exception) -> None:
        self.cancel = None
        self._busy(False)
        if isinstance(exc, Cancelled):
            self._show_error(self.tr("Importación cancelada. No se importó nada."))
        else:
            self._show_error(self._text_for(exc))

    def _cancel_or_close(self) -> None:
        if self.cancel is not None:
            self.cancel.set()   # the import stops at its next chunk and rolls back
            return
        self.reject()
