"""The production path: the same server and migrations on PostgreSQL."""
from __future__ import annotations

from sqlalchemy import func, select

from app.services import course, forums, syncing
from sync.server import cli, db
from sync.server.models import Post
from tests.helpers import FORUM_ID, seed, signed_in_profile, write_course


def test_forum_and_course_loop_on_postgresql(pg_server, tmp_path):
    ana = signed_in_profile(tmp_path / "ana", pg_server.url, "ana")
    beto = signed_in_profile(tmp_path / "beto", pg_server.url, "beto")
    syncing.sync_now(ana)
    thread_id = forums.create_thread(ana, FORUM_ID, "Desde Juliaca", "Con **PostgreSQL**.")
    for i in range(30):
        forums.reply(ana, thread_id, f"Respuesta {i} con ñ y tildes: educación.")
    syncing.sync_now(ana, batch=7)
    syncing.sync_now(ana)   # a replay-free second sync: nothing more
    syncing.sync_now(beto, pull_limit=8)
    assert len(forums.thread_posts(beto, thread_id)) == 31
    engine = db.make_engine(pg_server.db_url)
    with db.session_factory(engine)() as s:
        assert s.scalar(select(func.count()).select_from(Post)) == 31
    engine.dispose()

    seed(pg_server.db_url, users=("fabiola",), role="facilitator")
    from datetime import datetime, timedelta, timezone
    write_course(tmp_path / "curso", datetime.now(timezone.utc) + timedelta(days=3))
    assert cli.main(["--db", pg_server.db_url, "course", "import", str(tmp_path / "curso"),
                     "--blobs", str(pg_server.blob_dir)]) == 0
    assert cli.main(["--db", pg_server.db_url, "course", "enroll", "prueba", "ana"]) == 0
    syncing.sync_now(ana)
    [module] = course.outline(ana, course.list_courses(ana)[0].id)
    course.submit(ana, module.assignments[0].id, "Trabajo entregado sobre PostgreSQL.")
    syncing.sync_now(ana)
    assert course.assignment(ana, module.assignments[0].id).mine.state == "received"
    syncing.sync_now(beto)
    assert course.list_courses(beto) == []   # not enrolled: the course never reaches him
    ana.close()
    beto.close()
