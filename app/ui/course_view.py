"""Curso: the outline with progress, the lesson reader, assignments, and facilitator review."""
from __future__ import annotations

import html
import re

from PySide6.QtCore import QRect, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QProgressBar, QPushButton, QSplitter,
                               QStackedWidget, QStyle, QStyledItemDelegate,
                               QStyleOptionViewItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
                               QWidget)

from app.services import course, files
from app.services.errors import UserError
from app.ui.fit import WrapLabel
from app.ui.files import choose_file, open_file
from app.ui.history import size_text
from app.ui.messages import problem
from app.ui.tasks import run_in_background
from app.ui.timefmt import peru_when, when
from app.ui.markdown import SafeTextBrowser, record_files, to_html
from app.ui.plaintext import tip

HOME, LESSON, TASK, REVIEW = range(4)
KIND = Qt.UserRole
ITEM_ID = Qt.UserRole + 1
RETURNED = Qt.UserRole + 2   # a participant's assignment returned with comments
_LINK = re.compile(r"(!?)\[([^\]]*)\]\(([^)\s]+)\)")


def lesson_markdown(body: str, attachments: list[dict], local=None) -> str:
    """Links to the lesson's files point to the local copy; nothing is fetched remotely."""
    by_path = {a["path"]: a for a in attachments}

    def swap(match: re.Match) -> str:
        bang, label, target = match.groups()
        ref = by_path.get(target)
        if ref is None:
            return match.group(0)
        if bang and local is not None and local.has(ref["sha256"]):
            # shown in the page from the local copy; clicking it opens it full size
            return (f"[![{label}](minka:img/{ref['sha256']})](minka:file/{ref['sha256']})")
        if bang:
            label = label or ref["name"]
        return f"[{label}](minka:file/{ref['sha256']})"
    return _LINK.sub(swap, body)


def _label(text: str, name: str = "") -> QLabel:
    return WrapLabel(text, name)


class _WrappingTitles(QStyledItemDelegate):
    """Rows of the outline as tall as their wrapped titles. Qt measures a wrapped item at
    the column's full width, forgetting the indentation of lessons under modules, so a
    title one line too long for its real width was cut off without a trace."""

    def sizeHint(self, option, index):  # noqa: N802
        tree = self.parent()
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        # Less the item's padding in style.qss (2 px a side) and a little more, so that a
        # row is never a line short; a few pixels of air are better than a cut title.
        width = tree.columnWidth(0) - tree.indentation() * (depth + 1) - 12
        measured = QStyleOptionViewItem(option)
        measured.rect = QRect(0, 0, max(width, 60), 10_000)
        return super().sizeHint(measured, index)


class _OutlineTree(QTreeWidget):
    """The course outline: titles wrap, and re-wrap when the column changes width."""

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.doItemsLayout()


class CourseView(QWidget):
    """The Curso section. Emits `wrote` after anything is queued, for the status bar."""

    wrote = Signal()

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.course_id: str | None = None
        self.facilitator = False
        self.current: tuple[str, str] | None = None   # (kind, id) shown on the right
        self._file_names: dict[str, str] = {}          # sha256 -> name, for opening
        self.review_id: str | None = None

        self.tree = _OutlineTree()
        self.tree.setItemDelegate(_WrappingTitles(self.tree))
        self.tree.setObjectName("courseTree")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.ElideNone)
        self.tree.setUniformRowHeights(False)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.tree.setIndentation(16)
        self.tree.currentItemChanged.connect(self._item_changed)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_home())
        self.pages.addWidget(self._build_lesson())
        self.pages.addWidget(self._build_task())
        self.pages.addWidget(self._build_review())
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 760])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(splitter)
        self._draft_timer = QTimer(self, singleShot=True, interval=500)
        self._draft_timer.timeout.connect(self._save_draft)
        self.reload()

    # ---- pages ------------------------------------------------------------------

    def _build_home(self) -> QWidget:
        page = QWidget()
        self.home_title = _label("", "pageTitle")
        self.home_text = _label("", "pageText")
        self.home_progress = QProgressBar()
        self.home_progress.setMaximumWidth(420)
        self.home_news = SafeTextBrowser()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 12, 12, 12)
        layout.addWidget(self.home_title)
        layout.addWidget(self.home_text)
        layout.addWidget(self.home_progress)
        news_row = QHBoxLayout()
        news_row.addWidget(_label(self.tr("Avisos del curso"), "sectionTitle"), 1)
        self.announce_button = QPushButton(self.tr("Publicar un aviso"))
        self.announce_button.clicked.connect(self._announce)
        self.announce_button.hide()
        news_row.addWidget(self.announce_button)
        layout.addLayout(news_row)
        layout.addWidget(self.home_news, 1)
        return page

    def _announce(self):
        """Facilitators: write an announcement for the course (queued when accepted)."""
        from app.ui.forums_view import NewThreadDialog
        course_id = self.course_id
        dialog = NewThreadDialog(
            "", parent=self,
            save=lambda title, body: course.post_announcement(self.store, course_id, title,
                                                              body))
        dialog.setWindowTitle(self.tr("Nuevo aviso para el curso"))
        dialog.title.setPlaceholderText(self.tr("Por ejemplo: Cambio de fecha de la tarea 2"))
        dialog.publish.setText(self.tr("Publicar aviso"))
        dialog.note.setText(self.tr("Puede escribir sin conexión: el aviso llegará a los "
                                    "participantes después de la próxima sincronización."))

        def published() -> None:
            self.wrote.emit()
            self.reload()
        dialog.accepted.connect(published)
        dialog.open()
        return dialog

    def _build_lesson(self) -> QWidget:
        page = QWidget()
        self.lesson_reader = SafeTextBrowser(
            images=lambda sha: files.cache(self.store).path_for(sha))
        self.lesson_reader.setObjectName("lessonReader")
        self.lesson_reader.anchorClicked.connect(self._open_link)
        self.lesson_files = _label("", "hint")
        self.lesson_files.setTextFormat(Qt.RichText)
        self.lesson_files.linkActivated.connect(lambda link: self._open_link(QUrl(link)))
        self.complete_button = QPushButton(self.tr("Marcar como completada"))
        self.complete_button.setObjectName("primary")
        self.complete_button.clicked.connect(self._complete_lesson)
        row = QHBoxLayout()
        row.addWidget(self.lesson_files, 1)
        row.addWidget(self.complete_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.lesson_reader, 1)
        layout.addLayout(row)
        return page

    def _build_task(self) -> QWidget:
        page = QWidget()
        self.task_reader = SafeTextBrowser()
        self.task_due = _label("", "dueLabel")
        self.task_state = _label("", "hint")
        self.task_editor = QPlainTextEdit()
        self.task_editor.setObjectName("submissionEditor")
        self.task_editor.setPlaceholderText(self.tr(
            "Escriba aquí su trabajo. Se guarda automáticamente mientras escribe, aunque se "
            "apague la computadora."))
        self.task_editor.textChanged.connect(lambda: self._draft_timer.start())
        self.submit_button = QPushButton(self.tr("Entregar"))
        self.submit_button.setObjectName("primary")
        self.submit_button.clicked.connect(self._submit)
        self.task_files = _label("", "hint")
        self.task_files.setTextFormat(Qt.RichText)
        self.task_files.linkActivated.connect(lambda link: self._open_link(QUrl(link)))
        self.attach_button = QPushButton(self.tr("Adjuntar archivo…"))
        self.attach_button.clicked.connect(self._attach)
        files_row = QHBoxLayout()
        files_row.addWidget(self.task_files, 1)
        files_row.addWidget(self.attach_button)
        row = QHBoxLayout()
        row.addWidget(self.task_state, 1)
        row.addWidget(self.submit_button)
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.task_reader)
        splitter.addWidget(self.task_editor)
        splitter.setSizes([320, 260])
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.task_due)
        layout.addWidget(splitter, 1)
        layout.addLayout(files_row)
        layout.addLayout(row)
        return page

    def _build_review(self) -> QWidget:
        page = QWidget()
        self.review_title = _label("", "sectionTitle")
        self.review_list = QListWidget()
        self.review_list.setObjectName("reviewList")
        self.review_list.currentItemChanged.connect(self._review_changed)
        self.review_reader = SafeTextBrowser()
        self.review_reader.anchorClicked.connect(self._open_link)
        self.feedback_box = QPlainTextEdit()
        self.feedback_box.setPlaceholderText(self._feedback_hint(""))
        self.feedback_box.setMaximumHeight(140)
        self.feedback_box.textChanged.connect(lambda: self._draft_timer.start())
        self.grade = QLineEdit()
        self.grade.setPlaceholderText(self.tr("Calificación (por ejemplo: A, 16, Logrado)"))
        self.grade.setMaxLength(40)
        self.return_button = QPushButton(self.tr("Devolver con comentarios"))
        self.return_button.setObjectName("primary")
        self.return_button.clicked.connect(self._ask_to_return)
        self.correct_button = QPushButton(self.tr("Corregir comentarios"))
        self.correct_button.clicked.connect(self._start_correction)
        self.correct_button.hide()
        self.correcting: str | None = None     # id of the feedback version being corrected
        # Returning cannot be taken back (a correction is a new version the participant
        # sees marked): ask first, inside the page, without a modal dialog.
        self.confirm_text = _label("", "warning")
        self.confirm_yes = QPushButton(self.tr("Sí, devolver"))
        self.confirm_yes.setObjectName("primary")
        self.confirm_yes.clicked.connect(self._give_feedback)
        self.confirm_no = QPushButton(self.tr("Seguir editando"))
        self.confirm_no.clicked.connect(lambda: self._confirming(False))
        self.review_state = _label("", "hint")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.review_reader, 1)
        right_layout.addWidget(self.feedback_box)
        row = QHBoxLayout()
        row.addWidget(self.grade, 1)
        row.addWidget(self.correct_button)
        row.addWidget(self.return_button)
        right_layout.addLayout(row)
        confirm = QHBoxLayout()
        confirm.addWidget(self.confirm_text, 1)
        confirm.addWidget(self.confirm_no)
        confirm.addWidget(self.confirm_yes)
        right_layout.addLayout(confirm)
        right_layout.addWidget(self.review_state)
        self._confirming(False)
        splitter = QSplitter()
        splitter.addWidget(self.review_list)
        splitter.addWidget(right)
        splitter.setSizes([260, 540])
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.review_title)
        layout.addWidget(splitter, 1)
        return page

    # ---- outline ----------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the outline from the store (after a sync), keeping what is shown."""
        courses = course.list_courses(self.store)
        keep = self.current
        self.tree.blockSignals(True)
        self.tree.clear()
        if not courses:
            self.course_id = None
            self.tree.blockSignals(False)
            self.home_title.setText(self.tr("Curso"))
            self.home_text.setText(self.tr(
                "Todavía no hay un curso en este equipo. Si ya está inscrito, sincronice para "
                "recibirlo; si no, consulte a su formador o formadora."))
            self.home_progress.hide()
            self.home_news.clear()
            self.pages.setCurrentIndex(HOME)
            return
        info = courses[0]  # one course per person today; the tree holds it whole
        self.course_id = info.id
        self.facilitator = info.role == "facilitator"
        top = QTreeWidgetItem([info.title])
        top.setData(0, KIND, "course")
        top.setData(0, ITEM_ID, info.id)
        bold = QFont(self.tree.font())
        bold.setBold(True)
        top.setFont(0, bold)
        self.tree.addTopLevelItem(top)
        for number, module in enumerate(course.outline(self.store, info.id), 1):
            node = QTreeWidgetItem([module.title])
            node.setData(0, KIND, "module")
            node.setFont(0, bold)
            node.setFlags(node.flags() & ~Qt.ItemIsSelectable)
            top.addChild(node)
            for place, item in enumerate(module.lessons, 1):
                # Numbered: lessons in two parts share their first words ("Los principios
                # del aprendizaje dialógico (I)… (II)"), and a narrow outline cuts the rest.
                title = f"{number}.{place} {item.title}"
                mark = {"completed": "✓ ", "read": "· "}.get(item.state or "", "   ")
                child = QTreeWidgetItem([mark + title])
                child.setData(0, KIND, "lesson")
                child.setData(0, ITEM_ID, item.id)
                child.setToolTip(0, tip(f"{title} — {self._lesson_state_text(item.state)}"))
                node.addChild(child)
            for item in module.assignments:
                text = item.title if item.title.lower().startswith("tarea") else \
                    self.tr("Tarea: %1").replace("%1", item.title)
                waiting = self.facilitator and item.to_review
                if waiting:  # first, so a narrow outline still shows it
                    text = self.tr("(%n por revisar)", "", item.to_review) + " " + text
                elif item.submission_state:
                    text += "  " + self._submission_short(item.submission_state)
                child = QTreeWidgetItem([text])
                if waiting:
                    child.setFont(0, bold)
                if not self.facilitator and item.submission_state == "returned":
                    # Comments are waiting to be read: a mark that a glance finds.
                    child.setIcon(0, self.style().standardIcon(QStyle.SP_MessageBoxInformation))
                    child.setData(0, RETURNED, True)
                child.setToolTip(0, tip(text))
                child.setData(0, KIND, "assignment")
                child.setData(0, ITEM_ID, item.id)
                node.addChild(child)
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self._fill_home(info)
        self._select(keep or ("course", info.id))

    def _select(self, target: tuple[str, str]) -> None:
        it = self.tree.invisibleRootItem()
        stack = [it.child(i) for i in range(it.childCount())]
        while stack:
            item = stack.pop()
            if (item.data(0, KIND), item.data(0, ITEM_ID)) == target:
                self.tree.setCurrentItem(item)
                return
            stack.extend(item.child(i) for i in range(item.childCount()))
        self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def open_item(self, kind: str, item_id: str) -> None:
        self._select((kind, item_id))

    def _item_changed(self, item, _previous=None) -> None:
        self._save_draft()
        if item is None:
            return
        kind, item_id = item.data(0, KIND), item.data(0, ITEM_ID)
        if kind == "lesson":
            self._show_lesson(item_id)
        elif kind == "assignment":
            if self.facilitator:
                self._show_review(item_id)
            else:
                self._show_task(item_id)
        else:
            self.current = ("course", self.course_id)
            self.pages.setCurrentIndex(HOME)

    def _fill_home(self, info: course.CourseItem) -> None:
        self.announce_button.setVisible(self.facilitator)
        self.home_title.setText(info.title)
        self.home_text.setText(info.description)
        self.home_progress.setVisible(info.lessons_total > 0 and not self.facilitator)
        self.home_progress.setRange(0, max(1, info.lessons_total))
        self.home_progress.setValue(info.lessons_done)
        self.home_progress.setFormat(self.tr("%1 de %2 lecciones completadas")
                                     .replace("%1", str(info.lessons_done))
                                     .replace("%2", str(info.lessons_total)))
        news = course.announcements(self.store, info.id)
        if not news:
            self.home_news.setHtml("<p class='muted'>" + html.escape(self.tr(
                "Aún no hay avisos.")) + "</p>")
            return
        parts = []
        for a in news:
            pending = (" <span class='pending'>" + html.escape(self.tr("Pendiente de envío"))
                       + "</span>") if a.sync_state == "pending" else ""
            parts.append(f"<h3>{html.escape(a.title)}</h3><p class='muted'>"
                         f"{html.escape(a.author)} · {html.escape(when(a.created_at))}"
                         f"{pending}</p>{to_html(a.body)}")
        self.home_news.setHtml("".join(parts))

    def _lesson_state_text(self, state: str | None) -> str:
        return {"completed": self.tr("Completada"), "read": self.tr("Leída")}.get(
            state or "", self.tr("Sin leer"))

    def _submission_short(self, state: str) -> str:
        return {"queued": self.tr("(en cola para enviar)"),
                "received": self.tr("(entregada)"),
                "returned": self.tr("(devuelta con comentarios)"),
                "rejected": self.tr("(no aceptada)")}.get(state, "")

    # ---- lessons ----------------------------------------------------------------

    def _show_lesson(self, lesson_id: str) -> None:
        view = course.lesson(self.store, lesson_id)
        if view is None:
            return
        self.current = ("lesson", lesson_id)
        body = lesson_markdown(view.body, view.attachments, files.cache(self.store))
        page = to_html(body, record_files(view.attachments)).replace(
            '<img src="minka:img/', '<img width="560" src="minka:img/')
        self.lesson_reader.setHtml(f"<h1>{html.escape(view.title)}</h1>{page}")
        self._file_names.update({a["sha256"]: a["name"] for a in view.attachments})
        self.lesson_files.setText(self._file_links(view.attachments))
        done = view.state == "completed"
        self.complete_button.setEnabled(not done)
        self.complete_button.setText(self.tr("Lección completada") if done
                                     else self.tr("Marcar como completada"))
        self.pages.setCurrentIndex(LESSON)
        if view.state is None:
            course.mark_lesson(self.store, lesson_id, "read")
            self.wrote.emit()

    def _file_links(self, refs: list[dict], removable: bool = False) -> str:
        """Links to open files; files not here yet are named, with when they will come."""
        if not refs:
            return ""
        local = files.cache(self.store)
        damaged = files.damaged_files(self.store)
        parts = []
        for ref in refs:
            self._file_names[ref["sha256"]] = ref["name"]
            name = html.escape(ref["name"])
            size = size_text(ref["size"])
            if ref["sha256"] in damaged and not local.has(ref["sha256"]):
                item = f"{name} (" + html.escape(self.tr(
                    "dañado en el servidor: no se pudo recibir; pida que lo adjunten de "
                    "nuevo")) + ")"
            elif local.has(ref["sha256"]):
                item = f"<a href='minka:file/{ref['sha256']}'>{name}</a> ({size})"
            else:
                item = f"{name} ({size}, " + html.escape(self.tr("llegará al sincronizar")) + ")"
            if removable:
                item += f" <a href='minka:remove/{ref['sha256']}'>" + html.escape(
                    self.tr("quitar")) + "</a>"
            parts.append(item)
        return html.escape(self.tr("Archivos:")) + " " + " · ".join(parts)

    def _complete_lesson(self) -> None:
        if self.current and self.current[0] == "lesson":
            course.mark_lesson(self.store, self.current[1], "completed")
            self.wrote.emit()
            self.reload()

    def _open_link(self, url) -> None:
        from PySide6.QtGui import QDesktopServices
        text = url.toString()
        if text.startswith("minka:file/"):
            sha = text.split("/", 1)[1]
            name = self._file_names.get(sha, "archivo")
            try:
                path = files.open_copy(self.store, sha, name)
            except UserError as exc:
                self.lesson_files.setText(html.escape(problem(exc.code)))
                return
            if path is None:
                self.lesson_files.setText(html.escape(self.tr(
                    "El archivo «%1» llegará con la próxima sincronización.").replace(
                    "%1", name)))
            else:
                open_file(self, path, name)
        elif text.startswith("minka:remove/") and self.current:
            course.detach_file(self.store, self.current[1], text.split("/", 1)[1])
            self._show_files()
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

    # ---- assignments (participant) ------------------------------------------------

    def _draft_key(self) -> str | None:
        if not (self.current and self.current[0] == "assignment"):
            return None
        if not self.facilitator:
            return f"submission:{self.current[1]}"
        return f"feedback:{self.review_id}" if self.review_id else None

    def _save_draft(self) -> None:
        self._draft_timer.stop()
        key = self._draft_key()
        if key is None:
            return
        editor = self.task_editor if key.startswith("submission:") else self.feedback_box
        course.save_draft(self.store, key, editor.toPlainText())

    def _show_task(self, assignment_id: str) -> None:
        view = course.assignment(self.store, assignment_id)
        if view is None:
            return
        self.current = ("assignment", assignment_id)
        parts = [f"<h1>{html.escape(view.title)}</h1>"]
        mine = view.mine
        shown = mine.visible if mine else None
        if shown is not None:
            # What the participant came back for comes first, above the instructions.
            parts.append(self._feedback_html(shown, mine.corrected,
                                             self.tr("Comentarios de %1").replace(
                                                 "%1", shown.author or self.tr("su formador "
                                                                               "o formadora"))))
            parts.append("<hr><h2>" + html.escape(self.tr("Instrucciones")) + "</h2>")
        parts.append(to_html(view.instructions))
        if mine and mine.state in ("received", "returned", "queued"):
            parts.append("<h2>" + html.escape(self.tr("Lo que entregó")) + "</h2>"
                         + to_html(mine.text, record_files(mine.attachments)))
        self.task_reader.setHtml("".join(parts))
        self._show_due(view)
        self._show_task_state(view)
        draft = course.load_draft(self.store, f"submission:{assignment_id}")
        if not draft and mine:
            draft = mine.text
        self.task_editor.blockSignals(True)
        self.task_editor.setPlainText(draft)
        self.task_editor.blockSignals(False)
        graded = bool(mine and mine.state == "returned")
        self.task_editor.setReadOnly(graded)
        self.submit_button.setEnabled(not graded)
        self.attach_button.setEnabled(not graded)
        self._show_files(mine.attachments if graded else None)
        self.submit_button.setText(self.tr("Entregar de nuevo") if mine and mine.state in (
            "received", "queued") else self.tr("Entregar"))
        self.pages.setCurrentIndex(TASK)

    def _feedback_html(self, f: course.FeedbackItem, corrected: bool, heading: str) -> str:
        """One feedback version: heading, grade (only if there is one), when, the text."""
        out = [f"<h2>{html.escape(heading)}</h2>"]
        if f.grade:
            out.append("<p><b>" + html.escape(self.tr("Calificación: %1").replace(
                "%1", f.grade)) + "</b></p>")
        details = [when(f.created_at)]
        if corrected:
            details.append(self.tr("corregida"))
        if f.sync_state == "pending":
            details.append(self.tr("pendiente de envío"))
        out.append(f"<p class='muted'>{html.escape(' · '.join(details))}</p>")
        out.append(to_html(f.body))
        return "".join(out)

    def _show_due(self, view: course.AssignmentView) -> None:
        status = course.due_status(view.due_at)
        if status == "none":
            self.task_due.setText(self.tr("Sin fecha límite."))
        elif status == "passed":
            self.task_due.setText(self.tr("La fecha límite ya pasó (%1).").replace(
                "%1", peru_when(view.due_at)) + " " + (
                self.tr("El curso todavía acepta entregas tardías.") if view.late_allowed
                else self.tr("El curso ya no acepta entregas para esta tarea.")))
        elif status == "soon":
            self.task_due.setText("⚠ " + self.tr("Entregue pronto: la fecha límite es %1.")
                                  .replace("%1", peru_when(view.due_at)))
        else:
            # in Peru's time, as the course set it: a computer set to another zone would
            # otherwise move the deadline by hours
            self.task_due.setText(self.tr("Fecha límite: %1.")
                                  .replace("%1", peru_when(view.due_at)))
        self.task_due.setProperty("warning", status in ("soon", "passed"))
        self.task_due.style().unpolish(self.task_due)
        self.task_due.style().polish(self.task_due)

    def _show_task_state(self, view: course.AssignmentView) -> None:
        mine = view.mine
        if mine is None:
            text = self.tr("Aún no ha entregado. Su borrador se guarda en este equipo.")
        elif mine.state == "queued":
            text = self.tr("En cola: se enviará en la próxima sincronización.")
        elif mine.state == "received":
            text = self.tr("Entregada (%1). El servidor la recibió; espere los comentarios.") \
                .replace("%1", when(mine.submitted_at)) if mine.submitted_at else \
                self.tr("Entregada.")
        elif mine.state == "returned":
            shown = mine.visible
            text = (self.tr("Devuelta con comentarios. Esta tarea ya fue calificada: %1.")
                    .replace("%1", shown.grade) if shown and shown.grade
                    else self.tr("Devuelta con comentarios."))
            if mine.corrected:
                text += " " + self.tr("Los comentarios fueron corregidos (%1).").replace(
                    "%1", when(shown.created_at))
        else:
            text = self.tr("No fue aceptada: %1 Su texto se conserva abajo.").replace(
                "%1", problem(mine.reject_code or ""))
        self.task_state.setText(text)

    def _show_files(self, handed_in: list[dict] | None = None) -> None:
        if handed_in is not None:
            self.task_files.setText(self._file_links(handed_in))
            return
        refs = [f.model_dump() for f in course.draft_files(self.store, self.current[1])]
        self.task_files.setText(self._file_links(refs, removable=True) or html.escape(
            self.tr("Puede adjuntar fotos, documentos o audio (hasta el límite del curso).")))

    def _attach(self) -> None:
        path = choose_file(self, self.tr("Adjuntar un archivo"))
        if path:
            self.attach_path(path)

    def attach_path(self, path: str) -> None:
        """Copy the file into the profile off the GUI thread; the draft lists it when done."""
        assignment_id = self.current[1]
        self.attach_button.setEnabled(False)
        self.task_files.setText(html.escape(self.tr("Guardando una copia del archivo…")))

        def done(_ref) -> None:
            self.attach_button.setEnabled(True)
            if self.current == ("assignment", assignment_id):
                self._show_files()

        def failed(exc: Exception) -> None:
            self.attach_button.setEnabled(True)
            self._show_files()
            code = exc.code if isinstance(exc, UserError) else "file_not_found"
            self.task_state.setText(problem(code))
        run_in_background(self, lambda: course.attach_file(self.store, assignment_id, path),
                          done, failed)

    def _submit(self) -> None:
        if not (self.current and self.current[0] == "assignment"):
            return
        assignment_id = self.current[1]
        self._save_draft()
        try:
            course.submit(self.store, assignment_id, self.task_editor.toPlainText(),
                          course.draft_files(self.store, assignment_id))
        except UserError as exc:
            self.task_state.setText(problem(exc.code))
            return
        self.wrote.emit()
        self.reload()
        self._show_task(assignment_id)

    # ---- review (facilitator) ------------------------------------------------------

    def _show_review(self, assignment_id: str) -> None:
        view = course.assignment(self.store, assignment_id)
        if view is None:
            return
        self.current = ("assignment", assignment_id)
        self.review_title.setText(view.title)
        keep = self.review_id
        self.review_list.blockSignals(True)
        self.review_list.clear()
        items = course.submissions_to_review(self.store, assignment_id)
        for sub in items:
            waiting = sub.state == "received"
            label = sub.participant + "\n" + (self.tr("Por revisar") if waiting
                                              else self.tr("Devuelta"))
            item = QListWidgetItem(label)
            item.setData(Qt.UserRole, sub.id)
            self.review_list.addItem(item)
            if sub.id == keep:
                self.review_list.setCurrentItem(item)
        self.review_list.blockSignals(False)
        if not items:
            self.review_reader.setHtml("<p>" + html.escape(self.tr(
                "Todavía no hay entregas de esta tarea en este equipo.")) + "</p>")
            self.review_id = None
            self._review_controls(False)
        elif self.review_list.currentItem() is None:
            self.review_list.setCurrentRow(0)
        else:
            self._review_changed(self.review_list.currentItem())
        self.pages.setCurrentIndex(REVIEW)

    def _review_controls(self, enabled: bool) -> None:
        for widget in (self.feedback_box, self.grade, self.return_button):
            widget.setEnabled(enabled)

    def _review_changed(self, item, _previous=None) -> None:
        self._save_draft()
        self.review_id = item.data(Qt.UserRole) if item else None
        sub = next((s for s in course.submissions_to_review(self.store, self.current[1])
                    if s.id == self.review_id), None)
        if sub is None:
            return
        # by name: like «su formador o formadora», the app never guesses anyone's gender
        self.feedback_box.setPlaceholderText(self._feedback_hint(sub.participant))
        parts = [f"<h2>{html.escape(sub.participant)}</h2>"]
        if sub.participant_detail:
            parts.append(f"<p class='muted'>{html.escape(sub.participant_detail)}</p>")
        if sub.submitted_at:
            parts.append("<p class='muted'>" + html.escape(self.tr("Entregada: %1").replace(
                "%1", when(sub.submitted_at))) + "</p>")
        parts.append(to_html(sub.text, record_files(sub.attachments)))
        if sub.attachments:
            parts.append("<p>" + self._file_links(sub.attachments) + "</p>")
        shown = sub.visible
        if shown is not None:
            parts.append(self._feedback_html(shown, sub.corrected, self.tr("Sus comentarios")
                                             if shown.author == self._my_name()
                                             else self.tr("Comentarios de %1").replace(
                                                 "%1", shown.author)))
        for f in sub.refused:
            parts.append("<h3>" + html.escape(self.tr("No llegó al participante")) + "</h3>"
                         "<p class='muted'>" + html.escape(problem(f.reject_code or ""))
                         + "</p>" + to_html(f.body))
        self.review_reader.setHtml("".join(parts))
        self.correcting = None
        done = shown is not None
        self._review_controls(not done)
        self.correct_button.setVisible(done)
        self.correct_button.setEnabled(done and shown.sync_state != "pending")
        self.return_button.setText(self.tr("Devolver con comentarios"))
        self._confirming(False)
        self.feedback_box.blockSignals(True)
        self.feedback_box.setPlainText("" if done else course.load_draft(
            self.store, f"feedback:{sub.id}"))
        self.feedback_box.blockSignals(False)
        self.review_state.setText(self.tr("Ya devolvió esta entrega. Si hace falta, puede "
                                          "corregir sus comentarios.") if done else "")

    def _my_name(self) -> str:
        from app.services.account import current_account
        acct = current_account(self.store)
        return acct.display_name if acct else ""

    def _start_correction(self) -> None:
        """Write a corrected version over the one the participant sees now."""
        sub = self._reviewed()
        if sub is None or sub.visible is None:
            return
        self.correcting = sub.visible.id
        self._review_controls(True)
        self.correct_button.hide()
        self.feedback_box.setPlainText(sub.visible.body)
        self.grade.setText(sub.visible.grade)
        self.return_button.setText(self.tr("Enviar corrección"))
        self.review_state.setText(self.tr("El participante verá la nueva versión, marcada "
                                          "como corregida."))
        self.feedback_box.setFocus()

    def _reviewed(self):
        if not (self.review_id and self.current):
            return None
        return next((s for s in course.submissions_to_review(self.store, self.current[1])
                     if s.id == self.review_id), None)

    def _confirming(self, on: bool) -> None:
        for widget in (self.confirm_text, self.confirm_yes, self.confirm_no):
            widget.setVisible(on)
        self.return_button.setVisible(not on)

    def _ask_to_return(self) -> None:
        sub = self._reviewed()
        if sub is None:
            return
        if not self.feedback_box.toPlainText().strip():
            self.review_state.setText(problem("empty_feedback"))
            return
        grade = self.grade.text().strip()
        if self.correcting:
            text = self.tr("¿Enviar la corrección a %1? Verá la nueva versión en lugar de la "
                           "anterior, marcada como corregida.")
        elif grade:
            text = self.tr("¿Devolver la entrega de %1 con estos comentarios y la "
                           "calificación %2? Después solo podrá enviar una corrección.")
        else:
            text = self.tr("¿Devolver la entrega de %1 con estos comentarios, sin "
                           "calificación? Después solo podrá enviar una corrección.")
        self.confirm_text.setText(text.replace("%1", sub.participant).replace("%2", grade))
        self.confirm_yes.setText(self.tr("Sí, enviar la corrección") if self.correcting
                                 else self.tr("Sí, devolver"))
        self._confirming(True)

    def _feedback_hint(self, participant: str) -> str:
        if participant:
            return self.tr("Sus comentarios para %1: qué logró, qué puede mejorar.").replace(
                "%1", participant)
        return self.tr("Sus comentarios: qué logró, qué puede mejorar.")

    def _give_feedback(self) -> None:
        self._confirming(False)
        if not self.review_id:
            return
        try:
            course.give_feedback(self.store, self.review_id, self.feedback_box.toPlainText(),
                                 self.grade.text(), replaces=self.correcting)
        except UserError as exc:
            self.review_state.setText(problem(exc.code))
            return
        self.correcting = None
        course.save_draft(self.store, f"feedback:{self.review_id}", "")
        self.grade.clear()
        self.wrote.emit()
        assignment_id = self.current[1]
        self.reload()
        self._show_review(assignment_id)
