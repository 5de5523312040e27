"""Dates as people say them, in the interface language: in the computer's time zone, or
in Peru's (deadlines are set in Peru, whatever zone the computer is in)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def _peru() -> tzinfo:
    """America/Lima. Windows has no tz database of its own (the `tzdata` package brings
    one); should it be missing, Peru's fixed UTC−5 is right too: no DST since 1994."""
    try:
        from zoneinfo import ZoneInfo
        return ZoneInfo("America/Lima")
    except Exception:  # ZoneInfoNotFoundError, or no zoneinfo at all
        return timezone(timedelta(hours=-5), "PET")


PERU = _peru()


def when(moment: datetime, now: datetime | None = None, zone: tzinfo | None = None) -> str:
    """'hoy, 14:05', 'ayer, 09:30', 'mañana, 23:59' or '3 de noviembre de 2026, 18:20', in
    `zone` (the computer's when None)."""
    local = moment.astimezone(zone)
    today = (now or datetime.now(timezone.utc)).astimezone(zone).date()
    clock = f"{local:%H:%M}"
    days = (today - local.date()).days
    if days == 0:
        return QCoreApplication.translate("Fechas", "hoy, %1").replace("%1", clock)
    if days == 1:
        return QCoreApplication.translate("Fechas", "ayer, %1").replace("%1", clock)
    if days == -1:
        return QCoreApplication.translate("Fechas", "mañana, %1").replace("%1", clock)
    date = QDate(local.year, local.month, local.day)
    return QLocale().toString(date, QCoreApplication.translate(
        "Fechas", "d 'de' MMMM 'de' yyyy")) + f", {clock}"


def peru_when(moment: datetime, now: datetime | None = None) -> str:
    """A deadline as set: '3 de diciembre de 2026, 23:59 (hora del Perú)'."""
    return QCoreApplication.translate("Fechas", "%1 (hora del Perú)").replace(
        "%1", when(moment, now, PERU))


def zone_differs_from_peru(now: datetime | None = None) -> str | None:
    """The computer's UTC offset ("UTC+01:00") when it is not Peru's, else None."""
    now = now or datetime.now(timezone.utc)
    offset = now.astimezone().utcoffset()
    if offset == now.astimezone(PERU).utcoffset():
        return None
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
