"""Moderation and edits over a real server on loopback, for every moderated kind of
writing: a facilitator hides a post with a reason (its author keeps the text and reads
why; everyone else's pull carries no text), reports reach the moderators' queue (who
reported is seen by moderators only), and an edit made offline on an old version becomes
a visible conflict copy, tested with two devices of the same person."""
from __future__ import annotations

import uuid
from datetime import datetime, timezone

import pytest
import requests

from app.services import (debates, forums, group_products, groups, moderation, repository,
                          syncing, wall)
from app.services.errors import UserError
from app.store.models import LocalEdit, Post, Report, WallPost
from sync import protocol as p
from sync.server import cli
from tests.helpers import FORUM_ID, signed_in_profile
from tests.test_wall import png_bytes
from tests.wire import account, exchange, post_raw, running_server

USERS = ("ana", "beto", "fabi")
SECRET = "Mi número personal es 987 654 321, llámenme."


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    base = tmp_path_factory.mktemp("moderation")
    with running_server(base, users=USERS) as proc:
        assert cli.main(["--db", proc.db_url, "user", "role", "fabi", "facilitator"]) == 0
        yield proc


@pytest.fixture()
def stores(server, tmp_path):
    made = {name: signed_in_profile(tmp_path / name, server.url, name) for name in USERS}
    _sync(*made.values())
    yield made
    for store in made.values():
        store.close()


def _sync(*stores) -> None:
    for store in stores:
        summary = syncing.sync_now(store)
        assert summary is not None


def _fetch(server, store, sha: str) -> int:
    return requests.get(f"{server.url}{p.API_PREFIX}/blobs/{sha}", timeout=20,
                        headers={"Authorization": f"Bearer {account(store).token}"}
                        ).status_code


def _post(store, post_id):
    with store.session() as s:
        return s.get(Post, post_id)


def _wire(server, store, entity: str, record_id: str,
          moderation: bool = True) -> dict | None:
    """The record as the server sends it to this profile's account, from cursor 0 (as a
    client that stores the moderation fields asks, or, not `moderation`, an older one)."""
    acct = account(store)
    cursor, found = 0, None
    while True:
        body = p.encode_body(p.SyncRequest(device_id=acct.device_id, cursor=cursor,
                                           moderation=moderation))
        resp = post_raw(server.url, body, token=acct.token)
        assert resp.status_code == 200, resp.text[:300]
        answer = p.SyncResponse.model_validate(resp.json())
        for change in answer.changes:
            if change.entity == entity and str(change.id) == record_id:
                found = change.data
        if not answer.more:
            return found
        cursor = answer.cursor


def _thread_with_post(store, body=SECRET) -> str:
    thread_id = forums.create_thread(store, FORUM_ID, "Horarios de la reunión", body)
    return forums.thread_posts(store, thread_id)[0].id


def test_a_hidden_post_keeps_its_text_for_its_author_only(server, stores):
    ana, beto, fabi = stores["ana"], stores["beto"], stores["fabi"]
    post_id = _thread_with_post(ana)
    wall_id = wall.write_post(ana, "informacion", SECRET)
    _sync(ana, beto, fabi)
    assert _post(beto, post_id).body == SECRET

    moderation.hide(fabi, "post", post_id, "Contiene datos personales.")
    moderation.hide(fabi, "wall_post", wall_id, "Contiene datos personales.")
    assert moderation.state(fabi, "post", post_id).hidden  # at once, offline
    _sync(fabi, beto, ana)

    # Another member's device no longer holds the text, and the wire never carried it.
    seen = _post(beto, post_id)
    assert seen.hidden and seen.body == "" and not seen.hidden_reason
    with beto.session() as s:
        assert s.get(WallPost, wall_id).body == ""
    for entity, record_id in (("post", post_id), ("wall_post", wall_id)):
        data = _wire(server, beto, entity, record_id)
        assert data["hidden"] is True and data["body"] == "" and data["hidden_reason"] == ""
        assert SECRET not in repr(data)
    # A client from before the moderation fields gets none of them, and no text either.
    older = _wire(server, beto, "post", post_id, moderation=False)
    assert older["body"] == "" and "hidden" not in older and "version" not in older
    # The author keeps the text and reads why.
    own = moderation.state(ana, "post", post_id)
    assert own.hidden and own.hidden_reason == "Contiene datos personales."
    assert _post(ana, post_id).body == SECRET
    assert _wire(server, ana, "post", post_id)["body"] == SECRET
    # Moderators still read it (to decide whether to show it again).
    assert _wire(server, fabi, "post", post_id)["body"] == SECRET

    # A participant may not hide, at the wire either.
    with pytest.raises(UserError):
        moderation.hide(beto, "post", post_id, "No me gusta.")
    op = p.make_op(uuid.uuid4(), "moderation.hide",
                   p.WritingHide(entity="post", id=post_id, reason="x"),
                   datetime.now(timezone.utc))
    result = exchange(server.url, account(beto), ops=[op]).results[0]
    assert (result.status, result.code) == ("rejected", "not_allowed")

    moderation.unhide(fabi, "post", post_id)
    _sync(fabi, beto)
    assert _post(beto, post_id).body == SECRET and not _post(beto, post_id).hidden


def test_hiding_is_one_mechanism_for_debates_and_comments_and_their_files(server, stores,
                                                                        tmp_path):
    ana, beto, fabi = stores["ana"], stores["beto"], stores["fabi"]
    # A hidden wall post's photo goes with its text: no longer readable by the others.
    photo = tmp_path / "lista.png"
    photo.write_bytes(png_bytes() + uuid.uuid4().bytes)
    with_photo = wall.write_post(ana, "informacion", "La lista de la clase.", photo)
    _sync(ana, beto, fabi)
    item = wall.get_post(beto, with_photo).file
    sha = item.sha256
    cached = wall.fetch_file(beto, item)            # beto's computer keeps a copy
    assert cached.exists() and _fetch(server, beto, sha) == 200
    moderation.hide(fabi, "wall_post", with_photo, "Fotografía de estudiantes.")
    _sync(fabi, beto)
    assert _wire(server, beto, "wall_post", with_photo)["file"] is None
    assert wall.get_post(beto, with_photo).file is None
    assert wall.local_file(beto, item) is None      # the cached copy is gone too
    assert _fetch(server, beto, sha) != 200
    assert _fetch(server, ana, sha) == 200 and _fetch(server, fabi, sha) == 200
    wall_id = wall.write_post(ana, "experiencia", "Compartimos nuestra experiencia.")
    comment_id = wall.comment(ana, wall_id, SECRET)
    _sync(ana, fabi)
    moderation.hide(fabi, "wall_comment", comment_id, "Datos personales.")
    _sync(fabi)
    data = _wire(server, beto, "wall_comment", comment_id)
    assert data["hidden"] and data["body"] == ""
    # Every declared entity can be hidden; the server names them in one place.
    from sync.server import registry
    declared = {name for name, e in registry.entities().items() if e.moderation}
    assert declared == set(p.MODERATED_ENTITIES)


def test_a_report_reaches_the_moderators_queue_once(server, stores):
    ana, beto, fabi = stores["ana"], stores["beto"], stores["fabi"]
    post_id = _thread_with_post(ana, "Vendo separatas, escríbanme al privado.")
    _sync(ana, beto)
    assert moderation.report(beto, "post", post_id, "Es publicidad.") is True
    assert moderation.report(beto, "post", post_id, "Otra vez.") is False  # once, offline
    assert moderation.state(beto, "post", post_id).reported_by_me
    _sync(beto, fabi)
    queue = moderation.review_queue(fabi)
    entry = next(e for e in queue if e.record_id == post_id)
    assert entry.text.startswith("Vendo separatas") and entry.author == "Ana Prueba"
    assert [(r.reporter, r.reason) for r in entry.reports] == [("Beto Prueba", "Es publicidad.")]

    # A replay and a second device land on the same report; a forged id is refused.
    beto_acct = account(beto)
    report_id = p.report_id("post", post_id, beto_acct.user_id)
    again = p.make_op(uuid.uuid4(), "report.create",
                      p.ReportCreate(id=report_id, entity="post", record_id=post_id),
                      datetime.now(timezone.utc))
    assert exchange(server.url, beto_acct, ops=[again]).results[0].status == "applied"
    forged = p.make_op(uuid.uuid4(), "report.create",
                       p.ReportCreate(id=uuid.uuid4(), entity="post", record_id=post_id),
                       datetime.now(timezone.utc))
    assert exchange(server.url, beto_acct, ops=[forged]).results[0].code == "id_conflict"
    _sync(fabi)
    assert len(next(e for e in moderation.review_queue(fabi)
                    if e.record_id == post_id).reports) == 1

    # Who reported is seen only by moderators: the author's pull carries no report.
    assert _wire(server, ana, "report", report_id) is None
    with ana.session() as s:
        assert s.query(Report).count() == 0
    assert _wire(server, fabi, "report", report_id)["reporter_id"] == beto_acct.user_id

    moderation.dismiss(fabi, "post", post_id)
    assert all(e.record_id != post_id for e in moderation.review_queue(fabi))
    _sync(fabi)
    assert _wire(server, fabi, "report", report_id)["state"] == "dismissed"
    assert not _post(beto, post_id).hidden


def test_hiding_from_the_queue_closes_its_reports(server, stores):
    ana, beto, fabi = stores["ana"], stores["beto"], stores["fabi"]
    post_id = _thread_with_post(ana, "Texto ofensivo de prueba.")
    _sync(ana, beto)
    moderation.report(beto, "post", post_id, "")
    _sync(beto, fabi)
    assert any(e.record_id == post_id for e in moderation.review_queue(fabi))
    moderation.hide(fabi, "post", post_id, "Lenguaje ofensivo.")
    _sync(fabi)
    assert all(e.record_id != post_id for e in moderation.review_queue(fabi))
    report_id = p.report_id("post", post_id, account(beto).user_id)
    assert _wire(server, fabi, "report", report_id)["state"] == "hidden"


def test_an_offline_edit_on_an_old_version_becomes_a_conflict_copy(server, tmp_path):
    """Two devices of the same person: the server's version wins, the other edit is kept
    as a visible conflict copy; applying it again on the new version goes through."""
    laptop = signed_in_profile(tmp_path / "ana-laptop", server.url, "ana")
    office = signed_in_profile(tmp_path / "ana-office", server.url, "ana")
    beto = signed_in_profile(tmp_path / "beto", server.url, "beto")
    try:
        _sync(laptop, office, beto)
        post_id = _thread_with_post(laptop, "Reunión el lunes a las 9.")
        wall_id = wall.write_post(laptop, "informacion", "Feria el viernes.")
        _sync(laptop, office, beto)

        moderation.edit(office, "post", post_id, "Reunión el lunes a las 10, en la UGEL.")
        st = moderation.state(office, "post", post_id)
        assert st.edit.state == "pending"
        assert moderation.shown_body(_post(office, post_id).body, st).endswith("en la UGEL.")
        moderation.edit(laptop, "post", post_id, "Reunión el martes a las 9.")
        _sync(laptop)
        _sync(office)

        # The server's version wins on the office computer; its edit is the conflict copy.
        assert _post(office, post_id).body == "Reunión el martes a las 9."
        st = moderation.state(office, "post", post_id)
        assert st.edit is not None and st.edit.state == "conflict"
        assert st.edit.body == "Reunión el lunes a las 10, en la UGEL."
        assert st.version == 2 and st.edited_at is not None
        _sync(office)  # a sync does not remove the copy: only the person does
        assert moderation.state(office, "post", post_id).edit.state == "conflict"

        # The person applies their version on the one the server now has.
        moderation.edit(office, "post", post_id, st.edit.body)
        _sync(office, laptop, beto)
        assert moderation.state(office, "post", post_id).edit is None
        for store in (office, laptop, beto):
            assert _post(store, post_id).body == "Reunión el lunes a las 10, en la UGEL."
            assert _post(store, post_id).version == 3

        # Wall posts are edited the same way.
        moderation.edit(laptop, "wall_post", wall_id, "Feria el sábado.")
        _sync(laptop, beto)
        with beto.session() as s:
            assert s.get(WallPost, wall_id).body == "Feria el sábado."
        # Someone else's writing is not theirs to edit (here and at the wire).
        with pytest.raises(UserError):
            moderation.edit(beto, "post", post_id, "Cambiado por otro.")
        op = p.make_op(uuid.uuid4(), "writing.edit",
                       p.WritingEdit(entity="post", id=post_id, version=3, body="Otro."),
                       datetime.now(timezone.utc))
        assert exchange(server.url, account(beto), ops=[op]).results[0].code == "not_allowed"
        # Longer than the kind takes (the client checks first; the server again).
        long_op = p.make_op(uuid.uuid4(), "writing.edit",
                            p.WritingEdit(entity="wall_post", id=wall_id, version=2,
                                          body="x" * (p.MAX_WALL_CHARS + 1)),
                            datetime.now(timezone.utc))
        refused = exchange(server.url, account(laptop), ops=[long_op]).results[0]
        assert refused.code == "too_long" and refused.code in p.REJECTION_CODES
        with pytest.raises(UserError):
            moderation.edit(laptop, "wall_post", wall_id, "x" * (p.MAX_WALL_CHARS + 1))
    finally:
        for store in (laptop, office, beto):
            store.close()


def test_an_edit_after_hiding_is_refused_with_its_text_kept(server, stores):
    ana, fabi = stores["ana"], stores["fabi"]
    post_id = _thread_with_post(ana, "Primera versión.")
    _sync(ana, fabi)
    moderation.edit(ana, "post", post_id, "Versión corregida, sin conexión.")
    moderation.hide(fabi, "post", post_id, "Fuera de tema.")
    _sync(fabi, ana)
    st = moderation.state(ana, "post", post_id)
    assert st.hidden and st.hidden_reason == "Fuera de tema."
    assert st.edit.state == "rejected" and st.edit.reject_code == "writing_hidden"
    assert {"writing_hidden", "edit_conflict", "writing_not_found",
            "group_document_not_found"} <= set(p.REJECTION_CODES)
    assert st.edit.body == "Versión corregida, sin conexión."
    with pytest.raises(UserError) as refused:
        moderation.edit(ana, "post", post_id, "Otra vez.")
    assert refused.value.code == "writing_hidden"
    moderation.discard_edit(ana, "post", post_id)
    assert moderation.state(ana, "post", post_id).edit is None


def test_a_groups_finished_product_reaches_the_moderators_as_a_proposal(server, stores,
                                                                        tmp_path):
    ana, beto, fabi = stores["ana"], stores["beto"], stores["fabi"]
    assert cli.main(["--db", server.db_url, "group", "create", "gestion",
                     "Grupo de gestión escolar"]) == 0
    assert cli.main(["--db", server.db_url, "group", "add", "gestion", "ana"]) == 0
    _sync(ana)
    [group] = groups.my_groups(ana)
    paper = tmp_path / "guia-final.pdf"
    data = b"%PDF-1.4 guia de gestion " + uuid.uuid4().bytes
    paper.write_bytes(data)
    document_id = groups.share_document(ana, group.id, paper, "Guía de gestión escolar")
    with pytest.raises(UserError):  # not on the server yet: nothing to propose
        group_products.propose(ana, document_id, title="Guía", type="guia")
    _sync(ana)
    proposal_id = group_products.propose(
        ana, document_id, title="Guía de gestión escolar", type="guia",
        authors=["Grupo de gestión escolar"], year=2026, summary="Producto final del grupo.")
    _sync(ana, fabi)

    [waiting] = [x for x in repository.proposals_to_review(fabi) if x.id == proposal_id]
    assert waiting.group_title == "Grupo de gestión escolar"
    assert waiting.proposer == "Ana Prueba" and waiting.title == "Guía de gestión escolar"
    # The moderator (not a member of the group) reads the file through the proposal.
    sha = waiting.file["sha256"]
    got = requests.get(f"{server.url}{p.API_PREFIX}/blobs/{sha}", timeout=20,
                       headers={"Authorization": f"Bearer {account(fabi).token}"})
    assert got.status_code == 200 and got.content == data
    [mine] = [x for x in repository.my_proposals(ana) if x.id == proposal_id]
    assert mine.sync_state == "synced" and mine.group_title == "Grupo de gestión escolar"

    # A non-member cannot propose the group's document (it does not exist for them).
    op = p.make_op(uuid.uuid4(), "group.document.propose",
                   p.GroupDocumentPropose(id=uuid.uuid4(), group_document_id=document_id,
                                          title="Robada", type="guia"),
                   datetime.now(timezone.utc))
    refused = exchange(server.url, account(beto), ops=[op]).results[0]
    assert refused.code == "group_document_not_found"

    # Approved like any proposal: published in the repository for everyone.
    repository.decide(fabi, proposal_id, approve=True)
    _sync(fabi, beto)
    hits, _total = repository.find(beto, "gestión escolar")
    published = repository.proposal(fabi, proposal_id).document_id
    assert published and any(hit.document_id == published for hit in hits)


def test_a_field_this_version_does_not_know_is_left_out_not_fatal(tmp_path):
    """A newer server adds fields to a record (as moderation did to posts): the replica
    applies the page and leaves the unknown field out, instead of failing every sync."""
    from app.store.db import Store
    from app.store.replica import _apply_changes
    store = Store(tmp_path / "perfil")
    try:
        post_id = str(uuid.uuid4())
        change = p.Change(entity="post", id=post_id, seq=7, data=dict(
            thread_id=str(uuid.uuid4()), author_id=str(uuid.uuid4()), reply_to=None,
            body="Hola", created_at=datetime.now(timezone.utc).isoformat(),
            campo_de_una_version_futura=1))
        with store.session() as s, s.begin():
            _apply_changes(s, [change])
        assert _post(store, post_id).body == "Hola"
    finally:
        store.close()
