"""The background-work helper never calls into a window that is gone."""
from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QWidget

from app.ui.tasks import run_in_background, wait_for_all


def test_a_view_destroyed_while_its_work_runs_gets_no_callback(qtbot):
    view = QWidget()
    release = threading.Event()
    ran, called = [], []

    def work(report):
        release.wait(10)
        report("half")
        ran.append(True)
        return "answer"

    run_in_background(view, work, called.append, called.append, called.append)
    shiboken6.delete(view)          # the person closed the window mid-search
    release.set()
    assert wait_for_all(10000)
    qtbot.wait(50)                  # let queued signals arrive, if any were sent
    assert ran == [True]
    assert called == []


def test_work_asked_for_by_a_dead_view_is_not_started(qtbot, caplog):
    view = QWidget()
    shiboken6.delete(view)
    ran = []
    # A late callback of other work calling into a closed view must not raise
    # "Signal source has been deleted" nor run the work.
    run_in_background(view, lambda: ran.append(True), lambda _v: ran.append("done"))
    assert wait_for_all(10000)
    qtbot.wait(50)
    assert ran == []


def test_a_live_view_gets_its_answer_and_progress(qtbot):
    view = QWidget()
    qtbot.addWidget(view)
    seen = []
    run_in_background(view, lambda report: (report(1), 42)[1], seen.append, seen.append,
                      lambda v: seen.append(("progress", v)))
    qtbot.waitUntil(lambda: 42 in seen)
    assert seen == [("progress", 1), 42]
