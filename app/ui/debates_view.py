"""The Debates section: the network's debates (open ones first) and, in its second tab,
"Propuestas de la red", the published proposals; a debate's proposals with their arguments
for and against and their endorsements; writing a proposal or an argument (drafts kept
while writing), endorsing and withdrawing, all offline; the PDF of a published proposal.

All wire text is escaped into the reader and set as plain text everywhere else
(app/ui/plaintext.py)."""
from __future__ import annotations

import html
import logging
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QFileDialog, QFormLayout,
                               QHBoxLayout, QLineEdit, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QPushButton, QSplitter,
                               QTabWidget, QVBoxLayout, QWidget)

from app.services import debates, forums, moderation
from app.services.errors import UserError
from app.ui.debate_pdf import peru_date, write_pdf
from app.ui.dialogs import form_buttons
from app.ui.fit import WrapLabel
from app.ui.markdown import SafeTextBrowser
from app.ui.messages import problem
from app.ui.moderation import WritingActions
from app.ui.plaintext import Label, message, tip
from app.ui.timefmt import peru_when

log = logging.getLogger(__name__)

NEW_PROPOSAL, FOR, AGAINST = "proposal", "for", "against"


def _text(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


class NewDebateDialog(QDialog):
    """A moderator opens a debate: question, description, closing day (Peru's 23:59).
    Closes only once the debate is queued; a problem is said inside, the text kept."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("Nuevo debate"))
        self.question = QLineEdit()
        self.question.setMaxLength(200)
        self.question.setPlaceholderText(self.tr("Por ejemplo: ¿Cómo acompañamos a los "
                                                 "directores nuevos?"))
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("Qué se debate y por qué ahora"))
        self.closes = QDateEdit(QDate.currentDate().addDays(14))
        self.closes.setCalendarPopup(True)
        self.closes.setMinimumDate(QDate.currentDate())
        self.error = WrapLabel("", "error")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Pregunta"), self.question)
        form.addRow(self.tr("Descripción"), self.description)
        form.addRow(self.tr("Cierra el (23:59, hora del Perú)"), self.closes)
        buttons, self.create_button = form_buttons(self, self.tr("Abrir el debate"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(WrapLabel(self.tr("Toda la red lo verá después de la próxima "
                                           "sincronización."), "hint"))
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def submit(self) -> None:
        try:
            self.saved_id = debates.create_debate(self.store, self.question.text(),
                                                  self.description.toPlainText(),
                                                  self.closes.date().toPython())
        except UserError as exc:
            log.info("debate not queued: %s", exc.code)
            self.error.setText(problem(exc.code))
            self.error.show()
            return
        self.accept()


class DebatesView(QWidget):
    """Emits `wrote` after anything is queued, for the status bar."""

    wrote = Signal()

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.debate_id: str | None = None
        self._publishing: str | None = None
        self.view: debates.DebateView | None = None

        self.tabs = QTabWidget()
        self.debate_list = self._list("debateList")
        self.published_list = self._list("publishedList")
        self.tabs.addTab(self.debate_list, self.tr("Debates"))
        self.tabs.addTab(self.published_list, self.tr("Propuestas de la red"))
        self.tabs.currentChanged.connect(lambda _i: self._list_changed())
        title = Label(self.tr("Debates de la red"))
        title.setObjectName("paneTitle")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.new_debate_button = QPushButton(self.tr("Nuevo debate…"))
        self.new_debate_button.clicked.connect(lambda: self.new_debate())
        self.new_debate_button.setVisible(debates.is_moderator(store))
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.new_debate_button)
        left_layout.addLayout(head)
        left_layout.addWidget(self.tabs, 1)

        # Report, hide: the same links and dialogs as every moderated writing.
        self.writing = WritingActions(self, store, self._written)
        self._states: dict[tuple[str, str], moderation.WritingState] = {}
        self.reader = SafeTextBrowser()
        self.reader.setObjectName("debateReader")
        self.reader.anchorClicked.connect(self._link_clicked)
        self.status_label = WrapLabel("", "hint")
        self.pdf_button = QPushButton(self.tr("Exportar PDF…"))
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        # Endorsing: the proposal chosen here (or by its link in the reader).
        self.proposal_box = QComboBox()
        self.proposal_box.setObjectName("proposalBox")
        self.proposal_box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.proposal_box.setMinimumContentsLength(12)
        self.proposal_box.currentIndexChanged.connect(lambda _i: self._proposal_chosen())
        self.endorse_button = QPushButton(self.tr("Respaldar"))
        self.endorse_button.setObjectName("endorseButton")
        self.endorse_button.clicked.connect(self.toggle_endorsement)
        # Writing: a new proposal, or an argument for or against the chosen proposal.
        self.kind_box = QComboBox()
        self.kind_box.addItem(self.tr("Nueva propuesta"), NEW_PROPOSAL)
        self.kind_box.addItem(self.tr("Argumento a favor"), FOR)
        self.kind_box.addItem(self.tr("Argumento en contra"), AGAINST)
        self.kind_box.currentIndexChanged.connect(lambda _i: self._load_draft())
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Título de su propuesta"))
        self.title_edit.setMaxLength(200)
        self.body_edit = QPlainTextEdit()
        self.body_edit.setObjectName("debateComposer")
        self.body_edit.setPlaceholderText(self.tr("Escriba aquí. Se guarda mientras escribe "
                                                  "y se enviará al sincronizar."))
        self.body_edit.setMaximumHeight(120)
        self.send_button = QPushButton(self.tr("Publicar"))
        self.send_button.setObjectName("primary")
        self.send_button.clicked.connect(self.send)
        self._draft_timer = QTimer(self, singleShot=True, interval=600)
        self._draft_timer.timeout.connect(self._save_draft)
        self.title_edit.textChanged.connect(lambda _t: self._draft_timer.start())
        self.body_edit.textChanged.connect(self._draft_timer.start)
        self._draft_key: str | None = None

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.reader, 1)
        right_layout.addWidget(self.status_label)
        row = QHBoxLayout()
        row.addWidget(self.proposal_box, 1)
        row.addWidget(self.endorse_button)
        row.addWidget(self.pdf_button)
        right_layout.addLayout(row)
        self.composer = QWidget()
        compose = QVBoxLayout(self.composer)
        compose.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.kind_box)
        head.addWidget(self.title_edit, 1)
        compose.addLayout(head)
        compose.addWidget(self.body_edit)
        send_row = QHBoxLayout()
        send_row.addStretch(1)
        send_row.addWidget(self.send_button)
        compose.addLayout(send_row)
        right_layout.addWidget(self.composer)
        # A moderator, once the debate has closed: the synthesis and the network's proposal.
        self.publish_box = QWidget()
        self.publish_box.setObjectName("publishBox")
        publish = QVBoxLayout(self.publish_box)
        publish.setContentsMargins(0, 0, 0, 0)
        self.result_title = QLineEdit()
        self.result_title.setPlaceholderText(self.tr("Título de la propuesta de la red"))
        self.result_title.setMaxLength(200)
        self.synthesis_edit = QPlainTextEdit()
        self.synthesis_edit.setPlaceholderText(self.tr("Síntesis del debate: qué se "
                                                       "propuso, en qué hubo acuerdo"))
        self.synthesis_edit.setMaximumHeight(80)
        self.result_edit = QPlainTextEdit()
        self.result_edit.setPlaceholderText(self.tr("La propuesta que la red presenta a las "
                                                    "autoridades"))
        self.result_edit.setMaximumHeight(80)
        self.publish_button = QPushButton(self.tr("Publicar la propuesta de la red"))
        self.publish_button.setObjectName("primary")
        self.publish_button.clicked.connect(self.publish_result)
        for widget in (self.result_title, self.synthesis_edit, self.result_edit):
            publish.addWidget(widget)
        publish_row = QHBoxLayout()
        publish_row.addStretch(1)
        publish_row.addWidget(self.publish_button)
        publish.addLayout(publish_row)
        self.result_title.textChanged.connect(lambda _t: self._draft_timer.start())
        self.synthesis_edit.textChanged.connect(self._draft_timer.start)
        self.result_edit.textChanged.connect(self._draft_timer.start)
        right_layout.addWidget(self.publish_box)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(splitter)
        self.reload()

    def _list(self, name: str) -> QListWidget:
        widget = QListWidget()
        widget.setObjectName(name)
        widget.setWordWrap(True)
        widget.setSpacing(6)    # each item is two or three lines: keep them apart
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        widget.setTextElideMode(Qt.ElideNone)
        widget.currentItemChanged.connect(lambda *_: self._list_changed())
        return widget

    # ---- data -------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read from the store (after a sync or a write), keeping the selection."""
        keep = self.debate_id
        for widget, items in ((self.debate_list, debates.list_debates(self.store)),
                              (self.published_list, debates.published(self.store))):
            widget.blockSignals(True)
            widget.clear()
            for item in items:
                if widget is self.published_list:
                    state = self.tr("Publicada el %1").replace("%1", peru_when(
                        item.published_at))
                    text = f"{item.result_title}\n{item.question}\n{state}"
                elif item.is_open:
                    text = item.question + "\n" + self.tr("Abierto hasta el %1").replace(
                        "%1", peru_when(item.closes_at))
                else:
                    text = item.question + "\n" + (
                        self.tr("Cerrado · propuesta publicada") if item.published_at
                        else self.tr("Cerrado el %1").replace("%1", peru_when(item.closes_at)))
                if item.state == "pending":
                    text += "\n" + self.tr("Pendiente: se enviará al sincronizar.")
                elif item.state == "rejected":
                    text += "\n" + problem(item.reject_code or "not_allowed")
                row = QListWidgetItem(text)
                row.setData(Qt.UserRole, item.id)
                row.setToolTip(tip(item.question))
                widget.addItem(row)
                if item.id == keep:
                    widget.setCurrentItem(row)
            widget.blockSignals(False)
        self._list_changed()

    def _list_changed(self) -> None:
        lst = self.tabs.currentWidget()
        if lst.currentItem() is None and lst.count():
            lst.blockSignals(True)
            lst.setCurrentRow(0)
            lst.blockSignals(False)
        item = lst.currentItem()
        self.show_debate(item.data(Qt.UserRole) if item else None)

    def select_debate(self, debate_id: str) -> None:
        for row in range(self.debate_list.count()):
            if self.debate_list.item(row).data(Qt.UserRole) == debate_id:
                self.tabs.setCurrentWidget(self.debate_list)
                self.debate_list.setCurrentRow(row)
                return

    def show_debate(self, debate_id: str | None) -> None:
        self._save_draft()
        if debate_id != self.debate_id:
            self.status_label.setText("")
        self.debate_id = debate_id
        try:
            self.view = debates.debate_view(self.store, debate_id) if debate_id else None
        except UserError:
            self.view = None
        view = self.view
        chosen = self.proposal_box.currentData()
        self.proposal_box.blockSignals(True)
        self.proposal_box.clear()
        for x in view.proposals if view else []:
            if x.state != "rejected":
                self.proposal_box.addItem(x.title, x.id)
        index = self.proposal_box.findData(chosen)
        self.proposal_box.setCurrentIndex(index if index >= 0 else 0)
        self.proposal_box.blockSignals(False)
        is_open = bool(view and view.debate.is_open)
        self.composer.setVisible(is_open)
        self.proposal_box.setVisible(is_open and bool(view.proposals))
        self.endorse_button.setVisible(is_open and self.proposal_box.count() > 0)
        self.pdf_button.setVisible(bool(view and view.debate.published_at))
        self._show_publish_box(view)
        self.reader.setHtml(self._html(view) if view else "<p class='muted'>" + html.escape(
            self.tr("Aún no hay debates. Llegarán con la próxima sincronización.")) + "</p>")
        self._proposal_chosen()
        self._load_draft()

    def _html(self, view: debates.DebateView) -> str:
        d = view.debate
        parts = [f"<h2>{_text(d.question)}</h2>"]
        if d.description:
            parts.append(f"<p>{_text(d.description)}</p>")
        period = (self.tr("Abierto del %1 al %2") if d.is_open
                  else self.tr("Estuvo abierto del %1 al %2"))
        parts.append("<p class='muted'>" + html.escape(
            period.replace("%1", peru_when(d.opens_at)).replace("%2", peru_when(d.closes_at)))
            + "</p>")
        if d.published_at:
            parts.append("<table class='post' width='100%' cellpadding='8'><tr><td>"
                         f"<p class='muted'>{self._label('propone')}</p>"
                         f"<h3>{_text(d.result_title)}</h3><p>{_text(view.result_body)}</p>"
                         f"<p><b>{self._label('synthesis_title')}</b></p>"
                         f"<p>{_text(view.synthesis)}</p></td></tr></table><p></p>")
        elif not d.is_open:
            parts.append("<p class='note'>" + html.escape(self.tr(
                "El debate cerró. La síntesis y la propuesta de la red se publicarán "
                "aquí.")) + "</p>")
        if not view.proposals:
            parts.append("<p class='muted'>" + html.escape(self.tr(
                "Todavía no hay propuestas. Puede escribir la primera.")) + "</p>")
        ids = [x.id for x in view.proposals]
        args = [a.id for x in view.proposals for a in x.arguments]
        self._states = {("debate_proposal", k): v for k, v in
                        moderation.states(self.store, "debate_proposal", ids).items()}
        self._states.update({("debate_argument", k): v for k, v in
                             moderation.states(self.store, "debate_argument", args).items()})
        for x in view.proposals:
            parts.append(self._proposal_html(x, d))
        return "".join(parts)

    def _moderated(self, entity: str, record_id: str, body: str) -> tuple[str, list[str]]:
        """The text shown (escaped) and the moderation links of a proposal or argument."""
        writing = self._states.get((entity, record_id))
        if writing is not None and writing.hidden and not body:
            shown = "<i>" + html.escape(self.writing.hidden_placeholder()) + "</i>"
        else:
            shown = _text(body)
        return (shown + self.writing.notice_html(entity, record_id, writing)
                + self.writing.copy_html(entity, record_id, writing),
                self.writing.links(entity, record_id, writing))

    def _written(self) -> None:
        if self.debate_id:
            self.show_debate(self.debate_id)
        self.wrote.emit()

    def _label(self, key: str) -> str:
        """Fixed words of the reader, escaped (said here so lupdate finds them)."""
        labels = {"propone": self.tr("Edugestores propone"),
                  "synthesis_title": self.tr("Síntesis del debate"),
                  "copy": self.tr("Copiar texto"), "discard": self.tr("Descartar"),
                  "argue_for": self.tr("Argumentar a favor"),
                  "argue_against": self.tr("Argumentar en contra")}
        return html.escape(labels[key])

    def _refusal(self, code: str | None, debate) -> str:
        if code == "debate_closed":
            text = self.tr("El debate ya cerró el %1; su texto sigue guardado aquí para que "
                           "lo copie.").replace("%1", peru_date(debate.closes_at))
        else:
            text = problem(code or "not_allowed")
        return f"<p class='rejected'>{html.escape(text)}</p>"

    def _proposal_html(self, x: debates.ProposalItem, d) -> str:
        head = html.escape(self.tr("%1 · propuesta de %2").replace("%1", x.title)
                           .replace("%2", x.author or self.tr("usted")))
        count = html.escape(self.tr("%n respaldos", "", x.endorsements))
        state = ""
        if x.state == "pending":
            state = "<p class='pending'>" + html.escape(self.tr(
                "Pendiente: se enviará al sincronizar.")) + "</p>"
        elif x.state == "rejected":
            state = self._refusal(x.reject_code, d)
        actions = []
        if x.state == "rejected":
            actions += [f"<a href='minka:copy/{html.escape(x.id)}'>"
                        f"{self._label('copy')}</a>",
                        f"<a href='minka:discard/{html.escape(x.id)}'>"
                        f"{self._label('discard')}</a>"]
        elif d.is_open:
            label = self.tr("Retirar respaldo") if x.endorsed_by_me else self.tr("Respaldar")
            actions += [f"<a href='minka:endorse/{html.escape(x.id)}'>{html.escape(label)}</a>",
                        f"<a href='minka:for/{html.escape(x.id)}'>"
                        f"{self._label('argue_for')}</a>",
                        f"<a href='minka:against/{html.escape(x.id)}'>"
                        f"{self._label('argue_against')}</a>"]
        mine = ""
        if x.endorsement_state == "pending":
            mine = "<p class='pending'>" + html.escape(
                self.tr("Su respaldo se enviará al sincronizar.") if x.endorsed_by_me
                else self.tr("El retiro de su respaldo se enviará al sincronizar.")) + "</p>"
        elif x.endorsement_state == "rejected":
            mine = "<p class='rejected'>" + html.escape(self.tr(
                "Su respaldo no se registró: el debate ya había cerrado.")
                if x.endorsement_code == "debate_closed" else problem(
                    x.endorsement_code or "not_allowed")) + "</p>"
        args = []
        you = self.tr("usted")
        for side, title in ((FOR, self.tr("A favor")), (AGAINST, self.tr("En contra"))):
            items = [a for a in x.arguments if a.side == side]
            if not items:
                continue
            args.append(f"<p><b>{html.escape(title)}</b></p><ul>")
            for a in items:
                extra = ""
                shown, links = self._moderated("debate_argument", a.id, a.body)
                if links and a.state == "synced":
                    extra = " <span class='actions'>" + " · ".join(links) + "</span>"
                if a.state == "pending":
                    extra = " <span class='pending'>" + html.escape(self.tr("pendiente")) \
                        + "</span>"
                elif a.state == "rejected":
                    extra = self._refusal(a.reject_code, d) + (
                        f"<span class='actions'><a href='minka:copy/{html.escape(a.id)}'>"
                        f"{self._label('copy')}</a> · "
                        f"<a href='minka:discard/{html.escape(a.id)}'>"
                        f"{self._label('discard')}</a></span>")
                args.append(f"<li>{shown} <span class='muted'>— "
                            f"{html.escape(a.author or you)}</span>{extra}</li>")
            args.append("</ul>")
        shown, links = self._moderated("debate_proposal", x.id, x.body)
        if x.state == "synced":
            actions += links
        return ("<table class='post' width='100%' cellpadding='8'><tr><td>"
                f"<p><b>{head}</b> <span class='muted'>· {count}</span></p>{state}"
                f"<p>{shown}</p>{mine}{''.join(args)}"
                f"<p class='actions'>{' · '.join(actions)}</p></td></tr></table><p></p>")

    # ---- endorsing ----------------------------------------------------------------

    def _chosen(self) -> debates.ProposalItem | None:
        chosen = self.proposal_box.currentData()
        return next((x for x in self.view.proposals if x.id == chosen), None) \
            if self.view else None

    def _proposal_chosen(self) -> None:
        x = self._chosen()
        self.endorse_button.setText(self.tr("Retirar respaldo") if x and x.endorsed_by_me
                                    else self.tr("Respaldar"))
        if self.kind_box.currentData() != NEW_PROPOSAL:
            self._load_draft()

    def toggle_endorsement(self) -> None:
        x = self._chosen()
        if x is None:
            return
        try:
            debates.set_endorsement(self.store, x.id, not x.endorsed_by_me)
        except UserError as exc:
            message(self, self.tr("No se pudo respaldar"), problem(exc.code))
            return
        self.status_label.setText(self.tr("Listo. Se enviará al sincronizar."))
        self.show_debate(self.debate_id)
        self.wrote.emit()

    def _choose(self, proposal_id: str) -> None:
        index = self.proposal_box.findData(proposal_id)
        if index >= 0:
            self.proposal_box.setCurrentIndex(index)

    def _link_clicked(self, url) -> None:
        if self.writing.handle(url):
            return
        kind, _, record_id = url.toString().removeprefix("minka:").partition("/")
        if kind == "endorse":
            self._choose(record_id)
            self.toggle_endorsement()
        elif kind in (FOR, AGAINST):
            self._choose(record_id)
            self.kind_box.setCurrentIndex(self.kind_box.findData(kind))
            self.body_edit.setFocus()
        elif kind == "copy":
            body = self._body_of(record_id)
            if body is not None:
                QGuiApplication.clipboard().setText(body)
                self.status_label.setText(self.tr("Texto copiado."))
        elif kind == "discard":
            debates.discard_refused(self.store, record_id)
            self.show_debate(self.debate_id)

    def _body_of(self, record_id: str) -> str | None:
        for x in self.view.proposals if self.view else []:
            if x.id == record_id:
                return f"{x.title}\n\n{x.body}"
            for a in x.arguments:
                if a.id == record_id:
                    return a.body
        return None

    # ---- writing ---------------------------------------------------------------------

    def _key(self) -> str | None:
        if not self.debate_id:
            return None
        kind = self.kind_box.currentData()
        if kind == NEW_PROPOSAL:
            return f"debate:{self.debate_id}"
        chosen = self.proposal_box.currentData()
        return f"debate-argument:{chosen}:{kind}" if chosen else None

    def _load_draft(self) -> None:
        self._save_draft()
        self._draft_key = self._key()
        is_proposal = self.kind_box.currentData() == NEW_PROPOSAL
        self.title_edit.setVisible(is_proposal)
        saved = forums.load_draft(self.store, self._draft_key) if self._draft_key else ""
        title, body = saved.partition("\n\n")[::2] if is_proposal else ("", saved)
        for widget, text in ((self.title_edit, title), (self.body_edit, body)):
            widget.blockSignals(True)
            if isinstance(widget, QLineEdit):
                widget.setText(text)
            else:
                widget.setPlainText(text)
            widget.blockSignals(False)

    def _save_draft(self) -> None:
        self._draft_timer.stop()
        self._save_publish_draft()
        if not self._draft_key:
            return
        body = self.body_edit.toPlainText()
        if self._draft_key.startswith("debate:"):
            title = self.title_edit.text()
            text = f"{title}\n\n{body}" if title.strip() or body.strip() else ""
        else:
            text = body
        forums.save_draft(self.store, self._draft_key, text)

    def send(self) -> None:
        if not self.debate_id:
            return
        kind = self.kind_box.currentData()
        try:
            if kind == NEW_PROPOSAL:
                debates.propose(self.store, self.debate_id, self.title_edit.text(),
                                self.body_edit.toPlainText())
            else:
                chosen = self.proposal_box.currentData()
                if not chosen:
                    return
                debates.argue(self.store, chosen, kind, self.body_edit.toPlainText())
        except UserError as exc:
            message(self, self.tr("No se pudo publicar"), problem(exc.code))
            return
        for widget in (self.title_edit, self.body_edit):
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)
        if self._draft_key:
            forums.save_draft(self.store, self._draft_key, "")
        self.status_label.setText(self.tr("Listo. Se enviará al sincronizar."))
        self.reload()
        self.wrote.emit()

    def new_debate(self) -> NewDebateDialog:
        """Open the new-debate dialog (not blocking: the window keeps syncing)."""
        dialog = NewDebateDialog(self.store, self)

        def closed(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and dialog.saved_id:
                self.debate_id = dialog.saved_id
                self.tabs.setCurrentWidget(self.debate_list)
                self.reload()
                self.wrote.emit()
        dialog.finished.connect(closed)
        dialog.open()
        return dialog

    # ---- publishing (moderators) -----------------------------------------------------

    def _show_publish_box(self, view) -> None:
        shown = bool(view and not view.debate.is_open and not view.debate.published_at
                     and view.debate.closes_at <= datetime.now(timezone.utc)
                     and debates.is_moderator(self.store))
        self.publish_box.setVisible(shown)
        self._publishing = view.debate.id if shown else None
        if not shown:
            return
        draft = debates.publish_draft(self.store, view.debate.id)
        for widget, text in ((self.result_title, draft.title),
                             (self.synthesis_edit, draft.synthesis),
                             (self.result_edit, draft.body)):
            widget.blockSignals(True)
            if isinstance(widget, QLineEdit):
                widget.setText(text)
            else:
                widget.setPlainText(text)
            widget.blockSignals(False)
        if draft.refused:
            self.status_label.setText(problem(draft.refused))
        elif draft.pending:
            self.status_label.setText(self.tr("La propuesta de la red se publicará al "
                                              "sincronizar."))

    def _save_publish_draft(self) -> None:
        if getattr(self, "_publishing", None):
            debates.save_publish_draft(self.store, self._publishing, self.result_title.text(),
                                       self.synthesis_edit.toPlainText(),
                                       self.result_edit.toPlainText())

    def publish_result(self) -> None:
        if not getattr(self, "_publishing", None):
            return
        try:
            debates.publish(self.store, self._publishing, self.result_title.text(),
                            self.synthesis_edit.toPlainText(), self.result_edit.toPlainText())
        except UserError as exc:
            message(self, self.tr("No se pudo publicar"), problem(exc.code))
            return
        self.status_label.setText(self.tr("La propuesta de la red se publicará al "
                                          "sincronizar."))
        self.wrote.emit()

    # ---- the PDF -----------------------------------------------------------------------

    def export_pdf(self, path: str | None = None) -> Path | None:
        view = self.view
        if view is None or not view.debate.published_at:
            return None
        if path is None:
            suggested = str(Path.home() / (self.tr("propuesta") + ".pdf"))
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Guardar la propuesta"),
                                                  suggested, self.tr("PDF (*.pdf)"))
            if not path:
                return None
        try:
            written = write_pdf(view, Path(path))
        except OSError as exc:
            log.warning("could not write the PDF of debate %s: %s", view.debate.id, exc)
            message(self, self.tr("No se pudo guardar"), self.tr(
                "No se pudo guardar el PDF en ese lugar. Elija otra carpeta, por ejemplo "
                "Documentos."))
            return None
        self.status_label.setText(self.tr("PDF guardado: %1").replace("%1", str(written)))
        return written
