"""A full disk on the client: the sync says so, keeps the outbox, and finishes once there
is room again, without duplicating anything.

The full disk is SQLite's `PRAGMA max_page_count` on every connection the profile's store
opens: writes beyond it fail exactly as on a full disk (SQLITE_FULL, "database or disk is
full"), which is also what SQLite returns when the OS reports ENOSPC.
"""
from __future__ import annotations

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from app.services import forums, syncing
from app.services.syncing import is_disk_full
from app.store.models import PENDING
from sync.client import Backoff, SyncError
from tests.helpers import FORUM_ID, signed_in_profile
from tests.links import (ServerDb, assert_converged, local_posts, outbox_count,
                         sync_runs)

FAST = Backoff(base=0.01, cap=0.05, max_attempts=3)


class DiskLimit:
    """Cap a store's database file at a number of pages (None: no cap), on every
    connection it opens from now on (the pool is emptied so none escapes)."""

    def __init__(self, store):
        self.store = store
        self.pages: int | None = None
        event.listen(store.engine, "connect", self._on_connect)

    def _on_connect(self, dbapi_conn, _record):
        if self.pages is not None:
            dbapi_conn.execute(f"PRAGMA max_page_count={int(self.pages)}")

    def page_count(self) -> int:
        with self.store.engine.connect() as conn:
            return conn.exec_driver_sql("PRAGMA page_count").scalar()

    def fill(self, spare_pages: int) -> None:
        self.pages = self.page_count() + spare_pages
        self.store.engine.dispose()

    def fill_to_the_brim(self) -> None:
        """Cap the file at its size and use up the room left in its pages too, as on a
        really full disk where not a byte more can be written: then not even a row of the
        sync history fits. (The filler in the history looks like old successful syncs.)"""
        self.fill(0)
        with self.store.engine.connect() as conn:
            for sql, args in (
                    ("INSERT INTO meta (key, value) VALUES (?, ?)",
                     lambda i: (f"test-filler-{i}", "x" * 200)),
                    ("INSERT INTO sync_runs (started_at, finished_at, ok, pushed, rejected, "
                     "pulled, bytes_up, bytes_down, requests, seconds) "
                     "VALUES ('2024-01-01 00:00:00', '2024-01-01 00:00:01', 1, 0, 0, 0, "
                     "0, 0, 1, ?)", lambda i: (float(i),))):
                try:
                    for i in range(100_000):
                        conn.exec_driver_sql(sql, args(i))
                        conn.commit()
                except OperationalError as exc:
                    assert is_disk_full(exc)
                    conn.rollback()

    def free(self) -> None:
        self.pages = None
        self.store.engine.dispose()


def _write_offline(store, count: int) -> dict[str, str]:
    thread_id = forums.create_thread(store, FORUM_ID, "Informe de la visita a Pitumarca",
                                     "Visitamos tres escuelas. (1)")
    for i in range(2, count + 1):
        forums.reply(store, thread_id, f"Acuerdos de la visita, parte {i}.")
    return {p.id: p.body for p in forums.thread_posts(store, thread_id)}


@pytest.fixture
def setup(server, tmp_path):
    ana = signed_in_profile(tmp_path / "ana", server.url, "ana")
    syncing.sync_now(ana)
    sdb = ServerDb(server.db_url)
    yield ana, sdb
    sdb.close()
    ana.close()


@pytest.mark.parametrize("full_at_start", [False, True],
                         ids=["fills-during-pull", "full-at-start"])
def test_full_disk_fails_clearly_keeps_the_outbox_and_resumes(setup, full_at_start):
    ana, sdb = setup
    written = _write_offline(ana, 5)
    # A week of colleagues' writing waits on the server: ~300 KB that will not fit.
    sdb.add_posts(300, author="beto", body_bytes=1000)
    disk = DiskLimit(ana)
    if full_at_start:
        disk.fill_to_the_brim()
    else:
        disk.fill(8)   # room for a little, not for a page of 100 posts
    runs_before = len(sync_runs(ana))

    with pytest.raises(SyncError) as caught:
        syncing.sync_now(ana, backoff=FAST, pull_limit=100)
    assert caught.value.code == "disk_full"
    assert not caught.value.retryable   # retrying at once cannot help; freeing space can
    # Nothing was lost: the writing still waits, pending, in the outbox.
    assert outbox_count(ana) == 5
    assert {p.id: p.state for p in local_posts(ana)
            if p.id in written} == dict.fromkeys(written, PENDING)
    assert len(local_posts(ana)) == 5   # and nothing half-applied came in
    status = syncing.status(ana)
    assert status.pending == 5
    if full_at_start:
        # No room even for the history row; the code still reaches the person (the GUI
        # shows the SyncError's code), and the history is not corrupted.
        assert len(sync_runs(ana)) == runs_before
    else:
        # There was room for the history row: the person can read what happened.
        assert status.last_error_code == "disk_full"
        run = sync_runs(ana)[-1]
        assert (run.ok, run.error_code) == (False, "disk_full")

    # Space is freed; the next sync sends the writing once and brings everything.
    disk.free()
    summary = syncing.sync_now(ana, backoff=FAST, pull_limit=100)
    assert summary.pushed == 5 and summary.rejected == 0
    assert syncing.status(ana).last_error_code is None
    assert_converged(sdb, written, [ana])
    assert len(local_posts(ana)) == 305
