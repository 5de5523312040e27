"""Writing a return pack for a device whose outbox came on a drive: its sync's answer, sealed and signed.

The answer is made by the sync's own parts: the results stored when its ops were applied
(`exchange._replayed`, as a replay would return them) and the changes after its cursor
(`exchange.pull`, with the claims of the packs it imported), for as long as it takes to
reach the head or MAX_CHANGE_BYTES. Sealed to the device's X25519 key and signed with the
network's key (sync/return_pack.py).
"""
from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from sync import return_pack
from sync.protocol import MAX_PULL_LIMIT, ReturnPackRequest
from sync.server.accounts import now
from sync.server.exchange import Caller, _replayed, pull
from sync.server.models import AppliedOp, Device, User
from sync.server.network import NetworkKey

log = logging.getLogger(__name__)

# A drive carries much, but a return pack is read whole into memory on a 4 GB machine: past
# this it stops at a page boundary; its cursor says so, and the next pack or sync goes on.
MAX_CHANGE_BYTES = 64 * 1024 * 1024


class ReturnRefused(ValueError):
    def __init__(self, code: str, detail: str):
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


@dataclass
class Written:
    path: Path
    username: str
    results: int
    changes: int
    cursor: int


def write(factory: sessionmaker[Session], key: NetworkKey, request: ReturnPackRequest,
          folder: Path, server_id: str | None = None) -> Written:
    """Write the return pack for `request.device_id` into `folder`. Raises ReturnRefused
    (unknown_device, revoked, no_exchange_key)."""
    device_id = str(request.device_id)
    with factory() as session:
        device = session.get(Device, device_id)
        if device is None:
            raise ReturnRefused("unknown_device", f"device {device_id} is not known")
        if device.revoked_at is not None:
            raise ReturnRefused("revoked", f"device {device_id} is revoked")
        if not device.exchange_key:
            raise ReturnRefused("no_exchange_key", f"device {device_id} has no X25519 key "
                                                   f"(signed in before return packs)")
        user = session.get(User, device.user_id)
        caller = Caller(user_id=user.id, role=user.role, device_id=device.id)
        wanted = [str(op_id) for op_id in request.op_ids]
        stored = {row.op_id: row for row in session.scalars(
            select(AppliedOp).where(AppliedOp.op_id.in_(wanted)))} if wanted else {}
        # The order the device sent them in; an op that never arrived is not answered
        # (it stays pending there, and travels again).
        results = [_replayed(stored[op_id], caller) for op_id in wanted if op_id in stored]
        changes, cursor, size = [], request.cursor, 0
        while True:
            page = pull(session, caller, cursor, MAX_PULL_LIMIT, have=list(request.have))
            changes += page.changes
            size += sum(len(c.model_dump_json()) for c in page.changes)
            cursor = page.cursor
            if not page.more or size > MAX_CHANGE_BYTES:
                break
        username, exchange_key = user.username, device.exchange_key
    when = now()
    content = return_pack.ReturnContent(results=results, changes=changes,
                                        start_cursor=request.cursor, cursor=cursor,
                                        server_time=when, server_id=server_id or None)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"Minka-regreso-{username}-{when:%Y-%m-%d-%H%M}.zip"
    return_pack.write(path, network_id=key.network_id, pack_id=str(uuid.uuid4()),
                      device_id=device_id, username=username, created_at=when,
                      exchange_key=exchange_key, content=content, sign=key.sign)
    log.info("return pack for %s (device %s): %d result(s), %d change(s) up to %d, %d bytes",
             username, device_id, len(results), len(changes), cursor, path.stat().st_size)
    return Written(path, username, len(results), len(changes), cursor)
