"""Connections cut at random points during pushes and pulls lose and duplicate nothing.

One real server, real profiles, and ../shared/tools/badlink.py in front of the server with
`cut_after_bytes` drawn from a seeded RNG: the link cuts each connection after N bytes
(both directions counted together), so a cut can land in the request headers, in the
request body, after the server applied the ops but before the answer arrived, or in the
middle of a page of changes. Retries are nearly instant (Backoff(base=0.01)) so that
hundreds of cuts fit in a few seconds each.

A trial: writers queue a few posts, then a writer and a reader each sync through the
cutting link until the sync succeeds; after each failed sync the link gets better (N
doubles), as a phone link does when one walks towards the window.

Files (blobs, resumable uploads and downloads) do not exist yet: they come with issue 3,
and so do cut transfers of them.
"""
from __future__ import annotations

import os
import random
from collections import Counter

from sqlalchemy import select

from app.services import forums, syncing
from app.store import meta
from app.store.models import SYNCED, Thread
from app.store.replica import StoreReplica
from sync.client import Backoff, SyncError
from tests.helpers import FORUM_ID, seed, signed_in_profile
from tests.links import (ServerDb, assert_converged, link_factory,  # noqa: F401
                         outbox_count, route_through, sync_runs)

TRIALS = int(os.environ.get("MINKA_CUT_TRIALS", "200"))
SEED = int(os.environ.get("MINKA_CUT_SEED", "20240605"))
CUT_MAX = 2500       # bytes; an exchange of a few posts is ~700-2,000 bytes on the wire
ENGINE = dict(backoff=Backoff(base=0.002, cap=0.005, max_attempts=2), batch=2,
              pull_limit=10, timeout=(5, 10))


def _sync_until_ok(store, role: str, link, cut: int, stats: Counter, server: ServerDb) -> int:
    """Sync through a link cutting each connection after `cut` bytes, doubling `cut` after
    each failed sync; returns the number of failed syncs. Checks what each failure left."""
    failures = 0
    while True:
        link.set(cut_after_bytes=cut)
        before = outbox_count(store)
        try:
            summary = syncing.sync_now(store, **ENGINE)
        except SyncError as exc:
            failures += 1
            stats[f"failed_syncs:{exc.code}"] += 1
            # a cut is a lost connection, never "a portal" or anything else
            assert exc.code in ("no_connection", "timeout"), exc
            run = sync_runs(store)[-1]
            assert (run.ok, run.error_code) == (False, exc.code)
            # Nothing left the outbox without its answer; every op still waiting is either
            # unknown to the server (cut on the way up) or applied there and waiting for its
            # answer (the next sync replays it and gets the stored result).
            left = [str(op.op_id) for op in _pending(store)]
            assert len(left) <= before
            applied = server.applied(left)
            stats["ops_applied_unanswered"] += len(applied)
            stats["ops_not_received"] += len(left) - len(applied)
            cut *= 2
            continue
        # cut, retried on a new connection and finished within the same sync
        stats[f"{role}_syncs_resumed_within"] += summary.retries > 0
        run = sync_runs(store)[-1]
        assert run.ok and run.error_code is None
        assert outbox_count(store) == 0
        return failures


def _pending(store):
    return StoreReplica(store).pending_ops(1000)


def _known_threads(store) -> list[str]:
    with store.session() as s:
        return list(s.scalars(select(Thread.id).where(Thread.state == SYNCED)
                              .order_by(Thread.id)))


def test_random_cuts_during_pushes_and_pulls(server, tmp_path, link_factory):  # noqa: F811
    rng = random.Random(SEED)
    seed(server.db_url, users=("carla",))
    sdb = ServerDb(server.db_url)
    # A backlog so that the reader's first syncs are multi-page pulls cut mid-page.
    sdb.add_posts(120, author="beto", body_bytes=200)
    link, link_url = link_factory(server.port)
    ana = signed_in_profile(tmp_path / "ana", server.url, "ana")
    beto = signed_in_profile(tmp_path / "beto", server.url, "beto")
    carla = signed_in_profile(tmp_path / "carla", server.url, "carla")  # only reads
    stores = [ana, beto, carla]
    try:
        for store in stores:
            route_through(store, link_url)
        for store in (ana, beto):  # writers start up to date, with no cuts
            syncing.sync_now(store, **ENGINE)

        written: dict[str, str] = {}
        ops_written = 0
        stats: Counter = Counter()
        failed_syncs = 0
        for trial in range(TRIALS):
            writer = ana if trial % 2 == 0 else beto
            threads = _known_threads(writer)
            for k in range(rng.randint(1, 3)):
                body = f"Ensayo {trial}.{k} de {writer.profile_dir.name}: la señal se cortó."
                if not threads or rng.random() < 0.15:
                    tid = forums.create_thread(writer, FORUM_ID, f"Tema {trial}.{k}", body)
                    first = forums.thread_posts(writer, tid)[0]
                    written[first.id] = body
                else:
                    pid = forums.reply(writer, rng.choice(threads), body)
                    written[pid] = body
                ops_written += 1
            cut = rng.randint(1, CUT_MAX)
            stats["trials"] += 1
            failed_syncs += _sync_until_ok(writer, "writer", link, cut, stats, sdb)
            if trial % 4 == 0:   # the reader pulls every few trials, through fresh cuts
                cut = rng.randint(1, CUT_MAX)
                before = _cursor(carla)
                failed_syncs += _sync_until_ok(carla, "reader", link, cut, stats, sdb)
                assert _cursor(carla) >= before
        link.set(cut_after_bytes=0)  # 0: no more cuts
        for store in stores:
            syncing.sync_now(store, **ENGINE)

        cuts = link.stats()["cuts"]
        print(f"\n{TRIALS} trials, {len(written)} posts written, {failed_syncs} failed "
              f"syncs, {cuts} connections cut; {dict(stats)}")
        assert_converged(sdb, written, stores)
        assert sdb.applied_count() == ops_written
        # The cuts landed everywhere that matters: on the way up (nothing applied), after
        # the server applied ops but before the answer arrived (replays), between answers.
        assert cuts >= TRIALS
        assert stats["ops_not_received"] > 0
        assert stats["ops_applied_unanswered"] > 0
        assert stats["writer_syncs_resumed_within"] > 0
        assert stats["reader_syncs_resumed_within"] > 0
        assert all(run.ok for store in stores for run in sync_runs(store)[-1:])
    finally:
        sdb.close()
        for store in stores:
            store.close()


def _cursor(store) -> int:
    with store.session() as s:
        return int(meta.get(s, "cursor", "0"))

