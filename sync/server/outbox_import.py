"""Applying an outbox carried on a drive: check the device's signature, then apply as a sync would.

Refused whole, before anything is applied: a file not signed by a known device's key, one
altered after signing, one from a revoked device, and one whose ops claim another account
than the device's. Applied with the sync's own `apply_ops`, so an op already applied (the
file imported twice, or the participant also synced) changes nothing and keeps its result.
"""
from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from sync import outbox_file
from sync.protocol import OpResult
from sync.server import enrolment
from sync.server.blobs import BlobStore
from sync.server.exchange import Caller, apply_ops
from sync.server.models import AppliedOp, Device, User

log = logging.getLogger(__name__)


@dataclass
class DeliveryReport:
    username: str
    device_id: str
    new: int = 0              # ops applied or rejected for the first time
    already: int = 0          # ops that had arrived before (idempotent replays)
    rejected: list[OpResult] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.username} (device {self.device_id}): {self.new} new op(s), "
                f"{self.already} already delivered, {len(self.rejected)} rejected")


def _enrol(factory: sessionmaker[Session], outbox: outbox_file.CarriedOutbox, body: bytes,
           signature: bytes) -> None:
    """A device that never went online: signed by the key it names, and that key bound to
    the account by the enrolment code's proof; the code is spent in the same transaction
    that keeps the device. Raises OutboxFileError `enrolment_<why>`."""
    claim = outbox.enrolment
    # The signature first: a file altered on the way spends nobody's code.
    outbox_file.verify(body, signature, claim.public_key)
    try:
        with factory() as session, session.begin():
            enrolment.bind_device(
                session, user_id=str(outbox.user_id), username=outbox.username,
                device_id=str(outbox.device_id), public_key=claim.public_key,
                exchange_key=claim.exchange_key, proof=claim.proof)
    except enrolment.EnrolmentRefused as exc:
        log.warning("outbox of %s refused: enrolment %s (%s)", outbox.username, exc.code,
                    exc.detail)
        raise outbox_file.OutboxFileError(f"enrolment_{exc.code}", exc.detail) from exc


def deliver(factory: sessionmaker[Session], blobs: BlobStore, path: Path) -> DeliveryReport:
    """Check and apply the outbox file at `path`. Raises outbox_file.OutboxFileError."""
    outbox, body, signature = outbox_file.read_unverified(Path(path))
    if outbox.enrolment is not None:
        with factory() as session:
            known = session.get(Device, str(outbox.device_id)) is not None
        if not known:   # first the binding, in its own transaction
            _enrol(factory, outbox, body, signature)
    with factory() as session:
        device = session.get(Device, str(outbox.device_id))
        if device is None or not device.public_key:
            raise outbox_file.OutboxFileError("unknown_device",
                                              f"device {outbox.device_id} has no key here")
        outbox_file.verify(body, signature, device.public_key)
        if device.revoked_at is not None:
            raise outbox_file.OutboxFileError("revoked", f"device {device.id} is revoked")
        if str(outbox.user_id) != device.user_id:
            raise outbox_file.OutboxFileError(
                "other_account", f"ops claim account {outbox.user_id}, the device is "
                                 f"{device.user_id}'s")
        user = session.get(User, device.user_id)
        if user is None or user.deleted:
            raise outbox_file.OutboxFileError("other_account", "the account is gone")
        caller = Caller(user_id=user.id, role=user.role, device_id=device.id)
        seen = {op_id for (op_id,) in session.query(AppliedOp.op_id).filter(
            AppliedOp.op_id.in_([str(op.op_id) for op in outbox.ops]))}
    # The files first, as the device would upload them, recorded as sent by this account.
    # Staged where the store stages (beside its files; any temporary folder for S3).
    staging = getattr(blobs, "root", None)
    if staging is not None:
        Path(staging).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=staging) as tmp:
        for ref in outbox.files:
            target = Path(tmp) / ref.sha256
            outbox_file.extract_file(Path(path), ref, target)
            with factory() as session, session.begin():
                blobs.add_file(session, target, uploaded_by=caller.user_id)
    results = apply_ops(factory, caller, list(outbox.ops))
    report = DeliveryReport(user.username, device.id)
    for op, result in zip(outbox.ops, results):
        if str(op.op_id) in seen:
            report.already += 1
        else:
            report.new += 1
            if result.status == "rejected":
                report.rejected.append(result)
    log.info("outbox of %s delivered from a drive: %s", user.username, report.summary())
    return report
