"""Importing a content pack from a drive: find it, check it is the network's, apply it whole. No Qt.

Trust (DESIGN.md): a pack is accepted only if its manifest is signed with the network's
key, which this profile learnt at sign-in (meta `network_key`) or which the bundle carries
(resources/network.json, for a first run with no network). The manifest holds the hash
and size of every page and file; each is checked as it is read, before it is used.

Whole or nothing: the files are verified into a staging folder beside the profile's file
cache (the same disk, so moving them in is a rename and the pack's size is needed once,
not twice), the records are applied in one transaction, and only then are the files moved
in. A cancel, a bad byte or a crash before the commit leaves the store as it was; the
staging folder is emptied at the next import.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import logging
import os
import shutil
import sys
import threading
import zlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Callable

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pydantic import ValidationError

from app.services import files
from app.services.errors import UserError
from app.services.network_identity import NETWORK_ID_KEY, NETWORK_KEY_KEY
from app.store import meta
from app.store.db import Store
from app.store.replica import CLAIMS_KEY, apply_pack_page
from sync import packs as fmt
from sync import protocol as p
from sync.client import Cancelled

log = logging.getLogger(__name__)

CHUNK = 1 << 20
_STAGING = "pack-import"


class PackRefused(UserError):
    """The pack cannot be imported; the store is unchanged. `code` names why."""


# ---- which network this profile trusts ---------------------------------------------------

@dataclass(frozen=True)
class TrustedNetwork:
    id: str
    public_key: str   # hex


def bundled_network() -> TrustedNetwork | None:
    """The network a bundle was built for (build_scripts/bundle.py --network), if any."""
    try:
        text = resources.files("resources").joinpath("network.json").read_text("utf-8")
        data = json.loads(text)
        identity = p.NetworkIdentity(id=data["id"], public_key=data["public_key"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, ValidationError) as exc:
        log.warning("the bundled network identity is unreadable: %s", exc)
        return None
    return TrustedNetwork(str(identity.id), identity.public_key)


def trusted_network(store: Store | None) -> TrustedNetwork | None:
    """The profile's network (from its sign-in), else the bundle's."""
    if store is not None:
        with store.session() as s:
            known = meta.get(s, NETWORK_ID_KEY), meta.get(s, NETWORK_KEY_KEY)
        if all(known):
            return TrustedNetwork(*known)
    return bundled_network()


# ---- finding packs on drives --------------------------------------------------------------

DRIVE_REMOVABLE = 2
LINUX_MOUNT_ROOTS = ("/media", "/run/media", "/mnt")


def removable_drives_windows(kernel32=None) -> list[Path]:
    """Roots of removable drives ("E:\\"), asked of Windows itself (GetLogicalDrives and
    GetDriveTypeW), not of `wmic`, which Windows 11 no longer has. `kernel32` is there for
    tests, which run where there is no Windows."""
    if kernel32 is None:
        import ctypes
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    mask = kernel32.GetLogicalDrives()
    found = []
    for index in range(26):
        if mask & (1 << index):
            root = f"{chr(ord('A') + index)}:\\"
            if kernel32.GetDriveTypeW(root) == DRIVE_REMOVABLE:
                found.append(Path(root))
    return found


def removable_drives_linux(roots=LINUX_MOUNT_ROOTS) -> list[Path]:
    """Mounted drives: folders under /media (and /media/<user>), /run/media/<user>, /mnt."""
    found = []
    for root in map(Path, roots):
        try:
            children = [c for c in root.iterdir() if c.is_dir()]
        except OSError:
            continue
        for child in children:
            if os.path.ismount(child):
                found.append(child)
                continue
            try:  # /media/<user>/<drive>, /run/media/<user>/<drive>
                found.extend(g for g in child.iterdir() if g.is_dir() and os.path.ismount(g))
            except OSError:
                pass
    return found


def removable_drives() -> list[Path]:
    if sys.platform == "win32":
        return removable_drives_windows()
    return removable_drives_linux()


def is_pack(folder: Path) -> bool:
    return (folder / fmt.MANIFEST).is_file()


def find_packs(places: list[Path] | None = None) -> list[Path]:
    """Pack folders at the top of each drive (or the given folders), or the folders
    themselves if they are packs. Never deeper: a drive's whole tree can take minutes."""
    found = []
    for place in removable_drives() if places is None else places:
        place = Path(place)
        if is_pack(place):
            found.append(place)
            continue
        try:
            found.extend(sorted(c for c in place.iterdir() if c.is_dir() and is_pack(c)))
        except OSError as exc:
            log.info("cannot look for packs in %s: %s", place, exc)
    return found


# ---- reading and checking a pack ----------------------------------------------------------

@dataclass(frozen=True)
class PackInfo:
    folder: Path
    manifest: fmt.Manifest

    @property
    def course_titles(self) -> list[str]:
        return [c.title for c in self.manifest.courses]


def read_pack(folder: Path, trusted: TrustedNetwork | None) -> PackInfo:
    """The pack's manifest, checked: format, network, signature. Raises PackRefused."""
    folder = Path(folder)
    try:
        with open(folder / fmt.MANIFEST, "rb") as f:
            data = f.read(fmt.MAX_MANIFEST_BYTES + 1)
        signature_text = (folder / fmt.SIGNATURE).read_text("ascii").strip()
    except FileNotFoundError as exc:
        log.info("pack %s refused: %s missing", folder, exc.filename)
        raise PackRefused("pack_incomplete", str(exc)) from exc
    except (OSError, UnicodeDecodeError) as exc:
        log.info("pack %s refused: unreadable: %s", folder, exc)
        raise PackRefused("pack_unreadable", str(exc)) from exc
    if len(data) > fmt.MAX_MANIFEST_BYTES:
        raise PackRefused("pack_damaged", "manifest too large")
    try:
        raw = json.loads(data)
        version = raw.get("format") if isinstance(raw, dict) else None
    except ValueError:
        raw, version = None, None
    if raw is None:
        log.info("pack %s refused: manifest is not JSON", folder)
        raise PackRefused("pack_damaged", "manifest is not JSON")
    if version != fmt.FORMAT_VERSION:
        log.info("pack %s refused: format %r, this Minka reads %d", folder, version,
                 fmt.FORMAT_VERSION)
        raise PackRefused("pack_format", str(version))
    if trusted is None:
        log.info("pack %s refused: this profile knows no network key", folder)
        raise PackRefused("pack_no_network_key")
    if str(raw.get("network_id")) != trusted.id:
        log.info("pack %s refused: network %s, this profile's is %s", folder,
                 raw.get("network_id"), trusted.id)
        raise PackRefused("pack_other_network", str(raw.get("network_id")))
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(trusted.public_key))
        key.verify(bytes.fromhex(signature_text), data)
    except (InvalidSignature, ValueError) as exc:
        log.info("pack %s refused: signature does not verify with the network key (%s)",
                 folder, type(exc).__name__)
        raise PackRefused("pack_bad_signature") from exc
    try:
        manifest = fmt.Manifest.model_validate(raw)
    except ValidationError as exc:  # signed, yet not what this version expects
        log.info("pack %s refused: manifest invalid: %s", folder, exc)
        raise PackRefused("pack_damaged", "manifest invalid") from exc
    return PackInfo(folder, manifest)


@dataclass
class ImportResult:
    records: int = 0
    files: int = 0
    bytes: int = 0


def _staging(store: Store) -> Path:
    return files.cache(store).root / "tmp" / _STAGING


def _read_checked(path: Path, sha256: str, size: int, cancel, on_bytes) -> bytes:
    """A page's bytes, refused unless exactly those the manifest names."""
    try:
        with open(path, "rb") as f:
            data = f.read(size + 1)
    except FileNotFoundError as exc:
        raise PackRefused("pack_incomplete", path.name) from exc
    if len(data) != size or hashlib.sha256(data).hexdigest() != sha256:
        log.info("pack page %s refused: %d bytes (manifest %d) or hash differs", path,
                 len(data), size)
        raise PackRefused("pack_damaged", path.name)
    if cancel is not None and cancel.is_set():
        raise Cancelled()
    on_bytes(len(data))
    return data


def _stage_file(source: Path, target: Path, ref: fmt.PackFile, cancel, on_bytes) -> None:
    """Copy one file while hashing it; refused unless it is the file the manifest names."""
    digest = hashlib.sha256()
    size = 0
    try:
        with open(source, "rb") as src, open(target, "wb") as dst:
            while chunk := src.read(CHUNK):
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                digest.update(chunk)
                dst.write(chunk)
                size += len(chunk)
                on_bytes(len(chunk))
                if size > ref.size:
                    break
            dst.flush()
            os.fsync(dst.fileno())
    except FileNotFoundError as exc:
        raise PackRefused("pack_incomplete", source.name) from exc
    if size != ref.size or digest.hexdigest() != ref.sha256:
        log.info("pack file %s refused: %d bytes (manifest %d) or hash differs", source,
                 size, ref.size)
        raise PackRefused("pack_damaged", source.name)


def import_pack(store: Store, folder: Path,
                progress: Callable[[int, int], None] | None = None,
                cancel: threading.Event | None = None) -> ImportResult:
    """Check and apply the pack in `folder`; raises PackRefused, Cancelled or OSError,
    and then the store is as it was. `progress(done, total)` in bytes read."""
    info = read_pack(folder, trusted_network(store))
    manifest = info.manifest
    total = manifest.total_bytes
    done = 0

    def on_bytes(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None:
            progress(done, total)

    cache = files.cache(store)
    staging = _staging(store)
    shutil.rmtree(staging, ignore_errors=True)   # what a crashed import left
    staging.mkdir(parents=True)
    result = ImportResult(bytes=total)
    try:
        wanted = [f for f in manifest.files if not cache.has(f.sha256, f.size)]
        skipped = sum(f.size for f in manifest.files) - sum(f.size for f in wanted)
        on_bytes(skipped)
        for ref in wanted:
            _stage_file(Path(folder) / fmt.FILES / ref.sha256, staging / ref.sha256, ref,
                        cancel, on_bytes)
        with store.session() as session, session.begin():
            for page in manifest.pages:
                data = _read_checked(Path(folder) / fmt.PAGES / page.name, page.sha256,
                                     page.size, cancel, on_bytes)
                try:
                    body = json.loads(gzip.decompress(data))
                    changes = [p.Change.model_validate(c) for c in body["changes"]]
                except (ValueError, KeyError, TypeError, EOFError, zlib.error,
                        ValidationError) as exc:
                    # Signed and hashed, yet unreadable: written by a broken exporter.
                    log.warning("pack page %s is unreadable: %s", page.name, exc)
                    raise PackRefused("pack_damaged", page.name) from exc
                apply_pack_page(session, changes)
                result.records += len(changes)
            claims = [p.PackClaim.model_validate(c)
                      for c in json.loads(meta.get(session, CLAIMS_KEY, "[]"))]
            for claim in manifest.claims:
                if claim not in claims:
                    claims.append(claim)
            meta.put(session, CLAIMS_KEY, json.dumps(
                [c.model_dump(mode="json") for c in claims[-p.MAX_PACK_CLAIMS:]]))
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            # The files go in before the commit: if the commit fails they are verified
            # files nobody names yet, which a cache may hold; the records never name a
            # file that is not there.
            for ref in wanted:
                final = cache.path_for(ref.sha256)
                final.parent.mkdir(parents=True, exist_ok=True)
                os.replace(staging / ref.sha256, final)
            result.files = len(wanted)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    log.info("pack %s imported: %d records, %d new files", folder, result.records,
             result.files)
    return result
