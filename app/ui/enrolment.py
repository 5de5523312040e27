"""'Empezar sin internet': the username and the enrolment code from the facilitator's paper."""
from __future__ import annotations

import logging

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QVBoxLayout

from app.services import enrolment
from app.services.errors import UserError
from app.ui.dialogs import fit_height, form_buttons, set_busy
from app.ui.fit import WrapLabel
from app.ui.messages import problem
from app.ui.tasks import run_in_background

log = logging.getLogger(__name__)


class EnrolDialog(QDialog):
    """Binds this computer to the account offline; `account` is set when accepted."""

    def __init__(self, store, parent=None, username: str = ""):
        super().__init__(parent)
        self.store = store
        self.account = None
        # With `username`: this computer is enrolled already and the code is typed again
        # (a typo, or a new code after a refusal); the same person, a new proof.
        self.setWindowTitle(self.tr("Escribir de nuevo el código de inscripción")
                            if username else self.tr("Empezar sin internet"))
        self.setMinimumWidth(480)
        intro = WrapLabel(self.tr(
            "Escriba el usuario y el código de inscripción que le dio su formador o formadora "
            "en papel. Podrá leer el curso y escribir sus tareas y mensajes sin internet; "
            "cuando entregue sus envíos en la memoria USB, el servidor confirmará su cuenta."))
        self.username = QLineEdit(username)
        self.username.setPlaceholderText(self.tr("por ejemplo: rosa.quispe"))
        self.username.setReadOnly(bool(username))
        self.code = QLineEdit()
        self.code.setPlaceholderText("K7MX-4PQR-9WHT")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.Password)
        form = QFormLayout()
        form.addRow(self.tr("Usuario"), self.username)
        form.addRow(self.tr("Código de inscripción"), self.code)
        form.addRow(self.tr("Contraseña"), self.password)
        form.addRow(self.tr("Repita la contraseña"), self.again)
        hint = WrapLabel(self.tr(
            "Use la contraseña de su cuenta, la misma del papel: con ella se abre Minka en "
            "esta computadora y, más adelante, ingresará por internet."), "hint")
        self.error = WrapLabel("", "error")
        self.error.hide()
        self.buttons, self.ok = form_buttons(self, self.tr("Empezar"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        (self.code if username else self.username).setFocus()

    def submit(self) -> None:
        self.error.hide()
        if self.password.text() != self.again.text():
            self._show(problem("passwords_differ"))
            return
        set_busy(self.ok, True)
        store, user, code, password = (self.store, self.username.text(), self.code.text(),
                                       self.password.text())
        run_in_background(self, lambda: enrolment.enrol_offline(store, user, code, password),
                          self._enrolled, self._failed)

    def _enrolled(self, acct) -> None:
        set_busy(self.ok, False)
        self.account = acct
        self.accept()

    def _failed(self, exc: Exception) -> None:
        set_busy(self.ok, False)
        if isinstance(exc, UserError):
            log.info("offline enrolment refused: %s", exc)
            self._show(problem(exc.code))
        else:
            log.error("offline enrolment failed unexpectedly", exc_info=exc)
            self._show(problem("internal"))

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        fit_height(self)
