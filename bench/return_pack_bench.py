"""The never-online week's files: outbox with an enrolment, its delivery, the return pack.

    .venv/bin/python bench/return_pack_bench.py [--participants 3]

A real server (SQLite, the demo course and catalogue, its network key); each participant
is made with `user add --enrolment-code`, imports the course pack on a new profile,
enrols offline, hands in the assignment and writes the outbox file. Then, at the server's
console, `outbox import` (binding the device, spending the code) and `outbox return`;
the return pack is imported on the participant's computer. Prints sizes and times
(docs/benchmarks.md).
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
import time
from contextlib import redirect_stdout
from io import StringIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.services import course, enrolment, outbox_drive, packs, return_packs  # noqa: E402
from app.store.db import Store  # noqa: E402
from sync.server import cli  # noqa: E402

COURSE = "innovacion-educativa"
PASSWORD = "tertulia en Sicuani"


def _timed(call):
    started = time.perf_counter()
    value = call()
    return value, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        url = f"sqlite:///{root / 'server.db'}"
        quiet = StringIO()
        with redirect_stdout(quiet):
            assert cli.main(["--db", url, "init"]) == 0
            assert cli.main(["--db", url, "demo"]) == 0
        codes = {}
        for i in range(args.participants):
            name = f"participante{i + 1}"
            out = StringIO()
            with redirect_stdout(out):
                assert cli.main(["--db", url, "user", "add", name, "--password", PASSWORD,
                                 "--enrolment-code"]) == 0
                assert cli.main(["--db", url, "course", "enroll", COURSE, name]) == 0
            codes[name] = re.search(r"Código:\s+(\S+)", out.getvalue()).group(1)
        out = StringIO()
        with redirect_stdout(out):
            assert cli.main(["--db", url, "network", "show"]) == 0
            assert cli.main(["--db", url, "pack", "export", "--course", COURSE, "--files",
                             "course", "--out", str(root / "usb")]) == 0
        identity = next(line for line in out.getvalue().splitlines() if line.startswith("{"))
        known = json.loads(identity)            # what a bundle carries
        packs.bundled_network = lambda: packs.TrustedNetwork(known["id"], known["public_key"])
        (pack,) = (root / "usb").iterdir()
        rows = []
        for name, code in codes.items():
            store = Store(root / f"perfil-{name}")
            packs.import_pack(store, shutil.copytree(pack, root / f"pack-{name}"))
            _acct, t_enrol = _timed(lambda: enrolment.enrol_offline(store, name, code,
                                                                      PASSWORD))
            [mine] = course.list_courses(store)
            task = next(a for m in course.outline(store, mine.id) for a in m.assignments)
            course.submit(store, task.id, "Organizamos la tertulia con nueve familias. " * 20,
                          [])
            drive = root / f"USB-{name}"
            drive.mkdir()
            outbox, t_outbox = _timed(lambda: outbox_drive.write_outbox(store, drive))
            with redirect_stdout(StringIO()):
                _, t_deliver = _timed(lambda: cli.main(["--db", url, "outbox", "import",
                                                        str(outbox)]))
                _, t_return = _timed(lambda: cli.main(["--db", url, "outbox", "return",
                                                       str(outbox), "--out",
                                                       str(drive / "regreso")]))
            (back,) = (drive / "regreso").glob("*.zip")
            received, t_import = _timed(lambda: return_packs.import_return_pack(store, back))
            rows.append((name, t_enrol, outbox.stat().st_size, t_outbox, t_deliver,
                         back.stat().st_size, received.changes, t_return, t_import))
            store.close()
    print(f"{'participant':14} {'enrol s':>8} {'outbox B':>9} {'write s':>8} "
          f"{'deliver s':>9} {'return B':>9} {'changes':>8} {'return s':>9} {'import s':>9}")
    for name, t_enrol, o_size, t_o, t_d, r_size, changes, t_r, t_i in rows:
        print(f"{name:14} {t_enrol:8.2f} {o_size:9,} {t_o:8.2f} {t_d:9.2f} {r_size:9,} "
              f"{changes:8} {t_r:9.2f} {t_i:9.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
