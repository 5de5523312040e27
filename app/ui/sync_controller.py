"""When and how the client syncs: on request, and by itself when the server is reachable."""
from __future__ import annotations

import logging
import threading
import time

from PySide6.QtCore import QObject, QTimer, Signal

from app.services import syncing
from app.services.errors import UserError
from app.ui.tasks import run_in_background
from sync.client import Backoff, SyncError

log = logging.getLogger(__name__)

PROBE_FIRST_S = 5
PROBE_MAX_S = 300          # when the server stays unreachable, look every 5 minutes
AUTO_SYNC_EVERY_S = 15 * 60
# Failures that will not mend by themselves: no automatic retry until the user acts.
HELD_FAILURES = ("disk_full", "auth_revoked", "auth_expired", "account_disabled",
                 "request_refused", "protocol", "internal", "tls_clock", "not_confirmed")


class SyncController(QObject):
    started = Signal()
    progress = Signal(object)        # sync.client.SyncProgress
    finished = Signal(object)        # sync.client.SyncSummary
    failed = Signal(str)             # a failure code (app.ui.messages.problem)
    reachability = Signal(bool)

    def __init__(self, store, parent=None, auto: bool = True):
        super().__init__(parent)
        self.store = store
        self.running = False
        self.reachable: bool | None = None
        self._cancel = threading.Event()
        self._probing = False
        self._held: str | None = None   # a failure only the person can clear
        self._last_sync = 0.0
        self.manual = False              # the sync running (or last run) was asked for
        self.next_attempt_at: float | None = None   # monotonic time of the next probe
        self.probe_first_s = PROBE_FIRST_S
        self.probe_max_s = PROBE_MAX_S
        self._probe_interval = PROBE_FIRST_S
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._probe)
        self.auto = auto
        # Retries inside one sync ride out short cuts; longer outages are the probe's job.
        self.engine_options: dict = {"backoff": Backoff(base=2.0, max_attempts=4)}
        if auto:
            self._timer.start(1000)

    def probe_every(self, first_s: float, max_s: float) -> None:
        """Probe intervals: `first_s` while reachable, doubling up to `max_s` while not."""
        self.probe_first_s = self._probe_interval = first_s
        self.probe_max_s = max_s

    def set_auto(self, auto: bool) -> None:
        """Automatic sync on or off (off: only on request, for metered phone data)."""
        self.auto = auto
        if auto:
            self._schedule(1)
        else:
            self._timer.stop()
            self.next_attempt_at = None

    def sync_now(self, automatic: bool = False) -> bool:
        if self.running:
            return False
        if not automatic:
            self._held = None  # the person asked: try again whatever happened before
        self.manual = not automatic
        self.running = True
        self._cancel.clear()
        self.started.emit()
        cancel = self._cancel
        run_in_background(self, lambda report: syncing.sync_now(self.store, report, cancel,
                                                             **self.engine_options),
                          self._done, self._failed, self.progress.emit)
        return True

    def cancel(self) -> None:
        self._cancel.set()

    def _done(self, summary) -> None:
        self.running = False
        self._probe_interval = self.probe_first_s
        self._last_sync = time.monotonic()
        self._set_reachable(True)
        self.finished.emit(summary)
        self._schedule(self.probe_first_s * 6)

    def _failed(self, exc: Exception) -> None:
        self.running = False
        code = getattr(exc, "code", "internal")
        if not isinstance(exc, (SyncError, UserError)):
            log.error("sync failed unexpectedly", exc_info=exc)
        if code in ("no_connection", "timeout", "not_minka"):
            self._set_reachable(False)
            if self.manual:
                # The person is waiting for this: look again soon and back off from there,
                # not after the minutes a long outage had grown the interval to.
                self._probe_interval = self.probe_first_s
        elif code in HELD_FAILURES:
            # Trying again by itself would fail the same way and spend metered data: wait
            # until the person frees space, signs in again, fixes the clock, or presses
            # the button.
            self._held = code
            log.info("automatic sync paused after %s until the user syncs", code)
        else:
            self._probe_interval = min(self.probe_max_s, self._probe_interval * 2)
        self._schedule(self._probe_interval)   # first, so the window can say when
        self.failed.emit(code)

    def _set_reachable(self, value: bool) -> None:
        if value != self.reachable:
            self.reachable = value
            self.reachability.emit(value)

    def _schedule(self, seconds: float) -> None:
        if self.auto:
            self._timer.start(int(seconds * 1000))
            self.next_attempt_at = time.monotonic() + seconds
        else:
            self.next_attempt_at = None

    def seconds_to_next_attempt(self) -> float | None:
        """When Minka will look for the server again by itself (None: it will not)."""
        if not (self.auto and self._timer.isActive()) or self.next_attempt_at is None:
            return None
        return max(0.0, self.next_attempt_at - time.monotonic())

    def _probe(self) -> None:
        if self.running or self._probing:
            return
        self._probing = True
        run_in_background(self, lambda: syncing.is_reachable(self.store),
                          self._probed, lambda _exc: self._probed(False))

    def _probed(self, reachable: bool) -> None:
        self._probing = False
        was = self.reachable
        self._set_reachable(reachable)
        if not reachable:
            # Back off while the link is down: no busy loop, no battery drain.
            self._probe_interval = min(self.probe_max_s, self._probe_interval * 2)
            self._schedule(self._probe_interval)
            return
        if self._held:
            self._schedule(self.probe_max_s)
            return
        pending = syncing.status(self.store).pending
        stale = time.monotonic() - self._last_sync > AUTO_SYNC_EVERY_S or not self._last_sync
        if self.auto and (pending or stale or was is False):
            self.sync_now(automatic=True)
        else:
            self._schedule(self.probe_first_s * 6)
