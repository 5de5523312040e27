"""Starts the desktop client: Qt application, translations, style, sign-in, main window."""
from __future__ import annotations

import logging
import os
import signal
import sys
import time
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QDialog

from app.store import peek
from app.ui.qt_spanish import QtSpanish
from app.ui.tasks import wait_for_all

log = logging.getLogger(__name__)


def resource_path(*parts: str) -> Path:
    return Path(str(resources.files("resources").joinpath(*parts)))


def install_translations(app: QApplication, language: str) -> None:
    """Minka's catalogue and Qt's own, so standard dialogs speak the same language."""
    QLocale.setDefault(QLocale(QLocale.Spanish, QLocale.Peru) if language == "es"
                       else QLocale(QLocale.English, QLocale.UnitedStates))
    for old in getattr(app, "_translators", []):
        app.removeTranslator(old)
    app._translators = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_dir),
                         (f"minka_{language}", str(resource_path("translations")))):
        translator = QTranslator(app)
        if not translator.load(name, folder):
            log.warning("translation %s not found in %s", name, folder)
            continue
        if name == "qtbase_es":
            # Qt's Spanish says "fichero" and misses strings of Qt 6's file dialog
            translator = QtSpanish(translator, app)
        app.installTranslator(translator)
        app._translators.append(translator)


def create_application(argv: list[str], language: str = "es") -> QApplication:
    from app import portable
    settings = portable.settings_dir()
    if settings is not None:
        # Portable: Qt's settings in an INI file on the stick, not in the registry or home.
        QSettings.setDefaultFormat(QSettings.IniFormat)
        QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(settings))
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("Minka")
    app.setOrganizationName("Minka")
    install_translations(app, language)
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    app.setFont(font)
    style = resource_path("style.qss")
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    icon = resource_path("icons", "minka.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def _quit_on_signals(app: QApplication, window) -> None:
    """Ctrl+C or SIGTERM close the window the normal way (drafts saved, server stopped).

    Python runs signal handlers only between bytecodes; the timer gives it a chance to
    while Qt's event loop waits."""
    def close(*_):
        window.close()
        app.quit()
    for name in ("SIGINT", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), close)
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(300)
    app._signal_timer = timer


# bench/startup.py: print when the main window first paints, then close it.
STARTUP_PROBE = "MINKA_STARTUP_PROBE"


def _peak_memory_kib() -> int:
    """This process's own peak resident memory (VmHWM; Linux only, else 0)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _report_start(app: QApplication, window) -> None:
    """For bench/startup.py: the first paint, then the moment the store and every section
    are there (with the peak memory by then), then close."""
    from PySide6.QtCore import QEvent, QObject

    def ready():
        print(f"ready {time.time():.6f} {_peak_memory_kib()}", flush=True)
        QTimer.singleShot(0, window.close)

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
                self.seen = True
                print(f"first-paint {time.time():.6f} {_peak_memory_kib()}", flush=True)
                if window.attached:
                    QTimer.singleShot(0, ready)
                else:
                    window.ready.connect(ready)
            return False
    window._first_paint = FirstPaint(window)
    window.installEventFilter(window._first_paint)


def _open_window(app: QApplication, profile_dir: Path, server_url: str = "") -> tuple[int, bool]:
    """Sign in if needed, show the main window until it closes: (exit code, switch person).

    A signed-in profile paints its window from the first look of its last start and
    opens its store right after (app/services/first_look.py); a new one, or one without
    that file, opens the store first."""
    from app.services import first_look
    from app.ui.main_window import MainWindow
    look = first_look.load(profile_dir)
    opened: dict = {}

    def open_store():
        from app.services.account import current_account
        from app.store.db import Store
        opened["store"] = store = Store(profile_dir)
        account = current_account(store)
        if account is None:
            return None
        if look is not None:   # the window is up, Ctrl+C and SIGTERM close it
            log.info("main window open for %s on %s", account.username, account.server_url)
        return store, account

    try:
        if look is not None:
            window = MainWindow(look=look)
            window.attach_after_first_paint(open_store)
        else:
            from app.ui.signin import SignInDialog
            found = open_store()
            if found is None:
                # A new profile starts with an empty address (the field shows an example):
                # a loopback address would only work on a developer's machine.
                dialog = SignInDialog(opened["store"], server_url)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return 0, False
                found = opened["store"], dialog.account
            window = MainWindow(*found)
        if os.environ.get(STARTUP_PROBE):
            _report_start(app, window)
        window.show_on_screen()
        _quit_on_signals(app, window)
        if look is None:
            log.info("main window open for %s on %s", window.account.username,
                     window.account.server_url)
        code = app.exec()
        wait_for_all(10000)
        if look is not None and not window.attached and "store" in opened \
                and opened["store"] is not None and not getattr(window, "switch_person", False):
            # Signed out since the last start (the first look was the last of it).
            log.warning("profile %s has no account any more: asking to sign in", profile_dir)
            (profile_dir / first_look.FILE_NAME).unlink(missing_ok=True)
            opened.pop("store").close()
            return _open_window(app, profile_dir, server_url)
        return code, bool(getattr(window, "switch_person", False))
    finally:
        if opened.get("store") is not None:
            opened["store"].close()


def run(profile_dir: Path, language: str | None = None, server_url: str = "") -> int:
    """One profile, named on the command line (or the demo's)."""
    language = language or peek.meta_values(profile_dir, "language").get("language", "es")
    app = create_application(sys.argv, language)
    code, _switch = _open_window(app, profile_dir, server_url)
    return code


def run_shared(root: Path, language: str | None = None) -> int:
    """The computer's people, each in a profile folder under `root`.

    One person: their profile opens directly, as on a personal computer. More than one:
    "¿Quién usa Minka ahora?", then that person's password, checked offline."""
    from app.services import people
    from app.ui.people import NEW_PERSON, PersonChooser, UnlockDialog
    shown_language = language or "es"
    app = create_application(sys.argv, shown_language)
    asked = False
    while True:
        folks = people.people(root)
        if not folks:
            folder = root / "default"
        elif len(folks) == 1 and not asked:
            folder = folks[0].folder
        else:
            chooser = PersonChooser(folks)
            if chooser.exec() != QDialog.DialogCode.Accepted:
                return 0
            if chooser.choice == NEW_PERSON:
                folder = people.new_profile_folder(root)
            else:
                person = chooser.choice
                if len(folks) > 1 and person.locked and \
                        UnlockDialog(person).exec() != QDialog.DialogCode.Accepted:
                    asked = True
                    continue
                folder = person.folder
        # Each person's own language; the one asked for on the command line wins.
        wanted = language or peek.meta_values(folder, "language").get("language", "es")
        if wanted != shown_language:
            install_translations(app, wanted)
            shown_language = wanted
        code, switch = _open_window(app, folder)
        if not switch:
            return code
        asked = True
