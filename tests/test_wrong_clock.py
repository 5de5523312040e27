"""A client whose clock is three years wrong (a dead CMOS battery, a reset machine).

The client runs as real headless processes (`python -m app ...`) under libfaketime
(Debian package `faketime`), against a server with the right time. Its posts must take the
server's time and the server's order (seq), and the client must record a clock skew large
enough for the window to warn about it.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from datetime import datetime, timezone

import pytest

from app.services import forums, syncing
from app.store.db import Store
from tests.helpers import FORUM_ID, PASSWORD, ROOT, signed_in_profile
from tests.links import ServerDb, assert_converged, sync_runs

FAKETIME = shutil.which("faketime")
pytestmark = pytest.mark.skipif(
    FAKETIME is None, reason="faketime is not installed (Debian: apt-get install faketime)")

THREE_YEARS = 3 * 365 * 24 * 3600


def _client(profile, offset: str, *args: str, script: str | None = None) -> str:
    """Run the desktop client headless with its wall clock moved by `offset` ("-3y").
    Only the wall clock is wrong, as on a real machine; the monotonic clock is not."""
    command = [FAKETIME, "-f", offset, sys.executable]
    command += ["-c", textwrap.dedent(script)] if script else \
        ["-m", "app", "--profile", str(profile), *args]
    env = {**os.environ, "MINKA_PASSWORD": PASSWORD, "FAKETIME_DONT_FAKE_MONOTONIC": "1",
           "MINKA_TEST_PROFILE": str(profile)}
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


WRITE_OFFLINE = """
    import json, os
    from datetime import datetime, timezone
    from app.services import forums, syncing
    from app.store.db import Store
    store = Store(os.environ["MINKA_TEST_PROFILE"])
    syncing.sync_now(store)
    thread = forums.create_thread(store, "{forum}", "Reloj equivocado", "Abro el tema.")
    syncing.sync_now(store)
    replies = [forums.reply(store, thread, "Respuesta escrita sin conexión, %d." % i)
               for i in (1, 2)]
    store.close()
    print(json.dumps(dict(thread=thread, replies=replies,
                          now=datetime.now(timezone.utc).isoformat())))
"""


@pytest.mark.parametrize("offset", ["-3y", "+3y"])
def test_posts_take_the_servers_time_and_order_and_the_skew_is_noticed(server, tmp_path,
                                                                       offset):
    profile = tmp_path / "ana"
    _client(profile, offset, "signin", "--server", server.url, "--user", "ana")
    # Ana, with the wrong clock, opens a thread and writes two replies offline.
    out = json.loads(_client(profile, offset, script=WRITE_OFFLINE.format(forum=FORUM_ID)))
    client_now = datetime.fromisoformat(out["now"])
    real_now = datetime.now(timezone.utc)
    assert abs((client_now - real_now).total_seconds()) > THREE_YEARS - 3 * 24 * 3600

    # Meanwhile Beto, whose clock is right, replies in the same thread and syncs.
    beto = signed_in_profile(tmp_path / "beto", server.url, "beto")
    syncing.sync_now(beto)
    beto_reply = forums.reply(beto, out["thread"], "Yo respondo con la hora correcta.")
    syncing.sync_now(beto)

    # Ana syncs later (headless, still with the wrong clock).
    _client(profile, offset, "sync", "--attempts", "3", "--backoff", "0.1")

    sdb = ServerDb(server.db_url)
    ana = Store(profile)
    try:
        posts = [p for p in sdb.posts() if p.thread_id == out["thread"]]
        # The server's order (seq): Beto's reply reached it before Ana's two.
        first = posts[0].id
        assert [p.id for p in posts] == [first, beto_reply, *out["replies"]]
        # Every post carries the server's time, never Ana's clock.
        times = [p.created_at.replace(tzinfo=timezone.utc) for p in posts]
        assert times == sorted(times)
        assert all(abs((t - real_now).total_seconds()) < 600 for t in times)

        # Ana's own copy now shows the server's times, in the server's order.
        mine = forums.thread_posts(ana, out["thread"])
        assert [p.id for p in mine] == [p.id for p in posts]
        assert [p.created_at for p in mine] == times
        # The skew is recorded, signed (client minus server), past the warning threshold.
        skew = syncing.status(ana).clock_skew_seconds
        assert abs(skew) > syncing.CLOCK_SKEW_WARNING_SECONDS
        assert abs(abs(skew) - THREE_YEARS) < 3 * 24 * 3600
        assert (skew < 0) == offset.startswith("-")
        assert all(run.ok for run in sync_runs(ana))

        syncing.sync_now(beto)
        written = {p.id: p.body for p in posts}
        assert_converged(sdb, written, [ana, beto])
        assert forums.thread_posts(beto, out["thread"])[-1].created_at == times[-1]
    finally:
        ana.close()
        beto.close()
        sdb.close()
