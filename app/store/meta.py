"""Key/value settings of a profile (server address, account, device, cursor)."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store.models import Meta


def get(session: Session, key: str, default: str | None = None) -> str | None:
    value = session.scalar(select(Meta.value).where(Meta.key == key))
    return default if value is None else value


def put(session: Session, key: str, value: str | int | float | None) -> None:
    row = session.get(Meta, key)
    if value is None:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        session.add(Meta(key=key, value=str(value)))
    else:
        row.value = str(value)
