"""The course's files come several at a time, through a link that keeps cutting, each
complete, verified and stored once; a cancel stops them all and keeps what arrived."""
from __future__ import annotations

import json
import threading

import pytest

from app.services import files, syncing
from app.services.account import current_account
from app.store.models import Lesson
from sync import client
from sync.client import Backoff
from sync.server import cli
from tests.helpers import ROOT, seed, signed_in_profile
from tests.test_repository_client import (_can_mount_tmpfs, _publish_locally, _server_file,
                                          _small_disk)
from tests.links import link_factory, route_through  # noqa: F401

QUICK = Backoff(base=0.01, cap=0.05, max_attempts=50)


@pytest.fixture
def demo_course_server(server):
    seed(server.db_url, users=("julio.huaman", "maribel.torres"), role="facilitator")
    assert cli.main(["--db", server.db_url, "course", "import",
                     str(ROOT / "resources" / "demo_course")]) == 0
    assert cli.main(["--db", server.db_url, "course", "enroll", "innovacion-educativa",
                     "ana"]) == 0
    return server


def _parts(store) -> list:
    return list((store.profile_dir / "blobs").rglob("*.part"))


def _course_files(store) -> dict[str, dict]:
    with store.session() as s:
        return {ref["sha256"]: ref for (column,) in s.query(Lesson.attachments)
                for ref in json.loads(column)}


def test_files_arrive_whole_through_a_cutting_link(demo_course_server, link_factory,
                                                   tmp_path):
    ana = signed_in_profile(tmp_path / "ana", demo_course_server.url, "ana")
    _, url = link_factory(demo_course_server.port, cut_after_bytes=64 * 1024)
    route_through(ana, url)
    summary = syncing.sync_now(ana, backoff=QUICK)
    refs = _course_files(ana)
    assert len(refs) >= 5 and summary.files == len(refs)
    assert files.files_to_fetch(ana) == []
    local = files.cache(ana)
    for sha, ref in refs.items():
        assert local.has(sha, ref["size"]) and local.verify(sha)
    assert _parts(ana) == []
    ana.close()


def test_progress_counts_the_whole_batch_and_cancel_stops_every_file(demo_course_server,
                                                                     link_factory, tmp_path):
    ana = signed_in_profile(tmp_path / "ana", demo_course_server.url, "ana")
    syncing.sync_now(ana)                  # the course and its files over loopback…
    local = files.cache(ana)
    refs = _course_files(ana)
    for sha in refs:                       # …then the files are lost, and come again slowly
        local.path_for(sha).unlink()
    total = sum(r["size"] for r in refs.values())
    _, url = link_factory(demo_course_server.port, down_kbps=1600, delay_ms=20)
    route_through(ana, url)
    account = current_account(ana)
    cancel = threading.Event()
    seen: list[tuple[str, int, int]] = []

    def report(name, done, batch_total):
        seen.append((name, done, batch_total))
        if done > total // 3:
            cancel.set()

    with pytest.raises(client.Cancelled):
        files.fetch_course_files(ana, account, report, cancel, QUICK)
    assert all(t == total for _, _, t in seen)            # one bar for the whole batch
    dones = [d for _, d, _ in seen]
    assert dones == sorted(dones)                          # it only moves forward
    assert len({n for n, _, _ in seen}) > 1                # several files were moving
    assert sum(p.stat().st_size for p in _parts(ana)) > 0  # what arrived is kept…

    fetched = files.fetch_course_files(ana, account, lambda *_: None, None, QUICK)
    assert fetched >= 1 and files.files_to_fetch(ana) == [] and _parts(ana) == []
    assert all(local.verify(sha) for sha in refs)          # …and resumed to whole files
    ana.close()


@pytest.mark.skipif(not _can_mount_tmpfs(), reason="needs root to mount a small tmpfs")
def test_course_files_make_room_from_documents_not_kept(demo_course_server, tmp_path,
                                                        monkeypatch):
    """The files' folder is a small disk holding a downloaded document not kept: the
    course's files need its room, so the sync deletes it and brings the course whole."""
    from app.services import repository
    monkeypatch.setattr(repository, "DISK_RESERVE_BYTES", 0)
    first = signed_in_profile(tmp_path / "primero", demo_course_server.url, "ana")
    syncing.sync_now(first)                     # how much the course's files weigh
    course_bytes = sum(ref["size"] for ref in _course_files(first).values())
    first.close()

    ana = signed_in_profile(tmp_path / "ana", demo_course_server.url, "ana")
    doc_bytes = 2_000_000
    doc = _publish_locally(ana, _server_file(ana, tmp_path, doc_bytes, "guia-grande"))
    disk_k = (doc_bytes + course_bytes // 2) // 1024 + 64
    try:
        with _small_disk(ana, f"{disk_k}k"):
            repository.download(ana, current_account(ana), doc)
            summary = syncing.sync_now(ana, backoff=QUICK)
            assert summary.files == len(_course_files(ana))
            assert all(files.cache(ana).has(sha, ref["size"])
                       for sha, ref in _course_files(ana).items())
            assert repository.availability(ana, doc).state == repository.NOT_DOWNLOADED
            # A kept document is never given up: the same disk, the files gone, it is kept.
            for sha in _course_files(ana):
                files.cache(ana).remove(sha)
            repository.pin(ana, doc)
            repository.download(ana, current_account(ana), doc)
            with pytest.raises(client.SyncError) as caught:
                syncing.sync_now(ana, backoff=QUICK)
            assert caught.value.code == "disk_full"
            assert repository.availability(ana, doc).state == repository.OFFLINE
    finally:
        ana.close()
