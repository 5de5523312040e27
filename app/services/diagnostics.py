"""A diagnostic report a user can hand to support: no passwords, no tokens, no writing."""
from __future__ import annotations

import json
import platform
import sys
import zipfile
from dataclasses import asdict
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import func, select

from app.services import syncing
from app.services.account import current_account
from app.store import meta
from app.store.db import Store
from app.store.models import Forum, OutboxEntry, Person, Post, Thread

LOG_TAIL_LINES = 2000


def report(store: Store) -> dict:
    account = current_account(store)
    with store.session() as s:
        counts = {name: s.scalar(select(func.count()).select_from(model)) or 0
                  for name, model in (("people", Person), ("forums", Forum),
                                      ("threads", Thread), ("posts", Post),
                                      ("outbox", OutboxEntry))}
        by_state = dict(s.execute(select(Post.state, func.count()).group_by(Post.state)).all())
        cursor = meta.get(s, "cursor", "0")
        skew = meta.get(s, "clock_skew_seconds", "0")
        outbox = [dict(op_id=e.op_id, kind=e.kind, created_at=e.created_at.isoformat(),
                       size=len(e.payload))
                  for e in s.scalars(select(OutboxEntry).order_by(OutboxEntry.position))]
    try:
        from PySide6 import __version__ as pyside_version
    except ImportError:  # the report is also made headless
        pyside_version = "not installed"
    return {
        "generated_at": datetime.now(timezone.utc).isoformat(),
        "local_clock": datetime.now().astimezone().isoformat(),
        "minka": "0.1.0",
        "python": sys.version.split()[0],
        "pyside6": pyside_version,
        "platform": platform.platform(),
        "profile": str(store.profile_dir),
        "database_bytes": store.path.stat().st_size if store.path.exists() else 0,
        "account": None if account is None else {
            "server_url": account.server_url, "username": account.username,
            "role": account.role, "device_id": account.device_id},
        "cursor": int(cursor or 0),
        "clock_skew_seconds": float(skew or 0),
        "counts": counts,
        "posts_by_state": by_state,
        # what is waiting, never its text: the writing stays on this computer
        "outbox": outbox,
        "sync_history": [{**asdict(run), "started_at": run.started_at.isoformat(),
                          "finished_at": run.finished_at.isoformat()
                          if run.finished_at else None}
                         for run in syncing.history(store, 200)],
    }


def export(store: Store, target: Path) -> Path:
    """Write report.json and the tail of minka.log into a zip file at `target`."""
    target = Path(target)
    if target.suffix.lower() != ".zip":
        target = target.with_suffix(".zip")
    partial = target.with_name(target.name + ".partial")
    log_path = store.profile_dir / "minka.log"
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("report.json", json.dumps(report(store), indent=2, ensure_ascii=False))
        if log_path.exists():
            lines = log_path.read_text(encoding="utf-8", errors="replace").splitlines()
            zf.writestr("minka.log", "\n".join(lines[-LOG_TAIL_LINES:]) + "\n")
    partial.replace(target)
    return target
