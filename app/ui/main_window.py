"""The main window: sections on the left, the chosen section, sync in the status bar."""
from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (QHBoxLayout, QListWidget, QMainWindow,
                               QProgressBar, QPushButton, QStackedWidget, QWidget)

from app.ui.fit import ElidedLabel, WrapLabel
from app.ui.messages import problem
from app.ui.pages import HomePage
from app.ui.tasks import run_in_background
from app.ui.timefmt import when, zone_differs_from_peru
from app.ui import window_state
from app.ui.plaintext import message

# The sections, the store and the sync (SQLAlchemy, pydantic, requests) are imported in
# `attach`, after the first paint: see app/services/first_look.py.

log = logging.getLogger(__name__)
HOME, COURSE, REPOSITORY, FORUMS, GROUPS, DEBATES, WALL, DIRECTORY, SURVEYS, STATS = range(10)
REVIEW = 10   # moderators only: reported writing (app/ui/review_view.py)
SECTIONS = (COURSE, REPOSITORY, FORUMS, GROUPS, DEBATES, WALL, DIRECTORY, SURVEYS,
            STATS, REVIEW)  # built from the store


class SectionStack(QStackedWidget):
    """The sections, one at a time: only the one shown sets how small the window may be.

    QStackedWidget asks for the widest of all its pages, shown or not, and a page never
    shown yet may report sizes from before its first layout; a section out of sight must
    not keep the window wider than the screen."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.currentChanged.connect(lambda _i: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()

    def sizeHint(self) -> QSize:  # noqa: N802
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()


class MainWindow(QMainWindow):
    """With a store, built whole at once. With only the profile's first look (the start
    of the app), the window paints Inicio from it and `attach` brings the store and the
    other sections once it has painted; `ready` says they are there."""

    ready = Signal()

    def __init__(self, store=None, account=None, auto_sync: bool | None = None, parent=None,
                 *, look=None):
        super().__init__(parent)
        self.store = None
        self.account = account
        self.attached = False
        self._after_attach: list = []
        self._sections: dict = {}
        if store is not None:
            from app.store import meta
            with store.session() as s:
                language = meta.get(s, "language", "es")
                if auto_sync is None:
                    auto_sync = meta.get(s, "auto_sync", "1") == "1"
            profile_dir, display_name = store.profile_dir, account.display_name
        else:
            profile_dir, display_name, language = look.profile_dir, look.display_name, look.language
            auto_sync = look.auto_sync if auto_sync is None else auto_sync
        self.setWindowTitle(self.tr("Minka — %1").replace("%1", display_name))
        # Remembered size and place, or one that fits the screen; show_on_screen opens it.
        self._window_settings = window_state.settings_for(profile_dir)
        self._open_maximized = window_state.restore(self, self._window_settings)

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        for label in (self.tr("Inicio"), self.tr("Curso"), self.tr("Repositorio"),
                      self.tr("Foros"), self.tr("Grupos"), self.tr("Debates"),
                      self.tr("Muro"), self.tr("Directorio"), self.tr("Encuestas"),
                      self.tr("Estadísticas"), self.tr("Revisar")):
            self.nav.addItem(label)
        # Shown once the account is known to moderate (attach).
        self.nav.item(REVIEW).setHidden(True)
        self.nav.setFixedWidth(190)
        self.home = HomePage(None, display_name, profile_dir=profile_dir)
        self.stack = SectionStack()
        self.stack.addWidget(self.home)
        for _ in SECTIONS:
            # Until the section is built (at most the moment before the store is open).
            self.stack.addWidget(WrapLabel(self.tr("Abriendo…"), "pageText"))
        self.nav.currentRowChanged.connect(self._section_changed)
        self.home.open_thread.connect(self.open_thread)
        self.home.open_assignment.connect(self.open_assignment)
        self.home.open_debate.connect(self.open_debate)
        self.home.open_link.connect(self.open_link)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        # status bar: last sync · pending · progress · connection · button
        # One line each, shortened with "…" when the window is narrow (the whole text is
        # what a screen reader and the tooltip of the connection give).
        self.last_sync_label = ElidedLabel()
        self.pending_label = ElidedLabel()
        self.pending_label.setObjectName("pendingLabel")
        self.connection_label = ElidedLabel()
        self.progress = QProgressBar()
        self.progress.setMinimumWidth(250)
        self.progress.setMaximumWidth(280)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.sync_button = QPushButton(self.tr("Sincronizar ahora"))
        self.sync_button.setObjectName("primary")
        self.sync_button.clicked.connect(self.sync_now)
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        bar.addWidget(self.last_sync_label)
        bar.addWidget(self.pending_label)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.connection_label)
        bar.addPermanentWidget(self.sync_button)
        self._build_menu(auto_sync, language)
        self.nav.setCurrentRow(HOME)
        self._auto_sync = auto_sync
        if store is not None:
            self.attach(store, account)
        else:
            self.home.show_home(look.home)
            self._show_status(look.home.status)

    # ---- the store, after the first paint ------------------------------------------

    def attach_after_first_paint(self, opener) -> None:
        """Call `opener()` -> (store, account) once the window has painted, and attach.

        The sections are then built when first opened. `opener` may return None (the
        window then closes: nothing to show)."""
        def start():
            if self.attached or getattr(self, "_opening", False):
                return
            self._opening = True
            try:
                opened = opener()
            except Exception as exc:
                # Before, this ended the start with a traceback; now the painted window
                # says so in Spanish and closes.
                log.error("could not open the profile's store: %s", exc, exc_info=True)
                message(self, self.tr("Minka"), self.tr(
                    "No se pudieron abrir sus datos en esta computadora. Cierre otras "
                    "ventanas de Minka y vuelva a abrirlo; si el problema sigue, pida "
                    "ayuda a su formador o formadora."))
                self.close()
                return
            if opened is None:
                self.close()
                return
            self.attach(*opened, sections_on_demand=True)

        class FirstPaint(QObject):
            def eventFilter(self, watched, event):  # noqa: N802
                if event.type() == QEvent.Type.Paint:
                    watched.removeEventFilter(self)
                    QTimer.singleShot(0, start)
                return False
        self._first_paint_filter = FirstPaint(self)
        self.installEventFilter(self._first_paint_filter)
        # A window that is not painted (minimised at once, no screen) still gets its store.
        QTimer.singleShot(1000, start)

    def attach(self, store, account, *, sections_on_demand: bool = False) -> None:
        """The store: Inicio and the status bar go live, and the sync starts.

        Built with the window, every section is built at once. Attached
        after the first paint, a section is built the first time it is opened (or asked
        for): a start builds only what the person looks at, in time and in memory."""
        from app.ui.sync_controller import SyncController
        self.store = store
        self.account = account
        self.sync = SyncController(store, self, auto=self._auto_sync)
        self.sync.started.connect(self._sync_started)
        self.sync.progress.connect(self._sync_progress)
        self.sync.finished.connect(self._sync_finished)
        self.sync.failed.connect(self._sync_failed)
        self.sync.reachability.connect(self._reachability)
        self.attached = True
        self.deliver_action.setVisible(account.role in ("facilitator", "admin"))
        self.returns_action.setVisible(account.role in ("facilitator", "admin"))
        self.nav.item(REVIEW).setHidden(account.role not in ("facilitator", "admin"))
        self.code_action.setVisible(not account.confirmed)
        if not sections_on_demand:
            for index in SECTIONS:
                self._section(index)
        self.home.attach(store)
        self.refresh_status()
        self._warn_about_zone()
        shown = self.stack.currentIndex()
        if shown in SECTIONS:
            self._section(shown)
        for call in self._after_attach:
            call()
        self._after_attach.clear()
        self.ready.emit()

    def _section(self, index: int):
        """The section's view, built (in place of its placeholder) the first time."""
        view = self._sections.get(index)
        if view is not None or not self.attached:
            return view
        if index in (FORUMS, GROUPS):
            from app.ui.forums_view import ForumsView
            view = ForumsView(self.store, in_groups=index == GROUPS)
            if index == GROUPS:
                view.setObjectName("groupsView")
        elif index == DEBATES:
            from app.ui.debates_view import DebatesView
            view = DebatesView(self.store)
        elif index == WALL:
            from app.ui.wall_view import WallView
            view = WallView(self.store)
        elif index == DIRECTORY:
            from app.ui.directory_view import DirectoryView
            view = DirectoryView(self.store)
        elif index == SURVEYS:
            from app.ui.surveys_view import SurveysView
            view = SurveysView(self.store)
        elif index == STATS:
            from app.ui.stats_view import StatsView
            view = StatsView(self.store)
        elif index == REVIEW:
            from app.ui.review_view import ReviewView
            view = ReviewView(self.store)
            view.open_proposals.connect(self.open_proposals)
        elif index == COURSE:
            from app.ui.course_view import CourseView
            view = CourseView(self.store)
        else:
            from app.ui.repository_view import RepositoryView
            view = RepositoryView(self.store)
            view.evicted.connect(self._made_room)
        view.wrote.connect(self.refresh_status)
        self._sections[index] = view
        placeholder = self.stack.widget(index)
        shown = self.stack.currentIndex()
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.insertWidget(index, view)
        self.stack.setCurrentIndex(shown)
        return view

    @property
    def forums(self):
        return self._section(FORUMS)

    @property
    def course(self):
        return self._section(COURSE)

    @property
    def repository(self):
        return self._section(REPOSITORY)

    @property
    def groups(self):
        return self._section(GROUPS)

    @property
    def debates(self):
        return self._section(DEBATES)

    @property
    def wall(self):
        return self._section(WALL)

    @property
    def directory(self):
        return self._section(DIRECTORY)

    @property
    def surveys(self):
        return self._section(SURVEYS)

    @property
    def stats(self):
        return self._section(STATS)

    @property
    def review(self):
        return self._section(REVIEW)

    def open_proposals(self) -> None:
        """The repository's proposals waiting for a decision (from Revisar)."""
        self.nav.setCurrentRow(REPOSITORY)
        self.repository.show_review()

    def _when_attached(self, call) -> None:
        """What the person asked for in the moment before the store was open."""
        if self.attached:
            call()
        else:
            self._after_attach.append(call)

    def _build_menu(self, auto_sync: bool, current: str) -> None:
        menu = self.menuBar().addMenu(self.tr("&Minka"))
        sync_action = QAction(self.tr("Sincronizar ahora"), self)
        sync_action.setShortcut(QKeySequence("F5"))
        sync_action.triggered.connect(self.sync_now)
        menu.addAction(sync_action)
        self.auto_action = QAction(self.tr("Sincronizar automáticamente cuando haya "
                                           "conexión"), self)
        self.auto_action.setCheckable(True)
        self.auto_action.setChecked(auto_sync)
        self.auto_action.setToolTip(self.tr("Desactívelo si usa datos del celular y prefiere "
                                            "sincronizar únicamente cuando usted lo pida."))
        self.auto_action.toggled.connect(self._auto_toggled)
        menu.addAction(self.auto_action)
        history_action = QAction(self.tr("Historial de sincronización…"), self)
        history_action.triggered.connect(self.show_history)
        menu.addAction(history_action)
        usb_action = QAction(self.tr("Importar desde USB…"), self)
        usb_action.triggered.connect(lambda: self._when_attached(self.import_from_usb))
        menu.addAction(usb_action)
        carry_action = QAction(self.tr("Llevar mis envíos en USB…"), self)
        carry_action.triggered.connect(lambda: self._when_attached(self.carry_outbox))
        menu.addAction(carry_action)
        self.deliver_action = QAction(self.tr("Entregar envíos de colegas…"), self)
        self.deliver_action.triggered.connect(
            lambda: self._when_attached(self.deliver_colleagues))
        # facilitators carry participants' outboxes to the server (the role may change at a
        # sync; the server checks it again); known once the account is (`attach`)
        self.deliver_action.setVisible(False)
        menu.addAction(self.deliver_action)
        # ...and bring back each colleague's answers, sealed to their computer (issue #12)
        self.returns_action = QAction(self.tr("Preparar paquetes de regreso…"), self)
        self.returns_action.triggered.connect(
            lambda: self._when_attached(self.write_return_packs))
        self.returns_action.setVisible(False)
        menu.addAction(self.returns_action)
        # enrolled offline, not yet confirmed: the code again (a typo, a new code)
        self.code_action = QAction(self.tr("Escribir de nuevo el código de inscripción…"),
                                   self)
        self.code_action.triggered.connect(lambda: self._when_attached(self.enter_code_again))
        self.code_action.setVisible(False)
        menu.addAction(self.code_action)
        receive_action = QAction(self.tr("Recibir paquete de regreso…"), self)
        receive_action.triggered.connect(lambda: self._when_attached(self.receive_return_pack))
        menu.addAction(receive_action)
        language = menu.addMenu(self.tr("Idioma"))
        group = QActionGroup(self)
        for code, name in (("es", "Español"), ("en", "English")):
            action = QAction(name, self, checkable=True, checked=code == current)
            action.triggered.connect(lambda _=False, c=code: self._language(c))
            group.addAction(action)
            language.addAction(action)
        menu.addSeparator()
        switch_action = QAction(self.tr("Cambiar de persona…"), self)
        switch_action.triggered.connect(self.switch_to_another_person)
        menu.addAction(switch_action)
        quit_action = QAction(self.tr("Salir"), self)
        quit_action.setShortcut(QKeySequence.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)

    def show_on_screen(self) -> None:
        """Open as it was left: maximized, or at its remembered (clamped) geometry."""
        if self._open_maximized:
            self.showMaximized()
        else:
            self.show()

    # ---- navigation --------------------------------------------------------------

    def _section_changed(self, row: int) -> None:
        if row in SECTIONS:
            self._section(row)
        self.stack.setCurrentIndex(row)
        if row == HOME:
            self.home.reload()

    def open_assignment(self, assignment_id: str) -> None:
        def go():
            self.nav.setCurrentRow(COURSE)
            self.course.open_item("assignment", assignment_id)
        self._when_attached(go)

    def open_debate(self, debate_id: str) -> None:
        def go():
            self.nav.setCurrentRow(DEBATES)
            self.debates.select_debate(debate_id)
        self._when_attached(go)

    def open_thread(self, forum_id: str, thread_id: str) -> None:
        def go():
            self.nav.setCurrentRow(FORUMS)
            self.forums.select_forum(forum_id)
            self.forums.select_thread(thread_id)
        self._when_attached(go)

    def open_link(self, link: str) -> None:
        """Open the place an item of Inicio names ("<place>:<id>[:<id>]", see
        services/whats_new.py); a place this version does not know is ignored."""
        place, _, rest = link.partition(":")
        first, _, second = rest.partition(":")

        def go():
            if place == "lesson":
                self.nav.setCurrentRow(COURSE)
                self.course.open_item("lesson", first)
            elif place == "assignment":
                self.open_assignment(first)
            elif place in ("forum", "group"):
                self.nav.setCurrentRow(FORUMS if place == "forum" else GROUPS)
                view = self.forums if place == "forum" else self.groups
                view.select_forum(first)
                if second:
                    view.select_thread(second)
            elif place == "document":
                self.nav.setCurrentRow(REPOSITORY)
                self.repository.show_document(first)
            elif place == "wall":
                self.nav.setCurrentRow(WALL)
                self.wall.select_post(first)
            elif place == "news":
                self.nav.setCurrentRow(WALL)
                self.wall.show_news(first)
            elif place == "debate":
                self.nav.setCurrentRow(DEBATES)
                self.debates.select_debate(first)
            elif place == "survey":
                self.nav.setCurrentRow(SURVEYS)
                self.surveys.open_survey(first)
            else:
                log.warning("Inicio link to an unknown place %r ignored", place)
        self._when_attached(go)

    # ---- sync --------------------------------------------------------------------

    def sync_now(self) -> None:
        def go():
            if not self.account.confirmed:
                # Enrolled offline: the first sync starts with a sign-in, which keeps
                # this device and what it queued.
                self.ask_sign_in()
                return
            self.sync.sync_now()
        self._when_attached(go)

    def refresh_status(self) -> None:
        from app.services import first_look
        home = first_look.gather(self.store)
        self._show_status(home.status)
        if self.stack.currentIndex() == HOME:
            self.home.reload(home)
        if not self.nav.item(REVIEW).isHidden():
            # Moderators see at a glance that reports wait, without opening Revisar.
            from app.services import moderation
            waiting = moderation.queue_size(self.store)
            self.nav.item(REVIEW).setText(self.tr("Revisar (%1)").replace("%1", str(waiting))
                                          if waiting else self.tr("Revisar"))

    def _show_status(self, state) -> None:
        """The status bar from a first_look.Status (live, or from the last start)."""
        self.last_sync_label.setText(
            self.tr("Última sincronización: %1").replace("%1", when(state.last_ok_at))
            if state.last_ok_at else self.tr("Aún no ha sincronizado"))
        if state.writings:
            self.pending_label.setText(
                self.tr("%n escritos pendientes de envío", "", state.writings))
        elif state.pending:   # only lesson progress: it travels too, but nobody wrote it
            self.pending_label.setText(self.tr("Su avance en el curso se enviará al "
                                               "sincronizar"))
        else:
            self.pending_label.setText(self.tr("Nada pendiente de envío"))
        if state.clock_skewed:
            self.last_sync_label.setToolTip(self.tr(
                "La fecha u hora de esta computadora no coincide con la del servidor. Minka "
                "usa la hora del servidor para ordenar los mensajes, pero conviene "
                "corregirla."))
            self.last_sync_label.setText(self.last_sync_label.text() + " · ⚠ "
                                         + self.tr("revise la hora del equipo"))
        else:
            self.last_sync_label.setToolTip("")

    def _warn_about_zone(self) -> None:
        """Deadlines are shown in Peru's time; a computer set to another zone shows every
        other time shifted. Said once per zone (a status bar note, not a dialog): a
        computer really abroad is told once and left in peace."""
        from app.store import meta
        offset = zone_differs_from_peru()
        with self.store.session() as s:
            if offset is None or meta.get(s, "zone_warned", "") == offset:
                return
        try:
            with self.store.session() as s, s.begin():
                meta.put(s, "zone_warned", offset)
        except Exception as exc:  # a full disk: the note may come again next time
            log.warning("could not remember the time zone note: %s", exc)
        self.statusBar().showMessage(self.tr(
            "La zona horaria de esta computadora (%1) no es la del Perú (UTC−05:00). Las "
            "fechas límite se muestran en hora del Perú; si está en el Perú, conviene "
            "corregir la zona horaria de la computadora.").replace("%1", offset), 60000)

    def _sync_started(self) -> None:
        self.sync_button.setEnabled(False)
        self.sync_button.setText(self.tr("Sincronizando…"))
        self.progress.setRange(0, 0)
        self.progress.setFormat("")
        self.progress.show()

    def _sync_progress(self, state: SyncProgress) -> None:
        from app.ui.history import size_text
        if state.phase == "retry":
            self.connection_label.setText(self.tr("Conexión inestable, reintentando…"))
            return
        if state.phase == "file":
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * state.file_done / max(1, state.file_total)))
            # The name from the network, shortened in the middle (its end tells its type),
            # so that the sizes stay readable inside the bar.
            name = self.progress.fontMetrics().elidedText(state.file_name, Qt.ElideMiddle, 180)
            self.progress.setFormat(self.tr("Archivo %1: %2 de %3")
                                    .replace("%1", name)
                                    .replace("%2", size_text(state.file_done))
                                    .replace("%3", size_text(state.file_total)))
            return
        fraction = state.fraction
        if fraction is None:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(fraction * 1000))
        self.progress.setFormat(self.tr("%1 enviados · %2 recibidos")
                                .replace("%1", str(state.pushed))
                                .replace("%2", str(state.pulled)))

    def _made_room(self, count: int) -> None:
        self.statusBar().showMessage(self.tr(
            "Para hacer espacio en el disco se quitaron de este equipo %n documentos "
            "descargados que no estaban marcados «Guardar siempre en este equipo». Puede "
            "descargarlos de nuevo cuando tenga conexión.", "", count), 20000)

    def _sync_finished(self, summary: SyncSummary) -> None:
        from app.ui.history import size_text
        self._sync_ended()
        self.connection_label.setText(self.tr("Conectado"))
        for view in self._sections.values():
            view.reload()
        self.refresh_status()
        message = self.tr("Sincronización completa: %1 enviados, %2 recibidos (%3).") \
            .replace("%1", str(summary.pushed)).replace("%2", str(summary.pulled)) \
            .replace("%3", size_text(summary.bytes_up + summary.bytes_down))
        if summary.rejected:
            message += " " + self.tr("%n escritos no se pudieron publicar; verá el motivo "
                                     "junto a cada uno.", "", summary.rejected)
        if summary.damaged_files:
            message += " " + self.tr("No se pudo recibir «%1»: el archivo está dañado en el "
                                     "servidor. Lo demás se sincronizó; pida a quien lo envió "
                                     "que lo adjunte de nuevo.").replace(
                "%1", "», «".join(summary.damaged_files))
        if summary.return_packs:
            message += " " + self.tr("Paquetes de regreso listos para: %1 (menú «Preparar "
                                     "paquetes de regreso…»).").replace(
                "%1", ", ".join(summary.return_packs))
        if summary.carried_delivered:
            message += " " + self.tr("Se entregaron los envíos de: %1.").replace(
                "%1", ", ".join(d.username for d in summary.carried_delivered))
        for name in summary.carried_refused:
            message += " " + self.tr("El servidor no aceptó %1: %2").replace(
                "%1", name).replace("%2", problem(summary.carried_reasons.get(
                    name, "outbox_refused")))
        self.statusBar().showMessage(message, 15000)

    def _sync_failed(self, code: str) -> None:
        self._sync_ended()
        for view in self._sections.values():
            view.reload()
        self.refresh_status()
        unreachable = code in ("no_connection", "timeout")
        self.connection_label.setText(self.tr("Sin conexión") if unreachable
                                      else self.tr("No se pudo sincronizar"))
        self.connection_label.setToolTip(problem(code))
        if unreachable and self.sync.manual:
            # The person pressed the button and saw "reintentando…": say how it ended,
            # that nothing is lost, and when Minka tries again by itself.
            message = self.incomplete_sync_text(self.sync.seconds_to_next_attempt())
            self.connection_label.setToolTip(message)
            self.statusBar().showMessage(message, 60000)
        elif code in ("auth_revoked", "auth_expired", "not_confirmed"):
            self.statusBar().showMessage(problem(code), 60000)
            self.ask_sign_in()
        elif code not in ("no_connection", "timeout", "cancelled"):
            self.statusBar().showMessage(problem(code), 30000)

    def incomplete_sync_text(self, seconds: float | None) -> str:
        text = self.tr("Esta sincronización no se completó: no se pudo llegar al servidor. "
                       "Lo que escribió sigue guardado en este equipo.") + " "
        if seconds is None:
            return text + self.tr("Pulse «Sincronizar ahora» cuando tenga conexión.")
        if seconds < 90:
            return text + self.tr("Minka lo intentará de nuevo automáticamente en %n "
                                  "segundos.", "", max(1, round(seconds)))
        return text + self.tr("Minka lo intentará de nuevo automáticamente en %n minutos.",
                              "", round(seconds / 60))

    def _sync_ended(self) -> None:
        self.progress.hide()
        self.sync_button.setEnabled(True)
        self.sync_button.setText(self.tr("Sincronizar ahora"))

    def _reachability(self, reachable: bool) -> None:
        self.connection_label.setText(self.tr("Conectado") if reachable
                                      else self.tr("Sin conexión"))
        self.connection_label.setToolTip("" if reachable else self.tr(
            "Puede seguir leyendo y escribiendo. Minka enviará todo cuando vuelva la "
            "conexión."))

    def ask_sign_in(self) -> None:
        """This device was signed out on the server: ask for the password again, without
        blocking the window (reading and writing go on; the writing stays queued)."""
        from app.ui.signin import SignInDialog
        if getattr(self, "_signin", None) is not None and self._signin.isVisible():
            return
        self._signin = SignInDialog(self.store, self.account.server_url,
                                    self.account.username, self)
        if self.account.confirmed:
            self._signin.setWindowTitle(self.tr("Vuelva a ingresar"))
        self._signin.accepted.connect(self._signed_in_again)
        self._signin.open()

    def _signed_in_again(self) -> None:
        self.account = self._signin.account
        self.code_action.setVisible(not self.account.confirmed)
        self.sync_now()

    def show_history(self):
        from app.ui.history import SyncHistoryDialog
        if not self.attached:
            return None
        dialog = SyncHistoryDialog(self.store, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()   # not exec(): no nested event loop, the window keeps syncing
        return dialog

    def import_from_usb(self):
        from app.ui.pack_import import PackImportDialog
        dialog = PackImportDialog(self.store, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.imported.connect(self._pack_imported)
        dialog.open()   # not exec(): the window keeps syncing while the drive is read
        return dialog

    def carry_outbox(self, folder=None) -> None:
        """Write the pending outbox to a drive (the folder asked, starting on the first
        removable drive), off the GUI thread."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from app.services import outbox_drive, packs
        if folder is None:
            drives = packs.removable_drives()
            folder = QFileDialog.getExistingDirectory(
                self, self.tr("¿Dónde guardar sus envíos?"), str(drives[0]) if drives else "")
            if not folder:
                return
        store = self.store
        self.statusBar().showMessage(self.tr("Guardando sus envíos en la memoria USB…"))
        run_in_background(self, lambda: outbox_drive.write_outbox(store, Path(folder)),
                          self._outbox_carried, self._outbox_not_carried)

    def _outbox_carried(self, path) -> None:
        # The file's name only: the status bar of a laptop screen cuts a whole path.
        self.statusBar().showMessage(self.tr(
            "Sus envíos quedaron en «%1». Entregue ese archivo a su formador o formadora.")
            .replace("%1", path.name), 60000)
        self.statusBar().setToolTip(str(path))

    def _outbox_not_carried(self, exc: Exception) -> None:
        from app.services.errors import UserError
        if isinstance(exc, UserError):
            text = problem(exc.code)
        else:
            log.warning("could not write the outbox to the drive: %s", exc)
            text = self.tr("No se pudo guardar en la memoria USB. Revise que esté "
                           "conectada y tenga espacio, y vuelva a intentarlo.")
        self.statusBar().showMessage(text, 30000)

    def deliver_colleagues(self, paths=None) -> None:
        """Take colleagues' outbox files from a drive; they go at the next sync."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from app.services import outbox_drive, packs
        from app.services.errors import UserError
        if paths is None:
            drives = packs.removable_drives()
            paths, _filter = QFileDialog.getOpenFileNames(
                self, self.tr("Envíos de colegas"), str(drives[0]) if drives else "",
                self.tr("Envíos de Minka (*.zip)"))
            if not paths:
                return
        store = self.store

        def take():   # copying from a slow drive: off the GUI thread
            names, problems = [], []
            for path in paths:
                try:
                    names.append(outbox_drive.accept_colleague_file(store, Path(path)).username)
                except (UserError, OSError) as exc:
                    log.info("colleague's file %s not taken: %s", path, exc)
                    problems.append(Path(path).name)
            return names, problems
        run_in_background(self, take, self._colleagues_taken)

    def _colleagues_taken(self, taken) -> None:
        names, problems = taken
        message = ""
        if names:
            message = self.tr("Se entregarán en la próxima sincronización: envíos de %1.") \
                .replace("%1", ", ".join(names))
        if problems:
            message += " " + self.tr("No son archivos de envíos de Minka: %1.").replace(
                "%1", ", ".join(problems))
        self.statusBar().showMessage(message.strip(), 30000)
        if names:
            self.sync_now()

    def write_return_packs(self, folder=None) -> None:
        """Copy the colleagues' return packs the last syncs brought to a drive."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from app.services import packs, return_packs
        if folder is None:
            drives = packs.removable_drives()
            folder = QFileDialog.getExistingDirectory(
                self, self.tr("¿Dónde guardar los paquetes de regreso?"),
                str(drives[0]) if drives else "")
            if not folder:
                return
        store = self.store
        run_in_background(self, lambda: return_packs.write_to_drive(store, Path(folder)),
                          self._return_packs_written, self._outbox_not_carried)

    def _return_packs_written(self, paths) -> None:
        self.statusBar().showMessage(self.tr(
            "%n paquetes de regreso quedaron en la memoria USB. Entregue a cada colega el "
            "suyo: solo su computadora puede abrirlo.", "", len(paths)), 60000)

    def receive_return_pack(self, path=None) -> None:
        """Import a return pack a facilitator brought (results, feedback, replies)."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from app.services import packs, return_packs
        if path is None:
            drives = packs.removable_drives()
            path, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Paquete de regreso"), str(drives[0]) if drives else "",
                self.tr("Paquetes de regreso de Minka (Minka-regreso-*.zip)"))
            if not path:
                return
        store = self.store
        self.statusBar().showMessage(self.tr("Recibiendo el paquete de regreso…"))
        run_in_background(self, lambda: return_packs.import_return_pack(store, Path(path)),
                          self._return_pack_received, self._return_pack_refused)

    def _return_pack_received(self, received) -> None:
        for view in self._sections.values():
            view.reload()
        self.refresh_status()
        if received.already:
            text = self.tr("Este paquete de regreso ya se había recibido: no cambió nada.")
        else:
            text = self.tr("Paquete de regreso recibido: %n envíos llegaron al servidor.", "",
                           received.delivered)
            if received.rejected:
                text += " " + self.tr("%n no se aceptaron; verá el motivo junto a cada uno.",
                                      "", received.rejected)
            if received.changes:
                text += " " + self.tr("Trajo %n novedades (comentarios, notas, respuestas).",
                                      "", received.changes)
        self.statusBar().showMessage(text, 60000)

    def enter_code_again(self):
        from app.ui.enrolment import EnrolDialog
        dialog = EnrolDialog(self.store, self, username=self.account.username)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.accepted.connect(self._code_entered)
        dialog.open()
        return dialog

    def _code_entered(self) -> None:
        self.statusBar().showMessage(self.tr(
            "Código guardado. Vuelva a llevar sus envíos en USB: el próximo archivo lleva el "
            "código nuevo."), 60000)

    def _return_pack_refused(self, exc: Exception) -> None:
        from app.services.errors import UserError
        if isinstance(exc, UserError):
            text = problem(exc.code)
        else:
            log.warning("could not import the return pack: %s", exc)
            text = self.tr("No se pudo leer el paquete de regreso. Revise que la memoria USB "
                           "esté conectada y vuelva a intentarlo.")
        self.statusBar().showMessage(text, 30000)

    def _pack_imported(self, _result) -> None:
        for view in self._sections.values():
            view.reload()
        self.refresh_status()

    # ---- settings ----------------------------------------------------------------

    def _auto_toggled(self, on: bool) -> None:
        def keep():
            from app.store import meta
            with self.store.session() as s, s.begin():
                meta.put(s, "auto_sync", "1" if on else "0")
            self.sync.set_auto(on)
        self._when_attached(keep)

    def _language(self, code: str) -> None:
        def keep():
            from app.store import meta
            with self.store.session() as s, s.begin():
                meta.put(s, "language", code)
        self._when_attached(keep)
        message(self, self.tr("Idioma"), self.tr(
            "El cambio de idioma se aplicará la próxima vez que abra Minka."))

    def switch_to_another_person(self) -> None:
        """Close this person's window (drafts saved as on any close) and ask who comes."""
        self.switch_person = True
        self.close()

    def _keep_first_look(self) -> None:
        """The next start's first look, as the person leaves Inicio's data."""
        from app.services import first_look
        try:
            first_look.save(self.store.profile_dir, first_look.gather(self.store))
        except Exception as exc:  # a store gone with its folder: only a slower next start
            log.warning("could not keep Inicio for the next start: %s", exc)

    def closeEvent(self, event):  # noqa: N802
        built = self._sections
        for index in (FORUMS, GROUPS):
            if index in built:
                built[index]._save_draft()
        if COURSE in built:
            built[COURSE]._save_draft()
        if REPOSITORY in built:
            built[REPOSITORY].stop_downloads()
        if hasattr(self, "sync"):
            self.sync.cancel()
        if self.attached:
            self._keep_first_look()
        window_state.save(self, self._window_settings)
        super().closeEvent(event)
