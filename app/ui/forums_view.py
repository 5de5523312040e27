"""Foros and Grupos: forums (or my closed groups) → threads → posts, with replies and new
threads written offline; a group also shows its documents and members."""
from __future__ import annotations

import html
import logging

from PySide6.QtCore import (QAbstractListModel, QModelIndex, QRect, QSize, Qt, QTimer,
                            Signal)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (QDialog, QFormLayout, QHBoxLayout,
                               QLineEdit, QListView, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QPushButton, QSplitter, QStyle,
                               QStyledItemDelegate, QVBoxLayout, QWidget)

from app.services import forums, groups, moderation
from app.services.errors import UserError
from app.store.models import PENDING, REJECTED
from app.ui.dialogs import form_buttons
from app.ui.fit import WrapLabel, elided_lines
from app.ui.markdown import SafeTextBrowser, is_rendered, to_html
from app.ui.messages import problem
from app.ui.moderation import WritingActions
from app.ui.tasks import run_in_background
from app.ui.timefmt import when
from app.ui.plaintext import Label, message, tip

log = logging.getLogger(__name__)
PAGE = 100
# Markdown the GUI thread renders itself when a thread opens (about 20 ms of work at most);
# beyond it a worker renders, and the page shows when it is ready.
RENDER_ON_GUI_CHARS = 20_000


class ThreadListModel(QAbstractListModel):
    """Threads of one forum (or group), fetched a page at a time as the list scrolls."""

    def __init__(self, store, parent=None, in_groups: bool = False):
        super().__init__(parent)
        self.store = store
        source = groups if in_groups else forums
        self._list, self._count = source.list_threads, source.count_threads
        self.forum_id: str | None = None
        self.items: list[forums.ThreadItem] = []
        self.total = 0

    def set_forum(self, forum_id: str | None) -> None:
        self.beginResetModel()
        self.forum_id = forum_id
        self.items = self._list(self.store, forum_id, 0, PAGE) if forum_id else []
        self.total = self._count(self.store, forum_id) if forum_id else 0
        self.endResetModel()

    def reload(self) -> None:
        self.set_forum(self.forum_id)

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.items)

    def canFetchMore(self, parent=QModelIndex()):  # noqa: N802
        return not parent.isValid() and len(self.items) < self.total

    def fetchMore(self, parent=QModelIndex()):  # noqa: N802
        page = self._list(self.store, self.forum_id, len(self.items), PAGE)
        if page:
            self.beginInsertRows(QModelIndex(), len(self.items), len(self.items) + len(page) - 1)
            self.items.extend(page)
            self.endInsertRows()

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.DisplayRole:
            return item.title
        if role == Qt.UserRole:
            return item
        if role == Qt.ToolTipRole:
            return tip(item.title)
        if role == Qt.AccessibleTextRole:
            return f"{item.title}, {item.author}"
        return None

    def row_of(self, thread_id: str) -> int:
        return next((i for i, t in enumerate(self.items) if t.id == thread_id), -1)


def detail_line(metrics, parts: list[str], date: str, width: int) -> str:
    """"Pendiente de envío · Rosa Quispe · 3 respuestas · hoy, 14:05" fitted to `width`:
    when it does not fit, the name and counts are shortened, never the date (a date cut
    to "3 de nov…" tells nothing)."""
    separator = " · "
    text = separator.join(parts + [date])
    if metrics.horizontalAdvance(text) <= width:
        return text
    room = width - metrics.horizontalAdvance(separator + date)
    if room < metrics.horizontalAdvance("…") * 4:
        return date   # so narrow that only the date fits
    return metrics.elidedText(separator.join(parts), Qt.ElideRight, room) + separator + date


class ThreadDelegate(QStyledItemDelegate):
    """Two lines per thread: the title, then who, how many replies and when."""

    def sizeHint(self, option, index):  # noqa: N802
        metrics = option.fontMetrics
        return QSize(200, metrics.height() * 3 + metrics.height() // 2 + 14)

    def paint(self, painter, option, index):
        item: forums.ThreadItem = index.data(Qt.UserRole)
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style:
            style.drawControl(QStyle.CE_ItemViewItem, option, painter, option.widget)
        rect = option.rect.adjusted(10, 6, -10, -6)
        line = option.fontMetrics.height()
        painter.save()
        title_font = QFont(option.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        # The selection colour is light (style.qss), so text keeps its normal colour.
        painter.setPen(option.palette.color(QPalette.Text))
        # The title may take two lines, the second ending in "…" when it goes on (the
        # whole title is in the tooltip); the detail line always stays visible below it.
        title_line = painter.fontMetrics().height()
        for n, text in enumerate(elided_lines(item.title, title_font, rect.width(), 2)):
            painter.drawText(QRect(rect.left(), rect.top() + n * title_line, rect.width(),
                                   title_line), Qt.AlignLeft | Qt.AlignVCenter, text)
        painter.setFont(option.font)
        painter.setPen(QColor("#5b5b5b"))
        replies = item.post_count - 1
        parts = [item.author or "—", self.tr("%n respuestas", "", replies)]
        if item.state == PENDING:
            parts.insert(0, self.tr("Pendiente de envío"))
        elif item.state == REJECTED:
            parts.insert(0, self.tr("No se pudo publicar"))
        detail = detail_line(painter.fontMetrics(), parts, when(item.last_activity_at),
                             rect.width())
        painter.drawText(QRect(rect.left(), rect.top() + line * 2 + 6, rect.width(), line),
                         Qt.AlignLeft | Qt.AlignVCenter, detail)
        painter.restore()


class NewThreadDialog(QDialog):
    """A title and a message written offline: a forum thread, or a course announcement.

    The accept button hands the text to `save(title, body)`; the dialog closes only when
    that queued it (`saved_id` is then its id). A problem is said inside the dialog, which
    stays open with the text, so nothing written is lost on the way.
    """

    def __init__(self, forum_title: str, title: str = "", body: str = "", parent=None,
                 save=None):
        super().__init__(parent)
        self.save = save
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("Nuevo tema en «%1»").replace("%1", forum_title))
        self.resize(640, 460)
        self.title = QLineEdit(title)
        self.title.setPlaceholderText(self.tr("Por ejemplo: ¿Cómo organizaron su primera "
                                              "tertulia dialógica?"))
        self.title.setMaxLength(200)
        self.body = QPlainTextEdit(body)
        self.body.setPlaceholderText(self.tr("Escriba aquí su mensaje. Puede usar **negrita**, "
                                             "listas con guiones y enlaces."))
        self.note = note = WrapLabel(self.tr("Puede escribir sin conexión: el tema se "
                                             "enviará en la próxima sincronización."), "hint")
        self.error = WrapLabel("", "error")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Título"), self.title)
        form.addRow(self.tr("Mensaje"), self.body)
        buttons, self.publish = form_buttons(self, self.tr("Publicar tema"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def submit(self) -> None:
        if self.save is None:
            self.accept()
            return
        try:
            self.saved_id = self.save(self.title.text(), self.body.toPlainText())
        except UserError as exc:
            log.info("dialog text not queued: %s", exc.code)
            self.error.setText(problem(exc.code))
            self.error.show()
            return
        self.accept()


class MembersDialog(QDialog):
    """Who belongs to a group, as a facilitator changes it: everyone this computer knows,
    members ticked. Names are shown as written (plain text)."""

    def __init__(self, group_title: str, people: list[tuple[str, str, str]],
                 members: set[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Miembros de «%1»").replace("%1", group_title))
        self.resize(520, 520)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Buscar por nombre"))
        self.search.textChanged.connect(self._filter)
        self.people = QListWidget()
        self.people.setObjectName("groupPeople")
        self.people.setWordWrap(True)
        self.people.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        for user_id, name, detail in people:
            item = QListWidgetItem(name + ("\n" + detail if detail else ""))
            item.setData(Qt.UserRole, user_id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if user_id in members else Qt.Unchecked)
            self.people.addItem(item)
        note = WrapLabel(self.tr("Los cambios se enviarán en la próxima sincronización. "
                                 "Quien entra recibe la historia del grupo; quien sale "
                                 "deja de recibirla y se borra de sus equipos."), "hint")
        buttons, self.save = form_buttons(self, self.tr("Guardar"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.people, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for row in range(self.people.count()):
            item = self.people.item(row)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def chosen(self) -> set[str]:
        return {self.people.item(row).data(Qt.UserRole) for row in range(self.people.count())
                if self.people.item(row).checkState() == Qt.Checked}


class ForumsView(QWidget):
    """The Foros section, or with `in_groups` the Grupos one (the closed groups this person
    belongs to, each with its threads, documents and members). Emits `wrote` after
    anything is queued, for the status bar."""

    wrote = Signal()
    rendered = Signal(str)   # a thread's page is complete in the reader (after a render)

    def __init__(self, store, parent=None, in_groups: bool = False):
        super().__init__(parent)
        self.store = store
        self.in_groups = in_groups
        self.thread_id: str | None = None
        self.reply_to: str | None = None
        self._posts: dict[str, forums.PostItem] = {}
        self._states: dict[str, moderation.WritingState] = {}
        # Edit, report, hide: the same links and dialogs as every moderated writing.
        self.writing = WritingActions(self, store, self._written)
        self._render_job: tuple | None = None   # (thread id, bodies) a worker renders
        self._scroll_after_render: int | None = None

        self.forum_list = QListWidget()
        self.forum_list.setObjectName("forumList")
        self.forum_list.setWordWrap(True)
        self.forum_list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.forum_list.setTextElideMode(Qt.ElideNone)
        self.forum_list.currentItemChanged.connect(self._forum_changed)
        forums_label = Label(self.tr("Grupos") if in_groups else self.tr("Foros"))
        forums_label.setObjectName("paneTitle")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(forums_label)
        left_layout.addWidget(self.forum_list, 2)
        # A group's members (names as written: plain text).
        self.members_label = WrapLabel("", "hint")
        self.members_label.setObjectName("groupMembers")
        self.members_label.setVisible(in_groups)
        left_layout.addWidget(self.members_label)
        self.members_button = QPushButton(self.tr("Miembros…"))
        self.members_button.clicked.connect(self.edit_members)
        self.members_button.setVisible(in_groups and groups.may_manage(store))
        left_layout.addWidget(self.members_button)

        self.threads = ThreadListModel(store, self, in_groups)
        self.thread_view = QListView()
        self.thread_view.setObjectName("threadList")
        self.thread_view.setModel(self.threads)
        self.thread_view.setItemDelegate(ThreadDelegate(self.thread_view))
        self.thread_view.setUniformItemSizes(True)
        self.thread_view.selectionModel().currentChanged.connect(self._thread_changed)
        self.threads_label = Label(self.tr("Temas"))
        self.threads_label.setObjectName("paneTitle")
        self.new_thread_button = QPushButton(self.tr("Nuevo tema"))
        self.new_thread_button.clicked.connect(self.new_thread)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.threads_label, 1)
        head.addWidget(self.new_thread_button)
        middle_layout.addLayout(head)
        middle_layout.addWidget(self.thread_view, 3)
        # A group's documents: below its threads, each a plain-text line.
        self.documents_label = Label(self.tr("Documentos del grupo"))
        self.documents_label.setObjectName("paneTitle")
        self.document_list = QListWidget()
        self.document_list.setObjectName("groupDocuments")
        self.document_list.setWordWrap(True)
        self.document_list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.document_list.setTextElideMode(Qt.ElideNone)
        self.document_list.itemActivated.connect(self.open_document)
        self.document_list.setToolTip(tip(self.tr("Doble clic para abrir un documento.")))
        self.share_button = QPushButton(self.tr("Compartir documento…"))
        self.share_button.clicked.connect(self.share_document)
        # A group's finished product goes to the repository through its moderation.
        self.propose_button = QPushButton(self.tr("Proponer al repositorio…"))
        self.propose_button.setToolTip(tip(self.tr(
            "Proponga el documento elegido, producto final del grupo, para el repositorio "
            "de la red. Un formador o formadora lo revisará.")))
        self.propose_button.clicked.connect(self.propose_document)
        self.propose_button.setEnabled(False)
        self.document_list.currentItemChanged.connect(
            lambda item, _old: self.propose_button.setEnabled(
                bool(item and item.data(Qt.UserRole))))
        docs_head = QHBoxLayout()
        docs_head.addWidget(self.documents_label, 1)
        docs_head.addWidget(self.share_button)
        middle_layout.addLayout(docs_head)
        middle_layout.addWidget(self.document_list, 2)
        middle_layout.addWidget(self.propose_button, 0, Qt.AlignRight)
        for widget in (self.documents_label, self.document_list, self.share_button,
                       self.propose_button):
            widget.setVisible(in_groups)

        self.reader = SafeTextBrowser()
        self.reader.setObjectName("threadReader")
        self.reader.anchorClicked.connect(self._link_clicked)
        self.reply_label = WrapLabel("", "hint")   # carries the author's name
        self.reply_box = QPlainTextEdit()
        self.reply_box.setObjectName("replyBox")
        self.reply_box.setPlaceholderText(self.tr("Escriba su respuesta. Se guarda mientras "
                                                  "escribe y se enviará al sincronizar."))
        self.reply_box.setMaximumHeight(150)
        self.reply_box.textChanged.connect(self._draft_changed)
        self.reply_button = QPushButton(self.tr("Publicar respuesta"))
        self.reply_button.setObjectName("primary")
        self.reply_button.clicked.connect(self.send_reply)
        self.cancel_reply_to = QPushButton(self.tr("Responder al tema"))
        self.cancel_reply_to.clicked.connect(lambda: self._set_reply_to(None))
        self.cancel_reply_to.hide()
        self._draft_timer = QTimer(self, singleShot=True, interval=600)
        self._draft_timer.timeout.connect(self._save_draft)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.reader, 1)
        right_layout.addWidget(self.reply_label)
        right_layout.addWidget(self.reply_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_reply_to)
        buttons.addStretch(1)
        buttons.addWidget(self.reply_button)
        right_layout.addLayout(buttons)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 2)
        # The thread list gets more room than the forum names: its titles are longer.
        splitter.setSizes([210, 370, 540])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(splitter)
        self._show_thread(None)
        self.reload()

    # ---- data -------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read everything from the store (after a sync), keeping the selection."""
        current = self.forum_list.currentItem()
        forum_id = current.data(Qt.UserRole) if current else None
        thread_id = self.thread_id
        self.forum_list.blockSignals(True)
        self.forum_list.clear()
        for forum in self._places():
            item = QListWidgetItem(forum.title + "\n" + self.tr("%n temas", "",
                                                                 forum.thread_count))
            item.setData(Qt.UserRole, forum.id)
            item.setToolTip(tip(forum.description))
            self.forum_list.addItem(item)
            if forum.id == forum_id:
                self.forum_list.setCurrentItem(item)
        self.forum_list.blockSignals(False)
        if self.forum_list.count() and self.forum_list.currentItem() is None:
            self.forum_list.setCurrentRow(0)
        else:
            self._forum_changed(self.forum_list.currentItem())
        if self.forum_list.count() == 0:
            self.reader.setHtml("<p>" + html.escape(self.tr(
                "Todavía no pertenece a ningún grupo. Cuando un formador o formadora le "
                "añada a uno, llegará con su historia en la próxima sincronización.")
                if self.in_groups else self.tr(
                "Todavía no hay foros en este equipo. Sincronice para recibirlos.")) + "</p>")
        if thread_id:
            self.select_thread(thread_id)

    def _places(self) -> list:
        """The forums, or my groups (each with an id, title, description, thread_count)."""
        return groups.my_groups(self.store) if self.in_groups else forums.list_forums(self.store)

    def _show_group_extras(self, group_id: str | None) -> None:
        """A group's documents and members, as plain text."""
        self.document_list.clear()
        self.share_button.setEnabled(group_id is not None)
        if group_id is None:
            self.members_label.setText("")
            return
        for doc in groups.group_documents(self.store, group_id):
            line = doc.title + "\n" + doc.file_name
            if doc.author:
                line += " · " + doc.author
            if doc.state == PENDING:
                line += " · " + self.tr("pendiente de envío")
            elif doc.state == REJECTED:
                line += " · " + self.tr("no aceptado por el servidor")
            item = QListWidgetItem(line)
            item.setData(Qt.UserRole, doc.id)
            item.setToolTip(tip(doc.description or doc.title))
            self.document_list.addItem(item)
        if self.document_list.count() == 0:
            self.document_list.addItem(QListWidgetItem(self.tr("Todavía no hay documentos.")))
        names = []
        for m in groups.group_members(self.store, group_id):
            if m.state == PENDING:
                names.append(m.display_name + " " + (self.tr("(saldrá al sincronizar)")
                                                     if m.ending else
                                                     self.tr("(entrará al sincronizar)")))
            elif m.state == REJECTED:
                names.append(m.display_name + " " + self.tr("(cambio no aceptado: %1)")
                             .replace("%1", problem(m.reject_code or "not_allowed")))
            else:
                names.append(m.display_name)
        self.members_label.setText(self.tr("Miembros: %1").replace("%1", ", ".join(names)))

    def _forum_changed(self, item) -> None:
        forum_id = item.data(Qt.UserRole) if item else None
        keep = self.thread_id
        self.threads.set_forum(forum_id)
        self.new_thread_button.setEnabled(forum_id is not None)
        if self.in_groups:
            self._show_group_extras(forum_id)
        if keep and self.threads.row_of(keep) >= 0:
            self.select_thread(keep)
        else:
            self._show_thread(None)

    def select_forum(self, forum_id: str) -> None:
        for row in range(self.forum_list.count()):
            if self.forum_list.item(row).data(Qt.UserRole) == forum_id:
                self.forum_list.setCurrentRow(row)

    def select_thread(self, thread_id: str) -> None:
        row = self.threads.row_of(thread_id)
        while row < 0 and self.threads.canFetchMore():
            self.threads.fetchMore()
            row = self.threads.row_of(thread_id)
        if row >= 0:
            index = self.threads.index(row)
            if self.thread_view.currentIndex() != index:
                self.thread_view.setCurrentIndex(index)   # shown by _thread_changed
            else:
                self._show_thread(thread_id)  # (once: a long thread's page costs to set)

    def _thread_changed(self, current: QModelIndex, _previous=None) -> None:
        item = current.data(Qt.UserRole) if current.isValid() else None
        self._show_thread(item.id if item else None)

    def _show_thread(self, thread_id: str | None) -> None:
        changed = thread_id != self.thread_id
        if changed:
            self._save_draft()
            self.reply_to = None
        self.thread_id = thread_id
        thread = forums.get_thread(self.store, thread_id) if thread_id else None
        enabled = thread is not None and not thread.locked
        self.reply_box.setEnabled(enabled)
        self.reply_button.setEnabled(enabled)
        # A disabled box that still says "Escriba su respuesta" looks writable: it says why
        # it is not.
        self.reply_box.setPlaceholderText(
            self.tr("Escriba su respuesta. Se guarda mientras escribe y se enviará al "
                    "sincronizar.") if enabled else
            self.tr("Elija un tema de la lista para responder.") if thread is None else
            self.tr("Este tema está cerrado: ya no recibe respuestas."))
        if thread is None:
            self.reader.setHtml("<div class='empty'><p>" + html.escape(self.tr(
                "Elija un tema de la lista para leerlo y responder.")) + "</p></div>")
            self.reply_box.blockSignals(True)
            self.reply_box.clear()
            self.reply_box.blockSignals(False)
            self._set_reply_to(None)
            return
        posts = forums.thread_posts(self.store, thread_id)
        self._posts = {p.id: p for p in posts}
        self._states = moderation.states(self.store, "post", list(self._posts))
        scroll = self.reader.verticalScrollBar().value()
        todo = [p.body for p in posts if not is_rendered(p.body)]
        on_gui = sum(len(body) for body in todo) <= RENDER_ON_GUI_CHARS
        if on_gui:
            self.reader.setHtml(self._thread_html(thread, posts))
        else:
            # Rendering this much Markdown would stall the window: a worker renders it into
            # to_html's cache, then the thread is shown again, all of it at hand by then.
            self.reader.setHtml(f"<h2>{html.escape(thread.title)}</h2><p class='muted'>"
                                + html.escape(self.tr("Abriendo el tema…")) + "</p>")
            if changed:
                self._scroll_after_render = None
            elif self._scroll_after_render is None:
                self._scroll_after_render = scroll
            job = (thread_id, tuple(todo))
            if self._render_job != job:           # the same work is not started twice
                self._render_job = job

                def ready(_result) -> None:
                    if self._render_job == job:
                        self._render_job = None
                        if self.thread_id == thread_id:
                            self._show_thread(thread_id)

                def failed(exc: Exception) -> None:
                    self._render_job = None
                    log.error("could not render thread %s", thread_id, exc_info=exc)
                run_in_background(self, lambda: [to_html(body) for body in todo], ready,
                                  failed)
        if changed:
            # Only when another thread is opened: a sync that re-reads this thread must
            # neither move the reader nor replace what the user is typing right now.
            self.reply_box.blockSignals(True)
            self.reply_box.setPlainText(forums.load_draft(self.store, f"reply:{thread_id}"))
            self.reply_box.blockSignals(False)
        elif on_gui:
            self.reader.verticalScrollBar().setValue(self._scroll_after_render or scroll)
        self._set_reply_to(self.reply_to)
        if on_gui:
            self._scroll_after_render = None
            self.rendered.emit(thread_id)

    def _thread_html(self, thread, posts) -> str:
        parts = [f"<h2>{html.escape(thread.title)}</h2>"]
        if thread.locked:
            parts.append("<p class='note'>" + html.escape(self.tr(
                "Este tema está cerrado: se puede leer, pero ya no recibe respuestas."))
                + "</p>")
        for post in posts:
            writing = self._states.get(post.id)
            head = f"<b>{html.escape(post.author or self.tr('Participante'))}</b>"
            if post.author_detail:
                head += f" <span class='muted'>· {html.escape(post.author_detail)}</span>"
            head += f"<br><span class='muted'>{html.escape(when(post.created_at))}"
            if self.writing.edited_text(writing):
                head += " · " + html.escape(self.writing.edited_text(writing))
            if post.reply_to_author:
                head += " · " + html.escape(self.tr("en respuesta a %1").replace(
                    "%1", post.reply_to_author))
            head += "</span>"
            state = ""
            if post.state == PENDING:
                state = ("<p class='pending'>" + html.escape(self.tr(
                    "Pendiente de envío: se publicará en la próxima sincronización.")) + "</p>")
            elif post.state == REJECTED:
                state = ("<p class='rejected'>" + html.escape(self.tr(
                    "No se pudo publicar: %1").replace("%1", problem(post.reject_code or "")))
                    + f" <a href='minka:copy/{post.id}'>" + html.escape(self.tr(
                        "Copiar el texto")) + "</a></p>")
            links = []
            if not thread.locked and post.state != REJECTED:
                links.append(f"<a href='minka:reply/{post.id}'>"
                             + html.escape(self.tr("Responder a este mensaje")) + "</a>")
            if post.state != PENDING and post.state != REJECTED:
                links += self.writing.links("post", post.id, writing)
            actions = f"<p class='actions'>{' · '.join(links)}</p>" if links else ""
            body = self.writing.body(post.body, writing)
            shown = (f"<p class='muted'><i>{html.escape(self.writing.hidden_placeholder())}"
                     "</i></p>" if writing is not None and writing.hidden and not body
                     else to_html(body))
            state += self.writing.notice_html("post", post.id, writing)
            copy = self.writing.copy_html("post", post.id, writing)
            parts.append("<table class='post' width='100%' cellpadding='10' cellspacing='0'>"
                         f"<tr><td><p>{head}</p>{state}<div class='body'>"
                         f"{shown}</div>{copy}{actions}</td></tr></table><p></p>")
        return "".join(parts)

    # ---- actions ----------------------------------------------------------------

    def _written(self) -> None:
        """A moderation action or an edit was queued: show it, and tell the status bar."""
        if self.thread_id:
            self._show_thread(self.thread_id)
        self.wrote.emit()

    def _link_clicked(self, url) -> None:
        text = url.toString()
        if self.writing.handle(url):
            return
        if text.startswith("minka:reply/"):
            self._set_reply_to(text.split("/", 1)[1])
            self.reply_box.setFocus()
        elif text.startswith("minka:copy/"):
            post = self._posts.get(text.split("/", 1)[1])
            if post:
                QGuiApplication.clipboard().setText(post.body)
                self.reply_label.setText(self.tr("Texto copiado. Puede pegarlo en una "
                                                 "nueva respuesta o en otro tema."))
        elif url.scheme() in ("http", "https", "mailto"):
            from PySide6.QtGui import QDesktopServices
            QDesktopServices.openUrl(url)

    def _set_reply_to(self, post_id: str | None) -> None:
        post = self._posts.get(post_id) if post_id else None
        self.reply_to = post.id if post else None
        if post:
            self.reply_label.setText(self.tr("Respondiendo a %1").replace("%1", post.author))
            self.cancel_reply_to.show()
        else:
            self.reply_label.setText(self.tr("Su respuesta al tema") if self.thread_id else "")
            self.cancel_reply_to.hide()

    def _draft_changed(self) -> None:
        self._draft_timer.start()

    def _save_draft(self) -> None:
        self._draft_timer.stop()
        if self.thread_id:
            forums.save_draft(self.store, f"reply:{self.thread_id}",
                              self.reply_box.toPlainText())

    def send_reply(self) -> None:
        if not self.thread_id:
            return
        try:
            forums.reply(self.store, self.thread_id, self.reply_box.toPlainText(),
                         self.reply_to)
        except UserError as exc:
            message(self, self.tr("No se pudo publicar"), problem(exc.code))
            return
        self.reply_box.blockSignals(True)
        self.reply_box.clear()
        self.reply_box.blockSignals(False)
        forums.save_draft(self.store, f"reply:{self.thread_id}", "")
        self.reply_to = None
        thread_id = self.thread_id
        self.threads.reload()
        self.select_thread(thread_id)
        self._show_thread(thread_id)
        self.reader.verticalScrollBar().setValue(self.reader.verticalScrollBar().maximum())
        self.wrote.emit()

    def new_thread(self) -> NewThreadDialog | None:
        """Open the new-thread dialog (not modal-blocking: the window keeps syncing)."""
        item = self.forum_list.currentItem()
        if item is None:
            return None
        forum_id = item.data(Qt.UserRole)
        draft_key = f"thread:{forum_id}"
        saved = forums.load_draft(self.store, draft_key)
        title, _, body = saved.partition("\n\n")
        place = next((f.title for f in self._places() if f.id == forum_id), "")
        create = groups.create_thread if self.in_groups else forums.create_thread
        dialog = NewThreadDialog(place, title, body, self,
                                 save=lambda t, b: create(self.store, forum_id, t, b))

        def closed(result: int) -> None:
            text_title, text_body = dialog.title.text(), dialog.body.toPlainText()
            if result != QDialog.DialogCode.Accepted:
                # Closing the dialog never throws away what was written.
                forums.save_draft(self.store, draft_key,
                                  f"{text_title}\n\n{text_body}" if text_body.strip()
                                  or text_title.strip() else "")
                return
            forums.save_draft(self.store, draft_key, "")
            self.reload()
            self.select_thread(dialog.saved_id)
            self.wrote.emit()
        dialog.finished.connect(closed)
        dialog.open()
        return dialog


    def edit_members(self) -> MembersDialog | None:
        """A facilitator changes who belongs to the selected group (not modal-blocking)."""
        item = self.forum_list.currentItem()
        if item is None:
            return None
        group_id = item.data(Qt.UserRole)
        current = {m.user_id for m in groups.group_members(self.store, group_id)
                   if not m.ending}
        title = next((g.title for g in self._places() if g.id == group_id), "")
        dialog = MembersDialog(title, groups.people(self.store), current, self)

        def closed(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            chosen = dialog.chosen()
            try:
                for user_id in sorted(chosen - current):
                    groups.set_member(self.store, group_id, user_id, True)
                for user_id in sorted(current - chosen):
                    groups.set_member(self.store, group_id, user_id, False)
            except UserError as exc:
                log.info("group members not changed: %s", exc.code)
                message(self, self.tr("No se pudo cambiar"), problem(exc.code))
            self._show_group_extras(group_id)
            self.wrote.emit()
        dialog.finished.connect(closed)
        dialog.open()
        return dialog

    def open_document(self, item) -> None:
        """Open a group document: downloaded first if needed, off the GUI thread."""
        doc_id = item.data(Qt.UserRole) if item else None
        if not doc_id:
            return
        from app.services.account import current_account
        from app.ui.files import open_file
        account = current_account(self.store)
        if account is None:
            return

        def ready(path) -> None:
            if path is not None:
                open_file(self, path)

        def failed(exc: Exception) -> None:
            code = getattr(exc, "code", "internal")
            log.info("group document %s not opened: %s", doc_id, code)
            message(self, self.tr("No se pudo abrir el documento"), problem(code))
        run_in_background(self, lambda: groups.fetch_document(self.store, account, doc_id),
                          ready, failed)

    def propose_document(self):
        """Propose the chosen group document to the repository (the existing proposal
        form, with the group's file): it reaches the moderators' queue naming the group."""
        item = self.document_list.currentItem()
        group = self.forum_list.currentItem()
        doc_id = item.data(Qt.UserRole) if item else None
        if not doc_id or group is None:
            return None
        found = next((d for d in groups.group_documents(self.store, group.data(Qt.UserRole))
                      if d.id == doc_id), None)
        if found is None:
            return None
        if found.state == PENDING:
            message(self, self.tr("Todavía no se puede proponer"),
                    problem("group_document_pending"))
            return None
        from app.ui.repository_view import ProposeDialog
        dialog = ProposeDialog(self.store, self, group_document=found)

        def closed(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self.wrote.emit()
        dialog.finished.connect(closed)
        dialog.open()
        return dialog

    def share_document(self, path: str | None = None) -> None:
        """Share a file with the selected group (chosen in a file dialog unless given)."""
        item = self.forum_list.currentItem()
        if item is None:
            return
        group_id = item.data(Qt.UserRole)
        if path is None:
            from PySide6.QtWidgets import QFileDialog
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Compartir documento"))
            if not path:
                return
        from pathlib import Path
        self.share_button.setEnabled(False)

        def shared(_doc_id) -> None:
            self._show_group_extras(group_id)
            self.wrote.emit()

        def failed(exc: Exception) -> None:
            self.share_button.setEnabled(True)
            if isinstance(exc, UserError):
                log.info("group document not shared: %s", exc.code)
                message(self, self.tr("No se pudo compartir"), problem(exc.code))
            else:
                log.error("could not share a group document", exc_info=exc)
                message(self, self.tr("No se pudo compartir"), problem("internal"))
        # Copying the file into this computer's files takes a while for a large one.
        run_in_background(self, lambda: groups.share_document(
            self.store, group_id, Path(path), Path(path).stem), shared, failed)


def forums_title(store, forum_id: str) -> str:
    return next((f.title for f in forums.list_forums(store) if f.id == forum_id), "")
