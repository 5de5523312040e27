"""Inicio as it was last shown, so that the window paints before the data layer loads.

Importing SQLAlchemy, the protocol models and requests is most of a start on an old
computer (about 0.6 s of 1.1 s here, bench/startup.py), and the first paint needs none of
them. The window, Inicio and the status bar are drawn from a small file in the profile,
written each time Inicio is filled from the store and when the window closes; the store
opens right after the first paint and its live data replaces this within a moment.

The file holds only what Inicio shows (counts, times, thread titles and names, which
assignments came back): never a draft, a grade or a comment. It is written only after
the profile was opened (unlocked, on a shared computer), and a file that is missing,
damaged or of another version only means the slower start that builds everything first.
This module imports nothing heavy; `gather` loads the services when it is called.
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from app.store import peek

log = logging.getLogger(__name__)

FILE_NAME = "inicio.json"
VERSION = 1


@dataclass(frozen=True)
class Status:
    pending: int                   # everything in the outbox
    writings: int                  # of those, what the person wrote
    last_ok_at: datetime | None
    clock_skewed: bool             # the computer's clock is far from the server's


@dataclass(frozen=True)
class RecentThread:
    id: str
    forum_id: str
    title: str
    author: str
    post_count: int
    last_activity_at: datetime


@dataclass(frozen=True)
class ReturnedWork:
    assignment_id: str
    assignment_title: str
    author_first_name: str
    returned_at: datetime
    corrected: bool


@dataclass(frozen=True)
class NewsLine:
    """A news item of "Edugestores reporta" as Inicio shows it (title, first words)."""
    id: str
    title: str
    summary: str
    author: str
    created_at: datetime | None


@dataclass(frozen=True)
class NewLine:
    """Something the last sync brought (services/whats_new.py), and where it opens."""
    kind: str
    title: str
    link: str


@dataclass(frozen=True)
class FeaturedLine:
    display_name: str
    detail: str
    reason: str


@dataclass(frozen=True)
class Home:
    status: Status
    returned: tuple[ReturnedWork, ...]
    recent: tuple[RecentThread, ...]
    news: tuple[NewsLine, ...] = ()
    new: tuple[NewLine, ...] = ()
    featured: tuple[FeaturedLine, ...] = ()


@dataclass(frozen=True)
class FirstLook:
    """What the window needs before the store is open."""
    profile_dir: Path
    display_name: str
    language: str
    auto_sync: bool
    home: Home


def gather(store) -> Home:
    """Inicio's data, live from the store (loads the services: not for the first paint)."""
    from app.services import course, forums, syncing, wall, whats_new
    state = syncing.status(store)
    status = Status(state.pending, state.writings, state.last_ok_at,
                    abs(state.clock_skew_seconds) > syncing.CLOCK_SKEW_WARNING_SECONDS)
    returned = tuple(ReturnedWork(r.assignment_id, r.assignment_title, r.author_first_name,
                                  r.returned_at, r.corrected)
                     for r in course.returned_to_me(store))
    recent = tuple(RecentThread(t.id, t.forum_id, t.title, t.author, t.post_count,
                                t.last_activity_at)
                   for t in forums.recent_threads(store))
    news = tuple(NewsLine(n.id, n.title, _summary(n.body), n.author, n.created_at)
                 for n in wall.latest_news(store, NEWS_ON_HOME))
    new = tuple(NewLine(i.kind, i.title, i.link) for i in whats_new.since_last_sync(store))
    featured = tuple(FeaturedLine(f.display_name, f.detail, f.reason)
                     for f in wall.featured(store, FEATURED_ON_HOME))
    return Home(status, returned, recent, news, new, featured)


NEWS_ON_HOME = 3
FEATURED_ON_HOME = 3
SUMMARY_CHARS = 220


def _summary(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SUMMARY_CHARS else text[:SUMMARY_CHARS - 1].rstrip() + "…"


def _encode(value):
    if isinstance(value, datetime):
        return {"t": value.isoformat()}
    raise TypeError(type(value).__name__)


def save(profile_dir: Path, home: Home) -> None:
    """Written whole or not at all; a full disk only costs the next start its head start."""
    path = Path(profile_dir) / FILE_NAME
    temporary = path.with_suffix(".tmp")
    try:
        temporary.write_text(json.dumps({"version": VERSION, "home": asdict(home)},
                                        default=_encode, ensure_ascii=False),
                             encoding="utf-8")
        os.replace(temporary, path)
    except OSError as exc:
        log.warning("could not keep Inicio for the next start in %s: %s", path, exc)


def _time(value) -> datetime | None:
    if value is None:
        return None
    moment = datetime.fromisoformat(value["t"])
    if moment.tzinfo is None:
        raise ValueError("a time without its zone")
    return moment


def _text(value) -> str:
    if not isinstance(value, str):
        raise ValueError("not text")
    return value


def _count(value) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError("not a count")
    return value


def _home(raw: dict) -> Home:
    s = raw["status"]
    status = Status(_count(s["pending"]), _count(s["writings"]), _time(s["last_ok_at"]),
                    bool(s["clock_skewed"]))
    returned = tuple(ReturnedWork(_text(r["assignment_id"]), _text(r["assignment_title"]),
                                  _text(r["author_first_name"]), _time(r["returned_at"]),
                                  bool(r["corrected"])) for r in raw["returned"])
    recent = tuple(RecentThread(_text(t["id"]), _text(t["forum_id"]), _text(t["title"]),
                                _text(t["author"]), _count(t["post_count"]),
                                _time(t["last_activity_at"])) for t in raw["recent"])
    # Absent in the file of an older version: Inicio then shows none until the store opens.
    news = tuple(NewsLine(_text(n["id"]), _text(n["title"]), _text(n["summary"]),
                          _text(n["author"]), _time(n["created_at"]))
                 for n in raw.get("news", []))
    new = tuple(NewLine(_text(i["kind"]), _text(i["title"]), _text(i["link"]))
                for i in raw.get("new", []))
    featured = tuple(FeaturedLine(_text(f["display_name"]), _text(f["detail"]),
                                  _text(f["reason"])) for f in raw.get("featured", []))
    return Home(status, returned, recent, news, new, featured)


def load(profile_dir: Path) -> FirstLook | None:
    """The first look of a signed-in profile, or None: then the window is built from the
    store before it shows (a new profile, a damaged file, one of another version)."""
    profile_dir = Path(profile_dir)
    path = profile_dir / FILE_NAME
    if not path.exists():
        return None
    values = peek.meta_values(profile_dir, "username", "token", "display_name",
                              "language", "auto_sync")
    if not values.get("username") or not values.get("token"):
        return None   # signing in comes first
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict) or raw.get("version") != VERSION:
            return None
        home = _home(raw["home"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("Inicio of the last start unreadable in %s (%s): building it anew",
                    path, exc)
        return None
    return FirstLook(profile_dir, values.get("display_name") or values["username"],
                     values.get("language") or "es", values.get("auto_sync", "1") == "1",
                     home)
