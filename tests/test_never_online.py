"""The whole never-online week (issue #12), over a real server on loopback, through badlink.

Three participants who never connect: each installs from the facilitator's drive,
imports the pack, enrols with the code on paper, hands in the assignment, and carries an
outbox file. The facilitator delivers them at a sync at the municipal point, reviews, syncs
again, and carries back a return pack for each. Every op is delivered once, every result
comes back, and nothing is readable by the carrier or by another participant.
"""
from __future__ import annotations

import json
import re
import shutil
import zipfile

import pytest
from sqlalchemy import func, select

from app.services import (account, course, enrolment, outbox_drive, packs, return_packs,
                          syncing)
from app.services.device_key import EXCHANGE_KEY
from app.services.errors import UserError
from app.store import meta
from app.store.db import Store
from sync import return_pack
from sync.server import cli, db
from sync.server.models import AppliedOp, Device, Network, Submission
from tests.helpers import ServerProcess
from tests.links import link_factory  # noqa: F401 - a fixture

# The municipal point: a few shared Mbit/s down, less up, a long round trip.
MUNICIPAL = dict(down_kbps=2000, up_kbps=500, delay_ms=150)

COURSE = "innovacion-educativa"
FACILITATOR, DEMO_PASSWORD = "julio.huaman", "minka2026"
PASSWORD = "tertulia en Sicuani"
PEOPLE = {"lucia": "Con 9 familias leímos «Paco Yunque» en quechua.",
          "marco": "La comisión mixta pintó el aula con los padres.",
          "nina": "Tertulia pedagógica: 14 docentes, dos horas."}
FEEDBACK = "Muy bien, Lucía: cuente cómo eligieron el libro."


def _task(store: Store):
    [mine] = course.list_courses(store)
    return next(a for m in course.outline(store, mine.id) for a in m.assignments)


def _rows(store: Store) -> dict:
    """What the import may change: every synced table and the cursor."""
    from app.store import registry
    found = {}
    with store.session() as s:
        for entity, declared in registry.entities().items():
            found[entity] = sorted(tuple(map(str, row))
                                   for row in s.execute(select(declared.model.__table__)))
        found["cursor"] = meta.get(s, "cursor")
    return found


@pytest.fixture
def week(tmp_path, monkeypatch, capsys):
    url = f"sqlite:///{tmp_path / 'server.db'}"
    assert cli.main(["--db", url, "init"]) == 0
    assert cli.main(["--db", url, "demo"]) == 0
    codes = {}
    for name in PEOPLE:
        capsys.readouterr()
        assert cli.main(["--db", url, "user", "add", name, "--password", PASSWORD,
                         "--enrolment-code"]) == 0
        codes[name] = re.search(r"Código:\s+(\S+)", capsys.readouterr().out).group(1)
    assert cli.main(["--db", url, "course", "enroll", COURSE, *PEOPLE]) == 0
    assert cli.main(["--db", url, "course", "enroll", COURSE, FACILITATOR,
                     "--role", "facilitator"]) == 0
    assert cli.main(["--db", url, "pack", "export", "--course", COURSE, "--files", "course",
                     "--out", str(tmp_path / "usb")]) == 0
    (pack,) = (tmp_path / "usb").iterdir()
    sessions = db.session_factory(db.make_engine(url))
    with sessions() as s:
        row = s.scalars(select(Network)).one()
    # The Minka on the facilitator's drive knows the network (resources/network.json,
    # tests/test_packs.py checks that path).
    monkeypatch.setattr(packs, "bundled_network",
                        lambda: packs.TrustedNetwork(row.id, row.public_key))
    server = ServerProcess(url, tmp_path / "server.log").start()
    stores = {}
    yield server, sessions, pack, codes, stores
    server.stop()
    for store in stores.values():
        store.close()


def _window(qtbot, store):
    from app.ui.application import create_application
    from app.ui.main_window import MainWindow
    create_application([], "es")
    window = MainWindow(store, account.current_account(store), auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_week_without_the_network(week, tmp_path, qtbot, link_factory):
    server, sessions, pack, codes, stores = week
    _link, municipal = link_factory(server.port, **MUNICIPAL)
    drive = tmp_path / "USB-de-julio"
    drive.mkdir()

    # Monday, in the towns: install, import, enrol, work, carry.
    outboxes = {}
    for name, text in PEOPLE.items():
        store = stores[name] = Store(tmp_path / f"perfil-{name}")
        packs.import_pack(store, shutil.copytree(pack, tmp_path / f"pack-{name}"))
        enrolment.enrol_offline(store, name, codes[name], PASSWORD)
        course.submit(store, _task(store).id, text, [])
        assert course.assignment(store, _task(store).id).mine.state == "queued"
        outboxes[name] = outbox_drive.write_outbox(store, drive)
    for name, path in outboxes.items():       # the carrier holds proofs, never codes
        assert codes[name].encode() not in path.read_bytes()

    # At the municipal point: the facilitator delivers, reviews, syncs again.
    julio = stores["julio"] = Store(tmp_path / "perfil-julio")
    account.sign_in(julio, municipal, FACILITATOR, DEMO_PASSWORD)   # through badlink
    for path in outboxes.values():
        outbox_drive.accept_colleague_file(julio, path)
    first = syncing.sync_now(julio)
    assert sorted(d.username for d in first.carried_delivered) == sorted(PEOPLE)
    assert all(d.new == 1 and d.rejected == 0 for d in first.carried_delivered)
    assert sorted(first.return_packs) == sorted(PEOPLE)
    lucia_id = account.current_account(stores["lucia"]).user_id
    to_review = course.submissions_to_review(julio, _task(julio).id)
    [hers] = [sub for sub in to_review if sub.text == PEOPLE["lucia"]]
    course.give_feedback(julio, hers.id, FEEDBACK, "A")
    lucias = return_packs.folder(julio) / "Minka-regreso-lucia.zip"
    quiet_before = return_pack.read_header(lucias)[0].pack_id
    again = syncing.sync_now(julio)
    assert sorted(again.return_packs) == sorted(PEOPLE)
    with_feedback = return_pack.read_header(lucias)[0].pack_id
    assert with_feedback != quiet_before              # refreshed: the feedback goes in
    assert sorted(syncing.sync_now(julio).return_packs) == sorted(PEOPLE)
    assert return_pack.read_header(lucias)[0].pack_id == with_feedback   # quiet: not again
    back = tmp_path / "USB-de-regreso"
    back.mkdir()
    window = _window(qtbot, julio)            # «Preparar paquetes de regreso…»
    assert window.returns_action.isVisible()
    window.write_return_packs(back)
    qtbot.waitUntil(lambda: "3 paquetes de regreso" in window.statusBar().currentMessage(),
                    timeout=10000)
    window.close()
    carried = {re.match(r"Minka-regreso-(\w+)-", p.name).group(1): p
               for p in back.glob("*.zip")}
    assert sorted(carried) == sorted(PEOPLE)

    with sessions() as s:        # every op delivered once, every device bound once
        assert s.scalar(select(func.count()).select_from(AppliedOp)
                        .where(AppliedOp.user_id.in_(
                            [account.current_account(stores[n]).user_id for n in PEOPLE]))
                        ) == len(PEOPLE)
        assert s.scalar(select(func.count()).select_from(Device).where(
            Device.user_id == lucia_id)) == 1
        assert s.scalar(select(func.count()).select_from(Submission).where(
            Submission.user_id == lucia_id)) == 1

    # Nothing readable by the carrier or by another participant.
    for name, path in carried.items():
        data = path.read_bytes()
        with zipfile.ZipFile(path) as archive:
            data += b"".join(archive.read(n) for n in archive.namelist())
        for secret in (PEOPLE[name], FEEDBACK, "Paco Yunque", "familias"):
            assert secret.encode() not in data
    with pytest.raises(UserError) as caught:
        return_packs.import_return_pack(stores["marco"], carried["lucia"])
    assert caught.value.code == "return_other_device"
    header, _body, _sig = return_pack.read_header(carried["lucia"])
    with zipfile.ZipFile(carried["lucia"]) as archive:
        sealed = archive.read(return_pack.SEALED)
    with stores["marco"].session() as s:
        marco_key = meta.get(s, EXCHANGE_KEY)
    with pytest.raises(return_pack.ReturnPackError):     # not even with the header forged
        return_pack.unseal(sealed, marco_key, header.ephemeral_key, header.nonce,
                           return_pack._aad(header.network_id, header.pack_id,
                                            header.device_id))

    # Back in the towns: each imports their own; twice changes nothing.
    window = _window(qtbot, stores["lucia"])    # «Recibir paquete de regreso…»
    assert not window.returns_action.isVisible()
    window.receive_return_pack(carried["lucia"])
    qtbot.waitUntil(lambda: "Paquete de regreso recibido" in
                    window.statusBar().currentMessage(), timeout=10000)
    assert "1 envío llegó al servidor" in window.statusBar().currentMessage()
    window.receive_return_pack(carried["marco"])        # someone else's: said why
    qtbot.waitUntil(lambda: "otra persona" in window.statusBar().currentMessage(),
                    timeout=10000)
    window.close()
    for name, store in ((n, stores[n]) for n in PEOPLE):
        if name != "lucia":
            received = return_packs.import_return_pack(store, carried[name])
            assert (received.delivered, received.rejected, received.already) == (1, 0, False)
        assert syncing.status(store).writings == 0
        mine = course.assignment(store, _task(store).id).mine
        if name == "lucia":
            assert mine.state == "returned" and mine.visible.body == FEEDBACK
        else:
            assert mine.state == "received" and mine.visible is None
        before = _rows(store)
        assert return_packs.import_return_pack(store, carried[name]).already
        assert _rows(store) == before

    # Weeks later, Lucía reaches a network: the same device, nothing sent twice.
    with sessions() as s:
        applied = s.scalar(select(func.count()).select_from(AppliedOp))
    signed = account.sign_in(stores["lucia"], municipal, "lucia", PASSWORD)
    assert signed.confirmed
    summary = syncing.sync_now(stores["lucia"])
    assert summary.pushed == 0
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(AppliedOp)) == applied
        assert s.scalar(select(func.count()).select_from(Device).where(
            Device.user_id == lucia_id)) == 1
    assert course.assignment(stores["lucia"], _task(stores["lucia"]).id).mine.visible.body \
        == FEEDBACK


def test_a_refused_op_comes_back_with_its_text_and_why(course_server, profile_factory,
                                                       tmp_path, monkeypatch, capsys):
    """Nina hands in offline; by the time her file reaches the server the deadline has
    passed (late work not taken): her return pack says so, and her text stays."""
    from datetime import datetime, timedelta, timezone

    from tests.helpers import write_course
    url = course_server.db_url
    assert cli.main(["--db", url, "init"]) == 0
    capsys.readouterr()
    assert cli.main(["--db", url, "user", "add", "nina", "--password", PASSWORD,
                     "--enrolment-code"]) == 0
    code = re.search(r"Código:\s+(\S+)", capsys.readouterr().out).group(1)
    assert cli.main(["--db", url, "course", "enroll", "prueba", "nina"]) == 0
    assert cli.main(["--db", url, "pack", "export", "--course", "prueba", "--out",
                     str(tmp_path / "usb")]) == 0
    (pack,) = (tmp_path / "usb").iterdir()
    capsys.readouterr()
    assert cli.main(["--db", url, "network", "show"]) == 0
    identity = json.loads(capsys.readouterr().out)
    monkeypatch.setattr(packs, "bundled_network", lambda: packs.TrustedNetwork(
        identity["id"], identity["public_key"]))
    nina = Store(tmp_path / "perfil-nina")
    try:
        packs.import_pack(nina, pack)
        enrolment.enrol_offline(nina, "nina", code, PASSWORD)
        text = "Mi tertulia, escrita de noche sin luz."
        course.submit(nina, _task(nina).id, text, [])
        path = outbox_drive.write_outbox(nina, tmp_path)
        write_course(course_server.course_folder,
                     datetime.now(timezone.utc) - timedelta(days=1), late=False)
        assert cli.main(["--db", url, "course", "import",
                         str(course_server.course_folder)]) == 0
        fabiola = profile_factory("fabiola")
        outbox_drive.accept_colleague_file(fabiola, path)
        summary = syncing.sync_now(fabiola)
        [delivered] = summary.carried_delivered
        assert (delivered.new, delivered.rejected) == (1, 1)
        assert summary.return_packs == ["nina"]
        [carried] = return_packs.write_to_drive(fabiola, tmp_path / "usb")
        received = return_packs.import_return_pack(nina, carried)
        assert (received.delivered, received.rejected) == (0, 1)
        mine = course.assignment(nina, _task(nina).id).mine
        assert mine.text == text and mine.reject_code == "deadline_passed"
        assert syncing.status(nina).pending == 0
    finally:
        nina.close()
