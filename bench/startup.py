"""Start-up: process start to the main window's first paint, and peak memory.

    .venv/bin/python bench/startup.py [--runs 7] [--small]

Builds a large profile once (the demo course and forums through a real sync, 2,000 posts,
10,000 catalogue entries and the text of 2,000 documents), then starts the client on it
again and again, each run a fresh process, beside a bare PySide6 window as the baseline:
warm page cache; after dropping the page cache (root only); and pinned to one core with
taskset, to approximate an old computer. Prints a Markdown table for docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(QLabel("Minka")); w.resize(1280, 720)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint and not hasattr(self, "s"):
            self.s = 1
            hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM:")][0]
            print(f"first-paint {time.time():.6f} {hwm.split()[1]}", flush=True)
            QTimer.singleShot(0, w.close)
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""


def build_profile(folder: Path, small: bool) -> Path:
    from search_bench import build
    from sync_bench import server_posts

    from app.services import syncing
    from app.store.db import Store
    from tests.helpers import ServerProcess, seed, signed_in_profile
    from sync.server import cli
    url = f"sqlite:///{folder / 'server.db'}"
    seed(url)
    server_posts(url, 200 if small else 2000, random.Random(3))
    seed(url, users=("julio.huaman", "maribel.torres"), role="facilitator")
    assert cli.main(["--db", url, "course", "import",
                     str(ROOT / "resources" / "demo_course")]) == 0
    assert cli.main(["--db", url, "course", "enroll", "innovacion-educativa", "ana"]) == 0
    server = ServerProcess(url, folder / "server.log").start()
    try:
        store = signed_in_profile(folder / "perfil", server.url, "ana")
        syncing.sync_now(store)
        build(store, 1000 if small else 10_000, 200 if small else 2000, random.Random(7))
        store.close()
    finally:
        server.stop()
    return folder / "perfil"


def drop_caches() -> bool:
    if os.geteuid() != 0:
        return False
    subprocess.run(["sync"])
    try:
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def one_run(command: list[str], env: dict) -> tuple[float, float]:
    """(seconds from process start to first paint, peak RSS in MiB)."""
    started = time.time()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, cwd=ROOT)
    painted, peak_kib = None, 0
    for line in proc.stdout:
        if line.startswith("first-paint "):
            painted, peak_kib = float(line.split()[1]), int(line.split()[2])
    proc.wait()
    if painted is None:
        raise RuntimeError(f"{command[-1]!r} never painted (exit {proc.returncode})")
    # Measured by the child itself: ru_maxrss would carry this bench's own peak over
    # fork and exec.
    return painted - started, peak_kib / 1024


def series(name: str, command: list[str], env: dict, runs: int, cold: bool) -> dict:
    times, peaks = [], []
    for _ in range(runs):
        if cold and not drop_caches():
            return {}
        seconds, peak = one_run(command, env)
        times.append(seconds)
        peaks.append(peak)
    return dict(name=name, min=min(times), median=statistics.median(times),
                peak=max(peaks))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--small", action="store_true", help="a tenth of the profile")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        profile = build_profile(Path(tmp), args.small)
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   MINKA_STARTUP_PROBE="1", PYTHONPATH=str(ROOT))
        minka = [sys.executable, "-m", "app", "--profile", str(profile)]
        bare = [sys.executable, "-c", BARE]
        one_core = ["taskset", "-c", "0"] if shutil.which("taskset") else None
        rows = []
        for label, cold, prefix in (("warm cache", False, []), ("cold cache", True, []),
                                    ("one core, warm", False, one_core)):
            if prefix is None:
                continue
            for name, command in (("bare PySide6 window", bare), ("Minka", minka)):
                row = series(name, prefix + command, env, args.runs, cold)
                if row:
                    rows.append((label, row))
    print(f"\n{args.runs} runs each; first paint from process start; peak RSS\n")
    print("| case | program | min s | median s | peak MiB |")
    print("|---|---|---|---|---|")
    for label, r in rows:
        print(f"| {label} | {r['name']} | {r['min']:.2f} | {r['median']:.2f} | "
              f"{r['peak']:.0f} |")


if __name__ == "__main__":
    main()
