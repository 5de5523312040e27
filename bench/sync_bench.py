"""Sync benchmark: forum scenarios through a simulated rural link, against the physical floor.

    .venv/bin/python bench/sync_bench.py [--presets municipal rural-3g rural-2g] [--quick]

Scenarios (issue 5's):
- week:   the client queued 40 posts (60–180 words) and 3 submissions with a 500 KB photo
          each; the server has 500 new posts, 20 new catalogue entries and 2 new lessons.
- quiet:  nothing new either way.
- first:  a new member's first sync: the whole demo course with its files, the catalogue's
          metadata (the demo catalogue, 160 entries; document files come on demand), 2,000
          posts.
- 20 MB file: one large document downloaded.

Each runs through ../shared/tools/badlink.py with a preset. Printed per scenario and preset:
seconds, bytes on the wire up/down (counted by the link), HTTP requests, and the floor —
the payload (the JSON bodies) compressed with gzip -9, divided by the link's bandwidth each
way, plus two round trips — and the ratio seconds / floor.
"""
from __future__ import annotations

import argparse
import gzip
import shutil
from dataclasses import replace
import random
import sys
import tempfile
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent / "shared" / "tools"))

from badlink import PRESETS, BadLink  # noqa: E402

from app.services import course, files, forums, syncing  # noqa: E402
from app.services.account import current_account  # noqa: E402
from app.store.db import Store  # noqa: E402
from app.store.replica import StoreReplica  # noqa: E402
from sync import client  # noqa: E402
from sync.server import cli, db  # noqa: E402
from sync.server.models import Post, Thread, User  # noqa: E402
from sync.server.seq import take_seq  # noqa: E402
from sqlalchemy import select  # noqa: E402

from tests.helpers import FORUM_ID, ServerProcess, seed, signed_in_profile  # noqa: E402
from tests.links import start_link  # noqa: E402  (no CancelledError when a link stops)

WORDS = ("comunidad aprendizaje diálogo familias escuela tertulia lectura niñas niños "
         "docentes directora especialista UGEL sueño transformación grupos interactivos "
         "voluntarias madres padres asamblea participación evaluación logros lectura "
         "escritura matemática quechua castellano comunidad campesina reunión acuerdo "
         "formación acompañamiento visita monitoreo planificación").split()


def prose(rng: random.Random, lo: int, hi: int) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(lo, hi))]
    sentences, i = [], 0
    while i < len(words):
        n = rng.randint(8, 16)
        sentences.append(" ".join(words[i:i + n]).capitalize() + ".")
        i += n
    return " ".join(sentences)


def server_posts(url: str, count: int, rng: random.Random, threads: int = 25) -> None:
    """Posts by another member written straight into the server database."""
    engine = db.make_engine(url)
    with db.session_factory(engine)() as s, s.begin():
        author = s.query(User).filter_by(username="beto").one().id
        now = datetime.now(timezone.utc)
        ids = []
        for t in range(threads):
            tid = str(uuid.uuid4())
            s.add(Thread(id=tid, forum_id=FORUM_ID, author_id=author, created_at=now,
                         title=f"Tema de prueba {t}: {prose(rng, 4, 8)}"[:200],
                         seq=take_seq(s)))
            ids.append(tid)
        s.flush()
        for _ in range(count):
            s.add(Post(id=str(uuid.uuid4()), thread_id=rng.choice(ids), author_id=author,
                       body=prose(rng, 60, 180), created_at=now, seq=take_seq(s)))
    engine.dispose()


def stop_link(link: BadLink) -> None:
    """Stop the proxy; its stop() can race its own loop closing, which is harmless here."""
    link.set(down=True)
    time.sleep(0.05)
    try:
        link.stop()
    except RuntimeError:
        pass


def measured_sync(store: Store, server: ServerProcess, preset: str) -> dict:
    """One whole sync as the app runs it (files up, exchange, course files down) through
    the link, with the payload of each part kept for the floor."""
    link = BadLink(target=("127.0.0.1", server.port), **PRESETS[preset])
    port = start_link(link)
    account = replace(current_account(store), server_url=f"http://127.0.0.1:{port}")
    engine = client.SyncEngine(account.server_url, account.token, account.device_id,
                               StoreReplica(store))
    engine.trace = []
    cache = files.cache(store)
    ups = [cache.path_for(r["sha256"]).read_bytes() for r in files.files_to_upload(store)]
    held = {path for path in cache.root.rglob("*") if path.is_file()}
    started = time.monotonic()
    files.upload_pending(store, account, lambda *_: None)
    # the exchange with the course files travelling beside it, as syncing.sync_now runs it
    summary = syncing._exchange_and_fetch(store, account, engine, None, lambda *_: None,
                                          None, None)
    seconds = time.monotonic() - started
    wanted = [dict(sha256=path.name) for path in cache.root.rglob("*")
              if path.is_file() and path not in held and len(path.name) == 64]
    time.sleep(0.2)  # let the link count the closing bytes
    stats = link.stats()
    stop_link(link)
    downs = [cache.path_for(r["sha256"]).read_bytes() for r in wanted]
    cfg = PRESETS[preset]
    # Each body and file compressed on its own with gzip -9: what an ideal sender would
    # put on the wire for the same content.
    up_floor = sum(len(gzip.compress(gzip.decompress(b), 9)) for b, _ in engine.trace) \
        + sum(len(gzip.compress(data, 9)) for data in ups)
    down_floor = sum(len(gzip.compress(gzip.decompress(r), 9)) for _, r in engine.trace) \
        + sum(len(gzip.compress(data, 9)) for data in downs)
    floor = (up_floor * 8 / (cfg["up_kbps"] * 1000) + down_floor * 8 / (cfg["down_kbps"] * 1000)
             + 2 * 2 * cfg["delay_ms"] / 1000)
    return dict(seconds=seconds, up=stats["bytes_up"], down=stats["bytes_down"],
                # the exchanges, plus per file: ask + send up, or one ranged GET down
                requests=summary.requests + 2 * len(ups) + len(downs), floor=floor,
                pushed=summary.pushed, pulled=summary.pulled,
                files=len(ups) + len(downs))


def catalogue_parts(folder: Path, new: int) -> tuple[Path, Path, Path]:
    """The demo catalogue as two CSV files: what the server had before, and `new` entries
    published during the week; plus its files' folder."""
    from resources.demo_repository.make_catalogue import build
    csv_path = build(folder)
    header, *rows = csv_path.read_text(encoding="utf-8-sig").splitlines(keepends=True)
    before, week = folder / "antes.csv", folder / "semana.csv"
    before.write_text(header + "".join(rows[:-new]), encoding="utf-8")
    week.write_text(header + "".join(rows[-new:]), encoding="utf-8")
    return before, week, csv_path.parent


def import_catalogue(url: str, csv_path: Path, files_dir: Path) -> None:
    assert cli.main(["--db", url, "repo", "import", str(csv_path), "--files",
                     str(files_dir)]) == 0


def import_course(url: str, folder: Path) -> None:
    assert cli.main(["--db", url, "course", "import", str(folder)]) == 0
    assert cli.main(["--db", url, "course", "enroll", "innovacion-educativa", "ana",
                     "beto"]) == 0


def add_lessons(folder: Path, count: int) -> None:
    """Two new lessons in the last module, as a facilitator would publish mid-course."""
    manifest = folder / "course.toml"
    text = manifest.read_text(encoding="utf-8")
    names = []
    for i in range(count):
        name = f"m4/nueva-{i}.md"
        (folder / name).write_text(f"# Lección nueva {i}\n\n" + prose(random.Random(i), 500, 700),
                                   encoding="utf-8")
        names.append(name)
    head, _, tail = text.rpartition("lessons = [")
    inside, _, rest = tail.partition("]")
    manifest.write_text(head + "lessons = [" + inside.rstrip().rstrip(",") + ", "
                        + ", ".join(f'"{n}"' for n in names) + "]" + rest, encoding="utf-8")


def print_row(scenario: str, preset: str, r: dict) -> None:
    print(f"| {scenario} | {preset} | {r['seconds']:.1f} | {r['floor']:.1f} | "
          f"{r['seconds'] / r['floor']:.2f} | {r['up']:,} | {r['down']:,} | "
          f"{r['requests']} | {r['pushed']} | {r['pulled']} | {r['files']} |", flush=True)


class Rows(list):
    """Rows printed as they come: a slow link's run can take many minutes."""

    def append(self, row) -> None:
        super().append(row)
        print_row(*row)


def run(presets: list[str], scale: float, file_mb: float = 20,
        photos: bool = True) -> list[tuple]:
    rows = Rows()
    rng = random.Random(7)
    for preset in presets:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            url = f"sqlite:///{tmp / 'server.db'}"
            seed(url)
            seed(url, users=("julio.huaman", "maribel.torres"), role="facilitator")
            course_dir = tmp / "curso"
            shutil.copytree(ROOT / "resources" / "demo_course", course_dir)
            import_course(url, course_dir)
            before, week_csv, doc_files = catalogue_parts(tmp / "catalogo", 20)
            import_catalogue(url, before, doc_files)
            server = ServerProcess(url, tmp / "server.log").start()
            try:
                # week offline: A is up to date, writes 40 posts and hands in 3 assignments
                # with a 500 KB photo each; meanwhile 500 posts and 2 lessons appear.
                ana = signed_in_profile(tmp / "ana", server.url, "ana")
                syncing.sync_now(ana)
                thread = forums.create_thread(ana, FORUM_ID, "Diario de la semana",
                                              prose(rng, 60, 180))
                for _ in range(int(39 * scale)):
                    forums.reply(ana, thread, prose(rng, 60, 180))
                modules = course.outline(ana, course.list_courses(ana)[0].id)
                for i, module in enumerate(modules[:3] if photos else []):
                    photo = tmp / f"foto-{i}.jpg"
                    photo.write_bytes(rng.randbytes(int(500_000 * scale)))
                    task = module.assignments[0].id
                    course.submit(ana, task, prose(rng, 300, 500),
                                  [course.attach_file(ana, task, photo)])
                server_posts(url, int(500 * scale), rng)
                add_lessons(course_dir, 2)
                import_course(url, course_dir)
                import_catalogue(url, week_csv, doc_files)
                rows.append(("week", preset, measured_sync(ana, server, preset)))
                rows.append(("quiet", preset, measured_sync(ana, server, preset)))
                # first sync of a new member: the whole course with its files, the
                # catalogue's metadata, 2,000 posts
                server_posts(url, int(2000 * scale) - int(540 * scale), rng)
                beto = signed_in_profile(tmp / "nuevo", server.url, "beto")
                rows.append(("first", preset, measured_sync(beto, server, preset)))
                # a 20 MB document: the blob download through the same link
                if file_mb:
                    rows.append((f"{file_mb:g} MB file", preset,
                                 measured_file(beto, server, preset, url,
                                               int(file_mb * 1e6 * scale), rng)))
                ana.close()
                beto.close()
            finally:
                server.stop()
    return rows


def measured_file(store: Store, server: ServerProcess, preset: str, url: str, size: int,
                  rng: random.Random) -> dict:
    """Download one large file the member may read (attached to a forum post)."""
    from sync import blobs
    from sync.server.blobs import BlobStore, attach, resolve_blob_dir
    data = rng.randbytes(size)
    source = Path(tempfile.mkdtemp()) / "documento.pdf"
    source.write_bytes(data)
    engine = db.make_engine(url)
    with db.session_factory(engine)() as s, s.begin():
        sha = BlobStore(resolve_blob_dir(url)).add_file(s, source)
        post = s.scalars(select(Post.id).limit(1)).first()
        attach(s, sha, "post", post)
    engine.dispose()
    link = BadLink(target=("127.0.0.1", server.port), **PRESETS[preset])
    port = start_link(link)
    account = current_account(store)
    started = time.monotonic()
    blobs.download(f"http://127.0.0.1:{port}", account.token, sha, size,
                   files.cache(store).path_for(sha))
    seconds = time.monotonic() - started
    time.sleep(0.2)
    stats = link.stats()
    stop_link(link)
    cfg = PRESETS[preset]
    floor = (len(gzip.compress(data, 9)) * 8 / (cfg["down_kbps"] * 1000)
             + 2 * 2 * cfg["delay_ms"] / 1000)
    return dict(seconds=seconds, up=stats["bytes_up"], down=stats["bytes_down"],
                requests=1, floor=floor, pushed=0, pulled=0, files=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--presets", nargs="+", default=["municipal", "rural-3g", "rural-2g"])
    parser.add_argument("--quick", action="store_true", help="a tenth of the data")
    parser.add_argument("--file-mb", type=float, default=20,
                        help="size of the large document (0: skip; 20 MB takes ~30 min on 2G)")
    parser.add_argument("--no-photos", action="store_true",
                        help="the week without its 3 submissions and photos (issue 14's "
                             "floor: 40 posts up, 500 down)")
    args = parser.parse_args()
    print("| scenario | preset | seconds | floor s | ratio | bytes up | bytes down | "
          "HTTP requests | ops pushed | changes pulled | files |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|", flush=True)
    run(args.presets, 0.1 if args.quick else 1.0, args.file_mb, photos=not args.no_photos)


if __name__ == "__main__":
    main()
