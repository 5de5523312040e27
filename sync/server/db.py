"""Database engine, sessions and schema migrations of the central server."""
from __future__ import annotations

import logging
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")


def make_engine(url: str, pool_size: int = 10) -> Engine:
    """An engine over `url`; on a database server, a pool of `pool_size` connections (the
    threads of the worker that uses it, app.threads_from_env) and a few more for bursts
    outside the thread pool (the event loop's own blob checks)."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False},
                               **({} if ":memory:" in url or url == "sqlite://" else
                                  {"pool_size": pool_size, "max_overflow": 5}))

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):
            # Let SQLAlchemy, not pysqlite, open transactions, so that each one that may
            # write can be IMMEDIATE: SQLite then serialises writers up front instead of
            # failing one of two transactions that both read and then try to write.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn):
            # A read (see `reading`) takes no write lock: in WAL mode it then never waits
            # for a writer, and a quiet sync leaves the database as it found it.
            if conn.get_execution_options().get(READ_ONLY):
                conn.exec_driver_sql("BEGIN")
            else:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=pool_size, max_overflow=5,
                         pool_timeout=30)


READ_ONLY = "minka_read_only"
# session.info key: the isolation level its transaction was begun with (None: the default)
ISOLATION = "minka_isolation"


@contextmanager
def reading(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """A session for a transaction that only reads (a pull, checking a token). On SQLite it
    begins DEFERRED instead of IMMEDIATE. Closing it rolls back, so a write slipped in by
    mistake is lost rather than committed (and shows up in the tests); the objects read
    stay usable, detached, afterwards.

    On PostgreSQL it is one REPEATABLE READ snapshot: every query of a pull sees the same
    committed prefix of seqs (exchange.pull); for a transaction that only reads, that
    costs nothing and can never fail to serialise. (The level must be chosen here, as the
    connection is taken: set later, SQLAlchemy ignores it with a warning.)"""
    with sessions() as session:
        options = {READ_ONLY: True}
        if session.get_bind().dialect.name == "postgresql":
            options["isolation_level"] = "REPEATABLE READ"
            session.info[ISOLATION] = "REPEATABLE READ"
        session.connection(execution_options=options)
        yield session


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(url: str) -> None:
    """Bring the schema to the newest migration (the only way tables are created)."""
    log.info("running server migrations on %s", _safe(url))
    command.upgrade(alembic_config(url), "head")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{Path(path).resolve()}"


def _safe(url: str) -> str:
    """The URL without its password, for logs."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url
