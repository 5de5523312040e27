"""The sign-in dialog: server address, user and password, asked once per profile."""
from __future__ import annotations

import logging
import math

from PySide6.QtWidgets import (QDialog, QFormLayout, QHBoxLayout, QLineEdit,
                               QProgressBar, QPushButton, QVBoxLayout)

from app.services import account
from app.services.errors import UserError
from app.ui.fit import WrapLabel
from app.ui.dialogs import fit_height, form_buttons, set_busy
from app.ui.messages import problem
from app.ui.tasks import run_in_background
from sync.client import SyncError

log = logging.getLogger(__name__)


class SignInDialog(QDialog):
    def __init__(self, store, server_url: str = "", username: str = "", parent=None):
        super().__init__(parent)
        self.store = store
        self.account = None
        self.setWindowTitle(self.tr("Ingresar a Minka"))
        self.setMinimumWidth(460)
        intro = WrapLabel(self.tr("Ingrese una sola vez con la cuenta que le dio su formador o "
                               "formadora. Después, Minka abrirá sin pedirle nada, aunque no "
                               "tenga internet."))
        intro.setWordWrap(True)
        self.server = QLineEdit(server_url)
        self.server.setPlaceholderText("https://minka.ejemplo.pe")
        self.username = QLineEdit(username)
        self.username.setPlaceholderText(self.tr("por ejemplo: rosa.quispe"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        form = QFormLayout()
        form.addRow(self.tr("Servidor"), self.server)
        form.addRow(self.tr("Usuario"), self.username)
        form.addRow(self.tr("Contraseña"), self.password)
        self.insecure = WrapLabel(self.tr(
            "Esta dirección no usa conexión segura (https): su contraseña y lo que escriba "
            "viajarían sin protección por la red. Úsela solo si su formador o formadora se "
            "lo indicó."), "warning")
        self.server.textChanged.connect(self._check_address)
        # The error has its own wrapping label below the form; the dialog grows to fit it
        # (fit_height) rather than squeezing the fields.
        self.error = WrapLabel("", "error")
        self.error.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.buttons, self.ok = form_buttons(self, self.tr("Ingresar"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.insecure)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        # A new installation can take the course and the catalogue from a drive before the
        # first sign-in, which then brings only the rest (issue #12).
        self.usb = QPushButton(self.tr("Importar desde USB…"))
        self.usb.setAutoDefault(False)
        self.usb.clicked.connect(self.import_from_usb)
        self.usb_done = WrapLabel("", "success")
        self.usb_done.hide()
        row = QHBoxLayout()
        row.addWidget(self.usb)
        # Never online (issue #12): the code on the facilitator's paper instead of a
        # server. Only on a new installation: an account here is signed in again instead.
        self.offline = QPushButton(self.tr("Empezar sin internet…"))
        self.offline.setAutoDefault(False)
        self.offline.clicked.connect(self.start_offline)
        self.offline.setVisible(account.current_account(store) is None)
        row.addWidget(self.offline)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.usb_done)
        layout.addWidget(self.buttons)
        self._check_address(self.server.text())
        (self.password if server_url and username else self.server).setFocus()

    def import_from_usb(self):
        from app.ui.pack_import import PackImportDialog
        dialog = PackImportDialog(self.store, self)
        dialog.imported.connect(self._pack_imported)
        dialog.open()
        return dialog

    def start_offline(self):
        from app.ui.enrolment import EnrolDialog
        dialog = EnrolDialog(self.store, self)
        dialog.accepted.connect(lambda: self._enrolled(dialog.account))
        dialog.open()
        return dialog

    def _enrolled(self, acct) -> None:
        self.account = acct
        self.accept()

    def _pack_imported(self, result) -> None:
        self.usb_done.setText(self.tr(
            "El paquete ya está en esta computadora (%1 registros). Al ingresar, Minka "
            "traerá solo lo que el paquete no tiene.").replace("%1", str(result.records)))
        self.usb_done.show()
        fit_height(self)

    def _check_address(self, text: str) -> None:
        insecure = account.is_insecure(text)
        if insecure != self.insecure.isVisibleTo(self):
            self.insecure.setVisible(insecure)
            fit_height(self)

    def submit(self) -> None:
        self.error.hide()
        self._busy(True)
        server, user, password = self.server.text(), self.username.text(), self.password.text()
        run_in_background(self, lambda: account.sign_in(self.store, server, user, password),
                          self._signed_in, self._failed)

    def _busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.server, self.username, self.password):
            widget.setEnabled(not busy)
        set_busy(self.ok, busy)

    def _signed_in(self, acct) -> None:
        self.account = acct
        # Stop the busy bar's animation: a dialog destroyed while its style still animates
        # a widget crashes Qt (the re-sign-in dialog is replaced the next time it opens).
        self._busy(False)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._busy(False)
        if isinstance(exc, SyncError) and exc.code == "too_many_attempts" and exc.retry_after:
            log.info("sign-in failed: %s (%.0f s to wait)", exc, exc.retry_after)
            self.error.setText(self.tr("Demasiados intentos. Vuelva a intentarlo en %n "
                                       "minutos.", "", max(1, math.ceil(exc.retry_after / 60))))
        elif isinstance(exc, (UserError, SyncError)):
            log.info("sign-in failed: %s", exc)
            self.error.setText(problem(exc.code))
        else:
            log.error("sign-in failed unexpectedly", exc_info=exc)
            self.error.setText(problem("internal"))
        self.error.show()
        fit_height(self)
        self.password.setFocus()
        self.password.selectAll()
