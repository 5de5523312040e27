"""Files that travel with a sync: attachments and proposed documents up first, course files
down after.

Network: call off the GUI thread (syncing.sync_now does).
"""
from __future__ import annotations

import json
import logging
import shutil
import threading
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from pathlib import Path
from typing import Callable

from sqlalchemy import select

from app.services.account import Account
from app.services.attachments import clean_name
from app.services.errors import UserError
from app.store import meta
from app.store.blobs import BlobCache
from app.store.db import Store
from app.store.replica import mark_rejected
from app.store.models import Lesson, Meta, OutboxEntry, Submission
from sync import blobs
from sync import protocol as p
from sync.client import Backoff, Cancelled, SyncError

log = logging.getLogger(__name__)


def cache(store: Store) -> BlobCache:
    return BlobCache(store.profile_dir)


def forget_files(store: Store) -> int:
    """Delete the cached files queued as forgotten (their last record left this computer,
    e.g. its person left a group), unless some record here or a queued write still names
    them. Entity-agnostic: every text column of every synced table is looked at. Runs
    after a sync (disk work: off the GUI thread); returns how many files were deleted."""
    from sqlalchemy import Text, or_

    from app.store import registry
    from app.store.models import ForgottenFile
    deleted = 0
    with store.session() as s:
        queued = list(s.scalars(select(ForgottenFile.sha256)))
    for sha in queued:
        with store.session() as s, s.begin():
            like = f"%{sha}%"
            tables = [local.model.__table__ for local in registry.entities().values()]
            tables.append(OutboxEntry.__table__)
            used = False
            for table in tables:
                texts = [c for c in table.c if isinstance(c.type, Text)]
                if texts and s.execute(select(*table.primary_key.columns)
                                       .where(or_(*[c.like(like) for c in texts]))
                                       .limit(1)).first() is not None:
                    used = True
                    break
            s.execute(ForgottenFile.__table__.delete().where(ForgottenFile.sha256 == sha))
        if used:
            log.info("file %s stays: a record here still names it", sha)
            continue
        # The copy handed to the system's viewer goes too (open_copy).
        shutil.rmtree(store.profile_dir / "abiertos" / sha[:12], ignore_errors=True)
        if cache(store).remove(sha):
            deleted += 1
            log.info("file %s deleted: no record here names it any more", sha)
    return deleted


def files_to_upload(store: Store) -> list[dict]:
    """Files named by queued ops (whatever their kind: submission attachments, proposed
    documents, a group's documents) that the server has not confirmed receiving."""
    with store.session() as s:
        wanted = []
        for kind, payload in s.execute(select(OutboxEntry.kind, OutboxEntry.payload)
                                       .order_by(OutboxEntry.position)):
            try:
                parsed = p.OP_PAYLOADS[kind].model_validate(json.loads(payload))
            except (KeyError, ValueError):
                continue  # the server answers for a broken entry; nothing to upload
            for ref in p.named_files(parsed):
                ref = ref.model_dump()
                if not meta.get(s, f"uploaded:{ref['sha256']}") and ref not in wanted:
                    wanted.append(ref)
        return wanted


def upload_pending(store: Store, account: Account, report: Callable[[str, int, int], None],
                   cancel: threading.Event | None = None,
                   backoff: Backoff | None = None) -> int:
    """Send every pending attachment before the ops that refer to it; returns how many."""
    local = cache(store)
    sent = 0
    for ref in files_to_upload(store):
        path = local.path_for(ref["sha256"])
        if not path.exists():
            # The copy made when the file was attached is gone (disk trouble): the server
            # will answer attachment_missing and the user sees it; nothing else is lost.
            log.error("attachment %s (%s) missing from the local cache", ref["sha256"],
                      ref["name"])
            continue
        try:
            blobs.upload(account.server_url, account.token, path, sha256=ref["sha256"],
                         cancel=cancel, backoff=backoff,
                         progress=lambda t, name=ref["name"]: report(name, t.done, t.total))
        except SyncError as exc:
            if exc.code not in ("blob_too_large", "quota_exceeded"):
                raise
            # The server will not take this file (over its size limit, or over what this
            # account may store): sending it again at every sync would fail every sync.
            # Its ops are refused here as the server would refuse them; their text stays,
            # and the person sees why.
            code = "too_large" if exc.code == "blob_too_large" else "quota_exceeded"
            refused = refuse_ops_using(store, ref["sha256"], code)
            log.warning("file %s (%s, %d bytes) refused by the server (%s): %d queued op(s) "
                        "refused locally", ref["sha256"], ref["name"], ref["size"], exc.code,
                        refused)
            continue
        with store.session() as s, s.begin():
            meta.put(s, f"uploaded:{ref['sha256']}", "1")
        sent += 1
    return sent


def refuse_ops_using(store: Store, sha256: str, code: str) -> int:
    """Take the queued ops that carry the file `sha256` out of the outbox, marking their
    rows rejected with `code` (as a server rejection would); returns how many."""
    refused = 0
    with store.session() as s, s.begin():
        for entry in s.scalars(select(OutboxEntry).where(OutboxEntry.kind.in_(
                ("submission.submit", "document.propose")))).all():
            data = json.loads(entry.payload)
            refs = data.get("attachments", []) if entry.kind == "submission.submit" \
                else [data["file"]]
            if not any(ref["sha256"] == sha256 for ref in refs):
                continue
            op = p.Op(op_id=entry.op_id, kind=entry.kind, payload=data,
                      created_at=entry.created_at)
            mark_rejected(s, op, code)
            s.delete(entry)
            refused += 1
    return refused


# Download failures that say the record is wrong about its file (another member's broken or
# hostile client named a size or hash the stored file does not have): asking again cannot
# help, so the file is set aside as damaged instead of failing every sync for good.
DAMAGED_CODES = ("size_mismatch", "hash_mismatch")
_DAMAGED = "damaged:"


def damaged_files(store: Store) -> set[str]:
    """The sha256 of every file a record names that could not arrive as the record says."""
    with store.session() as s:
        keys = s.scalars(select(Meta.key).where(Meta.key.startswith(_DAMAGED)))
        return {key[len(_DAMAGED):] for key in keys}


def is_damaged(store: Store, sha256: str, size: int) -> bool:
    with store.session() as s:
        return meta.get(s, f"{_DAMAGED}{sha256}") == str(size)


def files_to_fetch(store: Store) -> list[dict]:
    """Course files (lessons, submissions) this profile may read and does not hold yet,
    except those already found damaged."""
    local = cache(store)
    wanted: dict[str, dict] = {}
    with store.session() as s:
        columns = list(s.scalars(select(Lesson.attachments)))
        columns += list(s.scalars(select(Submission.attachments)))
        damaged = dict(s.execute(select(Meta.key, Meta.value)
                                 .where(Meta.key.startswith(_DAMAGED))).all())
    for column in columns:
        for ref in json.loads(column or "[]"):
            if damaged.get(_DAMAGED + ref["sha256"]) == str(ref["size"]):
                continue   # the same claim that already failed (a corrected record retries)
            if ref["sha256"] not in wanted and not local.has(ref["sha256"], ref["size"]):
                wanted[ref["sha256"]] = ref
    return list(wanted.values())


FETCH_WORKERS = 3   # files in flight at once: hides each request's round trip and slow start


def fetch_course_files(store: Store, account: Account,
                       report: Callable[[str, int, int], None],
                       cancel: threading.Event | None = None,
                       backoff: Backoff | None = None,
                       until: threading.Event | None = None,
                       make_room: Callable[[int], object] | None = None,
                       damaged_out: list[str] | None = None) -> int:
    """Download what the course needs, resuming partial files; returns how many.

    A file whose record names a size or hash the server's file does not have is set
    aside as damaged (its name added to `damaged_out`), and the others go on.

    Up to FETCH_WORKERS files travel at once (a course's files are many and small: one
    after another, each would pay a round trip and TCP slow start). Progress is reported
    for the batch: the name of the file that moved last, bytes done and total so far.
    With `until`, it keeps looking for newly needed files (the sync is still bringing the
    lessons that name them) until that event is set and nothing is left: the files then
    travel while the sync's pages do, filling the link while either side is busy.
    The first failure stops the others (their partial files stay, to resume) and is
    raised; so is a cancel. Before new files start, `make_room(bytes)` is asked for what
    the batch still has to write (the repository frees downloaded documents not kept;
    it raises ENOSPC when the files cannot fit).
    """
    local = cache(store)
    stop = threading.Event()          # set by a failure, or mirrors the caller's cancel
    lock = threading.Lock()
    done: dict[str, int] = {}
    sizes: dict[str, int] = {}
    damaged: list[str] = []

    def fetch(ref: dict) -> None:
        dest = local.path_for(ref["sha256"])
        dest.parent.mkdir(parents=True, exist_ok=True)

        def moved(t, name=ref["name"], sha=ref["sha256"]) -> None:
            with lock:
                done[sha] = t.done
                report(name, sum(done.values()), sum(sizes.values()))

        try:
            blobs.download(account.server_url, account.token, ref["sha256"], ref["size"],
                           dest, cancel=stop, backoff=backoff, progress=moved)
        except SyncError as exc:
            if exc.code not in DAMAGED_CODES:
                raise
            log.warning("file %s (%s) named with %d bytes is damaged on the server (%s): set "
                        "aside, the sync goes on", ref["sha256"], ref["name"], ref["size"], exc)
            with store.session() as s, s.begin():
                meta.put(s, f"{_DAMAGED}{ref['sha256']}", ref["size"])
            with lock:
                damaged.append(ref["name"])
                sizes.pop(ref["sha256"], None)
                done.pop(ref["sha256"], None)
            return False
        return True

    fetched = 0
    failure: BaseException | None = None      # the first real failure
    cancelled: BaseException | None = None    # the others stopping because of it, or a cancel
    with ThreadPoolExecutor(max_workers=FETCH_WORKERS,
                            thread_name_prefix="course-files") as pool:
        pending: set = set()
        while True:
            last_look = until is None or until.is_set()
            if not stop.is_set():
                new = [ref for ref in files_to_fetch(store) if ref["sha256"] not in sizes]
                with lock:   # the whole batch counted before any of it moves
                    for ref in new:
                        sizes[ref["sha256"]], done[ref["sha256"]] = ref["size"], 0
                    new_shas = {ref["sha256"] for ref in new}
                    to_write = sum(sizes[sha] - done[sha] for sha in sizes
                                   if sha not in new_shas) + sum(
                        blobs.remaining(local.path_for(ref["sha256"]), ref["size"])
                        for ref in new)
                try:
                    if new and make_room is not None:
                        make_room(to_write)
                except Exception as exc:  # noqa: BLE001 - raised below, after the others stop
                    failure = failure or exc
                    stop.set()
                    new = []
                pending.update(pool.submit(fetch, ref) for ref in new)
            if cancel is not None and cancel.is_set():
                stop.set()
            if not pending:
                if last_look or stop.is_set():
                    break
                until.wait(0.1)           # nothing to fetch yet: look again shortly
                continue
            finished, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
            for future in finished:
                exc = future.exception()
                if exc is None:
                    fetched += future.result()
                elif isinstance(exc, Cancelled):
                    cancelled = cancelled or exc
                else:
                    failure = failure or exc
                    stop.set()
    if failure is not None:
        raise failure
    if cancelled is not None:
        raise cancelled
    if damaged_out is not None:
        damaged_out.extend(damaged)
    return fetched


def fetch_copy(store: Store, account: Account, ref: dict,
               cancel: threading.Event | None = None,
               backoff: Backoff | None = None) -> Path | None:
    """A file a record names (a FileRef dict), downloaded into the cache if it is not
    there yet (resumable, verified), as a copy for the system's viewer (open_copy)."""
    from app.services.errors import is_disk_full
    local = cache(store)
    if not local.has(ref["sha256"], ref["size"]):
        try:
            blobs.download(account.server_url, account.token, ref["sha256"], ref["size"],
                           local.path_for(ref["sha256"]), cancel=cancel, backoff=backoff)
        except Exception as exc:
            if is_disk_full(exc):
                blobs.part_path(local.path_for(ref["sha256"])).unlink(missing_ok=True)
                raise SyncError("disk_full", "disk full while downloading a file",
                                retryable=False) from exc
            raise
    return open_copy(store, ref["sha256"], ref["name"])


def open_copy(store: Store, sha256: str, name: str) -> Path | None:
    """A copy of a cached file under its own name, for the system's viewer (which needs
    the extension). None if the file has not arrived yet.

    Every file Minka hands to the system's viewer comes from here, so this is the one place
    that refuses a type that is not shared (UserError "file_type_not_allowed"): a member's
    "informe.pdf.exe" would otherwise run on the reader's computer."""
    if not p.is_safe_to_open(name):
        log.warning("refused to open %s: %r is not a type members share", sha256, name)
        raise UserError("file_type_not_opened", name)
    local = cache(store)
    if not local.has(sha256):
        return None
    target = store.profile_dir / "abiertos" / sha256[:12] / clean_name(name)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(local.path_for(sha256), target)
    return target
