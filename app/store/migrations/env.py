"""Alembic environment of the client's profile database (SQLite)."""
from alembic import context
from sqlalchemy import create_engine, pool

from app.store.models import Base

config = context.config
target_metadata = Base.metadata


def _include_name(name, type_, parent_names) -> bool:
    # The FTS5 index and its shadow tables are made by hand (0003), not by the models.
    return not (type_ == "table" and name and name.startswith("document_fts"))


def run_migrations_online() -> None:
    connectable = create_engine(config.get_main_option("sqlalchemy.url"), poolclass=pool.NullPool)
    with connectable.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata,
                          render_as_batch=True, include_name=_include_name)
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
