"""Muro: members' short posts (information, experiences, questions) newest first, with a
photo shown as a thumbnail or a document to open, and comments; the news of the network
("Edugestores reporta") read here too. Everything is written offline."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPalette, QPixmap
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QHBoxLayout, QLineEdit,
                               QListView, QPlainTextEdit, QPushButton, QScrollArea,
                               QSplitter, QStyle, QStyledItemDelegate, QVBoxLayout, QWidget)

from app.services import moderation, wall
from app.services.errors import UserError
from app.store.models import PENDING, REJECTED
from app.ui.dialogs import form_buttons, set_busy
from app.ui.files import choose_file, open_file
from app.ui.fit import WrapLabel, elided_lines, fit_combo
from app.ui.forums_view import detail_line
from app.ui.messages import problem
from app.ui.moderation import WritingActions
from app.ui.plaintext import Label, message, tip
from app.ui.tasks import run_in_background
from app.ui.timefmt import when

log = logging.getLogger(__name__)
PAGE = 50
THUMB = 56          # the list's thumbnails (pixels)
PREVIEW = 300       # the open post's photo


def kind_names(tr) -> dict[str, str]:
    return {"informacion": tr("Información"), "experiencia": tr("Experiencia"),
            "pregunta": tr("Pregunta")}


def scaled_image(store, item: wall.Attached, size: int) -> QImage | None:
    """The photo fetched if needed and scaled to `size` (a worker's job: QImage, unlike
    QPixmap, may be made off the GUI thread). None when it cannot be read as an image."""
    path = wall.fetch_file(store, item)
    image = QImage(str(path))
    if image.isNull():
        log.warning("wall file %s (%s) is not a readable image", item.sha256, item.name)
        return None
    return image.scaled(size, size, Qt.KeepAspectRatio, Qt.SmoothTransformation)


class Thumbnails:
    """Thumbnails made off the GUI thread, once each; `ready(sha)` is called on the GUI
    thread when one is there. One at a time: a photo may have to come over a slow link
    first, and a screenful of them must not take every worker of the pool (publishing or
    opening a file waits for one)."""

    def __init__(self, owner, store, size: int, ready):
        self.owner, self.store, self.size, self.ready = owner, store, size, ready
        self.images: dict[str, QPixmap | None] = {}
        self.waiting: dict[str, wall.Attached] = {}   # asked for, in order
        self.loading: str | None = None

    def get(self, item: wall.Attached | None) -> QPixmap | None:
        if item is None or not item.is_image:
            return None
        if item.sha256 in self.images:
            return self.images[item.sha256]
        if item.sha256 != self.loading:
            self.waiting.setdefault(item.sha256, item)
            self._next()
        return None

    def _next(self) -> None:
        if self.loading is not None or not self.waiting:
            return
        # The most recently asked for first: what is on screen now, not what scrolled by.
        sha, item = self.waiting.popitem()
        self.loading = sha
        run_in_background(self.owner, lambda: scaled_image(self.store, item, self.size),
                          lambda image: self._done(sha, image),
                          lambda exc: self._failed(sha, exc))

    def _done(self, sha: str, image) -> None:
        self.loading = None
        self.images[sha] = QPixmap.fromImage(image) if image is not None else None
        self.ready(sha)
        self._next()

    def _failed(self, sha: str, exc: Exception) -> None:
        # Offline, or the file is gone: no thumbnail until `retry` (after the next sync),
        # rather than asking again at every paint.
        self.loading = None
        self.images[sha] = None
        log.info("no thumbnail for %s: %s", sha, exc)
        self._next()

    def retry(self) -> None:
        self.images = {sha: image for sha, image in self.images.items() if image is not None}
        self.waiting.clear()


class WallModel(QAbstractListModel):
    """The wall's posts, newest first, fetched a page at a time as the list scrolls."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.items: list[wall.WallPostItem] = []
        self.total = 0
        self.thumbnails = Thumbnails(parent, store, THUMB, self._thumbnail_ready)

    def reload(self) -> None:
        shown = max(len(self.items), PAGE)
        self.thumbnails.retry()
        self.beginResetModel()
        self.items = wall.list_posts(self.store, 0, shown)
        self.total = wall.count_posts(self.store)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.items)

    def canFetchMore(self, parent=QModelIndex()):  # noqa: N802
        return not parent.isValid() and len(self.items) < self.total

    def fetchMore(self, parent=QModelIndex()):  # noqa: N802
        page = wall.list_posts(self.store, len(self.items), PAGE)
        if page:
            self.beginInsertRows(QModelIndex(), len(self.items), len(self.items) + len(page) - 1)
            self.items.extend(page)
            self.endInsertRows()

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.UserRole:
            return item
        if role == Qt.DecorationRole:
            return self.thumbnails.get(item.file)
        if role in (Qt.DisplayRole, Qt.AccessibleTextRole):
            return f"{item.author}: {item.body}"
        if role == Qt.ToolTipRole:
            return tip(item.body[:500])
        return None

    def row_of(self, post_id: str) -> int:
        return next((i for i, p in enumerate(self.items) if p.id == post_id), -1)

    def _thumbnail_ready(self, sha: str) -> None:
        for row, item in enumerate(self.items):
            if item.file is not None and item.file.sha256 == sha:
                self.dataChanged.emit(self.index(row), self.index(row), [Qt.DecorationRole])


class WallDelegate(QStyledItemDelegate):
    """A post in three lines: who and what kind, its first words, comments and when;
    the photo's thumbnail on the left."""

    def sizeHint(self, option, index):  # noqa: N802
        line = option.fontMetrics.height()
        return QSize(200, max(line * 4 + 16, THUMB + 12))

    def paint(self, painter, option, index):
        item: wall.WallPostItem = index.data(Qt.UserRole)
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        option.icon = QIcon()   # the thumbnail is drawn below, at its own place
        if style:
            style.drawControl(QStyle.CE_ItemViewItem, option, painter, option.widget)
        rect = option.rect.adjusted(10, 6, -10, -6)
        line = option.fontMetrics.height()
        painter.save()
        pixmap = index.data(Qt.DecorationRole)
        if item.file is not None:
            box = QRect(rect.left(), rect.top(), THUMB, THUMB)
            if pixmap is not None:
                painter.drawPixmap(box.left() + (THUMB - pixmap.width()) // 2,
                                   box.top() + (THUMB - pixmap.height()) // 2, pixmap)
            else:
                painter.fillRect(box, QColor("#e7ece9"))
                painter.setPen(QColor("#5b5b5b"))
                painter.drawText(box, Qt.AlignCenter, "📷" if item.file.is_image else "📄")
            rect.setLeft(rect.left() + THUMB + 10)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(option.palette.color(QPalette.Text))
        kind = kind_names(self.tr).get(item.kind, "")
        head = painter.fontMetrics().elidedText(f"{item.author or '—'} · {kind}",
                                                Qt.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line),
                         Qt.AlignLeft | Qt.AlignVCenter, head)
        painter.setFont(option.font)
        for n, text in enumerate(elided_lines(item.body, option.font, rect.width(), 2)):
            painter.drawText(QRect(rect.left(), rect.top() + line * (n + 1), rect.width(), line),
                             Qt.AlignLeft | Qt.AlignVCenter, text)
        painter.setPen(QColor("#5b5b5b"))
        parts = [self.tr("%n comentarios", "", item.comment_count)]
        if item.state == PENDING:
            parts.insert(0, self.tr("Pendiente de envío"))
        elif item.state == REJECTED:
            parts.insert(0, self.tr("No se pudo publicar"))
        detail = detail_line(painter.fontMetrics(), parts,
                             when(item.created_at) if item.created_at else "", rect.width())
        painter.drawText(QRect(rect.left(), rect.top() + line * 3, rect.width(), line),
                         Qt.AlignLeft | Qt.AlignVCenter, detail)
        painter.restore()


class NewsDialog(QDialog):
    """A facilitator writes news, with an optional photo; queued like any writing."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.photo: str | None = None
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("Publicar una noticia"))
        self.resize(620, 440)
        self.title = QLineEdit()
        self.title.setMaxLength(200)
        self.body = QPlainTextEdit()
        self.photo_label = WrapLabel(self.tr("Sin foto"), "hint")
        photo_button = QPushButton(self.tr("Elegir foto…"))
        photo_button.clicked.connect(self._choose_photo)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo_label, 1)
        photo_row.addWidget(photo_button)
        form = QFormLayout()
        form.addRow(self.tr("Título"), self.title)
        form.addRow(self.tr("Texto"), self.body)
        form.addRow(self.tr("Foto"), photo_row)
        self.error = WrapLabel("", "error")
        self.error.hide()
        buttons, self.publish = form_buttons(self, self.tr("Publicar noticia"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(WrapLabel(self.tr("Se publicará para toda la red en la próxima "
                                           "sincronización."), "hint"))
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _choose_photo(self) -> None:
        path = choose_file(self, self.tr("Elegir foto"),
                           [self.tr("Imágenes (*.jpg *.jpeg *.png *.gif *.webp)")])
        if path:
            self.photo = path
            self.photo_label.setText(Path(path).name)

    def submit(self) -> None:
        """Queue the news; the photo is copied into this computer's files by a worker."""
        title, body = self.title.text(), self.body.toPlainText()
        photo = Path(self.photo) if self.photo else None
        set_busy(self.publish, True)

        def done(news_id: str) -> None:
            self.saved_id = news_id
            self.accept()

        def failed(exc: Exception) -> None:
            set_busy(self.publish, False)
            code = exc.code if isinstance(exc, UserError) else "internal"
            if isinstance(exc, UserError):
                log.info("news not queued: %s", code)
            else:
                log.error("could not queue news", exc_info=exc)
            self.error.setText(problem(code))   # the dialog stays open with the text
            self.error.show()
        run_in_background(self, lambda: wall.publish_news(self.store, title, body, photo),
                          done, failed)


class WallView(QWidget):
    """The Muro section. Emits `wrote` after anything is queued, for the status bar."""

    wrote = Signal()

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.post_id: str | None = None
        self.attachment: str | None = None
        names = kind_names(self.tr)

        title = Label(self.tr("Muro"))
        title.setObjectName("paneTitle")
        self.news_button = QPushButton(self.tr("Publicar noticia…"))
        self.news_button.clicked.connect(self.write_news)
        self.kind = fit_combo(QComboBox(), 12)
        for slug in wall.KINDS:
            self.kind.addItem(names[slug], slug)
        self.composer = QPlainTextEdit()
        self.composer.setObjectName("wallComposer")
        self.composer.setPlaceholderText(self.tr(
            "Comparta una información, una experiencia o una pregunta con la red."))
        self.composer.setMaximumHeight(96)
        self.attach_button = QPushButton(self.tr("Adjuntar foto o documento…"))
        self.attach_button.clicked.connect(self.choose_attachment)
        self.attachment_label = WrapLabel("", "hint")
        self.post_button = QPushButton(self.tr("Publicar"))
        self.post_button.setObjectName("primary")
        self.post_button.clicked.connect(self.publish)
        self.error = WrapLabel("", "error")
        self.error.hide()
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.news_button)
        row = QHBoxLayout()
        row.addWidget(self.kind)
        row.addWidget(self.attach_button)
        row.addStretch(1)
        row.addWidget(self.post_button)

        self.model = WallModel(store, self)
        self.list = QListView()
        self.list.setObjectName("wallList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(WallDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.selectionModel().currentChanged.connect(self._post_changed)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(head)
        left_layout.addWidget(self.composer)
        left_layout.addWidget(self.attachment_label)
        left_layout.addLayout(row)
        left_layout.addWidget(self.error)
        left_layout.addWidget(self.list, 1)

        # The open post (or news item): all of it is wire text, shown plain.
        self.heading = WrapLabel("", "sectionTitle")
        self.meta = WrapLabel("", "hint")
        self.state_note = WrapLabel("", "error")
        # Hidden, edited, the conflict copy of an edit, and the actions on the post: rich
        # on purpose, every piece of wire text in it escaped (app/ui/moderation.py).
        self.writing = WritingActions(self, store, self._written)
        self.moderation_note = WrapLabel("", "moderationNote")
        self.moderation_note.setTextFormat(Qt.RichText)
        self.moderation_note.linkActivated.connect(self.writing.handle)
        self.body = WrapLabel("", "pageText")
        self.body.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.photo = Label()
        self.photo.setObjectName("wallPhoto")
        self.photo.setAlignment(Qt.AlignLeft)
        self.open_button = QPushButton(self.tr("Abrir archivo"))
        self.open_button.clicked.connect(self.open_attachment)
        self.comments_title = Label(self.tr("Comentarios"))
        self.comments_title.setObjectName("paneTitle")
        self.comments = WrapLabel("", "pageText")
        self.comments.setTextInteractionFlags(Qt.TextSelectableByMouse)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        for widget in (self.heading, self.meta, self.state_note, self.body,
                       self.moderation_note, self.photo):
            inner_layout.addWidget(widget)
        inner_layout.addWidget(self.open_button, 0, Qt.AlignLeft)
        inner_layout.addSpacing(8)
        inner_layout.addWidget(self.comments_title)
        inner_layout.addWidget(self.comments)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.comment_box = QPlainTextEdit()
        self.comment_box.setObjectName("commentBox")
        self.comment_box.setPlaceholderText(self.tr("Escriba un comentario. Se enviará al "
                                                    "sincronizar."))
        self.comment_box.setMaximumHeight(90)
        self.comment_button = QPushButton(self.tr("Comentar"))
        self.comment_button.setObjectName("primary")
        self.comment_button.clicked.connect(self.send_comment)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(scroll, 1)
        right_layout.addWidget(self.comment_box)
        right_layout.addWidget(self.comment_button, 0, Qt.AlignRight)
        self._previews = Thumbnails(self, store, PREVIEW, self._preview_ready)
        self._shown_file: wall.Attached | None = None

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(splitter)
        self.reload()

    # ---- data ---------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read from the store (after a sync or a writing), keeping the open post."""
        self.news_button.setVisible(wall.may_publish(self.store))
        self.model.reload()
        if self.post_id and self.model.row_of(self.post_id) >= 0:
            self.select_post(self.post_id)
        elif self.post_id is None and not getattr(self, "_news_id", None):
            self._show_nothing()

    def select_post(self, post_id: str) -> None:
        """Open a post (from Inicio): the list fetches pages until it is there."""
        wanted = wall.position_of(self.store, post_id)
        while wanted >= 0 and self.model.rowCount() <= wanted and self.model.canFetchMore():
            self.model.fetchMore()
        row = self.model.row_of(post_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
            self.list.scrollTo(self.model.index(row))
            self._show_post(post_id)

    def _post_changed(self, current, _previous=None) -> None:
        item = current.data(Qt.UserRole) if current.isValid() else None
        if item is not None:
            self._show_post(item.id)

    def _show_nothing(self) -> None:
        self.post_id = None
        self._news_id = None
        self.heading.setText(self.tr("Muro de la red"))
        self.meta.setText("")
        self.state_note.hide()
        self.moderation_note.hide()
        self.body.setText(self.tr("Elija una publicación para leerla completa y comentar.")
                          if self.model.total else self.tr(
                              "Todavía no hay publicaciones en este equipo. Escriba la "
                              "primera, o sincronice para recibir las de la red."))
        self._show_file(None)
        self.comments_title.hide()
        self.comments.hide()
        self.comment_box.setEnabled(False)
        self.comment_button.setEnabled(False)

    def _show_post(self, post_id: str) -> None:
        post = wall.get_post(self.store, post_id)
        if post is None:
            self._show_nothing()
            return
        self.post_id, self._news_id = post.id, None
        writing = moderation.state(self.store, "wall_post", post.id)
        kind = kind_names(self.tr).get(post.kind, "")
        self.heading.setText(f"{kind} · {post.author}" if post.author else kind)
        self.meta.setText(" · ".join(x for x in (
            post.author_detail, when(post.created_at) if post.created_at else "",
            self.writing.edited_text(writing)) if x))
        self._show_state(post.state, post.reject_code)
        body = self.writing.body(post.body, writing)
        self.body.setText(self.writing.hidden_placeholder()
                          if writing is not None and writing.hidden and not body else body)
        links = (self.writing.links("wall_post", post.id, writing)
                 if post.state not in (PENDING, REJECTED) else [])
        note = (self.writing.notice_html("wall_post", post.id, writing)
                + self.writing.copy_html("wall_post", post.id, writing))
        if links:
            note += "<p>" + " · ".join(links) + "</p>"
        self.moderation_note.setText(note)
        self.moderation_note.setVisible(bool(note))
        self._show_file(post.file)
        self.comments_title.show()
        self.comments.show()
        rows = []
        listed = wall.comments(self.store, post.id)
        hidden = {key for key, st in moderation.states(
            self.store, "wall_comment", [c.id for c in listed]).items() if st.hidden}
        for c in listed:
            text = (self.writing.hidden_placeholder() if c.id in hidden and not c.body
                    else c.body)
            line = f"{c.author} · {when(c.created_at) if c.created_at else ''}\n{text}"
            if c.state == PENDING:
                line += "\n" + self.tr("(pendiente de envío)")
            elif c.state == REJECTED:
                line += "\n" + self.tr("(no se publicó: %1 Su texto se conserva aquí para "
                                       "copiarlo.)").replace("%1", problem(c.reject_code or
                                                                           "not_allowed"))
            rows.append(line)
        self.comments.setText("\n\n".join(rows) if rows else self.tr("Sin comentarios todavía."))
        self.comment_box.setEnabled(True)
        self.comment_button.setEnabled(True)

    def _written(self) -> None:
        """A moderation action or an edit was queued: show it, tell the status bar."""
        if self.post_id:
            self._show_post(self.post_id)
        self.wrote.emit()

    def show_news(self, news_id: str) -> None:
        """Read a news item here (Inicio's news open in the wall's reader)."""
        item = next((n for n in wall.latest_news(self.store, 50) if n.id == news_id), None)
        if item is None:
            return
        self.list.clearSelection()
        self.post_id, self._news_id = None, item.id
        self.heading.setText(item.title)
        self.meta.setText(" · ".join(x for x in (
            self.tr("Edugestores reporta"), item.author,
            when(item.created_at) if item.created_at else "") if x))
        self._show_state(item.state, None)
        self.moderation_note.hide()
        self.body.setText(item.body)
        self._show_file(item.photo)
        self.comments_title.hide()
        self.comments.hide()
        self.comment_box.setEnabled(False)
        self.comment_button.setEnabled(False)

    def _show_state(self, state: str, code: str | None) -> None:
        if state == PENDING:
            self.state_note.setText(self.tr("Pendiente de envío: se publicará en la próxima "
                                            "sincronización."))
        elif state == REJECTED:
            self.state_note.setText(self.tr("No se publicó: %1 Su texto se conserva aquí "
                                            "para copiarlo.").replace(
                "%1", problem(code or "not_allowed")))
        self.state_note.setVisible(state in (PENDING, REJECTED))

    def _show_file(self, item: wall.Attached | None) -> None:
        self._shown_file = item
        self.open_button.setVisible(item is not None)
        pixmap = self._previews.get(item) if item is not None else None
        self.photo.setPixmap(pixmap if pixmap is not None else QPixmap())
        self.photo.setVisible(pixmap is not None)
        if item is not None:
            self.open_button.setText(self.tr("Ver foto") if item.is_image
                                     else self.tr("Abrir «%1»").replace("%1", item.name))
            self.open_button.setToolTip(tip(item.name))

    def _preview_ready(self, sha: str) -> None:
        if self._shown_file is not None and self._shown_file.sha256 == sha:
            self._show_file(self._shown_file)

    # ---- writing ----------------------------------------------------------------------

    def choose_attachment(self) -> None:
        path = choose_file(self, self.tr("Adjuntar foto o documento"))
        self.set_attachment(path or None)

    def set_attachment(self, path: str | None) -> None:
        self.attachment = path
        self.attachment_label.setText(self.tr("Adjunto: %1").replace("%1", Path(path).name)
                                      if path else "")

    def publish(self) -> None:
        """Queue the post (copying its file in a worker: a large one takes a while)."""
        kind, body = self.kind.currentData(), self.composer.toPlainText()
        attachment = Path(self.attachment) if self.attachment else None
        self.post_button.setEnabled(False)
        self.error.hide()

        def done(post_id: str) -> None:
            self.post_button.setEnabled(True)
            self.composer.clear()
            self.set_attachment(None)
            self.model.reload()
            self.select_post(post_id)
            self.wrote.emit()

        def failed(exc: Exception) -> None:
            self.post_button.setEnabled(True)
            code = exc.code if isinstance(exc, UserError) else "internal"
            if not isinstance(exc, UserError):
                log.error("could not queue a wall post", exc_info=exc)
            else:
                log.info("wall post not queued: %s", code)
            self.error.setText(problem(code))   # the text stays in the box
            self.error.show()
        run_in_background(self, lambda: wall.write_post(self.store, kind, body, attachment),
                          done, failed)

    def send_comment(self) -> None:
        if self.post_id is None:
            return
        try:
            wall.comment(self.store, self.post_id, self.comment_box.toPlainText())
        except UserError as exc:
            log.info("wall comment not queued: %s", exc.code)
            message(self, self.tr("No se pudo comentar"), problem(exc.code))
            return
        self.comment_box.clear()
        self.model.reload()
        self._show_post(self.post_id)
        self.wrote.emit()

    def write_news(self) -> None:
        dialog = NewsDialog(self.store, self)
        if dialog.exec() == QDialog.Accepted and dialog.saved_id:
            self.wrote.emit()
            self.show_news(dialog.saved_id)

    def open_attachment(self) -> None:
        item = self._shown_file
        if item is None:
            return
        from app.services import files

        def ready(_path) -> None:
            try:
                copy = files.open_copy(self.store, item.sha256, item.name)
            except UserError as exc:
                message(self, self.tr("No se pudo abrir"), problem(exc.code))
                return
            if copy is not None:
                open_file(self, copy, item.name)

        def failed(exc: Exception) -> None:
            log.info("wall file %s not fetched: %s", item.sha256, exc)
            message(self, self.tr("No se pudo abrir"), problem(
                getattr(exc, "code", None) or "no_connection"))
        run_in_background(self, lambda: wall.fetch_file(self.store, item), ready, failed)
