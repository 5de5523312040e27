"""Shared fixtures: a seeded server on loopback, and signed-in client profiles."""
from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import datetime, timedelta, timezone  # noqa: E402

from sync.server import cli  # noqa: E402
from tests.helpers import ServerProcess, seed, signed_in_profile, write_course  # noqa: E402

# `make test` installs every system package the suite needs (app/system_packages.py) and,
# run as root, sets this: then a test that skips has not run, and that is a failure.
STRICT_SKIPS = os.environ.get("MINKA_STRICT_SKIPS") == "1"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if STRICT_SKIPS and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = (f"skipped under `make test`, where everything it needs is "
                           f"installed: {reason}")


@pytest.fixture
def server(tmp_path):
    """A real server process with accounts ana and beto and one forum."""
    url = f"sqlite:///{tmp_path / 'server.db'}"
    seed(url)
    proc = ServerProcess(url, tmp_path / "server.log").start()
    yield proc
    proc.stop()


@pytest.fixture
def profile_factory(tmp_path, server):
    stores = []

    def make(username: str, name: str | None = None):
        store = signed_in_profile(tmp_path / (name or f"profile-{username}"), server.url,
                                  username)
        stores.append(store)
        return store
    yield make
    for store in stores:
        store.close()


@pytest.fixture
def course_server(tmp_path, server):
    """The server with a small course (facilitator fabiola; ana enrolled, beto not)."""
    seed(server.db_url, users=("fabiola",), role="facilitator")
    folder = tmp_path / "curso"
    server.due = datetime.now(timezone.utc).replace(microsecond=0) + timedelta(days=10)
    write_course(folder, server.due)
    assert cli.main(["--db", server.db_url, "course", "import", str(folder)]) == 0
    assert cli.main(["--db", server.db_url, "course", "enroll", "prueba", "ana"]) == 0
    server.course_folder = folder
    return server


@pytest.fixture(scope="session")
def s3_server():
    """One S3-compatible server (moto's) on loopback for the run; each user makes a bucket."""
    from tests.helpers import S3Server
    s3 = S3Server().start()
    yield s3
    s3.stop()


@pytest.fixture(scope="session")
def postgres(tmp_path_factory):
    """One throwaway PostgreSQL server for the whole run (each test gets its own database).

    Skipped only where PostgreSQL is not installed; one that is installed and fails to
    start is an error, so that a broken CI machine cannot pass by skipping the production
    path.
    """
    from tests.pgserver import PgServer, find_pg_bin
    if find_pg_bin() is None:
        pytest.skip("PostgreSQL is not installed here (no initdb, pg_ctl and postgres)")
    pg = PgServer(tmp_path_factory.mktemp("pg")).start()
    yield pg
    pg.stop()


@pytest.fixture
def pg_server(postgres, tmp_path, request):
    """A real server process on the production path: PostgreSQL, same migrations."""
    import re
    name = "t_" + re.sub(r"\W", "_", request.node.name)[:50].lower()
    url = postgres.new_database(name)
    seed(url)
    proc = ServerProcess(url, tmp_path / "server-pg.log", blob_dir=tmp_path / "blobs").start()
    yield proc
    proc.stop()
