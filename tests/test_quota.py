"""Per-account storage quota on uploads, and abandoned partial uploads that expire: at the
wire against a real server, and as a person meets them (the text kept, the reason said)."""
from __future__ import annotations

import hashlib
import os
import time
from datetime import datetime, timedelta, timezone

import pytest
import requests

from app.services import course, forums, syncing
from app.store.models import OutboxEntry
from sync.server import cli
from tests.helpers import FORUM_ID, ServerProcess, seed, signed_in_profile, write_course
from tests.wire import account

QUOTA = 300_000


def upload_url(server, digest: str) -> str:
    return f"{server.url}/api/v1/uploads/{digest}"


def auth(store) -> dict:
    return {"Authorization": f"Bearer {account(store).token}"}


def put(server, store, data: bytes):
    """The whole file in one PUT."""
    return requests.put(upload_url(server, hashlib.sha256(data).hexdigest()),
                        headers=auth(store), params={"offset": 0, "size": len(data)},
                        data=data, timeout=20)


@pytest.fixture
def quota_server(tmp_path, monkeypatch):
    monkeypatch.setenv("MINKA_QUOTA_BYTES", str(QUOTA))
    url = f"sqlite:///{tmp_path / 'server.db'}"
    seed(url)
    seed(url, users=("fabiola",), role="facilitator")
    write_course(tmp_path / "curso", datetime.now(timezone.utc) + timedelta(days=10))
    assert cli.main(["--db", url, "course", "import", str(tmp_path / "curso")]) == 0
    assert cli.main(["--db", url, "course", "enroll", "prueba", "ana"]) == 0
    proc = ServerProcess(url, tmp_path / "server.log").start()
    yield proc
    proc.stop()


def test_uploads_stop_at_the_accounts_quota(quota_server, tmp_path):
    ana = signed_in_profile(tmp_path / "ana", quota_server.url, "ana")
    beto = signed_in_profile(tmp_path / "beto", quota_server.url, "beto")
    try:
        first = os.urandom(200_000)
        assert put(quota_server, ana, first).json()["complete"] is True
        second = os.urandom(150_000)
        digest = hashlib.sha256(second).hexdigest()
        # Asked before sending, and refused at the PUT too: nothing stored.
        for resp in (requests.get(upload_url(quota_server, digest), headers=auth(ana),
                                  params={"size": len(second)}, timeout=20),
                     put(quota_server, ana, second)):
            assert resp.status_code == 413
            error = resp.json()["error"]
            assert (error["code"], error["quota"], error["used"]) == \
                ("quota_exceeded", QUOTA, 200_000)
        # A file the account already sent costs nothing more; another account has its own.
        assert put(quota_server, ana, first).json()["complete"] is True
        assert put(quota_server, beto, second).json()["complete"] is True
        # Uploads in progress count: half of a file leaves room only for the rest.
        third = os.urandom(90_000)
        half = requests.put(upload_url(quota_server, hashlib.sha256(third).hexdigest()),
                            headers=auth(beto), params={"offset": 0, "size": len(third)},
                            data=third[:45_000], timeout=20)
        assert half.json()["received"] == 45_000
        fourth = os.urandom(110_000)
        assert put(quota_server, beto, fourth).json()["error"]["code"] == "quota_exceeded"
    finally:
        ana.close()
        beto.close()


def test_a_file_over_the_quota_is_refused_with_its_text_kept(quota_server, tmp_path):
    ana = signed_in_profile(tmp_path / "ana", quota_server.url, "ana")
    try:
        syncing.sync_now(ana)
        assert put(quota_server, ana, os.urandom(250_000)).json()["complete"] is True
        [module] = course.outline(ana, course.list_courses(ana)[0].id)
        task = module.assignments[0].id
        photo = tmp_path / "foto de la tertulia.jpg"
        photo.write_bytes(b"\xff\xd8\xff" + os.urandom(100_000))
        course.submit(ana, task, "Nuestra tertulia, con foto.",
                      [course.attach_file(ana, task, photo)])
        forums.create_thread(ana, FORUM_ID, "Mientras tanto", "Esto debe llegar igual.")
        summary = syncing.sync_now(ana)          # does not fail…
        assert summary.pushed == 1               # …the thread went
        mine = course.assignment(ana, task).mine
        assert (mine.state, mine.reject_code) == ("rejected", "quota_exceeded")
        assert mine.text == "Nuestra tertulia, con foto."
        with ana.session() as s:
            assert s.query(OutboxEntry).count() == 0
        from app.ui.application import create_application
        from app.ui.messages import problem
        create_application([], "es")
        assert problem("quota_exceeded").startswith("Ya usó todo el espacio")
    finally:
        ana.close()


def test_abandoned_partial_uploads_expire(tmp_path, monkeypatch):
    monkeypatch.setenv("MINKA_PARTIAL_UPLOAD_DAYS", "14")
    url = f"sqlite:///{tmp_path / 'server.db'}"
    seed(url)
    server = ServerProcess(url, tmp_path / "server.log").start()
    ana = signed_in_profile(tmp_path / "ana", server.url, "ana")
    try:
        old, recent = os.urandom(50_000), os.urandom(50_000)
        for data in (old, recent):
            resp = requests.put(upload_url(server, hashlib.sha256(data).hexdigest()),
                                headers=auth(ana), params={"offset": 0, "size": len(data)},
                                data=data[:20_000], timeout=20)
            assert resp.json()["received"] == 20_000
        parts = {data: tmp_path / "blobs" / "partial" / account(ana).user_id /
                 f"{hashlib.sha256(data).hexdigest()}.part" for data in (old, recent)}
        assert all(part.exists() for part in parts.values())
        # The first got nothing for 15 days, the other for 13 (mtimes set back, no waiting).
        for data, days in ((old, 15), (recent, 13)):
            when = time.time() - days * 86400
            os.utime(parts[data], (when, when))
        server.stop()
        server.start()   # the sweep runs at start-up (and hourly)

        def held(data):
            return requests.get(upload_url(server, hashlib.sha256(data).hexdigest()),
                                headers=auth(ana), params={"size": len(data)},
                                timeout=20).json()["received"]
        assert not parts[old].exists() and held(old) == 0
        assert parts[recent].exists() and held(recent) == 20_000
    finally:
        ana.close()
        server.stop()
