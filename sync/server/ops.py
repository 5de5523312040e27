"""Operations on a whole server: its identity, backup and restore, collecting unused files.

A backup is a folder:

    manifest.json        what it holds (format, when, the database kind, the blob store)
    database.sqlite      a SQLite database, copied with SQLite's online backup API
    database.pgdump      or a PostgreSQL database, by `pg_dump --format=custom`
    blobs/ab/cd/<sha>    the finished files of a directory store (not partial uploads)

The database is copied first and the files after: files are immutable and appear before
the rows that name them, so every file the copied database names is in the copy (a file
uploaded meanwhile is copied too, harmlessly). With an S3 store the files stay in the
bucket: back it up with the storage's own means (versioning, replication, `aws s3 sync`);
the manifest says which bucket.

`restore` writes a new server identity: every client then sees an id it does not know,
pulls again from 0 and re-sends what it had sent (app/store/replica.py), so a restore of
an older backup loses nothing a client still holds and duplicates nothing (ops are
idempotent by op_id).
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
import subprocess
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from sync import protocol as p
from sync.server.models import Blob, BlobRef, BlobUpload, ServerIdentity

log = logging.getLogger(__name__)

FORMAT = 1


class OpsError(Exception):
    """A backup or restore that cannot be done, said for the administrator."""


# ---- identity ----------------------------------------------------------------------------

def read_server_id(sessions: sessionmaker[Session]) -> str:
    with sessions() as session:
        row = session.get(ServerIdentity, 1)
        return row.server_id if row else ""


def new_server_id(session: Session) -> str:
    """A fresh identity (after a restore: the history clients knew is not this one)."""
    server_id = str(uuid.uuid4())
    row = session.get(ServerIdentity, 1)
    if row is None:
        session.add(ServerIdentity(id=1, server_id=server_id, since=datetime.now(timezone.utc)))
    else:
        row.server_id, row.since = server_id, datetime.now(timezone.utc)
    return server_id


# ---- backup and restore ------------------------------------------------------------------

def sqlite_path(url: str) -> Path | None:
    if url.startswith("sqlite") and "///" in url:
        path = url.split("///", 1)[1].split("?", 1)[0]
        if path and path != ":memory:":
            return Path(path)
    return None


def _pg_bin(name: str) -> str:
    """pg_dump / pg_restore from PATH, else from the usual Debian place."""
    found = shutil.which(name)
    if found:
        return found
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / name).exists():
            return str(folder / name)
    raise OpsError(f"{name} is not installed (apt install postgresql-client)")


def _libpq_url(url: str) -> str:
    """postgresql+psycopg://... → postgresql://..., the form pg_dump understands."""
    scheme, rest = url.split("://", 1)
    return "postgresql://" + rest


@dataclass
class BackupReport:
    folder: Path
    database: str
    files: int = 0
    file_bytes: int = 0
    notes: list[str] = field(default_factory=list)


def backup(db_url: str, store, out: Path) -> BackupReport:
    """Copy the database and then the files into the new folder `out`."""
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        raise OpsError(f"{out} exists and is not empty: choose a new folder")
    out.mkdir(parents=True, exist_ok=True)
    source = sqlite_path(db_url)
    if source is not None:
        if not source.exists():
            raise OpsError(f"no database at {source}")
        kind, name = "sqlite", "database.sqlite"
        # The online backup API copies a consistent snapshot while the server runs.
        src = sqlite3.connect(source)
        dest = sqlite3.connect(out / name)
        try:
            with dest:
                src.backup(dest)
        finally:
            src.close()
            dest.close()
    elif db_url.startswith("postgresql"):
        kind, name = "postgresql", "database.pgdump"
        done = subprocess.run([_pg_bin("pg_dump"), "--format=custom", "--no-owner",
                               "--file", str(out / name), _libpq_url(db_url)],
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise OpsError(f"pg_dump failed: {done.stderr.strip()[-500:]}")
    else:
        raise OpsError(f"cannot back up a database of this kind: {db_url.split(':', 1)[0]}")
    report = BackupReport(out, kind)
    if store.kind == "directory":
        for sha256, _ in store.stored_blobs():
            target = out / "blobs" / sha256[:2] / sha256[2:4] / sha256
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(store.path_for(sha256), target)
            report.files += 1
            report.file_bytes += target.stat().st_size
    else:
        report.notes.append(f"files stay in {store.describe()}: back the bucket up with the "
                            f"storage's own means (versioning, replication)")
    (out / "manifest.json").write_text(json.dumps({
        "format": FORMAT, "made_at": datetime.now(timezone.utc).isoformat(),
        "database": kind, "file": name, "blob_store": store.kind,
        "blob_location": store.describe(), "files": report.files,
        "file_bytes": report.file_bytes}, indent=2))
    log.info("backup of %s written to %s: %d file(s)", kind, out, report.files)
    return report


def restore(db_url: str, store, folder: Path) -> tuple[str, int]:
    """Put a backup back (the server must be stopped); returns (new identity, files).

    The database is replaced whole; files are added to the store (files already there are
    kept: content-addressed, they cannot differ). Then migrations bring an older backup up
    to this version, and the server gets a new identity.
    """
    from sync.server import db
    folder = Path(folder)
    try:
        manifest = json.loads((folder / "manifest.json").read_text())
    except (OSError, ValueError) as exc:
        raise OpsError(f"{folder} is not a Minka backup (manifest.json: {exc})") from None
    if manifest.get("format") != FORMAT:
        raise OpsError(f"backup format {manifest.get('format')!r} is not known here")
    source = folder / manifest["file"]
    target = sqlite_path(db_url)
    if manifest["database"] == "sqlite":
        if target is None:
            raise OpsError("this backup holds a SQLite database; restore it to a SQLite "
                           "--db (moving to PostgreSQL is another job)")
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = target.with_name(target.name + ".restoring")
        shutil.copyfile(source, staging)
        for extra in ("-wal", "-shm"):  # the old database's journal must not be replayed
            Path(str(target) + extra).unlink(missing_ok=True)
        os.replace(staging, target)
    elif manifest["database"] == "postgresql":
        if not db_url.startswith("postgresql"):
            raise OpsError("this backup holds a PostgreSQL database; restore it to one")
        done = subprocess.run([_pg_bin("pg_restore"), "--clean", "--if-exists", "--no-owner",
                               "--single-transaction", "--dbname", _libpq_url(db_url),
                               str(source)], capture_output=True, text=True)
        if done.returncode != 0:
            raise OpsError(f"pg_restore failed: {done.stderr.strip()[-500:]}")
    else:
        raise OpsError(f"unknown database kind {manifest['database']!r} in the backup")
    db.upgrade(db_url)
    engine = db.make_engine(db_url)
    try:
        with db.session_factory(engine)() as session, session.begin():
            server_id = new_server_id(session)
            files = 0
            for path in sorted((folder / "blobs").glob("??/??/*")):
                if p.is_sha256(path.name) and store.stored_size(path.name) is None:
                    if store.kind == "directory":
                        final = store.path_for(path.name)
                        final.parent.mkdir(parents=True, exist_ok=True)
                        shutil.copy2(path, final.with_name(final.name + ".restoring"))
                        os.replace(final.with_name(final.name + ".restoring"), final)
                    else:
                        store.add_file(session, path)
                    files += 1
    finally:
        engine.dispose()
    log.info("restored %s backup from %s (%d file(s)); new server identity %s",
             manifest["database"], folder, files, server_id)
    return server_id, files


# ---- collecting files that no record names -----------------------------------------------

@dataclass
class Collection:
    unused: list[tuple[str, int]] = field(default_factory=list)   # (sha256, bytes)
    orphans: list[str] = field(default_factory=list)  # in storage, no row at all

    @property
    def bytes(self) -> int:
        return sum(size for _, size in self.unused)


def collect_files(sessions: sessionmaker[Session], store, grace_days: float,
                  dry_run: bool = False, at: float | None = None) -> Collection:
    """Delete the files that no record names and that are older than `grace_days`.

    The grace covers an upload whose op has not arrived yet (the client uploads a file,
    then sends the op that names it, perhaps next week when the link comes back). A file
    in storage with no row (a crash between storing it and writing its row) is deleted
    after the same grace.
    """
    now = time.time() if at is None else at
    cutoff = datetime.fromtimestamp(now, timezone.utc) - timedelta(days=grace_days)
    found = Collection()
    with sessions() as session:
        referenced = select(BlobRef.sha256)
        rows = session.execute(select(Blob.sha256, Blob.size, Blob.created_at)
                               .where(Blob.sha256.not_in(referenced))).all()
        for sha256, size, created in rows:
            if created.tzinfo is None:
                created = created.replace(tzinfo=timezone.utc)
            if created < cutoff:
                found.unused.append((sha256, size))
        known = set(session.scalars(select(Blob.sha256)))
    for sha256, mtime in store.stored_blobs():
        if sha256 not in known and mtime < now - grace_days * 86400:
            found.orphans.append(sha256)
    if dry_run:
        return found
    for sha256, _ in found.unused:
        with sessions() as session, session.begin():
            # Re-checked in the transaction: a record may have named it meanwhile.
            if session.scalar(select(BlobRef.sha256).where(BlobRef.sha256 == sha256)
                              .limit(1)) is not None:
                continue
            session.execute(delete(BlobUpload).where(BlobUpload.sha256 == sha256))
            session.execute(delete(Blob).where(Blob.sha256 == sha256))
        # The row goes first: a reader never finds a row whose file is gone.
        store.delete_blob(sha256)
    for sha256 in found.orphans:
        store.delete_blob(sha256)
    log.info("collected %d unused file(s) (%d bytes) and %d without a row", len(found.unused),
             found.bytes, len(found.orphans))
    return found
