"""Forum posts written offline travel through a real server to another member."""
from __future__ import annotations

from app.services import forums, syncing
from app.store.models import PENDING, SYNCED
from tests.helpers import FORUM_ID


def test_post_written_offline_reaches_another_member(profile_factory):
    ana, beto = profile_factory("ana"), profile_factory("beto")
    syncing.sync_now(ana)
    thread_id = forums.create_thread(ana, FORUM_ID, "Tertulia dialógica en Sicuani",
                                     "Leímos *Los ríos profundos* con las familias.")
    reply_id = forums.reply(ana, thread_id, "Añado: vinieron 14 madres y padres.")
    assert [p.state for p in forums.thread_posts(ana, thread_id)] == [PENDING, PENDING]
    assert syncing.status(ana).pending == 2

    summary = syncing.sync_now(ana)
    assert summary.pushed == 2 and summary.rejected == 0
    assert syncing.status(ana).pending == 0
    assert [p.state for p in forums.thread_posts(ana, thread_id)] == [SYNCED, SYNCED]

    syncing.sync_now(beto)
    threads = forums.list_threads(beto, FORUM_ID)
    assert [t.title for t in threads] == ["Tertulia dialógica en Sicuani"]
    posts = forums.thread_posts(beto, thread_id)
    assert [p.id for p in posts] == [posts[0].id, reply_id]
    assert {p.author for p in posts} == {"Ana Prueba"}
    assert posts[1].body == "Añado: vinieron 14 madres y padres."
    # the time shown is the server's, close to now, in UTC
    mine = forums.thread_posts(ana, thread_id)
    assert abs((posts[1].created_at - mine[1].created_at).total_seconds()) < 60


def test_quiet_sync_is_one_request(profile_factory):
    ana = profile_factory("ana")
    syncing.sync_now(ana)
    summary = syncing.sync_now(ana)
    assert (summary.requests, summary.pushed, summary.pulled) == (1, 0, 0)
    assert summary.bytes_up + summary.bytes_down < 2048


def test_many_small_pages_bring_everything_once(profile_factory):
    """Pages are fetched ahead while the previous one is stored; none is lost or doubled."""
    ana, beto = profile_factory("ana"), profile_factory("beto")
    syncing.sync_now(ana)
    thread_id = forums.create_thread(ana, FORUM_ID, "Lista de asistencia", "Presente.")
    ids = {forums.reply(ana, thread_id, f"Presente, colega número {i}.") for i in range(60)}
    syncing.sync_now(ana, batch=7)
    progress = []
    summary = syncing.sync_now(beto, pull_limit=9, progress=progress.append)
    posts = forums.thread_posts(beto, thread_id)
    assert len(posts) == 61 and len({p.id for p in posts}) == 61
    assert ids <= {p.id for p in posts}
    assert summary.requests >= 8
    fractions = [p.fraction for p in progress if p.phase == "exchange"]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert forums.get_thread(beto, thread_id).post_count == 61


def test_a_batch_too_large_for_the_server_is_split(tmp_path, monkeypatch):
    """Long posts together exceed a server's request limit: the client sends fewer at once
    instead of failing every sync with its outbox stuck."""
    import random

    from tests.helpers import ServerProcess, seed, signed_in_profile
    url = f"sqlite:///{tmp_path / 'small.db'}"
    seed(url)
    monkeypatch.setenv("MINKA_MAX_BODY_BYTES", "60000")
    server = ServerProcess(url, tmp_path / "small.log").start()
    try:
        ana = signed_in_profile(tmp_path / "ana", server.url, "ana")
        syncing.sync_now(ana)
        thread_id = forums.create_thread(ana, FORUM_ID, "Textos largos", "Inicio.")
        rng = random.Random(5)
        letters = "abcdefghijklmnñopqrstuvwxyzáéíóú "
        for _ in range(12):  # ~19,000 random characters each, ~12 KB gzipped
            forums.reply(ana, thread_id, "".join(rng.choice(letters) for _ in range(19_000)))
        summary = syncing.sync_now(ana)
        assert summary.pushed == 13 and syncing.status(ana).pending == 0
        assert summary.requests > 3     # split into several requests under 60 KB
        ana.close()
    finally:
        server.stop()
