"""Start a throwaway PostgreSQL server for tests and hand back SQLAlchemy URLs (standard library only)."""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Self

__all__ = ["PgServer", "PgUnavailable", "find_pg_bin", "start_or_skip_reason"]

PG_USER = "minka"
PG_DATABASE = "minka_test"
HOST = "127.0.0.1"
# Binaries that must sit together in one directory for the server to work.
_SERVER_BINARIES = ("initdb", "pg_ctl", "postgres")
# A Unix socket path may be at most 107 bytes; leave room for "/.s.PGSQL.NNNNN".
_MAX_SOCKET_DIR_LEN = 90
_NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


class PgUnavailable(RuntimeError):
    """PostgreSQL could not be found or started."""


def _has_server_binaries(bin_dir: Path) -> bool:
    return all(os.access(bin_dir / name, os.X_OK) for name in _SERVER_BINARIES)


def _version_key(path: str) -> tuple:
    # /usr/lib/postgresql/<version>/bin -> numeric sort on <version>
    version = Path(path).parent.name
    return tuple(int(p) if p.isdigit() else -1 for p in re.split(r"[.]", version))


def find_pg_bin() -> Path | None:
    """Return the directory holding initdb, pg_ctl and postgres, or None."""
    found = shutil.which("initdb")
    if found:
        # /usr/local/bin/initdb may be a lone symlink: follow it to the real bin dir.
        for candidate in (Path(found).resolve().parent, Path(found).parent):
            if _has_server_binaries(candidate):
                return candidate
    for path in sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key, reverse=True
    ):
        if _has_server_binaries(Path(path)):
            return Path(path)
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _tail(path: Path, lines: int = 30) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return "(no server log)"
    return "\n".join(text.splitlines()[-lines:]) or "(server log is empty)"


def _others_can_traverse(path: Path) -> bool:
    """True if every directory from / down to path is o+x (searchable by any user)."""
    path = path.resolve()
    for directory in [path, *path.parents]:
        try:
            if not os.stat(directory).st_mode & 0o001:
                return False
        except OSError:
            return False
    return True


def _clean_env() -> dict[str, str]:
    # Drop PGHOST, PGPORT, PGDATA, ... so they cannot redirect our commands.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["LC_ALL"] = "C"
    return env


class PgServer:
    """A private PostgreSQL cluster living under base_dir.

    Usage::

        with PgServer(tmp_path / "pg") as pg:
            engine = sqlalchemy.create_engine(pg.url)
            other_url = pg.new_database("test_two")
    """

    def __init__(self, base_dir: Path | str, bin_dir: Path | None = None):
        self.requested_dir = Path(base_dir)
        self.base_dir = self.requested_dir
        self.bin_dir = bin_dir
        self.port: int | None = None
        self._as_postgres = os.geteuid() == 0
        self._owned_dirs: list[Path] = []  # temp dirs we made and remove on stop()
        self._socket_dir: Path | None = None
        self._started = False

    # -- paths -----------------------------------------------------------
    @property
    def data_dir(self) -> Path:
        return self.base_dir / "data"

    @property
    def log_path(self) -> Path:
        return self.base_dir / "log"

    @property
    def socket_dir(self) -> Path | None:
        return self._socket_dir

    # -- URLs --------------------------------------------------------------
    def url_for(self, database: str) -> str:
        if self.port is None:
            raise RuntimeError("PgServer is not started")
        return f"postgresql+psycopg://{PG_USER}@{HOST}:{self.port}/{database}"

    @property
    def url(self) -> str:
        return self.url_for(PG_DATABASE)

    # -- process helpers ---------------------------------------------------
    def _wrap(self, cmd: list[str]) -> list[str]:
        if not self._as_postgres:
            return cmd
        runuser = shutil.which("runuser") or (
            "/usr/sbin/runuser" if os.path.exists("/usr/sbin/runuser") else None
        )
        if runuser:
            return [runuser, "-u", "postgres", "--", *cmd]
        su = shutil.which("su") or "/bin/su"
        return [su, "postgres", "-s", "/bin/sh", "-c", shlex.join(cmd)]

    def _run(self, cmd: list[str], timeout: float = 120) -> subprocess.CompletedProcess:
        return subprocess.run(
            self._wrap(cmd),
            cwd=self.base_dir,  # root's cwd may be unreadable for the postgres user
            env=_clean_env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=timeout,
            check=False,
        )

    def _bin(self, name: str) -> str:
        assert self.bin_dir is not None
        path = self.bin_dir / name
        if path.exists():
            return str(path)
        found = shutil.which(name)
        if found:
            return found
        raise PgUnavailable(f"PostgreSQL binary {name!r} not found in {self.bin_dir}")

    def _make_dir(self, path: Path | None = None, prefix: str = "minka-pg-") -> Path:
        """Create a 0700 directory (mkdtemp in /tmp if path is None) owned by the server user."""
        if path is None:
            path = Path(tempfile.mkdtemp(prefix=prefix, dir="/tmp"))
            self._owned_dirs.append(path)
        else:
            path.mkdir(mode=0o700, parents=True, exist_ok=True)
        if self._as_postgres:
            import pwd

            try:
                pw = pwd.getpwnam("postgres")
            except KeyError:
                raise PgUnavailable(
                    "running as root but there is no 'postgres' system user to run the server"
                ) from None
            os.chown(path, pw.pw_uid, pw.pw_gid)
            os.chmod(path, 0o700)
        return path

    def _prepare_dirs(self) -> None:
        if self._as_postgres and not _others_can_traverse(self.requested_dir.parent):
            # e.g. pytest's tmp_path under /tmp/pytest-of-root (mode 0700): the
            # postgres user could not reach it, so use a fresh dir in /tmp.
            self.base_dir = self._make_dir(None)
        else:
            self.base_dir = self._make_dir(self.requested_dir)
        sock = self.base_dir / "sock"
        if len(str(sock)) > _MAX_SOCKET_DIR_LEN:
            self._socket_dir = self._make_dir(None, prefix="minka-pgs-")
        else:
            self._socket_dir = self._make_dir(sock)

    # -- lifecycle -----------------------------------------------------------
    def start(self) -> Self:
        if self._started:
            return self
        if self.bin_dir is None:
            self.bin_dir = find_pg_bin()
        if self.bin_dir is None or not _has_server_binaries(self.bin_dir):
            raise PgUnavailable(
                "PostgreSQL server binaries not found (install Debian's postgresql package)"
            )
        try:
            self._prepare_dirs()
            self._initdb()
            self._start_server()
            self._started = True
            atexit.register(self.stop)
            self._createdb(PG_DATABASE)
        except BaseException:
            self.stop()
            raise
        return self

    def _initdb(self) -> None:
        if (self.data_dir / "PG_VERSION").exists():
            return
        result = self._run(
            [
                self._bin("initdb"),
                "-D",
                str(self.data_dir),
                "-U",
                PG_USER,
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-locale",
            ],
        )
        if result.returncode != 0:
            raise PgUnavailable(
                f"initdb failed (exit {result.returncode}):\n{result.stdout[-3000:]}"
            )

    def _start_server(self, attempts: int = 3) -> None:
        output = ""
        for _ in range(attempts):
            self.port = _free_port()
            opts = (
                f"-k {shlex.quote(str(self.socket_dir))} -c listen_addresses={HOST} -p {self.port}"
                " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            )
            result = self._run(
                [
                    self._bin("pg_ctl"),
                    "-D",
                    str(self.data_dir),
                    "-o",
                    opts,
                    "-w",
                    "-t",
                    "60",
                    "-l",
                    str(self.log_path),
                    "start",
                ],
                timeout=90,
            )
            if result.returncode == 0:
                return
            output = result.stdout
            log = _tail(self.log_path, 5)
            if "could not bind" not in log and "already in use" not in log:
                break  # not a port race: retrying will not help
        self.port = None
        raise PgUnavailable(
            f"PostgreSQL failed to start:\n{output.strip()}\n--- tail of {self.log_path} ---\n{_tail(self.log_path)}"
        )

    def _createdb(self, name: str) -> None:
        if not _NAME_RE.match(name):
            raise ValueError(f"invalid database name {name!r}")
        result = self._run(
            [
                self._bin("createdb"),
                "-h",
                HOST,
                "-p",
                str(self.port),
                "-U",
                PG_USER,
                name,
            ],
            timeout=60,
        )
        if result.returncode != 0:
            raise PgUnavailable(
                f"createdb {name} failed (exit {result.returncode}):\n{result.stdout.strip()}"
                f"\n--- tail of {self.log_path} ---\n{_tail(self.log_path, 10)}"
            )

    def new_database(self, name: str) -> str:
        """Create database `name` (letters, digits, _) and return its SQLAlchemy URL."""
        if not self._started:
            raise RuntimeError("PgServer is not started")
        self._createdb(name)
        return self.url_for(name)

    def _postmaster_pid(self) -> int | None:
        try:
            return int((self.data_dir / "postmaster.pid").read_text().splitlines()[0])
        except (OSError, ValueError, IndexError):
            return None

    def stop(self) -> None:
        """Stop the server immediately and remove temp dirs we created. Never raises."""
        try:
            with contextlib.suppress(Exception):
                atexit.unregister(self.stop)
                self._stop_server()
        finally:
            self._started = False
            self.port = None
            for path in self._owned_dirs:
                shutil.rmtree(path, ignore_errors=True)
            self._owned_dirs.clear()

    def _stop_server(self) -> None:
        if self.bin_dir is None or not (self.data_dir / "postmaster.pid").exists():
            return
        pid = self._postmaster_pid()
        with contextlib.suppress(Exception):
            pg_ctl = self._bin("pg_ctl")
            cmd = [
                pg_ctl,
                "-D",
                str(self.data_dir),
                "-m",
                "immediate",
                "-w",
                "-t",
                "30",
                "stop",
            ]
            self._run(cmd, timeout=45)
        if pid is not None and (self.data_dir / "postmaster.pid").exists():
            # pg_ctl did not manage: kill the postmaster we started, and only it.
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
                time.sleep(0.5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = f"port={self.port}" if self._started else "stopped"
        return f"<PgServer {self.base_dir} {state}>"


def start_or_skip_reason(base_dir: Path | str) -> tuple[PgServer | None, str | None]:
    """Start a PgServer in base_dir; return (server, None) or (None, reason to skip)."""
    server = PgServer(Path(base_dir))
    try:
        server.start()
    except PgUnavailable as exc:
        return None, str(exc)
    except (OSError, subprocess.SubprocessError) as exc:
        return None, f"PostgreSQL could not be started: {exc}"
    return server, None
