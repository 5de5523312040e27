"""Files in S3-compatible object storage (AWS S3, MinIO, Ceph, Garage...), beside the blob
directory of sync/server/blobs.py. Server only: boto3 is not in the desktop bundle.

Keys in the bucket (under an optional prefix):

    blobs/ab/cd/<sha256>                           finished files, as in the directory
    partial/<user id>/<sha256>/<offset, 20 digits>  the bytes of one upload request

Resumable uploads are *staged*: the bytes each PUT delivers (all of them, even when the
connection is cut mid-body) become one object named by the offset they start at. What the
server holds of an upload is the chain of staged objects from offset 0. When the last byte
is in, the staged objects are read in order, hashed, and sent as the parts of one S3
multipart upload to the final key, which is completed only if the hash matches: like the
directory's `os.replace`, a reader never sees half a file or a wrong one.

Why staging and not a multipart upload opened at the first byte: S3 parts must be at least
5 MiB (all but the last), while clients on 2G send what they can before the link cuts,
often well under 1 MiB; buffering up to 5 MiB in a worker would lose the bytes of a worker
that restarts, and would tie an upload to one worker when the workers sit behind a load
balancer. Staged objects are durable and seen by every worker. The price is that each
byte is written twice inside the storage; the hash check reads every byte once in any case.
"""
from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import tempfile
import time
import weakref
from dataclasses import dataclass
from typing import Iterator

from fastapi.concurrency import run_in_threadpool
from sqlalchemy.orm import Session, sessionmaker
from starlette.requests import ClientDisconnect, Request

from sync import protocol as p
from sync.server import blobs as base
from sync.server.blobs import BlobError, BlobStore, record_blob
from sync.server.registry import Caller

log = logging.getLogger(__name__)

PART_BYTES = 8 * 1024 * 1024  # parts of the final multipart upload (S3 minimum: 5 MiB)
MEMORY_BYTES = 1024 * 1024    # a request body beyond this is buffered in a temporary file


@dataclass(frozen=True)
class S3Settings:
    bucket: str
    endpoint_url: str | None = None
    region: str | None = None
    prefix: str = ""
    access_key: str | None = None
    secret_key: str | None = None

    @classmethod
    def from_env(cls) -> "S3Settings":
        """$MINKA_S3_BUCKET (required), $MINKA_S3_ENDPOINT_URL (MinIO and the like; unset
        for AWS), $MINKA_S3_REGION, $MINKA_S3_PREFIX (keys under this folder), and the
        credentials $MINKA_S3_ACCESS_KEY_ID / $MINKA_S3_SECRET_ACCESS_KEY, else boto3's own
        chain (AWS_ACCESS_KEY_ID..., ~/.aws, an instance role)."""
        env = {name: os.environ.get(f"MINKA_S3_{name}", "").strip() or None
               for name in ("BUCKET", "ENDPOINT_URL", "REGION", "PREFIX", "ACCESS_KEY_ID",
                            "SECRET_ACCESS_KEY")}
        if not env["BUCKET"]:
            raise ValueError("MINKA_S3_BUCKET is not set")
        if bool(env["ACCESS_KEY_ID"]) != bool(env["SECRET_ACCESS_KEY"]):
            raise ValueError("MINKA_S3_ACCESS_KEY_ID and MINKA_S3_SECRET_ACCESS_KEY go "
                             "together")
        prefix = (env["PREFIX"] or "").strip("/")
        return cls(bucket=env["BUCKET"], endpoint_url=env["ENDPOINT_URL"],
                   region=env["REGION"], prefix=f"{prefix}/" if prefix else "",
                   access_key=env["ACCESS_KEY_ID"], secret_key=env["SECRET_ACCESS_KEY"])


def _is_missing(exc: Exception) -> bool:
    code = str(getattr(exc, "response", {}).get("Error", {}).get("Code", ""))
    return code in ("404", "NoSuchKey", "NotFound", "NoSuchUpload")


class S3BlobStore(BlobStore):
    """The blob store over an S3 bucket. Access checks, quotas and rows: BlobStore's."""

    kind = "s3"

    def __init__(self, settings: S3Settings, max_bytes: int | None = None,
                 quota_bytes: int | None = None, client=None):
        try:
            import boto3
            from botocore.config import Config
        except ImportError:
            raise ValueError("MINKA_S3_BUCKET is set but boto3 is not installed "
                             "(pip install boto3)") from None
        self.settings = settings
        self.max_bytes = base.max_blob_bytes_from_env() if max_bytes is None else max_bytes
        self.quota_bytes = (base.quota_bytes_from_env() if quota_bytes is None
                            else quota_bytes)
        # Path-style addressing works with every S3-compatible server; standard retries
        # ride over a storage that answers 503 for a moment.
        self.s3 = client or boto3.client(
            "s3", endpoint_url=settings.endpoint_url, region_name=settings.region,
            aws_access_key_id=settings.access_key,
            aws_secret_access_key=settings.secret_key,
            config=Config(s3={"addressing_style": "path"},
                          retries={"max_attempts": 5, "mode": "standard"}))
        self.bucket = settings.bucket
        self.prefix = settings.prefix
        from botocore.exceptions import ClientError
        self._client_error = ClientError
        try:
            self.s3.head_bucket(Bucket=self.bucket)
        except ClientError as exc:
            raise ValueError(f"S3 bucket {self.bucket!r} cannot be used: {exc}") from None
        self._locks: weakref.WeakValueDictionary[str, asyncio.Lock] = \
            weakref.WeakValueDictionary()
        self._arrivals: weakref.WeakValueDictionary[str, asyncio.Lock] = \
            weakref.WeakValueDictionary()

    def describe(self) -> str:
        where = self.settings.endpoint_url or "AWS"
        return f"s3://{self.bucket}/{self.prefix} ({where})"

    # ---- keys -----------------------------------------------------------------------

    def key_for(self, sha256: str) -> str:
        return f"{self.prefix}blobs/{sha256[:2]}/{sha256[2:4]}/{sha256}"

    def staging_prefix(self, user_id: str, sha256: str | None = None) -> str:
        return f"{self.prefix}partial/{user_id}/" + (f"{sha256}/" if sha256 else "")

    def path_for(self, sha256: str):  # no local path: callers use the interface
        raise NotImplementedError("S3 blobs have no local path")

    def _list(self, prefix: str) -> Iterator[dict]:
        pages = self.s3.get_paginator("list_objects_v2").paginate(Bucket=self.bucket,
                                                                  Prefix=prefix)
        for page in pages:
            yield from page.get("Contents", ())

    def _delete_keys(self, keys: list[str]) -> None:
        for start in range(0, len(keys), 1000):  # DeleteObjects takes up to 1000 keys
            batch = keys[start:start + 1000]
            if batch:
                self.s3.delete_objects(Bucket=self.bucket, Delete={
                    "Objects": [{"Key": key} for key in batch], "Quiet": True})

    # ---- the storage interface --------------------------------------------------------

    def stored_size(self, sha256: str) -> int | None:
        try:
            return self.s3.head_object(Bucket=self.bucket,
                                       Key=self.key_for(sha256))["ContentLength"]
        except self._client_error as exc:
            if _is_missing(exc):
                return None
            raise

    def read_range(self, sha256: str, start: int, end: int) -> Iterator[bytes]:
        """Straight from S3 with a Range request: the worker holds one chunk at a time."""
        if end <= start:
            return
        answer = self.s3.get_object(Bucket=self.bucket, Key=self.key_for(sha256),
                                    Range=f"bytes={start}-{end - 1}")
        body = answer["Body"]
        try:
            yield from body.iter_chunks(base.CHUNK)
        finally:
            body.close()

    def delete_blob(self, sha256: str) -> None:
        self.s3.delete_object(Bucket=self.bucket, Key=self.key_for(sha256))

    def stored_blobs(self) -> Iterator[tuple[str, float]]:
        for item in self._list(f"{self.prefix}blobs/"):
            name = item["Key"].rsplit("/", 1)[-1]
            if p.is_sha256(name):
                yield name, item["LastModified"].timestamp()

    def _staged(self, user_id: str, sha256: str) -> list[dict]:
        return sorted(self._list(self.staging_prefix(user_id, sha256)),
                      key=lambda item: item["Key"])

    @staticmethod
    def _chain(staged: list[dict]) -> tuple[int, list[dict]]:
        """(bytes held from 0, the staged objects that make them up). An object that does
        not start where the chain ends (left by a request that lost a race) is ignored."""
        held, chain = 0, []
        for item in staged:
            offset = int(item["Key"].rsplit("/", 1)[-1])
            if offset == held and item["Size"] > 0:
                chain.append(item)
                held += item["Size"]
        return held, chain

    def pending_bytes(self, user_id: str, except_sha256: str) -> int:
        skip = self.staging_prefix(user_id, except_sha256)
        return sum(item["Size"] for item in self._list(self.staging_prefix(user_id))
                   if not item["Key"].startswith(skip))

    def add_file(self, session: Session, source, uploaded_by: str | None = None) -> str:
        known = base.sha256_file(source)
        size = os.path.getsize(source)
        if self.stored_size(known) != size:
            # upload_file sends a multipart upload for large files: the key appears whole.
            self.s3.upload_file(str(source), self.bucket, self.key_for(known))
        record_blob(session, known, size, uploaded_by)
        return known

    def expire_partials(self, max_age_days: float, at: float | None = None) -> int:
        """Delete the uploads whose newest staged object is older than `max_age_days`."""
        cutoff = (time.time() if at is None else at) - max_age_days * 86400
        newest: dict[str, float] = {}
        keys: dict[str, list[str]] = {}
        for item in self._list(f"{self.prefix}partial/"):
            upload = item["Key"].rsplit("/", 1)[0]
            newest[upload] = max(newest.get(upload, 0.0), item["LastModified"].timestamp())
            keys.setdefault(upload, []).append(item["Key"])
        stale = [upload for upload, when in newest.items() if when < cutoff]
        for upload in stale:
            self._delete_keys(keys[upload])
        if stale:
            log.info("removed %d abandoned partial upload(s) older than %g days",
                     len(stale), max_age_days)
        return len(stale)

    # ---- upload ---------------------------------------------------------------------

    async def _one_at_a_time(self, key: str) -> asyncio.Lock:
        """Within a worker, one request per upload; across workers the chain rule and the
        final hash check keep a race harmless (at worst a request's bytes are ignored)."""
        lock = self._locks.setdefault(key, asyncio.Lock())
        try:
            await asyncio.wait_for(lock.acquire(), base.LOCK_WAIT_SECONDS)
        except asyncio.TimeoutError:
            raise BlobError(409, "upload_busy", "another request is writing this upload")
        return lock

    async def status(self, sessions: sessionmaker[Session], caller: Caller, sha256: str,
                     size: int) -> p.UploadStatus:
        self._check(sha256, size)
        if await run_in_threadpool(self._owned, sessions, caller, sha256):
            return p.UploadStatus(received=size, complete=True)
        await run_in_threadpool(self._check_quota, sessions, caller, sha256, size)
        lock = await self._one_at_a_time(f"{caller.user_id}/{sha256}")
        try:
            held, _ = self._chain(await run_in_threadpool(self._staged, caller.user_id,
                                                          sha256))
        finally:
            lock.release()
        return p.UploadStatus(received=held if held <= size else 0, complete=False)

    async def receive(self, sessions: sessionmaker[Session], caller: Caller, sha256: str,
                      offset: int, size: int, request: Request) -> p.UploadStatus:
        if await self._before_receiving(sessions, caller, sha256, offset, size, request):
            return p.UploadStatus(received=size, complete=True)
        lock = await self._one_at_a_time(f"{caller.user_id}/{sha256}")
        try:
            staged = await run_in_threadpool(self._staged, caller.user_id, sha256)
            received, chain = self._chain(staged)
            if received > size:
                log.warning("staged upload %s of %s holds %d bytes, more than the declared "
                            "%d: dropped", sha256, caller.user_id, received, size)
                await run_in_threadpool(self._delete_keys, [i["Key"] for i in staged])
                received, staged = 0, []
            if offset != received:
                raise BlobError(409, "offset_mismatch",
                                f"the server holds {received} bytes, not {offset}",
                                received=received)
            received, cut = await self._stage(request, caller.user_id, sha256, received,
                                              size)
            if cut or received < size:
                return p.UploadStatus(received=received, complete=False)
            await run_in_threadpool(self._compose, sessions, caller, sha256, size)
            return p.UploadStatus(received=size, complete=True)
        finally:
            lock.release()

    async def _stage(self, request: Request, user_id: str, sha256: str, received: int,
                     size: int) -> tuple[int, bool]:
        """Buffer the body, then store what arrived as one staged object (a cut body too).
        Returns (bytes held, connection lost)."""
        start = received
        buffer = tempfile.SpooledTemporaryFile(max_size=MEMORY_BYTES)
        cut = False
        too_many = False
        try:
            chunks = request.stream().__aiter__()
            while True:
                try:
                    chunk = await asyncio.wait_for(chunks.__anext__(),
                                                   base.BODY_IDLE_SECONDS)
                except StopAsyncIteration:
                    break
                except (ClientDisconnect, asyncio.TimeoutError):
                    cut = True
                    break
                if received + len(chunk) > size:
                    buffer.write(chunk[:size - received])
                    received = size
                    too_many = True
                    break
                buffer.write(chunk)
                received += len(chunk)
            if received > start:
                buffer.seek(0)
                key = f"{self.staging_prefix(user_id, sha256)}{start:020d}"
                await run_in_threadpool(self.s3.put_object, Bucket=self.bucket, Key=key,
                                        Body=buffer, ContentLength=received - start)
        finally:
            buffer.close()
        if too_many:
            raise BlobError(422, "too_many_bytes", f"body goes beyond the declared size {size}")
        if cut:
            log.info("upload %s by %s cut at %d of %d bytes", sha256, user_id, received, size)
        return received, cut

    def _compose(self, sessions: sessionmaker[Session], caller: Caller, sha256: str,
                 size: int) -> None:
        """Staged objects → one multipart upload to the final key, completed only if the
        bytes have this SHA-256; then the rows, then the staged objects go."""
        staged = self._staged(caller.user_id, sha256)
        _, chain = self._chain(staged)
        final = self.key_for(sha256)
        digest = hashlib.sha256()
        already = self.stored_size(sha256) == size  # another account finished it first
        upload_id = None if already else self.s3.create_multipart_upload(
            Bucket=self.bucket, Key=final)["UploadId"]
        parts: list[dict] = []
        pending = bytearray()

        def send(data: bytes) -> None:
            number = len(parts) + 1
            answer = self.s3.upload_part(Bucket=self.bucket, Key=final, UploadId=upload_id,
                                         PartNumber=number, Body=bytes(data))
            parts.append({"PartNumber": number, "ETag": answer["ETag"]})
        try:
            for item in chain:
                body = self.s3.get_object(Bucket=self.bucket, Key=item["Key"])["Body"]
                for chunk in body.iter_chunks(1024 * 1024):
                    digest.update(chunk)
                    if upload_id:
                        pending += chunk
                        if len(pending) >= PART_BYTES:
                            send(pending[:PART_BYTES])
                            del pending[:PART_BYTES]
            if digest.hexdigest() != sha256:
                self._delete_keys([item["Key"] for item in staged])
                log.info("upload %s by %s did not match its hash: dropped", sha256,
                         caller.user_id)
                raise BlobError(422, "hash_mismatch", "the bytes received do not have this "
                                                      "SHA-256; the upload was discarded")
            if upload_id:
                if pending or not parts:
                    send(pending)
                self.s3.complete_multipart_upload(Bucket=self.bucket, Key=final,
                                                  UploadId=upload_id,
                                                  MultipartUpload={"Parts": parts})
                upload_id = None
        finally:
            if upload_id:
                self.s3.abort_multipart_upload(Bucket=self.bucket, Key=final,
                                               UploadId=upload_id)
        self._record_finished(sessions, caller, sha256, size)
        self._delete_keys([item["Key"] for item in staged])
