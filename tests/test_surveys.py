"""Surveys over a real server on loopback: one answer per member under replays and from
two devices of the same person, a change before closing, a late answer refused with the
choice kept, results that travel as counts (never another member's answer), and a
survey asked from the app by a facilitator."""
from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from app.services import surveys, syncing
from app.services.errors import UserError
from app.store.models import OutboxEntry, SurveyAnswer
from sync import protocol as p
from sync.server import cli, db
from sync.server.models import Survey as ServerSurvey
from sync.server.models import SurveyAnswer as ServerAnswer
from tests.helpers import signed_in_profile
from tests.wire import account, exchange, running_server

USERS = ("ana", "beto", "carla")
QUESTION = "¿Qué es lo que nos une?"


def _peru(days: int) -> str:
    moment = datetime.now(timezone.utc) + timedelta(days=days)
    return moment.astimezone(timezone(timedelta(hours=-5))).strftime("%Y-%m-%d %H:%M")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    base = tmp_path_factory.mktemp("surveys")
    with running_server(base, users=USERS) as proc:
        assert cli.main(["--db", proc.db_url, "user", "role", "carla", "facilitator"]) == 0
        yield proc


@pytest.fixture(scope="module")
def stores(server, tmp_path_factory):
    made = {name: signed_in_profile(tmp_path_factory.mktemp(name), server.url, name)
            for name in USERS}
    made["ana2"] = signed_in_profile(tmp_path_factory.mktemp("ana2"), server.url, "ana")
    yield made
    for store in made.values():
        store.close()


def _survey(server, slug: str, question: str, *options: str, multiple=False) -> None:
    args = ["--db", server.db_url, "survey", "create", slug, question,
            "--closes", _peru(10)]
    for option in options:
        args += ["--option", option]
    if multiple:
        args.append("--multiple")
    assert cli.main(args) == 0


def _server(server):
    sessions = db.session_factory(db.make_engine(server.db_url))
    return sessions


def _server_answers(server, survey_id: str) -> list[tuple[str, list[str]]]:
    sessions = _server(server)
    with sessions() as s:
        rows = [(a.user_id, json.loads(a.options)) for a in s.scalars(
            select(ServerAnswer).where(ServerAnswer.survey_id == survey_id))]
    sessions.kw["bind"].dispose()
    return rows


def _find(store, question: str) -> surveys.SurveyItem:
    return next(x for x in surveys.list_surveys(store) if x.question == question)


def _counts(item: surveys.SurveyItem) -> dict[str, int]:
    return {o.text: o.count for o in item.options}


def test_one_answer_per_member_under_replays_and_changeable_until_it_closes(server, stores):
    _survey(server, "une", QUESTION, "La educación de nuestros niños", "Nuestro territorio",
            "El trabajo en minka")
    ana, ana2, beto = stores["ana"], stores["ana2"], stores["beto"]
    for store in (ana, ana2, beto):
        syncing.sync_now(store)
    item = _find(ana, QUESTION)
    assert item.is_open and item.respondents == 0 and not item.results_shown
    first, second, third = (o.id for o in item.options)

    surveys.answer(ana, item.id, [first])            # offline: pending, shown at once
    mine = surveys.get_survey(ana, item.id)
    assert mine.my_choice == [first] and mine.my_state == "pending" and mine.results_shown
    surveys.answer(ana, item.id, [second])           # changed before it travelled
    with ana.session() as s:                         # only the latest choice travels
        assert len(s.scalars(select(OutboxEntry).where(
            OutboxEntry.kind == "survey.answer")).all()) == 1
    syncing.sync_now(ana)
    assert surveys.get_survey(ana, item.id).my_state == "synced"
    assert _counts(surveys.get_survey(ana, item.id))["Nuestro territorio"] == 1

    # The same answer replayed at the wire, and from ana's second computer: one answer.
    acct = account(ana)
    answer_id = p.survey_answer_id(item.id, acct.user_id)
    op = p.make_op(uuid.uuid4(), "survey.answer",
                   p.SurveyAnswer(id=answer_id, survey_id=item.id, options=[second]),
                   datetime.now(timezone.utc))
    for _ in range(2):
        assert exchange(server.url, acct, [op]).results[0].status == "applied"
    forged = p.make_op(uuid.uuid4(), "survey.answer",
                       p.SurveyAnswer(id=uuid.uuid4(), survey_id=item.id, options=[first]),
                       datetime.now(timezone.utc))
    assert exchange(server.url, acct, [forged]).results[0].code == "id_conflict"
    syncing.sync_now(ana2)
    assert surveys.get_survey(ana2, item.id).my_choice == [second]   # her own, elsewhere
    surveys.answer(ana2, item.id, [third])           # she changes her mind on the other PC
    syncing.sync_now(ana2)
    assert _server_answers(server, item.id) == [(acct.user_id, [third])]

    surveys.answer(beto, item.id, [third])
    syncing.sync_now(beto)
    syncing.sync_now(ana)
    for store in (ana, beto):
        result = surveys.get_survey(store, item.id)
        assert result.respondents == 2
        assert _counts(result) == {"La educación de nuestros niños": 0,
                                   "Nuestro territorio": 0, "El trabajo en minka": 2}
        assert result.share(result.options[2]) == 100.0
    assert surveys.get_survey(ana, item.id).my_choice == [third]   # ana2's change arrived
    # Nobody's answer but their own reaches a device: not in the replica, not on the wire.
    beto_id = account(beto).user_id
    with beto.session() as s:
        assert [a.user_id for a in s.scalars(select(SurveyAnswer))] == [beto_id]
    pulled = exchange(server.url, account(beto), cursor=0)
    answers = [c for c in pulled.changes if c.entity == "survey_answer"]
    assert answers and all(c.data["user_id"] == beto_id for c in answers)
    survey = next(c for c in pulled.changes if c.entity == "survey")
    assert survey.data["counts"] == {first: 0, second: 0, third: 2}


def test_a_late_answer_is_refused_and_the_choice_stays_visible(server, stores):
    question = "¿Cuántas veces al mes se reúne con sus docentes?"
    _survey(server, "reuniones", question, "Una vez", "Dos veces", "Cada semana")
    beto, carla = stores["beto"], stores["carla"]
    syncing.sync_now(beto)
    syncing.sync_now(carla)
    item = _find(beto, question)
    surveys.answer(carla, item.id, [item.options[0].id])
    syncing.sync_now(carla)
    surveys.answer(beto, item.id, [item.options[2].id])    # written offline, in time…
    assert cli.main(["--db", server.db_url, "survey", "close", "reuniones"]) == 0
    summary = syncing.sync_now(beto)                        # …arrives after the closing
    assert summary.rejected == 1
    late = surveys.get_survey(beto, item.id)
    assert late.my_state == "rejected" and late.my_code == "survey_closed"
    assert late.my_choice == [item.options[2].id]          # the choice is kept, visible
    assert not late.is_open and late.results_shown
    assert _counts(late) == {"Una vez": 1, "Dos veces": 0, "Cada semana": 0}
    syncing.sync_now(beto)                                  # a later sync keeps it
    assert surveys.get_survey(beto, item.id).my_state == "rejected"
    assert [u for u, _ in _server_answers(server, item.id)] == [account(carla).user_id]


def test_a_wrong_number_of_options_is_refused(server, stores):
    _survey(server, "una", "¿Qué día prefiere para el taller?", "Sábado", "Domingo")
    _survey(server, "varias", "¿Qué temas quiere trabajar?", "Tutoría", "Convivencia",
            "Gestión", multiple=True)
    ana = stores["ana"]
    syncing.sync_now(ana)
    one, several = _find(ana, "¿Qué día prefiere para el taller?"), \
        _find(ana, "¿Qué temas quiere trabajar?")
    with pytest.raises(UserError) as caught:
        surveys.answer(ana, one.id, [o.id for o in one.options])
    assert caught.value.code == "survey_one_choice"
    acct = account(ana)
    both = p.make_op(uuid.uuid4(), "survey.answer", p.SurveyAnswer(
        id=p.survey_answer_id(one.id, acct.user_id), survey_id=one.id,
        options=[o.id for o in one.options]), datetime.now(timezone.utc))
    unknown = p.make_op(uuid.uuid4(), "survey.answer", p.SurveyAnswer(
        id=p.survey_answer_id(several.id, acct.user_id), survey_id=several.id,
        options=["99"]), datetime.now(timezone.utc))
    codes = [r.code for r in exchange(server.url, acct, [both, unknown]).results]
    assert codes == ["invalid_answer", "invalid_answer"]
    surveys.answer(ana, several.id, [several.options[0].id, several.options[2].id])
    syncing.sync_now(ana)
    result = surveys.get_survey(ana, several.id)
    assert result.respondents == 1 and _counts(result) == {"Tutoría": 1, "Convivencia": 0,
                                                           "Gestión": 1}



def test_a_new_computer_receives_all_of_ones_own_answers_at_once(server, stores, tmp_path):
    """Several answers of one person in one page of changes (the replica's upsert of many
    rows at once, guarded for the answers still pending here)."""
    ana = signed_in_profile(tmp_path / "ana3", server.url, "ana")
    try:
        syncing.sync_now(ana)
        answered = [x for x in surveys.list_surveys(ana) if x.my_choice]
        assert len(answered) >= 2 and all(x.my_state == "synced" for x in answered)
    finally:
        ana.close()


def test_a_facilitator_asks_a_survey_from_the_app_offline(server, stores):
    carla, ana = stores["carla"], stores["ana"]
    syncing.sync_now(carla)
    closes = (datetime.now(timezone.utc) + timedelta(days=7)).date()
    survey_id = surveys.create_survey(carla, "¿Qué material le sirve más?",
                                      ["Guías impresas", "Videos cortos", "Audios"], closes)
    assert _find(carla, "¿Qué material le sirve más?").state == "pending"
    syncing.sync_now(carla)
    assert surveys.get_survey(carla, survey_id).state == "synced"
    syncing.sync_now(ana)
    asked = surveys.get_survey(ana, survey_id)
    assert [o.text for o in asked.options] == ["Guías impresas", "Videos cortos", "Audios"]
    with pytest.raises(UserError) as caught:           # a participant may not ask one
        surveys.create_survey(ana, "¿Otra?", ["Sí", "No"], closes)
    assert caught.value.code == "not_survey_moderator"
    forged = p.make_op(uuid.uuid4(), "survey.create", p.SurveyCreate(
        id=uuid.uuid4(), question="¿Otra?", closes_at=datetime.now(timezone.utc)
        + timedelta(days=3), options=[dict(id="1", text="Sí"), dict(id="2", text="No")]),
        datetime.now(timezone.utc))
    assert exchange(server.url, account(ana), [forged]).results[0].code == "not_allowed"
    with pytest.raises(UserError) as caught:
        surveys.create_survey(carla, "¿Repetida?", ["Sí", "sí"], closes)
    assert caught.value.code == "survey_same_options"
    sessions = _server(server)
    with sessions() as s:
        assert s.scalar(select(ServerSurvey.question).where(
            ServerSurvey.id == survey_id)) == "¿Qué material le sirve más?"
    sessions.kw["bind"].dispose()


def test_inicio_lists_an_open_survey_until_it_is_answered(server, stores):
    """An open survey waits on Inicio for whoever has not answered it, from the first
    sync on (it asks something of the person), and leaves once they answer offline."""
    from app.services import whats_new
    question = "¿Qué tema trabajamos en la próxima tertulia?"
    _survey(server, "proxima-tertulia", question, "Lectura", "Convivencia")
    beto = stores["beto"]
    syncing.sync_now(beto)
    survey_id = _find(beto, question).id
    assert f"survey:{survey_id}" in {i.link for i in whats_new.since_last_sync(beto)}
    surveys.answer(beto, survey_id, [_find(beto, question).options[0].id])
    assert f"survey:{survey_id}" not in {i.link for i in whats_new.since_last_sync(beto)}
