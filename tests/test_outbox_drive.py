"""The outbox carried on a drive (issue #12): signed by the device, applied once, refused when forged."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

from app.services import course, forums, outbox_drive, syncing
from app.store.models import OutboxEntry, Post
from sync import outbox_file
from sync import protocol as p
from sync.server import cli, db
from sync.server.models import AppliedOp, Device, SeqCounter, Submission
from tests.helpers import FORUM_ID


@pytest.fixture
def carried(course_server, profile_factory, tmp_path):
    """Ana, signed in, has read the course; offline she hands in the assignment with a
    file and opens a thread; then writes her outbox to a drive."""
    ana = profile_factory("ana")
    syncing.sync_now(ana)
    [mine] = course.list_courses(ana)
    [module] = course.outline(ana, mine.id)
    [task] = module.assignments
    source = tmp_path / "informe.pdf"
    source.write_bytes(b"%PDF-1.4 lo que hicimos en la tertulia")
    sha = outbox_drive.files.cache(ana).put_file(source)
    course.submit(ana, task.id, "Hicimos la tertulia con 12 madres.",
                  [p.FileRef(sha256=sha, name="informe.pdf", size=source.stat().st_size)])
    forums.create_thread(ana, FORUM_ID, "Desde Combapata", "Llegó el paquete por USB.")
    drive = tmp_path / "USB"
    drive.mkdir()
    path = outbox_drive.write_outbox(ana, drive)
    return course_server, ana, path


def _server_state(url: str) -> tuple:
    sessions = db.session_factory(db.make_engine(url))
    with sessions() as s:
        return (s.scalar(select(SeqCounter.value)),
                s.scalar(select(func.count()).select_from(AppliedOp)),
                s.scalar(select(func.count()).select_from(Submission)))


def test_a_carried_outbox_is_applied_once_and_the_sync_shows_it_delivered(carried, capsys):
    server, ana, path = carried
    assert path.name.startswith("Minka-envios-ana-") and path.suffix == ".zip"
    with zipfile.ZipFile(path) as archive:
        assert "Entréguelo" in archive.read(outbox_file.README).decode("utf-8-sig")
    before = _server_state(server.db_url)
    assert cli.main(["--db", server.db_url, "outbox", "import", str(path)]) == 0
    assert "2 new op(s)" in capsys.readouterr().out
    applied = _server_state(server.db_url)
    assert applied[1] == before[1] + 2 and applied[2] == before[2] + 1
    assert cli.main(["--db", server.db_url, "outbox", "import", str(path)]) == 0  # again
    assert "0 new op(s), 2 already delivered" in capsys.readouterr().out
    assert _server_state(server.db_url) == applied                                  # nothing
    summary = syncing.sync_now(ana)     # the participant syncs too: answered, once
    assert summary.rejected == 0
    with ana.session() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 0
        assert s.scalar(select(func.count()).select_from(Post)
                        .where(Post.body == "Llegó el paquete por USB.")) == 1
    [mine] = course.list_courses(ana)
    [task] = course.outline(ana, mine.id)[0].assignments
    assert course.assignment(ana, task.id).mine.state == "received"
    assert _server_state(server.db_url)[1:] == applied[1:]


def _refused(server, path: Path, code: str, capsys) -> None:
    before = _server_state(server.db_url)
    assert cli.main(["--db", server.db_url, "outbox", "import", str(path)]) == 2
    assert f"({code})" in capsys.readouterr().err
    assert _server_state(server.db_url) == before


def _rewrite(path: Path, change=None, key: Ed25519PrivateKey | None = None,
             target: Path | None = None) -> Path:
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    body = json.loads(members[outbox_file.BODY])
    if change:
        change(body)
    members[outbox_file.BODY] = outbox_file.canonical(body)
    if key is not None:
        members[outbox_file.SIGNATURE] = key.sign(members[outbox_file.BODY]).hex().encode()
    target = target or path.with_name("otro.zip")
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return target


def test_a_forged_outbox_is_refused(carried, capsys):
    server, _ana, path = carried
    _refused(server, _rewrite(path, key=Ed25519PrivateKey.generate()), "bad_signature",
             capsys)


def test_an_altered_outbox_is_refused(carried, capsys):
    server, _ana, path = carried
    def longer(body):
        body["ops"][0]["payload"]["text"] += " y 3 padres"
    _refused(server, _rewrite(path, longer), "bad_signature", capsys)
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    name = next(n for n in members if n.startswith(outbox_file.FILES))
    spoiled = path.with_name("archivo-cambiado.zip")
    with zipfile.ZipFile(spoiled, "w") as archive:
        for member, data in members.items():
            archive.writestr(member, data[:-1] + b"X" if member == name else data)
    _refused(server, spoiled, "damaged", capsys)


def test_an_outbox_of_a_revoked_device_is_refused(carried, capsys):
    server, ana, path = carried
    with ana.session() as s:
        from app.store import meta
        device_id = meta.get(s, "device_id")
    assert cli.main(["--db", server.db_url, "device", "revoke", "ana", "--device",
                     device_id]) == 0
    _refused(server, path, "revoked", capsys)


def test_an_outbox_whose_ops_claim_another_account_is_refused(carried, capsys):
    server, ana, path = carried
    sessions = db.session_factory(db.make_engine(server.db_url))
    from sync.server.models import User
    with sessions() as s:
        beto = s.scalar(select(User.id).where(User.username == "beto"))
    with ana.session() as s:
        from app.store import meta
        key = Ed25519PrivateKey.from_private_bytes(
            bytes.fromhex(meta.get(s, outbox_drive.DEVICE_KEY)))
    def as_beto(body):
        body["user_id"], body["username"] = beto, "beto"
    # signed with ana's own device key: the signature is right, the account is not hers
    _refused(server, _rewrite(path, as_beto, key=key), "other_account", capsys)


def test_sign_in_gives_the_device_a_key_the_server_keeps(course_server, profile_factory):
    ana = profile_factory("ana")
    with ana.session() as s:
        from app.store import meta
        private = meta.get(s, outbox_drive.DEVICE_KEY)
        device_id = meta.get(s, "device_id")
    sessions = db.session_factory(db.make_engine(course_server.db_url))
    with sessions() as s:
        public = s.get(Device, device_id).public_key
    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private))
    outbox_file.verify(b"x", key.sign(b"x"), public)


def test_the_menu_carries_the_outbox_to_a_drive(course_server, profile_factory, tmp_path,
                                                qtbot):
    from app.services.account import current_account
    from app.ui.application import create_application
    from app.ui.main_window import MainWindow
    ana = profile_factory("ana")
    syncing.sync_now(ana)
    create_application([], "es")
    window = MainWindow(ana, current_account(ana), auto_sync=False)
    qtbot.addWidget(window)
    drive = tmp_path / "USB"
    drive.mkdir()
    window.carry_outbox(drive)          # nothing pending: said, nothing written
    qtbot.waitUntil(lambda: "No tiene envíos pendientes" in
                    window.statusBar().currentMessage(), timeout=20000)
    assert list(drive.iterdir()) == []
    forums.create_thread(ana, FORUM_ID, "Desde Combapata", "Sin internet esta semana.")
    window.carry_outbox(drive)
    qtbot.waitUntil(lambda: "Sus envíos quedaron" in window.statusBar().currentMessage(),
                    timeout=20000)
    [written] = drive.iterdir()
    assert written.name.startswith("Minka-envios-ana-")
    actions = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Llevar mis envíos en USB…" in actions and "Importar desde USB…" in actions
    window.close()


def test_a_facilitator_delivers_a_colleagues_outbox_at_her_next_sync(carried, profile_factory):
    server, ana, path = carried
    fabiola = profile_factory("fabiola")
    syncing.sync_now(fabiola)
    held = outbox_drive.accept_colleague_file(fabiola, path)
    assert held.username == "ana" and len(held.ops) == 2
    forged = _rewrite(path, key=Ed25519PrivateKey.generate(), target=path.with_name("x.zip"))
    outbox_drive.accept_colleague_file(fabiola, forged)
    summary = syncing.sync_now(fabiola)
    [delivered] = summary.carried_delivered
    assert (delivered.username, delivered.new, delivered.already) == ("ana", 2, 0)
    assert summary.carried_refused == ["x.zip"]
    assert not list(outbox_drive.carried_dir(fabiola).glob("*.zip"))  # sent once
    # she reviews the submission that just arrived: it came with the same sync
    with fabiola.session() as s:
        from app.store.models import Submission as LocalSubmission
        assert s.scalar(select(func.count()).select_from(LocalSubmission)) == 1
    summary = syncing.sync_now(ana)     # and ana sees it delivered, once
    with ana.session() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 0
    with pytest.raises(outbox_drive.UserError):
        outbox_drive.accept_colleague_file(fabiola, ana.profile_dir / "minka.db")


def test_only_facilitators_deliver_colleagues_outboxes(carried, profile_factory):
    from app.services.account import current_account
    from sync.client import SyncError, deliver_carried
    server, ana, path = carried
    beto = profile_factory("beto")
    acct = current_account(beto)
    with pytest.raises(SyncError) as caught:
        deliver_carried(acct.server_url, acct.token, path.read_bytes())
    assert caught.value.code == "request_refused" and "not_allowed" in caught.value.detail


def test_the_facilitators_menu_delivers_and_says_so(carried, profile_factory, qtbot):
    from app.services.account import current_account
    from app.ui.application import create_application
    from app.ui.main_window import MainWindow
    server, ana, path = carried
    fabiola = profile_factory("fabiola")
    create_application([], "es")
    window = MainWindow(fabiola, current_account(fabiola), auto_sync=False)
    qtbot.addWidget(window)
    assert window.deliver_action.isVisible()
    window.deliver_colleagues([str(path), str(ana.profile_dir / "minka.db")])
    qtbot.waitUntil(lambda: "Se entregaron los envíos de: ana" in
                    window.statusBar().currentMessage(), timeout=30000)
    window.close()
    beto = profile_factory("beto")
    other = MainWindow(beto, current_account(beto), auto_sync=False)
    qtbot.addWidget(other)
    assert not other.deliver_action.isVisible()
    other.close()
