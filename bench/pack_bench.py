"""Content packs: export and import times and sizes, and the first sync after a pack import.

    .venv/bin/python bench/pack_bench.py [--entries 10000]

Builds a real server (SQLite, the demo course with its files and the demo catalogue, then
a catalogue of `--entries` entries made from the demo's rows with new keys, sharing its
files), exports three packs with `minka-server pack export`, imports each into a new
client profile through app.services.packs, and compares the bytes of a participant's
first network sync with and without the course-and-catalogue pack (sync bodies both ways
plus the course files the sync downloads). Prints a table (docs/benchmarks.md).
"""
from __future__ import annotations

import argparse
import csv
import io
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.services import account, packs, syncing  # noqa: E402
from app.store.db import Store  # noqa: E402
from sync.packs import MANIFEST, Manifest, human_size  # noqa: E402
from sync.server import cli  # noqa: E402
from tests.helpers import ServerProcess  # noqa: E402

COURSE = "innovacion-educativa"
USER, PASSWORD = "rosa.quispe", "minka2026"


def _blob_bytes(store: Store) -> int:
    root = store.profile_dir / "blobs"
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) if root.exists() \
        else 0


def big_catalogue(demo_csv: Path, out: Path, entries: int) -> Path:
    header, *rows = list(csv.reader(io.StringIO(demo_csv.read_text(encoding="utf-8-sig"))))
    with open(out, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        key = header.index("key")
        for i in range(entries):
            row = list(rows[i % len(rows)])
            row[key] = f"BENCH-{i:05d}"
            writer.writerow(row)
    return out


def export(url: str, out: Path, *args: str) -> tuple[Path, float]:
    started = time.perf_counter()
    assert cli.main(["--db", url, "pack", "export", *args, "--out", str(out)]) == 0
    seconds = time.perf_counter() - started
    return max(out.iterdir(), key=lambda p: p.stat().st_mtime), seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="minka-pack-bench-") as tmp_name:
        tmp = Path(tmp_name)
        url = f"sqlite:///{tmp / 'server.db'}"
        assert cli.main(["--db", url, "init"]) == 0
        assert cli.main(["--db", url, "demo"]) == 0
        server = ServerProcess(url, tmp / "server.log").start()
        rows = []
        try:
            course_pack, t_course = export(url, tmp / "usb1", "--course", COURSE,
                                           "--catalogue", "--files", "all")
            demo_csv = next((tmp / "demo_repository").rglob("*.csv"))
            big = big_catalogue(demo_csv, tmp / "grande.csv", args.entries)
            assert cli.main(["--db", url, "repo", "import", str(big), "--files",
                             str(demo_csv.parent)]) in (0, 1)
            big_pack, t_big = export(url, tmp / "usb2", "--catalogue", "--files", "none")
            for label, pack, t_export in (
                    ("demo course + catalogue (160), all files", course_pack, t_course),
                    (f"catalogue of {args.entries + 160} entries, no files", big_pack,
                     t_big)):
                manifest = Manifest.model_validate_json((pack / MANIFEST).read_bytes())
                store = Store(tmp / f"import-{pack.name}")
                account.sign_in(store, server.url, USER, PASSWORD)
                started = time.perf_counter()
                packs.import_pack(store, pack)
                t_import = time.perf_counter() - started
                store.close()
                rows.append((label, manifest.records, len(manifest.files),
                             human_size(manifest.total_bytes), t_export, t_import))
            # the first sync with and without the course-and-catalogue pack (the big
            # catalogue is on the server now: both syncs bring it, or the pack's part)
            full = Store(tmp / "full")
            account.sign_in(full, server.url, USER, PASSWORD)
            first = syncing.sync_now(full)
            without = first.bytes_up + first.bytes_down + _blob_bytes(full)
            carried = Store(tmp / "carried")
            account.sign_in(carried, server.url, USER, PASSWORD)
            packs.import_pack(carried, big_pack)
            packs.import_pack(carried, course_pack)
            files_before = _blob_bytes(carried)
            after = syncing.sync_now(carried)
            with_pack = after.bytes_up + after.bytes_down + _blob_bytes(carried) - files_before
            full.close()
            carried.close()
        finally:
            server.stop()
    print(f"{'pack':48} {'records':>8} {'files':>6} {'size':>9} {'export s':>9} "
          f"{'import s':>9}")
    for label, records, files, size, t_export, t_import in rows:
        print(f"{label:48} {records:8} {files:6} {size:>9} {t_export:9.2f} {t_import:9.2f}")
    print(f"\nfirst sync without a pack: {without:,} bytes; after importing both packs: "
          f"{with_pack:,} bytes ({100 * with_pack / without:.1f} %)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
