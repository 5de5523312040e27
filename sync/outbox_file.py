"""An outbox carried on a drive: a participant's pending ops and their files, signed by the device.

One ZIP file, so that it copies as one thing (docs/packs.md, "The outbox on a drive"):

    envios.json      {format, device_id, user_id, username, created_at, ops, files}
    envios.sig       Ed25519 signature of envios.json's bytes by the device's key (hex)
    files/<sha256>   the files the ops name (attachments, proposed documents)
    LEEME.txt        what it is and who takes it where, in Spanish

The server applies it as if the device had synced (the same ops, the same idempotent
apply: an op already applied returns its stored result and changes nothing).
"""
from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Literal
from uuid import UUID

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from sync.protocol import MAX_PACK_CLAIMS, Op, PackClaim, Sha256

FORMAT_VERSION = 1
BODY = "envios.json"
SIGNATURE = "envios.sig"
FILES = "files/"
README = "LEEME.txt"
MAX_BODY_BYTES = 64 * 1024 * 1024
MAX_OPS = 10_000


class OutboxFileError(ValueError):
    """The file is not a valid outbox of this device; `code` names why."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CarriedFile(_Strict):
    sha256: Sha256
    size: int = Field(ge=0)
    name: str = ""


class CarriedEnrolment(_Strict):
    """A device that never went online asks to be bound to its account: its keys and the
    proof made with the enrolment code (sync/enrolment.py). Never the code itself."""
    public_key: str = Field(pattern=r"^[0-9a-f]{64}$")      # Ed25519: signs this file
    exchange_key: str = Field(pattern=r"^[0-9a-f]{64}$")    # X25519: return packs to it
    proof: str = Field(pattern=r"^[0-9a-f]{64}$")


class CarriedOutbox(_Strict):
    format: Literal[1]
    device_id: UUID
    user_id: UUID
    username: str
    created_at: datetime
    ops: list[Op] = Field(max_length=MAX_OPS)
    files: list[CarriedFile]
    enrolment: CarriedEnrolment | None = None
    # Where the device's copy stands, so that what comes back (a return pack) brings what
    # is new since, as its next sync would (the claims of the packs it imported).
    cursor: int | None = Field(default=None, ge=0)
    have: list[PackClaim] = Field(default_factory=list, max_length=MAX_PACK_CLAIMS)


def canonical(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def readme(outbox: CarriedOutbox) -> str:
    return "\r\n".join([
        "ENVÍOS DE MINKA LLEVADOS EN USB",
        "",
        f"Este archivo lleva {len(outbox.ops)} envíos de {outbox.username} (tareas, "
        f"mensajes, avances), preparados el {outbox.created_at.strftime('%d/%m/%Y')}.",
        "Entréguelo a su formador o formadora, o en el punto donde hay internet: allí se "
        "envían al servidor. Está firmado por la computadora de quien lo preparó; si se "
        "cambia, no se acepta. Entregarlo dos veces no duplica nada.",
        "",
    ])


def write(path: Path, outbox: CarriedOutbox, sign, file_path) -> None:
    """Write the ZIP at `path` (through `<path>.part`). `sign(bytes) -> bytes`;
    `file_path(sha256) -> Path` finds each file's bytes."""
    body = canonical(outbox.model_dump(mode="json"))
    part = path.with_name(path.name + ".part")
    with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(BODY, body)
        archive.writestr(SIGNATURE, sign(body).hex())
        archive.writestr(README, readme(outbox).encode("utf-8-sig"))
        for ref in outbox.files:
            archive.write(file_path(ref.sha256), FILES + ref.sha256)
    part.replace(path)


def read_unverified(path: Path) -> tuple[CarriedOutbox, bytes, bytes]:
    """The outbox, its body's bytes and the signature, before anyone checks them."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(BODY)
            if info.file_size > MAX_BODY_BYTES:
                raise OutboxFileError("damaged", "body too large")
            body = archive.read(BODY)
            signature = bytes.fromhex(archive.read(SIGNATURE).decode("ascii").strip())
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, UnicodeDecodeError) as exc:
        if isinstance(exc, OutboxFileError):
            raise
        raise OutboxFileError("damaged", f"not a readable outbox file: {exc}") from exc
    try:
        outbox = CarriedOutbox.model_validate_json(body)
    except ValidationError as exc:
        raise OutboxFileError("damaged", f"invalid body: {exc.errors()[0]['msg']}") from exc
    for op in outbox.ops:
        try:
            op.parsed_payload()
        except ValidationError as exc:
            raise OutboxFileError("damaged", f"op {op.op_id}: invalid payload") from exc
    return outbox, body, signature


def verify(body: bytes, signature: bytes, public_key_hex: str) -> None:
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex)).verify(signature,
                                                                                body)
    except (InvalidSignature, ValueError) as exc:
        raise OutboxFileError("bad_signature", "not signed by this device's key") from exc


def extract_file(path: Path, ref: CarriedFile, target: Path) -> None:
    """Copy one carried file out of the ZIP, refused unless it is the file named."""
    digest = hashlib.sha256()
    size = 0
    try:
        with zipfile.ZipFile(path) as archive, archive.open(FILES + ref.sha256) as src, \
                open(target, "wb") as dst:
            while chunk := src.read(1 << 20):
                digest.update(chunk)
                dst.write(chunk)
                size += len(chunk)
    except (KeyError, zipfile.BadZipFile, OSError) as exc:
        raise OutboxFileError("damaged", f"file {ref.sha256} missing: {exc}") from exc
    if size != ref.size or digest.hexdigest() != ref.sha256:
        raise OutboxFileError("damaged", f"file {ref.sha256} does not match its hash")
