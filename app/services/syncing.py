"""Running a sync for a profile and keeping its history (network: call off the GUI thread)."""
from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

from sqlalchemy import func, select

from app.services import files, whats_new
from app.services.account import current_account
from app.services.errors import UserError, is_disk_full  # noqa: F401 (re-exported)
from app.services.forums import utc
from app.store import meta
from app.store.db import Store
from app.store.models import OutboxEntry, SyncRun
from app.store.replica import StoreReplica
from sync import client

log = logging.getLogger(__name__)

CLOCK_SKEW_WARNING_SECONDS = 10 * 60
# Outbox entries that record what the person did, not something they wrote: reading a
# lesson queues its progress, which still travels, but is not "a writing" waiting to go.
NOT_WRITINGS = ("progress.set",)


@dataclass(frozen=True)
class SyncStatus:
    pending: int                 # everything in the outbox (what makes a sync worth it)
    last_ok_at: datetime | None
    last_error_code: str | None
    clock_skew_seconds: float
    writings: int = 0            # of those, what the person wrote (posts, tasks, comments…)


def status(store: Store) -> SyncStatus:
    with store.session() as s:
        pending = s.scalar(select(func.count()).select_from(OutboxEntry)) or 0
        writings = s.scalar(select(func.count()).select_from(OutboxEntry)
                            .where(OutboxEntry.kind.not_in(NOT_WRITINGS))) or 0
        last_ok = s.scalar(select(func.max(SyncRun.finished_at)).where(SyncRun.ok.is_(True)))
        last = s.scalars(select(SyncRun).order_by(SyncRun.id.desc()).limit(1)).first()
        skew = float(meta.get(s, "clock_skew_seconds", "0") or 0)
    return SyncStatus(pending, utc(last_ok) if last_ok else None,
                      None if last is None or last.ok else last.error_code, skew, writings)


def is_reachable(store: Store) -> bool:
    account = current_account(store)
    # Enrolled offline: no server known yet, nothing to probe until the person signs in.
    return bool(account) and account.confirmed and client.probe(account.server_url)


def _disk_full_error(exc: BaseException) -> client.SyncError:
    # the driver's message only: SQLAlchemy's would carry the statement and its rows
    detail = f"the profile's disk is full: {getattr(exc, 'orig', None) or exc}"
    return client.SyncError("disk_full", detail, retryable=False)


def sync_now(store: Store, progress: Callable[[client.SyncProgress], None] | None = None,
             cancel: threading.Event | None = None, **engine_options) -> client.SyncSummary:
    """One full sync; every attempt is written to the sync history, failed ones too.

    A full disk fails the sync with code "disk_full" (nothing is lost: the exchange whose
    answer could not be stored is rolled back whole, and the server replays it next time).
    """
    account = current_account(store)
    if account is None:
        raise UserError("not_signed_in")
    if not account.confirmed:
        # Enrolled offline: the first sync needs a sign-in (server address, password),
        # which then keeps this device and its queued work.
        raise client.SyncError("not_confirmed", "enrolled offline: sign in first",
                               retryable=False)
    engine = client.SyncEngine(account.server_url, account.token, account.device_id,
                               StoreReplica(store), **engine_options)
    try:
        with store.session() as s, s.begin():
            run = SyncRun(started_at=datetime.now(timezone.utc))
            s.add(run)
    except Exception as exc:
        if is_disk_full(exc):  # not even room for the history row
            error = _disk_full_error(exc)
            log.warning("sync not started: %s", error.detail)
            raise error from exc
        raise
    cursor_at_start = whats_new.started(store)
    try:
        report_file = _file_reporter(progress)
        # Colleagues' outboxes first: the exchange then brings what they became (the
        # facilitator reviews the submissions that just arrived).
        carried = client.SyncSummary()
        _deliver_carried(store, account, carried)
        files.upload_pending(store, account, report_file, cancel,
                             engine_options.get("backoff"))
        summary = _exchange_and_fetch(store, account, engine, progress, report_file, cancel,
                                      engine_options.get("backoff"))
        summary.carried_delivered = carried.carried_delivered
        # After the exchange: the colleagues' answers include what it just brought and
        # the feedback this facilitator sent in it.
        from app.services import return_packs
        summary.return_packs = return_packs.fetch_all(
            store, account, moved=bool(summary.pushed or summary.pulled
                                       or carried.carried_delivered))
        summary.carried_refused = carried.carried_refused
        summary.carried_reasons = carried.carried_reasons
        if summary.server_changed:
            # Restored from a backup: the files its queued-again ops name first (it may
            # have lost them), then the exchange from cursor 0. Once: the new identity
            # is stored now.
            log.warning("the server was restored from a backup: syncing again from the start")
            files.upload_pending(store, account, report_file, cancel,
                                 engine_options.get("backoff"))
            again = _exchange_and_fetch(store, account, engine, progress, report_file,
                                        cancel, engine_options.get("backoff"))
            again.pushed += summary.pushed
            again.requests += summary.requests
            again.bytes_up += summary.bytes_up
            again.bytes_down += summary.bytes_down
            summary = again
    except client.SyncError as exc:
        log.warning("sync failed: %s", exc)
        _finish(store, run.id, ok=False, error_code=exc.code, error_detail=exc.detail)
        raise
    except Exception as exc:
        if is_disk_full(exc):
            error = _disk_full_error(exc)
            log.warning("sync failed: %s", error.detail)
            _finish(store, run.id, ok=False, error_code="disk_full", error_detail=error.detail)
            raise error from exc
        log.exception("sync failed unexpectedly")
        _finish(store, run.id, ok=False, error_code="internal", error_detail=repr(exc))
        raise
    try:
        from app.services import repository  # (heavy; only when a sync ran)
        repository.forget_removed(store)
        files.forget_files(store)
    except Exception:  # housekeeping: the sync itself succeeded
        log.exception("could not delete the files of documents removed from the catalogue")
    _finish(store, run.id, ok=True, pushed=summary.pushed, rejected=summary.rejected,
            pulled=summary.pulled, bytes_up=summary.bytes_up, bytes_down=summary.bytes_down,
            requests=summary.requests, seconds=summary.seconds)
    try:
        whats_new.finished(store, cursor_at_start, summary.pulled)
    except Exception as exc:  # the sync itself succeeded; only Inicio's "new" is stale
        if not is_disk_full(exc):
            raise
        log.warning("could not note what the sync brought: the disk is full")
    try:
        with store.session() as s, s.begin():
            meta.put(s, "clock_skew_seconds", round(summary.clock_skew_seconds, 1))
    except Exception as exc:  # the sync itself succeeded; only the clock note is lost
        if not is_disk_full(exc):
            raise
        log.warning("could not record the clock skew: the disk is full")
    return summary


def _exchange_and_fetch(store, account, engine, progress, report_file, cancel, backoff):
    """The exchange, with the course's files downloading beside it as soon as the pages
    that name them are stored (the link stays busy while either side works on a page)."""
    from app.services import repository  # (imports this module)
    exchanged = threading.Event()
    stop_files = threading.Event()
    if cancel is not None and cancel.is_set():
        stop_files.set()
    damaged: list[str] = []
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="course-fetch") as pool:
        fetching = pool.submit(files.fetch_course_files, store, account, report_file,
                               stop_files, backoff, exchanged,
                               lambda needed: repository.make_room(store, needed), damaged)
        try:
            summary = engine.run(progress, cancel)
        except BaseException:
            stop_files.set()          # the exchange failed: its error is the one to report
            exchanged.set()
            try:
                fetching.result()
            except Exception:  # noqa: BLE001 - a consequence of the first failure
                pass
            raise
        exchanged.set()
        if cancel is not None:
            # a cancel arriving while the files travel stops them too
            while not fetching.done():
                if cancel.wait(0.1):
                    stop_files.set()
        summary.files = fetching.result()
    summary.damaged_files = damaged
    return summary


def _deliver_carried(store: Store, account, summary: client.SyncSummary) -> None:
    """Colleagues' outbox files this facilitator took (outbox_drive.accept_colleague_file):
    each sent once; delivered ones are removed, refused ones set aside with the reason."""
    from app.services import outbox_drive, return_packs
    folder = outbox_drive.carried_dir(store)
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("*.zip")):
        try:
            result = client.deliver_carried(account.server_url, account.token,
                                            path.read_bytes())
        except client.SyncError as exc:
            if exc.code != "outbox_refused":
                raise
            log.warning("colleague's outbox %s refused by the server: %s", path.name,
                        exc.detail)
            refused = folder / outbox_drive.REFUSED
            refused.mkdir(exist_ok=True)
            path.replace(refused / path.name)
            (refused / (path.name + ".motivo.txt")).write_text(exc.detail, encoding="utf-8")
            summary.carried_refused.append(path.name)
            summary.carried_reasons[path.name] = exc.detail
            continue
        return_packs.remember_delivery(store, path)   # their answer goes back with us
        path.unlink()
        summary.carried_delivered.append(result)


def _file_reporter(progress):
    """File transfers reported through the same progress channel as the sync."""
    def report(name: str, done: int, total: int) -> None:
        if progress is not None:
            progress(client.SyncProgress(phase="file", file_name=name, file_done=done,
                                         file_total=total))
    return report


def _finish(store: Store, run_id: int, **values) -> None:
    """Complete the history row. On a full disk even this may not fit: the sync's own
    outcome matters more than its history, so that failure is logged, not raised."""
    try:
        with store.session() as s, s.begin():
            run = s.get(SyncRun, run_id)
            run.finished_at = datetime.now(timezone.utc)
            for key, value in values.items():
                setattr(run, key, value)
    except Exception as exc:
        if not is_disk_full(exc):
            raise
        log.warning("could not record sync %s in the history: the disk is full", run_id)


@dataclass(frozen=True)
class SyncRunItem:
    started_at: datetime
    finished_at: datetime | None
    ok: bool
    pushed: int
    rejected: int
    pulled: int
    bytes_up: int
    bytes_down: int
    seconds: float
    error_code: str | None
    error_detail: str | None


def history(store: Store, limit: int = 100) -> list[SyncRunItem]:
    """The latest sync attempts, newest first."""
    with store.session() as s:
        runs = s.scalars(select(SyncRun).order_by(SyncRun.id.desc()).limit(limit)).all()
        return [SyncRunItem(utc(r.started_at), utc(r.finished_at) if r.finished_at else None,
                            r.ok, r.pushed, r.rejected, r.pulled, r.bytes_up, r.bytes_down,
                            r.seconds, r.error_code, r.error_detail) for r in runs]
