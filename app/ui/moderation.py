"""Moderation beside any piece of member writing, one presentation for every moderated
kind (forum and group posts, wall posts and comments, debate proposals and arguments):
the hidden notice its author reads, the conflict copy of an edit, and the links to edit,
report, hide and show again, each opening one small text dialog."""
from __future__ import annotations

import html
import logging
from typing import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QVBoxLayout, QWidget

from app.services import moderation
from app.services.errors import UserError
from app.services.moderation import WritingState
from app.store.models import PENDING
from app.ui.dialogs import fit_height, form_buttons
from app.ui.fit import WrapLabel
from app.ui.messages import problem
from app.ui.timefmt import when

log = logging.getLogger(__name__)

LINK = "minka:writing/"   # minka:writing/<action>/<entity>/<id>


def _text_html(text: str) -> str:
    return "<br>".join(html.escape(line) for line in text.split("\n"))


class WritingTextDialog(QDialog):
    """One text about a piece of writing: an edit of one's own, why it is reported, why a
    moderator hides it. The main button hands the text to `save(text)`; the dialog closes
    only when that queued it, and a problem is said inside it, the text kept."""

    def __init__(self, title: str, intro: str, accept_text: str, text: str = "",
                 placeholder: str = "", parent=None, save: Callable[[str], None] | None = None):
        super().__init__(parent)
        self.save = save
        self.setWindowTitle(title)
        self.resize(560, 360)
        self.intro = WrapLabel(intro, "hint")
        self.text = QPlainTextEdit(text)
        self.text.setObjectName("writingText")
        self.text.setPlaceholderText(placeholder)
        self.error = WrapLabel("", "error")
        self.error.hide()
        buttons, self.main = form_buttons(self, accept_text)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def submit(self) -> None:
        try:
            if self.save is not None:
                self.save(self.text.toPlainText())
        except UserError as exc:
            log.info("writing dialog text not queued: %s", exc.code)
            self.error.setText(problem(exc.code))
            self.error.show()
            fit_height(self)
            return
        self.accept()


class WritingActions(QObject):
    """The moderation of the writing a view shows: `notice_html` and `links_html` for a
    record, and `handle(url)` for the links clicked. `changed()` is called after anything
    was queued (the view re-reads the store)."""

    def __init__(self, owner: QWidget, store, changed: Callable[[], None]):
        super().__init__(owner)
        self.owner = owner
        self.store = store
        self.changed = changed
        self.moderator = moderation.is_moderator(store)
        self.dialog: WritingTextDialog | None = None   # the one open, for tests

    # ---- what is shown -----------------------------------------------------------------

    def body(self, body: str, state: WritingState | None) -> str:
        """The text to show: a queued edit at once; nothing of a hidden one but a line."""
        return moderation.shown_body(body, state)

    def hidden_placeholder(self) -> str:
        return self.tr("Esta publicación fue ocultada por la moderación de la red.")

    def notice_html(self, entity: str, record_id: str, state: WritingState | None) -> str:
        """Paragraphs shown above the text: hidden and why, an edit on its way (HTML)."""
        if state is None:
            return ""
        parts = []
        if state.hidden and (state.mine or self.moderator):
            reason = state.hidden_reason
            text = (self.tr("La moderación ocultó su publicación. Motivo: «%1». Usted "
                            "la sigue viendo, pero el resto de la red ya no ve su texto.")
                    if state.mine else
                    self.tr("Oculta por la moderación. Motivo: «%1». Solo su autor o autora "
                            "y la moderación ven el texto."))
            parts.append("<p class='rejected'>" + html.escape(
                text.replace("%1", reason or self.tr("sin motivo indicado"))) + "</p>")
        if state.edit is not None and state.edit.state == PENDING:
            parts.append("<p class='pending'>" + html.escape(self.tr(
                "Edición pendiente de envío: se guardará en la próxima sincronización."))
                + "</p>")
        return "".join(parts)

    def copy_html(self, entity: str, record_id: str, state: WritingState | None) -> str:
        """Shown below the text: this person's edit the server did not take (the conflict
        copy, or a refused one) with what they can do with it (HTML)."""
        edit = state.edit if state is not None else None
        link = f"{entity}/{record_id}"
        parts = []
        if edit is not None and edit.state != PENDING:
            if edit.state == "conflict":
                why = self.tr("Su edición no se aplicó: mientras usted editaba sin conexión, "
                              "esta publicación cambió desde otro equipo. Arriba está la "
                              "versión que quedó en la red; la suya se guardó aquí:")
            else:
                why = self.tr("Su edición no se guardó: %1 Su texto se conserva aquí:") \
                    .replace("%1", problem(edit.reject_code or "not_allowed"))
            actions = [f"<a href='{LINK}copy/{link}'>" + html.escape(self.tr(
                "Copiar mi versión")) + "</a>"]
            if edit.state == "conflict":
                actions.append(f"<a href='{LINK}apply/{link}'>" + html.escape(self.tr(
                    "Usar mi versión…")) + "</a>")
            actions.append(f"<a href='{LINK}discard/{link}'>" + html.escape(self.tr(
                "Descartar mi versión")) + "</a>")
            parts.append("<div class='conflict'><p class='rejected'>" + html.escape(why)
                         + "</p><blockquote>" + _text_html(edit.body) + "</blockquote><p>"
                         + " · ".join(actions) + "</p></div>")
        return "".join(parts)

    def edited_text(self, state: WritingState | None) -> str:
        if state is None or state.edited_at is None:
            return ""
        return self.tr("editado %1").replace("%1", when(state.edited_at))

    def links(self, entity: str, record_id: str, state: WritingState | None) -> list[str]:
        """The actions this person may take on the record, as HTML links."""
        if state is None:
            return []
        link = f"{entity}/{record_id}"
        found = []
        editing = state.edit is not None and state.edit.state == PENDING
        if state.editable and not state.hidden and (state.edit is None or editing):
            found.append(f"<a href='{LINK}edit/{link}'>" + html.escape(self.tr("Editar"))
                         + "</a>")
        if not state.mine and not state.hidden:
            found.append(html.escape(self.tr("Reportado")) if state.reported_by_me else
                         f"<a href='{LINK}report/{link}'>" + html.escape(self.tr("Reportar"))
                         + "</a>")
        if self.moderator:
            found.append(f"<a href='{LINK}unhide/{link}'>" + html.escape(self.tr(
                "Volver a mostrar")) + "</a>" if state.hidden else
                f"<a href='{LINK}hide/{link}'>" + html.escape(self.tr("Ocultar")) + "</a>")
        return found

    # ---- what the links do -------------------------------------------------------------

    def handle(self, url) -> bool:
        """Do what a clicked link asks; False if it is not one of these links."""
        text = url.toString() if hasattr(url, "toString") else str(url)
        if not text.startswith(LINK):
            return False
        try:
            action, entity, record_id = text[len(LINK):].split("/", 2)
        except ValueError:
            return True
        state = moderation.state(self.store, entity, record_id)
        if state is None:
            return True
        if action == "copy" and state.edit is not None:
            QGuiApplication.clipboard().setText(state.edit.body)
        elif action == "discard":
            moderation.discard_edit(self.store, entity, record_id)
            self.changed()
        elif action == "edit":
            self.edit(entity, record_id, state)
        elif action == "apply" and state.edit is not None:
            self.edit(entity, record_id, state, text=state.edit.body)
        elif action == "report":
            self.report(entity, record_id)
        elif action == "hide":
            self.hide(entity, record_id)
        elif action == "unhide":
            self._do(lambda: moderation.unhide(self.store, entity, record_id))
        return True

    def _do(self, work: Callable[[], None]) -> None:
        try:
            work()
        except UserError as exc:
            log.info("moderation action not queued: %s", exc.code)
            from app.ui.plaintext import message
            message(self.owner, self.tr("No se pudo completar"), problem(exc.code))
            return
        self.changed()

    def _open(self, dialog: WritingTextDialog) -> WritingTextDialog:
        def closed(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self.changed()
            self.dialog = None
        dialog.finished.connect(closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def edit(self, entity: str, record_id: str, state: WritingState,
             text: str | None = None) -> WritingTextDialog:
        if text is None:
            text = state.edit.body if state.edit is not None else self._current(entity,
                                                                                 record_id)
        return self._open(WritingTextDialog(
            self.tr("Editar su publicación"),
            self.tr("Puede editar sin conexión: el cambio se enviará en la próxima "
                    "sincronización. Si mientras tanto la publicación cambia desde otro "
                    "equipo, se conservará la versión de la red y la suya quedará guardada "
                    "aquí para que decida."),
            self.tr("Guardar cambios"), text, parent=self.owner,
            save=lambda body: moderation.edit(self.store, entity, record_id, body)))

    def report(self, entity: str, record_id: str) -> WritingTextDialog:
        return self._open(WritingTextDialog(
            self.tr("Reportar a la moderación"),
            self.tr("La moderación de la red revisará esta publicación. Solo quienes "
                    "moderan sabrán que usted la reportó. Puede decir por qué (no es "
                    "obligatorio)."),
            self.tr("Reportar"), placeholder=self.tr("Por ejemplo: tiene datos personales "
                                                     "de una estudiante."),
            parent=self.owner,
            save=lambda reason: moderation.report(self.store, entity, record_id, reason)))

    def hide(self, entity: str, record_id: str) -> WritingTextDialog:
        return self._open(WritingTextDialog(
            self.tr("Ocultar la publicación"),
            self.tr("El resto de la red dejará de ver su texto en la próxima sincronización "
                    "de cada equipo. Su autor o autora lo seguirá viendo, con el motivo que "
                    "escriba aquí."),
            self.tr("Ocultar"), placeholder=self.tr("Por ejemplo: contiene datos personales."),
            parent=self.owner,
            save=lambda reason: moderation.hide(self.store, entity, record_id, reason)))

    def _current(self, entity: str, record_id: str) -> str:
        return moderation.current_text(self.store, entity, record_id)
