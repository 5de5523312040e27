"""The same push, replayed or raced, is stored once (contract point 3)."""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func, select

from app.services import forums, syncing
from app.store.models import SYNCED, OutboxEntry
from app.store.replica import StoreReplica
from sync import protocol as p
from tests.helpers import FORUM_ID, signed_in_profile
from tests.wire import ServerDb, account, exchange, post_raw, database_url, reply_op, \
    running_server, sync_body, thread_op


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def server(request, tmp_path_factory):
    """The embedded SQLite server, and PostgreSQL as in production, where two copies of
    an op really run at once (SQLite serialises them on its write lock)."""
    base = tmp_path_factory.mktemp(f"idem-{request.param}")
    with running_server(base, database_url(request, base)) as proc:
        yield proc


@pytest.fixture(scope="module")
def server_db(server):
    look = ServerDb(server.db_url)
    yield look
    look.close()


@pytest.fixture
def ana(tmp_path, server):
    store = signed_in_profile(tmp_path / "ana", server.url, "ana")
    syncing.sync_now(store)  # the forum
    yield store
    store.close()


def _results(resp) -> list[p.OpResult]:
    assert resp.status_code == 200, (resp.status_code, resp.text[:300])
    return p.SyncResponse.model_validate(resp.json()).results


def test_replayed_push_is_stored_once(server, server_db, ana):
    acct = account(ana)
    opening = thread_op(FORUM_ID, "Réplica", "Primer mensaje.")
    thread_id = str(opening.payload["id"])
    replies = [reply_op(thread_id, f"Respuesta {i}.") for i in range(3)]
    ops = [opening, *replies]
    body = sync_body(acct, ops)

    first = _results(post_raw(server.url, body, token=acct.token))
    seq_after_first = server_db.last_seq()
    second = _results(post_raw(server.url, body, token=acct.token))

    assert [r.status for r in first] == ["applied"] * 4
    assert second == first
    # A replay changes nothing: not even a seq is taken.
    assert server_db.last_seq() == seq_after_first
    bodies = server_db.post_bodies()
    assert [bodies[b] for b in ("Primer mensaje.", "Respuesta 0.", "Respuesta 1.",
                                "Respuesta 2.")] == [1, 1, 1, 1]
    assert sorted(server_db.post_ids(thread_id)) == sorted(
        [opening.payload["post_id"]] + [op.payload["id"] for op in replies])
    assert set(server_db.applied(op.op_id for op in ops)) == {str(op.op_id) for op in ops}


def test_same_op_sent_concurrently_is_stored_once(server, server_db, ana):
    """A retry racing the original (a timeout while the first is still being applied)."""
    acct = account(ana)
    opening = thread_op(FORUM_ID, "Carrera", "Hilo de la carrera.")
    exchange(server.url, acct, [opening])
    thread_id = str(opening.payload["id"])

    copies = 4
    for round_ in range(5):
        op = reply_op(thread_id, f"Mensaje en carrera {round_}.")
        body = sync_body(acct, [op])
        start = threading.Barrier(copies)

        def send(body=body, start=start):
            start.wait(timeout=10)
            return post_raw(server.url, body, token=acct.token)

        with ThreadPoolExecutor(copies) as pool:
            answers = [_results(r) for r in pool.map(lambda _: send(), range(copies))]
        assert answers == [answers[0]] * copies
        assert answers[0][0].status == "applied"
        assert server_db.post_bodies()[f"Mensaje en carrera {round_}."] == 1
        assert server_db.post_ids(thread_id).count(op.payload["id"]) == 1


def test_crash_after_server_applied_then_normal_sync(server, server_db, ana):
    """The client dies after the server applied its ops and before it stored the answer."""
    thread_id = forums.create_thread(ana, FORUM_ID, "Antes del apagón", "Escribo offline.")
    reply_id = forums.reply(ana, thread_id, "Y se fue la luz.")
    replica = StoreReplica(ana)
    sent = replica.pending_ops(p.MAX_OPS_PER_REQUEST)
    assert len(sent) == 2

    # What the engine would send; the answer is lost with the crash (never applied locally).
    lost = exchange(server.url, account(ana), sent, cursor=replica.cursor())
    assert [r.status for r in lost.results] == ["applied", "applied"]
    assert replica.pending_count() == 2

    summary = syncing.sync_now(ana)

    assert summary.pushed == 2 and summary.rejected == 0
    assert server_db.post_bodies()["Escribo offline."] == 1
    assert server_db.post_bodies()["Y se fue la luz."] == 1
    assert sorted(server_db.post_ids(thread_id)) == sorted(
        p.id for p in forums.thread_posts(ana, thread_id))
    with ana.session() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 0
    posts = forums.thread_posts(ana, thread_id)
    assert [(p.id == reply_id, p.state) for p in posts] == [(False, SYNCED), (True, SYNCED)]
    assert forums.get_thread(ana, thread_id).state == SYNCED
