"""Issue 14: a sync's answer does not send the device's own just-applied records back in
full; the results carry their seq and server time and the replica fills them in."""
from __future__ import annotations

from sqlalchemy import select

from app.services import forums, syncing
from app.store.models import SYNCED
from app.store.models import Post as LocalPost
from app.store.models import Thread as LocalThread
from sync import protocol as p
from sync.server.models import Post, Thread
from tests.helpers import FORUM_ID, signed_in_profile
from tests.wire import ServerDb, account, post_raw, reply_op, thread_op


def _answer(server, acct, ops, *, fill_own: bool, cursor: int = 0) -> dict:
    body = p.encode_body(p.SyncRequest(device_id=acct.device_id, cursor=cursor,
                                       ops=list(ops), fill_own=fill_own))
    resp = post_raw(server.url, body, token=acct.token)
    assert resp.status_code == 200, resp.text[:300]
    return resp.json()


def _server_seqs(server_db: ServerDb, ids) -> dict[str, int]:
    with server_db.sessions() as s:
        rows = [*s.execute(select(Post.id, Post.seq).where(Post.id.in_(ids))),
                *s.execute(select(Thread.id, Thread.seq).where(Thread.id.in_(ids)))]
    return {r.id: r.seq for r in rows}


def test_the_answer_carries_seqs_not_the_records(server, tmp_path):
    ana = signed_in_profile(tmp_path / "ana", server.url, "ana")
    server_db = ServerDb(server.db_url)
    try:
        acct = account(ana)
        cursor = _answer(server, acct, [], fill_own=True)["cursor"]
        opening = thread_op(FORUM_ID, "Propio", "Lo escribí yo.")
        reply = reply_op(str(opening.payload["id"]), "Y esto también.")
        body = p.encode_body(p.SyncRequest(device_id=acct.device_id, cursor=cursor,
                                           ops=[opening, reply], fill_own=True))
        first = post_raw(server.url, body, token=acct.token).json()
        own = {str(opening.payload["id"]), str(opening.payload["post_id"]),
               str(reply.payload["id"])}
        assert first["changes"] == []
        written = {w["id"]: w["seq"] for r in first["results"] for w in r["written"]}
        assert written == _server_seqs(server_db, own)
        assert first["cursor"] == max(written.values())
        # A replay (the answer was lost) answers the same and still sends nothing back.
        again = post_raw(server.url, body, token=acct.token).json()
        assert again["results"] == first["results"] and again["changes"] == []
    finally:
        server_db.close()
        ana.close()


def test_a_client_that_does_not_ask_gets_the_records_and_no_new_field(server, tmp_path):
    """Older clients refuse unknown fields: without `fill_own` the answer is as before."""
    ana = signed_in_profile(tmp_path / "ana", server.url, "ana")
    try:
        acct = account(ana)
        cursor = _answer(server, acct, [], fill_own=False)["cursor"]
        opening = thread_op(FORUM_ID, "Como antes", "Sin rellenar.")
        answer = _answer(server, acct, [opening], fill_own=False, cursor=cursor)
        assert all("written" not in r for r in answer["results"])
        assert {c["id"] for c in answer["changes"]} == {
            str(opening.payload["id"]), str(opening.payload["post_id"])}
    finally:
        ana.close()


def test_the_replica_fills_in_its_own_records(server, tmp_path):
    """End to end through the client engine: the rows written offline get their seqs and
    are SYNCED, the thread's counters are right, nothing of them travels down, and
    another member receives them in full."""
    ana = signed_in_profile(tmp_path / "ana", server.url, "ana")
    beto = signed_in_profile(tmp_path / "beto", server.url, "beto")
    server_db = ServerDb(server.db_url)
    try:
        syncing.sync_now(ana)
        thread_id = forums.create_thread(ana, FORUM_ID, "Escrito sin conexión", "Primero.")
        reply_ids = [forums.reply(ana, thread_id, f"Respuesta {i}.") for i in range(2)]
        summary = syncing.sync_now(ana)
        assert summary.pushed == 3 and summary.rejected == 0
        assert summary.pulled == 0  # its own three records did not travel down

        with ana.session() as s:
            thread = s.get(LocalThread, thread_id)
            posts = s.scalars(select(LocalPost).where(LocalPost.thread_id == thread_id)).all()
            local = {thread.id: thread.seq, **{x.id: x.seq for x in posts}}
            assert thread.state == SYNCED and {x.state for x in posts} == {SYNCED}
            assert thread.post_count == 3
        assert local == _server_seqs(server_db, local)
        assert set(reply_ids) <= set(local)

        syncing.sync_now(beto)
        seen = {x.body for x in forums.thread_posts(beto, thread_id)}
        assert seen == {"Primero.", "Respuesta 0.", "Respuesta 1."}
        # and ana's next sync receives nothing again
        assert syncing.sync_now(ana).pulled == 0
    finally:
        server_db.close()
        ana.close()
        beto.close()


def test_own_records_stay_out_of_the_pages_that_follow(server, tmp_path):
    """The device's records have the highest seqs, so with much to pull they fall in a
    later page than the request that applied them: `have` keeps them out there too."""
    from app.store.replica import StoreReplica
    from sync import client

    ana = signed_in_profile(tmp_path / "ana", server.url, "ana")
    beto = signed_in_profile(tmp_path / "beto", server.url, "beto")
    try:
        syncing.sync_now(ana)
        syncing.sync_now(beto)  # the forum
        theirs = forums.create_thread(beto, FORUM_ID, "De Beto", "Uno.")
        for i in range(4):
            forums.reply(beto, theirs, f"Beto {i}.")
        syncing.sync_now(beto)  # 1 thread and 5 posts that ana has not seen
        mine = forums.create_thread(ana, FORUM_ID, "De Ana", "Mío.")
        forums.reply(ana, mine, "También mío.")
        acct = account(ana)
        engine = client.SyncEngine(acct.server_url, acct.token, acct.device_id,
                                   StoreReplica(ana), pull_limit=2)
        summary = engine.run()
        assert summary.pushed == 2
        assert summary.pulled == 6  # only Beto's: none of Ana's 3 records came down
        with ana.session() as s:
            rows = s.scalars(select(LocalPost).where(LocalPost.thread_id == mine)).all()
            assert len(rows) == 2 and all(r.seq and r.state == SYNCED for r in rows)
            assert s.get(LocalThread, theirs).post_count == 5
        assert {x.body for x in forums.thread_posts(ana, theirs)} == {
            "Uno.", "Beto 0.", "Beto 1.", "Beto 2.", "Beto 3."}
    finally:
        ana.close()
        beto.close()
