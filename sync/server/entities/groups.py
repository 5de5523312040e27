"""Closed groups ("Edugestores grupos"): the group, its members and its documents, who sees
them (its members only), the ops members send, and how facilitators manage membership.

A group's threads and posts are forum threads with `group_id` set (sync/server/entities/
forums.py keeps them from non-members). Joining restamps the
group's records so the new member's next sync brings its history; leaving turns the
membership into a tombstone, which the member's devices take as "drop this group".
"""
from __future__ import annotations

import json
import logging

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from sync import protocol as p
from sync.server.accounts import now
from sync.server.blobs import attach
from sync.server.course import stable_id
from sync.server.models import Group, GroupDocument, GroupMember, Post, Thread, User
from sync.server.registry import Caller, Entity, Rejected, register, register_ops
from sync.server.seq import restamp, take_seq

log = logging.getLogger(__name__)

MANAGERS = ("facilitator", "admin")


class GroupError(ValueError):
    """A management request that cannot be done (unknown group or user); nothing changed."""


def group_id_for_slug(slug: str) -> str:
    return stable_id("group", slug)


def member_id(group_id: str, user_id: str) -> str:
    return p.group_member_id(group_id, user_id)


def my_groups(caller: Caller):
    """The ids of the groups `caller` belongs to now (an SQL subquery)."""
    return (select(GroupMember.group_id)
            .where(GroupMember.user_id == caller.user_id, GroupMember.deleted.is_(False)))


def is_member(session: Session, group_id: str, user_id: str) -> bool:
    row = session.get(GroupMember, member_id(group_id, user_id))
    return row is not None and not row.deleted


def _iso(value) -> str | None:
    return value.isoformat() if value else None


# ---- ops ----------------------------------------------------------------------------------

def _living_group_of_member(session: Session, caller: Caller, group_id: str) -> Group:
    group = session.get(Group, group_id)
    if group is None or group.deleted or not is_member(session, group.id, caller.user_id):
        # The same answer whether the group exists or not: non-members learn nothing.
        raise Rejected("group_not_found", f"no group {group_id} this account belongs to")
    return group


def group_thread_create(session: Session, caller: Caller, payload: p.GroupThreadCreate) -> None:
    group = _living_group_of_member(session, caller, str(payload.group_id))
    if session.get(Thread, str(payload.id)) is not None or session.get(Post, str(payload.post_id)):
        raise Rejected("id_conflict", f"thread {payload.id} or post {payload.post_id} "
                                      f"already exists")
    first = take_seq(session, 2)
    created = now()
    session.add(Thread(id=str(payload.id), forum_id=None, group_id=group.id,
                       author_id=caller.user_id, title=payload.title, created_at=created,
                       seq=first, deleted=False))
    session.flush()
    session.add(Post(id=str(payload.post_id), thread_id=str(payload.id),
                     author_id=caller.user_id, body=payload.body, created_at=created,
                     seq=first + 1, deleted=False))
    session.flush()


def group_document_add(session: Session, caller: Caller, payload: p.GroupDocumentAdd) -> None:
    """The file's checks (uploaded by this account, its size, a type members may open)
    ran before, for every op (blobs.check_named_files)."""
    group = _living_group_of_member(session, caller, str(payload.group_id))
    if session.get(GroupDocument, str(payload.id)) is not None:
        raise Rejected("id_conflict", f"group document {payload.id} already exists")
    session.add(GroupDocument(id=str(payload.id), group_id=group.id, author_id=caller.user_id,
                              title=payload.title, description=payload.description,
                              file=json.dumps(payload.file.model_dump(), ensure_ascii=False),
                              created_at=now(), seq=take_seq(session), deleted=False))
    session.flush()
    attach(session, payload.file.sha256, "group_document", str(payload.id))


def group_member_set(session: Session, caller: Caller, payload: p.GroupMemberSet) -> None:
    """A facilitator or administrator of the network who belongs to the group manages
    its members from the app (the command line does the same for any group)."""
    group = _living_group_of_member(session, caller, str(payload.group_id))
    if caller.role not in MANAGERS:
        raise Rejected("not_allowed", "only facilitators and administrators manage groups")
    user = session.get(User, str(payload.user_id))
    if user is None or user.deleted:
        raise Rejected("user_not_found", f"no user {payload.user_id}")
    if payload.member:
        if _join(session, group, user.id, payload.role):
            session.flush()
            _restamp_group(session, group.id)
    else:
        _leave(session, group, user.id)
    session.flush()


# ---- management (command line) --------------------------------------------------------------

def create_group(session: Session, *, slug: str, title: str, description: str = "") -> Group:
    """Create a group, or update its title and description (idempotent by slug)."""
    slug = slug.strip().lower()
    title = title.strip()
    if not slug or not title:
        raise GroupError("a group needs a slug and a title")
    group = session.get(Group, group_id_for_slug(slug))
    if group is None:
        group = Group(id=group_id_for_slug(slug), slug=slug, title=title,
                      description=description, created_at=now(), seq=take_seq(session),
                      deleted=False)
        session.add(group)
    elif (group.title, group.description, group.deleted) != (title, description, False):
        group.title, group.description, group.deleted = title, description, False
        group.seq = take_seq(session)
    session.flush()
    return group


def _group(session: Session, slug: str) -> Group:
    group = session.scalar(select(Group).where(Group.slug == slug.strip().lower(),
                                               Group.deleted.is_(False)))
    if group is None:
        raise GroupError(f"no group {slug!r}")
    return group


def _user(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None or user.deleted:
        raise GroupError(f"no user {username!r}")
    return user


def _join(session: Session, group: Group, user_id: str, role: str) -> bool:
    """Make `user_id` a member with `role`; False if nothing changed."""
    row = session.get(GroupMember, member_id(group.id, user_id))
    if row is not None and not row.deleted and row.role == role:
        return False
    if row is None:
        session.add(GroupMember(id=member_id(group.id, user_id), group_id=group.id,
                                user_id=user_id, role=role, seq=take_seq(session),
                                deleted=False))
    else:
        row.role, row.deleted, row.seq = role, False, take_seq(session)
    return True


def _leave(session: Session, group: Group, user_id: str) -> bool:
    row = session.get(GroupMember, member_id(group.id, user_id))
    if row is None or row.deleted:
        return False
    row.deleted, row.seq = True, take_seq(session)
    log.info("user %s left group %s", user_id, group.slug)
    return True


def add_members(session: Session, *, slug: str, usernames: list[str],
                role: str = "member") -> int:
    """Make users members of a group; returns how many joined (or changed role).

    Records written before someone joined have seqs below that person's cursor, so the
    group's records are restamped (seq.restamp, as course enrolment does): the new
    member's next sync brings the group's whole history.
    """
    group = _group(session, slug)
    users = [_user(session, name) for name in usernames]  # all known, or nothing changes
    joined = sum(_join(session, group, user.id, role) for user in users)
    if joined:
        session.flush()
        _restamp_group(session, group.id)
    return joined


def _restamp_group(session: Session, group_id: str) -> None:
    threads = select(Thread.id).where(Thread.group_id == group_id)
    restamp(session, Group, Group.id == group_id)
    restamp(session, GroupMember, GroupMember.group_id == group_id)
    restamp(session, Thread, Thread.group_id == group_id)
    restamp(session, Post, Post.thread_id.in_(threads))
    restamp(session, GroupDocument, GroupDocument.group_id == group_id)


def remove_members(session: Session, *, slug: str, usernames: list[str]) -> int:
    """End memberships: each becomes a tombstone with a new seq, which the member's
    devices receive (their own membership stays visible to them) and act on by removing
    the group, its threads, documents and files. Returns how many left."""
    group = _group(session, slug)
    users = [_user(session, name) for name in usernames]
    left = sum(_leave(session, group, user.id) for user in users)
    session.flush()
    return left


def list_members(session: Session, slug: str) -> list[tuple[User, str]]:
    group = _group(session, slug)
    return list(session.execute(
        select(User, GroupMember.role).join(GroupMember, GroupMember.user_id == User.id)
        .where(GroupMember.group_id == group.id, GroupMember.deleted.is_(False))
        .order_by(User.username)).tuples())


def list_groups(session: Session) -> list[Group]:
    return list(session.scalars(select(Group).where(Group.deleted.is_(False))
                                .order_by(Group.slug)))


# ---- declarations ----------------------------------------------------------------------------

register(Entity("group", Group, lambda row: dict(
    slug=row.slug, title=row.title, description=row.description,
    created_at=_iso(row.created_at)),
    visible=lambda caller: Group.id.in_(my_groups(caller))))
register(Entity("group_member", GroupMember, lambda row: dict(
    group_id=row.group_id, user_id=row.user_id, role=row.role),
    # Members see their group's list; everyone sees their own membership, ended too:
    # that tombstone is how a device learns that its person left.
    visible=lambda caller: or_(GroupMember.user_id == caller.user_id,
                               GroupMember.group_id.in_(my_groups(caller))),
    ops={"group.member.set": group_member_set}))
register(Entity("group_document", GroupDocument, lambda row: dict(
    group_id=row.group_id, author_id=row.author_id, title=row.title,
    description=row.description, file=json.loads(row.file), created_at=_iso(row.created_at)),
    visible=lambda caller: GroupDocument.group_id.in_(my_groups(caller)),
    files=lambda record: [record["file"]],
    ops={"group.document.add": group_document_add}))
# A group's threads and posts are the forums' entities; this op starts one in a group.
register_ops({"group.thread.create": group_thread_create})
