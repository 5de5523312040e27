"""A return pack: what a participant's sync would have brought, sealed to their device, signed by the network.

After a facilitator delivers a colleague's outbox (sync/outbox_file.py), the server writes
for that colleague's device the answer its own sync would get: the stored results of the
ops it carried, and the changes after the cursor the outbox said (feedback, grades,
replies, what is new in its scopes). One ZIP, carried back on the facilitator's drive:

    regreso.json   {format, network_id, pack_id, device_id, username, created_at,
                    ephemeral_key, nonce, sealed_sha256, sealed_size}
    regreso.sig    Ed25519 signature of regreso.json's bytes by the network's key (hex)
    regreso.bin    the answer, gzipped JSON, sealed to the device's X25519 key
    LEEME.txt      what it is and who takes it where, in Spanish

Sealing: an ephemeral X25519 key agrees a secret with the device's key; HKDF-SHA256 makes
a 256-bit key of it; AES-256-GCM encrypts, with the network, the pack and the device as
associated data. Only the device's private key opens it; the carrier, and any other
participant, hold a signed file they cannot read. The signature covers the header, which
names the ciphertext's hash: nobody can alter or forge a pack in the network's name.
"""
from __future__ import annotations

import gzip
import io
import hashlib
import json
import os
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Literal
from uuid import UUID

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from sync.protocol import Change, OpResult

FORMAT_VERSION = 1
HEADER = "regreso.json"
SIGNATURE = "regreso.sig"
SEALED = "regreso.bin"
README = "LEEME.txt"
MAX_SEALED_BYTES = 256 * 1024 * 1024
MAX_CONTENT_BYTES = 1024 * 1024 * 1024     # a gzip bomb stops here
_INFO = b"minka-return-pack-v1"


class ReturnPackError(ValueError):
    """Not a return pack this device can take; `code` names why."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ReturnHeader(_Strict):
    format: Literal[1]
    network_id: UUID
    pack_id: UUID
    device_id: UUID
    username: str
    created_at: datetime
    ephemeral_key: str = Field(pattern=r"^[0-9a-f]{64}$")
    nonce: str = Field(pattern=r"^[0-9a-f]{24}$")
    sealed_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    sealed_size: int = Field(ge=0, le=MAX_SEALED_BYTES)


class ReturnContent(_Strict):
    """What is sealed: exactly a sync's answer (the client applies it as one)."""
    results: list[OpResult]
    changes: list[Change]
    start_cursor: int = Field(ge=0)
    cursor: int = Field(ge=0)
    server_time: datetime
    server_id: str | None = None


def canonical(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def _aad(network_id, pack_id, device_id) -> bytes:
    return f"{_INFO.decode()}|{network_id}|{pack_id}|{device_id}".encode("ascii")


def _key(shared: bytes, aad: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO + b"|" + aad
                ).derive(shared)


def _raw_public(key) -> str:
    return key.public_bytes(serialization.Encoding.Raw,
                            serialization.PublicFormat.Raw).hex()


def seal(plaintext: bytes, recipient_hex: str, aad: bytes) -> tuple[str, str, bytes]:
    """(ephemeral public key, nonce, ciphertext) only `recipient_hex`'s private key opens."""
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(bytes.fromhex(recipient_hex)))
    nonce = os.urandom(12)
    sealed = AESGCM(_key(shared, aad)).encrypt(nonce, plaintext, aad)
    return _raw_public(ephemeral.public_key()), nonce.hex(), sealed


def unseal(sealed: bytes, private_hex: str, ephemeral_hex: str, nonce_hex: str,
           aad: bytes) -> bytes:
    private = X25519PrivateKey.from_private_bytes(bytes.fromhex(private_hex))
    shared = private.exchange(X25519PublicKey.from_public_bytes(bytes.fromhex(ephemeral_hex)))
    try:
        return AESGCM(_key(shared, aad)).decrypt(bytes.fromhex(nonce_hex), sealed, aad)
    except InvalidTag as exc:
        raise ReturnPackError("not_for_this_device", "cannot open: sealed to another key "
                                                     "or altered") from exc


def readme(header: ReturnHeader) -> str:
    return "\r\n".join([
        "PAQUETE DE REGRESO DE MINKA",
        "",
        f"Este archivo trae a {header.username} las respuestas del servidor a sus envíos "
        f"(tareas recibidas, comentarios, notas y respuestas), preparado el "
        f"{header.created_at.strftime('%d/%m/%Y')}.",
        "Ábralo en la computadora de esa persona: en Minka, menú «Recibir paquete de "
        "regreso…». Está cifrado para esa computadora: nadie más puede leerlo, y si se "
        "cambia no se acepta. Recibirlo dos veces no cambia nada.",
        "",
    ])


def write(path: Path, *, network_id: str, pack_id: str, device_id: str, username: str,
          created_at: datetime, exchange_key: str, content: ReturnContent, sign) -> ReturnHeader:
    """Seal `content` to `exchange_key`, sign the header with `sign(bytes) -> bytes`, and
    write the ZIP at `path` (through `<path>.part`)."""
    plaintext = gzip.compress(canonical(content.model_dump(mode="json")), 6)
    aad = _aad(network_id, pack_id, device_id)
    ephemeral, nonce, sealed = seal(plaintext, exchange_key, aad)
    header = ReturnHeader(format=FORMAT_VERSION, network_id=network_id, pack_id=pack_id,
                          device_id=device_id, username=username, created_at=created_at,
                          ephemeral_key=ephemeral, nonce=nonce,
                          sealed_sha256=hashlib.sha256(sealed).hexdigest(),
                          sealed_size=len(sealed))
    body = canonical(header.model_dump(mode="json"))
    part = path.with_name(path.name + ".part")
    with zipfile.ZipFile(part, "w", zipfile.ZIP_STORED) as archive:  # sealed: no gain
        archive.writestr(HEADER, body)
        archive.writestr(SIGNATURE, sign(body).hex())
        archive.writestr(README, readme(header).encode("utf-8-sig"))
        archive.writestr(SEALED, sealed)
    part.replace(path)
    return header


def read_header(path: Path) -> tuple[ReturnHeader, bytes, bytes]:
    """The header, its bytes and its signature, before anyone checks them."""
    try:
        with zipfile.ZipFile(path) as archive:
            body = archive.read(HEADER)
            signature = bytes.fromhex(archive.read(SIGNATURE).decode("ascii").strip())
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, UnicodeDecodeError) as exc:
        raise ReturnPackError("damaged", f"not a readable return pack: {exc}") from exc
    try:
        raw = json.loads(body)
    except ValueError as exc:
        raise ReturnPackError("damaged", "header is not JSON") from exc
    if isinstance(raw, dict) and raw.get("format") != FORMAT_VERSION:
        raise ReturnPackError("format", f"format {raw.get('format')!r}")
    try:
        return ReturnHeader.model_validate(raw), body, signature
    except ValidationError as exc:
        raise ReturnPackError("damaged", f"invalid header: {exc.errors()[0]['msg']}") from exc


def open_pack(path: Path, *, network_id: str, network_key: str, device_id: str,
              exchange_private: str) -> tuple[ReturnHeader, ReturnContent]:
    """Check and open a return pack for this device. Raises ReturnPackError: damaged,
    format, other_network, bad_signature, other_device, not_for_this_device."""
    header, body, signature = read_header(path)
    if str(header.network_id) != str(network_id):
        raise ReturnPackError("other_network", f"network {header.network_id}")
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(network_key)).verify(signature, body)
    except (InvalidSignature, ValueError) as exc:
        raise ReturnPackError("bad_signature", "not signed by the network's key") from exc
    if str(header.device_id) != str(device_id):
        raise ReturnPackError("other_device", f"for device {header.device_id} "
                                              f"({header.username})")
    try:
        with zipfile.ZipFile(path) as archive:
            if archive.getinfo(SEALED).file_size != header.sealed_size:
                raise ReturnPackError("damaged", "sealed part has another size")
            sealed = archive.read(SEALED)
    except (OSError, KeyError, zipfile.BadZipFile) as exc:
        raise ReturnPackError("damaged", f"sealed part missing: {exc}") from exc
    if hashlib.sha256(sealed).hexdigest() != header.sealed_sha256:
        raise ReturnPackError("damaged", "sealed part does not match its hash")
    plaintext = unseal(sealed, exchange_private, header.ephemeral_key, header.nonce,
                       _aad(header.network_id, header.pack_id, header.device_id))
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(plaintext)) as unzipped:
            data = unzipped.read(MAX_CONTENT_BYTES + 1)
        if len(data) > MAX_CONTENT_BYTES:
            raise ReturnPackError("damaged", "content too large")
        return header, ReturnContent.model_validate_json(data)
    except (OSError, EOFError, ValidationError) as exc:
        raise ReturnPackError("damaged", f"invalid content: {exc}") from exc
