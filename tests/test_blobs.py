"""Files (blobs): resumable, hash-verified, deduplicated, authorised per record.

A real server process on loopback, real files, and ../shared/tools/badlink.py between
client and server where the test is about the link. No mocks.
"""
from __future__ import annotations

import asyncio
import hashlib
import os
import random
import sqlite3
import sys
import threading
import time
from pathlib import Path

import pytest
import requests

from app.store.blobs import BlobCache
from sync import blobs
from sync.client import Backoff, Cancelled, SyncError, sign_in
from sync.server import db
from sync.server import blobs as server_blobs
from tests.helpers import FORUM_ID, PASSWORD, ROOT, ServerProcess, seed

sys.path.insert(0, str(ROOT.parent / "shared" / "tools"))
from badlink import BadLink  # noqa: E402

MIB = 1024 * 1024
BIG = 20 * MIB
FAST = Backoff(base=0.05, cap=0.5, max_attempts=6)


def payload(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def start_link(proxy: BadLink) -> tuple[int, threading.Thread]:
    """BadLink.start_in_thread(), except that the way stop() ends the proxy's loop
    (a CancelledError out of asyncio.run) is not reported as an error of the test."""
    ready = threading.Event()

    def run():
        try:
            asyncio.run(proxy._serve(ready))
        except asyncio.CancelledError:
            pass
    thread = threading.Thread(target=run, daemon=True, name="badlink")
    thread.start()
    ready.wait(10)
    return proxy.port, thread


def stop_link(proxy: BadLink, thread: threading.Thread) -> None:
    """As in bench/sync_bench.py: stop() can race the proxy's loop closing; harmless."""
    proxy.set(down=True)
    time.sleep(0.05)
    try:
        proxy.stop()
    except RuntimeError:
        pass
    thread.join(5)


class Account:
    def __init__(self, base_url: str, username: str):
        answer = sign_in(base_url, username, PASSWORD, "blob test")
        self.token = answer.token
        self.user_id = str(answer.user.id)
        self.auth = {"Authorization": f"Bearer {self.token}"}


class DirectoryView:
    """What the directory store holds, read from its folder."""

    def __init__(self, root: Path):
        self.root = root

    def _path(self, digest: str) -> Path:
        return self.root / digest[:2] / digest[2:4] / digest

    def read(self, digest: str) -> bytes | None:
        path = self._path(digest)
        return path.read_bytes() if path.exists() else None

    def write(self, digest: str, data: bytes) -> None:
        self._path(digest).write_bytes(data)

    def has_partial(self, user_id: str, digest: str) -> bool:
        return (self.root / "partial" / user_id / f"{digest}.part").exists()

    def copies(self, digest: str) -> list[str]:
        return [f.name for f in self.root.rglob(digest + "*")]


class S3View:
    """What the S3 store holds, read from the bucket (keys as in sync/server/s3blobs.py)."""

    def __init__(self, s3, bucket: str):
        self.s3, self.bucket = s3.client(), bucket

    def read(self, digest: str) -> bytes | None:
        try:
            return self.s3.get_object(Bucket=self.bucket, Key=self._key(digest))["Body"].read()
        except self.s3.exceptions.NoSuchKey:
            return None

    @staticmethod
    def _key(digest: str) -> str:
        return f"blobs/{digest[:2]}/{digest[2:4]}/{digest}"

    def write(self, digest: str, data: bytes) -> None:
        self.s3.put_object(Bucket=self.bucket, Key=self._key(digest), Body=data)

    def _keys(self, prefix: str = "") -> list[str]:
        pages = self.s3.get_paginator("list_objects_v2").paginate(Bucket=self.bucket,
                                                                  Prefix=prefix)
        return [item["Key"] for page in pages for item in page.get("Contents", ())]

    def has_partial(self, user_id: str, digest: str) -> bool:
        return bool(self._keys(f"partial/{user_id}/{digest}/"))

    def copies(self, digest: str) -> list[str]:
        return [key.rsplit("/", 1)[-1] for key in self._keys() if digest in key]


@pytest.fixture(scope="module", params=["directory", "s3"])
def server(request, tmp_path_factory):
    """One server for the module (each test uses its own bytes, so its own blobs), once
    with files in a directory and once in S3-compatible storage (moto's server)."""
    tmp = tmp_path_factory.mktemp(f"blob-server-{request.param}")
    url = f"sqlite:///{tmp / 'server.db'}"
    seed(url)
    if request.param == "s3":
        s3 = request.getfixturevalue("s3_server")
        bucket = s3.bucket()
        proc = ServerProcess(url, tmp / "server.log", env=s3.env(bucket)).start()
        proc.storage = S3View(s3, bucket)
    else:
        proc = ServerProcess(url, tmp / "server.log", blob_dir=tmp / "blobs").start()
        proc.storage = DirectoryView(tmp / "blobs")
    proc.tmp = tmp
    yield proc
    proc.stop()


@pytest.fixture(scope="module")
def ana(server):
    return Account(server.url, "ana")


@pytest.fixture(scope="module")
def beto(server):
    return Account(server.url, "beto")


@pytest.fixture
def link(server):
    """A factory of badlinks in front of the server: make(**options) -> (link, base url)."""
    links = []

    def make(**options):
        proxy = BadLink(target=("127.0.0.1", server.port), **options)
        port, thread = start_link(proxy)
        links.append((proxy, thread))
        return proxy, f"http://127.0.0.1:{port}"
    yield make
    for proxy, thread in links:
        stop_link(proxy, thread)


def link_stats(proxy: BadLink) -> dict:
    time.sleep(0.2)  # let the proxy count the last bytes and close
    return proxy.stats()


def stored(server, digest: str) -> bytes | None:
    """The finished file's bytes in the server's storage (None: not stored)."""
    return server.storage.read(digest)


def has_partial(server, account: Account, digest: str) -> bool:
    return server.storage.has_partial(account.user_id, digest)


def server_rows(server, query: str, *args) -> list[tuple]:
    with sqlite3.connect(server.tmp / "server.db") as conn:
        return conn.execute(query, args).fetchall()


def uploaded(server, account: Account, data: bytes, tmp_path: Path, name="f.bin") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return blobs.upload(server.url, account.token, path, backoff=FAST)


# ---- through a link that cuts every connection after 1 MiB -------------------------------

def test_20mb_upload_through_a_link_cut_every_mib(server, ana, link, tmp_path):
    data = payload(BIG, 1)
    path = tmp_path / "anexo.bin"
    path.write_bytes(data)
    proxy, url = link(cut_after_bytes=MIB)
    states = []

    digest = blobs.upload(url, ana.token, path, backoff=FAST,
                          progress=lambda s: states.append((s.done, s.total)))

    stats = link_stats(proxy)
    assert digest == sha(data)
    assert sha(stored(server, digest)) == digest
    assert not has_partial(server, ana, digest)
    assert stats["cuts"] >= 19
    ratio = stats["bytes_up"] / BIG
    print(f"\n20 MiB upload, cut every 1 MiB: {stats['bytes_up']:,} bytes up "
          f"({ratio:.4f} x), {stats['cuts']} cuts, {stats['connections']} connections")
    assert ratio <= 1.1
    assert states[-1] == (BIG, BIG)


def test_20mb_download_through_a_link_cut_every_mib(server, ana, link, tmp_path):
    data = payload(BIG, 2)
    digest = uploaded(server, ana, data, tmp_path)
    proxy, url = link(cut_after_bytes=MIB)
    dest = tmp_path / "copia" / "anexo.bin"
    states = []

    got = blobs.download(url, ana.token, digest, BIG, dest, backoff=FAST,
                         progress=lambda s: states.append((s.done, s.bytes_down)))

    stats = link_stats(proxy)
    assert got == dest and dest.read_bytes() == data
    assert not blobs.part_path(dest).exists()
    assert stats["cuts"] >= 19
    ratio = stats["bytes_down"] / BIG
    print(f"\n20 MiB download, cut every 1 MiB: {stats['bytes_down']:,} bytes down "
          f"({ratio:.4f} x), {stats['cuts']} cuts, {stats['connections']} connections")
    assert ratio <= 1.1
    assert states[-1][0] == BIG and states[-1][1] <= 1.1 * BIG


# ---- interrupted, then resumed by a new call ------------------------------------------

def cancel_at(limit: int, event: threading.Event):
    return lambda state: event.set() if state.done >= limit else None


def test_download_resumes_from_the_part_file_after_a_restart(server, ana, link, tmp_path):
    size = 4 * MIB
    data = payload(size, 3)
    digest = uploaded(server, ana, data, tmp_path)
    dest = tmp_path / "perfil" / "lectura.pdf"
    stop = threading.Event()
    with pytest.raises(Cancelled):
        blobs.download(server.url, ana.token, digest, size, dest, cancel=stop,
                       progress=cancel_at(size // 2, stop))
    kept = blobs.part_path(dest).stat().st_size
    assert size // 2 <= kept < size and not dest.exists()
    assert blobs.part_path(dest).read_bytes() == data[:kept]

    # "Later": a new call, as after restarting the application.
    proxy, url = link()
    blobs.download(url, ana.token, digest, size, dest, backoff=FAST)
    stats = link_stats(proxy)
    assert dest.read_bytes() == data
    assert stats["bytes_down"] <= size - kept + 2048   # the rest and the headers, no more


def test_upload_resumes_from_what_the_server_holds_after_a_restart(server, ana, link,
                                                                   tmp_path):
    size = 4 * MIB
    data = payload(size, 4)
    path = tmp_path / "tarea.docx"
    path.write_bytes(data)
    stop = threading.Event()
    with pytest.raises(Cancelled):
        blobs.upload(server.url, ana.token, path, cancel=stop,
                     progress=cancel_at(size // 2, stop))
    status = requests.get(f"{server.url}/api/v1/uploads/{sha(data)}",
                          params={"size": size}, headers=ana.auth).json()
    assert status["complete"] is False and 0 < status["received"] < size

    proxy, url = link()
    assert blobs.upload(url, ana.token, path, backoff=FAST) == sha(data)
    stats = link_stats(proxy)
    assert stats["bytes_up"] <= size - status["received"] + 2048
    assert stored(server, sha(data)) == data


# ---- hashes that do not match ---------------------------------------------------------

def test_corrupt_partial_download_is_detected_and_fetched_again(server, ana, link, tmp_path):
    size = 2 * MIB
    data = payload(size, 5)
    digest = uploaded(server, ana, data, tmp_path)
    dest = tmp_path / "video.mp4"
    stop = threading.Event()
    with pytest.raises(Cancelled):
        blobs.download(server.url, ana.token, digest, size, dest, cancel=stop,
                       progress=cancel_at(MIB, stop))
    part = blobs.part_path(dest)
    kept = part.stat().st_size
    with open(part, "r+b") as f:       # a bad sector, a crash that left garbage
        f.seek(1000)
        f.write(bytes([data[1000] ^ 0xFF]))

    proxy, url = link()
    blobs.download(url, ana.token, digest, size, dest, backoff=FAST)
    stats = link_stats(proxy)
    assert dest.read_bytes() == data and not part.exists()
    # the rest of the damaged partial, then the whole file again
    assert size - kept + size <= stats["bytes_down"] <= size - kept + size + 4096


def test_server_file_that_never_matches_ends_in_hash_mismatch(server, ana, tmp_path):
    data = payload(300_000, 6)
    digest = uploaded(server, ana, data, tmp_path)
    original = stored(server, digest)
    server.storage.write(digest, original[:-1] + bytes([original[-1] ^ 1]))
    try:
        dest = tmp_path / "malo.bin"
        with pytest.raises(SyncError) as err:
            blobs.download(server.url, ana.token, digest, len(data), dest, backoff=FAST)
        assert err.value.code == "hash_mismatch"
        assert not dest.exists() and not blobs.part_path(dest).exists()
    finally:
        server.storage.write(digest, original)


def test_upload_whose_bytes_do_not_match_the_sha_is_refused_and_not_stored(server, ana,
                                                                         tmp_path):
    data = payload(500_000, 7)
    path = tmp_path / "f.bin"
    path.write_bytes(data)
    claimed = sha(b"something else")
    with pytest.raises(SyncError) as err:
        blobs.upload(server.url, ana.token, path, sha256=claimed, backoff=FAST)
    assert err.value.code == "hash_mismatch"
    assert stored(server, claimed) is None and stored(server, sha(data)) is None
    assert not has_partial(server, ana, claimed)
    assert server_rows(server, "select * from blobs where sha256 in (?, ?)",
                       claimed, sha(data)) == []
    # the raw answer
    resp = requests.put(f"{server.url}/api/v1/uploads/{claimed}", data=data,
                        params={"offset": 0, "size": len(data)}, headers=ana.auth)
    assert resp.status_code == 422 and resp.json()["error"]["code"] == "hash_mismatch"
    assert not has_partial(server, ana, claimed)


# ---- who may read what, and bad requests ------------------------------------------------

def attach(server, digest: str, entity: str, record_id: str) -> None:
    engine = db.make_engine(f"sqlite:///{server.tmp / 'server.db'}")
    try:
        with db.session_factory(engine)() as session, session.begin():
            server_blobs.attach(session, digest, entity, record_id)
    finally:
        engine.dispose()


def test_a_file_is_readable_by_its_uploader_and_by_who_sees_a_record_using_it(
        server, ana, beto, tmp_path):
    data = payload(100_000, 8)
    digest = uploaded(server, ana, data, tmp_path)
    url = f"{server.url}/api/v1/blobs/{digest}"

    mine = requests.get(url, headers=ana.auth)
    assert mine.status_code == 200 and mine.content == data
    assert mine.headers["etag"] == f'"{digest}"'

    refused = requests.get(url, headers=beto.auth)
    unknown = requests.get(f"{server.url}/api/v1/blobs/{sha(b'never uploaded')}",
                           headers=beto.auth)
    assert refused.status_code == unknown.status_code == 404
    assert refused.json() == unknown.json()  # nothing tells that the file exists
    assert refused.json()["error"]["code"] == "not_found"

    attach(server, digest, "lesson", "5b1a2f2e-0000-4000-8000-000000000001")  # not public
    attach(server, digest, "post", "5b1a2f2e-0000-4000-8000-000000000002")    # no such post
    assert requests.get(url, headers=beto.auth).status_code == 404

    attach(server, digest, "forum", FORUM_ID)                                 # public
    attach(server, digest, "forum", FORUM_ID)                                 # idempotent
    shared = requests.get(url, headers=beto.auth)
    assert shared.status_code == 200 and shared.content == data
    dest = blobs.download(server.url, beto.token, digest, len(data), tmp_path / "b.bin")
    assert dest.read_bytes() == data


def test_refusals(server, ana, tmp_path):
    data = payload(3000, 9)
    digest = uploaded(server, ana, data, tmp_path)
    blob_url = f"{server.url}/api/v1/blobs/{digest}"
    fresh = sha(payload(3000, 10))
    upload_url = f"{server.url}/api/v1/uploads/{fresh}"

    def code(resp):
        return resp.status_code, resp.json()["error"]["code"]

    # no token
    assert code(requests.get(blob_url)) == (401, "missing_token")
    assert code(requests.get(upload_url, params={"size": 3})) == (401, "missing_token")
    assert code(requests.put(upload_url, params={"offset": 0, "size": 3},
                             data=b"abc")) == (401, "missing_token")
    # not a sha256
    for bad in ("ABC", digest.upper(), digest[:-1], digest + "0", "..%2F..%2Fserver.db"):
        assert code(requests.get(f"{server.url}/api/v1/blobs/{bad}", headers=ana.auth)) \
            in ((422, "invalid_sha256"), (404, "not_found"))
        assert code(requests.get(f"{server.url}/api/v1/uploads/{bad}", params={"size": 3},
                                 headers=ana.auth))[0] in (422, 404)
    assert code(requests.get(f"{server.url}/api/v1/blobs/{digest.upper()}",
                             headers=ana.auth)) == (422, "invalid_sha256")
    # ranges
    part = requests.get(blob_url, headers={**ana.auth, "Range": "bytes=1000-"})
    assert part.status_code == 206 and part.content == data[1000:]
    assert part.headers["content-range"] == f"bytes 1000-2999/{len(data)}"
    beyond = requests.get(blob_url, headers={**ana.auth, "Range": "bytes=3000-"})
    assert code(beyond) == (416, "range_not_satisfiable")
    assert beyond.headers["content-range"] == "bytes */3000"
    # over the size limit (50 MiB by default): refused before a byte is stored
    huge = 60 * MIB
    assert code(requests.get(upload_url, params={"size": huge}, headers=ana.auth)) == \
        (413, "blob_too_large")
    assert code(requests.put(upload_url, params={"offset": 0, "size": huge},
                             data=b"x" * 10_000, headers=ana.auth)) == (413, "blob_too_large")
    assert not has_partial(server, ana, fresh)
    # offsets must follow what the server holds
    wrong = requests.put(upload_url, params={"offset": 5, "size": 3000}, data=b"x" * 100,
                         headers=ana.auth)
    assert code(wrong) == (409, "offset_mismatch") and wrong.json()["error"]["received"] == 0
    head = payload(3000, 10)
    first = requests.put(upload_url, params={"offset": 0, "size": 3000}, data=head[:1000],
                         headers=ana.auth)
    assert first.json() == {"received": 1000, "complete": False}
    again = requests.put(upload_url, params={"offset": 0, "size": 3000}, data=head[:1000],
                         headers=ana.auth)
    assert code(again) == (409, "offset_mismatch") and again.json()["error"]["received"] == 1000
    rest = requests.put(upload_url, params={"offset": 1000, "size": 3000}, data=head[1000:],
                        headers=ana.auth)
    assert rest.json() == {"received": 3000, "complete": True}
    # and the client turns these into SyncError codes
    with pytest.raises(SyncError) as err:
        blobs.download(server.url, ana.token, sha(b"nope"), 4, tmp_path / "x")
    assert err.value.code == "not_found" and not err.value.retryable


def test_same_bytes_from_two_accounts_are_stored_once(server, ana, beto, tmp_path):
    data = payload(1 * MIB, 11)
    digest = sha(data)
    # beto's half-finished upload and ana's do not mix
    half = requests.put(f"{server.url}/api/v1/uploads/{digest}", data=data[:1000],
                        params={"offset": 0, "size": len(data)}, headers=beto.auth)
    assert half.json() == {"received": 1000, "complete": False}
    status = requests.get(f"{server.url}/api/v1/uploads/{digest}",
                          params={"size": len(data)}, headers=ana.auth)
    assert status.json() == {"received": 0, "complete": False}

    assert uploaded(server, ana, data, tmp_path, "a.bin") == digest
    assert uploaded(server, beto, data, tmp_path, "b.bin") == digest
    # a third time costs one question, no bytes
    assert requests.get(f"{server.url}/api/v1/uploads/{digest}", params={"size": len(data)},
                        headers=beto.auth).json() == {"received": len(data), "complete": True}

    assert server.storage.copies(digest) == [digest]
    assert server_rows(server, "select size, uploaded_by from blobs where sha256 = ?",
                       digest) == [(len(data), ana.user_id)]
    assert sorted(r[0] for r in server_rows(
        server, "select user_id from blob_uploads where sha256 = ?", digest)) == \
        sorted([ana.user_id, beto.user_id])
    for account in (ana, beto):
        assert requests.get(f"{server.url}/api/v1/blobs/{digest}",
                            headers=account.auth).content == data


# ---- the profile's cache, and the small pure parts ------------------------------------

def test_blob_cache(server, ana, tmp_path):
    cache = BlobCache(tmp_path / "perfil")
    assert cache.used_bytes() == 0
    source = tmp_path / "foto.jpg"
    source.write_bytes(payload(70_000, 12))
    digest = cache.put_file(source)
    assert digest == sha(source.read_bytes())
    assert cache.put_file(source) == digest                   # again: same place
    assert cache.has(digest) and cache.has(digest, 70_000) and not cache.has(digest, 1)
    assert cache.path_for(digest).read_bytes() == source.read_bytes()
    assert cache.used_bytes() == 70_000
    assert cache.verify(digest)
    with pytest.raises(ValueError):
        cache.path_for("../../etc/passwd")

    # a download lands in the cache
    data = payload(50_000, 13)
    other = uploaded(server, ana, data, tmp_path)
    blobs.download(server.url, ana.token, other, len(data), cache.path_for(other))
    assert cache.has(other, len(data)) and cache.used_bytes() == 120_000

    cache.path_for(digest).write_bytes(b"damaged")
    assert not cache.verify(digest) and not cache.has(digest)
    assert cache.remove(other) and not cache.remove(other)
    assert cache.used_bytes() == 0


def test_range_header_parsing():
    parse = server_blobs.parse_range
    assert parse(None, 10) is None
    assert parse("bytes=3-", 10) == (3, 10)
    assert parse("bytes=3-5", 10) == (3, 6)
    assert parse("bytes=3-50", 10) == (3, 10)
    assert parse("bytes=-4", 10) == (6, 10)
    assert parse("bytes=-40", 10) == (0, 10)
    for ignored in ("items=3-", "bytes=1-2,4-5", "bytes=x-", "bytes=5-3", "bytes=3"):
        assert parse(ignored, 10) is None
    for beyond in ("bytes=10-", "bytes=99-100", "bytes=-0"):
        with pytest.raises(server_blobs.BlobError) as err:
            parse(beyond, 10)
        assert err.value.status == 416


def test_blob_directory_defaults(monkeypatch, tmp_path):
    resolve = server_blobs.resolve_blob_dir
    monkeypatch.delenv("MINKA_BLOB_DIR", raising=False)
    assert resolve(f"sqlite:///{tmp_path}/data/s.db") == tmp_path / "data" / "blobs"
    assert resolve("sqlite:///x.db", tmp_path / "mine") == tmp_path / "mine"
    with pytest.raises(ValueError):
        resolve("postgresql+psycopg://u@h/db")
    monkeypatch.setenv("MINKA_BLOB_DIR", str(tmp_path / "env"))
    assert resolve("postgresql+psycopg://u@h/db") == tmp_path / "env"
    assert resolve(f"sqlite:///{tmp_path}/s.db") == tmp_path / "env"


@pytest.mark.parametrize("with_fcntl", [True, False], ids=["flock", "process-lock"])
def test_one_request_at_a_time_writes_a_partial_upload(tmp_path, monkeypatch, with_fcntl):
    """The lock under every partial upload: requests take turns, also when the file was
    finished (renamed away) while one of them waited: the lock it then holds is on the
    new file at that path, so a later request still waits for it."""
    if not with_fcntl:
        monkeypatch.setattr(server_blobs, "fcntl", None)
    elif server_blobs.fcntl is None:
        pytest.skip("no fcntl on this platform")
    store = server_blobs.BlobStore(tmp_path / "blobs", max_bytes=MIB)
    part = store.partial_for("user", "a" * 64)
    events = []

    async def request(name: str, start: float, finish: bool = False):
        await asyncio.sleep(start)
        async with store._exclusive(part):
            events.append(f"{name} in")
            await asyncio.sleep(0.15)
            if finish:
                part.write_bytes(b"complete")
                os.replace(part, tmp_path / "finished")   # as _move_in does
            events.append(f"{name} out")

    async def three():
        await asyncio.gather(request("first", 0, finish=True), request("second", 0.05),
                             request("third", 0.2))

    asyncio.run(three())
    assert events == ["first in", "first out", "second in", "second out", "third in",
                      "third out"]


def test_an_administrator_import_is_stored_once_and_attachable(tmp_path):
    """BlobStore.add_file and attach, in-process: what `course import` will use."""
    url = f"sqlite:///{tmp_path / 'server.db'}"
    seed(url)
    store = server_blobs.BlobStore(tmp_path / "blobs", max_bytes=MIB)
    source = tmp_path / "lectura.pdf"
    source.write_bytes(payload(200_000, 14))
    engine = db.make_engine(url)
    try:
        with db.session_factory(engine)() as session, session.begin():
            digest = store.add_file(session, source)
            assert store.add_file(session, source) == digest
            server_blobs.attach(session, digest, "forum", FORUM_ID)
            with pytest.raises(LookupError):
                server_blobs.attach(session, sha(b"not stored"), "forum", FORUM_ID)
    finally:
        engine.dispose()
    assert digest == sha(source.read_bytes())
    assert store.path_for(digest).read_bytes() == source.read_bytes()
    assert [f.name for f in (tmp_path / "blobs").rglob("*") if f.is_file()] == [digest]
    with sqlite3.connect(tmp_path / "server.db") as conn:
        assert conn.execute("select size, uploaded_by from blobs").fetchall() == \
            [(200_000, None)]
        assert conn.execute("select entity, record_id from blob_refs").fetchall() == \
            [("forum", FORUM_ID)]
