"""Historial de sincronización: when, what went, what came, what failed and why."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from app.services import diagnostics, syncing
from app.ui.files import choose_save_path
from app.ui.fit import WrapLabel
from app.ui.messages import problem
from app.ui.tasks import run_in_background
from app.ui.timefmt import when
from app.ui.plaintext import Label, tip

log = logging.getLogger(__name__)


def size_text(n: int) -> str:
    """Sizes as people read them: "640 B", "850 KB", "12.4 MB", with the decimal sign of
    the application's locale (Peru's Spanish writes a point; CLDR es_PE)."""
    if n == 0:
        return "0 KB"   # "nothing stored" reads better in the unit people know
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{round(n / 1024)} KB"
    return f"{QLocale().toString(n / 1048576, 'f', 1)} MB"


class SyncHistoryDialog(QDialog):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Historial de sincronización"))
        self.resize(900, 460)
        intro = WrapLabel(self.tr("Cada vez que Minka intentó sincronizar: qué envió, qué recibió "
                               "y, si no pudo, por qué. Si algo no funciona, exporte un "
                               "diagnóstico y envíeselo a su formador o formadora."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Cuándo"), self.tr("Resultado"),
                                              self.tr("Enviados"), self.tr("Recibidos"),
                                              self.tr("Datos usados")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.export_button = buttons.addButton(self.tr("Exportar diagnóstico…"),
                                               QDialogButtonBox.ActionRole)
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        self.notice = Label()
        self.notice.setObjectName("hint")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.notice)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        runs = syncing.history(self.store)
        self.table.setRowCount(len(runs))
        for row, run in enumerate(runs):
            if run.finished_at is None:
                result = self.tr("Sin terminar (en curso, o Minka se cerró antes de acabar)")
            elif run.ok:
                result = self.tr("Completa")
                if run.rejected:
                    result += " · " + self.tr("%n escritos no aceptados", "", run.rejected)
            else:
                result = self.tr("Incompleta: %1").replace("%1", problem(run.error_code or ""))
            cells = [when(run.started_at), result, str(run.pushed), str(run.pulled),
                     size_text(run.bytes_up + run.bytes_down) if run.ok else "—"]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 1 and run.error_detail:
                    item.setToolTip(tip(run.error_detail))  # the engineer's detail, in English
                if col in (2, 3, 4):
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.resizeRowsToContents()

    def export(self) -> None:
        path = choose_save_path(self, self.tr("Guardar diagnóstico"), "minka-diagnostico.zip",
                                [self.tr("Archivo ZIP (*.zip)")])
        if path:
            self.save_diagnostics(Path(path))

    def save_diagnostics(self, path: Path) -> None:
        self.export_button.setEnabled(False)
        run_in_background(self, lambda: diagnostics.export(self.store, path),
                          self._exported, self._export_failed)

    def _exported(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.last_export = path
        self.notice.setText(self.tr("Diagnóstico guardado en %1. No contiene su contraseña "
                                    "ni sus escritos.").replace("%1", str(path)))

    def _export_failed(self, exc: Exception) -> None:
        self.export_button.setEnabled(True)
        log.error("diagnostic export failed", exc_info=exc)
        self.notice.setText(self.tr("No se pudo guardar el diagnóstico en ese lugar. Pruebe "
                                    "con otra carpeta o una memoria USB con espacio libre."))
