"""Closed groups over a real server on loopback: non-members never receive a group's
records or files (checked at the wire: raw sync and blob GET), joining brings the group's
history at the next sync, leaving removes it from the device, files included."""
from __future__ import annotations

import hashlib
import uuid
from datetime import datetime, timezone

import pytest
import requests

from app.services import files, forums, groups, syncing
from app.store.models import Group, GroupDocument, GroupMember, Post, Thread
from sync import protocol as p
from sync.server import cli
from tests.helpers import signed_in_profile
from tests.wire import account, exchange, running_server

USERS = ("ana", "beto", "carla")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    base = tmp_path_factory.mktemp("groups")
    with running_server(base, users=USERS) as proc:
        assert cli.main(["--db", proc.db_url, "group", "create", "lectura",
                         "Grupo de lectura dialógica", "--description",
                         "Leemos juntos <b>sin</b> prisa"]) == 0
        assert cli.main(["--db", proc.db_url, "group", "add", "lectura", "ana"]) == 0
        yield proc


@pytest.fixture(scope="module")
def accts(server, tmp_path_factory):
    stores = {name: signed_in_profile(tmp_path_factory.mktemp(name), server.url, name)
              for name in USERS}
    yield {name: account(store) for name, store in stores.items()}
    for store in stores.values():
        store.close()


def _op(kind, payload) -> p.Op:
    return p.make_op(uuid.uuid4(), kind, payload, datetime.now(timezone.utc))


def _pull_all(server, acct) -> list[p.Change]:
    found, cursor = [], 0
    while True:
        answer = exchange(server.url, acct, cursor=cursor, limit=50)
        found.extend(answer.changes)
        cursor = answer.cursor
        if not answer.more:
            return found


def _upload(server, acct, data: bytes) -> p.FileRef:
    sha = hashlib.sha256(data).hexdigest()
    resp = requests.put(f"{server.url}{p.API_PREFIX}/uploads/{sha}",
                        params={"offset": 0, "size": len(data)}, data=data,
                        headers={"Authorization": f"Bearer {acct.token}",
                                 "Content-Type": "application/octet-stream"}, timeout=20)
    assert resp.status_code == 200 and resp.json()["complete"], resp.text
    return p.FileRef(sha256=sha, name="acta.pdf", size=len(data))


def _fetch(server, acct, sha: str) -> int:
    return requests.get(f"{server.url}{p.API_PREFIX}/blobs/{sha}", timeout=20,
                        headers={"Authorization": f"Bearer {acct.token}"}).status_code


def _group_id(changes) -> str:
    return next(str(c.id) for c in changes if c.entity == "group" and not c.deleted)


def test_non_members_receive_nothing_of_a_group_at_the_wire(server, accts):
    ana, beto = accts["ana"], accts["beto"]
    group_id = _group_id(_pull_all(server, ana))
    thread = p.GroupThreadCreate(id=uuid.uuid4(), group_id=group_id, post_id=uuid.uuid4(),
                                 title="Acta de la reunión", body="Lo que acordamos")
    [res] = exchange(server.url, ana, [_op("group.thread.create", thread)],
                     cursor=p.MAX_SEQ).results
    assert res.status == "applied", res
    ref = _upload(server, ana, b"%PDF-1.4 acta del grupo " + uuid.uuid4().bytes)
    doc = p.GroupDocumentAdd(id=uuid.uuid4(), group_id=group_id, title="Acta firmada",
                             file=ref)
    [res] = exchange(server.url, ana, [_op("group.document.add", doc)],
                     cursor=p.MAX_SEQ).results
    assert res.status == "applied", res

    mine = {(c.entity, str(c.id)) for c in _pull_all(server, ana)}
    assert {("group", group_id), ("thread", str(thread.id)), ("post", str(thread.post_id)),
            ("group_document", str(doc.id))} <= mine
    assert any(e == "group_member" for e, _ in mine)

    # Beto is not a member: not the group, not its members, threads, posts or documents,
    # in the raw sync payload; and its file answers 404 as an unknown hash would.
    raw = requests.post(f"{server.url}{p.API_PREFIX}/sync", timeout=20,
                        headers={"Authorization": f"Bearer {beto.token}",
                                 "Content-Type": "application/json"},
                        json={"device_id": beto.device_id, "cursor": 0, "ops": [],
                              "limit": 1000})
    assert raw.status_code == 200
    text = raw.text
    for secret in (group_id, str(thread.id), str(thread.post_id), str(doc.id), ref.sha256,
                   "Acta", "lectura", "group_member"):
        assert secret not in text, secret
    assert _fetch(server, beto, ref.sha256) == 404
    assert _fetch(server, ana, ref.sha256) == 200
    # Nor may he write into it: the same answer as for a group that does not exist.
    reply = p.PostCreate(id=uuid.uuid4(), thread_id=thread.id, body="¿Puedo?")
    intruder = p.GroupThreadCreate(id=uuid.uuid4(), group_id=group_id, post_id=uuid.uuid4(),
                                   title="Hola", body="Entro")
    results = exchange(server.url, beto, [_op("post.create", reply),
                                          _op("group.thread.create", intruder)],
                       cursor=p.MAX_SEQ).results
    assert [(r.status, r.code) for r in results] == [("rejected", "thread_not_found"),
                                                     ("rejected", "group_not_found")]


def test_joining_brings_the_history_and_leaving_removes_it_files_included(server, accts,
                                                                          tmp_path):
    ana = accts["ana"]
    carla_store = signed_in_profile(tmp_path / "carla", server.url, "carla")
    ana_store = signed_in_profile(tmp_path / "ana", server.url, "ana")
    try:
        group_id = _group_id(_pull_all(server, ana))
        syncing.sync_now(ana_store)
        groups.create_thread(ana_store, group_id, "Antes de Carla", "Historia vieja")
        paper = tmp_path / "plan.pdf"
        paper.write_bytes(b"%PDF-1.4 plan de trabajo " + uuid.uuid4().bytes)
        groups.share_document(ana_store, group_id, paper, "Plan de trabajo", "Versión 1")
        syncing.sync_now(ana_store)
        syncing.sync_now(carla_store)
        assert groups.my_groups(carla_store) == []       # not a member: nothing here

        # Joining: the cursor is past those records; the restamp brings them anyway.
        assert cli.main(["--db", server.db_url, "group", "add", "lectura", "carla"]) == 0
        syncing.sync_now(carla_store)
        [item] = groups.my_groups(carla_store)
        assert item.title == "Grupo de lectura dialógica" and item.member_count == 2
        titles = {t.title for t in groups.group_threads(carla_store, group_id)}
        assert "Antes de Carla" in titles and "Acta de la reunión" in titles
        [thread] = [t for t in groups.group_threads(carla_store, group_id)
                    if t.title == "Antes de Carla"]
        assert [x.body for x in forums.thread_posts(carla_store, thread.id)] == ["Historia vieja"]
        docs = {d.title: d for d in groups.group_documents(carla_store, group_id)}
        assert docs["Plan de trabajo"].file_name == "plan.pdf"
        names = {m.display_name for m in groups.group_members(carla_store, group_id)}
        assert names == {"Ana Prueba", "Carla Prueba"}
        # Her reply goes through the forum machinery, and reaches Ana.
        forums.reply(carla_store, thread.id, "Gracias por el resumen")
        syncing.sync_now(carla_store)
        syncing.sync_now(ana_store)
        assert "Gracias por el resumen" in [x.body for x in forums.thread_posts(ana_store,
                                                                                 thread.id)]
        # She opens the group's document: downloaded from the server, verified, copied
        # for the viewer. Both must go when she leaves.
        sha = docs["Plan de trabajo"].sha256
        opened = groups.fetch_document(carla_store, account(carla_store),
                                       docs["Plan de trabajo"].id)
        assert opened.read_bytes() == paper.read_bytes() and opened.name == "plan.pdf"
        cache = files.cache(carla_store)
        assert cache.has(sha)

        assert cli.main(["--db", server.db_url, "group", "remove", "lectura", "carla"]) == 0
        syncing.sync_now(carla_store)
        assert groups.my_groups(carla_store) == []
        with carla_store.session() as s:
            for model in (Group, GroupMember, GroupDocument):
                assert s.query(model).count() == 0, model
            assert s.query(Thread).filter(Thread.group_id == group_id).count() == 0
            assert s.query(Post).filter(Post.thread_id == thread.id).count() == 0
        assert not cache.has(sha) and not opened.exists()
        # And the server no longer gives her the file.
        assert _fetch(server, account(carla_store), sha) == 404
    finally:
        carla_store.close()
        ana_store.close()


def test_a_facilitator_manages_members_from_the_app(server, tmp_path):
    """Offline, pending at once, sent at the next sync; the new member then receives the
    group's history, the removed one loses it; a participant may not."""
    from sync.server import cli as server_cli
    from tests.helpers import seed
    seed(server.db_url, users=("fabiola",), role="facilitator")
    assert server_cli.main(["--db", server.db_url, "group", "add", "lectura", "fabiola"]) == 0
    fabiola = signed_in_profile(tmp_path / "fabiola", server.url, "fabiola")
    beto = signed_in_profile(tmp_path / "beto", server.url, "beto")
    ana = signed_in_profile(tmp_path / "ana", server.url, "ana")
    try:
        for store in (fabiola, beto, ana):
            syncing.sync_now(store)
        [group] = groups.my_groups(fabiola)
        beto_id = account(beto).user_id
        groups.set_member(fabiola, group.id, beto_id, True)
        [pending] = [m for m in groups.group_members(fabiola, group.id)
                     if m.user_id == beto_id]
        assert pending.state == "pending" and not pending.ending
        syncing.sync_now(fabiola)
        syncing.sync_now(beto)
        [arrived] = groups.my_groups(beto)
        assert arrived.id == group.id and groups.group_threads(beto, group.id)  # history

        # At the wire, a participant member's change is refused.
        op = _op("group.member.set", p.GroupMemberSet(group_id=group.id, user_id=beto_id,
                                                      member=False))
        [res] = exchange(server.url, account(ana), [op], cursor=p.MAX_SEQ).results
        assert (res.status, res.code) == ("rejected", "not_allowed")
        # In the app, it is refused here, before anything is queued.
        with pytest.raises(Exception) as refused:
            groups.set_member(ana, group.id, beto_id, False)
        assert getattr(refused.value, "code", "") == "not_allowed"

        groups.set_member(fabiola, group.id, beto_id, False)
        assert [m.ending for m in groups.group_members(fabiola, group.id)
                if m.user_id == beto_id] == [True]
        syncing.sync_now(fabiola)
        assert beto_id not in {m.user_id for m in groups.group_members(fabiola, group.id)}
        syncing.sync_now(beto)
        assert groups.my_groups(beto) == []
    finally:
        for store in (fabiola, beto, ana):
            store.close()
