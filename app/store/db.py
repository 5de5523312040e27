"""The profile's SQLite file: where it lives, WAL, migrations at start-up with a backup first."""
from __future__ import annotations

import logging
import re
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from app.store.peek import DB_NAME, default_profile_dir  # noqa: F401 (where profiles live)

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")


def _alembic_config(url: str):
    from alembic.config import Config
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 30,
                                                              "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # SQLAlchemy opens transactions (below)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")  # the user's writing survives power cuts
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):
        # IMMEDIATE: the GUI thread and the sync thread queue for the write lock instead
        # of one of them failing when both read first and then write.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _backup(path: Path, revision: str | None) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.parent / "backups" / f"minka-{stamp}-{revision or 'none'}.db"
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(path)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


_REVISION = re.compile(r"^revision\b[^=]*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision\b[^=]*=\s*['\"]([^'\"]+)['\"]", re.M)


def newest_revision() -> str | None:
    """The head of the migration chain, read from the scripts' own lines without importing
    Alembic (a third of the start-up time); None when the chain is not a simple line, and
    then Alembic decides."""
    revisions, parents = set(), set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        text = script.read_text(encoding="utf-8")
        found = _REVISION.search(text)
        if found is None:
            return None
        revisions.add(found.group(1))
        down = _DOWN.search(text)
        if down:
            parents.add(down.group(1))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _current_revision(path: Path) -> str | None:
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30) as db:
            row = db.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def migrate(path: Path) -> None:
    """Upgrade the profile database to the newest schema, backing it up first."""
    if path.exists() and _current_revision(path) == newest_revision() is not None:
        return   # the everyday start: nothing to do, and no Alembic to import
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    url = f"sqlite:///{path}"
    cfg = _alembic_config(url)
    head = ScriptDirectory.from_config(cfg).get_current_head()
    current = None
    if path.exists() and path.stat().st_size > 0:
        engine = create_engine(url)
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
        engine.dispose()
        if current != head:
            saved = _backup(path, current)
            log.info("backed up %s to %s before migrating %s -> %s", path, saved, current, head)
    if current != head:
        command.upgrade(cfg, "head")


class Store:
    """One profile's database: an engine and its sessions."""

    def __init__(self, profile_dir: Path):
        self.profile_dir = Path(profile_dir)
        self.profile_dir.mkdir(parents=True, exist_ok=True)
        self.path = self.profile_dir / DB_NAME
        migrate(self.path)
        self.engine = make_engine(self.path)
        self.sessions: sessionmaker[Session] = sessionmaker(self.engine, expire_on_commit=False)

    def session(self) -> Session:
        return self.sessions()

    def close(self) -> None:
        self.engine.dispose()
