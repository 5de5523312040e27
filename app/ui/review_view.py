"""The Revisar section, for facilitators and administrators: the writing members reported
(what it says, who reported it and why), to hide with a reason or to dismiss, and the way
to the repository's proposals waiting for a decision."""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QListWidget, QListWidgetItem, QPlainTextEdit,
                               QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget)

from app.services import moderation, repository
from app.services.errors import UserError
from app.ui.fit import WrapLabel
from app.ui.messages import problem
from app.ui.plaintext import Label
from app.ui.timefmt import when

log = logging.getLogger(__name__)


def kind_names(tr) -> dict[str, str]:
    return {"post": tr("Mensaje en un foro o grupo"), "wall_post": tr("Publicación del muro"),
            "wall_comment": tr("Comentario en el muro"),
            "debate_proposal": tr("Propuesta en un debate"),
            "debate_argument": tr("Argumento en un debate")}


class ReviewView(QWidget):
    """Reports to review. Emits `wrote` after a decision is queued; `open_proposals` when
    the person asks for the repository's proposals."""

    wrote = Signal()
    open_proposals = Signal()

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self._items: dict[tuple[str, str], moderation.ReportedWriting] = {}
        title = Label(self.tr("Revisar"))
        title.setObjectName("paneTitle")
        self.proposals_note = WrapLabel("", "hint")
        self.proposals_button = QPushButton(self.tr("Ver las propuestas de documentos"))
        self.proposals_button.clicked.connect(self.open_proposals.emit)
        self.list = QListWidget()
        self.list.setObjectName("reportList")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.ElideNone)
        self.list.currentItemChanged.connect(self._chosen)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(title)
        left_layout.addWidget(Label(self.tr("Publicaciones reportadas")))
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.proposals_note)
        left_layout.addWidget(self.proposals_button, 0, Qt.AlignLeft)

        # The reported writing and the reports: all of it wire text, shown plain.
        self.heading = WrapLabel("", "sectionTitle")
        self.meta = WrapLabel("", "hint")
        self.text = WrapLabel("", "pageText")
        self.text.setObjectName("reportedText")
        self.text.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.reports_title = Label(self.tr("Reportes"))
        self.reports_title.setObjectName("paneTitle")
        self.reports = WrapLabel("", "pageText")
        self.reports.setObjectName("reportLines")
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        for widget in (self.heading, self.meta, self.text, self.reports_title, self.reports):
            inner_layout.addWidget(widget)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("hideReason")
        self.reason.setPlaceholderText(self.tr("Por ejemplo: contiene datos personales."))
        self.reason.setMaximumHeight(80)
        self.error = WrapLabel("", "error")
        self.error.hide()
        self.hide_button = QPushButton(self.tr("Ocultar"))
        self.hide_button.setObjectName("primary")
        self.hide_button.clicked.connect(self.hide_chosen)
        self.dismiss_button = QPushButton(self.tr("Descartar reportes"))
        self.dismiss_button.setToolTip(self.tr("La publicación sigue visible para todos."))
        self.dismiss_button.clicked.connect(self.dismiss_chosen)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.hide_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(scroll, 1)
        right_layout.addWidget(Label(self.tr("Si la oculta, escriba el motivo: lo leerá "
                                             "quien la escribió.")))
        right_layout.addWidget(self.reason)
        right_layout.addWidget(self.error)
        right_layout.addLayout(buttons)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(splitter)
        self.reload()

    def reload(self) -> None:
        """Re-read the queue (after a sync or a decision), keeping the chosen entry."""
        current = self.list.currentItem()
        keep = current.data(Qt.UserRole) if current else None
        names = kind_names(self.tr)
        self.list.blockSignals(True)
        self.list.clear()
        self._items = {}
        for item in moderation.review_queue(self.store):
            key = (item.entity, item.record_id)
            self._items[key] = item
            first = item.text.strip().split("\n")[0]
            line = (names.get(item.entity, "") + " · " + (item.author or "—") + "\n"
                    + (first[:90] + "…" if len(first) > 90 else first) + "\n"
                    + self.tr("%n reportes", "", len(item.reports)))
            entry = QListWidgetItem(line)
            entry.setData(Qt.UserRole, key)
            self.list.addItem(entry)
            if key == keep:
                self.list.setCurrentItem(entry)
        self.list.blockSignals(False)
        waiting = sum(1 for x in repository.proposals_to_review(self.store)
                      if x.state == "pending" and x.sync_state != "pending")
        self.proposals_note.setText(self.tr("Propuestas de documentos por revisar: %1")
                                    .replace("%1", str(waiting)))
        if self.list.count() and self.list.currentItem() is None:
            self.list.setCurrentRow(0)
        self._chosen(self.list.currentItem())

    def _chosen(self, entry, _previous=None) -> None:
        item = self._items.get(entry.data(Qt.UserRole)) if entry is not None else None
        self.error.hide()
        for widget in (self.reason, self.hide_button, self.dismiss_button):
            widget.setEnabled(item is not None)
        if item is None:
            self.heading.setText(self.tr("No hay reportes por revisar"))
            self.meta.setText("")
            self.text.setText(self.tr("Cuando alguien de la red reporte una publicación, "
                                      "llegará aquí en la próxima sincronización."))
            self.reports_title.hide()
            self.reports.hide()
            return
        self.heading.setText(kind_names(self.tr).get(item.entity, ""))
        self.meta.setText(self.tr("Escrito por %1").replace("%1", item.author or "—")
                          + (" · " + self.tr("ya oculta") if item.hidden else ""))
        self.text.setText(item.text)
        lines = []
        for report in item.reports:
            head = report.reporter or "—"
            if report.created_at:
                head += " · " + when(report.created_at)
            lines.append(head + "\n" + (report.reason or self.tr("(sin motivo)")))
        self.reports_title.show()
        self.reports.show()
        self.reports.setText("\n\n".join(lines))

    def _chosen_key(self) -> tuple[str, str] | None:
        entry = self.list.currentItem()
        return entry.data(Qt.UserRole) if entry is not None else None

    def _decided(self, work) -> None:
        key = self._chosen_key()
        if key is None:
            return
        try:
            work(*key)
        except UserError as exc:
            log.info("report decision not queued: %s", exc.code)
            self.error.setText(problem(exc.code))
            self.error.show()
            return
        self.reason.clear()
        self.reload()
        self.wrote.emit()

    def hide_chosen(self) -> None:
        reason = self.reason.toPlainText()
        self._decided(lambda entity, record_id: moderation.hide(self.store, entity,
                                                                record_id, reason))

    def dismiss_chosen(self) -> None:
        self._decided(lambda entity, record_id: moderation.dismiss(self.store, entity,
                                                                   record_id))
