"""Writers committing while others pull: a cursor never skips a change (sync/server/seq.py).

The classic hole: a writer holds seq N uncommitted while seq N+1 commits; a reader sees
N+1, moves its cursor past N, and never asks for N again. These tests hold a transaction
open on purpose, on the embedded SQLite server and on PostgreSQL (where writers really
run at once), and show with `naive_take_seq` that without the real mechanism the hole
does open, so that passing means something.
"""
from __future__ import annotations

import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from app.services import forums, syncing
from app.store.models import Post as LocalPost
from app.store.models import Thread as LocalThread
from sync.server import db
from sync.server.exchange import Caller, pull
from sync.server.models import Post, Thread, User
from sync.server.seq import take_seq
from tests.helpers import FORUM_ID, seed, signed_in_profile
from tests.wire import ServerDb, database_url, running_server

HOLD_SECONDS = 1.0       # how long the slow writer keeps its seq uncommitted
DEADLINE_SECONDS = 30    # nothing here should take near this; it only stops a hang

BACKENDS = ["sqlite", "postgresql"]


def naive_take_seq(session: Session, count: int = 1) -> int:
    """NOT the server's mechanism: used only to prove these tests catch the hole.

    The seq comes from its own transaction, committed at once (as with a database
    SEQUENCE or an autoincrement), so the counter is not held until the write commits.
    """
    with Session(session.get_bind()) as other, other.begin():
        return take_seq(other, count)


@pytest.fixture(params=BACKENDS)
def server_url(request, tmp_path):
    """A migrated, seeded, empty server database (no server process)."""
    url = database_url(request, tmp_path)
    seed(url)
    return url


class ServerData:
    """Sessions on a server database, and what a writer and a puller do with them."""

    def __init__(self, url: str):
        self.engine = db.make_engine(url)
        self.sessions = db.session_factory(self.engine)
        with self.sessions() as s, s.begin():
            ana = s.scalar(select(User).where(User.username == "ana"))
            self.author = ana.id
            self.caller = Caller(user_id=ana.id, role=ana.role, device_id=str(uuid.uuid4()))
            self.thread_id = str(uuid.uuid4())
            s.add(Thread(id=self.thread_id, forum_id=FORUM_ID, author_id=ana.id,
                         title="Hilo concurrido", created_at=datetime.now(timezone.utc),
                         seq=take_seq(s)))

    def write_post(self, body: str, take=take_seq, post_id: str | None = None,
                   hold: float = 0.0, taken: threading.Event | None = None,
                   release: threading.Event | None = None) -> str:
        """One post in its own transaction, kept open after its seq is taken for `hold`
        seconds, or until `release` is set."""
        post_id = post_id or str(uuid.uuid4())
        with self.sessions() as s, s.begin():
            seq = take(s)
            s.add(Post(id=post_id, thread_id=self.thread_id, author_id=self.author, body=body,
                       created_at=datetime.now(timezone.utc), seq=seq))
            s.flush()
            if taken is not None:
                taken.set()
            (release or threading.Event()).wait(hold)
        return post_id

    def pull_page(self, cursor: int, limit: int = 100):
        with db.reading(self.sessions) as s:  # as the sync endpoint does
            return pull(s, self.caller, cursor, limit)

    def pull_to_end(self, cursor: int = 0) -> tuple[set[str], int]:
        seen: set[str] = set()
        while True:
            page = self.pull_page(cursor)
            seen |= {str(c.id) for c in page.changes if c.entity == "post"}
            cursor = page.cursor
            if not page.more:
                return seen, cursor

    def close(self) -> None:
        self.engine.dispose()


def slow_and_fast_writer_while_pulling(data: ServerData, take,
                                       hold: float = HOLD_SECONDS) -> tuple[set[str], str, str]:
    """A writer takes its seq and holds it; another writes and commits meanwhile; a puller
    keeps pulling from its advancing cursor. The slow writer commits after `hold` seconds,
    or as soon as the puller has seen the fast writer's post (which, with the real
    mechanism, cannot commit before the slow one). Returns what the puller saw, and the
    ids of the slow and the fast post."""
    _, cursor = data.pull_to_end()
    seen: set[str] = set()
    slow_id, fast_id = str(uuid.uuid4()), str(uuid.uuid4())
    taken, fast_seen = threading.Event(), threading.Event()
    with ThreadPoolExecutor(2) as pool:
        slow = pool.submit(data.write_post, "Escrito despacio.", take, slow_id, hold, taken,
                           fast_seen)
        assert taken.wait(DEADLINE_SECONDS)
        fast = pool.submit(data.write_post, "Escrito deprisa.", take, fast_id)
        deadline = time.monotonic() + DEADLINE_SECONDS
        while True:
            assert time.monotonic() < deadline, "writers did not finish"
            finished = slow.done() and fast.done()
            page = data.pull_page(cursor)
            seen |= {str(c.id) for c in page.changes if c.entity == "post"}
            cursor = page.cursor
            if fast_id in seen:
                fast_seen.set()
            if finished and not page.more:
                break
            time.sleep(0.02)
        slow.result(), fast.result()
        return seen, slow_id, fast_id


def test_pull_misses_no_post_while_a_writer_holds_its_seq(server_url):
    data = ServerData(server_url)
    try:
        seen, slow, fast = slow_and_fast_writer_while_pulling(data, take_seq)
        assert {slow, fast} <= seen
    finally:
        data.close()


def test_naive_seq_opens_the_hole_on_postgresql(postgres):
    """Proof that the test above can fail: with seqs taken outside the writing transaction,
    the puller passes the slow writer's seq before it commits, and never sees its post."""
    url = postgres.new_database("naive_seq")
    seed(url)
    data = ServerData(url)
    try:
        # The slow writer waits (up to the deadline) for the puller to pass it.
        seen, slow, fast = slow_and_fast_writer_while_pulling(data, naive_take_seq,
                                                              hold=DEADLINE_SECONDS)
        assert fast in seen
        assert slow not in seen  # the hole
        everything, _ = data.pull_to_end()
        assert slow in everything  # the post is there, only the cursor skipped it
    finally:
        data.close()


def test_a_page_is_one_snapshot_across_tables(server_url):
    """Pull reads table after table (posts before users, in the registry's order). Writes
    that commit between two of those reads, a post (a table already read) and then a user
    (a table not read yet), must not let the cursor jump past the post: on PostgreSQL this
    needs the page's REPEATABLE READ snapshot, taken as db.reading begins the page."""
    data = ServerData(server_url)
    try:
        _, cursor = data.pull_to_end()
        # Something new since the cursor: else the page stops at the counter (nothing new
        # anywhere) and reads no table at all.
        data.write_post("Antes de la página.")
        writer_done = threading.Event()
        fired = []
        late_post = str(uuid.uuid4())

        def write_post_then_user():
            data.write_post("Antes de la nueva colega.", post_id=late_post)
            with data.sessions() as s, s.begin():
                s.add(User(id=str(uuid.uuid4()), username="nueva", display_name="Nueva",
                           password_hash="-", role="participant",
                           created_at=datetime.now(timezone.utc), seq=take_seq(s)))
            writer_done.set()

        writer = threading.Thread(target=write_post_then_user)
        postgres = data.engine.dialect.name == "postgresql"

        @event.listens_for(data.engine, "after_cursor_execute")
        def between_tables(conn, cursor_, statement, *args):
            # Right after the page read the posts table, once.
            if not fired and "FROM posts" in statement:
                fired.append(True)
                writer.start()
                # PostgreSQL: the writer commits now. SQLite: it waits for this
                # transaction's lock, so it can only commit after the page.
                writer_done.wait(5 if postgres else 0.3)

        page = data.pull_page(cursor)
        event.remove(data.engine, "after_cursor_execute", between_tables)
        writer.join(DEADLINE_SECONDS)
        assert fired and writer_done.is_set()
        page2 = data.pull_page(page.cursor)
        seen = {(c.entity, str(c.id) if c.entity == "post" else c.data["username"])
                for c in (*page.changes, *page2.changes) if c.entity in ("post", "user")}
        assert ("user", "nueva") in seen
        assert ("post", late_post) in seen
    finally:
        data.close()


# ---- end to end: real clients through the HTTP API -------------------------------------

WRITERS = ("ana", "beto", "carla")
POSTS_EACH = 3


@pytest.fixture(params=BACKENDS)
def live_server(request, tmp_path):
    with running_server(tmp_path, database_url(request, tmp_path),
                        users=(*WRITERS, "dora")) as proc:
        yield proc


def test_reader_syncing_while_others_write_ends_with_exactly_the_servers_posts(
        live_server, tmp_path):
    writers = {name: signed_in_profile(tmp_path / name, live_server.url, name)
               for name in WRITERS}
    reader = signed_in_profile(tmp_path / "dora", live_server.url, "dora")
    server_db = ServerDb(live_server.db_url)
    stop_reading = threading.Event()
    # Each writer's sync waits for one more sync of the reader: the reads and the writes
    # interleave however fast or slow each side runs on this machine.
    progress = threading.Condition()
    reads = [0]

    def after_a_read():
        with progress:
            seen = reads[0]
            assert progress.wait_for(lambda: reads[0] > seen, timeout=DEADLINE_SECONDS)

    try:
        def write(store):
            after_a_read()
            syncing.sync_now(store)
            thread_id = forums.create_thread(store, FORUM_ID, f"Hilo de {store.profile_dir.name}",
                                             "Abro el hilo.")
            after_a_read()
            syncing.sync_now(store)
            for i in range(POSTS_EACH):
                forums.reply(store, thread_id, f"Respuesta {i} de {store.profile_dir.name}.")
                after_a_read()
                syncing.sync_now(store)

        def read() -> int:
            requests = 0
            while not stop_reading.is_set():
                requests += syncing.sync_now(reader, pull_limit=2).requests
                with progress:
                    reads[0] += 1
                    progress.notify_all()
            return requests

        with ThreadPoolExecutor(len(WRITERS) + 1) as pool:
            reading = pool.submit(read)
            writing = [pool.submit(write, store) for store in writers.values()]
            for done in writing:
                done.result(timeout=DEADLINE_SECONDS)
            stop_reading.set()
            # The reader kept pulling small pages all through the writing: each writer's
            # syncs came between syncs of the reader.
            assert reading.result(timeout=DEADLINE_SECONDS) >= 2 + POSTS_EACH
        syncing.sync_now(reader, pull_limit=2)

        on_server = set(server_db.post_ids())
        assert len(on_server) == len(WRITERS) * (POSTS_EACH + 1)
        with reader.session() as s:
            assert set(s.scalars(select(LocalPost.id))) == on_server
            counts = dict(s.execute(select(LocalThread.title, LocalThread.post_count)).all())
        assert counts == {f"Hilo de {name}": POSTS_EACH + 1 for name in WRITERS}
    finally:
        stop_reading.set()
        server_db.close()
        reader.close()
        for store in writers.values():
            store.close()


def test_a_long_push_does_not_hold_other_writers(postgres, monkeypatch):
    """Seqs of a request's ops are given at commit (seq.defer_seqs): while one request is
    still applying its ops, another writer takes a seq and commits without waiting; the
    slow request's records then get seqs above it, so no cursor can pass them."""
    from sync.server import registry
    from sync.server.exchange import apply_ops
    from tests.wire import reply_op

    url = postgres.new_database("deferred_seq")
    seed(url)
    data = ServerData(url)
    try:
        inside, release = threading.Event(), threading.Event()
        real = registry.op_handler("post.create")

        def slow_post(session, caller, payload):
            real(session, caller, payload)
            inside.set()
            assert release.wait(DEADLINE_SECONDS)

        monkeypatch.setattr(registry, "_ops", {**registry._ops, "post.create": slow_post})
        op = reply_op(data.thread_id, "Empujado despacio.")
        with ThreadPoolExecutor(2) as pool:
            slow = pool.submit(apply_ops, data.sessions, data.caller, [op])
            assert inside.wait(DEADLINE_SECONDS)
            fast = pool.submit(data.write_post, "Entre tanto.")
            try:
                fast_id = fast.result(timeout=DEADLINE_SECONDS)  # not held by the slow one
            finally:
                release.set()
            assert slow.result(timeout=DEADLINE_SECONDS)[0].status == "applied"
        with data.sessions() as s:
            seqs = dict(s.execute(select(Post.id, Post.seq).where(
                Post.id.in_([fast_id, str(op.payload["id"])]))).all())
        assert 0 < seqs[fast_id] < seqs[str(op.payload["id"])]
    finally:
        data.close()
