"""Backups that restore: `minka-server backup` / `restore`, the server identity that a
restore changes, and the clients that notice it; `minka-server blobs gc`.

A real server process on loopback, real profiles, real files (directory and S3 stores).
"""
from __future__ import annotations

import json
import sqlite3
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import requests

from app.services import forums, syncing
from app.store.models import OutboxEntry, SentOp
from sync import blobs as client_blobs
from sync.server import blobs as server_blobs
from sync.server import cli, db, ops
from sync.server.models import Blob
from tests.helpers import FORUM_ID, ServerProcess, seed, signed_in_profile


def server_posts(db_path: Path) -> list[str]:
    with sqlite3.connect(db_path) as conn:
        return [row[0] for row in conn.execute("select id from posts")]


def server_id(url: str) -> str:
    return ops.read_server_id(db.session_factory(db.make_engine(url)))


def wipe(db_path: Path, blob_dir: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    for path in sorted(blob_dir.rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()


def restart(server: ServerProcess) -> ServerProcess:
    """The same address (the profiles know it), a new process."""
    return ServerProcess(server.db_url, server.log_path, port=server.port).start()


def posts_of(store, thread_id: str) -> list[str]:
    return [post.id for post in forums.thread_posts(store, thread_id)]


def test_back_up_wipe_restore_and_clients_continue(tmp_path, server, profile_factory):
    db_path = tmp_path / "server.db"
    blob_dir = tmp_path / "blobs"
    ana, beto = profile_factory("ana"), profile_factory("beto")
    syncing.sync_now(ana)
    thread = forums.create_thread(ana, FORUM_ID, "Antes de la copia", "Primera entrada.")
    forums.reply(ana, thread, "Segunda entrada, con tildes: acción, niño.")
    syncing.sync_now(ana)
    syncing.sync_now(beto)
    # a file the forum uses (an administrator's import), so the backup carries a file
    sessions = db.session_factory(db.make_engine(server.db_url))
    source = tmp_path / "guia.pdf"
    source.write_bytes(b"%PDF-1.4 " + bytes(range(256)) * 400)
    with sessions() as session, session.begin():
        digest = server_blobs.BlobStore(blob_dir).add_file(session, source)
        server_blobs.attach(session, digest, "forum", FORUM_ID)
    before_id = server_id(server.db_url)

    out = tmp_path / "copia"
    assert cli.main(["--db", server.db_url, "backup", str(out)]) == 0  # server running
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["database"] == "sqlite" and manifest["files"] == 1
    server.stop()
    wipe(db_path, blob_dir)
    assert cli.main(["--db", server.db_url, "restore", str(out)]) == 0
    assert server_id(server.db_url) not in ("", before_id)
    restored = restart(server)
    try:
        syncing.sync_now(ana)
        forums.reply(ana, thread, "Después de restaurar.")
        syncing.sync_now(ana)
        syncing.sync_now(beto)
        for store in (ana, beto):
            assert len(posts_of(store, thread)) == 3 == len(set(posts_of(store, thread)))
            assert syncing.status(store).pending == 0
        assert sorted(server_posts(db_path)) == sorted(posts_of(ana, thread))
        with ana.session() as s:
            assert s.query(OutboxEntry).count() == 0
        token = requests.post(f"{restored.url}/api/v1/auth/signin", json={
            "username": "beto", "password": "clave-de-prueba-1"}).json()["token"]
        dest = tmp_path / "bajada.pdf"
        client_blobs.download(restored.url, token, digest, source.stat().st_size, dest)
        assert dest.read_bytes() == source.read_bytes()
        # and after the catch-up, a quiet sync is one request again
        assert syncing.sync_now(beto).requests == 1
    finally:
        restored.stop()


def test_restoring_an_older_backup_loses_and_doubles_nothing(tmp_path, server,
                                                             profile_factory):
    """The server goes back in time: ana's cursor is ahead of it. Ana notices (another
    server identity), pulls again from 0, and re-sends what the server lost."""
    db_path = tmp_path / "server.db"
    seed(server.db_url, users=("carla",))
    ana, beto = profile_factory("ana"), profile_factory("beto")
    syncing.sync_now(ana)
    thread = forums.create_thread(ana, FORUM_ID, "Reunión de directores", "Convocatoria.")
    syncing.sync_now(ana)
    syncing.sync_now(beto)
    old = tmp_path / "copia-del-lunes"
    assert cli.main(["--db", server.db_url, "backup", str(old)]) == 0

    lost_ana = forums.reply(ana, thread, "Confirmo mi asistencia (enviado tras la copia).")
    # a thread and its reply, both after the copy: sent again in order, thread first
    late = forums.create_thread(ana, FORUM_ID, "Tras la copia", "Un hilo nuevo.")
    late_reply = forums.reply(ana, late, "Su primera respuesta.")
    syncing.sync_now(ana)
    lost_beto = forums.reply(beto, thread, "Yo también asisto.")
    syncing.sync_now(beto)
    syncing.sync_now(ana)
    offline = forums.reply(ana, thread, "Escrito sin conexión, aún pendiente.")
    cursor_before = int(_meta(ana, "cursor"))
    server.stop()
    assert cli.main(["--db", server.db_url, "restore", str(old)]) == 0
    assert lost_ana not in server_posts(db_path)

    restored = restart(server)
    try:
        # Someone writes on the restored server first: its seq is below ana's old cursor,
        # so a client that kept its cursor would never receive it.
        carla = signed_in_profile(tmp_path / "profile-carla", restored.url, "carla")
        syncing.sync_now(carla)
        new = forums.reply(carla, thread, "Escribo en el servidor restaurado.")
        syncing.sync_now(carla)
        assert int(_meta(carla, "cursor")) < cursor_before

        syncing.sync_now(ana)
        syncing.sync_now(beto)
        syncing.sync_now(ana)
        syncing.sync_now(carla)
        every = {lost_ana, lost_beto, offline, new}
        for store in (ana, beto, carla):
            ids = posts_of(store, thread)
            assert every <= set(ids) and len(ids) == len(set(ids)) == 5, store.path
            assert syncing.status(store).pending == 0
        for store in (ana, beto, carla):
            assert late_reply in posts_of(store, late) and len(posts_of(store, late)) == 2
        assert sorted(server_posts(db_path)) == sorted(posts_of(ana, thread)
                                                       + posts_of(ana, late))
        assert _meta(ana, "server_id") == server_id(server.db_url)
        with ana.session() as s:   # what the server accepted is kept to send again
            assert lost_ana in {json.loads(op.payload)["id"] for op in s.query(SentOp)}
        assert syncing.sync_now(ana).requests == 1
        carla.close()
    finally:
        restored.stop()


def _meta(store, key: str) -> str | None:
    from app.store import meta
    with store.session() as s:
        return meta.get(s, key)


# ---- files that no record names ---------------------------------------------------------

@pytest.fixture(params=["directory", "s3"])
def store(request, tmp_path):
    if request.param == "directory":
        return server_blobs.BlobStore(tmp_path / "blobs")
    from sync.server.s3blobs import S3BlobStore, S3Settings
    s3 = request.getfixturevalue("s3_server")
    env = s3.env(s3.bucket())
    settings = S3Settings(bucket=env["MINKA_S3_BUCKET"], endpoint_url=s3.endpoint,
                          region="us-east-1", access_key="test", secret_key="test")
    return S3BlobStore(settings)


def test_files_no_record_names_are_collected_after_a_grace(tmp_path, store):
    url = f"sqlite:///{tmp_path / 'server.db'}"
    seed(url, users=("ana",))
    sessions = db.session_factory(db.make_engine(url))
    shas = {}
    with sessions() as session, session.begin():
        for name in ("usado", "sin-registro", "reciente"):
            path = tmp_path / f"{name}.bin"
            path.write_bytes(name.encode() * 1000)
            shas[name] = store.add_file(session, path)
        server_blobs.attach(session, shas["usado"], "forum", FORUM_ID)
        # "reciente": uploaded a moment ago in the scene below; its op may still come
        session.get(Blob, shas["reciente"]).created_at = \
            datetime.now(timezone.utc) + timedelta(days=10)
    orphan = tmp_path / "huerfano.bin"
    orphan.write_bytes(b"stored, then the server crashed before its row")
    with sessions() as session, session.begin():
        orphan_sha = store.add_file(session, orphan)
        session.delete(session.get(Blob, orphan_sha))
    later = time.time() + 15 * 86400  # two weeks and a day from now

    found = ops.collect_files(sessions, store, 14, dry_run=True, at=later)
    assert [sha for sha, _ in found.unused] == [shas["sin-registro"]]
    assert found.orphans == [orphan_sha]
    assert all(store.stored_size(sha) is not None for sha in [*shas.values(), orphan_sha])

    ops.collect_files(sessions, store, 14, at=later)
    assert store.stored_size(shas["sin-registro"]) is None
    assert store.stored_size(orphan_sha) is None
    assert store.stored_size(shas["usado"]) is not None
    assert store.stored_size(shas["reciente"]) is not None
    with sessions() as session:
        assert session.get(Blob, shas["sin-registro"]) is None
        assert session.get(Blob, shas["usado"]) is not None


def test_blobs_gc_command(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'server.db'}"
    seed(url, users=("ana",))
    sessions = db.session_factory(db.make_engine(url))
    path = tmp_path / "nadie.bin"
    path.write_bytes(b"no record names me")
    with sessions() as session, session.begin():
        digest = server_blobs.BlobStore(tmp_path / "blobs").add_file(session, path)
    assert cli.main(["--db", url, "blobs", "gc", "--dry-run"]) == 0
    assert "Would delete 0 file(s)" in capsys.readouterr().out   # within the grace
    assert cli.main(["--db", url, "blobs", "gc", "--grace-days", "0", "--dry-run"]) == 0
    assert digest in capsys.readouterr().out
    assert cli.main(["--db", url, "blobs", "gc", "--grace-days", "0"]) == 0
    assert "Deleted 1 file(s)" in capsys.readouterr().out
    assert not list((tmp_path / "blobs").glob("??/??/*"))


def test_restore_refuses_what_is_not_a_backup(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'server.db'}"
    (tmp_path / "vacia").mkdir()
    assert cli.main(["--db", url, "restore", str(tmp_path / "vacia")]) == 2
    assert "is not a Minka backup" in capsys.readouterr().err
    (tmp_path / "llena").mkdir()
    (tmp_path / "llena" / "algo").write_text("x")
    assert cli.main(["--db", url, "backup", str(tmp_path / "llena")]) == 2
    assert "not empty" in capsys.readouterr().err


def test_an_answer_with_fields_this_client_does_not_know_is_still_read():
    """A newer server adds fields to its answers (as it added `server_id`): the clients
    already installed keep syncing. What clients send stays strict."""
    from pydantic import ValidationError

    from sync import protocol as p
    answer = {"results": [{"op_id": "6f1c1f1e-8d0a-4c39-9a43-1d2b7c4e5f60",
                           "status": "applied", "seq_of_record": 7}],
              "changes": [], "cursor": 3, "more": False,
              "server_time": "2026-12-01T14:00:00+00:00", "server_id": "x",
              "a_field_of_next_year": {"anything": 1}}
    parsed = p.SyncResponse.model_validate(answer)
    assert parsed.cursor == 3 and parsed.server_id == "x"
    assert p.UploadStatus.model_validate({"received": 1, "complete": False, "new": 1})
    with pytest.raises(ValidationError):
        p.SyncRequest.model_validate({"device_id": "6f1c1f1e-8d0a-4c39-9a43-1d2b7c4e5f60",
                                      "cursor": 0, "ops": [], "unknown": 1})


def test_postgresql_backup_and_restore_of_an_older_backup(pg_server, tmp_path):
    """The production path: pg_dump / pg_restore, the new identity, a client catching up."""
    import sqlalchemy
    url = pg_server.db_url
    ana = signed_in_profile(tmp_path / "profile-ana", pg_server.url, "ana")
    try:
        syncing.sync_now(ana)
        thread = forums.create_thread(ana, FORUM_ID, "En PostgreSQL", "Antes de la copia.")
        syncing.sync_now(ana)
        before_id = server_id(url)
        out = tmp_path / "copia-pg"
        blobs = ["--blobs", str(pg_server.blob_dir)]
        assert cli.main(["--db", url, "backup", str(out), *blobs]) == 0
        assert json.loads((out / "manifest.json").read_text())["database"] == "postgresql"
        lost = forums.reply(ana, thread, "Después de la copia: se perderá en el servidor.")
        syncing.sync_now(ana)
        pg_server.stop()
        assert cli.main(["--db", url, "restore", str(out), *blobs]) == 0
        engine = sqlalchemy.create_engine(url)
        with engine.connect() as conn:
            on_server = {row[0] for row in conn.execute(sqlalchemy.text("select id from posts"))}
        assert lost not in on_server and len(on_server) == 1
        assert server_id(url) not in ("", before_id)
        restored = ServerProcess(url, pg_server.log_path, port=pg_server.port,
                                 blob_dir=pg_server.blob_dir).start()
        try:
            syncing.sync_now(ana)
            with engine.connect() as conn:
                ids = [row[0] for row in conn.execute(sqlalchemy.text("select id from posts"))]
            assert sorted(ids) == sorted(posts_of(ana, thread)) and lost in ids
            assert len(ids) == len(set(ids)) == 2
        finally:
            restored.stop()
            engine.dispose()
    finally:
        ana.close()


def test_an_s3_store_that_cannot_be_used_stops_the_server_with_one_line(s3_server, tmp_path,
                                                                       monkeypatch, capsys):
    for name, value in s3_server.env("no-such-bucket").items():
        monkeypatch.setenv(name, value)
    url = f"sqlite:///{tmp_path / 'server.db'}"
    assert cli.main(["--db", url, "serve", "--port", "0"]) == 2
    err = capsys.readouterr().err
    assert "S3 bucket 'no-such-bucket' cannot be used" in err and "Traceback" not in err
    monkeypatch.delenv("MINKA_S3_SECRET_ACCESS_KEY")
    assert cli.main(["--db", url, "serve", "--port", "0"]) == 2
    assert "go together" in capsys.readouterr().err
