"""The one way the GUI runs work off its thread: a plain function, callbacks on the GUI thread.

    run_in_background(parent, lambda: syncing.sync_now(store), on_done, on_error)

The function runs on Qt's global thread pool and must not touch widgets. `on_done`,
`on_error` and progress reports are delivered on the GUI thread: the worker only emits
signals of a bridge object that lives on the GUI thread, whose slots call back. If
`parent` is destroyed before the work ends, the callbacks are dropped, not called on a
dead widget; work asked for on behalf of a widget that is already gone (a late callback of
another task calling into a closed view) is not started at all.
"""
from __future__ import annotations

import logging
import weakref
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

_alive: set["_Bridge"] = set()  # keeps each bridge alive until its task reports


class _Bridge(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(object)

    def __init__(self, parent: QObject | None, on_done, on_error, on_progress):
        super().__init__()
        self.on_done, self.on_error, self.on_progress = on_done, on_error, on_progress
        # weak: a task in flight must not keep a closed window alive
        self.parent = weakref.ref(parent) if parent is not None else None
        self.parent_gone = False
        self._watch = parent.destroyed.connect(self._parent_destroyed) \
            if parent is not None else None
        self.done.connect(self._done)
        self.failed.connect(self._failed)
        self.progress.connect(self._progress)

    @Slot()
    def _parent_destroyed(self) -> None:
        self.parent_gone = True

    def _gone(self) -> bool:
        # The flag covers an orderly destruction; isValid also covers a wrapper whose C++
        # object went without the signal reaching us (deleted while being torn down).
        if self.parent_gone:
            return True
        if self.parent is None:
            return False
        parent = self.parent()
        return parent is None or not shiboken6.isValid(parent)

    def _finish(self, callback, value) -> None:
        _alive.discard(self)
        # The callbacks may hold the last reference to the parent (a dialog nobody else
        # keeps): stop watching it first, so its `destroyed` never reaches this bridge
        # while Python is tearing the bridge down (a segmentation fault, not an error).
        if self._watch is not None:
            QObject.disconnect(self._watch)
            self._watch = None
        self.on_done = self.on_error = self.on_progress = None
        self.deleteLater()
        if self._gone():
            return
        if callback is not None:
            callback(value)
        elif isinstance(value, Exception):
            log.error("background task failed", exc_info=value)

    @Slot(object)
    def _done(self, value) -> None:
        self._finish(self.on_done, value)

    @Slot(object)
    def _failed(self, exc) -> None:
        self._finish(self.on_error, exc)

    @Slot(object)
    def _progress(self, value) -> None:
        if not self._gone() and self.on_progress is not None:
            self.on_progress(value)


class _Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], bridge: _Bridge, with_progress: bool):
        super().__init__()
        self.fn, self.bridge, self.with_progress = fn, bridge, with_progress
        self.setAutoDelete(True)

    def run(self) -> None:  # worker thread: emit only, never touch widgets
        try:
            result = self.fn(self.bridge.progress.emit) if self.with_progress else self.fn()
        except Exception as exc:  # the GUI decides what to tell the user
            self.bridge.failed.emit(exc)
        else:
            self.bridge.done.emit(result)


def run_in_background(parent: QObject | None, fn: Callable[..., Any],
                      on_done: Callable[[Any], None] | None = None,
                      on_error: Callable[[Exception], None] | None = None,
                      on_progress: Callable[[Any], None] | None = None) -> None:
    """Run `fn` on a worker thread. With `on_progress`, `fn` receives a report callable."""
    if parent is not None and not shiboken6.isValid(parent):
        log.debug("not starting %r: the window that asked for it is closed", fn)
        return
    bridge = _Bridge(parent, on_done, on_error, on_progress)
    _alive.add(bridge)
    QThreadPool.globalInstance().start(_Task(fn, bridge, on_progress is not None))


def wait_for_all(msecs: int = 30000) -> bool:
    """Let running tasks finish (on quit, in tests)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
