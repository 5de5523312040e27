"""Start-up: process start to the main window's first paint, to ready, and peak memory.

    .venv/bin/python bench/startup.py [--runs 7] [--small]

Builds a large profile once (the demo course and forums through a real sync, 2,000 posts,
10,000 catalogue entries and the text of 2,000 documents), then starts the client on it
again and again, each run a fresh process, beside a bare PySide6 window as the baseline:
warm page cache; after dropping the page cache (root only); and pinned to one core with
taskset, to approximate an old computer. Prints a Markdown table for docs/benchmarks.md.

"First paint" is the window showing Inicio with the person's own content (from the
profile's first look, app/services/first_look.py); "ready" is the store open, Inicio
live and the sync started; the peak memory is the child's own VmHWM at ready. The first
start of a profile (no first look yet) is measured too: it builds everything first.
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
            print(f"ready {time.time():.6f} {hwm.split()[1]}", flush=True)
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


def one_run(command: list[str], env: dict) -> tuple[float, float, float]:
    """(seconds from process start to first paint, to ready, peak RSS in MiB at ready)."""
    started = time.time()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, cwd=ROOT)
    seen = {}
    for line in proc.stdout:
        if line.startswith(("first-paint ", "ready ")):
            word, moment, peak_kib = line.split()
            seen[word] = (float(moment), int(peak_kib))
    proc.wait()
    if "ready" not in seen:
        raise RuntimeError(f"{command[-1]!r} never got ready (exit {proc.returncode})")
    # Measured by the child itself: ru_maxrss would carry this bench's own peak over
    # fork and exec.
    return (seen["first-paint"][0] - started, seen["ready"][0] - started,
            seen["ready"][1] / 1024)


def series(name: str, command: list[str], env: dict, runs: int, cold: bool,
           before=None) -> dict:
    paints, readies, peaks = [], [], []
    for _ in range(runs):
        if before is not None:
            before()
        if cold and not drop_caches():
            return {}
        paint, ready, peak = one_run(command, env)
        paints.append(paint)
        readies.append(ready)
        peaks.append(peak)
    return dict(name=name, min=min(paints), median=statistics.median(paints),
                ready=statistics.median(readies), peak=max(peaks))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--small", action="store_true", help="a tenth of the profile")
    parser.add_argument("--bundle", metavar="FOLDER",
                        help="start the bundle in FOLDER (make bundle: dist/Minka) instead "
                             "of the source")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        profile = build_profile(Path(tmp), args.small)
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   MINKA_STARTUP_PROBE="1", PYTHONPATH=str(ROOT))
        minka = [sys.executable, "-m", "app", "--profile", str(profile)]
        if args.bundle:
            minka = [str(Path(args.bundle).resolve() / "Minka"), "--profile", str(profile)]
        bare = [sys.executable, "-c", BARE]
        one_core = ["taskset", "-c", "0"] if shutil.which("taskset") else None
        look = profile / "inicio.json"
        rows = []
        # The profile's first start (no first look yet), then the everyday start.
        row = series("Minka, first start of the profile", minka, env, args.runs, False,
                     before=lambda: look.unlink(missing_ok=True))
        rows.append(("warm cache", row))
        for label, cold, prefix in (("warm cache", False, []), ("cold cache", True, []),
                                    ("one core, warm", False, one_core)):
            if prefix is None:
                continue
            for name, command in (("bare PySide6 window", bare), ("Minka", minka)):
                row = series(name, prefix + command, env, args.runs, cold)
                if row:
                    rows.append((label, row))
    print(f"\n{args.runs} runs each, from process start; peak RSS at ready\n")
    print("| case | program | first paint min s | first paint median s | ready median s "
          "| peak MiB |")
    print("|---|---|---|---|---|---|")
    for label, r in rows:
        print(f"| {label} | {r['name']} | {r['min']:.2f} | {r['median']:.2f} | "
              f"{r['ready']:.2f} | {r['peak']:.0f} |")


if __name__ == "__main__":
    main()
