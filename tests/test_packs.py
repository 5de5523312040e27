"""Content packs (issue #12): the network key, export, import, the sync after it, refusals."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import sys
import threading
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from app.services import account, packs, syncing
from app.store.db import Store
from app.store.models import Meta
from app.store import registry
from sync import packs as fmt
from sync.client import Cancelled
from sync.server import cli, db
from sync.server.models import Network
from tests.helpers import ServerProcess

DEMO_PASSWORD = "minka2026"
PARTICIPANT = "rosa.quispe"
COURSE = "innovacion-educativa"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A server with the demo course, forums and catalogue, its network key, and a pack
    of the course and the catalogue with all their files (written once for the module)."""
    root = tmp_path_factory.mktemp("packs")
    url = f"sqlite:///{root / 'server.db'}"
    assert cli.main(["--db", url, "init"]) == 0
    assert cli.main(["--db", url, "demo"]) == 0
    assert cli.main(["--db", url, "pack", "export", "--course", COURSE, "--catalogue",
                     "--files", "all", "--out", str(root / "usb")]) == 0
    proc = ServerProcess(url, root / "server.log").start()
    proc.root = root
    (proc.pack,) = (root / "usb").iterdir()
    yield proc
    proc.stop()


def _profile(path: Path, server) -> Store:
    store = Store(path)
    account.sign_in(store, server.url, PARTICIPANT, DEMO_PASSWORD, device_name=path.name)
    return store


def _copy_pack(demo, tmp_path) -> Path:
    target = tmp_path / demo.pack.name
    shutil.copytree(demo.pack, target)
    return target


def _snapshot(store: Store) -> dict:
    """Every synced row and the profile's settings that packs may touch, as plain data."""
    found = {}
    with store.session() as s:
        for entity, declared in registry.entities().items():
            table = declared.model.__table__
            found[entity] = sorted(tuple(str(v) for v in row)
                                   for row in s.execute(select(table)))
        found["meta"] = sorted((m.key, m.value) for m in s.scalars(select(Meta))
                               if m.key in ("cursor", "pack_claims"))
    return found


def _blob_names(store: Store) -> set[str]:
    root = store.profile_dir / "blobs"
    return {p.name for p in root.rglob("*") if p.is_file()} if root.exists() else set()


# ---- the network key ----------------------------------------------------------------------

def test_init_creates_the_network_key_once_owner_only(tmp_path):
    url = f"sqlite:///{tmp_path / 'server.db'}"
    assert cli.main(["--db", url, "init"]) == 0
    key = tmp_path / "network-key.pem"
    first = key.read_bytes()
    if sys.platform != "win32":
        assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert cli.main(["--db", url, "init"]) == 0          # kept, not replaced
    assert key.read_bytes() == first
    sessions = db.session_factory(db.make_engine(url))
    with sessions() as s:
        assert len(s.scalars(select(Network)).all()) == 1
    key.unlink()                                           # lost: no silent new key
    assert cli.main(["--db", url, "init"]) == 2
    assert not key.exists()


def test_sign_in_teaches_the_network_key(demo, tmp_path):
    store = _profile(tmp_path / "p", demo)
    sessions = db.session_factory(db.make_engine(demo.db_url))
    with sessions() as s:
        row = s.scalars(select(Network)).one()
    trusted = packs.trusted_network(store)
    assert (trusted.id, trusted.public_key) == (row.id, row.public_key)
    store.close()


def test_a_bundle_carries_the_network_key_for_a_first_run(demo, tmp_path, capsys,
                                                         monkeypatch):
    """`minka-server network show` → bundle.py --network → resources/network.json, read
    through importlib.resources: a profile that never signed in accepts the pack."""
    from build_scripts.bundle import network_resource
    capsys.readouterr()
    assert cli.main(["--db", demo.db_url, "network", "show"]) == 0
    (tmp_path / "identity.json").write_text(capsys.readouterr().out)
    built = network_resource(tmp_path / "identity.json", tmp_path / "resources")
    assert built.name == "network.json"
    store = Store(tmp_path / "nuevo")              # a new installation, never signed in
    with pytest.raises(packs.PackRefused) as caught:
        packs.read_pack(demo.pack, packs.trusted_network(store))
    assert caught.value.code == "pack_no_network_key"
    monkeypatch.setattr(packs.resources, "files", lambda package: tmp_path / "resources")
    assert packs.import_pack(store, _copy_pack(demo, tmp_path)).records > 0
    (tmp_path / "bad.json").write_text("{}")
    with pytest.raises(ValueError):
        network_resource(tmp_path / "bad.json", tmp_path / "other")
    store.close()


# ---- export -------------------------------------------------------------------------------

def test_export_names_the_folder_and_explains_itself(demo):
    assert demo.pack.name.startswith(f"Minka-curso-{COURSE}-catalogo-")
    manifest = fmt.Manifest.model_validate_json((demo.pack / fmt.MANIFEST).read_bytes())
    leeme = (demo.pack / fmt.README).read_text(encoding="utf-8-sig")
    assert "Importar desde USB" in leeme and "Tamaño:" in leeme
    assert manifest.courses[0].slug == COURSE and manifest.catalogue
    for ref in manifest.files:
        data = (demo.pack / fmt.FILES / ref.sha256).read_bytes()
        assert len(data) == ref.size and hashlib.sha256(data).hexdigest() == ref.sha256
    # only shared records: nobody's submissions, progress or memberships, no forums
    entities = set()
    for page in manifest.pages:
        import gzip
        body = json.loads(gzip.decompress((demo.pack / fmt.PAGES / page.name).read_bytes()))
        entities |= {c["entity"] for c in body["changes"]}
    assert entities <= {"course", "module", "lesson", "assignment", "announcement",
                        "document"}
    assert {"lesson", "document"} <= entities


# ---- import, then the sync that continues from it ------------------------------------------

def _blob_bytes(store: Store) -> int:
    root = store.profile_dir / "blobs"
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) if root.exists() \
        else 0


def _directory_bytes(server, store: Store) -> int:
    """What the members and their profiles take on the wire (compressed), as `store`'s
    account receives them."""
    from sync import protocol as p
    from tests.wire import account as account_of, exchange
    acct, cursor, changes = account_of(store), 0, []
    while True:
        answer = exchange(server.url, acct, cursor=cursor)
        changes += [c for c in answer.changes if c.entity in ("user", "member_profile")]
        cursor = answer.cursor
        if not answer.more:
            break
    return len(p.encode_body(p.SyncResponse(results=[], changes=changes, cursor=cursor,
                                            more=False, server_time=answer.server_time)))


def test_after_a_pack_the_first_sync_brings_only_what_it_lacked(demo, tmp_path):
    # What crosses the network: the sync's bodies both ways and the files it downloads
    # (the course's; documents come on demand).
    full = _profile(tmp_path / "full", demo)
    first = syncing.sync_now(full)
    full_bytes = first.bytes_up + first.bytes_down + _blob_bytes(full)

    carried = _profile(tmp_path / "carried", demo)
    result = packs.import_pack(carried, _copy_pack(demo, tmp_path))
    assert result.records > 0 and result.files > 0
    files_before = _blob_bytes(carried)
    after = syncing.sync_now(carried)
    after_bytes = after.bytes_up + after.bytes_down + _blob_bytes(carried) - files_before
    # The member directory is not pack content (members are not in any pack's scope): the
    # sync after a pack brings it (about 17 KB compressed for the demo's 213 members).
    directory = _directory_bytes(demo, full)
    print(f"first sync {full_bytes} bytes ({first.bytes_up + first.bytes_down} of "
          f"records); after the pack {after_bytes} bytes "
          f"({100 * after_bytes / full_bytes:.1f} %), {directory} of them the directory")
    assert after_bytes <= 0.05 * full_bytes + directory
    assert after.files == 0 < first.files   # the course's files came in the pack
    mine = _snapshot(carried)
    theirs = _snapshot(full)
    for entity in registry.entities():
        assert mine[entity] == theirs[entity], entity
    assert _blob_names(full) <= _blob_names(carried)
    full.close()
    carried.close()


def test_a_cancelled_import_leaves_the_store_as_it_was(demo, tmp_path):
    store = _profile(tmp_path / "p", demo)
    before, blobs = _snapshot(store), _blob_names(store)
    cancel = threading.Event()

    def progress(done, total):
        if done > total / 2:
            cancel.set()
    with pytest.raises(Cancelled):
        packs.import_pack(store, _copy_pack(demo, tmp_path), progress, cancel)
    assert _snapshot(store) == before and _blob_names(store) == blobs
    store.close()


CRASH_MIDWAY = """
import os, sys
from pathlib import Path
from app.services import packs
from app.store.db import Store
store = Store(Path(sys.argv[1]))
def progress(done, total):
    if done >= total:   # files staged, the last page read, not yet committed: power cut
        os._exit(3)
packs.import_pack(store, Path(sys.argv[2]), progress)
"""


def test_a_crash_during_the_import_leaves_the_store_as_it_was(demo, tmp_path):
    import subprocess
    from tests.helpers import ROOT
    store = _profile(tmp_path / "p", demo)
    before, blobs = _snapshot(store), _blob_names(store)
    store.close()
    folder = _copy_pack(demo, tmp_path)
    crashed = subprocess.run([sys.executable, "-c", CRASH_MIDWAY, str(tmp_path / "p"),
                              str(folder)], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert crashed.returncode == 3
    store = Store(tmp_path / "p")
    assert _snapshot(store) == before
    assert not (_blob_names(store) - blobs - set(os.listdir(packs._staging(store))))
    packs.import_pack(store, folder)         # and the next import cleans up and succeeds
    assert not packs._staging(store).exists()
    assert _snapshot(store) != before
    store.close()


# ---- refusals: each with its message, the store unchanged ---------------------------------

def _refused(demo, tmp_path, spoil, code):
    store = _profile(tmp_path / "p", demo)
    before, blobs = _snapshot(store), _blob_names(store)
    folder = _copy_pack(demo, tmp_path)
    spoil(folder)
    with pytest.raises(packs.PackRefused) as caught:
        packs.import_pack(store, folder)
    assert caught.value.code == code
    assert _snapshot(store) == before and _blob_names(store) == blobs
    store.close()
    from app.ui.messages import problem
    text = problem(caught.value.code)
    assert "No se importó nada" in text or "no se importó nada" in text
    return text


def _flip_byte(path: Path, at: int | None = None) -> None:
    data = bytearray(path.read_bytes())
    at = len(data) // 2 if at is None else at
    data[at] ^= 0x01
    path.write_bytes(bytes(data))


def test_one_byte_changed_in_a_record_is_refused(demo, tmp_path):
    def spoil(folder):
        manifest = json.loads((folder / fmt.MANIFEST).read_bytes())
        _flip_byte(folder / fmt.PAGES / manifest["pages"][-1]["name"])
    _refused(demo, tmp_path, spoil, "pack_damaged")


def test_one_byte_changed_in_a_file_is_refused(demo, tmp_path):
    def spoil(folder):
        manifest = json.loads((folder / fmt.MANIFEST).read_bytes())
        _flip_byte(folder / fmt.FILES / manifest["files"][-1]["sha256"])
    _refused(demo, tmp_path, spoil, "pack_damaged")


def test_one_byte_changed_in_the_manifest_is_refused(demo, tmp_path):
    def spoil(folder):
        path = folder / fmt.MANIFEST
        path.write_bytes(path.read_bytes().replace(b'"records":', b'"records": ', 1))
    _refused(demo, tmp_path, spoil, "pack_bad_signature")


def test_a_truncated_pack_is_refused(demo, tmp_path):
    def spoil(folder):
        manifest = json.loads((folder / fmt.MANIFEST).read_bytes())
        path = folder / fmt.FILES / manifest["files"][-1]["sha256"]
        path.write_bytes(path.read_bytes()[:-10])
        (folder / fmt.PAGES / manifest["pages"][-1]["name"]).unlink()
    _refused(demo, tmp_path, spoil, "pack_damaged")


def _resign(folder: Path, change, key: Ed25519PrivateKey | None = None) -> None:
    manifest = json.loads((folder / fmt.MANIFEST).read_bytes())
    change(manifest)
    data = fmt.canonical(manifest)
    (folder / fmt.MANIFEST).write_bytes(data)
    key = key or Ed25519PrivateKey.generate()
    (folder / fmt.SIGNATURE).write_text(key.sign(data).hex())


def test_a_pack_signed_by_another_key_is_refused(demo, tmp_path):
    _refused(demo, tmp_path, lambda folder: _resign(folder, lambda m: None),
             "pack_bad_signature")


def test_a_pack_of_another_network_is_refused(demo, tmp_path):
    def other(manifest):
        manifest["network_id"] = str(uuid.uuid4())
    text = _refused(demo, tmp_path, lambda folder: _resign(folder, other),
                    "pack_other_network")
    assert "red" in text


def test_a_pack_of_an_unknown_format_is_refused(demo, tmp_path):
    def newer(manifest):
        manifest["format"] = 2
    text = _refused(demo, tmp_path, lambda folder: _resign(folder, newer), "pack_format")
    assert "versión" in text


# ---- finding packs ------------------------------------------------------------------------

class FakeKernel32:
    """Windows' answers for drives C: (fixed), E: (removable), F: (CD), G: (removable)."""
    TYPES = {"C:\\": 3, "E:\\": 2, "F:\\": 5, "G:\\": 2}

    def GetLogicalDrives(self):  # noqa: N802 - the Windows API's name
        return sum(1 << (ord(root[0]) - ord("A")) for root in self.TYPES)

    def GetDriveTypeW(self, root):  # noqa: N802
        return self.TYPES.get(root, 1)


def test_windows_drives_are_asked_of_the_system():
    assert packs.removable_drives_windows(FakeKernel32()) == [Path("E:\\"), Path("G:\\")]


def test_packs_are_found_at_the_top_of_a_drive_or_in_a_picked_folder(demo, tmp_path):
    drive = tmp_path / "USB"
    (drive / "fotos").mkdir(parents=True)
    shutil.copytree(demo.pack, drive / demo.pack.name)
    assert packs.find_packs([drive]) == [drive / demo.pack.name]
    assert packs.find_packs([drive / demo.pack.name]) == [drive / demo.pack.name]
    assert packs.find_packs([tmp_path / "no-such-drive"]) == []


def test_linux_mounts_are_looked_for_under_media(tmp_path, monkeypatch):
    media = tmp_path / "media"
    (media / "rosa" / "USB").mkdir(parents=True)
    (media / "vacio").mkdir()
    mounts = {media / "rosa" / "USB"}
    monkeypatch.setattr(os.path, "ismount", lambda path: Path(path) in mounts)
    assert packs.removable_drives_linux([str(media), str(tmp_path / "nada")]) == \
        [media / "rosa" / "USB"]


# ---- the dialog ---------------------------------------------------------------------------

@pytest.fixture
def app_es(qtbot):
    from app.ui.application import create_application
    return create_application([], "es")

def test_the_dialog_finds_describes_and_imports_a_pack(demo, tmp_path, qtbot, app_es):
    from app.store.models import Lesson
    from app.ui.pack_import import PackImportDialog
    store = _profile(tmp_path / "p", demo)
    drive = tmp_path / "USB"
    drive.mkdir()
    shutil.copytree(demo.pack, drive / demo.pack.name)
    dialog = PackImportDialog(store, places=[drive])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ok.isEnabled(), timeout=20000)
    assert dialog.packs.count() == 1
    text = dialog.details.text()
    assert "Innovación Educativa" in text and "catálogo" in text and "Tamaño" in text
    with qtbot.waitSignal(dialog.imported, timeout=60000):
        qtbot.mouseClick(dialog.ok, Qt.LeftButton)
    assert dialog.outcome.isVisible() and "Listo" in dialog.outcome.text()
    with store.session() as s:
        assert s.scalars(select(Lesson)).first() is not None
    dialog.close()
    store.close()


def test_the_dialog_says_why_a_pack_is_refused(demo, tmp_path, qtbot, app_es):
    from app.ui.pack_import import PackImportDialog
    store = _profile(tmp_path / "p", demo)
    folder = _copy_pack(demo, tmp_path)
    _resign(folder, lambda m: None)   # another key
    dialog = PackImportDialog(store, places=[folder])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20000)
    assert "no está firmado por su red" in dialog.error.text()
    assert not dialog.ok.isEnabled()
    dialog.close()
    store.close()


def test_menu_and_first_screen_offer_the_import(demo, tmp_path, qtbot, app_es):
    from app.ui.signin import SignInDialog
    store = Store(tmp_path / "nuevo")
    dialog = SignInDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.usb.text() == "Importar desde USB…"
    importer = dialog.import_from_usb()
    assert importer.windowTitle() == "Importar desde USB"
    importer.close()
    dialog.close()
    store.close()


# ---- an older pack after a newer sync (runs last: it changes the demo's course) ------------

def test_an_older_pack_never_overwrites_what_a_sync_brought_since(demo, tmp_path):
    import resources
    from app.store.models import Lesson
    store = _profile(tmp_path / "p", demo)
    folder = tmp_path / "curso"
    shutil.copytree(Path(resources.__file__).parent / "demo_course", folder)
    first = sorted((folder / "m1").glob("*.md"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n\nUn párrafo nuevo.",
                     encoding="utf-8")
    assert cli.main(["--db", demo.db_url, "course", "import", str(folder)]) == 0
    syncing.sync_now(store)
    with store.session() as s:
        newer = {row.id: row.body for row in s.scalars(select(Lesson))}
    assert any("Un párrafo nuevo." in body for body in newer.values())
    packs.import_pack(store, _copy_pack(demo, tmp_path))   # exported before the change
    with store.session() as s:
        assert {row.id: row.body for row in s.scalars(select(Lesson))} == newer
    store.close()


def test_a_claim_only_narrows_what_a_sync_sends(demo):
    """`have` is the client's word: whatever it claims, the server sends a subset of what
    the account may see, and leaves out only the claimed scopes' records below the seq."""
    from sync import protocol as p
    from sync.server.exchange import Caller, pull
    from sync.server.models import Course, User
    sessions = db.session_factory(db.make_engine(demo.db_url))

    def everything(caller, have=()):
        found, cursor = set(), 0
        while True:
            with sessions() as s, s.begin():
                page = pull(s, caller, cursor, 2000, have=list(have))
            found |= {(c.entity, str(c.id)) for c in page.changes}
            cursor = page.cursor
            if not page.more:
                return found
    with sessions() as s:
        rosa = s.scalar(select(User).where(User.username == PARTICIPANT))
        course_id = s.scalar(select(Course.id).where(Course.slug == COURSE))
    caller = Caller(user_id=rosa.id, role=rosa.role, device_id=str(uuid.uuid4()))
    seen = everything(caller)
    stranger = str(uuid.uuid4())   # a course that does not exist, and the whole catalogue
    claims = [p.PackClaim(seq=p.MAX_SEQ, courses=[uuid.UUID(stranger)], catalogue=True),
              p.PackClaim(seq=p.MAX_SEQ, courses=[uuid.UUID(course_id)])]
    narrowed = everything(caller, claims)
    assert narrowed < seen
    left_out = {entity for entity, _ in seen - narrowed}
    assert left_out == {"document", "course", "module", "lesson", "assignment"}
    assert {e for e, _ in narrowed} >= {"user", "forum", "post", "course_member"}
    assert everything(caller, [p.PackClaim(seq=0, catalogue=True)]) == seen
