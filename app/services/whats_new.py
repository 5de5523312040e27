"""What is new since the last sync, for Inicio: each item says what it is and where it
opens (a lesson, feedback on my work, a reply to me, a document, news, a group's news).

How "new" is known: every record in the replica carries the server's seq, and seqs only
grow. When a sync that brought something ends well, the cursor this computer had when
it started is kept (meta `new_after_seq`); what is new is what has a seq above it and was
not written by this person. So what the last sync brought stays listed until another
sync brings more (a quiet sync changes nothing), and a group joined, whose records are
restamped, lists its history as new too. The first sync of a profile (from cursor 0)
brings everything, so nothing is listed as new after it.

Other areas add their own kinds with `register_source`. Some things are listed for what
they ask of the person, whatever sync brought them (`waiting=True`): a debate closing in
the next days, a survey still open that they have not answered.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Callable

from sqlalchemy import or_, select
from sqlalchemy.orm import aliased

from app.services.forums import utc
from app.store import meta
from app.store.db import Store
from app.store.models import (Assignment, Debate, Document, Feedback, GroupDocument, Lesson,
                              News, Post, Submission, Survey, SurveyAnswer, Thread,
                              WallComment, WallPost)

MARK = "new_after_seq"
PER_KIND = 5     # Inicio lists a few of each kind: the place itself shows the rest


@dataclass(frozen=True)
class NewItem:
    kind: str      # lesson, feedback, reply, wall_comment, document, news, group, …
    title: str     # the record's own title or first words: wire text, shown plain
    link: str      # "<place>:<id>[:<id>]", which the window opens (MainWindow.open_link)


Source = Callable[[object, str, int], list[NewItem]]   # (session, my id, mark)
_sources: list[Source] = []
_waiting: list[Source] = []      # listed after any sync, the first one too
CLOSING_SOON = timedelta(days=3)


def register_source(source: Source, waiting: bool = False) -> Source:
    """Another area's kind of new thing; `waiting`: something that asks for the person
    (listed whether or not the last sync brought it; `after` is then 0)."""
    kinds = _waiting if waiting else _sources
    if source not in kinds:
        kinds.append(source)
    return source


def started(store: Store) -> int:
    """The cursor when a sync starts (given back to `finished`)."""
    with store.session() as s:
        return int(meta.get(s, "cursor", "0") or 0)


def finished(store: Store, cursor_at_start: int, pulled: int) -> None:
    """A sync ended well: if it brought something, that is what is new now."""
    if pulled <= 0:
        return
    with store.session() as s, s.begin():
        meta.put(s, MARK, cursor_at_start)


def mark(store: Store) -> int | None:
    with store.session() as s:
        value = meta.get(s, MARK)
    return int(value) if value is not None else None


def _first_words(text: str, limit: int = 80) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _lessons(s, me, after):
    return [NewItem("lesson", l.title, f"lesson:{l.id}") for l in s.scalars(
        select(Lesson).where(Lesson.seq > after).order_by(Lesson.seq.desc()).limit(PER_KIND))]


def _feedback(s, me, after):
    # Titled by the assignment, never by the feedback's words: Inicio's first look is
    # kept in a file (services/first_look.py), which holds no comment or grade.
    rows = s.execute(select(Assignment.id, Assignment.title)
                     .join(Submission, Submission.assignment_id == Assignment.id)
                     .join(Feedback, Feedback.submission_id == Submission.id)
                     .where(Feedback.seq > after, Submission.user_id == me,
                            Feedback.author_id != me)
                     .order_by(Feedback.seq.desc()).limit(PER_KIND)).all()
    return [NewItem("feedback", title, f"assignment:{a}") for a, title in rows]


def _replies(s, me, after):
    mine = aliased(Post)
    rows = s.execute(
        select(Post, Thread).join(Thread, Thread.id == Post.thread_id)
        .outerjoin(mine, mine.id == Post.reply_to)
        .where(Post.seq > after, Post.author_id != me,
               or_(mine.author_id == me, Thread.author_id == me))
        .order_by(Post.seq.desc()).limit(PER_KIND)).all()
    items = []
    for post, thread in rows:
        place = f"group:{thread.group_id}" if thread.group_id else f"forum:{thread.forum_id}"
        items.append(NewItem("reply", thread.title, f"{place}:{thread.id}"))
    rows = s.execute(
        select(WallComment, WallPost).join(WallPost, WallPost.id == WallComment.post_id)
        .where(WallComment.seq > after, WallComment.author_id != me, WallPost.author_id == me)
        .order_by(WallComment.seq.desc()).limit(PER_KIND)).all()
    items += [NewItem("wall_comment", _first_words(post.body), f"wall:{post.id}")
              for _c, post in rows]
    return items


def _documents(s, me, after):
    return [NewItem("document", d.title, f"document:{d.id}") for d in s.scalars(
        select(Document).where(Document.seq > after, or_(Document.contributed_by.is_(None),
                                                         Document.contributed_by != me))
        .order_by(Document.seq.desc()).limit(PER_KIND))]


def _news(s, me, after):
    return [NewItem("news", n.title, f"news:{n.id}") for n in s.scalars(
        select(News).where(News.seq > after, News.author_id != me)
        .order_by(News.seq.desc()).limit(PER_KIND))]


def _groups(s, me, after):
    items = [NewItem("group", t.title, f"group:{t.group_id}:{t.id}") for t in s.scalars(
        select(Thread).where(Thread.group_id.is_not(None), Thread.seq > after,
                             Thread.author_id != me)
        .order_by(Thread.seq.desc()).limit(PER_KIND))]
    items += [NewItem("group_document", d.title, f"group:{d.group_id}") for d in s.scalars(
        select(GroupDocument).where(GroupDocument.seq > after, GroupDocument.author_id != me)
        .order_by(GroupDocument.seq.desc()).limit(PER_KIND))]
    return items


def _wall(s, me, after):
    return [NewItem("wall", _first_words(w.body), f"wall:{w.id}") for w in s.scalars(
        select(WallPost).where(WallPost.seq > after, WallPost.author_id != me)
        .order_by(WallPost.seq.desc()).limit(PER_KIND))]


def _debates_closing(s, me, after):
    """Open debates that close in the next days: there is still time to take part. (The
    periods are compared here, not in SQL: SQLite keeps them as naive text.)"""
    moment = datetime.now(timezone.utc)
    soon = [d for d in s.scalars(select(Debate).where(Debate.published_at.is_(None)))
            if utc(d.opens_at) <= moment < utc(d.closes_at) <= moment + CLOSING_SOON]
    soon.sort(key=lambda d: utc(d.closes_at))
    return [NewItem("debate", d.question, f"debate:{d.id}") for d in soon[:PER_KIND]]


def _surveys_waiting(s, me, after):
    """Open surveys this person has not answered (nor queued an answer to)."""
    moment = datetime.now(timezone.utc)
    answered = select(SurveyAnswer.survey_id).where(SurveyAnswer.user_id == me)
    waiting = [v for v in s.scalars(select(Survey).where(Survey.id.not_in(answered)))
               if utc(v.closes_at) > moment]
    waiting.sort(key=lambda v: utc(v.closes_at))
    return [NewItem("survey", v.question, f"survey:{v.id}") for v in waiting[:PER_KIND]]


for _source in (_news, _feedback, _replies, _lessons, _documents, _groups, _wall):
    register_source(_source)
for _source in (_debates_closing, _surveys_waiting):
    register_source(_source, waiting=True)


def since_last_sync(store: Store) -> list[NewItem]:
    """What the last sync that brought something brought, by kind, a few of each. None
    after the first sync of a profile: it brought the whole network, which is not news."""
    after = mark(store)
    with store.session() as s:
        me = meta.get(s, "user_id") or ""
        items: list[NewItem] = []
        for source in _sources if after else ():
            items.extend(source(s, me, after))
        for source in _waiting:
            items.extend(source(s, me, 0))
        return items
