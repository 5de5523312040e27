"""Shared computers: "¿Quién usa Minka ahora?" and the password that opens a profile."""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout)

from app.services import people
from app.ui.dialogs import fit_height, form_buttons, set_busy
from app.ui.fit import WrapLabel
from app.ui.tasks import run_in_background

log = logging.getLogger(__name__)
NEW_PERSON = "new"


class PersonChooser(QDialog):
    """Each person's name, and a way to add one more. `choice`: a PersonProfile or NEW_PERSON."""

    def __init__(self, folks: list[people.PersonProfile], parent=None):
        super().__init__(parent)
        self.choice = None
        self.setWindowTitle(self.tr("Minka"))
        self.setMinimumWidth(420)
        title = WrapLabel(self.tr("¿Quién usa Minka ahora?"), "sectionTitle")
        hint = WrapLabel(self.tr("En esta computadora usan Minka varias personas. Elija su "
                                 "nombre; le pediremos su contraseña para abrir sus datos."))
        self.list = QListWidget()
        self.list.setObjectName("people")
        for person in folks:
            # Names came from the server: a list item shows them as plain text.
            item = QListWidgetItem(person.display_name)
            item.setData(Qt.UserRole, person)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self._open())
        buttons, self.open_button = form_buttons(self, self.tr("Abrir"))
        self.add_button = QPushButton(self.tr("Agregar a otra persona…"))
        self.add_button.setAutoDefault(False)   # Enter opens the person chosen
        buttons.addButton(self.add_button, QDialogButtonBox.ActionRole)
        buttons.accepted.connect(self._open)
        buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self._add)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def _open(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.choice = item.data(Qt.UserRole)
        self.accept()

    def _add(self) -> None:
        self.choice = NEW_PERSON
        self.accept()


class UnlockDialog(QDialog):
    """The person's password, checked offline against the hash kept at sign-in."""

    def __init__(self, person: people.PersonProfile, parent=None):
        super().__init__(parent)
        self.person = person
        self.setWindowTitle(self.tr("Minka"))
        self.setMinimumWidth(420)
        # The name came from the server: a plain-text label.
        greeting = WrapLabel(self.tr("Contraseña de %1").replace("%1", person.display_name),
                             "sectionTitle")
        hint = WrapLabel(self.tr("Es la misma contraseña con la que ingresa a Minka. Funciona "
                                 "también sin internet."))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.error = WrapLabel("", "error")
        self.error.hide()
        buttons, self.ok = form_buttons(self, self.tr("Abrir"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(greeting)
        layout.addWidget(hint)
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.password.setFocus()

    def submit(self) -> None:
        password = self.password.text()
        if not password:
            self._wrong(self.tr("Escriba su contraseña."))
            return
        set_busy(self.ok, True)
        folder = self.person.folder
        # Argon2 takes a noticeable moment on an old computer: off the GUI thread.
        run_in_background(self, lambda: people.check_password(folder, password),
                          self._checked, self._failed)

    def _failed(self, exc: Exception) -> None:
        log.error("checking the password of profile %s failed", self.person.folder.name,
                  exc_info=exc)
        set_busy(self.ok, False)
        self._wrong(self.tr("No se pudo comprobar la contraseña en este equipo. Cierre "
                            "Minka, vuelva a abrirlo e inténtelo de nuevo."))

    def _checked(self, matches: bool) -> None:
        set_busy(self.ok, False)
        if matches:
            self.accept()
            return
        log.info("wrong password for profile %s", self.person.folder.name)
        self._wrong(self.tr("La contraseña no es correcta. Inténtelo de nuevo."))

    def _wrong(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        fit_height(self)
        self.password.setFocus()
        self.password.selectAll()
