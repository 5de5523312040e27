"""Inicio: a greeting, what waits to be sent, the network's news, what the last sync
brought, recent conversations, course work and featured members."""
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
    open_link = Signal(str)          # "<place>:<id>[:<id>]" (services/whats_new.py)

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
        # Rich on purpose (links): every title, name and word from the wire is escaped.
        self.news_title = WrapLabel(self.tr("Edugestores reporta"), "sectionTitle")
        self.news = self._links("homeNews")
        self.new_title = WrapLabel(self.tr("Novedades desde su última sincronización"),
                                   "sectionTitle")
        self.new = self._links("homeNew")
        self.featured_title = WrapLabel(self.tr("Edugestores destacados"), "sectionTitle")
        self.featured = WrapLabel("", "recent")   # names and reasons: plain text
        self.featured.setObjectName("homeFeatured")
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
        for widget in (self.news_title, self.news, self.new_title, self.new):
            if widget in (self.news_title, self.new_title):
                layout.addSpacing(12)
            layout.addWidget(widget)
        layout.addSpacing(16)
        layout.addWidget(recent_title)
        layout.addWidget(self.recent)
        layout.addSpacing(12)
        layout.addWidget(self.featured_title)
        layout.addWidget(self.featured)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        if store is not None:
            self.reload()

    def _links(self, name: str) -> WrapLabel:
        label = WrapLabel("", "recent")
        label.setObjectName(name)
        label.setTextFormat(Qt.RichText)
        label.linkActivated.connect(self.open_link.emit)
        return label

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
        self._fill_news(home)
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

    def _kind_label(self, kind: str) -> str:
        return {
            "lesson": self.tr("Nueva lección"), "feedback": self.tr("Comentarios a su tarea"),
            "reply": self.tr("Respuesta a su tema"),
            "wall_comment": self.tr("Comentario a su publicación"),
            "document": self.tr("Nuevo documento"), "news": self.tr("Noticia"),
            "group": self.tr("En su grupo"), "group_document": self.tr("Documento de su grupo"),
            "wall": self.tr("En el muro"), "debate": self.tr("Debate por cerrar"),
            "survey": self.tr("Encuesta por responder"),
        }.get(kind, self.tr("Novedad"))

    def _fill_news(self, home) -> None:
        """The news first (the network's voice), then what the last sync brought."""
        link = "style='color:#1d3b31; text-decoration:none'"
        rows = []
        for n in home.news:
            rows.append(f"<p><a href='news:{html.escape(n.id)}' {link}><b>"
                        f"{html.escape(n.title)}</b></a><br>{html.escape(n.summary)}<br>"
                        f"<span style='color:#5b5b5b'>{html.escape(n.author)}"
                        + (f" · {html.escape(when(n.created_at))}" if n.created_at else "")
                        + "</span></p>")
        self.news.setText("".join(rows))
        for widget in (self.news_title, self.news):
            widget.setVisible(bool(rows))
        shown = {f"news:{n.id}" for n in home.news}   # already above, with its text
        rows = [f"<p><span style='color:#5b5b5b'>{html.escape(self._kind_label(i.kind))}"
                f"</span><br><a href='{html.escape(i.link)}' {link}><b>"
                f"{html.escape(i.title)}</b></a></p>" for i in home.new if i.link not in shown]
        self.new.setText("".join(rows) if rows else html.escape(self.tr(
            "Nada nuevo desde su última sincronización.")))
        self.new_title.setVisible(home.status.last_ok_at is not None)
        self.new.setVisible(home.status.last_ok_at is not None)
        lines = [" · ".join(x for x in (f.display_name, f.detail) if x) + "\n" + f.reason
                 for f in home.featured]
        self.featured.setText("\n\n".join(lines))
        for widget in (self.featured_title, self.featured):
            widget.setVisible(bool(lines))

    def _open(self, link: str) -> None:
        forum_id, _, thread_id = link.partition("/")
        self.open_thread.emit(forum_id, thread_id)
