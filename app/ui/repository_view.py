"""Repositorio: search the catalogue as you type, read a document's details, download or
keep its file for offline use, propose documents, and (moderators) review proposals."""
from __future__ import annotations

import html
import logging
import threading
import time
from pathlib import Path

from PySide6.QtCore import (QAbstractListModel, QCoreApplication, QModelIndex, QRectF, QSize,
                            Qt, QTimer, Signal)
from PySide6.QtGui import QColor, QPalette, QTextDocument
from PySide6.QtWidgets import (QComboBox, QDialog,
                               QFormLayout, QHBoxLayout, QLineEdit, QListView,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QProgressBar,
                               QPushButton, QSpinBox, QSplitter, QStyle,
                               QStyledItemDelegate, QTabWidget, QVBoxLayout, QWidget)

from app.services import repository
from app.services.account import current_account
from app.services.errors import UserError
from app.store import search
from app.ui.dialogs import fit_height, form_buttons, set_busy
from app.ui.files import choose_file, open_file
from app.ui.fit import WrapLabel, fit_combo
from app.ui.history import size_text
from app.ui.markdown import SafeTextBrowser
from app.ui.messages import problem
from app.ui.tasks import run_in_background
from app.ui.timefmt import when
from app.ui.plaintext import Label, tip
from sync import protocol as p
from sync.client import Cancelled, SyncError

log = logging.getLogger(__name__)

PAGE = 50
DEBOUNCE_MS = 150
FAST_QUERY_S = 0.030     # quicker than this, a query runs on the GUI thread as you type
LANGUAGES = ("es", "qu", "ay", "en")


def type_name(slug: str) -> str:
    translate = QCoreApplication.translate
    names = {"guia": translate("Repositorio", "Guía"),
             "investigacion": translate("Repositorio", "Investigación"),
             "informe": translate("Repositorio", "Informe"),
             "norma": translate("Repositorio", "Norma"),
             "sistematizacion": translate("Repositorio", "Sistematización"),
             "video": translate("Repositorio", "Video"),
             "articulo": translate("Repositorio", "Artículo"),
             "libro": translate("Repositorio", "Libro"),
             "presentacion": translate("Repositorio", "Presentación"),
             "otro": translate("Repositorio", "Otro")}
    return names.get(slug, slug)


def language_name(code: str) -> str:
    translate = QCoreApplication.translate
    return {"es": translate("Repositorio", "Castellano"),
            "qu": translate("Repositorio", "Quechua"),
            "ay": translate("Repositorio", "Aimara"),
            "en": translate("Repositorio", "Inglés")}.get(code, code)


def download_problem(code: str) -> str:
    """Why a download stopped, in words about the download (not about a sync)."""
    if code == "disk_full":
        return QCoreApplication.translate(
            "Repositorio", "El disco de esta computadora está lleno y el documento no cabe. "
                           "Minka borró la parte descargada; nada más se perdió. Libere "
                           "espacio (por ejemplo, quitando documentos que ya no use) y vuelva "
                           "a descargarlo.")
    if code == "not_found":
        return QCoreApplication.translate("Repositorio", "El servidor ya no tiene este archivo.")
    if code in ("no_connection", "timeout"):
        return QCoreApplication.translate(
            "Repositorio", "Sin conexión: la descarga continuará donde quedó cuando vuelva la "
                           "señal. Pulse «Descargar» para intentarlo otra vez.")
    return problem(code)


# ---- the result list ------------------------------------------------------------------

class ResultModel(QAbstractListModel):
    """The hits of the current search, a page at a time as the list scrolls."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.hits: list[search.Hit] = []
        self.info: dict[str, repository.ResultInfo] = {}
        self.total = 0
        self.query: tuple[str, search.Filters] = ("", search.Filters())

    def set_results(self, query, hits, total) -> None:
        self.beginResetModel()
        self.query, self.hits, self.total = query, list(hits), total
        self.info = repository.result_info(self.store, [h.document_id for h in self.hits])
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.hits)

    def canFetchMore(self, parent=QModelIndex()):  # noqa: N802
        return not parent.isValid() and len(self.hits) < self.total

    def fetchMore(self, parent=QModelIndex()):  # noqa: N802
        text, filters = self.query
        # search() has no offset: ask for one more page and keep what is new.
        more, _ = repository.find(self.store, text, filters, len(self.hits) + PAGE)
        new = more[len(self.hits):]
        if not new:
            self.total = len(self.hits)
            return
        self.beginInsertRows(QModelIndex(), len(self.hits), len(self.hits) + len(new) - 1)
        self.hits.extend(new)
        self.info.update(repository.result_info(self.store, [h.document_id for h in new]))
        self.endInsertRows()

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == Qt.UserRole:
            return hit
        if role == Qt.UserRole + 1:
            return self.info.get(hit.document_id)
        if role in (Qt.DisplayRole, Qt.AccessibleTextRole, Qt.ToolTipRole):
            doc = QTextDocument()
            doc.setHtml(hit.title_html)
            return tip(doc.toPlainText()) if role == Qt.ToolTipRole else doc.toPlainText()
        return None

    def row_of(self, document_id: str) -> int:
        return next((i for i, h in enumerate(self.hits) if h.document_id == document_id), -1)

    def refresh_info(self, document_id: str) -> None:
        row = self.row_of(document_id)
        if row >= 0:
            self.info.update(repository.result_info(self.store, [document_id]))
            self.dataChanged.emit(self.index(row), self.index(row))


class ResultDelegate(QStyledItemDelegate):
    """A result: the title (matches in bold), what kind, when and who, and an excerpt."""

    def sizeHint(self, option, index):  # noqa: N802
        line = option.fontMetrics.height()
        return QSize(300, line * 6 + 20)

    def paint(self, painter, option, index):
        hit: search.Hit = index.data(Qt.UserRole)
        info: repository.ResultInfo | None = index.data(Qt.UserRole + 1)
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style:
            style.drawControl(QStyle.CE_ItemViewItem, option, painter, option.widget)
        parts = []
        if info is not None:
            parts.append(type_name(info.type))
            if info.year:
                parts.append(str(info.year))
            if info.authors:
                authors = ", ".join(info.authors[:2]) + (" …" if len(info.authors) > 2 else "")
                parts.append(authors)
        detail = html.escape(" · ".join(parts))
        if info is not None and info.offline:
            detail += " · <span style='color:#2f6b52'>" + html.escape(
                QCoreApplication.translate("Repositorio", "Descargado en este equipo")) + "</span>"
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setTextWidth(option.rect.width() - 20)
        color = option.palette.color(QPalette.Text).name()
        doc.setHtml(f"<div style='color:{color}'><div style='font-size:11.5pt'>"
                    f"<b style='color:#24483c'>{hit.title_html}</b></div>"
                    f"<div style='color:#5b5b5b'>{detail}</div>"
                    f"<div style='color:#3a3a3a'>{hit.snippet_html}</div></div>")
        painter.save()
        painter.setPen(QColor("#e4ded2"))   # a quiet line between results
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.translate(option.rect.left() + 10, option.rect.top() + 6)
        clip = QRectF(0, 0, option.rect.width() - 20, option.rect.height() - 10)
        painter.setClipRect(clip)
        doc.drawContents(painter, clip)
        painter.restore()


# ---- the propose dialog ------------------------------------------------------------------

class ProposeDialog(QDialog):
    """A member proposes a document: the file and what the catalogue says of it."""

    def __init__(self, store, parent=None, group_document=None):
        super().__init__(parent)
        self.store = store
        self.proposal_id: str | None = None
        # A group's finished product (groups.GroupDocumentItem, with the group's title):
        # its file is the one the group shares, nothing to choose or upload.
        self.group_document = group_document
        self.setWindowTitle(self.tr("Proponer un documento"))
        self.resize(640, 620)
        intro = WrapLabel(self.tr(
            "Comparta con la red una guía, una investigación o una experiencia de su "
            "institución. Un formador o formadora revisará su propuesta antes de publicarla "
            "en el repositorio. Puede hacerlo sin conexión: la propuesta se enviará en la "
            "próxima sincronización.\n\nSolo el archivo y el título son obligatorios."))
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        if group_document is not None:
            intro.setText(self.tr(
                "Proponga al repositorio de la red este producto de su grupo. Un formador o "
                "formadora lo revisará antes de publicarlo, y verá que viene del grupo. "
                "Puede hacerlo sin conexión: la propuesta se enviará en la próxima "
                "sincronización."))
        self.path = ""
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("Ningún archivo elegido"))
        self.choose = QPushButton(self.tr("Elegir archivo…"))
        self.choose.clicked.connect(self._choose)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.choose)
        self.title = QLineEdit()
        self.title.setMaxLength(p.MAX_TITLE_CHARS)
        self.title.setPlaceholderText(self.tr("Por ejemplo: Tertulias pedagógicas en la red "
                                              "de Pitumarca"))
        self.authors = QLineEdit()
        self.authors.setPlaceholderText(self.tr("Separe los nombres con punto y coma (;)"))
        self.type = QComboBox()
        for slug in p.DOCUMENT_TYPES:
            self.type.addItem(type_name(slug), slug)
        self.year = QSpinBox()
        self.year.setRange(1899, 2100)
        self.year.setSpecialValueText(self.tr("Sin año"))
        self.year.setValue(time.localtime().tm_year)
        self.themes = QLineEdit()
        self.themes.setPlaceholderText(self.tr("Por ejemplo: tertulias; participación de las "
                                               "familias"))
        self.region = QLineEdit()
        self.region.setMaxLength(200)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText(self.tr("De qué trata, para quién es útil."))
        self.summary.setMaximumHeight(120)
        self.source = QLineEdit()
        self.source.setMaxLength(200)
        self.source.setPlaceholderText(self.tr("Institución o publicación de origen"))
        self.licence = QLineEdit()
        self.licence.setMaxLength(200)
        self.licence.setPlaceholderText(self.tr("Por ejemplo: CC BY 4.0, o «con permiso de "
                                                "la UGEL»"))
        if group_document is not None:
            self.file.setText(group_document.file_name)
            self.choose.hide()
            self.title.setText(group_document.title)
            self.summary.setPlainText(group_document.description)
        form = QFormLayout()
        form.addRow(self.tr("Archivo"), file_row)
        form.addRow(self.tr("Título"), self.title)
        form.addRow(self.tr("Autores"), self.authors)
        form.addRow(self.tr("Tipo"), self.type)
        form.addRow(self.tr("Año"), self.year)
        form.addRow(self.tr("Temas"), self.themes)
        form.addRow(self.tr("Región"), self.region)
        form.addRow(self.tr("Idioma"), self.language)
        form.addRow(self.tr("Resumen"), self.summary)
        form.addRow(self.tr("Fuente"), self.source)
        form.addRow(self.tr("Licencia"), self.licence)
        self.error = WrapLabel("", "error")
        self.error.hide()
        buttons, self.send = form_buttons(self, self.tr("Enviar propuesta"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _choose(self) -> None:
        path = choose_file(self, self.tr("Elegir el documento"))
        if path:
            self.set_file(path)

    def set_file(self, path: str) -> None:
        """The chosen file: its name is shown, the whole path in the tooltip."""
        self.path = path
        self.file.setText(Path(path).name)
        self.file.setToolTip(tip(path))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        fit_height(self)

    def submit(self) -> None:
        """Checked and saved off the GUI thread (the file is copied); closes when queued."""
        if not self.path and self.group_document is None:
            self.show_error(self.tr("Elija el archivo del documento."))
            return
        fields = dict(
            title=self.title.text(), type=self.type.currentData(),
            authors=repository.split_list(self.authors.text()),
            year=None if self.year.value() == self.year.minimum() else self.year.value(),
            themes=repository.split_list(self.themes.text()), region=self.region.text(),
            summary=self.summary.toPlainText(), language=self.language.currentData(),
            licence=self.licence.text(), source=self.source.text())
        path = self.path
        set_busy(self.send, True)
        self.error.hide()

        def done(proposal_id: str) -> None:
            self.proposal_id = proposal_id
            self.accept()

        def failed(exc: Exception) -> None:
            set_busy(self.send, False)
            if isinstance(exc, UserError):
                self.show_error(problem(exc.code))
            elif repository.is_disk_full(exc):
                self.show_error(download_problem("disk_full"))
            else:
                log.error("proposal could not be saved", exc_info=exc)
                self.show_error(problem("internal"))
        if self.group_document is not None:
            from app.services import group_products
            document_id = self.group_document.id
            run_in_background(self, lambda: group_products.propose(self.store, document_id,
                                                                   **fields), done, failed)
            return
        run_in_background(self, lambda: repository.propose(self.store, path, **fields),
                          done, failed)


# ---- the section ---------------------------------------------------------------------------

class RepositoryView(QWidget):
    """The Repositorio section. Emits `wrote` after anything is queued (the status bar)."""

    wrote = Signal()
    evicted = Signal(int)    # files not kept were deleted to make room for a download

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.current: str | None = None              # the document shown in the detail
        self._downloads: dict[str, threading.Event] = {}
        self._progress: dict[str, tuple[int, int]] = {}
        self._resume_queue: list[str] = []
        self._generation = 0
        self._in_background = False
        self.last_query_s = 0.0

        title = Label(self.tr("Repositorio"))
        title.setObjectName("pageTitle")
        self.storage = WrapLabel("", "hint")
        self.propose_button = QPushButton(self.tr("Proponer un documento"))
        self.propose_button.clicked.connect(self.propose)
        head = QHBoxLayout()
        head.addWidget(title)
        # The free room goes to the storage note, so it wraps only when the window is narrow.
        self.storage.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        head.addWidget(self.storage, 1)
        head.addSpacing(12)
        head.addWidget(self.propose_button)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_search(), self.tr("Buscar"))
        self.tabs.addTab(self._build_mine(), self.tr("Mis propuestas"))
        self.review_page = self._build_review()
        self.moderator = False
        self._follow_role()
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 16, 12)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)

        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_query)
        self.reload()
        # Downloads left unfinished at the last exit go on shortly after the window opens.
        self._resume_timer = QTimer(self, singleShot=True, interval=1500)
        self._resume_timer.timeout.connect(self.resume_downloads)
        self._resume_timer.start()

    # ---- building --------------------------------------------------------------------

    def _build_search(self) -> QWidget:
        page = QWidget()
        self.query = QLineEdit()
        self.query.setObjectName("searchBox")
        self.query.setClearButtonEnabled(True)
        self.query.setPlaceholderText(self.tr(
            "Buscar por título, autor, tema o palabras del documento…"))
        self.query.textChanged.connect(lambda _t: self._timer.start())
        # Filled with themes and regions from the catalogue, of any length.
        self.type_filter = fit_combo(QComboBox(), 14)
        self.theme_filter = fit_combo(QComboBox(), 14)
        self.region_filter = fit_combo(QComboBox(), 12)
        self.year_from = QSpinBox()
        self.year_to = QSpinBox()
        for box in (self.year_from, self.year_to):
            box.setSpecialValueText(self.tr("cualquiera"))
            box.valueChanged.connect(lambda _v: self._timer.start())
        for combo in (self.type_filter, self.theme_filter, self.region_filter):
            combo.currentIndexChanged.connect(lambda _i: self._timer.start())
        clear = QPushButton(self.tr("Quitar filtros"))
        clear.clicked.connect(self.clear_filters)
        # Two rows, so that the search fits a 1366-pixel screen beside the sections:
        # the words and the years, then the lists and the button that clears them.
        words = QHBoxLayout()
        words.addWidget(self.query, 1)
        words.addSpacing(8)
        words.addWidget(Label(self.tr("Años:")))
        words.addWidget(self.year_from)
        words.addWidget(Label("–"))
        words.addWidget(self.year_to)
        filters = QHBoxLayout()
        filters.addWidget(self.type_filter, 1)
        filters.addWidget(self.theme_filter, 1)
        filters.addWidget(self.region_filter, 1)
        filters.addWidget(clear)
        filters.addStretch(1)
        # "El repositorio aún no tiene documentos…" is a sentence: it wraps.
        self.count_label = WrapLabel("", "hint")

        self.model = ResultModel(self.store, self)
        self.results = QListView()
        self.results.setObjectName("resultList")
        self.results.setModel(self.model)
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.setVerticalScrollMode(QListView.ScrollPerPixel)
        self.results.selectionModel().currentChanged.connect(
            lambda index, _prev: self.show_document(index.data(Qt.UserRole).document_id)
            if index.isValid() else None)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.count_label)
        left_layout.addWidget(self.results, 1)

        self.detail = SafeTextBrowser()
        self.detail.setObjectName("documentDetail")
        self.availability = WrapLabel("", "availability")
        self.download_bar = QProgressBar()
        self.download_bar.setRange(0, 1000)
        self.download_bar.hide()
        self.download_button = QPushButton(self.tr("Descargar"))
        self.download_button.setObjectName("primary")
        self.download_button.clicked.connect(lambda: self.download(self.current))
        self.cancel_button = QPushButton(self.tr("Cancelar"))
        self.cancel_button.clicked.connect(lambda: self.cancel(self.current))
        self.open_button = QPushButton(self.tr("Abrir"))
        self.open_button.setObjectName("primary")
        self.open_button.clicked.connect(lambda: self.open(self.current))
        # "Downloaded" and "kept" are different promises: a downloaded file may be removed
        # to make room for another download; a kept one never is. The words say which.
        self.pin_button = QPushButton(self.tr("Guardar siempre en este equipo"))
        self.pin_button.setCheckable(True)
        self.pin_button.setToolTip(self.tr("Minka lo descarga si hace falta y no lo borra "
                                           "cuando necesite espacio para otras descargas."))
        self.pin_button.clicked.connect(lambda on: self.set_pinned(self.current, on))
        self.remove_button = QPushButton(self.tr("Quitar de este equipo"))
        self.remove_button.clicked.connect(lambda: self.remove(self.current))
        buttons = QHBoxLayout()
        for button in (self.download_button, self.cancel_button, self.open_button,
                       self.pin_button, self.remove_button):
            # Hidden before the layout first measures them: until a document is chosen
            # they take no room (a layout measured with all five would stay that wide).
            button.hide()
            buttons.addWidget(button)
        buttons.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        right_layout.addWidget(self.availability)
        right_layout.addWidget(self.download_bar)
        right_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 480])
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 10, 8, 4)
        layout.addLayout(words)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self._show_nothing()
        return page

    def _build_mine(self) -> QWidget:
        self.mine = SafeTextBrowser()
        self.mine.setObjectName("myProposals")
        return self.mine

    def _build_review(self) -> QWidget:
        page = QWidget()
        self.review_list = QListWidget()
        self.review_list.setObjectName("reviewList")
        self.review_list.setWordWrap(True)
        self.review_list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.review_list.setSpacing(2)
        self.review_list.currentItemChanged.connect(lambda item, _p: self.show_proposal(
            item.data(Qt.UserRole) if item else None))
        self.review_detail = SafeTextBrowser()
        self.review_detail.setObjectName("documentDetail")
        self.review_open = QPushButton(self.tr("Abrir el archivo"))
        self.review_open.clicked.connect(self._open_proposal_file)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr(
            "Si no la acepta, explique el motivo a quien la propuso (por ejemplo: el archivo "
            "no se puede abrir, o el documento ya está en el repositorio)."))
        self.reason.setMaximumHeight(100)
        self.approve_button = QPushButton(self.tr("Publicar en el repositorio"))
        self.approve_button.setObjectName("primary")
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.reject_button = QPushButton(self.tr("No aceptar"))
        self.reject_button.clicked.connect(lambda: self.decide(False))
        self.review_state = WrapLabel("", "hint")
        row = QHBoxLayout()
        row.addWidget(self.review_open)
        row.addStretch(1)
        row.addWidget(self.reject_button)
        row.addWidget(self.approve_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.review_detail, 1)
        right_layout.addWidget(self.reason)
        right_layout.addLayout(row)
        right_layout.addWidget(self.review_state)
        splitter = QSplitter()
        splitter.addWidget(self.review_list)
        splitter.addWidget(right)
        splitter.setSizes([320, 640])
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 10, 8, 4)
        layout.addWidget(splitter)
        return page

    # ---- loading -----------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read after a sync: filters, results (keeping the one shown), proposals."""
        self._fill_filters()
        self.run_query()
        self._fill_mine()
        self._follow_role()
        if self.moderator:
            self._fill_review()
        self._show_storage()

    def show_review(self) -> None:
        """The proposals waiting for a decision (Revisar leads here)."""
        if self.tabs.indexOf(self.review_page) >= 0:
            self.tabs.setCurrentWidget(self.review_page)

    def _follow_role(self) -> None:
        """Show the review tab to facilitators and administrators only; a role changed on
        the server arrives with a sync and shows here without restarting."""
        self.moderator = repository.is_moderator(self.store)
        index = self.tabs.indexOf(self.review_page)
        if self.moderator and index < 0:
            self.tabs.addTab(self.review_page, self.tr("Propuestas por revisar"))
        elif not self.moderator and index >= 0:
            self.tabs.removeTab(index)

    def _fill_filters(self) -> None:
        facets = repository.facets(self.store)
        keep = (self.type_filter.currentData(), self.theme_filter.currentData(),
                self.region_filter.currentData())
        for combo in (self.type_filter, self.theme_filter, self.region_filter):
            combo.blockSignals(True)
            combo.clear()
        self.type_filter.addItem(self.tr("Todos los tipos"), None)
        for slug, n in facets.types:
            self.type_filter.addItem(f"{type_name(slug)} ({n})", slug)
        self.theme_filter.addItem(self.tr("Todos los temas"), None)
        for theme, n in facets.themes:
            self.theme_filter.addItem(f"{theme} ({n})", theme)
        self.region_filter.addItem(self.tr("Todas las regiones"), None)
        for region in facets.regions:
            self.region_filter.addItem(region, region)
        for combo, value in zip((self.type_filter, self.theme_filter, self.region_filter), keep):
            combo.setCurrentIndex(max(0, combo.findData(value)) if value else 0)
            combo.blockSignals(False)
        low, high = facets.year_min or 1990, facets.year_max or time.localtime().tm_year
        for box in (self.year_from, self.year_to):
            box.blockSignals(True)
            value = box.value()
            box.setRange(low - 1, high)   # the lowest value reads "cualquiera"
            box.setValue(value if low <= value <= high else low - 1)
            box.blockSignals(False)

    def filters(self) -> search.Filters:
        def year(box):
            return None if box.value() == box.minimum() else box.value()
        slug = self.type_filter.currentData()
        return search.Filters(types=(slug,) if slug else (), year_from=year(self.year_from),
                              year_to=year(self.year_to),
                              theme=self.theme_filter.currentData(),
                              region=self.region_filter.currentData())

    def clear_filters(self) -> None:
        for combo in (self.type_filter, self.theme_filter, self.region_filter):
            combo.setCurrentIndex(0)
        for box in (self.year_from, self.year_to):
            box.setValue(box.minimum())

    def run_query(self) -> None:
        """Search now: on the GUI thread while queries are quick, else in the background
        (the answer of an older query that comes late is dropped)."""
        self._timer.stop()
        query = (self.query.text(), self.filters())
        self._generation += 1
        generation = self._generation
        if not self._in_background:
            start = time.perf_counter()
            hits, total = repository.find(self.store, *query, limit=PAGE)
            self._measured(time.perf_counter() - start)
            self._show_results(query, hits, total)
            return

        def work():
            start = time.perf_counter()
            found = repository.find(self.store, *query, limit=PAGE)
            return found, time.perf_counter() - start

        def done(answer):
            (hits, total), seconds = answer
            self._measured(seconds)
            if generation == self._generation:
                self._show_results(query, hits, total)
        run_in_background(self, work, done, lambda exc: log.error("search failed",
                                                                   exc_info=exc))

    def _measured(self, seconds: float) -> None:
        self.last_query_s = seconds
        slow = seconds > FAST_QUERY_S
        if slow != self._in_background:
            log.info("search took %.0f ms: running queries %s", seconds * 1000,
                     "in the background" if slow else "on the GUI thread")
        self._in_background = slow

    def _show_results(self, query, hits, total) -> None:
        keep = self.current
        self.model.set_results(query, hits, total)
        if total == 0:
            self.count_label.setText(self.tr("Ningún documento coincide. Pruebe con otras "
                                             "palabras o quite filtros.")
                                     if query[0].strip() or query[1] != search.Filters()
                                     else self.tr("El repositorio aún no tiene documentos en "
                                                  "este equipo. Sincronice para recibirlos."))
        else:
            self.count_label.setText(self.tr("%n documentos", "", total))
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.results.selectionModel().blockSignals(True)
            self.results.setCurrentIndex(self.model.index(row))
            self.results.selectionModel().blockSignals(False)

    def _show_storage(self) -> None:
        self.storage.setText(self.tr("Documentos descargados en este equipo: %1")
                             .replace("%1", size_text(repository.storage_used(self.store))))

    # ---- one document ----------------------------------------------------------------------

    def _show_nothing(self) -> None:
        self.detail.setHtml("<p class='muted'>" + html.escape(self.tr(
            "Elija un documento de la lista para ver su ficha.")) + "</p>")
        self.availability.clear()
        self.download_bar.hide()
        for button in (self.download_button, self.cancel_button, self.open_button,
                       self.pin_button, self.remove_button):
            button.hide()

    def show_document(self, document_id: str | None) -> None:
        self.current = document_id
        doc = repository.get(self.store, document_id) if document_id else None
        if doc is None:
            self._show_nothing()
            return
        rows = []

        def row(label: str, value: str) -> None:
            if value:
                rows.append(f"<tr><td style='color:#5b5b5b; padding-right:12px'>"
                            f"{html.escape(label)}</td><td>{html.escape(value)}</td></tr>")
        row(self.tr("Autores"), "; ".join(doc.authors))
        row(self.tr("Tipo"), type_name(doc.type))
        row(self.tr("Año"), str(doc.year or ""))
        row(self.tr("Temas"), "; ".join(doc.themes))
        row(self.tr("Región"), doc.region)
        row(self.tr("Idioma"), language_name(doc.language))
        row(self.tr("Fuente"), doc.source)
        row(self.tr("Licencia"), doc.licence)
        row(self.tr("Código"), doc.key)
        if doc.file:
            row(self.tr("Archivo"), f"{doc.file['name']} ({size_text(doc.file['size'])})")
        if doc.contributed_by:
            row(self.tr("Origen"), self.tr("Propuesto por un miembro de la red"))
        summary = "".join(f"<p>{html.escape(part)}</p>" for part in doc.summary.split("\n")
                          if part.strip())
        self.detail.setHtml(f"<h2>{html.escape(doc.title)}</h2>"
                            f"<table cellspacing='2'>{''.join(rows)}</table>{summary}")
        self._show_availability()

    def _show_availability(self) -> None:
        doc_id = self.current
        if doc_id is None:
            return
        state = repository.availability(self.store, doc_id)
        active = doc_id in self._downloads
        downloading = active or state.state == repository.DOWNLOADING
        self.download_bar.setVisible(downloading)
        if state.state == repository.NO_FILE:
            text = self.tr("Este documento solo tiene ficha; no tiene archivo.")
        elif state.state == repository.OFFLINE:
            text = "✓ " + (self.tr("Guardado siempre en este equipo: no se borra para hacer "
                                   "espacio.") if state.pinned else
                           self.tr("Descargado en este equipo: puede leerlo sin conexión. Si "
                                   "falta espacio para otra descarga, Minka podría borrarlo."))
        elif downloading:
            done, total = self._progress.get(doc_id, (state.done, state.total))
            percent = int(100 * done / total) if total else 0
            text = self.tr("Descargando… %1 %").replace("%1", str(percent)) if active else \
                self.tr("Descarga sin terminar (%1 %): continuará automáticamente.").replace(
                    "%1", str(percent))
            self.download_bar.setValue(percent * 10)
        else:
            text = self.tr("Sin descargar") + " · " + self.tr(
                "Descárguelo para leerlo sin conexión.")
        self.availability.setText(text)
        has_file = state.state != repository.NO_FILE
        offline = state.state == repository.OFFLINE
        self.download_button.setVisible(has_file and not offline and not active)
        self.download_button.setText(self.tr("Continuar la descarga") if state.done and
                                     not offline else self.tr("Descargar"))
        self.cancel_button.setVisible(downloading)
        self.open_button.setVisible(offline)
        self.pin_button.setVisible(has_file)
        self.pin_button.setChecked(state.pinned)
        self.pin_button.setText(self.tr("Guardado siempre en este equipo") if state.pinned
                                else self.tr("Guardar siempre en este equipo"))
        self.remove_button.setVisible(offline)

    # ---- files ---------------------------------------------------------------------------

    def download(self, document_id: str | None) -> None:
        """Fetch the file off the GUI thread; the detail shows the percentage."""
        if not document_id or document_id in self._downloads:
            return
        account = current_account(self.store)
        if account is None:
            self.availability.setText(problem("not_signed_in"))
            return
        cancel = threading.Event()
        self._downloads[document_id] = cancel
        last = [-1]
        made_room: list[str] = []

        def work(report):
            def progress(state: repository.Download) -> None:
                if state.evicted and not made_room:
                    made_room.extend(state.evicted)   # read on the GUI thread when done
                permille = int(1000 * state.fraction)
                if permille != last[0]:   # not one signal per 64 KiB
                    last[0] = permille
                    report((state.done, state.total))
            return repository.download(self.store, account, document_id, progress, cancel)

        def progressed(value) -> None:
            self._progress[document_id] = value
            if self.current == document_id:
                self._show_availability()

        def finished() -> None:
            self._downloads.pop(document_id, None)
            self._progress.pop(document_id, None)
            self.model.refresh_info(document_id)
            self._show_storage()
            if self.current == document_id:
                self._show_availability()

        def room_made() -> None:
            # Files deleted before the transfer: said even if the download then failed.
            if made_room:
                for other in made_room:
                    self.model.refresh_info(other)
                self.evicted.emit(len(made_room))
                if self.current in made_room:
                    self._show_availability()

        def done(_path) -> None:
            finished()
            room_made()
            self._next_resume()

        def failed(exc: Exception) -> None:
            finished()
            room_made()
            if isinstance(exc, Cancelled):
                return   # asked for, or Minka is closing (it resumes at the next start)
            code = exc.code if isinstance(exc, (SyncError, UserError)) else \
                "disk_full" if repository.is_disk_full(exc) else "internal"
            if code == "internal":
                log.error("download of %s failed", document_id, exc_info=exc)
            if self.current == document_id:
                self.availability.setText(download_problem(code))
            self._resume_queue.clear()   # the next ones would meet the same trouble
        run_in_background(self, work, done, failed, progressed)
        if self.current == document_id:
            self._show_availability()

    def resume_downloads(self) -> None:
        """Downloads left unfinished at the last exit continue, one after another."""
        if current_account(self.store) is None:
            return
        self._resume_queue = [d for d in repository.unfinished_downloads(self.store)
                              if d not in self._downloads]
        self._next_resume()

    def _next_resume(self) -> None:
        if self._resume_queue and not self._downloads:
            self.download(self._resume_queue.pop(0))

    def cancel(self, document_id: str | None) -> None:
        if document_id:
            repository.cancel_download(self.store, document_id)
            if document_id in self._resume_queue:
                self._resume_queue.remove(document_id)
            self._show_availability()

    def stop_downloads(self) -> None:
        """Minka is closing: stop, keeping what arrived (the download resumes next time)."""
        self._resume_queue.clear()
        for cancel in self._downloads.values():
            cancel.set()

    def open(self, document_id: str | None) -> None:
        if not document_id:
            return
        try:
            path = repository.open_document(self.store, document_id)
        except UserError as exc:
            self.availability.setText(problem(exc.code))
            return
        if path is None:
            self._show_availability()
            return
        open_file(self, path)

    def set_pinned(self, document_id: str | None, on: bool) -> None:
        if not document_id:
            return
        if on:
            if repository.pin(self.store, document_id):
                self.download(document_id)
        else:
            repository.unpin(self.store, document_id)
            self.model.refresh_info(document_id)
            self._show_storage()
        self._show_availability()

    def remove(self, document_id: str | None) -> None:
        if not document_id:
            return
        if not repository.remove_local(self.store, document_id):
            self.availability.setText(self.tr("El archivo se conserva porque otra parte de "
                                              "Minka lo usa todavía."))
            return
        self.model.refresh_info(document_id)
        self._show_storage()
        self._show_availability()

    # ---- proposals ----------------------------------------------------------------------

    def propose(self) -> ProposeDialog:
        dialog = ProposeDialog(self.store, self)
        dialog.accepted.connect(self._proposed)
        dialog.open()
        return dialog

    def _proposed(self) -> None:
        self.wrote.emit()
        self._fill_mine()
        if self.moderator:
            self._fill_review()
        self.tabs.setCurrentIndex(1)

    def _state_text(self, item: repository.ProposalView) -> tuple[str, str]:
        """(what happened to it, the colour it is shown in)."""
        if item.sync_state == "pending" and item.state == "pending":
            return self.tr("Pendiente de envío: se enviará en la próxima sincronización."), \
                "#7a4e00"
        if item.sync_state == "pending":
            return (self.tr("Usted decidió publicarla; se enviará en la próxima "
                            "sincronización.") if item.state == "approved" else
                    self.tr("Usted decidió no aceptarla; se enviará en la próxima "
                            "sincronización.")), "#7a4e00"
        if item.sync_state == "rejected" and item.state == "pending" and \
                item.proposer_id == self._me():
            return self.tr("No se pudo enviar: %1 Su ficha y su archivo se conservan en "
                           "este equipo.").replace("%1", problem(item.reject_code or "")), \
                "#9f2a1b"
        if item.state == "approved":
            return self.tr("Publicada en el repositorio."), "#2f6b52"
        if item.state == "rejected":
            return self.tr("No aceptada: %1").replace("%1", item.reason), "#9f2a1b"
        return self.tr("Pendiente de revisión por un formador o formadora."), "#5b5b5b"

    def _me(self) -> str:
        account = current_account(self.store)
        return account.user_id if account else ""

    def _fill_mine(self) -> None:
        items = repository.my_proposals(self.store)
        if not items:
            self.mine.setHtml("<p class='muted'>" + html.escape(self.tr(
                "Todavía no ha propuesto documentos. Use «Proponer un documento» para "
                "compartir uno con la red.")) + "</p>")
            return
        parts = []
        for item in items:
            text, color = self._state_text(item)
            when_text = when(item.created_at) if item.created_at else ""
            parts.append(
                f"<h3>{html.escape(item.title)}</h3>"
                f"<p class='muted'>{html.escape(type_name(item.type))} · "
                f"{html.escape(item.file['name'])} · {html.escape(when_text)}</p>"
                f"<p style='color:{color}'><b>{html.escape(text)}</b></p>")
        self.mine.setHtml("".join(parts))

    def _fill_review(self) -> None:
        keep = self.review_list.currentItem().data(Qt.UserRole) \
            if self.review_list.currentItem() else None
        self.review_list.blockSignals(True)
        self.review_list.clear()
        items = repository.proposals_to_review(self.store)
        for item in items:
            waiting = item.state == "pending" and item.sync_state != "pending"
            label = item.title + "\n" + (item.proposer or "—") + " · " + (
                self.tr("Por revisar") if waiting else self._state_text(item)[0])
            if item.group_title:
                label += "\n" + self.tr("Producto del grupo «%1»").replace("%1",
                                                                          item.group_title)
            entry = QListWidgetItem(label)
            entry.setData(Qt.UserRole, item.id)
            self.review_list.addItem(entry)
            if item.id == keep:
                self.review_list.setCurrentItem(entry)
        self.review_list.blockSignals(False)
        waiting = sum(1 for i in items if i.state == "pending" and i.sync_state != "pending")
        index = self.tabs.indexOf(self.review_page)
        if index >= 0:
            self.tabs.setTabText(index, self.tr("Propuestas por revisar (%1)").replace(
                "%1", str(waiting)) if waiting else self.tr("Propuestas por revisar"))
        if not items:
            self.review_detail.setHtml("<p class='muted'>" + html.escape(self.tr(
                "No hay propuestas esperando su revisión.")) + "</p>")
            self._review_controls(False)
        elif self.review_list.currentItem() is None:
            self.review_list.setCurrentRow(0)
        else:
            self.show_proposal(keep)

    def _review_controls(self, enabled: bool) -> None:
        for widget in (self.reason, self.approve_button, self.reject_button):
            widget.setEnabled(enabled)
        self.review_open.setEnabled(enabled)

    def show_proposal(self, proposal_id: str | None) -> None:
        item = repository.proposal(self.store, proposal_id) if proposal_id else None
        if item is None:
            return
        rows = []
        for label, value in ((self.tr("Propuesto por"), item.proposer),
                             (self.tr("Grupo"), item.group_title),
                             (self.tr("Autores"), "; ".join(item.authors)),
                             (self.tr("Tipo"), type_name(item.type)),
                             (self.tr("Año"), str(item.year or "")),
                             (self.tr("Temas"), "; ".join(item.themes)),
                             (self.tr("Región"), item.region),
                             (self.tr("Idioma"), language_name(item.language)),
                             (self.tr("Fuente"), item.source),
                             (self.tr("Licencia"), item.licence),
                             (self.tr("Archivo"), f"{item.file['name']} "
                                                  f"({size_text(item.file['size'])})")):
            if value:
                rows.append(f"<tr><td style='color:#5b5b5b; padding-right:12px'>"
                            f"{html.escape(label)}</td><td>{html.escape(value)}</td></tr>")
        summary = "".join(f"<p>{html.escape(part)}</p>" for part in item.summary.split("\n")
                          if part.strip())
        self.review_detail.setHtml(f"<h2>{html.escape(item.title)}</h2>"
                                   f"<table cellspacing='2'>{''.join(rows)}</table>{summary}")
        open_for_decision = item.state == "pending" and item.sync_state != "pending"
        self._review_controls(open_for_decision)
        self.review_open.setEnabled(True)
        if item.sync_state == "rejected" and item.proposer_id != self._me():
            self.review_state.setText(self.tr("Su decisión no se registró: %1").replace(
                "%1", problem(item.reject_code or "")))
            self.reason.setPlainText(item.reason)
        elif not open_for_decision:
            self.review_state.setText(self._state_text(item)[0])
        else:
            self.review_state.setText("")
            self.reason.clear()

    def _current_proposal(self) -> str | None:
        item = self.review_list.currentItem()
        return item.data(Qt.UserRole) if item else None

    def decide(self, approve: bool) -> None:
        proposal_id = self._current_proposal()
        if not proposal_id:
            return
        try:
            repository.decide(self.store, proposal_id, approve, self.reason.toPlainText())
        except UserError as exc:
            self.review_state.setText(problem(exc.code))
            return
        self.wrote.emit()
        self._fill_review()
        self.review_state.setText(
            self.tr("Decisión guardada: se enviará en la próxima sincronización."))

    def _open_proposal_file(self) -> None:
        proposal_id = self._current_proposal()
        account = current_account(self.store)
        if not proposal_id or account is None:
            return
        self.review_open.setEnabled(False)
        self.review_state.setText(self.tr("Trayendo el archivo…"))

        def done(path) -> None:
            self.review_open.setEnabled(True)
            self.review_state.setText("")
            if path is not None:
                open_file(self, path)

        def failed(exc: Exception) -> None:
            self.review_open.setEnabled(True)
            code = exc.code if isinstance(exc, (SyncError, UserError)) else "internal"
            self.review_state.setText(download_problem(code))
        run_in_background(self, lambda: repository.fetch_proposal_file(
            self.store, account, proposal_id), done, failed)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.mine:
            self._fill_mine()
