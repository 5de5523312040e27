"""Closed groups as a member uses them: my groups, their threads, documents and members;
starting a thread or sharing a document in a group, offline like everything else.

Replies in a group's thread are forum replies (services.forums.reply): a group thread is
a forum thread with `group_id`.
"""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import func, select

from app.services import files, repository
from app.services.attachments import check_file
from app.services.errors import UserError
from app.services.forums import ThreadItem, _me, _queue, _validate, utc
from app.store import meta
from app.store.db import Store
from app.store.models import (PENDING, Group, GroupDocument, GroupMember, Person, Post,
                              Thread)
from sync import protocol as p


@dataclass(frozen=True)
class GroupItem:
    id: str
    title: str
    description: str
    member_count: int
    thread_count: int
    document_count: int


@dataclass(frozen=True)
class GroupDocumentItem:
    id: str
    title: str
    description: str
    author: str
    file_name: str
    size: int
    sha256: str
    created_at: datetime | None
    state: str


@dataclass(frozen=True)
class MemberItem:
    display_name: str
    position: str
    region: str
    role: str
    user_id: str = ""
    state: str = "synced"           # synced, pending, rejected (a facilitator's change)
    ending: bool = False            # a removal on its way
    reject_code: str | None = None


def my_groups(store: Store) -> list[GroupItem]:
    """The groups this person belongs to (the server sends no other), by title."""
    def count(model, key):
        return (select(key.label("gid"), func.count().label("n")).select_from(model)
                .group_by(key).subquery())
    with store.session() as s:
        members = count(GroupMember, GroupMember.group_id)
        threads = count(Thread, Thread.group_id)
        docs = count(GroupDocument, GroupDocument.group_id)
        rows = s.execute(
            select(Group, func.coalesce(members.c.n, 0), func.coalesce(threads.c.n, 0),
                   func.coalesce(docs.c.n, 0))
            .outerjoin(members, members.c.gid == Group.id)
            .outerjoin(threads, threads.c.gid == Group.id)
            .outerjoin(docs, docs.c.gid == Group.id)
            .order_by(Group.title)).all()
        return [GroupItem(g.id, g.title, g.description, m, t, d) for g, m, t, d in rows]


def count_threads(store: Store, group_id: str) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(Thread)
                        .where(Thread.group_id == group_id)) or 0


def list_threads(store: Store, group_id: str, offset: int = 0,
                 limit: int = 100) -> list[ThreadItem]:
    """A group's threads, most recently active first, one page at a time."""
    with store.session() as s:
        rows = s.execute(
            select(Thread, Person.display_name).outerjoin(Person, Person.id == Thread.author_id)
            .where(Thread.group_id == group_id)
            .order_by(Thread.last_activity_at.desc(), Thread.id)
            .offset(offset).limit(limit)).all()
        return [ThreadItem(t.id, t.forum_id or "", t.title, name or "", utc(t.created_at),
                           utc(t.last_activity_at), t.post_count, t.state, t.locked)
                for t, name in rows]


def group_threads(store: Store, group_id: str) -> list[ThreadItem]:
    return list_threads(store, group_id, 0, 10_000)


def group_documents(store: Store, group_id: str) -> list[GroupDocumentItem]:
    with store.session() as s:
        rows = s.execute(
            select(GroupDocument, Person.display_name)
            .outerjoin(Person, Person.id == GroupDocument.author_id)
            .where(GroupDocument.group_id == group_id)
            .order_by(GroupDocument.seq.is_(None).desc(), GroupDocument.seq.desc())).all()
        items = []
        for doc, name in rows:
            ref = json.loads(doc.file)
            items.append(GroupDocumentItem(doc.id, doc.title, doc.description, name or "",
                                           ref.get("name", ""), int(ref.get("size", 0)),
                                           ref.get("sha256", ""),
                                           utc(doc.created_at) if doc.created_at else None,
                                           doc.state))
        return items


def group_members(store: Store, group_id: str) -> list[MemberItem]:
    with store.session() as s:
        rows = s.execute(
            select(Person, GroupMember).join(Person, Person.id == GroupMember.user_id)
            .where(GroupMember.group_id == group_id).order_by(Person.display_name)).all()
        return [MemberItem(person.display_name, person.position, person.region, m.role,
                           person.id, m.sync_state, m.ending, m.reject_code)
                for person, m in rows]


def may_manage(store: Store) -> bool:
    """Facilitators and administrators manage the members of the groups they are in."""
    with store.session() as s:
        return meta.get(s, "role") in ("facilitator", "admin")


def people(store: Store) -> list[tuple[str, str, str]]:
    """Everyone in the network this computer knows: (id, name, position and region)."""
    with store.session() as s:
        return [(person.id, person.display_name,
                 ", ".join(x for x in (person.position, person.region) if x))
                for person in s.scalars(select(Person).order_by(Person.display_name))]


def set_member(store: Store, group_id: str, user_id: str, member: bool) -> None:
    """Add or remove a member offline (a facilitator's or administrator's change): shown
    as pending at once, sent at the next sync; the server's answer settles it."""
    payload = _validate(p.GroupMemberSet, group_id=group_id, user_id=user_id, member=member)
    now = datetime.now(timezone.utc)
    with store.session() as s, s.begin():
        _my_group(s, group_id)
        if meta.get(s, "role") not in ("facilitator", "admin"):
            raise UserError("not_allowed")
        if s.get(Person, user_id) is None:
            raise UserError("user_not_found")
        row_id = p.group_member_id(group_id, user_id)
        row = s.get(GroupMember, row_id)
        if member:
            if row is None:
                s.add(GroupMember(id=row_id, group_id=group_id, user_id=user_id,
                                  role="member", seq=0, sync_state=PENDING, ending=False))
            else:
                row.sync_state, row.ending, row.reject_code = PENDING, False, None
        elif row is not None:
            row.sync_state, row.ending, row.reject_code = PENDING, True, None
        else:
            return  # not a member here: nothing to send
        _queue(s, "group.member.set", payload, now)


def _my_group(session, group_id: str) -> Group:
    group = session.get(Group, group_id)
    if group is None:
        raise UserError("group_not_found")
    return group


def create_thread(store: Store, group_id: str, title: str, body: str) -> str:
    """Open a thread in a group offline: thread, first post and op in one transaction."""
    payload = _validate(p.GroupThreadCreate, id=uuid.uuid4(), group_id=group_id,
                        post_id=uuid.uuid4(), title=title, body=body)
    now = datetime.now(timezone.utc)
    with store.session() as s, s.begin():
        _my_group(s, group_id)
        me = _me(s)
        s.add(Thread(id=str(payload.id), forum_id=None, group_id=group_id, author_id=me,
                     title=payload.title, created_at=now, last_activity_at=now,
                     post_count=1, state=PENDING))
        s.add(Post(id=str(payload.post_id), thread_id=str(payload.id), author_id=me,
                   body=payload.body, created_at=now, state=PENDING))
        _queue(s, "group.thread.create", payload, now)
    return str(payload.id)


def share_document(store: Store, group_id: str, path: Path, title: str,
                   description: str = "") -> str:
    """Share a file with the group: copied into this computer's files, the record shown
    as pending, and the op queued (the file uploads before it, at the next sync)."""
    name, size = check_file(Path(path), repository.max_file_bytes(store))
    sha = files.cache(store).put_file(Path(path))
    ref = p.FileRef(sha256=sha, name=name, size=size)
    payload = _validate(p.GroupDocumentAdd, id=uuid.uuid4(), group_id=group_id,
                        title=title, description=description, file=ref)
    now = datetime.now(timezone.utc)
    with store.session() as s, s.begin():
        _my_group(s, group_id)
        s.add(GroupDocument(id=str(payload.id), group_id=group_id, author_id=_me(s),
                            title=payload.title, description=payload.description,
                            file=json.dumps(ref.model_dump(), ensure_ascii=False),
                            created_at=now, state=PENDING))
        _queue(s, "group.document.add", payload, now)
    return str(payload.id)


def fetch_document(store: Store, account, document_id: str) -> Path | None:
    """A group document's file, downloaded if needed (off the GUI thread), as a copy for
    the system's viewer. Leaving the group deletes both (services.files.forget_files)."""
    with store.session() as s:
        doc = s.get(GroupDocument, document_id)
        if doc is None:
            raise UserError("group_not_found")
        ref = json.loads(doc.file)
    return files.fetch_copy(store, account, ref)
