"""The server's file size limit: learnt at each sync and applied before anything is
queued; a file queued before it was known is refused locally instead of failing every
sync, its text kept."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from app.services import course, forums, syncing
from app.services.errors import UserError
from app.store import meta
from app.store.models import OutboxEntry
from sync.server import cli
from tests.helpers import FORUM_ID, ServerProcess, seed, signed_in_profile, write_course

LIMIT = 200_000


@pytest.fixture
def small_server(tmp_path, monkeypatch):
    monkeypatch.setenv("MINKA_MAX_BLOB_BYTES", str(LIMIT))
    url = f"sqlite:///{tmp_path / 'server.db'}"
    seed(url)
    seed(url, users=("fabiola",), role="facilitator")
    write_course(tmp_path / "curso", datetime.now(timezone.utc) + timedelta(days=10))
    assert cli.main(["--db", url, "course", "import", str(tmp_path / "curso")]) == 0
    assert cli.main(["--db", url, "course", "enroll", "prueba", "ana"]) == 0
    proc = ServerProcess(url, tmp_path / "server.log").start()
    yield proc
    proc.stop()


def test_a_file_over_the_servers_limit_never_blocks_the_sync(small_server, tmp_path):
    ana = signed_in_profile(tmp_path / "ana", small_server.url, "ana")
    syncing.sync_now(ana)
    with ana.session() as s:
        assert int(meta.get(s, "max_blob_bytes")) == LIMIT     # learnt from the server
    [module] = course.outline(ana, course.list_courses(ana)[0].id)
    task = module.assignments[0].id
    video = tmp_path / "video de la tertulia.mp4"
    video.write_bytes(b"\1" * (LIMIT + 100_000))   # within the course's 1 MiB, over the server's
    with pytest.raises(UserError) as refused:
        course.attach_file(ana, task, video)
    assert refused.value.code == "file_too_large"  # refused before anything is queued

    # A file queued when the limit was not known yet (an older version, a lowered limit)
    with ana.session() as s, s.begin():
        meta.put(s, "max_blob_bytes", "0")
    course.submit(ana, task, "Nuestra tertulia, en video.",
                  [course.attach_file(ana, task, video)])
    forums.create_thread(ana, FORUM_ID, "Mientras tanto", "Esto debe llegar igual.")
    summary = syncing.sync_now(ana)                 # does not fail…
    assert summary.pushed == 1                      # …the forum thread went
    mine = course.assignment(ana, task).mine
    assert (mine.state, mine.reject_code) == ("rejected", "too_large")
    assert mine.text == "Nuestra tertulia, en video."     # the text is kept
    with ana.session() as s:
        assert s.query(OutboxEntry).count() == 0
    assert syncing.sync_now(ana).pushed == 0        # and the next sync is a quiet one
    ana.close()
