"""The network's statistics ("Estadísticas de la red"): one snapshot computed here from
the accounts and their activity, synced to every member as a single record.

Only aggregates leave the server: counts by region, position and gender, whatever each
member chose to show in the directory, and counts per month.

**Active member**: an account (not disabled or removed) with a sign of life in the 90
days up to the moment counted. Signs of life: a device of theirs synced (its last time
seen), an op they sent (a post, an answer, a lesson read: the applied-ops log), something
they wrote (forum posts, wall posts and comments, debate proposals, arguments and
endorsements, survey answers), or a file download begun. A device's last time seen is
the only one kept, so months before it count it once only: the history undercounts
members who only read and never sent anything.

**Over time**: for each of the last 12 months (Peru's time), the members active in the 90
days up to the month's end (up to now for the current month), against the goal an
administrator sets (`minka-server stats goal N`).

**Per month**: posts (forum posts and wall posts), downloads begun of catalogue
documents, and catalogue documents published.

The snapshot is recomputed when it is more than an hour old, checked at most every few
minutes by the sync endpoint (registry.refreshers), or at once by `minka-server stats
refresh` and by a new goal. A recomputation that finds the same numbers changes no seq,
so a quiet network syncs nothing new.
"""
from __future__ import annotations

import json
import logging
from collections import Counter
from datetime import datetime, timedelta, timezone

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from sync.server.accounts import aware, now
from sync.server.models import (AppliedOp, BlobRef, DebateArgument, DebateEndorsement,
                                DebateProposal, Device, Document, FileDownload,
                                NetworkStats, Post, SurveyAnswer, User, WallComment,
                                WallPost)
from sync.server.registry import Entity, register, register_refresher
from sync.server.seq import take_seq

log = logging.getLogger(__name__)

STATS_ID = "6d696e6b-6100-4000-8000-000000000001"   # the one snapshot row
ACTIVE_DAYS = 90
MONTHS = 12
STALE_AFTER = timedelta(hours=1)
PERU = timezone(timedelta(hours=-5), "PET")   # no DST since 1994


def _signs_of_life():
    """(user id column, time column, extra condition) of every kind of sign of life."""
    return [
        (Device.user_id, Device.last_seen_at, Device.revoked_at.is_(None)),
        (AppliedOp.user_id, AppliedOp.applied_at, None),
        (Post.author_id, Post.created_at, Post.deleted.is_(False)),
        (WallPost.author_id, WallPost.created_at, WallPost.deleted.is_(False)),
        (WallComment.author_id, WallComment.created_at, WallComment.deleted.is_(False)),
        (DebateProposal.author_id, DebateProposal.created_at, None),
        (DebateArgument.author_id, DebateArgument.created_at, None),
        (DebateEndorsement.user_id, DebateEndorsement.created_at, None),
        (SurveyAnswer.user_id, SurveyAnswer.answered_at, None),
        (FileDownload.user_id, FileDownload.at, None),
    ]


def active_by_window(session: Session, windows: list[tuple[datetime, datetime]]
                     ) -> list[set[str]]:
    """For each window (start, end], the accounts with a sign of life in it: one grouped
    scan per kind of sign (not one per window), each row a user and a flag per window."""
    found: list[set[str]] = [set() for _ in windows]
    earliest = min(start for start, _ in windows)
    latest = max(end for _, end in windows)
    for user_col, at_col, extra in _signs_of_life():
        flags = [func.max(case((and_(at_col > start, at_col <= end), 1), else_=0))
                 for start, end in windows]
        query = (select(user_col, *flags).where(at_col > earliest, at_col <= latest)
                 .group_by(user_col))
        if extra is not None:
            query = query.where(extra)
        for user_id, *hits in session.execute(query):
            for i, hit in enumerate(hits):
                if hit:
                    found[i].add(user_id)
    return found


def _members(session: Session) -> list[User]:
    return list(session.scalars(select(User).where(
        User.deleted.is_(False), User.disabled_at.is_(None), User.removed_at.is_(None))))


def _month_starts(at: datetime, count: int) -> list[datetime]:
    """The first instant (Peru's time) of each of the last `count` months, oldest first."""
    local = aware(at).astimezone(PERU)
    year, month = local.year, local.month
    starts = []
    for _ in range(count):
        starts.append(datetime(year, month, 1, tzinfo=PERU))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return starts[::-1]


def _label(moment: datetime) -> str:
    return aware(moment).astimezone(PERU).strftime("%Y-%m")


def _per_month(times, labels: list[str]) -> list[int]:
    counts = Counter(_label(t) for t in times if t is not None)
    return [counts.get(label, 0) for label in labels]


def _gender(value: str) -> str:
    """"f" and "F" count together; a word (another way of saying it) stays as written."""
    value = value.strip()
    return value.upper() if len(value) == 1 else value


def _ranked(counter: Counter) -> list[list]:
    return [[k, n] for k, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]


def compute(session: Session, at: datetime | None = None) -> dict:
    """The statistics as they are at `at` (now): plain JSON."""
    at = aware(at or now())
    window = timedelta(days=ACTIVE_DAYS)
    members = _members(session)
    member_ids = {u.id for u in members}
    starts = _month_starts(at, MONTHS)
    labels = [_label(s) for s in starts]
    since = starts[0].astimezone(timezone.utc)
    ends = [s.astimezone(timezone.utc) for s in starts[1:]] + [at]   # the last one: now
    per_window = active_by_window(session, [(end - window, end) for end in ends])
    over_time = [len(ids & member_ids) for ids in per_window]
    active = [u for u in members if u.id in per_window[-1]]
    posts = [t for (t,) in session.execute(select(Post.created_at).where(
        Post.created_at >= since, Post.deleted.is_(False)))]
    posts += [t for (t,) in session.execute(select(WallPost.created_at).where(
        WallPost.created_at >= since, WallPost.deleted.is_(False)))]
    documents = [t for (t,) in session.execute(select(Document.published_at).where(
        Document.published_at >= since, Document.deleted.is_(False)))]
    catalogue_files = select(BlobRef.sha256).where(BlobRef.entity == "document")
    downloads = [t for (t,) in session.execute(select(FileDownload.at).where(
        FileDownload.at >= since, FileDownload.sha256.in_(catalogue_files)))]
    goal = session.scalar(select(NetworkStats.goal).where(NetworkStats.id == STATS_ID))
    return dict(
        computed_at=at.isoformat(), active_days=ACTIVE_DAYS,
        members=len(members), active=len(active), goal=goal,
        by_region=_ranked(Counter(u.region.strip() for u in active)),
        by_position=_ranked(Counter(u.position.strip() for u in active)),
        by_gender=_ranked(Counter(_gender(u.gender) for u in active)),
        months=labels, active_by_month=over_time,
        posts_by_month=_per_month(posts, labels),
        downloads_by_month=_per_month(downloads, labels),
        documents_by_month=_per_month(documents, labels))


def _same(a: dict, b: dict) -> bool:
    return {k: v for k, v in a.items() if k != "computed_at"} == \
        {k: v for k, v in b.items() if k != "computed_at"}


def refresh(session: Session, *, force: bool = False, at: datetime | None = None) -> bool:
    """Recompute the snapshot if it is stale (or `force`); True if its numbers changed
    (it then has a new seq and travels to every member)."""
    at = aware(at or now())
    row = session.get(NetworkStats, STATS_ID)
    if (row is not None and not force and row.computed_at is not None
            and at - aware(row.computed_at) < STALE_AFTER):
        return False
    return _store(session, compute(session, at), at)


def refresh_stale(factory) -> bool:
    """The refresher the sync endpoint runs: the numbers computed in a transaction that
    only reads (no write lock held while counting), then written in a short one."""
    from sync.server import db
    with db.reading(factory) as session:
        row = session.get(NetworkStats, STATS_ID)
        if (row is not None and row.computed_at is not None
                and now() - aware(row.computed_at) < STALE_AFTER):
            return False
        at = now()
        fresh = compute(session, at)
    with factory() as session, session.begin():
        return _store(session, fresh, at)


def _store(session: Session, fresh: dict, at: datetime) -> bool:
    row = session.get(NetworkStats, STATS_ID)
    if row is None:
        row = NetworkStats(id=STATS_ID, snapshot="{}", deleted=False, seq=0)
        session.add(row)
    if row.goal != fresh["goal"]:      # the goal changed meanwhile: count it in
        fresh = dict(fresh, goal=row.goal)
    old = json.loads(row.snapshot or "{}")
    row.computed_at = at
    if old and _same(old, fresh):
        session.flush()
        return False
    row.snapshot = json.dumps(fresh, ensure_ascii=False)
    row.seq = take_seq(session)
    session.flush()
    log.info("network statistics recomputed: %d members, %d active", fresh["members"],
             fresh["active"])
    return True


def set_goal(session: Session, goal: int | None) -> dict:
    """The administrator's target of active members; the snapshot follows at once."""
    if goal is not None and not 0 < goal <= 10_000_000:
        raise ValueError("the goal must be a positive number of members")
    row = session.get(NetworkStats, STATS_ID)
    if row is None:
        row = NetworkStats(id=STATS_ID, snapshot="{}", deleted=False, seq=take_seq(session))
        session.add(row)
    row.goal = goal
    session.flush()
    refresh(session, force=True)
    return json.loads(row.snapshot)


def snapshot(session: Session) -> dict:
    row = session.get(NetworkStats, STATS_ID)
    return json.loads(row.snapshot) if row is not None else {}


def note_download(session: Session, user_id: str, sha256: str) -> None:
    session.add(FileDownload(sha256=sha256, user_id=user_id, at=now()))
    session.flush()


register(Entity("network_stats", NetworkStats,
                lambda row: dict(snapshot=json.loads(row.snapshot or "{}"))))
register_refresher(refresh_stale)
