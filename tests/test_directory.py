"""The member directory and each member's own profile over a real server on loopback: the
directory lists what the server sent, found by name without accents and filtered; a
profile edited offline travels, shown pending until then; a field a member keeps private
never reaches another member's device (checked in the raw bytes of the answer) while the
server keeps it for the statistics; an edit made on an older version (a second device) is
refused and kept; the server refuses values outside its lists."""
from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from app.services import directory, syncing
from app.services.errors import UserError
from sync import protocol as p
from sync.server import db
from sync.server.models import MemberProfile, User
from tests.helpers import signed_in_profile
from tests.wire import (account, database_url, exchange, post_raw, running_server,
                        sync_body)

USERS = ("ana", "beto", "carmen")
SECRET_PHONE = "+51 984 777 321"
SECRET_MAIL = "ana.privada@ejemplo.pe"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def server(request, tmp_path_factory):
    """Both databases: the pull reads members joined with their profiles."""
    base = tmp_path_factory.mktemp(f"directory-{request.param}")
    with running_server(base, database_url(request, base), users=USERS) as proc:
        sessions = db.session_factory(db.make_engine(proc.db_url))
        with sessions() as s, s.begin():
            # Names and places a search and the filters must tell apart.
            for username, name, region, position in (
                    ("ana", "Ana Núñez Quispe", "Cusco", "Director(a) de IE"),
                    ("beto", "Alberto Ñahui Mamani", "Puno", "Especialista de UGEL"),
                    ("carmen", "Carmen Huamán Ccori", "Cusco", "Docente")):
                user = s.scalar(select(User).where(User.username == username))
                user.display_name, user.region, user.position = name, region, position
        sessions.kw["bind"].dispose()
        yield proc


def _profile(store, **changes) -> None:
    mine = directory.my_profile(store)
    fields = dict(position=mine.position, region=mine.region, institution=mine.institution,
                  presentation=mine.presentation, phone=mine.phone, email=mine.email,
                  gender=mine.gender, shared=mine.shared)
    fields.update(changes)
    directory.save_profile(store, **fields)


def _op(acct, **fields) -> p.Op:
    payload = p.ProfileUpdate(**dict(dict(base_version=0, position="Docente", region="Cusco",
                                          institution="", presentation="", phone="",
                                          email="", gender="", shared=[]), **fields))
    return p.make_op(uuid.uuid4(), "profile.update", payload, datetime.now(timezone.utc))


def test_the_directory_lists_searches_and_filters_what_the_server_sent(server, tmp_path):
    store = signed_in_profile(tmp_path / "beto", server.url, "beto")
    try:
        syncing.sync_now(store)
        names = [m.display_name for m in directory.list_members(store, 0, 50)]
        # By name, accents and ñ aside: Alberto Ñahui, Ana Núñez, Carmen Huamán.
        assert names == ["Alberto Ñahui Mamani", "Ana Núñez Quispe", "Carmen Huamán Ccori"]
        assert directory.count_members(store) == 3
        assert [m.display_name for m in directory.list_members(store, 0, 50, "Nunez")] == \
            ["Ana Núñez Quispe"]
        assert [m.display_name for m in directory.list_members(store, 0, 50, "ÑAHUI")] == \
            ["Alberto Ñahui Mamani"]
        assert [m.display_name for m in directory.list_members(store, 0, 50, "huaman")] == \
            ["Carmen Huamán Ccori"]
        assert directory.count_members(store, "100%_") == 0   # LIKE's wildcards are text
        cusco = directory.list_members(store, 0, 50, region="Cusco")
        assert [m.display_name for m in cusco] == ["Ana Núñez Quispe", "Carmen Huamán Ccori"]
        assert [m.display_name for m in directory.list_members(
            store, 0, 50, region="Cusco", position="Docente")] == ["Carmen Huamán Ccori"]
        assert [m.display_name for m in directory.list_members(store, 1, 1)] == \
            ["Ana Núñez Quispe"]   # a page
        assert directory.regions_in_use(store)[:3] == ["Amazonas", "Áncash", "Apurímac"]
        assert "Docente" in directory.positions_in_use(store)
    finally:
        store.close()


def test_a_private_field_never_reaches_another_member_but_the_server_keeps_it(server,
                                                                              tmp_path):
    ana = signed_in_profile(tmp_path / "ana", server.url, "ana")
    carmen = signed_in_profile(tmp_path / "carmen", server.url, "carmen")
    try:
        syncing.sync_now(ana)
        _profile(ana, phone=SECRET_PHONE, email=SECRET_MAIL, gender="F",
                 institution="IE N.° 50123 de Sicuani", presentation="Directora rural.",
                 shared={"institution", "presentation"})
        mine = directory.my_profile(ana)
        assert (mine.state, mine.phone) == ("pending", SECRET_PHONE)  # offline, pending
        syncing.sync_now(ana)
        mine = directory.my_profile(ana)
        assert (mine.state, mine.phone, mine.gender) == ("synced", SECRET_PHONE, "F")
        assert mine.shared == {"institution", "presentation"}

        # At the wire: the raw bytes another member receives hold neither the phone, nor
        # the e-mail, nor the gender; the shared fields are there.
        acct = account(carmen)
        resp = post_raw(server.url, sync_body(acct), token=acct.token)
        assert resp.status_code == 200
        raw = resp.content.decode("utf-8")
        assert SECRET_PHONE not in raw and SECRET_MAIL not in raw
        answer = p.SyncResponse.model_validate_json(raw)
        ana_id = account(ana).user_id
        [user] = [c.data for c in answer.changes if c.entity == "user" and str(c.id) == ana_id]
        assert user["gender"] == "" and user["institution"] == "IE N.° 50123 de Sicuani"
        [prof] = [c.data for c in answer.changes if c.entity == "member_profile"]
        assert (prof["phone"], prof["email"], prof["presentation"]) == \
            ("", "", "Directora rural.")
        # Its owner's own device receives all of it.
        own = exchange(server.url, account(ana))
        [prof] = [c.data for c in own.changes if c.entity == "member_profile"]
        assert prof["phone"] == SECRET_PHONE and set(prof["shared"]) == {"institution",
                                                                         "presentation"}

        syncing.sync_now(carmen)
        card = directory.member_card(carmen, ana_id)
        assert (card.phone, card.email, card.gender) == ("", "", "")
        assert card.presentation == "Directora rural." and not card.is_me

        # The server keeps every value: the statistics count gender on the server.
        sessions = db.session_factory(db.make_engine(server.db_url))
        with sessions() as s:
            assert s.get(User, ana_id).gender == "F"
            assert s.get(MemberProfile, ana_id).phone == SECRET_PHONE
        sessions.kw["bind"].dispose()

        # Shared later, then private again: the other device follows each time.
        _profile(ana, shared={"phone"})
        syncing.sync_now(ana)
        syncing.sync_now(carmen)
        card = directory.member_card(carmen, ana_id)
        assert (card.phone, card.institution, card.presentation) == (SECRET_PHONE, "", "")
        _profile(ana, shared=set())
        syncing.sync_now(ana)
        syncing.sync_now(carmen)
        assert directory.member_card(carmen, ana_id).phone == ""
    finally:
        ana.close()
        carmen.close()


def test_an_edit_on_an_older_version_is_refused_and_kept(server, tmp_path):
    """Two devices of one member: the second's edit, made offline on the version it had,
    arrives after the first's. The server's version wins; the edit stays visible."""
    first = signed_in_profile(tmp_path / "d1", server.url, "beto")
    second = signed_in_profile(tmp_path / "d2", server.url, "beto")
    try:
        syncing.sync_now(first)
        syncing.sync_now(second)
        _profile(first, presentation="Escrito en la oficina de la UGEL.")
        _profile(second, presentation="Escrito en casa, sin conexión.")
        syncing.sync_now(first)
        syncing.sync_now(second)
        mine = directory.my_profile(second)
        assert (mine.state, mine.reject_code) == ("rejected", "profile_conflict")
        assert mine.presentation == "Escrito en casa, sin conexión."   # the text kept
        # Looked at and saved again, on the newer version: accepted.
        _profile(second, presentation=mine.presentation)
        syncing.sync_now(second)
        assert directory.my_profile(second).state == "synced"
        syncing.sync_now(first)
        assert directory.my_profile(first).presentation == "Escrito en casa, sin conexión."
        # Two edits queued one after the other on one device both apply.
        _profile(first, phone="084 123456")
        _profile(first, phone="084 654321")
        syncing.sync_now(first)
        mine = directory.my_profile(first)
        assert (mine.state, mine.phone) == ("synced", "084 654321")
        # A refused edit can be dropped: the server's profile shows again.
        syncing.sync_now(second)
        _profile(first, phone="084 111111")
        syncing.sync_now(first)
        _profile(second, phone="999")
        syncing.sync_now(second)
        assert directory.my_profile(second).state == "rejected"
        directory.discard_draft(second)
        mine = directory.my_profile(second)
        assert (mine.state, mine.phone) == ("synced", "084 111111")
    finally:
        first.close()
        second.close()


def test_the_server_refuses_values_outside_its_lists(server, tmp_path):
    store = signed_in_profile(tmp_path / "carmen", server.url, "carmen")
    try:
        acct = account(store)
        answer = exchange(server.url, acct, [_op(acct, region="Atlántida")])
        assert answer.results[0].code == "invalid_profile"
        answer = exchange(server.url, acct, [_op(acct, position="Ministro")])
        assert answer.results[0].code == "invalid_profile"
        # Over-long text and a malformed e-mail are refused before the op is applied.
        bad = _op(acct).model_dump(mode="json")
        bad["payload"]["email"] = "no-es-un-correo"
        raw = json.dumps(dict(protocol=1, device_id=acct.device_id, cursor=0, ops=[bad]))
        resp = post_raw(server.url, raw.encode(), token=acct.token,
                        headers={"Content-Encoding": None})
        assert resp.status_code in (400, 422), resp.text
        # The client refuses the same before queueing, with a code the UI translates.
        with pytest.raises(UserError) as err:
            _profile(store, presentation="x" * (p.MAX_PRESENTATION_CHARS + 1))
        assert err.value.code == "too_long_presentation"
        with pytest.raises(UserError) as err:
            _profile(store, email="sin-arroba")
        assert err.value.code == "invalid_email"
        with pytest.raises(UserError) as err:
            _profile(store, region="Atlántida")
        assert err.value.code == "invalid_region"
        # Values from the lists are applied.
        answer = exchange(server.url, acct, [_op(acct, position="Docente", base_version=99)])
        assert answer.results[0].status == "applied"
    finally:
        store.close()


def test_the_client_migration_folds_the_names_already_there(tmp_path):
    """A profile made before the directory: its members are found without accents too."""
    from alembic import command
    from sqlalchemy import create_engine, text

    from app.store import db as store_db
    from app.store.db import Store
    path = tmp_path / "minka.db"
    url = f"sqlite:///{path}"
    command.upgrade(store_db._alembic_config(url), "0007")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO people (id, username, display_name, role, region, "
                          "institution, position, gender, seq) VALUES ('u1', 'ana', "
                          "'Ana Núñez Quispe', 'participant', 'Cusco', '', '', '', 1)"))
    engine.dispose()
    store = Store(tmp_path)
    try:
        assert [m.display_name for m in directory.list_members(store, 0, 10, "nunez")] == \
            ["Ana Núñez Quispe"]
    finally:
        store.close()
