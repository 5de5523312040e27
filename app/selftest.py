"""`minka --self-test`: proves an installation works, from the source or from the bundle.

On a temporary profile, with the bundled demo content served by an embedded server on
loopback: sign in, sync, open the main window offscreen, search the catalogue, open a
lesson, and exit 0, printing each check. It leaves nothing behind; it needs no network
beyond 127.0.0.1 and no display.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable


class SelfTestFailed(Exception):
    pass


def _say(line: str) -> None:
    # A windowed Windows executable has no stdout: the exit code still tells.
    if sys.stdout is not None:
        print(line, flush=True)


def _wait(app, condition: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise SelfTestFailed(what)
        app.processEvents()
        time.sleep(0.01)


def run_checks(folder: Path) -> list[str]:
    """The checks, in order; raises SelfTestFailed (or anything) at the first that fails."""
    from app.demo import DEMO_USER, prepare_server, sign_in_demo
    from app.services import account, course, repository, syncing
    from app.store.db import Store

    done: list[str] = []

    def check(line: str) -> None:
        done.append(line)
        _say(f"  ✓ {line}")

    from sync.server.app import create_app
    from sync.server.embedded import EmbeddedServer
    (folder / "server").mkdir()
    with EmbeddedServer(create_app(prepare_server(folder / "server", quiet=True))) as server:
        check(f"embedded server with the bundled demo content on {server.url}")
        profile = folder / "profile"
        sign_in_demo(profile, server.url, DEMO_USER)
        store = Store(profile)
        try:
            check(f"signed in as {DEMO_USER} on a temporary profile")
            summary = syncing.sync_now(store)
            if summary.pulled == 0:
                raise SelfTestFailed("the first sync brought nothing")
            check(f"first sync: {summary.pulled} records, {summary.bytes_down} bytes down")

            from app.ui.application import create_application
            from app.ui.main_window import MainWindow
            from app.ui.tasks import wait_for_all
            app = create_application([sys.argv[0]], "es")
            window = MainWindow(store, account.current_account(store), auto_sync=False)
            window.resize(1280, 720)
            window.show()
            app.processEvents()
            check(f"main window open ({window.windowTitle()})")

            hits, total = repository.find(store, "tertulias", limit=20)
            if total == 0:
                raise SelfTestFailed("searching the catalogue for «tertulias» found nothing")
            view = window.repository
            view.query.setText("comunidades de aprendizaje")
            view.run_query()
            _wait(app, lambda: view.model.rowCount() > 0, 30,
                  "the repository view showed no results")
            check(f"catalogue search: {total} documents for «tertulias», "
                  f"{view.model.rowCount()} shown for «comunidades de aprendizaje»")

            courses = course.list_courses(store)
            if not courses:
                raise SelfTestFailed("no course arrived with the sync")
            lessons = [lesson for module in course.outline(store, courses[0].id)
                       for lesson in module.lessons]
            if not lessons:
                raise SelfTestFailed("the course has no lessons")
            window.course.open_item("lesson", lessons[0].id)
            app.processEvents()
            shown = window.course.lesson_reader.toPlainText()
            if lessons[0].title not in shown or len(shown) < 200:
                raise SelfTestFailed("the first lesson did not show in the reader")
            check(f"lesson opened: «{lessons[0].title}» ({len(shown)} characters shown)")
            window.close()
            wait_for_all(10000)
            app.processEvents()
        finally:
            store.close()
    return done


def main() -> int:
    # Offscreen: the self-test runs on build machines and in CI, which have no display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _say("Minka self-test")
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="minka-self-test-") as tmp:
        try:
            checks = run_checks(Path(tmp))
        except Exception as exc:  # a self-test reports; it does not crash
            _say(f"  ✗ {type(exc).__name__}: {exc}")
            _say("self-test FAILED")
            return 1
    _say(f"self-test passed: {len(checks)} checks in {time.monotonic() - started:.1f} s")
    return 0
