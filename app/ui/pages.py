"""Inicio: a greeting, what waits to be sent, recent conversations and course work."""
from __future__ import annotations

import html

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from app.ui.fit import WrapLabel
from app.ui.timefmt import when


class HomePage(QWidget):
    """Inicio: a greeting, what is waiting to be sent, and recent conversations.

    Painted first from the profile's first look (app/services/first_look.py), before the
    store is open; `attach` gives it the store, and from then on it shows live data."""

    open_thread = Signal(str, str)   # forum id, thread id
    open_assignment = Signal(str)    # assignment id
    open_debate = Signal(str)        # debate id

    def __init__(self, store, display_name: str, parent=None, *, profile_dir=None):
        super().__init__(parent)
        self.store = store
        self.profile_dir = store.profile_dir if store is not None else profile_dir
        self.display_name = display_name
        # The greeting carries the person's name: it wraps rather than widening the window.
        self.heading = WrapLabel("", "pageTitle")
        self.summary = WrapLabel("", "pageText")
        # Rich on purpose (a link to the assignment): every name and title in it is escaped.
        self.returned = WrapLabel("", "returnedNews")
        self.returned.setTextFormat(Qt.RichText)
        self.returned.linkActivated.connect(self.open_assignment.emit)
        recent_title = WrapLabel(self.tr("Conversaciones recientes"), "sectionTitle")
        self.recent = WrapLabel("", "recent")
        self.recent.setTextFormat(Qt.RichText)
        self.recent.linkActivated.connect(self._open)
        inner = QWidget()
        inner.setObjectName("page")
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.returned)
        # The network's latest published proposals ("Edugestores propone"), from the
        # store once it is open; rich on purpose (links), every title escaped.
        self.proposals = WrapLabel("", "networkProposals")
        self.proposals.setTextFormat(Qt.RichText)
        self.proposals.linkActivated.connect(self.open_debate.emit)
        self.proposals.hide()
        layout.addWidget(self.proposals)
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
        if store is not None:
            self.reload()

    def attach(self, store) -> None:
        self.store = store
        self.reload()

    def reload(self, home=None) -> None:
        """Live from the store (or `home`, just gathered from it), and kept as the first
        look of the next start."""
        if self.store is None:
            return
        from app.services import first_look
        home = home or first_look.gather(self.store)
        self.show_home(home)
        first_look.save(self.profile_dir, home)
        self._fill_proposals()

    def _fill_proposals(self) -> None:
        from app.services import debates
        rows = []
        for item in debates.published(self.store)[:3]:
            rows.append(f"<p><a href='{html.escape(item.id)}' style='color:#1d3b31'>"
                        f"<b>{html.escape(item.result_title)}</b></a><br>"
                        f"<span style='color:#5b5b5b'>{html.escape(item.question)} · "
                        f"{html.escape(when(item.published_at))}</span></p>")
        if rows:
            title = html.escape(self.tr("Edugestores propone: propuestas de la red"))
            rows.insert(0, f"<h3 style='color:#24483c'>{title}</h3>")
        self.proposals.setText("".join(rows))
        self.proposals.setVisible(bool(rows))

    def show_home(self, home) -> None:
        first = self.display_name.split()[0] if self.display_name else ""
        hour = datetime.now().hour
        greeting = (self.tr("Buenos días, %1") if 5 <= hour < 12 else
                    self.tr("Buenas tardes, %1") if 12 <= hour < 19 else
                    self.tr("Buenas noches, %1"))
        self.heading.setText(greeting.replace("%1", first).rstrip(", "))
        state = home.status
        lines = []
        if state.writings:
            lines.append(self.tr("Tiene %n escritos esperando para enviarse. Se enviarán "
                                 "automáticamente cuando haya conexión.", "", state.writings))
        else:
            lines.append(self.tr("Todo lo que escribió ya está enviado."))
        if state.last_ok_at:
            lines.append(self.tr("Última sincronización: %1.").replace(
                "%1", when(state.last_ok_at)))
        else:
            lines.append(self.tr("Aún no ha sincronizado en este equipo."))
        self.summary.setText("\n".join(lines))
        self._fill_returned(home.returned)
        if not home.recent:
            self.recent.setText(html.escape(self.tr(
                "Todavía no hay conversaciones en este equipo. Cuando sincronice, aquí verá "
                "lo último de los foros.")))
            return
        rows = []
        for t in home.recent:
            replies = t.post_count - 1
            rows.append(
                f"<p><a href='{html.escape(t.forum_id)}/{html.escape(t.id)}' "
                f"style='color:#1d3b31; text-decoration:none'><b>{html.escape(t.title)}</b>"
                f"</a><br><span style='color:#5b5b5b'>{html.escape(t.author)} · "
                f"{html.escape(self.tr('%n respuestas', '', replies))} · "
                f"{html.escape(when(t.last_activity_at))}</span></p>")
        self.recent.setText("".join(rows))

    def _fill_returned(self, returned) -> None:
        """Assignments returned with comments: said here, where the person starts."""
        rows = []
        for item in returned:
            who = item.author_first_name or self.tr("Su formador o formadora")
            text = (self.tr("%1 corrigió los comentarios de su %2") if item.corrected
                    else self.tr("%1 devolvió su %2 con comentarios"))
            text = text.replace("%1", who).replace("%2", item.assignment_title)
            rows.append(f"<p><a href='{html.escape(item.assignment_id)}' style='color:#1d3b31'>"
                        f"<b>{html.escape(text)}</b></a><br><span style='color:#5b5b5b'>"
                        f"{html.escape(when(item.returned_at))}</span></p>")
        self.returned.setText("".join(rows))
        self.returned.setVisible(bool(rows))

    def _open(self, link: str) -> None:
        forum_id, _, thread_id = link.partition("/")
        self.open_thread.emit(forum_id, thread_id)
