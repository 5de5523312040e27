"""Never online (issue #12): a one-time enrolment code binds a computer that never reached the server."""
from __future__ import annotations

import re
import shutil
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select, update

from app.services import account, course, enrolment, outbox_drive, packs, syncing
from app.services.errors import UserError
from app.store.db import Store
from sync import enrolment as codes
from sync import outbox_file
from sync.client import SyncError
from sync.server import cli, db
from sync.server.models import AppliedOp, Device, EnrolmentCode, Network, Submission, User

COURSE = "innovacion-educativa"
PASSWORD = "tertulia en Sicuani"


@pytest.fixture(scope="module")
def network(tmp_path_factory):
    """The demo network with its key, and the bundle's copy of its identity."""
    root = tmp_path_factory.mktemp("enrol")
    url = f"sqlite:///{root / 'server.db'}"
    assert cli.main(["--db", url, "init"]) == 0
    assert cli.main(["--db", url, "demo"]) == 0
    sessions = db.session_factory(db.make_engine(url))
    with sessions() as s:
        row = s.scalars(select(Network)).one()
    return url, row.id, packs.TrustedNetwork(row.id, row.public_key)


def issue(url: str, username: str, capsys, *extra: str) -> str:
    """`user add … --enrolment-code`, enrolled in the course; the code printed."""
    capsys.readouterr()
    assert cli.main(["--db", url, "user", "add", username, "--name", "Lucía Mamani",
                     "--password", PASSWORD, "--enrolment-code", *extra]) == 0
    out = capsys.readouterr().out
    assert cli.main(["--db", url, "course", "enroll", COURSE, username]) == 0
    return re.search(r"Código:\s+(\S+)", out).group(1)


@pytest.fixture
def offline(network, tmp_path, monkeypatch):
    """A new installation from the facilitator's drive: the bundle knows the network, the
    pack brings the course; nothing ever reaches the server."""
    url, _network_id, bundled = network
    # The bundle's network.json (its path is tested in tests/test_packs.py).
    monkeypatch.setattr(packs, "bundled_network", lambda: bundled)
    out = tmp_path / "usb"
    assert cli.main(["--db", url, "pack", "export", "--course", COURSE, "--files", "course",
                     "--out", str(out)]) == 0
    (pack,) = out.iterdir()
    stores = []

    def make(name: str) -> Store:
        store = Store(tmp_path / name)
        stores.append(store)
        packs.import_pack(store, shutil.copytree(pack, tmp_path / f"{name}-pack"))
        return store
    yield make
    for store in stores:
        store.close()


def _hand_in(store: Store, text: str) -> None:
    [mine] = course.list_courses(store)
    task = next(a for m in course.outline(store, mine.id) for a in m.assignments)
    course.submit(store, task.id, text, [])


def _server(url: str):
    return db.session_factory(db.make_engine(url))


def test_the_code_is_printable_and_only_its_derived_key_is_kept(network, capsys):
    url, network_id, _ = network
    code = issue(url, "lucia.print", capsys)
    assert re.fullmatch(r"([2-9A-HJKMNP-Z]{4}-){2}[2-9A-HJKMNP-Z]{4}", code)
    assert not set(code) & set("01OIL")
    with _server(url)() as s:
        user = s.scalars(select(User).where(User.username == "lucia.print")).one()
        row = s.scalars(select(EnrolmentCode).where(EnrolmentCode.user_id == user.id)).one()
    assert user.id == codes.user_id_for(network_id, "lucia.print")
    assert code.replace("-", "") not in row.derived_key and code not in row.derived_key
    assert bytes.fromhex(row.derived_key) == codes.derive_key(
        code, network_id=network_id, username="lucia.print")
    # Typed by hand: lower case, spaces instead of dashes.
    assert codes.normalise(code.lower().replace("-", " ")) == code.replace("-", "")
    with pytest.raises(codes.CodeFormatError):
        codes.normalise(code[:-1] + "O")


def test_a_computer_that_never_went_online_is_bound_at_the_municipal_point(
        network, offline, tmp_path, capsys):
    """Pack, username and code; the work queues; the drive carries the proof, not the
    code; the server binds the device and spends the code; signing in later keeps the same
    device and delivers nothing twice."""
    url, _network_id, _ = network
    code = issue(url, "lucia", capsys)
    store = offline("lucia")
    acct = enrolment.enrol_offline(store, "lucia", code, PASSWORD)
    assert acct.username == "lucia" and not acct.confirmed
    assert account.current_account(store) == acct
    with pytest.raises(SyncError) as caught:
        syncing.sync_now(store)                 # no server yet: ask to sign in, not fail
    assert caught.value.code == "not_confirmed"
    _hand_in(store, "Hicimos la tertulia literaria con 9 familias.")
    assert syncing.status(store).writings == 1
    drive = tmp_path / "USB"
    drive.mkdir()
    path = outbox_drive.write_outbox(store, drive)
    with zipfile.ZipFile(path) as archive:
        carried = b"".join(archive.read(n) for n in archive.namelist())
    for form in (code, code.replace("-", ""), code.lower()):
        assert form.encode() not in carried              # the carrier learns no code

    assert cli.main(["--db", url, "outbox", "import", str(path)]) == 0
    with _server(url)() as s:
        device = s.get(Device, acct.device_id)
        assert device.user_id == acct.user_id and device.public_key
        assert s.scalars(select(EnrolmentCode).where(
            EnrolmentCode.user_id == acct.user_id)).one().device_id == acct.device_id
        assert s.scalars(select(Submission).where(Submission.user_id == acct.user_id)).one()
        applied = s.query(AppliedOp).count()
    assert cli.main(["--db", url, "outbox", "import", str(path)]) == 0   # again: nothing
    with _server(url)() as s:
        assert s.query(AppliedOp).count() == applied
    # The server's own console can write the return pack too.
    assert cli.main(["--db", url, "outbox", "return", str(path), "--out",
                     str(tmp_path / "regreso")]) == 0
    (back,) = (tmp_path / "regreso").glob("Minka-regreso-lucia-*.zip")
    from app.services import return_packs
    assert return_packs.import_return_pack(store, back).delivered == 1
    assert syncing.status(store).writings == 0

    # Later, on a network: a normal sign-in keeps this device and its queued work.
    from tests.helpers import ServerProcess
    proc = ServerProcess(url, tmp_path / "server.log").start()
    try:
        again = account.sign_in(store, proc.url, "lucia", PASSWORD)
        assert again.confirmed and again.device_id == acct.device_id
        syncing.sync_now(store)
        assert syncing.status(store).writings == 0
        [mine] = course.list_courses(store)
        task = next(a for m in course.outline(store, mine.id) for a in m.assignments)
        assert course.assignment(store, task.id).mine.state == "received"
    finally:
        proc.stop()
    with _server(url)() as s:
        assert s.query(Device).filter(Device.user_id == acct.user_id).count() == 1
        assert s.query(Submission).filter(Submission.user_id == acct.user_id).count() == 1
        assert s.query(AppliedOp).count() == applied


def _carried_by(store: Store, tmp_path: Path, name: str) -> Path:
    _hand_in(store, "Mi tarea.")
    drive = tmp_path / name
    drive.mkdir()
    return outbox_drive.write_outbox(store, drive)


def _refused(url: str, path: Path, code: str, capsys) -> None:
    with _server(url)() as s:
        before = s.query(AppliedOp).count(), s.query(Device).count()
    capsys.readouterr()
    assert cli.main(["--db", url, "outbox", "import", str(path)]) == 2
    assert f"({code})" in capsys.readouterr().err
    with _server(url)() as s:
        assert (s.query(AppliedOp).count(), s.query(Device).count()) == before


def test_a_wrong_code_is_refused_at_the_municipal_point(network, offline, tmp_path, capsys):
    url, _, _ = network
    code = issue(url, "lucia.wrong", capsys)
    store = offline("wrong")
    other = codes.new_code()
    assert other != code
    enrolment.enrol_offline(store, "lucia.wrong", other, PASSWORD)
    first = account.current_account(store)
    _refused(url, _carried_by(store, tmp_path, "u1"), "enrolment_wrong_code", capsys)
    with _server(url)() as s:   # the real code is still good
        assert s.scalars(select(EnrolmentCode.used_at).join(
            User, User.id == EnrolmentCode.user_id).where(
            User.username == "lucia.wrong")).one() is None
    # The code typed again, right this time: the same device, the work still queued.
    with pytest.raises(UserError):
        enrolment.enrol_offline(store, "otra.persona", code, PASSWORD)
    again = enrolment.enrol_offline(store, "lucia.wrong", code, PASSWORD)
    assert again.device_id == first.device_id and not again.confirmed
    drive = tmp_path / "u2"
    drive.mkdir()
    assert cli.main(["--db", url, "outbox", "import",
                     str(outbox_drive.write_outbox(store, drive))]) == 0
    with _server(url)() as s:
        assert s.get(Device, first.device_id).user_id == first.user_id


def test_a_reused_code_is_refused_on_another_computer(network, offline, tmp_path, capsys):
    url, _, _ = network
    code = issue(url, "lucia.twice", capsys)
    first, second = offline("first"), offline("second")
    enrolment.enrol_offline(first, "lucia.twice", code, PASSWORD)
    enrolment.enrol_offline(second, "lucia.twice", code, PASSWORD)
    assert cli.main(["--db", url, "outbox", "import",
                     str(_carried_by(first, tmp_path, "u1"))]) == 0
    _refused(url, _carried_by(second, tmp_path, "u2"), "enrolment_used", capsys)


def test_an_expired_code_is_refused(network, offline, tmp_path, capsys):
    url, _, _ = network
    code = issue(url, "lucia.late", capsys)
    store = offline("late")
    enrolment.enrol_offline(store, "lucia.late", code, PASSWORD)
    with _server(url)() as s, s.begin():
        s.execute(update(EnrolmentCode).values(
            expires_at=datetime.now(timezone.utc) - timedelta(days=1)).where(
            EnrolmentCode.user_id == account.current_account(store).user_id))
    _refused(url, _carried_by(store, tmp_path, "u1"), "enrolment_expired", capsys)


def test_a_carrier_cannot_swap_in_their_own_key(network, offline, tmp_path, capsys):
    """The proof binds the device's keys: another key signing the same proof is refused."""
    import json

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.services.device_key import public_of
    url, _, _ = network
    code = issue(url, "lucia.swap", capsys)
    store = offline("swap")
    enrolment.enrol_offline(store, "lucia.swap", code, PASSWORD)
    path = _carried_by(store, tmp_path, "u1")
    with zipfile.ZipFile(path) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    body = json.loads(members[outbox_file.BODY])
    thief = Ed25519PrivateKey.generate()
    from cryptography.hazmat.primitives import serialization
    raw = thief.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                              serialization.NoEncryption()).hex()
    body["enrolment"]["public_key"] = public_of(raw)
    members[outbox_file.BODY] = outbox_file.canonical(body)
    members[outbox_file.SIGNATURE] = thief.sign(members[outbox_file.BODY]).hex().encode()
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(forged, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    _refused(url, forged, "enrolment_wrong_code", capsys)


def test_enrolling_needs_the_network_and_a_well_formed_code(tmp_path, monkeypatch):
    store = Store(tmp_path / "nuevo")
    monkeypatch.setattr(packs, "bundled_network", lambda: None)
    with pytest.raises(UserError) as caught:
        enrolment.enrol_offline(store, "lucia", "ABCD-EFGH-JKMN", PASSWORD)
    assert caught.value.code == "enrolment_no_network"
    with pytest.raises(UserError) as caught:
        enrolment.enrol_offline(store, "lucia", "AB0D-EFGH-JKMN", PASSWORD)
    assert caught.value.code == "enrolment_code_format"
    assert account.current_account(store) is None
    store.close()


def test_the_first_screen_starts_without_a_network(network, offline, tmp_path, qtbot,
                                                    capsys):
    """Sign-in screen of a new installation → «Empezar sin internet…» → the main window,
    with the account not yet confirmed; «Sincronizar ahora» asks to sign in, and the
    outbox goes on a drive."""
    from app.ui.application import create_application
    from app.ui.main_window import MainWindow
    from app.ui.signin import SignInDialog
    url, _, _ = network
    code = issue(url, "lucia.gui", capsys)
    create_application([], "es")
    store = offline("gui")
    signin = SignInDialog(store)
    qtbot.addWidget(signin)
    signin.show()
    assert signin.offline.isVisible()
    dialog = signin.start_offline()
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    dialog.username.setText("lucia.gui")
    dialog.code.setText(code.lower().replace("-", " "))     # as typed from paper
    dialog.password.setText(PASSWORD)
    dialog.again.setText(PASSWORD + "x")
    dialog.ok.click()
    assert dialog.isVisible() and "no son iguales" in dialog.error.text()
    assert account.current_account(store) is None
    dialog.again.setText(PASSWORD)
    with qtbot.waitSignal(signin.accepted, timeout=10000):
        dialog.ok.click()
    acct = signin.account
    assert acct.username == "lucia.gui" and not acct.confirmed
    window = MainWindow(store, acct, auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    _hand_in(store, "Escrito sin internet.")
    window.refresh_status()
    assert "1 escritos pendientes" in window.pending_label.text() or \
        "pendiente" in window.pending_label.text()
    window.sync_now()
    qtbot.waitUntil(lambda: getattr(window, "_signin", None) is not None
                    and window._signin.isVisible(), timeout=3000)
    assert not window._signin.offline.isVisible()    # an account is here: sign in, not enrol
    window._signin.reject()
    assert window.code_action.isVisible()        # the code again, from the menu
    again = window.enter_code_again()
    qtbot.waitUntil(again.isVisible, timeout=3000)
    assert again.username.text() == "lucia.gui" and again.username.isReadOnly()
    again.code.setText(code)
    again.password.setText(PASSWORD)
    again.again.setText(PASSWORD)
    again.ok.click()
    qtbot.waitUntil(lambda: "Código guardado" in window.statusBar().currentMessage(),
                    timeout=10000)
    drive = tmp_path / "USB"
    drive.mkdir()
    window.carry_outbox(drive)
    qtbot.waitUntil(lambda: any(drive.glob("Minka-envios-lucia.gui-*.zip")), timeout=10000)
    window.close()


def test_a_wrong_code_typed_is_said_in_spanish(network, offline, qtbot):
    from app.ui.application import create_application
    from app.ui.enrolment import EnrolDialog
    create_application([], "es")
    store = offline("typo")
    dialog = EnrolDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("lucia")
    dialog.code.setText("K7MX-4PQR-9WH0")      # a zero: codes never have one
    dialog.password.setText(PASSWORD)
    dialog.again.setText(PASSWORD)
    dialog.ok.click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=5000)
    assert "sin 0, O, 1, I ni L" in dialog.error.text()
    assert account.current_account(store) is None
