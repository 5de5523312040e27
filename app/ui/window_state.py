"""Where the main window opens: a size that fits the screen it opens on, and the size,
place and maximized state it had when it was last closed, kept in the profile folder.

Kept per profile (a shared computer has one profile per person, each with its own
habits) in `ventana.ini` beside the profile's database, never in the user's home.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication

FILE_NAME = "ventana.ini"
# The size Minka prefers when the screen has room for it.
PREFERRED = QSize(1280, 800)
# Room for the window's frame, which Qt does not know before the window is shown: the
# title bar above and a thin border on each side.
FRAME = QSize(16, 40)


def settings_for(profile_dir: Path) -> QSettings:
    return QSettings(str(Path(profile_dir) / FILE_NAME), QSettings.IniFormat)


# A geometry here is the frame's top-left corner (where `move` puts the window) and the
# size of the window without its frame (what `resize` sets).

def default_geometry(available: QRect) -> QRect:
    """The preferred size, or less where the screen is smaller, centred on it."""
    size = PREFERRED.boundedTo(available.size() - FRAME)
    outer = QRect(QPoint(0, 0), size + FRAME)
    outer.moveCenter(available.center())
    return QRect(outer.topLeft(), size)


def clamp(rect: QRect, available: QRect) -> QRect:
    """The geometry made to fit the available area with its frame, and moved inside it."""
    size = rect.size().boundedTo(available.size() - FRAME)
    x = min(max(rect.x(), available.left()),
            available.left() + available.width() - size.width() - FRAME.width())
    y = min(max(rect.y(), available.top()),
            available.top() + available.height() - size.height() - FRAME.height())
    return QRect(QPoint(x, y), size)


def _screen_for(rect: QRect | None):
    if rect is not None:
        screen = QGuiApplication.screenAt(rect.center())
        if screen is not None:
            return screen
    return QGuiApplication.primaryScreen()


def restore(window, settings: QSettings) -> bool:
    """Give the window its remembered (or default) geometry, clamped to the screen it will
    open on. Returns whether it should open maximized."""
    saved = settings.value("window/rect")
    rect = None
    if isinstance(saved, (list, tuple)) and len(saved) == 4:
        try:
            rect = QRect(*(int(v) for v in saved))
        except (TypeError, ValueError):
            rect = None
        if rect is not None and (rect.width() < 100 or rect.height() < 100):
            rect = None
    available = _screen_for(rect).availableGeometry()
    rect = clamp(rect, available) if rect is not None else default_geometry(available)
    window.resize(rect.size())
    window.move(rect.topLeft())
    return str(settings.value("window/maximized", "false")).lower() == "true"


def save(window, settings: QSettings) -> None:
    """Remember the normal (not maximized) geometry and whether it is maximized."""
    maximized = window.isMaximized()
    inner = window.normalGeometry() if maximized else window.geometry()
    # normalGeometry and geometry leave the frame out; `move` wants the frame's corner.
    frame_offset = window.geometry().topLeft() - window.frameGeometry().topLeft()
    corner = inner.topLeft() - frame_offset if maximized else window.pos()
    if inner.isValid():
        settings.setValue("window/rect", [corner.x(), corner.y(), inner.width(),
                                          inner.height()])
    settings.setValue("window/maximized", "true" if maximized else "false")
    settings.sync()
