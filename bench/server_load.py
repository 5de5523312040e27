"""Server load benchmark: many devices syncing at once against `serve --workers N` on
PostgreSQL, on loopback.

    .venv/bin/python bench/server_load.py [--workers 2] [--threads 40] [--clients 50 200 500]
                                          [--seconds 15] [--modes quiet push]

Each simulated device is an asyncio task speaking HTTP/1.1 on its own keep-alive
connection (a hand-written client: requests' threads would spend the CPU the server needs
on this shared 2-core machine); the devices are spread over several load processes
(multiprocessing). Each device syncs again as soon as its answer arrives (a closed loop:
concurrency = devices), so syncs/s is what the server sustains, and latency includes the
queueing in front of it.

Modes, as the app sends them (gzip JSON both ways, a real token of its own device):
- quiet: nothing to push, the cursor at the head: the answer is empty;
- push:  10 new posts (60-180 words) pushed, and the 50 changes after a cursor pulled
         (limit 50, from a server holding 20,000 posts).

A throwaway PostgreSQL is started (tests/pgserver.py) with fsync and synchronous_commit
ON, as in production (the test fixture turns them off). Printed: a markdown table with
syncs/s, p50/p95/p99 latency in ms and errors, per mode and concurrency, and the machine
load (`uptime`) before and after.
"""
from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import multiprocessing as mp
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sync import protocol as p  # noqa: E402

SYNC_PATH = p.API_PREFIX + "/sync"
WORDS = ("comunidad aprendizaje diálogo familias escuela tertulia lectura niñas niños "
         "docentes directora especialista UGEL sueño transformación grupos interactivos "
         "voluntarias madres padres asamblea participación evaluación logros").split()
SERVER_POSTS = 20_000
PUSH, PULL = 10, 50
WARMUP = 4.0   # seconds of load before the measured window (connections, caches)


def prose(rng: random.Random, lo: int, hi: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(lo, hi))).capitalize() + "."


# ---- the load: one process, many devices ---------------------------------------------

async def _request(reader, writer, host: str, token: str, body: bytes) -> int:
    writer.write((f"POST {SYNC_PATH} HTTP/1.1\r\nHost: {host}\r\n"
                  f"Authorization: Bearer {token}\r\nContent-Type: application/json\r\n"
                  f"Content-Encoding: gzip\r\nContent-Length: {len(body)}\r\n\r\n"
                  ).encode() + body)
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    answer = await reader.readexactly(length)
    if status == 200:
        gzip.decompress(answer)  # as the client does: the answer is read, not dropped
    return status


def _body(device: dict, mode: str, rng: random.Random, threads: list[str],
          head: int) -> bytes:
    if mode == "quiet":
        return device["quiet_body"]
    now = datetime.now(timezone.utc)
    ops = [p.make_op(uuid.uuid4(), "post.create",
                     p.PostCreate(id=uuid.uuid4(), thread_id=rng.choice(threads),
                                  body=prose(rng, 60, 180)), now) for _ in range(PUSH)]
    cursor = rng.randint(1, max(1, head - PULL * 2))
    return p.encode_body(p.SyncRequest(device_id=device["device_id"], cursor=cursor,
                                       ops=ops, limit=PULL))


async def _device(host, port, device, mode, threads, head, start_at, stop_at, out):
    await asyncio.sleep(max(0.0, start_at - 3.0 - time.time()) * random.random())
    rng = random.Random(device["device_id"])
    reader, writer = await asyncio.open_connection(host, port)
    try:
        while time.time() < stop_at:
            body = _body(device, mode, rng, threads, head)
            began = time.time()
            try:
                status = await _request(reader, writer, host, device["token"], body)
            except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
                out["errors"].append(type(exc).__name__)
                writer.close()
                reader, writer = await asyncio.open_connection(host, port)
                continue
            ended = time.time()
            if began >= start_at and ended <= stop_at:  # only the measured window
                if status == 200:
                    out["latencies"].append(ended - began)
                else:
                    out["errors"].append(f"HTTP {status}")
    finally:
        writer.close()


def load_process(host, port, devices, mode, threads, head, seconds, barrier, queue):
    barrier.wait()  # every process imported and ready: the clock starts for all at once
    start_at = time.time() + WARMUP
    stop_at = start_at + seconds

    async def main():
        out = {"latencies": [], "errors": []}
        await asyncio.gather(*(_device(host, port, d, mode, threads, head, start_at,
                                       stop_at, out) for d in devices))
        return out
    queue.put(asyncio.run(main()))


def run_level(host, port, devices, mode, threads, head, seconds, processes) -> dict:
    queue = mp.Queue()
    shares = [share for share in (devices[i::processes] for i in range(processes)) if share]
    barrier = mp.Barrier(len(shares))
    procs = [mp.Process(target=load_process, args=(host, port, share, mode, threads, head,
                                                   seconds, barrier, queue))
             for share in shares]
    for proc in procs:
        proc.start()
    results = [queue.get() for _ in procs]
    for proc in procs:
        proc.join()
    latencies = sorted(x for r in results for x in r["latencies"])
    errors = [e for r in results for e in r["errors"]]

    def pct(q):
        if not latencies:
            return float("nan")
        return latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000

    return dict(rate=len(latencies) / seconds, p50=pct(0.50), p95=pct(0.95), p99=pct(0.99),
                errors=len(errors), error_kinds=sorted(set(errors))[:3],
                mean=statistics.fmean(latencies) * 1000 if latencies else float("nan"))


# ---- the server ------------------------------------------------------------------------

def prepare(url: str, clients: int) -> tuple[list[dict], list[str], int]:
    """Accounts, devices with tokens, a forum with threads and SERVER_POSTS posts."""
    from sqlalchemy import func, select

    from sync.server import accounts, db
    from sync.server.models import Post, SeqCounter, Thread, User
    from sync.server.seq import take_seq
    from tests.helpers import FORUM_ID, seed

    users = [f"carga{i:03d}" for i in range(50)]
    seed(url, users=users)
    engine = db.make_engine(url)
    sessions = db.session_factory(engine)
    rng = random.Random(14)
    devices = []
    with sessions() as s, s.begin():
        people = s.scalars(select(User).where(User.username.in_(users))).all()
        now = datetime.now(timezone.utc)
        threads = []
        for t in range(40):
            tid = str(uuid.uuid4())
            s.add(Thread(id=tid, forum_id=FORUM_ID, author_id=people[t % len(people)].id,
                         title=f"Tema {t}", created_at=now, seq=take_seq(s)))
            threads.append(tid)
        s.flush()
        first = take_seq(s, SERVER_POSTS)
        s.execute(Post.__table__.insert(), [
            dict(id=str(uuid.uuid4()), thread_id=rng.choice(threads),
                 author_id=rng.choice(people).id, body=prose(rng, 60, 180), created_at=now,
                 seq=first + i, deleted=False, reply_to=None) for i in range(SERVER_POSTS)])
        for i in range(clients):
            device, token, _ = accounts.register_device(s, people[i % len(people)],
                                                        f"carga {i}")
            devices.append(dict(device_id=device.id, token=token))
    with sessions() as s:
        head = s.scalar(select(SeqCounter.value))
        assert s.scalar(select(func.count()).select_from(Post)) >= SERVER_POSTS
    engine.dispose()
    for d in devices:
        d["quiet_body"] = p.encode_body(p.SyncRequest(device_id=d["device_id"], cursor=head,
                                                      ops=[], limit=p.DEFAULT_PULL_LIMIT))
    return devices, threads, head


def durable(pg) -> None:
    """Production settings on the throwaway server (the test fixture turns them off)."""
    import sqlalchemy
    engine = sqlalchemy.create_engine(pg.url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        for name in ("fsync", "synchronous_commit", "full_page_writes"):
            conn.execute(sqlalchemy.text(f"ALTER SYSTEM SET {name} = on"))
        conn.execute(sqlalchemy.text("SELECT pg_reload_conf()"))
    engine.dispose()


def uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=40,
                        help="threads (and database connections) per worker")
    parser.add_argument("--clients", type=int, nargs="+", default=[50, 200, 500])
    parser.add_argument("--modes", nargs="+", default=["quiet", "push"])
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--processes", type=int, default=2, help="load processes")
    parser.add_argument("--no-durable", action="store_true",
                        help="keep the fixture's fsync=off")
    args = parser.parse_args()

    from tests.helpers import ServerProcess
    from tests.pgserver import PgServer
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        pg = PgServer(tmp / "pg").start()
        try:
            if not args.no_durable:
                durable(pg)
            print(f"load before: {uptime()}", flush=True)
            print(f"workers {args.workers} x {args.threads} threads; PostgreSQL "
                  f"{'durable' if not args.no_durable else 'fsync off'}; "
                  f"{args.processes} load processes; {args.seconds:g} s per level\n")
            print("| mode | clients | syncs/s | p50 ms | p95 ms | p99 ms | errors |")
            print("|---|---:|---:|---:|---:|---:|---:|", flush=True)
            for mode in args.modes:
                for clients in args.clients:
                    url = pg.new_database(f"load_{mode}_{clients}")
                    devices, threads, head = prepare(url, clients)
                    server = ServerProcess(url, tmp / f"server-{mode}-{clients}.log",
                                           blob_dir=tmp / "blobs", workers=args.workers,
                                           env={"MINKA_THREADS": str(args.threads)}).start()
                    try:
                        r = run_level("127.0.0.1", server.port, devices, mode, threads, head,
                                      args.seconds, args.processes)
                    finally:
                        server.stop()
                    kinds = f" ({', '.join(r['error_kinds'])})" if r["errors"] else ""
                    print(f"| {mode} | {clients} | {r['rate']:.0f} | {r['p50']:.0f} | "
                          f"{r['p95']:.0f} | {r['p99']:.0f} | {r['errors']}{kinds} |",
                          flush=True)
            print(f"\nload after: {uptime()}", flush=True)
        finally:
            pg.stop()


if __name__ == "__main__":
    main()
