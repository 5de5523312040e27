"""The repository on the client: documents' files on demand (resumable, also after a
restart), pinned for offline use, a full disk; proposals and their moderation, end to end
with a real server on loopback and real SQLite profiles."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import threading
import uuid
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from app.services import repository, syncing
from app.services.account import current_account
from app.services.errors import UserError
from app.store import search
from app.store.db import Store
from app.store.models import PENDING, REJECTED, SYNCED, DocumentFile, OutboxEntry, Proposal
from app.store.replica import _apply_changes
from sync import blobs
from sync import protocol as p
from sync.client import Backoff, Cancelled, SyncError
from tests.helpers import signed_in_profile

FAST = Backoff(base=0.01, cap=0.05, max_attempts=3)


def _pdf_like(size: int, seed: str = "guía") -> bytes:
    """Text bytes of a given size (named .txt below, so its words are indexed)."""
    line = f"Comunidades de aprendizaje en Canchis: tertulias dialógicas ({seed}).\n"
    data = (line * (size // len(line) + 1)).encode("utf-8")[:size]
    return data


def _server_file(store, tmp_path, size: int, seed: str = "guía") -> dict:
    """A file the server holds and this account may read (it uploaded it)."""
    path = tmp_path / f"{seed}-{size}.txt"
    path.write_bytes(_pdf_like(size, seed))
    account = current_account(store)
    sha = blobs.upload(account.server_url, account.token, path)
    return {"sha256": sha, "name": f"Guía de tertulias {seed}.txt", "size": size}


def _publish_locally(store, ref: dict | None, title="Guía de tertulias dialógicas",
                     seq=1000, summary="Cómo organizar tertulias con docentes y familias.",
                     type="guia", themes=("tertulias",)) -> str:
    """A catalogue entry as the replica receives it from the server (a `document` change)."""
    doc_id = str(uuid.uuid4())
    data = dict(key="EDG-9001", title=title, authors=["Rosa Quispe"], year=2024,
                type=type, themes=list(themes), region="Cusco", summary=summary,
                language="es",
                licence="CC BY 4.0", source="UGEL Canchis", file=ref,
                published_at=datetime.now(timezone.utc).isoformat(), contributed_by=None)
    with store.session() as s, s.begin():
        _apply_changes(s, [p.Change(entity="document", id=doc_id, seq=seq, data=data)])
    return doc_id


@pytest.fixture
def ana(server, tmp_path):
    store = signed_in_profile(tmp_path / "ana", server.url, "ana")
    syncing.sync_now(store)
    yield store
    store.close()


def test_replica_applies_documents_and_indexes_them(ana):
    doc_id = _publish_locally(ana, None)
    view = repository.get(ana, doc_id)
    assert view.authors == ["Rosa Quispe"] and view.themes == ["tertulias"]
    assert view.file is None
    assert repository.availability(ana, doc_id).state == repository.NO_FILE
    with ana.session() as s:
        assert [h.document_id for h in search.search(s, "tertulia")] == [doc_id]
    with ana.session() as s, s.begin():
        _apply_changes(s, [p.Change(entity="document", id=doc_id, seq=1001, deleted=True)])
    with ana.session() as s:
        assert search.search(s, "tertulia") == []


def test_download_resumes_after_a_restart(ana, tmp_path):
    size = 3 * 1024 * 1024
    ref = _server_file(ana, tmp_path, size)
    doc_id = _publish_locally(ana, ref)
    assert repository.availability(ana, doc_id).state == repository.NOT_DOWNLOADED
    account = current_account(ana)
    cancel = threading.Event()

    def stop_after_a_megabyte(state: repository.Download) -> None:
        if state.done >= 1024 * 1024:
            cancel.set()   # as when Minka is closed in the middle of it
    with pytest.raises(Cancelled):
        repository.download(ana, account, doc_id, stop_after_a_megabyte, cancel)
    part = blobs.part_path(repository.files.cache(ana).path_for(ref["sha256"]))
    first = part.stat().st_size
    assert 1024 * 1024 <= first < size
    ana.close()

    # The next start: a new Store on the same profile finds the download unfinished.
    again = Store(tmp_path / "ana")
    try:
        assert repository.unfinished_downloads(again) == [doc_id]
        state = repository.availability(again, doc_id)
        assert (state.state, state.done) == (repository.DOWNLOADING, first)
        seen: list[repository.Download] = []
        assert repository.resume_wanted(again, current_account(again), seen.append) == 1
        assert first + seen[-1].bytes_down == size   # only the rest travelled
        assert not part.exists()
        assert repository.availability(again, doc_id).state == repository.OFFLINE
        assert repository.unfinished_downloads(again) == []
        # The file's words are searchable now.
        with again.session() as s:
            hits = search.search(s, "Canchis")
        assert [h.document_id for h in hits] == [doc_id]
        assert repository.storage_used(again) == size
        path = repository.open_document(again, doc_id)
        assert path.name == "Guía de tertulias guía.txt" and path.stat().st_size == size
    finally:
        again.close()


def test_cancel_by_the_person_drops_the_partial_file(ana, tmp_path):
    ref = _server_file(ana, tmp_path, 2 * 1024 * 1024, "cancelada")
    doc_id = _publish_locally(ana, ref)
    account = current_account(ana)

    def cancel_midway(state):
        if state.done >= 512 * 1024:
            repository.cancel_download(ana, doc_id)
    with pytest.raises(Cancelled):
        repository.download(ana, account, doc_id, cancel_midway)
    part = blobs.part_path(repository.files.cache(ana).path_for(ref["sha256"]))
    assert not part.exists()
    assert repository.availability(ana, doc_id).state == repository.NOT_DOWNLOADED
    assert repository.unfinished_downloads(ana) == []


def test_pin_and_unpin_free_the_space(ana, tmp_path):
    kept = _publish_locally(ana, _server_file(ana, tmp_path, 300_000, "fijada"), seq=2000)
    read = _publish_locally(ana, _server_file(ana, tmp_path, 200_000, "leida"), seq=2001)
    account = current_account(ana)
    assert repository.pin(ana, kept) is True       # must still be downloaded
    assert repository.resume_wanted(ana, account) == 1
    repository.download(ana, account, read)
    assert repository.storage_used(ana) == 500_000
    assert repository.availability(ana, kept).pinned

    # Unpinning a file opened today keeps it (the person is reading it)…
    repository.pin(ana, read)
    repository.open_document(ana, read)
    assert repository.unpin(ana, read) is False
    assert repository.availability(ana, read).state == repository.OFFLINE
    # …and a file not opened for weeks goes at once.
    later = datetime.now(timezone.utc) + timedelta(days=repository.RECENTLY_OPENED_DAYS + 1)
    assert repository.unpin(ana, read, now=later) is True
    assert repository.availability(ana, read).state == repository.NOT_DOWNLOADED
    assert repository.storage_used(ana) == 300_000
    sha = repository.get(ana, read).file["sha256"]
    assert not (ana.profile_dir / "abiertos" / sha[:12]).exists()   # the viewer's copy too
    # The pinned one stays; removing it from this computer frees the rest.
    assert repository.availability(ana, kept).state == repository.OFFLINE
    assert repository.remove_local(ana, kept) is True
    assert repository.storage_used(ana) == 0


def _can_mount_tmpfs() -> bool:
    return os.name == "posix" and hasattr(os, "geteuid") and os.geteuid() == 0 and \
        subprocess.run(["which", "mount"], capture_output=True).returncode == 0


@contextmanager
def _small_disk(store, size: str):
    """The profile's file folder on a tmpfs of `size` (a real small disk)."""
    root = repository.files.cache(store).root
    root.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(root)],
                   check=True)
    try:
        yield root
    finally:
        subprocess.run(["umount", str(root)], check=True)


@pytest.mark.skipif(not _can_mount_tmpfs(), reason="needs root to mount a small tmpfs")
def test_full_disk_during_a_download(ana, tmp_path, monkeypatch):
    """The profile's file folder is a 1 MiB tmpfs. A 600 KB download fits when it starts;
    half-way, another program fills the disk."""
    monkeypatch.setattr(repository, "DISK_RESERVE_BYTES", 0)
    ref = _server_file(ana, tmp_path, 600_000, "grande")
    doc_id = _publish_locally(ana, ref)
    small = _server_file(ana, tmp_path, 100_000, "pequena")
    other = _publish_locally(ana, small, title="Informe breve", seq=3000)
    with _small_disk(ana, "1m") as root:
        filler = root / "otro-programa.bin"

        def fill_the_disk(state):
            if state.done >= 256 * 1024 and not filler.exists():
                with open(filler, "wb") as out:
                    try:
                        out.write(b"\0" * (1024 * 1024))
                    except OSError:
                        pass                         # the disk is full now
        account = current_account(ana)
        with pytest.raises(SyncError) as caught:
            repository.download(ana, account, doc_id, fill_the_disk, backoff=FAST)
        assert caught.value.code == "disk_full" and not caught.value.retryable
        part = blobs.part_path(repository.files.cache(ana).path_for(ref["sha256"]))
        assert not part.exists()                     # the partial file is gone
        assert repository.unfinished_downloads(ana) == []   # not retried at every start
        assert repository.availability(ana, doc_id).state == repository.NOT_DOWNLOADED
        # The rest of the profile is fine: once the disk has room, a file fits, sync works.
        filler.unlink()
        repository.download(ana, account, other)
        assert repository.availability(ana, other).state == repository.OFFLINE
        syncing.sync_now(ana)


@pytest.mark.skipif(not _can_mount_tmpfs(), reason="needs root to mount a small tmpfs")
def test_a_download_makes_room_from_files_not_kept_and_never_from_kept_ones(
        ana, tmp_path, monkeypatch):
    """On a 4 MiB disk: files downloaded but not kept go, least recently used first (opened
    or downloaded, whichever is later), when a new download needs their room; never a kept
    one or one a draft uses; a download that could not fit even so is refused before it
    starts and deletes nothing; below the reserve, only what the file needs goes."""
    from app.services import course
    monkeypatch.setattr(repository, "DISK_RESERVE_BYTES", 64 * 1024)
    mb = 1_200_000
    again, kept, waiting, new = (
        _publish_locally(ana, _server_file(ana, tmp_path, mb, name), title=name, seq=seq)
        for name, seq in (("reabierto", 4000), ("mantenido", 4001),
                          ("esperando", 4002), ("nuevo", 4003)))
    huge = _publish_locally(ana, _server_file(ana, tmp_path, 3_500_000, "enorme"),
                            title="enorme", seq=4004)
    small = _publish_locally(ana, _server_file(ana, tmp_path, 300_000, "breve"),
                             title="breve", seq=4005)
    account = current_account(ana)
    with _small_disk(ana, "4m"):
        repository.download(ana, account, again)
        repository.open_document(ana, again)           # read once, removed, then…
        repository.remove_local(ana, again)
        repository.download(ana, account, waiting)     # downloaded, never opened
        repository.download(ana, account, kept)
        repository.pin(ana, kept)
        repository.download(ana, account, again)       # …downloaded again: newest use
        assert repository.storage_used(ana) == 3 * mb

        seen = []
        repository.download(ana, account, new, lambda state: seen.append(list(state.evicted)))
        assert seen[0] == [waiting]                   # told before the transfer
        states = {d: repository.availability(ana, d).state for d in (again, kept, waiting, new)}
        assert states == {again: repository.OFFLINE, kept: repository.OFFLINE,
                          waiting: repository.NOT_DOWNLOADED, new: repository.OFFLINE}
        with ana.session() as s:                      # its entry stays, to download again
            assert [h.document_id for h in search.search(s, "esperando")] == [waiting]

        # A draft of an assignment uses the same bytes as `again`: they are not the cache's.
        sha = repository.get(ana, again).file["sha256"]
        with ana.session() as s, s.begin():
            course._set_draft_files(s, "tarea-1", [p.FileRef(sha256=sha, name="anexo.txt",
                                                             size=mb)])
        seen.clear()
        repository.download(ana, account, waiting, lambda state: seen.append(state.evicted))
        assert seen[0] == [new]                       # `again` is older, but the draft's
        assert repository.availability(ana, again).state == repository.OFFLINE

        # 3.5 MB cannot fit beside the kept file and the draft's: refused up front.
        with pytest.raises(SyncError) as caught:
            repository.download(ana, account, huge, backoff=FAST)
        assert caught.value.code == "disk_full"
        assert repository.availability(ana, waiting).state == repository.OFFLINE
        assert repository.storage_used(ana) == 3 * mb
        assert repository.unfinished_downloads(ana) == []

        # A disk already under the reserve: a small file that fits deletes nothing.
        monkeypatch.setattr(repository, "DISK_RESERVE_BYTES", 100 * 1024 * 1024)
        repository.download(ana, account, small)
        assert repository.availability(ana, waiting).state == repository.OFFLINE
        assert repository.availability(ana, small).state == repository.OFFLINE


def test_a_participant_may_not_decide(ana, tmp_path):
    doc = tmp_path / "informe.pdf"
    doc.write_bytes(b"%PDF-1.4 informe de la red")
    proposal_id = repository.propose(ana, doc, title="Informe de la red", type="informe")
    with pytest.raises(UserError) as caught:
        repository.decide(ana, proposal_id, approve=True)
    assert caught.value.code == "not_moderator"


@pytest.mark.parametrize("fields, code", [
    (dict(title="  ", type="guia"), "empty_doc_title"),
    (dict(title="x" * 201, type="guia"), "doc_title"),
    (dict(title="Guía", type="poema"), "doc_type"),
    (dict(title="Guía", type="guia", year=1850), "doc_year"),
    (dict(title="Guía", type="guia", themes=["t"] * 13), "doc_themes"),
])
def test_proposals_are_checked_before_anything_is_written(ana, tmp_path, fields, code):
    doc = tmp_path / "guia.pdf"
    doc.write_bytes(b"%PDF-1.4 guia")
    with pytest.raises(UserError) as caught:
        repository.propose(ana, doc, **fields)
    assert caught.value.code == code
    with ana.session() as s:
        assert s.scalars(select(OutboxEntry)).all() == []
        assert s.scalars(select(Proposal)).all() == []
    assert not repository.files.cache(ana).has(hashlib.sha256(b"%PDF-1.4 guia").hexdigest())


def test_proposal_file_checks(ana, tmp_path):
    program = tmp_path / "programa.exe"
    program.write_bytes(b"MZ")
    with pytest.raises(UserError) as caught:
        repository.propose(ana, program, title="Programa", type="otro")
    assert caught.value.code == "file_type_not_allowed"
    big = tmp_path / "grande.pdf"
    big.write_bytes(b"x" * 2000)
    with ana.session() as s, s.begin():
        repository.meta.put(s, "max_blob_bytes", 1000)
    with pytest.raises(UserError) as caught:
        repository.propose(ana, big, title="Grande", type="otro")
    assert caught.value.code == "file_too_large"
    odd = tmp_path / "CON.PDF"
    odd.write_bytes(b"%PDF-1.4 x")
    proposal_id = repository.propose(ana, odd, title="Nombre raro", type="otro")
    assert repository.proposal(ana, proposal_id).file["name"] == "_CON.pdf"
    assert repository.files.files_to_upload(ana) == [repository.proposal(ana, proposal_id).file]


# ---- moderation, end to end ------------------------------------------------------------------

def ana_server_url(store) -> str:
    return current_account(store).server_url


@pytest.fixture
def moderated(server, tmp_path):
    from tests.helpers import seed
    seed(server.db_url, users=("fabiola",), role="facilitator")
    ana = signed_in_profile(tmp_path / "ana", server.url, "ana")
    fabiola = signed_in_profile(tmp_path / "fabiola", server.url, "fabiola")
    yield ana, fabiola
    ana.close()
    fabiola.close()


def test_moderation_round_trip(moderated, tmp_path, qtbot):
    ana, fabiola = moderated
    good = tmp_path / "Tertulias en Pitumarca.pdf"
    good.write_bytes(b"%PDF-1.4 " + "tertulias dialógicas con familias de Pitumarca ".encode()
                     * 2000)
    weak = tmp_path / "borrador.txt"
    weak.write_text("Notas sueltas de una reunión.", encoding="utf-8")
    # Offline: both proposals wait in the outbox with their files.
    published = repository.propose(ana, good, title="Tertulias en Pitumarca", type="sistematizacion",
                                   authors=["Ana Prueba"], year=2025, themes=["tertulias"],
                                   region="Cusco", summary="Cómo las hicimos con las familias.")
    declined = repository.propose(ana, weak, title="Notas de reunión", type="otro")
    assert [p.sync_state for p in repository.my_proposals(ana)] == [PENDING, PENDING]

    summary = syncing.sync_now(ana)
    assert summary.pushed == 2 and summary.rejected == 0
    mine = {p.id: p for p in repository.my_proposals(ana)}
    assert {p.sync_state for p in mine.values()} == {SYNCED}
    assert {p.state for p in mine.values()} == {"pending"}

    # The facilitator sees both, reads the file, approves one and declines the other.
    syncing.sync_now(fabiola)
    assert repository.is_moderator(fabiola)
    queue = {p.id: p for p in repository.proposals_to_review(fabiola)}
    assert set(queue) == {published, declined}
    assert queue[published].proposer == "Ana Prueba"
    copy = repository.fetch_proposal_file(fabiola, current_account(fabiola), published)
    assert copy.read_bytes() == good.read_bytes()
    with pytest.raises(UserError) as caught:
        repository.decide(fabiola, declined, approve=False, reason="   ")
    assert caught.value.code == "empty_reason"
    repository.decide(fabiola, published, approve=True)
    repository.decide(fabiola, declined, approve=False,
                      reason="Son notas internas; compártalas mejor en el foro de su red.")
    with pytest.raises(UserError):
        repository.decide(fabiola, published, approve=False, reason="otra vez")
    assert syncing.sync_now(fabiola).rejected == 0
    assert repository.proposals_to_review(fabiola) == []
    document_id = str(uuid.uuid5(uuid.UUID(published), "document"))
    assert repository.get(fabiola, document_id).title == "Tertulias en Pitumarca"

    # The member's next sync: published, and declined with the reason.
    syncing.sync_now(ana)
    mine = {p.id: p for p in repository.my_proposals(ana)}
    assert (mine[published].state, mine[published].document_id) == ("approved", document_id)
    assert (mine[declined].state, mine[declined].reason) == (
        "rejected", "Son notas internas; compártalas mejor en el foro de su red.")
    doc = repository.get(ana, document_id)
    assert doc.contributed_by == current_account(ana).user_id and doc.authors == ["Ana Prueba"]
    # Her own copy of the file is already here: readable offline without a download.
    assert repository.availability(ana, document_id).state == repository.OFFLINE
    with ana.session() as s:
        assert [h.document_id for h in search.search(s, "Pitumarca")] == [document_id]

    # Another member finds it and downloads it from the server.
    beto = signed_in_profile(tmp_path / "beto", ana_server_url(ana), "beto")
    try:
        syncing.sync_now(beto)
        assert repository.availability(beto, document_id).state == repository.NOT_DOWNLOADED
        repository.download(beto, current_account(beto), document_id)
        assert repository.open_document(beto, document_id).read_bytes() == good.read_bytes()
        assert repository.my_proposals(beto) == []      # not his, not shown to him
    finally:
        beto.close()

    from app.ui.application import create_application
    from app.ui.repository_view import RepositoryView
    create_application([], "es")
    view = RepositoryView(ana)
    qtbot.addWidget(view)
    text = view.mine.toPlainText()
    assert "Publicada en el repositorio." in text
    assert "No aceptada: Son notas internas; compártalas mejor en el foro de su red." in text


def test_a_proposal_the_server_refuses_is_kept_with_its_reason(moderated, tmp_path):
    ana, _ = moderated
    doc = tmp_path / "informe.pdf"
    doc.write_bytes(b"%PDF-1.4 informe")
    proposal_id = repository.propose(ana, doc, title="Informe", type="informe")
    # The copy made when it was proposed is lost before it could be uploaded.
    sha = repository.proposal(ana, proposal_id).file["sha256"]
    repository.files.cache(ana).remove(sha)
    summary = syncing.sync_now(ana)
    assert summary.rejected == 1
    item = repository.proposal(ana, proposal_id)
    assert (item.sync_state, item.reject_code) == (REJECTED, "attachment_missing")
    assert item.title == "Informe"       # what the member wrote is kept


def test_two_moderators_decide_at_once(moderated, server, tmp_path):
    ana, fabiola = moderated
    from tests.helpers import seed
    seed(server.db_url, users=("gloria",), role="facilitator")
    gloria = signed_in_profile(tmp_path / "gloria", server.url, "gloria")
    try:
        doc = tmp_path / "guia.pdf"
        doc.write_bytes(b"%PDF-1.4 guia")
        proposal_id = repository.propose(ana, doc, title="Guía", type="guia")
        syncing.sync_now(ana)
        syncing.sync_now(fabiola)
        syncing.sync_now(gloria)
        repository.decide(fabiola, proposal_id, approve=True)
        repository.decide(gloria, proposal_id, approve=False, reason="Ya la tenemos.")
        syncing.sync_now(fabiola)
        assert syncing.sync_now(gloria).rejected == 1
        item = repository.proposal(gloria, proposal_id)
        # The server's decision shows, and so does why hers did not count.
        assert (item.state, item.sync_state, item.reject_code) == (
            "approved", REJECTED, "already_decided")
    finally:
        gloria.close()


def test_a_document_removed_from_the_catalogue_frees_its_file(ana, server, tmp_path):
    from sync.server.models import Document as ServerDocument
    from sync.server.seq import take_seq
    from tests.wire import ServerDb
    ref = _server_file(ana, tmp_path, 150_000, "retirada")
    sdb = ServerDb(server.db_url)
    doc_id = str(uuid.uuid4())
    with sdb.sessions() as s, s.begin():     # published (with a file made here)
        s.add(ServerDocument(
            id=doc_id, key="EDG-RET", title="Guía retirada", authors="[]", year=2020,
            type="guia", themes="[]", region="Cusco", summary="Se retira.", language="es",
            licence="", source="", file=json.dumps(ref), published_at=datetime.now(timezone.utc),
            contributed_by=None, seq=take_seq(s), deleted=False))
    syncing.sync_now(ana)
    account = current_account(ana)
    repository.download(ana, account, doc_id)
    assert repository.storage_used(ana) == 150_000
    with ana.session() as s:
        assert [h.document_id for h in search.search(s, "retirada")] == [doc_id]

    sdb.close()
    from sync.server import cli
    assert cli.main(["--db", server.db_url, "repo", "withdraw", "EDG-RET"]) == 0
    syncing.sync_now(ana)
    assert repository.storage_used(ana) == 0
    assert not (ana.profile_dir / "blobs" / ref["sha256"][:2] / ref["sha256"][2:4]
                / ref["sha256"]).exists()
    with ana.session() as s:
        assert s.get(DocumentFile, doc_id) is None
        assert search.search(s, "retirada") == []


def test_a_member_made_facilitator_receives_the_earlier_proposals(moderated, server,
                                                                  tmp_path):
    from sync.server import cli
    ana, _ = moderated
    beto = signed_in_profile(tmp_path / "beto", server.url, "beto")
    doc = tmp_path / "Plan de convivencia.txt"
    doc.write_text("Acuerdos de convivencia construidos con estudiantes.", encoding="utf-8")
    proposal = repository.propose(ana, doc, title="Plan de convivencia", type="otro")
    syncing.sync_now(ana)
    syncing.sync_now(beto)
    assert not repository.is_moderator(beto)
    assert repository.proposals_to_review(beto) == []

    assert cli.main(["--db", server.db_url, "user", "role", "beto", "facilitator"]) == 0
    syncing.sync_now(beto)                 # the proposal made before now reaches him
    assert repository.is_moderator(beto)
    assert [p.id for p in repository.proposals_to_review(beto)] == [proposal]

    assert cli.main(["--db", server.db_url, "user", "role", "beto", "participant"]) == 0
    syncing.sync_now(beto)                 # and leaves his copy when he is no longer one
    assert not repository.is_moderator(beto)
    with beto.session() as s:
        assert s.query(Proposal).count() == 0
    assert cli.main(["--db", server.db_url, "user", "role", "nadie", "admin"]) == 2
    beto.close()
