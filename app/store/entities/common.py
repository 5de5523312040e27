"""What several entity declarations share: the time written here, and marking a row."""
from __future__ import annotations

from sqlalchemy import update

# When something written here was written: the server sends when it received it; the
# person wrote it last night, offline, and reads that time. Kept on update while
# plausible (see replica._written_time). Order is by server seq, so a wrong local clock
# can misstate a time but never reorder a thread.
WRITTEN_HERE = frozenset({"created_at"})


def set_state(session, model, record_id: str, **values) -> None:
    session.execute(update(model).where(model.id == str(record_id)).values(**values))
