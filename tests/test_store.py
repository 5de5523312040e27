"""The profile database: WAL, migrations, and writes that are whole or absent."""
from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select

from app.services import forums
from app.services.errors import UserError
from app.store import meta
from app.store.db import Store
from app.store.models import Forum, OutboxEntry, Person, Post

FORUM = "0b7d8c2e-5a4f-4c33-9a43-1f0e2d3c4b5a"


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "perfil")
    with s.session() as session, session.begin():
        meta.put(session, "user_id", "u-1")
        session.add(Person(id="u-1", display_name="Rosa Quispe"))
        session.add(Forum(id=FORUM, title="Tertulias dialógicas", seq=1))
    yield s
    s.close()


def _outbox(store):
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(OutboxEntry))


def test_profile_is_wal_and_reopens_without_migrating_again(tmp_path, store):
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    store.close()
    again = Store(tmp_path / "perfil")
    assert not (tmp_path / "perfil" / "backups").exists()  # nothing to migrate, no backup
    with again.session() as s:
        assert meta.get(s, "user_id") == "u-1"
    again.close()


def test_older_schema_is_backed_up_before_migrating(tmp_path):
    path = tmp_path / "viejo"
    Store(path).close()
    conn = sqlite3.connect(path / "minka.db")
    conn.execute("UPDATE alembic_version SET version_num = 'base0'")  # pretend: older schema
    conn.commit()
    conn.close()
    from app.store import db as store_db
    with pytest.raises(Exception):
        store_db.migrate(path / "minka.db")  # unknown revision: refuse, do not touch the file
    backups = list((path / "backups").glob("minka-*-base0.db"))
    assert len(backups) == 1


def test_thread_and_its_outbox_op_are_written_together(store):
    thread_id = forums.create_thread(store, FORUM, "  Primera tertulia  ", "Leímos a Vallejo.")
    assert _outbox(store) == 1
    thread = forums.get_thread(store, thread_id)
    assert thread.title == "Primera tertulia" and thread.state == "pending"
    forums.reply(store, thread_id, "¡Qué bien!")
    assert _outbox(store) == 2
    assert [p.body for p in forums.thread_posts(store, thread_id)] == ["Leímos a Vallejo.",
                                                                      "¡Qué bien!"]


@pytest.mark.parametrize("title, body, code", [
    ("", "texto", "empty_title"),
    ("   ", "texto", "empty_title"),
    ("Título", "  \n ", "empty_body"),
    ("x" * 201, "texto", "too_long_title"),
    ("Título", "x" * 20_001, "too_long_body"),
])
def test_bad_input_writes_nothing(store, title, body, code):
    with pytest.raises(UserError) as err:
        forums.create_thread(store, FORUM, title, body)
    assert err.value.code == code
    assert _outbox(store) == 0
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Post)) == 0


def test_reply_to_unknown_thread_writes_nothing(store):
    with pytest.raises(UserError) as err:
        forums.reply(store, "6c1f7a52-0000-4000-8000-000000000000", "hola")
    assert err.value.code == "thread_not_found"
    assert _outbox(store) == 0


def test_drafts_survive_reopening(tmp_path, store):
    forums.save_draft(store, "reply:t-1", "Estimados colegas, quería contarles")
    store.close()
    again = Store(tmp_path / "perfil")
    assert forums.load_draft(again, "reply:t-1") == "Estimados colegas, quería contarles"
    forums.save_draft(again, "reply:t-1", "   ")
    assert forums.load_draft(again, "reply:t-1") == ""
    again.close()


def test_the_quick_schema_check_agrees_with_alembic(tmp_path):
    """Start-up skips importing Alembic when the schema is current; the head it reads from
    the migration scripts must be Alembic's own."""
    from alembic.script import ScriptDirectory

    from app.store import db
    head = ScriptDirectory.from_config(db._alembic_config("sqlite://")).get_current_head()
    assert db.newest_revision() == head
    store = db.Store(tmp_path / "p")
    store.close()
    assert db._current_revision(tmp_path / "p" / "minka.db") == head
