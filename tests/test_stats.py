"""The network's statistics over a real server on loopback: members seeded with known
regions, positions and genders, and activity at known dates; the snapshot the members
receive matches them (active now by region, position and gender, active over time, posts,
downloads and new documents per month, the goal); a recomputation that finds the same
numbers sends nothing new."""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

import pytest

from app.services import repository, surveys, syncing
from app.services.account import current_account
from sync.server import accounts, cli, db
from sync.server.entities import stats as server_stats
from sync.server.models import NetworkStats, WallPost
from sync.server.seq import take_seq
from tests.helpers import PASSWORD, signed_in_profile
from tests.wire import account, database_url, exchange, running_server

PERU = timezone(timedelta(hours=-5))
NOW = datetime.now(timezone.utc)


def _month(moment: datetime) -> str:
    return moment.astimezone(PERU).strftime("%Y-%m")


# username: (region, position, gender, days since their wall post or None, disabled)
MEMBERS = {
    "flor": ("Cusco", "Directora de IE", "F", 10, False),
    "mario": ("Cusco", "Especialista UGEL", "M", 20, False),
    "lucia": ("Lima", "Directora de IE", "F", 45, False),
    "elsa": ("Arequipa", "Docente", "F", 200, False),      # active long ago only
    "raul": ("Lima", "Director de IE", "M", None, False),   # never did anything
    "ines": ("Ayacucho", "Docente", "F", 5, True),          # disabled: not a member
}


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def server(request, tmp_path_factory):
    base = tmp_path_factory.mktemp(f"stats-{request.param}")
    with running_server(base, database_url(request, base), users=("ana",)) as proc:
        sessions = db.session_factory(db.make_engine(proc.db_url))
        with sessions() as s, s.begin():
            for name, (region, position, gender, days, disabled) in MEMBERS.items():
                user = accounts.add_user(s, username=name, display_name=name.title(),
                                         password=PASSWORD, region=region,
                                         position=position, gender=gender,
                                         institution="UGEL de prueba")
                if disabled:
                    user.disabled_at = NOW
                if days is not None:
                    s.add(WallPost(id=str(uuid.uuid4()), author_id=user.id,
                                   kind="experiencia", body=f"Experiencia de {name}",
                                   created_at=NOW - timedelta(days=days),
                                   seq=take_seq(s), deleted=False))
        sessions.kw["bind"].dispose()
        files = base / "catalogo"
        (files / "archivos").mkdir(parents=True)
        (files / "archivos" / "guia.pdf").write_bytes(b"%PDF-1.4 Guia de gestion escolar")
        (files / "catalogo.csv").write_text(
            "key,title,authors,year,type,themes,region,summary,language,licence,source,file\n"
            "EDG-0001,Guía de gestión escolar,Rosa Quispe,2020,guía,gestión escolar,Cusco,"
            "Para directivos.,es,CC BY 4.0,DRE Cusco,archivos/guia.pdf\n", encoding="utf-8")
        assert cli.main(["--db", proc.db_url, "repo", "import", str(files / "catalogo.csv"),
                         "--files", str(files), "--blobs", str(proc.blob_dir)]) == 0
        yield proc


def test_the_statistics_match_the_seeded_members_and_their_activity(server, tmp_path):
    ana = signed_in_profile(tmp_path / "ana", server.url, "ana")   # her device: seen now
    try:
        syncing.sync_now(ana)
        doc_id = repository.list_documents(ana)[0].id
        repository.download(ana, current_account(ana), doc_id)          # one download
        assert cli.main(["--db", server.db_url, "stats", "goal", "150"]) == 0
        syncing.sync_now(ana)
        got = surveys.statistics(ana)
    finally:
        ana.close()
    # Members: everyone but the disabled account; ana was seeded in Cusco, no gender.
    assert got["members"] == 6 and got["active_days"] == 90 and got["goal"] == 150
    assert got["active"] == 4                      # flor, mario, lucia and ana
    assert got["by_region"] == [["Cusco", 3], ["Lima", 1]]
    # Ranked by count, then by name.
    assert got["by_position"] == [["Directora de IE", 2], ["Director de IE", 1],
                                  ["Especialista UGEL", 1]]
    assert got["by_gender"] == [["F", 2], ["", 1], ["M", 1]]
    months = got["months"]
    assert len(months) == 12 and months[-1] == _month(NOW)
    by_month = dict(zip(months, got["active_by_month"]))
    assert by_month[_month(NOW)] == 4
    # Elsa's post 200 days ago: she alone was active in the month it was written.
    assert by_month[_month(NOW - timedelta(days=200))] == 1
    posts = dict(zip(months, got["posts_by_month"]))
    expected: dict[str, int] = {}
    for name, (_r, _p, _g, days, _d) in MEMBERS.items():
        if days is not None:
            label = _month(NOW - timedelta(days=days))
            expected[label] = expected.get(label, 0) + 1
    assert {m: n for m, n in posts.items() if n} == expected   # ines's post still counts
    assert dict(zip(months, got["downloads_by_month"]))[_month(NOW)] == 1
    assert dict(zip(months, got["documents_by_month"]))[_month(NOW)] == 1


def test_a_recomputation_with_the_same_numbers_sends_nothing_new(server, tmp_path):
    sessions = db.session_factory(db.make_engine(server.db_url))
    try:
        with sessions() as s, s.begin():
            server_stats.refresh(s, force=True)
        with sessions() as s:
            first = s.get(NetworkStats, server_stats.STATS_ID).seq
        with sessions() as s, s.begin():
            assert server_stats.refresh(s, force=True) is False
            assert server_stats.refresh(s) is False          # fresh: not even computed
        with sessions() as s:
            assert s.get(NetworkStats, server_stats.STATS_ID).seq == first
    finally:
        sessions.kw["bind"].dispose()
    raul = signed_in_profile(tmp_path / "raul", server.url, "raul")
    try:
        syncing.sync_now(raul)
        acct = account(raul)
        cursor = exchange(server.url, acct, cursor=0).cursor
        quiet = exchange(server.url, acct, cursor=cursor)
        assert quiet.changes == []
    finally:
        raul.close()
