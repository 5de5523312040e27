"""Debates over a real server on loopback: everyone sees them (no membership), a late entry
to a closed debate is refused and its text kept on the writer's computer, one endorsement
per member and proposal under replays and from two devices of the same person, and the
published proposal reaching every member."""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from app.services import debates, syncing
from app.store.models import DebateProposal, OutboxEntry
from sync import protocol as p
from sync.server import cli, db
from sync.server.models import DebateEndorsement as ServerEndorsement
from tests.helpers import signed_in_profile
from tests.wire import account, exchange, running_server

USERS = ("ana", "beto", "carla")


def _peru(days: int) -> str:
    moment = datetime.now(timezone.utc) + timedelta(days=days)
    return moment.astimezone(timezone(timedelta(hours=-5))).strftime("%Y-%m-%d %H:%M")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    base = tmp_path_factory.mktemp("debates")
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


def _debate(server, slug: str, question: str) -> None:
    assert cli.main(["--db", server.db_url, "debate", "create", slug, question,
                     "--description", "¿Cómo lo hacemos en nuestras UGEL?",
                     "--opens", _peru(-1), "--closes", _peru(10)]) == 0


def _sync(store):
    return syncing.sync_now(store)


def _debate_id(store, question: str) -> str:
    return next(d.id for d in debates.list_debates(store) if d.question == question)


def _server_endorsements(server, proposal_id: str) -> int:
    sessions = db.session_factory(db.make_engine(server.db_url))
    with sessions() as s:
        count = s.scalar(select(func.count()).select_from(ServerEndorsement)
                         .where(ServerEndorsement.proposal_id == proposal_id))
    sessions.kw["bind"].dispose()
    return count


def test_everyone_sees_debates_and_a_single_endorsement_per_member(server, stores):
    _debate(server, "tutoria", "¿Cómo organizamos la tutoría entre pares?")
    ana, ana2, beto = stores["ana"], stores["ana2"], stores["beto"]
    for store in (ana, ana2, beto):
        _sync(store)
    debate_id = _debate_id(beto, "¿Cómo organizamos la tutoría entre pares?")
    proposal_id = debates.propose(beto, debate_id, "Pares por red educativa",
                                  "Cada director acompaña a otro de su red.")
    debates.argue(beto, proposal_id, "for", "Ya lo hicimos en Canchis y funcionó.")
    _sync(beto)
    _sync(ana)
    _sync(ana2)
    view = debates.debate_view(ana, debate_id)
    assert [x.title for x in view.proposals] == ["Pares por red educativa"]
    assert view.proposals[0].arguments[0].body == "Ya lo hicimos en Canchis y funcionó."

    # The same person endorses from two computers, one of them twice while offline, and
    # a withdraw-then-endorse that leaves only the last intention queued.
    debates.set_endorsement(ana, proposal_id, True)
    debates.set_endorsement(ana, proposal_id, False)
    debates.set_endorsement(ana, proposal_id, True)
    with ana.session() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 1
    debates.set_endorsement(ana2, proposal_id, True)
    assert debates.debate_view(ana, debate_id).proposals[0].endorsements == 1
    _sync(ana)
    _sync(ana2)
    # A replay of the op at the wire, and a fresh op with the same derived id, change
    # nothing: one row on the server.
    acct = account(ana)
    op = p.make_op(uuid.uuid4(), "debate.endorse",
                   p.DebateEndorse(id=p.debate_endorsement_id(proposal_id, acct.user_id),
                                   proposal_id=proposal_id, endorsed=True),
                   datetime.now(timezone.utc))
    for _ in range(2):
        [res] = exchange(server.url, acct, [op], cursor=p.MAX_SEQ).results
        assert res.status == "applied", res
    # An id not derived from (proposal, member) is refused: no second row by that road.
    forged = p.make_op(uuid.uuid4(), "debate.endorse",
                       p.DebateEndorse(id=uuid.uuid4(), proposal_id=proposal_id,
                                       endorsed=True), datetime.now(timezone.utc))
    [res] = exchange(server.url, acct, [forged], cursor=p.MAX_SEQ).results
    assert (res.status, res.code) == ("rejected", "id_conflict")
    assert _server_endorsements(server, proposal_id) == 1
    _sync(beto)
    assert debates.debate_view(beto, debate_id).proposals[0].endorsements == 1

    # Withdrawn on one computer: gone everywhere at the next sync; endorsing again brings
    # back the same single row.
    debates.set_endorsement(ana2, proposal_id, False)
    _sync(ana2)
    _sync(ana)
    _sync(beto)
    assert debates.debate_view(beto, debate_id).proposals[0].endorsements == 0
    mine = debates.debate_view(ana, debate_id).proposals[0]
    assert (mine.endorsements, mine.endorsed_by_me) == (0, False)
    debates.set_endorsement(beto, proposal_id, True)
    debates.set_endorsement(ana, proposal_id, True)
    _sync(beto)
    _sync(ana)
    _sync(ana2)
    assert debates.debate_view(ana2, debate_id).proposals[0].endorsements == 2
    assert _server_endorsements(server, proposal_id) == 2


def test_a_late_entry_to_a_closed_debate_is_refused_and_its_text_kept(server, stores):
    _debate(server, "evaluacion", "¿Qué evaluamos en el monitoreo pedagógico?")
    ana, beto = stores["ana"], stores["beto"]
    _sync(ana)
    _sync(beto)
    debate_id = _debate_id(ana, "¿Qué evaluamos en el monitoreo pedagógico?")
    first = debates.propose(beto, debate_id, "Visitas con diálogo", "Antes de evaluar, "
                                                                    "escuchar.")
    _sync(beto)
    _sync(ana)
    # Ana writes offline (nothing synced), then the moderator closes the debate.
    text = "Que el monitoreo mire también la participación de las familias."
    late = debates.propose(ana, debate_id, "Mirar a las familias", text)
    debates.argue(ana, first, "against", "Escuchar no basta si no hay seguimiento.")
    debates.set_endorsement(ana, first, True)
    assert cli.main(["--db", server.db_url, "debate", "close", "evaluacion"]) == 0
    _sync(ana)

    view = debates.debate_view(ana, debate_id)
    assert not view.debate.is_open
    refused = next(x for x in view.proposals if x.id == late)
    assert (refused.state, refused.reject_code, refused.body) == ("rejected", "debate_closed",
                                                                  text)
    original = next(x for x in view.proposals if x.id == first)
    [argument] = original.arguments
    assert (argument.state, argument.reject_code) == ("rejected", "debate_closed")
    assert argument.body == "Escuchar no basta si no hay seguimiento."
    # The endorsement did not count: the server kept none, and this computer shows none.
    assert (original.endorsements, original.endorsed_by_me,
            original.endorsement_code) == (0, False, "debate_closed")
    with ana.session() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 0
        assert s.get(DebateProposal, late).body == text
    # Nobody else received it.
    _sync(beto)
    assert [x.id for x in debates.debate_view(beto, debate_id).proposals] == [first]
    # Publishing needs a moderator, and reaches everyone.
    assert cli.main(["--db", server.db_url, "debate", "publish", "evaluacion",
                     "--by", "beto", "--title", "x", "--synthesis", "y", "--body", "z"]) == 2
    assert cli.main(["--db", server.db_url, "debate", "publish", "evaluacion",
                     "--by", "carla", "--title", "Monitoreo que dialoga",
                     "--synthesis", "La red coincidió en visitar escuchando.",
                     "--body", "Proponemos a la DRE un monitoreo con diálogo."]) == 0
    _sync(beto)
    [result] = [d for d in debates.published(beto) if d.id == debate_id]
    assert result.result_title == "Monitoreo que dialoga"
    view = debates.debate_view(beto, debate_id)
    assert view.synthesis == "La red coincidió en visitar escuchando."
    assert view.published_by == "Carla Prueba"


def test_discarding_a_refused_entry(server, stores):
    ana = stores["ana"]
    debate_id = _debate_id(ana, "¿Qué evaluamos en el monitoreo pedagógico?")
    refused = [x for x in debates.debate_view(ana, debate_id).proposals
               if x.state == "rejected"]
    assert refused
    debates.discard_refused(ana, refused[0].id)
    with ana.session() as s:
        assert s.get(DebateProposal, refused[0].id) is None


def test_a_moderator_publishes_from_the_app_offline(server, stores):
    _debate(server, "materiales", "¿Qué materiales en quechua necesitamos?")
    carla, beto = stores["carla"], stores["beto"]
    _sync(carla)
    _sync(beto)
    debate_id = _debate_id(carla, "¿Qué materiales en quechua necesitamos?")
    # A participant is not offered it, and the server would refuse it anyway.
    with pytest.raises(debates.UserError) as refused:
        debates.publish(beto, debate_id, "Título", "Síntesis", "Propuesta")
    assert refused.value.code == "not_debate_moderator"
    op = p.make_op(uuid.uuid4(), "debate.publish",
                   p.DebatePublish(debate_id=debate_id, title="Mío", synthesis="s", body="b"),
                   datetime.now(timezone.utc))
    [res] = exchange(server.url, account(beto), [op], cursor=p.MAX_SEQ).results
    assert (res.status, res.code) == ("rejected", "not_allowed")
    # Published while the debate is still open: refused, the text kept with the reason.
    synthesis = "Pidieron cuentos de la zona y guías para las familias."
    debates.publish(carla, debate_id, "Materiales en quechua para cada escuela", synthesis,
                    "Proponemos a la DRE imprimir cuentos locales en quechua.")
    assert debates.publish_draft(carla, debate_id).pending
    _sync(carla)
    draft = debates.publish_draft(carla, debate_id)
    assert (draft.pending, draft.refused, draft.synthesis) == (False, "debate_still_open",
                                                               synthesis)
    # Closed: the same text, sent again, is published and reaches everyone.
    assert cli.main(["--db", server.db_url, "debate", "close", "materiales"]) == 0
    _sync(carla)
    debates.publish(carla, debate_id, draft.title, draft.synthesis, draft.body)
    _sync(carla)
    assert debates.publish_draft(carla, debate_id) == debates.PublishDraft("", "", "", False,
                                                                          None)
    _sync(beto)
    view = debates.debate_view(beto, debate_id)
    assert (view.debate.result_title, view.synthesis, view.published_by) == (
        "Materiales en quechua para cada escuela", synthesis, "Carla Prueba")


def test_a_moderator_opens_a_debate_from_the_app_offline(server, stores):
    from datetime import date
    carla, beto = stores["carla"], stores["beto"]
    closes = date.today() + timedelta(days=7)
    with pytest.raises(debates.UserError) as refused:
        debates.create_debate(beto, "¿Puedo abrir uno?", "", closes)
    assert refused.value.code == "not_debate_moderator"
    with pytest.raises(debates.UserError) as refused:
        debates.create_debate(carla, "¿Antier?", "", date.today() - timedelta(days=2))
    assert refused.value.code == "debate_closes_in_past"
    debate_id = debates.create_debate(carla, "¿Cómo usamos las horas de trabajo colegiado?",
                                      "Para la próxima jornada.", closes)
    [mine] = [d for d in debates.list_debates(carla) if d.id == debate_id]
    assert mine.state == "pending" and mine.is_open
    # Her first proposal goes in the same sync, after the debate (the outbox keeps order).
    debates.propose(carla, debate_id, "Un tema por mes", "Elegido por los docentes.")
    _sync(carla)
    [mine] = [d for d in debates.list_debates(carla) if d.id == debate_id]
    assert mine.state == "synced"
    assert debates.debate_view(carla, debate_id).proposals[0].state == "synced"
    _sync(beto)
    view = debates.debate_view(beto, debate_id)
    assert view.debate.question == "¿Cómo usamos las horas de trabajo colegiado?"
    assert view.debate.closes_at.astimezone(timezone(timedelta(hours=-5))).strftime(
        "%Y-%m-%d %H:%M") == f"{closes:%Y-%m-%d} 23:59"
    assert [x.title for x in view.proposals] == ["Un tema por mes"]
    # At the wire, a participant cannot open one.
    op = p.make_op(uuid.uuid4(), "debate.create",
                   p.DebateCreate(id=uuid.uuid4(), question="¿Mío?",
                                  opens_at=datetime.now(timezone.utc),
                                  closes_at=datetime.now(timezone.utc) + timedelta(days=1)),
                   datetime.now(timezone.utc))
    [res] = exchange(server.url, account(beto), [op], cursor=p.MAX_SEQ).results
    assert (res.status, res.code) == ("rejected", "not_allowed")
    # A period that ends before it starts, or in another century, is refused as an op.
    now = datetime.now(timezone.utc)
    for opens, closes in ((now + timedelta(days=2), now + timedelta(days=1)),
                          (datetime(1, 1, 1, tzinfo=timezone.utc),
                           datetime(9999, 12, 31, 23, 0, tzinfo=timezone(timedelta(hours=-14))))):
        bad = p.make_op(uuid.uuid4(), "debate.create",
                        p.DebateCreate(id=uuid.uuid4(), question="¿Cuándo?", opens_at=opens,
                                       closes_at=closes), datetime.now(timezone.utc))
        [res] = exchange(server.url, account(carla), [bad], cursor=p.MAX_SEQ).results
        assert (res.status, res.code) == ("rejected", "invalid_period")


def test_inicio_lists_a_debate_that_closes_in_the_next_days(server, stores):
    """A debate closing within three days is listed on Inicio (there is still time to
    take part); one closing later is not."""
    from app.services import whats_new
    assert cli.main(["--db", server.db_url, "debate", "create", "cierra-pronto",
                     "¿Cómo cuidamos la asistencia en época de lluvias?",
                     "--opens", _peru(-1), "--closes", _peru(2)]) == 0
    _debate(server, "cierra-despues", "¿Qué proponemos para la merienda escolar?")
    beto = stores["beto"]
    _sync(beto)
    links = {i.link for i in whats_new.since_last_sync(beto)}
    soon = _debate_id(beto, "¿Cómo cuidamos la asistencia en época de lluvias?")
    later = _debate_id(beto, "¿Qué proponemos para la merienda escolar?")
    assert f"debate:{soon}" in links and f"debate:{later}" not in links
