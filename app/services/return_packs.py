"""Return packs on the client: the facilitator fetches and carries them, the participant imports them. No Qt.

Facilitator: each colleague's outbox delivered at a sync leaves a request (which device,
which ops, where its copy stood) in `regresos/pedidos.json`; after that sync's exchange,
and at every later sync (feedback written since goes in), the server writes the
colleague's return pack into `regresos/`. "Preparar paquetes de regreso…" copies them to
a drive. The facilitator cannot read them: they are sealed to each colleague's device.

Participant: "Recibir paquete de regreso…" checks the network's signature, that it is
for this device, opens it with this device's X25519 key, and applies it as a sync's
answer: delivered work shows as received, a rejected op keeps its text and says why,
feedback and replies appear (sync/return_pack.py, docs/packs.md).
"""
from __future__ import annotations

import json
import logging
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from app.services import device_key
from app.services.account import current_account
from app.services.errors import UserError
from app.services.packs import trusted_network
from app.store import meta
from app.store.db import Store
from app.store.replica import CARRIED_KEY, StoreReplica
from sync import client, outbox_file, return_pack
from sync import protocol as p

log = logging.getLogger(__name__)

FOLDER = "regresos"
REQUESTS = "pedidos.json"
# A request is dropped after this long: by then the colleague has synced, or a newer outbox
# replaced it.
KEEP_DAYS = 60
IMPORTED_KEY = CARRIED_KEY   # meta: ids of the return packs already applied


def folder(store: Store) -> Path:
    return Path(store.profile_dir) / FOLDER


def _requests(store: Store) -> dict:
    path = folder(store) / REQUESTS
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _save_requests(store: Store, requests: dict) -> None:
    path = folder(store) / REQUESTS
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    part.write_text(json.dumps(requests, ensure_ascii=False, indent=1), encoding="utf-8")
    part.replace(path)


def remember_delivery(store: Store, outbox_path: Path) -> None:
    """A colleague's outbox was just delivered: ask for their return pack from now on."""
    try:
        outbox, _body, _sig = outbox_file.read_unverified(Path(outbox_path))
    except outbox_file.OutboxFileError as exc:
        log.warning("delivered outbox %s unreadable for its return pack: %s", outbox_path, exc)
        return
    requests = _requests(store)
    request = p.ReturnPackRequest(device_id=outbox.device_id,
                                  op_ids=[op.op_id for op in outbox.ops],
                                  cursor=outbox.cursor or 0, have=outbox.have)
    requests[str(outbox.device_id)] = {
        "username": outbox.username, "asked_at": datetime.now(timezone.utc).isoformat(),
        "request": request.model_dump(mode="json"), "file": None}
    _save_requests(store, requests)


def fetch_all(store: Store, account, moved: bool = True) -> list[str]:
    """After this facilitator's exchange: each remembered colleague's return pack, fresh
    from the server. `moved`: the exchange sent or brought something; after a quiet one
    only the packs not fetched yet are asked for (each is ~50 kB: not again on 2G for
    nothing). Returns the usernames whose pack is ready. Raises SyncError for the link
    (the sync reports it as any other)."""
    requests = _requests(store)
    if not requests:
        return []
    ready, now = [], datetime.now(timezone.utc)
    for device, entry in list(requests.items()):
        if now - datetime.fromisoformat(entry["asked_at"]) > timedelta(days=KEEP_DAYS):
            _drop(store, requests, device)
            continue
        if not moved and entry.get("file") and (folder(store) / entry["file"]).exists():
            ready.append(entry["username"])
            continue
        request = p.ReturnPackRequest.model_validate(entry["request"])
        try:
            data = client.fetch_return_pack(account.server_url, account.token, request)
        except client.SyncError as exc:
            if exc.code == "return_unavailable":
                log.warning("the server writes no return packs (%s): kept %d request(s) "
                            "for a later sync", exc.detail, len(requests))
                break
            if exc.code != "return_refused":
                raise
            log.warning("no return pack for %s (device %s): %s", entry["username"], device,
                        exc.detail)
            _drop(store, requests, device)
            continue
        name = f"Minka-regreso-{entry['username']}.zip"
        target = folder(store) / name
        part = target.with_name(name + ".part")
        part.write_bytes(data)
        part.replace(target)
        entry["file"] = name
        ready.append(entry["username"])
    _save_requests(store, requests)
    return ready


def _drop(store: Store, requests: dict, device: str) -> None:
    entry = requests.pop(device)
    if entry.get("file"):
        (folder(store) / entry["file"]).unlink(missing_ok=True)


def ready_packs(store: Store) -> list[tuple[str, Path]]:
    """(username, file) of the return packs waiting to be carried."""
    found = []
    for entry in _requests(store).values():
        if entry.get("file") and (folder(store) / entry["file"]).exists():
            found.append((entry["username"], folder(store) / entry["file"]))
    return sorted(found)


def write_to_drive(store: Store, target: Path, now: datetime | None = None) -> list[Path]:
    """Copy every ready return pack into `target`, named for whom and when. Raises
    UserError("no_return_packs") or OSError."""
    packs = ready_packs(store)
    if not packs:
        raise UserError("no_return_packs")
    when = (now or datetime.now(timezone.utc)).strftime("%Y-%m-%d")
    written = []
    for username, source in packs:
        path = Path(target) / f"Minka-regreso-{username}-{when}.zip"
        part = path.with_name(path.name + ".part")
        shutil.copyfile(source, part)
        part.replace(path)
        written.append(path)
    log.info("%d return pack(s) written to %s", len(written), target)
    return written


# ---- the participant's side ---------------------------------------------------------------

@dataclass
class Received:
    delivered: int = 0       # ops confirmed (shown as received)
    rejected: int = 0        # ops refused, each keeping its text and its reason
    changes: int = 0         # records that came (feedback, replies, news)
    already: bool = False    # this pack was imported before: nothing changed


def import_return_pack(store: Store, path: Path) -> Received:
    """Check, open and apply a return pack on this device. Raises UserError with code
    return_damaged, return_format, return_other_network, return_bad_signature,
    return_other_device (for someone else's computer), return_no_network, not_signed_in."""
    account = current_account(store)
    if account is None:
        raise UserError("not_signed_in")
    network = trusted_network(store)
    if network is None:
        raise UserError("return_no_network")
    with store.session() as s:
        exchange_private = meta.get(s, device_key.EXCHANGE_KEY)
        imported = json.loads(meta.get(s, IMPORTED_KEY, "[]") or "[]")
    try:
        header, _body, _sig = return_pack.read_header(Path(path))
        if str(header.pack_id) in imported:
            log.info("return pack %s (%s) imported before: nothing to do", path, header.pack_id)
            return Received(already=True)
        if exchange_private is None:
            raise return_pack.ReturnPackError("other_device", "this device has no X25519 key")
        header, content = return_pack.open_pack(
            Path(path), network_id=network.id, network_key=network.public_key,
            device_id=account.device_id, exchange_private=exchange_private)
    except return_pack.ReturnPackError as exc:
        log.info("return pack %s refused: %s", path, exc)
        code = "other_device" if exc.code == "not_for_this_device" else exc.code
        raise UserError(f"return_{code}", exc.detail) from exc
    # Which of its answers are news here (a sync may have answered some already).
    pending = {str(r.op_id) for r in content.results} & set(
        str(op.op_id) for op in StoreReplica(store).pending_ops(outbox_file.MAX_OPS))
    answer = p.SyncResponse(results=content.results, changes=content.changes,
                            cursor=content.cursor, more=False,
                            server_time=content.server_time, server_id=content.server_id)
    StoreReplica(store).apply([], answer, carried_id=str(header.pack_id))
    result = Received(changes=len(content.changes))
    for r in content.results:
        if str(r.op_id) in pending:
            if r.status == "rejected":
                result.rejected += 1
            else:
                result.delivered += 1
    log.info("return pack %s applied: %d delivered, %d rejected, %d change(s), cursor %d",
             header.pack_id, result.delivered, result.rejected, result.changes, content.cursor)
    return result
