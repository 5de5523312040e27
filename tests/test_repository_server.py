"""The repository over the wire, on a real server process (SQLite and PostgreSQL):
documents reach every member, proposals reach their proposer and the moderators, a
decision is taken once, and files are readable exactly by who may see the record."""
from __future__ import annotations

import hashlib
import uuid
from datetime import datetime, timezone

import pytest
import requests

from sync import protocol as p
from sync.server import cli
from sync.server.repository import document_id_for_proposal
from tests.helpers import seed, signed_in_profile
from tests.wire import account, database_url, exchange, post_raw, running_server, sync_body


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def server(request, tmp_path_factory):
    base = tmp_path_factory.mktemp(f"repo-{request.param}")
    with running_server(base, database_url(request, base)) as proc:
        seed(proc.db_url, users=("fabiola",), role="facilitator")
        seed(proc.db_url, users=("admin",), role="admin")
        files = base / "catalogo"
        (files / "archivos").mkdir(parents=True)
        (files / "archivos" / "guia.pdf").write_bytes(b"%PDF-1.4 Guia de gestion escolar")
        (files / "catalogo.csv").write_text(
            "key,title,authors,year,type,themes,region,summary,language,licence,source,file\n"
            "EDG-0001,Guía de gestión escolar,Rosa Quispe;Julio Huamán,2020,guía,"
            "gestión escolar;liderazgo pedagógico,Cusco,Para directivos.,es,CC BY 4.0,"
            "DRE Cusco,archivos/guia.pdf\n"
            "EDG-0002,Video: tertulias en Huanta,,2019,video,tertulias dialógicas,"
            "Ayacucho,,es,,UGEL Huanta,\n", encoding="utf-8")
        assert cli.main(["--db", proc.db_url, "repo", "import", str(files / "catalogo.csv"),
                         "--files", str(files), "--blobs", str(proc.blob_dir)]) == 0
        yield proc


@pytest.fixture(scope="module")
def people(server, tmp_path_factory):
    stores = {name: signed_in_profile(tmp_path_factory.mktemp(name), server.url, name)
              for name in ("ana", "beto", "fabiola", "admin")}
    yield {name: account(store) for name, store in stores.items()}
    for store in stores.values():
        store.close()


def _op(kind: str, payload) -> p.Op:
    return p.make_op(uuid.uuid4(), kind, payload, datetime.now(timezone.utc))


def pull_all(server, acct) -> dict[tuple[str, str], p.Change]:
    """Every record the account may see, by (entity, id), through paged exchanges."""
    found, cursor = {}, 0
    while True:
        answer = exchange(server.url, acct, cursor=cursor, limit=50)
        for change in answer.changes:
            found[(change.entity, str(change.id))] = change
        cursor = answer.cursor
        if not answer.more:
            return found


def of(changes, entity: str) -> dict[str, dict]:
    return {rid: c.data for (e, rid), c in changes.items() if e == entity and not c.deleted}


def push(server, acct, op: p.Op) -> p.OpResult:
    [result] = exchange(server.url, acct, [op], cursor=p.MAX_SEQ).results
    return result


def upload(server, acct, data: bytes) -> p.FileRef:
    sha = hashlib.sha256(data).hexdigest()
    resp = requests.put(f"{server.url}{p.API_PREFIX}/uploads/{sha}",
                        params={"offset": 0, "size": len(data)}, data=data,
                        headers={"Authorization": f"Bearer {acct.token}",
                                 "Content-Type": "application/octet-stream"}, timeout=20)
    assert resp.status_code == 200 and resp.json()["complete"], resp.text
    return p.FileRef(sha256=sha, name="propuesta.pdf", size=len(data))


def fetch(server, acct, sha: str) -> int:
    return requests.get(f"{server.url}{p.API_PREFIX}/blobs/{sha}", timeout=20,
                        headers={"Authorization": f"Bearer {acct.token}"}).status_code


def propose(acct_file: p.FileRef, title: str = "Tertulias con familias en Sicuani",
            **changes) -> p.DocumentPropose:
    data = dict(id=uuid.uuid4(), title=title, authors=["Ana Prueba"], year=2025,
                type="sistematizacion", themes=["tertulias dialógicas"], region="Cusco",
                summary="Cómo lo hicimos con las niñas y sus madres.", file=acct_file)
    data.update(changes)
    return p.DocumentPropose(**data)


def decide(proposal_id, decision="approve", reason="") -> p.Op:
    return _op("proposal.decide", p.ProposalDecide(proposal_id=proposal_id,
                                                   decision=decision, reason=reason))


def test_imported_documents_reach_every_member_with_their_file(server, people):
    docs = of(pull_all(server, people["beto"]), "document")
    guide = next(d for d in docs.values() if d["key"] == "EDG-0001")
    video = next(d for d in docs.values() if d["key"] == "EDG-0002")
    assert guide["type"] == "guia" and guide["authors"] == ["Rosa Quispe", "Julio Huamán"]
    assert guide["themes"] == ["gestión escolar", "liderazgo pedagógico"]
    assert guide["contributed_by"] is None and guide["published_at"]
    assert set(guide) == {"key", "title", "authors", "year", "type", "themes", "region",
                          "summary", "language", "licence", "source", "file",
                          "published_at", "contributed_by"}
    assert video["file"] is None and video["year"] == 2019 and video["authors"] == []
    assert guide["file"]["name"] == "guia.pdf"
    for name in ("ana", "beto", "fabiola"):
        assert fetch(server, people[name], guide["file"]["sha256"]) == 200


def test_propose_moderate_approve_publishes_to_everyone(server, people):
    ana, beto, fabiola = people["ana"], people["beto"], people["fabiola"]
    data = b"%PDF-1.4 sistematizacion de Ana " + uuid.uuid4().bytes
    ref = upload(server, ana, data)
    payload = propose(ref)
    pid = str(payload.id)
    assert push(server, ana, _op("document.propose", payload)).status == "applied"

    mine = of(pull_all(server, ana), "proposal")[pid]
    assert mine["state"] == "pending" and mine["proposer_id"] == ana.user_id
    assert mine["file"] == ref.model_dump() and mine["document_id"] is None
    assert mine["decided_at"] is None and mine["created_at"]
    assert pid not in of(pull_all(server, beto), "proposal")        # another member: no
    assert of(pull_all(server, fabiola), "proposal")[pid]["title"] == payload.title
    assert pid in of(pull_all(server, people["admin"]), "proposal")
    # the proposal's file: the proposer and the moderators, nobody else
    assert fetch(server, ana, ref.sha256) == 200
    assert fetch(server, fabiola, ref.sha256) == 200
    assert fetch(server, beto, ref.sha256) == 404

    refused = push(server, beto, decide(pid))
    assert (refused.status, refused.code) == ("rejected", "not_allowed")
    assert push(server, fabiola, decide(pid)).status == "applied"
    again = push(server, people["admin"], decide(pid, "reject", "Tarde."))
    assert (again.status, again.code) == ("rejected", "already_decided")

    doc_id = document_id_for_proposal(pid)
    doc = of(pull_all(server, beto), "document")[doc_id]
    assert doc["contributed_by"] == ana.user_id and doc["key"] == ""
    assert doc["title"] == payload.title and doc["file"] == ref.model_dump()
    assert doc["summary"] == "Cómo lo hicimos con las niñas y sus madres."
    decided = of(pull_all(server, ana), "proposal")[pid]
    assert decided["state"] == "approved" and decided["document_id"] == doc_id
    assert decided["decided_by"] == fabiola.user_id and decided["decided_at"]
    assert fetch(server, beto, ref.sha256) == 200                   # published: everyone


def test_reject_with_reason_is_seen_by_proposer_and_moderators_only(server, people):
    ana, beto, fabiola = people["ana"], people["beto"], people["fabiola"]
    ref = upload(server, ana, b"%PDF-1.4 borrador " + uuid.uuid4().bytes)
    payload = propose(ref, title="Borrador incompleto")
    pid = str(payload.id)
    assert push(server, ana, _op("document.propose", payload)).status == "applied"
    # a rejection without a reason does not even validate
    resp = post_raw(server.url, sync_body(fabiola, [p.Op(
        op_id=uuid.uuid4(), kind="proposal.decide", created_at=datetime.now(timezone.utc),
        payload={"proposal_id": pid, "decision": "reject", "reason": "  "})]),
        token=fabiola.token)
    assert resp.status_code == 422 and resp.json()["error"]["code"] == "invalid_request"
    reason = "Falta la autorización de la UGEL para publicar los nombres de niñas y niños."
    assert push(server, fabiola, decide(pid, "reject", reason)).status == "applied"
    for name in ("ana", "fabiola", "admin"):
        seen = of(pull_all(server, people[name]), "proposal")[pid]
        assert (seen["state"], seen["reason"]) == ("rejected", reason)
    assert pid not in of(pull_all(server, beto), "proposal")
    assert document_id_for_proposal(pid) not in of(pull_all(server, beto), "document")
    assert fetch(server, beto, ref.sha256) == 404
    late = push(server, fabiola, decide(pid))
    assert (late.status, late.code) == ("rejected", "already_decided")


def test_proposal_refusals(server, people):
    ana, beto, fabiola = people["ana"], people["beto"], people["fabiola"]
    never = p.FileRef(sha256=hashlib.sha256(b"nunca subido").hexdigest(), name="x.pdf",
                      size=12)
    result = push(server, ana, _op("document.propose", propose(never)))
    assert (result.status, result.code) == ("rejected", "attachment_missing")
    # beto's file: ana knows its hash, but never sent its bytes
    betos = upload(server, beto, b"%PDF-1.4 de beto " + uuid.uuid4().bytes)
    result = push(server, ana, _op("document.propose", propose(betos)))
    assert (result.status, result.code) == ("rejected", "attachment_missing")
    assert fetch(server, ana, betos.sha256) == 404
    # the size declared is not the size uploaded
    mine = upload(server, ana, b"%PDF-1.4 de ana " + uuid.uuid4().bytes)
    # (checked for every op kind before its own rules: blobs.check_named_files)
    wrong = p.FileRef(sha256=mine.sha256, name="a.pdf", size=mine.size + 1)
    result = push(server, ana, _op("document.propose", propose(wrong)))
    assert (result.status, result.code) == ("rejected", "file_mismatch")
    huge = p.FileRef(sha256=mine.sha256, name="a.pdf", size=p.DEFAULT_MAX_BLOB_BYTES + 1)
    result = push(server, ana, _op("document.propose", propose(huge)))
    assert (result.status, result.code) == ("rejected", "file_mismatch")
    first = propose(mine)
    assert push(server, ana, _op("document.propose", first)).status == "applied"
    result = push(server, ana, _op("document.propose", propose(mine, id=first.id)))
    assert (result.status, result.code) == ("rejected", "id_conflict")
    result = push(server, fabiola, decide(str(uuid.uuid4())))
    assert (result.status, result.code) == ("rejected", "proposal_not_found")
    result = push(server, ana, decide(str(first.id)))               # not her own either
    assert (result.status, result.code) == ("rejected", "not_allowed")
    # a replayed op answers what it answered the first time, and changes nothing
    op = decide(str(first.id))
    assert push(server, people["admin"], op).status == "applied"
    assert push(server, people["admin"], op).status == "applied"
    assert push(server, fabiola, decide(str(first.id))).code == "already_decided"


def test_two_moderators_deciding_at_once_one_wins(server, people):
    """On PostgreSQL the two decisions really run at the same time; the proposal's row
    lock makes the second one see the first (never two documents, never both applied)."""
    from concurrent.futures import ThreadPoolExecutor
    ana = people["ana"]
    for round_ in range(4):
        ref = upload(server, ana, b"%PDF-1.4 carrera " + uuid.uuid4().bytes)
        payload = propose(ref, title=f"Carrera {round_}")
        assert push(server, ana, _op("document.propose", payload)).status == "applied"
        pid = str(payload.id)
        ops = [(people["fabiola"], decide(pid)),
               (people["admin"], decide(pid, "reject", "Duplicado."))]
        with ThreadPoolExecutor(2) as pool:
            results = list(pool.map(lambda a: push(server, a[0], a[1]), ops))
        assert sorted((r.status, r.code) for r in results) == \
            [("applied", None), ("rejected", "already_decided")]
        final = of(pull_all(server, ana), "proposal")[pid]
        published = document_id_for_proposal(pid) in of(pull_all(server, ana), "document")
        assert published == (final["state"] == "approved")
