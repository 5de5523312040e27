"""Running a sync for a profile and keeping its history (network: call off the GUI thread)."""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

from sqlalchemy import func, select

from app.services import files
from app.services.account import current_account
from app.services.errors import UserError
from app.services.forums import utc
from app.store import meta
from app.store.db import Store
from app.store.models import OutboxEntry, SyncRun
from app.store.replica import StoreReplica
from sync import client

log = logging.getLogger(__name__)

CLOCK_SKEW_WARNING_SECONDS = 10 * 60


@dataclass(frozen=True)
class SyncStatus:
    pending: int
    last_ok_at: datetime | None
    last_error_code: str | None
    clock_skew_seconds: float


def status(store: Store) -> SyncStatus:
    with store.session() as s:
        pending = s.scalar(select(func.count()).select_from(OutboxEntry)) or 0
        last_ok = s.scalar(select(func.max(SyncRun.finished_at)).where(SyncRun.ok.is_(True)))
        last = s.scalars(select(SyncRun).order_by(SyncRun.id.desc()).limit(1)).first()
        skew = float(meta.get(s, "clock_skew_seconds", "0") or 0)
    return SyncStatus(pending, utc(last_ok) if last_ok else None,
                      None if last is None or last.ok else last.error_code, skew)


def is_reachable(store: Store) -> bool:
    account = current_account(store)
    return bool(account) and client.probe(account.server_url)


def sync_now(store: Store, progress: Callable[[client.SyncProgress], None] | None = None,
             cancel: threading.Event | None = None, **engine_options) -> client.SyncSummary:
    """One full sync; every attempt is written to the sync history, failed ones too."""
    account = current_account(store)
    if account is None:
        raise UserError("not_signed_in")
    engine = client.SyncEngine(account.server_url, account.token, account.device_id,
                               StoreReplica(store), **engine_options)
    with store.session() as s, s.begin():
        run = SyncRun(started_at=datetime.now(timezone.utc))
        s.add(run)
    try:
        report_file = _file_reporter(progress)
        files.upload_pending(store, account, report_file, cancel,
                             engine_options.get("backoff"))
        summary = engine.run(progress, cancel)
        summary.files = files.fetch_course_files(store, account, report_file, cancel,
                                                 engine_options.get("backoff"))
    except client.SyncError as exc:
        log.warning("sync failed: %s", exc)
        _finish(store, run.id, ok=False, error_code=exc.code, error_detail=exc.detail)
        raise
    except Exception as exc:
        log.exception("sync failed unexpectedly")
        _finish(store, run.id, ok=False, error_code="internal", error_detail=repr(exc))
        raise
    _finish(store, run.id, ok=True, pushed=summary.pushed, rejected=summary.rejected,
            pulled=summary.pulled, bytes_up=summary.bytes_up, bytes_down=summary.bytes_down,
            requests=summary.requests, seconds=summary.seconds)
    with store.session() as s, s.begin():
        meta.put(s, "clock_skew_seconds", round(summary.clock_skew_seconds, 1))
    return summary


def _file_reporter(progress):
    """File transfers reported through the same progress channel as the sync."""
    def report(name: str, done: int, total: int) -> None:
        if progress is not None:
            progress(client.SyncProgress(phase="file", file_name=name, file_done=done,
                                         file_total=total))
    return report


def _finish(store: Store, run_id: int, **values) -> None:
    with store.session() as s, s.begin():
        run = s.get(SyncRun, run_id)
        run.finished_at = datetime.now(timezone.utc)
        for key, value in values.items():
            setattr(run, key, value)


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
