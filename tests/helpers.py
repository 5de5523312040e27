"""Test helpers: a real server process on loopback, seeded accounts, client profiles."""
from __future__ import annotations

import os
import socket
import textwrap
import subprocess
import sys
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

import requests

from app.services import account
from app.store.db import Store
from sync.server import accounts, db
from sync.server.models import Forum
from sync.server.seq import take_seq

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "clave-de-prueba-1"
FORUM_ID = str(uuid.UUID("11111111-2222-3333-4444-555555555555"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def seed(url: str, users=("ana", "beto"), role="participant") -> None:
    """Accounts (password PASSWORD) and one open forum, straight into the database."""
    db.upgrade(url)
    sessions = db.session_factory(db.make_engine(url))
    with sessions() as s, s.begin():
        for name in users:
            accounts.add_user(s, username=name, display_name=name.capitalize() + " Prueba",
                              password=PASSWORD, role=role, region="Cusco",
                              institution="UGEL Canchis", position="Director de IE")
        if s.get(Forum, FORUM_ID) is None:
            s.add(Forum(id=FORUM_ID, slug="pruebas", title="Foro de pruebas", description="",
                        position=0, created_at=datetime.now(timezone.utc),
                        seq=take_seq(s)))
    sessions.kw["bind"].dispose()


class ServerProcess:
    """`minka-server serve` in its own process, on a free loopback port."""

    def __init__(self, db_url: str, log_path: Path, port: int | None = None,
                 blob_dir: Path | None = None, tls: tuple[Path, Path] | None = None,
                 workers: int = 1, env: dict | None = None):
        self.db_url = db_url
        self.workers = workers
        self.env = env or {}
        self.tls = tls  # (certificate, key): serve HTTPS
        self.port = port or free_port()
        self.log_path = log_path
        if blob_dir is None and not db_url.startswith("sqlite"):
            # SQLite keeps files beside its database; other databases need a folder named.
            blob_dir = Path(log_path).parent / f"blobs-{self.port}"
        self.blob_dir = blob_dir
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def start(self, timeout: float = 30) -> "ServerProcess":
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "sync.server.cli", "--db", self.db_url, "serve",
             "--port", str(self.port), "--log-level", "warning", "--no-access-log",
             *(["--blobs", str(self.blob_dir)] if self.blob_dir else []),
             *(["--tls-cert", str(self.tls[0]), "--tls-key", str(self.tls[1])]
               if self.tls else []),
             *(["--workers", str(self.workers)] if self.workers != 1 else [])],
            cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, **self.env})
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {self.log_path.read_text()[-2000:]}")
            try:
                if requests.get(self.url + "/api/v1/ping", timeout=1,
                                verify=str(self.tls[0]) if self.tls else True
                                ).status_code == 200:
                    return self
            except requests.RequestException:
                time.sleep(0.1)
        raise RuntimeError("server did not start in time")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def signed_in_profile(path: Path, server_url: str, username: str) -> Store:
    store = Store(path)
    account.sign_in(store, server_url, username, PASSWORD, device_name=f"test {path.name}")
    return store


def write_course(folder, due: datetime, late: bool = False, lesson2: str = "Segunda") -> None:
    (folder / "m1").mkdir(parents=True, exist_ok=True)
    (folder / "adjuntos").mkdir(exist_ok=True)
    (folder / "adjuntos" / "guia.pdf").write_bytes(b"%PDF-1.4 guia de prueba")
    (folder / "course.toml").write_text(textwrap.dedent(f"""
        slug = "prueba"
        title = "Curso de prueba"
        description = "Para los tests."
        facilitators = ["fabiola"]
        late_submissions = {"true" if late else "false"}
        max_attachment_mb = 1

        [[modules]]
        slug = "m1"
        title = "Módulo 1. Aprendizaje dialógico"
        lessons = ["m1/01.md", "m1/02.md"]

        [[modules.assignments]]
        slug = "t1"
        title = "Tarea 1: una tertulia"
        instructions = "m1/t1.md"
        due = "{due.isoformat()}"
    """), encoding="utf-8")
    (folder / "m1" / "01.md").write_text("# Primera lección\n\nEl diálogo igualitario. "
                                         "[Guía](../adjuntos/guia.pdf)", encoding="utf-8")
    (folder / "m1" / "02.md").write_text(f"# {lesson2} lección\n\nLa inteligencia cultural.",
                                         encoding="utf-8")
    (folder / "m1" / "t1.md").write_text("# Tarea 1\n\nOrganice una tertulia y cuéntenos.",
                                         encoding="utf-8")


class S3Server:
    """A real S3-compatible server (moto's standalone one) on loopback, for the S3 blob
    store: buckets made on demand, and the MINKA_S3_* settings that point a server at one."""

    def __init__(self):
        from moto.server import ThreadedMotoServer
        self.port = free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self._server = ThreadedMotoServer(ip_address="127.0.0.1", port=self.port,
                                          verbose=False)

    def start(self) -> "S3Server":
        self._server.start()
        return self

    def stop(self) -> None:
        self._server.stop()

    def client(self):
        import boto3
        return boto3.client("s3", endpoint_url=self.endpoint, region_name="us-east-1",
                            aws_access_key_id="test", aws_secret_access_key="test")

    def bucket(self) -> str:
        name = f"minka-{uuid.uuid4().hex[:12]}"
        self.client().create_bucket(Bucket=name)
        return name

    def env(self, bucket: str) -> dict[str, str]:
        return {"MINKA_S3_BUCKET": bucket, "MINKA_S3_ENDPOINT_URL": self.endpoint,
                "MINKA_S3_REGION": "us-east-1", "MINKA_S3_ACCESS_KEY_ID": "test",
                "MINKA_S3_SECRET_ACCESS_KEY": "test"}
