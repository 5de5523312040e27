"""Inicio, and the sections still being built (each says what is coming, never blank)."""
from __future__ import annotations

import html

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from app.services import forums, syncing
from app.ui.timefmt import when
from app.ui.plaintext import Label


class ComingSoonPage(QWidget):
    def __init__(self, title: str, text: str, parent=None):
        super().__init__(parent)
        heading = Label(title)
        heading.setObjectName("pageTitle")
        body = Label(text)
        body.setWordWrap(True)
        body.setObjectName("pageText")
        body.setMaximumWidth(680)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)


def groups_page() -> ComingSoonPage:
    return ComingSoonPage(
        QCoreApplication.translate("Secciones", "Grupos"),
        QCoreApplication.translate("Secciones", "Aquí estarán los grupos de trabajo cerrados a los que pertenece y los debates "
           "de la red, que terminan en propuestas publicadas.\n\nMientras tanto, puede "
           "conversar con sus colegas en la sección Foros."))


class HomePage(QWidget):
    """Inicio: a greeting, what is waiting to be sent, and recent conversations."""

    open_thread = Signal(str, str)   # forum id, thread id

    def __init__(self, store, display_name: str, parent=None):
        super().__init__(parent)
        self.store = store
        self.display_name = display_name
        self.heading = Label()
        self.heading.setObjectName("pageTitle")
        self.summary = Label()
        self.summary.setObjectName("pageText")
        self.summary.setWordWrap(True)
        recent_title = Label(self.tr("Conversaciones recientes"))
        recent_title.setObjectName("sectionTitle")
        self.recent = Label()
        self.recent.setObjectName("recent")
        self.recent.setWordWrap(True)
        self.recent.setTextFormat(Qt.RichText)
        self.recent.linkActivated.connect(self._open)
        inner = QWidget()
        inner.setObjectName("page")
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addSpacing(16)
        layout.addWidget(recent_title)
        layout.addWidget(self.recent)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.reload()

    def reload(self) -> None:
        first = self.display_name.split()[0] if self.display_name else ""
        hour = datetime.now().hour
        greeting = (self.tr("Buenos días, %1") if 5 <= hour < 12 else
                    self.tr("Buenas tardes, %1") if 12 <= hour < 19 else
                    self.tr("Buenas noches, %1"))
        self.heading.setText(greeting.replace("%1", first).rstrip(", "))
        state = syncing.status(self.store)
        lines = []
        if state.pending:
            lines.append(self.tr("Tiene %n escritos esperando para enviarse. Se enviarán "
                                 "solos cuando haya conexión.", "", state.pending))
        else:
            lines.append(self.tr("Todo lo que escribió ya está enviado."))
        if state.last_ok_at:
            lines.append(self.tr("Última sincronización: %1.").replace(
                "%1", when(state.last_ok_at)))
        else:
            lines.append(self.tr("Aún no ha sincronizado en este equipo."))
        self.summary.setText("\n".join(lines))
        items = forums.recent_threads(self.store)
        if not items:
            self.recent.setText(html.escape(self.tr(
                "Todavía no hay conversaciones en este equipo. Cuando sincronice, aquí verá "
                "lo último de los foros.")))
            return
        rows = []
        for t in items:
            replies = t.post_count - 1
            rows.append(
                f"<p><a href='{t.forum_id}/{t.id}' style='color:#1d3b31; "
                f"text-decoration:none'><b>{html.escape(t.title)}</b></a><br>"
                f"<span style='color:#5b5b5b'>{html.escape(t.author)} · "
                f"{html.escape(self.tr('%n respuestas', '', replies))} · "
                f"{html.escape(when(t.last_activity_at))}</span></p>")
        self.recent.setText("".join(rows))

    def _open(self, link: str) -> None:
        forum_id, _, thread_id = link.partition("/")
        self.open_thread.emit(forum_id, thread_id)
