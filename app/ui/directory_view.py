"""Directorio de miembros: the network's members by name, position, region and UGEL or
institution, found by name (accents aside) and filtered by region and position, fetched a
page at a time so thousands scroll smoothly; a member's card beside the list; this
person's own profile edited offline in "Mi perfil…"."""
from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog,
                               QFormLayout, QHBoxLayout, QHeaderView, QLineEdit,
                               QPlainTextEdit, QPushButton, QScrollArea, QSplitter,
                               QTableView, QVBoxLayout, QWidget)

from app.services import directory
from app.services.errors import UserError
from app.store.models import PENDING, REJECTED
from app.ui.dialogs import fit_height, form_buttons, set_busy
from app.ui.fit import WrapLabel, fit_combo
from app.ui.messages import problem
from app.ui.plaintext import Label, tip
from app.ui.tasks import run_in_background

log = logging.getLogger(__name__)
PAGE = 100


def position_names(tr) -> dict[str, str]:
    """The list's positions in the interface language (stored in Spanish)."""
    return {"Director(a) de IE": tr("Director(a) de IE"),
            "Subdirector(a) de IE": tr("Subdirector(a) de IE"),
            "Docente": tr("Docente"),
            "Especialista de UGEL": tr("Especialista de UGEL"),
            "Especialista de DRE": tr("Especialista de DRE"),
            "Formador(a)": tr("Formador(a)"),
            "Otro cargo": tr("Otro cargo")}


def gender_names(tr) -> dict[str, str]:
    return {"": tr("Prefiero no decirlo"), "F": tr("Mujer"), "M": tr("Hombre"),
            "O": tr("Otro")}


def shareable_names(tr) -> dict[str, str]:
    return {"institution": tr("UGEL o institución"), "presentation": tr("Presentación"),
            "phone": tr("Teléfono"), "email": tr("Correo electrónico"),
            "gender": tr("Género")}


class MembersModel(QAbstractTableModel):
    """The members matching the search and filters, by name, a page at a time."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.items: list[directory.MemberItem] = []
        self.total = 0
        self.text = self.region = self.position = ""
        self.positions = position_names(self.tr)
        self.headers = (self.tr("Nombre"), self.tr("Cargo"), self.tr("Región"),
                        self.tr("UGEL o institución"))

    def search(self, text: str, region: str, position: str) -> None:
        self.text, self.region, self.position = text, region, position
        self.reload()

    def reload(self) -> None:
        shown = max(len(self.items), PAGE)
        self.beginResetModel()
        self.items = directory.list_members(self.store, 0, shown, self.text, self.region,
                                            self.position)
        self.total = directory.count_members(self.store, self.text, self.region,
                                             self.position)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else 4

    def canFetchMore(self, parent=QModelIndex()):  # noqa: N802
        return not parent.isValid() and len(self.items) < self.total

    def fetchMore(self, parent=QModelIndex()):  # noqa: N802
        page = directory.list_members(self.store, len(self.items), PAGE, self.text,
                                      self.region, self.position)
        if page:
            self.beginInsertRows(QModelIndex(), len(self.items),
                                 len(self.items) + len(page) - 1)
            self.items.extend(page)
            self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.UserRole:
            return item.id
        values = (item.display_name, self.positions.get(item.position, item.position),
                  item.region, item.institution)
        if role in (Qt.DisplayRole, Qt.AccessibleTextRole):
            return values[index.column()]
        if role == Qt.ToolTipRole:
            return tip(values[index.column()])
        return None

    def row_of(self, user_id: str) -> int:
        return next((i for i, m in enumerate(self.items) if m.id == user_id), -1)


class MemberCardView(QWidget):
    """One member as this person may see them: what the member keeps private is not on
    this computer at all (the server never sent it)."""

    edit_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.name = WrapLabel("", "sectionTitle")
        self.detail = WrapLabel("", "")
        self.institution = WrapLabel("", "")
        self.role = WrapLabel("", "hint")
        self.presentation = WrapLabel("", "")
        self.presentation.setObjectName("memberPresentation")
        self.contact = WrapLabel("", "")
        self.contact.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.private_note = WrapLabel(self.tr(
            "Solo se muestra lo que este miembro eligió compartir con la red."), "hint")
        self.edit_button = QPushButton(self.tr("Editar mi perfil…"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.empty = WrapLabel(self.tr("Elija un miembro de la lista para ver su perfil."),
                               "hint")
        layout = QVBoxLayout(self)
        for widget in (self.empty, self.name, self.detail, self.institution, self.role,
                       self.presentation, self.contact, self.private_note):
            layout.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(self.edit_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.show_card(None)

    def show_card(self, card: directory.MemberCard | None) -> None:
        shown = card is not None
        self.empty.setVisible(not shown)
        for widget in (self.name, self.detail, self.private_note):
            widget.setVisible(shown)
        self.edit_button.setVisible(shown and card.is_me)
        if not shown:
            for widget in (self.institution, self.role, self.presentation, self.contact):
                widget.hide()
            return
        positions, genders = position_names(self.tr), gender_names(self.tr)
        if card.is_me:   # as the others see it: only what this person shares
            hidden = {f: "" for f in directory.SHAREABLE if f not in card.shared}
            card = dataclasses.replace(card, **hidden)
        self.name.setText(card.display_name)
        self.detail.setText(" · ".join(x for x in (
            positions.get(card.position, card.position), card.region) if x))
        self.institution.setText(card.institution)
        self.institution.setVisible(bool(card.institution))
        roles = {"facilitator": self.tr("Formador(a) de la red"),
                 "admin": self.tr("Administración de la red")}
        self.role.setText(roles.get(card.role, ""))
        self.role.setVisible(card.role in roles)
        self.presentation.setText(card.presentation)
        self.presentation.setVisible(bool(card.presentation))
        lines = []
        if card.phone:
            lines.append(self.tr("Teléfono: %1").replace("%1", card.phone))
        if card.email:
            lines.append(self.tr("Correo: %1").replace("%1", card.email))
        if card.gender:
            lines.append(self.tr("Género: %1").replace(
                "%1", genders.get(card.gender, card.gender)))
        self.contact.setText("\n".join(lines))
        self.contact.setVisible(bool(lines))
        self.private_note.setText(
            self.tr("Así ven su perfil los demás miembros, según lo que usted eligió "
                    "compartir.")
            if card.is_me else
            self.tr("Solo se muestra lo que este miembro eligió compartir con la red."))


class DirectoryView(QWidget):
    """The Directorio section. Emits `wrote` after this person's profile is queued."""

    wrote = Signal()

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.shown_id: str | None = None
        title = Label(self.tr("Directorio de miembros"))
        title.setObjectName("paneTitle")
        self.profile_button = QPushButton(self.tr("Mi perfil…"))
        self.profile_button.clicked.connect(self.edit_profile)
        self.search = QLineEdit()
        self.search.setObjectName("memberSearch")
        self.search.setPlaceholderText(self.tr("Buscar por nombre"))
        self.search.setClearButtonEnabled(True)
        self.region = fit_combo(QComboBox(), 14)
        self.position = fit_combo(QComboBox(), 16)
        self._fill_filters()
        self.count = WrapLabel("", "hint")
        # Typing a name searches once the person pauses, not at every key.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        self.region.currentIndexChanged.connect(lambda _i: self.apply_search())
        self.position.currentIndexChanged.connect(lambda _i: self.apply_search())

        self.model = MembersModel(store, self)
        self.table = QTableView()
        self.table.setObjectName("memberTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((220, 160, 95)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._member_changed)

        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.profile_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.region, 1)
        filters.addWidget(self.position, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(head)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.count)
        left_layout.addWidget(self.table, 1)

        self.card = MemberCardView()
        self.card.edit_requested.connect(self.edit_profile)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.card)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 330])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.apply_search()

    def _fill_filters(self) -> None:
        positions = position_names(self.tr)
        for combo, everything, values, names in (
                (self.region, self.tr("Todas las regiones"),
                 directory.regions_in_use(self.store), {}),
                (self.position, self.tr("Todos los cargos"),
                 directory.positions_in_use(self.store), positions)):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for value in values:
                combo.addItem(names.get(value, value), value)
            found = combo.findData(chosen) if chosen else 0
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    def apply_search(self) -> None:
        self.model.search(self.search.text(), self.region.currentData() or "",
                          self.position.currentData() or "")
        self.count.setText(self.tr("%n miembros", "", self.model.total))
        self._reselect()

    def reload(self) -> None:
        """After a sync: new members, changed profiles, and the filters' values."""
        self._fill_filters()
        self.model.reload()
        self.count.setText(self.tr("%n miembros", "", self.model.total))
        self._reselect()

    def _reselect(self) -> None:
        row = self.model.row_of(self.shown_id) if self.shown_id else -1
        if row >= 0:
            self.table.selectRow(row)
        self.show_member(self.shown_id if row >= 0 else None)

    def _member_changed(self, current: QModelIndex, _previous) -> None:
        if current.isValid():
            self.show_member(self.model.data(current, Qt.UserRole))

    def show_member(self, user_id: str | None) -> None:
        self.shown_id = user_id
        self.card.show_card(directory.member_card(self.store, user_id) if user_id else None)

    def edit_profile(self) -> None:
        dialog = ProfileDialog(self.store, self)
        if dialog.exec() == QDialog.Accepted:
            self.wrote.emit()
            self.reload()


class ProfileDialog(QDialog):
    """This person's own profile, edited offline: saved at once here, sent at the next
    sync; a refused edit comes back to this dialog with the reason and its text kept."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Mi perfil"))
        self.resize(640, 600)
        mine = directory.my_profile(store)
        positions, genders = position_names(self.tr), gender_names(self.tr)
        self.position = fit_combo(QComboBox(), 20)
        self.position.addItem(self.tr("Sin indicar"), "")
        for value in directory.POSITIONS:
            self.position.addItem(positions[value], value)
        self.region = fit_combo(QComboBox(), 20)
        self.region.addItem(self.tr("Sin indicar"), "")
        for value in directory.REGIONS:
            self.region.addItem(value, value)
        for combo, value in ((self.position, mine.position), (self.region, mine.region)):
            if value and combo.findData(value) < 0:   # an older account's own wording
                combo.addItem(value, value)
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.institution = QLineEdit(mine.institution)
        self.institution.setMaxLength(directory.MAX_INSTITUTION_CHARS)
        self.institution.setPlaceholderText(self.tr("Por ejemplo: UGEL Canchis, IE N.° 50123"))
        self.presentation = QPlainTextEdit(mine.presentation)
        self.presentation.setObjectName("profilePresentation")
        self.presentation.setPlaceholderText(self.tr(
            "Unas líneas para sus colegas: qué hace, qué le interesa compartir."))
        self.presentation.setMaximumHeight(110)
        self.phone = QLineEdit(mine.phone)
        self.phone.setMaxLength(directory.MAX_PHONE_CHARS)
        self.email = QLineEdit(mine.email)
        self.email.setMaxLength(directory.MAX_EMAIL_CHARS)
        self.gender = fit_combo(QComboBox(), 16)
        for value in directory.GENDERS:
            self.gender.addItem(genders[value], value)
        self.gender.setCurrentIndex(max(self.gender.findData(mine.gender), 0))

        form = QFormLayout()
        form.addRow(self.tr("Cargo"), self.position)
        form.addRow(self.tr("Región"), self.region)
        form.addRow(self.tr("UGEL o institución"), self.institution)
        form.addRow(self.tr("Presentación"), self.presentation)
        form.addRow(self.tr("Teléfono"), self.phone)
        form.addRow(self.tr("Correo electrónico"), self.email)
        form.addRow(self.tr("Género"), self.gender)

        self.shares: dict[str, QCheckBox] = {}
        share_box = QVBoxLayout()
        share_box.addWidget(WrapLabel(self.tr("Qué ven los demás miembros"), "sectionTitle"))
        share_box.addWidget(WrapLabel(self.tr(
            "Su nombre, cargo y región los ven todos los miembros. Marque qué más quiere "
            "mostrar: lo que no marque solo lo tienen sus equipos y el servidor, que lo "
            "cuenta en las estadísticas de la red sin mostrarlo a nadie."), "hint"))
        grid = QHBoxLayout()
        for field, name in shareable_names(self.tr).items():
            box = QCheckBox(name)
            box.setChecked(field in mine.shared)
            self.shares[field] = box
            grid.addWidget(box)
        grid.addStretch(1)
        share_box.addLayout(grid)

        self.state_note = WrapLabel("", "hint")
        self.state_note.setObjectName("profileState")
        self.error = WrapLabel("", "error")
        self.error.hide()
        buttons, self.save_button = form_buttons(self, self.tr("Guardar"))
        self.discard_button = buttons.addButton(self.tr("Descartar mi cambio"),
                                                buttons.ButtonRole.ResetRole)
        self.discard_button.setAutoDefault(False)
        self.discard_button.clicked.connect(self.discard)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(WrapLabel(mine.display_name, "sectionTitle"))
        layout.addLayout(form)
        layout.addLayout(share_box)
        layout.addWidget(self.state_note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._show_state(mine.state, mine.reject_code)

    def _show_state(self, state: str, code: str | None) -> None:
        if state == PENDING:
            self.state_note.setText(self.tr("Pendiente de envío: su perfil se actualizará "
                                            "en la red en la próxima sincronización."))
        elif state == REJECTED:
            self.state_note.setText(self.tr("No se guardó en la red: %1 Sus cambios se "
                                            "conservan aquí: revíselos y guarde de nuevo, "
                                            "o descártelos.").replace(
                "%1", problem(code or "not_allowed")))
        self.state_note.setVisible(state in (PENDING, REJECTED))
        self.discard_button.setVisible(state == REJECTED)

    def values(self) -> dict:
        return dict(position=self.position.currentData() or "",
                    region=self.region.currentData() or "",
                    institution=self.institution.text(),
                    presentation=self.presentation.toPlainText(),
                    phone=self.phone.text(), email=self.email.text(),
                    gender=self.gender.currentData() or "",
                    shared={f for f, box in self.shares.items() if box.isChecked()})

    def submit(self) -> None:
        fields = self.values()
        set_busy(self.save_button, True)

        def failed(exc: Exception) -> None:
            set_busy(self.save_button, False)
            code = exc.code if isinstance(exc, UserError) else "internal"
            if isinstance(exc, UserError):
                log.info("profile not queued: %s", code)
            else:
                log.error("could not queue the profile", exc_info=exc)
            self.error.setText(problem(code))   # the dialog stays open with the text
            self.error.show()
            fit_height(self)

        run_in_background(self, lambda: directory.save_profile(self.store, **fields),
                          lambda _none: self.accept(), failed)

    def discard(self) -> None:
        directory.discard_draft(self.store)
        self.reject()
