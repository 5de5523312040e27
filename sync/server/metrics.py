"""Prometheus metrics of the server: syncs, ops applied and rejected, bytes, latencies,
errors; served as text at GET /metrics.

With several worker processes (`serve --workers N`) each worker counts in its own files
under $PROMETHEUS_MULTIPROC_DIR (prometheus_client's multiprocess mode, set up by the CLI
before the workers start) and /metrics, answered by any one worker, sums them all. Without
that variable (one process, the tests' embedded server) the counts live in memory.

The names are read in this module only; everything counted goes through `record_*`, the
ASGI middleware `Measured` (every request) and `op_done` (every op, from apply_ops).
"""
from __future__ import annotations

import os
import time

from prometheus_client import (CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram,
                               generate_latest)
from prometheus_client import multiprocess

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"

# Seconds: a quiet sync on loopback is a few ms; a 2G upload chunk can take a minute.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)

# Minka's own registry, not prometheus_client's global one: importing this module again
# (a test that re-imports every module, an embedded server beside another) must not
# declare the same series twice.
REGISTRY = CollectorRegistry(auto_describe=True)

REQUESTS = Counter("minka_http_requests", "HTTP requests answered, by route and status",
                   ["method", "route", "status"], registry=REGISTRY)
LATENCY = Histogram("minka_http_request_seconds",
                    "Time from the request's start to the end of its answer",
                    ["method", "route"], buckets=LATENCY_BUCKETS, registry=REGISTRY)
BYTES_IN = Counter("minka_http_received_bytes", "Request body bytes as they travelled",
                   ["route"], registry=REGISTRY)
BYTES_OUT = Counter("minka_http_sent_bytes", "Answer body bytes as they travelled",
                    ["route"], registry=REGISTRY)
ERRORS = Counter("minka_http_errors", "Answers with a 5xx status (see the server log)",
                 ["route"], registry=REGISTRY)
SYNCS = Counter("minka_syncs", "Sync exchanges answered with 200", ["kind"], registry=REGISTRY)
OPS = Counter("minka_ops", "Ops answered, by kind, status and rejection code",
              ["kind", "status", "code"], registry=REGISTRY)

# Routes outside the API's templates (a scanner's random paths) are counted as one label,
# so that nobody can grow the number of series.
OTHER_ROUTE = "other"


def record_sync(pushed: int) -> None:
    SYNCS.labels(kind="push" if pushed else "quiet").inc()


def op_done(op, result) -> None:
    OPS.labels(kind=op.kind, status=result.status, code=result.code or "").inc()


def exposition() -> tuple[bytes, str]:
    """The metrics text of every worker (summed) and its content type."""
    if os.environ.get(MULTIPROC_ENV):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return generate_latest(registry), CONTENT_TYPE_LATEST
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST


def worker_exited(pid: int) -> None:
    """Drop a dead worker's live gauges (none today; counters of dead workers are kept)."""
    if os.environ.get(MULTIPROC_ENV):
        multiprocess.mark_process_dead(pid)


class Measured:
    """ASGI middleware: latency, status, bytes in and out of every HTTP request, labelled
    by the route's template (`/api/v1/blobs/{sha256}`, never the raw path)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        received = 0
        sent = 0
        status = 500

        async def counting_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
            return message

        async def counting_send(message):
            nonlocal sent, status
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body":
                sent += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, counting_receive, counting_send)
        finally:
            route = scope.get("route")
            label = getattr(route, "path", None) or OTHER_ROUTE
            method = scope.get("method", "")
            REQUESTS.labels(method=method, route=label, status=str(status)).inc()
            LATENCY.labels(method=method, route=label).observe(time.perf_counter() - start)
            if received:
                BYTES_IN.labels(route=label).inc(received)
            if sent:
                BYTES_OUT.labels(route=label).inc(sent)
            if status >= 500:
                ERRORS.labels(route=label).inc()
