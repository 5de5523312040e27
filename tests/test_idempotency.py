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


def test_rejected_op_in_the_middle_spares_the_others(server, server_db, ana):
    """Issue 14: the ops of a request share one transaction, a savepoint each. A refusal in
    the middle undoes only its own op; every result is stored, so a replay repeats them."""
    acct = account(ana)
    opening = thread_op(FORUM_ID, "Intermedio", "Antes del rechazo.")
    thread_id = str(opening.payload["id"])
    refused = reply_op("00000000-0000-4000-8000-00000000dead", "A un hilo que no existe.")
    after = reply_op(thread_id, "Después del rechazo.")
    ops = [opening, refused, after]
    body = sync_body(acct, ops)

    first = _results(post_raw(server.url, body, token=acct.token))
    assert [(r.status, r.code) for r in first] == [
        ("applied", None), ("rejected", "thread_not_found"), ("applied", None)]
    bodies = server_db.post_bodies()
    assert bodies["Antes del rechazo."] == 1 and bodies["Después del rechazo."] == 1
    assert bodies["A un hilo que no existe."] == 0
    stored = server_db.applied(op.op_id for op in ops)
    assert {k: (r.status, r.code) for k, r in stored.items()} == {
        str(r.op_id): (r.status, r.code) for r in first}

    seq = server_db.last_seq()
    assert _results(post_raw(server.url, body, token=acct.token)) == first
    assert server_db.last_seq() == seq


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_ops_of_one_request_commit_once(backend, request, tmp_path):
    """One commit for the whole request, not one per op (each commit waits for the disk)."""
    from sqlalchemy import event

    from sync.server import db
    from sync.server.exchange import Caller, apply_ops
    from sync.server.models import User
    from tests.helpers import seed

    from types import SimpleNamespace
    url = database_url(SimpleNamespace(param=backend, getfixturevalue=request.getfixturevalue),
                       tmp_path)
    seed(url)
    engine = db.make_engine(url)
    sessions = db.session_factory(engine)
    with sessions() as s:
        ana_row = s.scalar(select(User).where(User.username == "ana"))
        caller = Caller(user_id=ana_row.id, role=ana_row.role, device_id="d")
    opening = thread_op(FORUM_ID, "Un solo commit", "Uno.")
    ops = [opening, *(reply_op(str(opening.payload["id"]), f"Respuesta {i}.")
                      for i in range(4)),
           reply_op("00000000-0000-4000-8000-00000000dead", "Rechazada.")]
    commits = []
    event.listen(engine, "commit", lambda conn: commits.append(1))
    results = apply_ops(sessions, caller, ops)
    assert [r.status for r in results] == ["applied"] * 5 + ["rejected"]
    assert len(commits) == 1
    engine.dispose()
