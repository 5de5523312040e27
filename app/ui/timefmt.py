"""Dates as people say them, in the interface language and the computer's time zone."""
from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale


def when(moment: datetime, now: datetime | None = None) -> str:
    """'hoy, 14:05', 'ayer, 09:30', or '3 de noviembre de 2026, 18:20' (local time)."""
    local = moment.astimezone()
    today = (now or datetime.now(timezone.utc)).astimezone().date()
    clock = f"{local:%H:%M}"
    days = (today - local.date()).days
    if days == 0:
        return QCoreApplication.translate("Fechas", "hoy, %1").replace("%1", clock)
    if days == 1:
        return QCoreApplication.translate("Fechas", "ayer, %1").replace("%1", clock)
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(stamp.date(), QCoreApplication.translate(
        "Fechas", "d 'de' MMMM 'de' yyyy")) + f", {clock}"
