"""'Llevar mis envíos en USB': the pending outbox and its files, signed by this device, to a drive. No Qt.

The ops stay in the outbox: the server applies a carried file idempotently, so when this
device next syncs, the same ops are answered with their stored results, shown once as
delivered (or refused, with why), exactly as after a network sync.
"""
from __future__ import annotations

import json
import logging
import shutil
from datetime import datetime, timezone
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from app.services import enrolment, files
from app.services.account import current_account
from app.services.device_key import DEVICE_KEY
from app.services.errors import UserError
from app.store.db import Store
from app.store.replica import StoreReplica
from app.store.models import OutboxEntry
from app.store import meta
from sync import outbox_file
from sync import protocol as p

log = logging.getLogger(__name__)

CARRIED = "entregas"                 # colleagues' outbox files waiting to be delivered
REFUSED = "rechazados"


def named_files(payload) -> list[p.FileRef]:
    """The files an op's payload names, wherever they sit (a field, a list)."""
    found = []
    for name in type(payload).model_fields:
        value = getattr(payload, name)
        found += [v for v in (value if isinstance(value, (list, tuple)) else [value])
                  if isinstance(v, p.FileRef)]
    return found


def pending_count(store: Store) -> int:
    with store.session() as s:
        return len(s.scalars(select(OutboxEntry.op_id)).all())


def write_outbox(store: Store, folder: Path, now: datetime | None = None) -> Path:
    """Write the whole pending outbox into a file in `folder`; returns its path.
    Raises UserError (nothing pending, no device key, a file missing) or OSError."""
    account = current_account(store)
    if account is None:
        raise UserError("not_signed_in")
    with store.session() as s:
        private = meta.get(s, DEVICE_KEY)
        cursor = int(meta.get(s, "cursor", "0") or 0)
        entries = s.scalars(select(OutboxEntry).order_by(OutboxEntry.position)).all()
        ops = [p.Op(op_id=e.op_id, kind=e.kind, payload=json.loads(e.payload),
                    created_at=e.created_at) for e in entries]
    if private is None:
        # Signed in before devices had keys: a new sign-in makes one.
        raise UserError("no_device_key")
    if not ops:
        raise UserError("outbox_empty")
    cache = files.cache(store)
    carried: dict[str, outbox_file.CarriedFile] = {}
    for op in ops:
        for ref in named_files(op.parsed_payload()):
            if not cache.has(ref.sha256, ref.size):
                log.warning("outbox file %s (%s) is not in the cache", ref.sha256, ref.name)
                raise UserError("outbox_file_missing", ref.name)
            carried.setdefault(ref.sha256, outbox_file.CarriedFile(
                sha256=ref.sha256, size=ref.size, name=ref.name))
    when = now or datetime.now(timezone.utc)
    outbox = outbox_file.CarriedOutbox(
        format=outbox_file.FORMAT_VERSION, device_id=account.device_id,
        user_id=account.user_id, username=account.username, created_at=when, ops=ops,
        files=list(carried.values()),
        # A computer enrolled offline asks, with each file until it is confirmed, to be
        # bound to its account (the server spends the code once; later files name a
        # device it knows).
        enrolment=enrolment.carried_enrolment(store), cursor=cursor,
        have=StoreReplica(store).claims())
    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private))
    folder = Path(folder)
    path = folder / f"Minka-envios-{account.username}-{when.strftime('%Y-%m-%d-%H%M')}.zip"
    outbox_file.write(path, outbox, key.sign, cache.path_for)
    log.info("outbox written to %s: %d ops, %d files", path, len(ops), len(carried))
    return path


# ---- a facilitator delivers colleagues' outboxes ------------------------------------------

def carried_dir(store: Store) -> Path:
    return Path(store.profile_dir) / CARRIED


def accept_colleague_file(store: Store, source: Path) -> outbox_file.CarriedOutbox:
    """Keep a colleague's outbox file for this profile's next sync; returns what it holds.
    The signature is the server's to check (it has the device's key); this only refuses
    what is not an outbox file at all. Raises UserError."""
    try:
        outbox, _body, _signature = outbox_file.read_unverified(Path(source))
    except outbox_file.OutboxFileError as exc:
        log.info("not an outbox file: %s: %s", source, exc)
        raise UserError("not_an_outbox", str(exc)) from exc
    folder = carried_dir(store)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / Path(source).name
    part = target.with_name(target.name + ".part")
    shutil.copyfile(source, part)
    part.replace(target)
    return outbox
