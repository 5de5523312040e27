"""Sync benchmark: forum scenarios through a simulated rural link, against the physical floor.

    .venv/bin/python bench/sync_bench.py [--presets municipal rural-3g rural-2g] [--quick]

Scenarios (the forum part of issue 5's; files come with the course and repository):
- week:   the client queued 40 posts (60–180 words); the server has 500 new posts.
- first:  a new member's first sync with 2,000 posts on the server.
- quiet:  nothing new either way.

Each runs through ../shared/tools/badlink.py with a preset. Printed per scenario and preset:
seconds, bytes on the wire up/down (counted by the link), HTTP requests, and the floor —
the payload (the JSON bodies) compressed with gzip -9, divided by the link's bandwidth each
way, plus two round trips — and the ratio seconds / floor.
"""
from __future__ import annotations

import argparse
import gzip
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

from app.services import forums, syncing  # noqa: E402
from app.store.db import Store  # noqa: E402
from app.store.replica import StoreReplica  # noqa: E402
from sync import client  # noqa: E402
from sync.server import db  # noqa: E402
from sync.server.models import Post, Thread, User  # noqa: E402
from sync.server.seq import take_seq  # noqa: E402
from tests.helpers import FORUM_ID, ServerProcess, seed, signed_in_profile  # noqa: E402

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
    link = BadLink(target=("127.0.0.1", server.port), **PRESETS[preset])
    port = link.start_in_thread()
    acct_url = f"http://127.0.0.1:{port}"
    from app.services.account import current_account
    account = current_account(store)
    engine = client.SyncEngine(acct_url, account.token, account.device_id,
                               StoreReplica(store))
    engine.trace = []
    started = time.monotonic()
    summary = engine.run()
    seconds = time.monotonic() - started
    time.sleep(0.2)  # let the link count the closing bytes
    stats = link.stats()
    stop_link(link)
    up_payload = b"".join(gzip.decompress(b) for b, _ in engine.trace)
    down_payload = b"".join(gzip.decompress(r) for _, r in engine.trace)
    cfg = PRESETS[preset]
    floor = (len(gzip.compress(up_payload, 9)) * 8 / (cfg["up_kbps"] * 1000)
             + len(gzip.compress(down_payload, 9)) * 8 / (cfg["down_kbps"] * 1000)
             + 2 * 2 * cfg["delay_ms"] / 1000)
    return dict(seconds=seconds, up=stats["bytes_up"], down=stats["bytes_down"],
                requests=summary.requests, floor=floor, pushed=summary.pushed,
                pulled=summary.pulled)


def run(presets: list[str], scale: float) -> list[tuple]:
    rows = []
    rng = random.Random(7)
    for preset in presets:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            url = f"sqlite:///{tmp / 'server.db'}"
            seed(url)
            server = ServerProcess(url, tmp / "server.log").start()
            try:
                # week offline: A is up to date, writes 40 posts; B's side brings 500.
                ana = signed_in_profile(tmp / "ana", server.url, "ana")
                syncing.sync_now(ana)
                thread = forums.create_thread(ana, FORUM_ID, "Diario de la semana",
                                              prose(rng, 60, 180))
                for _ in range(int(39 * scale)):
                    forums.reply(ana, thread, prose(rng, 60, 180))
                server_posts(url, int(500 * scale), rng)
                rows.append(("week", preset, measured_sync(ana, server, preset)))
                rows.append(("quiet", preset, measured_sync(ana, server, preset)))
                # first sync of a new member: 2,000 posts in all on the server
                server_posts(url, int(2000 * scale) - int(540 * scale), rng)
                carmen = signed_in_profile(tmp / "nuevo", server.url, "beto")
                rows.append(("first", preset, measured_sync(carmen, server, preset)))
                ana.close()
                carmen.close()
            finally:
                server.stop()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--presets", nargs="+", default=["municipal", "rural-3g", "rural-2g"])
    parser.add_argument("--quick", action="store_true", help="a tenth of the data")
    args = parser.parse_args()
    rows = run(args.presets, 0.1 if args.quick else 1.0)
    print("| scenario | preset | seconds | floor s | ratio | bytes up | bytes down | "
          "requests | pushed | pulled |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for scenario, preset, r in rows:
        print(f"| {scenario} | {preset} | {r['seconds']:.1f} | {r['floor']:.1f} | "
              f"{r['seconds'] / r['floor']:.2f} | {r['up']:,} | {r['down']:,} | "
              f"{r['requests']} | {r['pushed']} | {r['pulled']} |")


if __name__ == "__main__":
    main()
