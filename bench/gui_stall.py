"""The longest GUI-thread stall during a new member's first sync (target: ≤ 50 ms).

The first sync brings 2,000 forum posts, the demo course with its files and the demo
catalogue (160 entries, indexed for search as they arrive).

    .venv/bin/python bench/gui_stall.py [--posts 2000] [--preset municipal]

A QTimer ticks every 10 ms on the GUI thread while the window runs a real sync (worker
thread, real server on loopback, optionally through badlink). The stall is the largest gap
between two ticks beyond the 10 ms interval; the table also shows the 99th percentile.
The window is real (offscreen platform unless $QT_QPA_PLATFORM says otherwise).
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402

from app.services.account import current_account  # noqa: E402
from app.ui.application import create_application  # noqa: E402
from sync_bench import (PRESETS, BadLink, catalogue_parts, import_catalogue,  # noqa: E402
                        import_course, server_posts, stop_link)
from tests.helpers import ServerProcess, seed, signed_in_profile  # noqa: E402
from tests.links import start_link  # noqa: E402


def measure(posts: int, preset: str | None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        url = f"sqlite:///{tmp / 'server.db'}"
        seed(url)
        server_posts(url, posts, random.Random(3))
        # the rest of a new member's first sync: the demo course (with its files) and
        # the demo catalogue's metadata
        seed(url, users=("julio.huaman", "maribel.torres"), role="facilitator")
        import_course(url, ROOT / "resources" / "demo_course")
        before, week, doc_files = catalogue_parts(tmp / "catalogo", 1)
        import_catalogue(url, before, doc_files)
        import_catalogue(url, week, doc_files)
        server = ServerProcess(url, tmp / "server.log").start()
        link = None
        try:
            store = signed_in_profile(tmp / "nuevo", server.url, "ana")
            if preset:
                from app.store import meta
                link = BadLink(target=("127.0.0.1", server.port), **PRESETS[preset])
                port = start_link(link)
                with store.session() as s, s.begin():
                    meta.put(s, "server_url", f"http://127.0.0.1:{port}")
            app = create_application(sys.argv, "es")
            from app.ui.main_window import FORUMS, MainWindow
            window = MainWindow(store, current_account(store), auto_sync=False)
            window.show()
            window.nav.setCurrentRow(FORUMS)
            gaps: list[float] = []
            clock = QElapsedTimer()
            clock.start()
            last = [clock.nsecsElapsed()]

            def tick():
                now = clock.nsecsElapsed()
                gaps.append((now - last[0]) / 1e6 - 10.0)
                last[0] = now
            timer = QTimer()
            timer.setInterval(10)
            timer.timeout.connect(tick)
            loop = QEventLoop()
            window.sync.finished.connect(lambda *_: QTimer.singleShot(300, loop.quit))
            window.sync.failed.connect(lambda code: (print("sync failed:", code),
                                                     loop.quit()))
            started = time.monotonic()
            timer.start()
            window.sync_now()
            loop.exec()
            timer.stop()
            seconds = time.monotonic() - started
            pulled = window.forums.threads.total
            window.close()
            store.close()
            app.processEvents()
        finally:
            if link:
                stop_link(link)
            server.stop()
    gaps.sort()
    return dict(seconds=seconds, ticks=len(gaps), max=max(gaps),
                p99=gaps[int(len(gaps) * 0.99) - 1], median=statistics.median(gaps),
                threads=pulled)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=2000)
    parser.add_argument("--preset", choices=sorted(PRESETS), default=None)
    args = parser.parse_args()
    r = measure(args.posts, args.preset)
    print("| posts | link | sync s | ticks | longest stall ms | p99 stall ms | median ms |")
    print("|---:|---|---:|---:|---:|---:|---:|")
    print(f"| {args.posts} | {args.preset or 'loopback'} | {r['seconds']:.1f} | {r['ticks']} | "
          f"{r['max']:.1f} | {r['p99']:.1f} | {r['median']:.1f} |")


if __name__ == "__main__":
    main()
