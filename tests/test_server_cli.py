"""The administrator's commands: database, accounts, devices, demo data."""
from __future__ import annotations

from sqlalchemy import func, select

from sync.server import cli, db
from sync.server.models import Device, Forum, Post, Thread, User


def _count(url, model):
    engine = db.make_engine(url)
    with db.session_factory(engine)() as s:
        n = s.scalar(select(func.count()).select_from(model))
    engine.dispose()
    return n


def test_init_then_add_user_with_profile(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 's.db'}"
    assert cli.main(["--db", url, "init"]) == 0
    assert cli.main(["--db", url, "user", "add", "Marta.Condori", "--name", "Marta Condori",
                     "--password", "una-clave-larga", "--role", "facilitator",
                     "--region", "Puno", "--institution", "DRE Puno",
                     "--position", "Formadora", "--gender", "F"]) == 0
    engine = db.make_engine(url)
    with db.session_factory(engine)() as s:
        user = s.scalar(select(User))
        assert (user.username, user.role, user.region, user.gender) == \
            ("marta.condori", "facilitator", "Puno", "F")
        assert user.password_hash.startswith("$argon2") and "una-clave" not in user.password_hash
    engine.dispose()
    # the same username again, a short password, a bad role: refused with a clear message
    assert cli.main(["--db", url, "user", "add", "marta.condori", "--password",
                     "otra-clave-larga"]) == 2
    assert "already exists" in capsys.readouterr().err
    assert cli.main(["--db", url, "user", "add", "nuevo", "--password", "corta"]) == 2
    assert "at least 8" in capsys.readouterr().err


def test_demo_is_idempotent(tmp_path):
    url = f"sqlite:///{tmp_path / 's.db'}"
    assert cli.main(["--db", url, "demo"]) == 0
    counts = [_count(url, m) for m in (User, Forum, Thread, Post)]
    assert counts[0] >= 10 and counts[1] >= 4 and counts[2] >= 12 and counts[3] >= 52
    assert cli.main(["--db", url, "demo"]) == 0
    assert [_count(url, m) for m in (User, Forum, Thread, Post)] == counts


def test_device_revoke_and_list(tmp_path, server, profile_factory, capsys):
    ana = profile_factory("ana")
    url = server.db_url
    assert _count(url, Device) == 1
    assert cli.main(["--db", url, "device", "list", "ana"]) == 0
    assert "active" in capsys.readouterr().out
    assert cli.main(["--db", url, "device", "revoke", "ana"]) == 0
    assert cli.main(["--db", url, "device", "list", "ana"]) == 0
    assert "revoked" in capsys.readouterr().out
    assert cli.main(["--db", url, "device", "revoke", "nadie"]) == 2
    ana.close()
