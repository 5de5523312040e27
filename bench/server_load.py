"""Server load benchmark: many devices syncing at once against `serve --workers N` on
PostgreSQL, on loopback.

    .venv/bin/python bench/server_load.py [--workers 2] [--threads 40] [--clients 50 200 500]
                                          [--seconds 15] [--modes quiet push]
                                          [--cost-only] [--profile quiet|push]

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

Wall-clock numbers on a shared machine are noisy; the cost of a sync is measured apart:
- **cost per sync** (first table; PostgreSQL and SQLite): the app in this process, one
  request at a time through its ASGI interface (no socket, no thread competing), a fixed
  number of syncs: SQL statements per sync (a SQLAlchemy event on the engine), the
  server's CPU ms per sync (this process's CPU time) and PostgreSQL's (its processes'
  /proc stat, exited backends included);
- **CPU per sync under load** (columns of the load table): CPU time of the server's
  processes (supervisor and workers), of PostgreSQL's and of the load generator's, from
  before the first device starts until the last stops, divided by every sync answered
  in that time (warm-up included). 2 cores give 2,000 CPU ms per second: syncs/s can
  never pass 2000 / (server + PostgreSQL + generator ms per sync).
The load generator is kept cheap: request bodies built before the clock starts (a push
body is used once: its op ids are new), raw HTTP/1.1 on keep-alive connections.
"""
from __future__ import annotations

import argparse
import asyncio
import gzip
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

def _request_bytes(host: str, token: str, body: bytes) -> bytes:
    """The whole HTTP request, built once before the clock starts."""
    return (f"POST {SYNC_PATH} HTTP/1.1\r\nHost: {host}\r\n"
            f"Authorization: Bearer {token}\r\nContent-Type: application/json\r\n"
            f"Content-Encoding: gzip\r\nContent-Length: {len(body)}\r\n\r\n"
            ).encode() + body


async def _request(reader, writer, request: bytes) -> int:
    writer.write(request)
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    at = head.lower().find(b"content-length:")
    length = int(head[at + 15:head.index(b"\r\n", at)]) if at >= 0 else 0
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
    # As the app sends it: its own new posts are filled in from the results (fill_own).
    return p.encode_body(p.SyncRequest(device_id=device["device_id"], cursor=cursor,
                                       ops=ops, limit=PULL, fill_own=True))


def _bodies(host, device, mode, threads, head, count: int) -> list[bytes]:
    """The requests a device sends, built before the clock starts (the load generator
    shares the 2 cores with the server). A quiet request is sent again and again; a push
    once each (its op ids are new): `count` of them, more built on the way if needed."""
    rng = random.Random(device["device_id"])
    return [_request_bytes(host, device["token"], _body(device, mode, rng, threads, head))
            for _ in range(1 if mode == "quiet" else count)]


async def _device(host, port, device, mode, threads, head, requests, start_at, stop_at,
                  out):
    await asyncio.sleep(max(0.0, start_at - 3.0 - time.time()) * random.random())
    rng = random.Random(device["device_id"])
    reader, writer = await asyncio.open_connection(host, port)
    sent = 0
    try:
        while time.time() < stop_at:
            if mode == "quiet":
                request = requests[0]
            elif sent < len(requests):
                request = requests[sent]
            else:  # more than foreseen: build it now (costs the generator CPU)
                request = _request_bytes(host, device["token"],
                                         _body(device, mode, rng, threads, head))
            sent += 1
            began = time.time()
            try:
                status = await _request(reader, writer, request)
            except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
                out["errors"].append(type(exc).__name__)
                writer.close()
                reader, writer = await asyncio.open_connection(host, port)
                continue
            ended = time.time()
            out["answered"] += 1
            if began >= start_at and ended <= stop_at:  # only the measured window
                if status == 200:
                    out["latencies"].append(ended - began)
                else:
                    out["errors"].append(f"HTTP {status}")
    finally:
        writer.close()


def load_process(host, port, devices, mode, threads, head, seconds, per_device, barrier,
                 queue):
    requests = [_bodies(host, d, mode, threads, head, per_device) for d in devices]
    barrier.wait()  # every process built its requests: the clock starts for all at once
    cpu = time.process_time()
    start_at = time.time() + WARMUP
    stop_at = start_at + seconds

    async def main():
        out = {"latencies": [], "errors": [], "answered": 0}
        await asyncio.gather(*(_device(host, port, d, mode, threads, head, r, start_at,
                                       stop_at, out) for d, r in zip(devices, requests)))
        return out
    out = asyncio.run(main())
    out["cpu"] = time.process_time() - cpu
    queue.put(out)


# Pushes a device may send in a level: enough for 250 syncs/s over the whole level.
FORESEEN_RATE = 250


def run_level(host, port, devices, mode, threads, head, seconds, processes,
              cpu_of: dict[str, int] = {}) -> dict:
    """One level of load. `cpu_of`: processes (name: root pid) whose CPU is measured."""
    queue = mp.Queue()
    shares = [share for share in (devices[i::processes] for i in range(processes)) if share]
    per_device = max(2, int(FORESEEN_RATE * (seconds + WARMUP) / len(devices)) + 1)
    barrier = mp.Barrier(len(shares) + 1)
    procs = [mp.Process(target=load_process, args=(host, port, share, mode, threads, head,
                                                   seconds, per_device, barrier, queue))
             for share in shares]
    for proc in procs:
        proc.start()
    barrier.wait()
    cpu_before = {name: tree_cpu(pid) for name, pid in cpu_of.items()}
    results = [queue.get() for _ in procs]
    cpu_after = {name: tree_cpu(pid) for name, pid in cpu_of.items()}
    for proc in procs:
        proc.join()
    answered = sum(r["answered"] for r in results) or 1
    cpu_ms = {name: (cpu_after[name] - cpu_before[name]) * 1000 / answered
              for name in cpu_of}
    cpu_ms["generator"] = sum(r["cpu"] for r in results) * 1000 / answered
    latencies = sorted(x for r in results for x in r["latencies"])
    errors = [e for r in results for e in r["errors"]]

    def pct(q):
        if not latencies:
            return float("nan")
        return latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000

    return dict(rate=len(latencies) / seconds, p50=pct(0.50), p95=pct(0.95), p99=pct(0.99),
                errors=len(errors), error_kinds=sorted(set(errors))[:3],
                mean=statistics.fmean(latencies) * 1000 if latencies else float("nan"),
                cpu_ms=cpu_ms)


# ---- CPU time of processes -------------------------------------------------------------

_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _stat(pid: int) -> list[str] | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text[text.rindex(")") + 2:].split()  # the name may hold spaces and parentheses


def tree_cpu(root: int) -> float:
    """CPU seconds (user + system) of process `root` and its living descendants, plus
    the children it already reaped (PostgreSQL's exited backends)."""
    parents: dict[int, int] = {}
    stats: dict[int, list[str]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            found = _stat(int(entry))
            if found is not None:
                stats[int(entry)] = found
                parents[int(entry)] = int(found[1])
    total = 0
    for pid, fields in stats.items():
        ancestor = pid
        while ancestor not in (root, 0, 1) and ancestor in parents:
            ancestor = parents[ancestor]
        if ancestor == root:
            # fields[11:13]: utime, stime; [13:15]: cutime, cstime (reaped children)
            total += int(fields[11]) + int(fields[12])
            if pid == root:
                total += int(fields[13]) + int(fields[14])
    return total / _TICK


# ---- cost per sync, without the noise ---------------------------------------------------

class _AsgiCaller:
    """Drives the app's ASGI interface directly (no socket, no HTTP parsing): what the
    server's own code costs per request."""

    def __init__(self, app):
        self.app = app
        self.loop = asyncio.new_event_loop()

    def post(self, path: str, token: str, body: bytes) -> tuple[int, bytes]:
        return self.loop.run_until_complete(self._post(path, token, body))

    async def _post(self, path, token, body):
        headers = [(b"host", b"bench"), (b"authorization", f"Bearer {token}".encode()),
                   (b"content-type", b"application/json"), (b"content-encoding", b"gzip"),
                   (b"content-length", str(len(body)).encode())]
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
                 "method": "POST", "scheme": "http", "path": path,
                 "raw_path": path.encode(), "query_string": b"", "root_path": "",
                 "headers": headers, "client": ("127.0.0.1", 50000),
                 "server": ("127.0.0.1", 80), "state": {}, "app": self.app}
        messages = [{"type": "http.request", "body": body, "more_body": False}]
        never = asyncio.get_running_loop().create_future()
        answer = {"status": 0, "body": b""}

        async def receive():
            if messages:
                return messages.pop()
            return await never  # the client stays: only disconnect watchers wait here

        async def send(message):
            if message["type"] == "http.response.start":
                answer["status"] = message["status"]
            elif message["type"] == "http.response.body":
                answer["body"] += message.get("body", b"")
        await self.app(scope, receive, send)
        never.cancel()
        return answer["status"], answer["body"]


COST_SYNCS = 300   # syncs measured per mode and database


def measure_cost(url: str, mode: str, tmp: Path, pg_pid: int | None = None,
                 syncs: int = COST_SYNCS, profile: bool = False) -> dict:
    """SQL statements and CPU ms per sync of `mode`, the app in this process."""
    import cProfile
    import pstats

    from sqlalchemy import event

    from sync.server import app as server_app
    devices, threads, head = prepare(url, 20)
    application = server_app.create_app(url, migrate=False, blob_dir=tmp / "cost-blobs")
    statements = [0]

    @event.listens_for(application.state.engine, "before_cursor_execute")
    def _count(*_args):
        statements[0] += 1
    caller = _AsgiCaller(application)
    rng = random.Random(7)
    for device in devices:  # warm-up: every device seen once (its last_seen written)
        status, _ = caller.post(SYNC_PATH, device["token"], device["quiet_body"])
        assert status == 200, status
    work = [(d["token"], _body(d, mode, rng, threads, head))
            for d in (devices[i % len(devices)] for i in range(syncs))]
    # CPU time, not wall time: waits for PostgreSQL (another process) are not our cost
    profiler = cProfile.Profile(time.process_time) if profile else None
    real_threadpool = server_app.run_in_threadpool
    if profiler is not None:  # the profile sees one thread: the work runs inline
        async def inline(function, *args, **kwargs):
            return function(*args, **kwargs)
        server_app.run_in_threadpool = inline
    db_before = tree_cpu(pg_pid) if pg_pid else 0.0
    statements[0] = 0
    cpu = time.process_time()
    if profiler is not None:
        profiler.enable()
    try:
        for token, body in work:
            status, _ = caller.post(SYNC_PATH, token, body)
            if status != 200:
                raise RuntimeError(f"cost run: HTTP {status}")
    finally:
        if profiler is not None:
            profiler.disable()
            server_app.run_in_threadpool = real_threadpool
    cpu = time.process_time() - cpu
    db_cpu = (tree_cpu(pg_pid) - db_before) if pg_pid else float("nan")
    application.state.engine.dispose()
    caller.loop.close()
    if profiler is not None:
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(45)
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(25)
    return dict(statements=statements[0] / syncs, cpu_ms=cpu * 1000 / syncs,
                db_ms=db_cpu * 1000 / syncs)


def cost_table(pg, tmp: Path, modes, profile: str | None = None) -> None:
    print(f"Cost per sync ({COST_SYNCS} syncs one after another, the app in this process):"
          "\n")
    print("| database | mode | SQL statements/sync | server CPU ms/sync | "
          "PostgreSQL CPU ms/sync |")
    print("|---|---|---:|---:|---:|", flush=True)
    for database in ("postgresql", "sqlite"):
        for mode in modes:
            if database == "postgresql":
                url, pid = pg.new_database(f"cost_{mode}"), pg._postmaster_pid()
            else:
                url, pid = f"sqlite:///{tmp / f'cost-{mode}.sqlite'}", None
            c = measure_cost(url, mode, tmp, pid, profile=(profile == mode
                                                           and database == "postgresql"))
            db_ms = "–" if pid is None else f"{c['db_ms']:.2f}"
            print(f"| {database} | {mode} | {c['statements']:.1f} | {c['cpu_ms']:.2f} | "
                  f"{db_ms} |", flush=True)
    print()


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
    parser.add_argument("--cost-only", action="store_true",
                        help="only the cost per sync (statements, CPU), no load")
    parser.add_argument("--no-cost", action="store_true",
                        help="only the load levels, not the cost per sync")
    parser.add_argument("--profile", choices=["quiet", "push"],
                        help="print a cProfile of the cost run of this mode (PostgreSQL)")
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
            if not args.no_cost:
                cost_table(pg, tmp, args.modes, args.profile)
            if args.cost_only:
                return
            print(f"workers {args.workers} x {args.threads} threads; PostgreSQL "
                  f"{'durable' if not args.no_durable else 'fsync off'}; "
                  f"{args.processes} load processes; {args.seconds:g} s per level; CPU ms "
                  f"per sync answered (warm-up included)\n")
            print("| mode | clients | syncs/s | p50 ms | p95 ms | p99 ms | errors | "
                  "server CPU ms | PostgreSQL CPU ms | generator CPU ms |")
            print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|", flush=True)
            for mode in args.modes:
                for clients in args.clients:
                    url = pg.new_database(f"load_{mode}_{clients}")
                    devices, threads, head = prepare(url, clients)
                    server = ServerProcess(url, tmp / f"server-{mode}-{clients}.log",
                                           blob_dir=tmp / "blobs", workers=args.workers,
                                           env={"MINKA_THREADS": str(args.threads)}).start()
                    try:
                        r = run_level("127.0.0.1", server.port, devices, mode, threads, head,
                                      args.seconds, args.processes,
                                      cpu_of={"server": server.proc.pid,
                                              "postgresql": pg._postmaster_pid()})
                    finally:
                        server.stop()
                    kinds = f" ({', '.join(r['error_kinds'])})" if r["errors"] else ""
                    cpu = r["cpu_ms"]
                    print(f"| {mode} | {clients} | {r['rate']:.0f} | {r['p50']:.0f} | "
                          f"{r['p95']:.0f} | {r['p99']:.0f} | {r['errors']}{kinds} | "
                          f"{cpu['server']:.2f} | {cpu['postgresql']:.2f} | "
                          f"{cpu['generator']:.2f} |", flush=True)
            print(f"\nload after: {uptime()}", flush=True)
        finally:
            pg.stop()


if __name__ == "__main__":
    main()
