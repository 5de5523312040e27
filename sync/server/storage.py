"""Which blob store a server uses: the directory (sync/server/blobs.py) or S3-compatible
object storage (sync/server/s3blobs.py), from its configuration."""
from __future__ import annotations

import os

from sync.server.blobs import BlobStore, resolve_blob_dir


def open_blob_store(db_url: str, blob_dir: str | os.PathLike | None = None,
                    max_bytes: int | None = None) -> "BlobStore":
    """The storage configured for this server: S3-compatible object storage when
    $MINKA_S3_BUCKET is set (sync/server/s3blobs.py), else the blob directory
    (`resolve_blob_dir`). Raises ValueError for a configuration that cannot work."""
    if os.environ.get("MINKA_S3_BUCKET", "").strip():
        # Imported only here: boto3 loads in a second, and only S3 servers need it.
        from sync.server.s3blobs import S3BlobStore, S3Settings
        return S3BlobStore(S3Settings.from_env(), max_bytes)
    return BlobStore(resolve_blob_dir(db_url, blob_dir), max_bytes)
