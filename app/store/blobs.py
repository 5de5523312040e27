"""The profile's local copy of files (blobs), named by SHA-256, beside its database. No Qt.

    <profile>/blobs/ab/cd/<sha256>        a file, complete and verified
    <profile>/blobs/ab/cd/<sha256>.part   a download in progress (sync.blobs.download)
    <profile>/blobs/tmp/                  files being copied in by put_file

A file appears under its name only by os.replace of a complete, fsync'd copy, so a name
that exists always holds the whole file. sync.blobs.download(..., dest=cache.path_for(sha))
fills the cache from the server, resuming its `.part`.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from sync.protocol import is_sha256

CHUNK = 1024 * 1024


class BlobCache:
    def __init__(self, profile_dir: Path):
        self.root = Path(profile_dir) / "blobs"

    def path_for(self, sha256: str) -> Path:
        """Where the file `sha256` lives (whether or not it is there yet)."""
        if not is_sha256(sha256):
            raise ValueError(f"not a lowercase hex SHA-256: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def has(self, sha256: str, size: int | None = None) -> bool:
        """True if the file is here (and, when `size` is given, has exactly that size).

        Cheap: a stat, no hashing. Files only get here verified; `verify` re-reads one.
        """
        try:
            st = self.path_for(sha256).stat()
        except FileNotFoundError:
            return False
        return size is None or st.st_size == size

    def verify(self, sha256: str) -> bool:
        """Re-hash the file; a damaged copy (a bad disk sector, a stray editor) is removed."""
        path = self.path_for(sha256)
        try:
            digest = hashlib.sha256()
            with open(path, "rb") as f:
                while chunk := f.read(CHUNK):
                    digest.update(chunk)
        except FileNotFoundError:
            return False
        if digest.hexdigest() != sha256:
            path.unlink(missing_ok=True)
            return False
        return True

    def put_file(self, source: Path) -> str:
        """Copy a local file (an attachment the user picked) into the cache; return its sha."""
        tmp_dir = self.root / "tmp"
        tmp_dir.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        fd, tmp_name = tempfile.mkstemp(dir=tmp_dir, suffix=".copy")
        tmp = Path(tmp_name)
        try:
            with open(source, "rb") as src, os.fdopen(fd, "wb") as dst:
                while chunk := src.read(CHUNK):
                    digest.update(chunk)
                    dst.write(chunk)
                dst.flush()
                os.fsync(dst.fileno())
            sha = digest.hexdigest()
            final = self.path_for(sha)
            if final.exists():
                tmp.unlink()
            else:
                final.parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp, final)
            return sha
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def used_bytes(self) -> int:
        """Disk space the cache takes, partial downloads included."""
        if not self.root.exists():
            return 0
        return sum(entry.stat().st_size for entry in self.root.rglob("*") if entry.is_file())

    def remove(self, sha256: str) -> bool:
        """Delete the file and any partial download of it; True if there was a file."""
        path = self.path_for(sha256)
        path.with_name(path.name + ".part").unlink(missing_ok=True)
        try:
            path.unlink()
        except FileNotFoundError:
            return False
        return True
