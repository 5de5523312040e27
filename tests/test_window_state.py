"""The main window opens at a size that fits its screen, and as it was left: size, place and
maximized state, kept in the profile folder and fitted to the screen it opens on now."""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication

from app.services.account import current_account
from app.ui import window_state
from app.ui.window_state import FRAME, clamp, default_geometry


def _fits(rect: QRect, available: QRect) -> bool:
    outer = QRect(rect.topLeft(), rect.size() + FRAME)
    return available.contains(outer)


def test_the_default_size_fits_the_screen_it_opens_on():
    for available in (QRect(0, 0, 1366, 728), QRect(0, 0, 1280, 680), QRect(0, 0, 1024, 728),
                      QRect(1920, 0, 1366, 728)):          # a second screen to the right
        rect = default_geometry(available)
        assert _fits(rect, available), (available, rect)
    assert default_geometry(QRect(0, 0, 1920, 1040)).size() == window_state.PREFERRED


def test_a_remembered_geometry_is_fitted_to_a_smaller_screen():
    # Left on a 1920×1080 monitor, opened again on the laptop alone.
    rect = clamp(QRect(1500, 300, 1800, 1000), QRect(0, 0, 1366, 728))
    assert _fits(rect, QRect(0, 0, 1366, 728))
    assert rect.size() == QSize(1366, 728) - FRAME
    # One that fits stays where it was.
    assert clamp(QRect(40, 30, 900, 600), QRect(0, 0, 1366, 728)) == QRect(40, 30, 900, 600)


def _window(qtbot, store):
    from app.ui.application import create_application
    from app.ui.main_window import MainWindow
    create_application([], "es")
    window = MainWindow(store, current_account(store), auto_sync=False)
    qtbot.addWidget(window)
    return window


def test_size_and_place_are_remembered_in_the_profile(qtbot, profile_factory):
    store = profile_factory("ana")
    window = _window(qtbot, store)
    available = QGuiApplication.primaryScreen().availableGeometry()
    assert _fits(QRect(window.pos(), window.size()), available)   # first launch: fits
    window.show_on_screen()
    qtbot.waitExposed(window)
    wanted = QSize(1010, 610)
    window.resize(wanted)
    window.move(20, 30)
    qtbot.waitUntil(lambda: window.size() == wanted)
    window.close()
    settings = window_state.settings_for(store.profile_dir)
    assert (store.profile_dir / window_state.FILE_NAME).exists()
    assert [int(v) for v in settings.value("window/rect")][2:] == [wanted.width(),
                                                                   wanted.height()]
    again = _window(qtbot, store)
    again.show_on_screen()
    qtbot.waitExposed(again)
    # As it was left, fitted to this screen (the offscreen test screen is small).
    expected = clamp(QRect(window.pos(), wanted), available)
    assert again.size() == expected.size()
    assert again.pos() == expected.topLeft()
    assert not again.isMaximized()
    again.close()


def test_maximized_is_remembered(qtbot, profile_factory):
    store = profile_factory("ana")
    window = _window(qtbot, store)
    window.show_on_screen()
    qtbot.waitExposed(window)
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    window.close()
    again = _window(qtbot, store)
    again.show_on_screen()
    qtbot.waitUntil(again.isMaximized)
    again.close()


def test_a_geometry_from_a_bigger_screen_is_fitted_to_this_one(qtbot, profile_factory):
    store = profile_factory("ana")
    settings = window_state.settings_for(store.profile_dir)
    settings.setValue("window/rect", [5000, 4000, 3000, 2000])
    settings.setValue("window/maximized", "false")
    settings.sync()
    window = _window(qtbot, store)
    available = QGuiApplication.primaryScreen().availableGeometry()
    assert _fits(QRect(window.pos(), window.size()), available)
    window.close()
