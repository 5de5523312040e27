"""Starts the desktop client: Qt application, translations, style, sign-in, main window."""
from __future__ import annotations

import logging
import signal
import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

from app.services.account import current_account
from app.store import meta
from app.store.db import Store
from app.ui.tasks import wait_for_all

log = logging.getLogger(__name__)
DEFAULT_SERVER = "http://127.0.0.1:8470"


def resource_path(*parts: str) -> Path:
    return Path(str(resources.files("resources").joinpath(*parts)))


def install_translations(app: QApplication, language: str) -> None:
    """Minka's catalogue and Qt's own, so standard dialogs speak the same language."""
    QLocale.setDefault(QLocale(QLocale.Spanish, QLocale.Peru) if language == "es"
                       else QLocale(QLocale.English, QLocale.UnitedStates))
    app._translators = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_dir),
                         (f"minka_{language}", str(resource_path("translations")))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            app._translators.append(translator)
        else:
            log.warning("translation %s not found in %s", name, folder)


def create_application(argv: list[str], language: str = "es") -> QApplication:
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


def run(profile_dir: Path, language: str | None = None, server_url: str = "") -> int:
    store = Store(profile_dir)
    with store.session() as s:
        language = language or meta.get(s, "language", "es")
    app = create_application(sys.argv, language)
    from app.ui.main_window import MainWindow
    from app.ui.signin import SignInDialog
    account = current_account(store)
    if account is None:
        dialog = SignInDialog(store, server_url or DEFAULT_SERVER)
        if dialog.exec() != SignInDialog.DialogCode.Accepted:
            return 0
        account = dialog.account
    window = MainWindow(store, account)
    window.show()
    log.info("main window open for %s on %s", account.username, account.server_url)
    _quit_on_signals(app, window)
    code = app.exec()
    wait_for_all(10000)
    store.close()
    return code
