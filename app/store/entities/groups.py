"""Closed groups in the replica: the groups this person belongs to, their members and
documents (their threads are forum threads with `group_id`), and leaving one.

The server sends a group's records only to its members; when this person's membership
ends, its tombstone arrives and everything of the group leaves this computer in the same
transaction, its files queued for deletion once that transaction is committed.
"""
from __future__ import annotations

import json
import logging

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.store import meta
from app.store.entities.common import WRITTEN_HERE, set_state
from app.store.entities.forums import mark_thread
from app.store.models import (PENDING, REJECTED, SYNCED, ForgottenFile, Group, GroupDocument, GroupMember, Post,
                              Thread)
from app.store.registry import LocalEntity, register
from sync import protocol as p

log = logging.getLogger(__name__)


def forget_files_of(session, documents) -> None:
    """Queue the cached files of these group documents for deletion after the commit
    (services.files.forget_files keeps any that something else here still uses)."""
    shas = set()
    for file_json in documents:
        try:
            shas.add(json.loads(file_json)["sha256"])
        except (ValueError, KeyError, TypeError):
            continue
    if shas:
        session.execute(sqlite_insert(ForgottenFile).on_conflict_do_nothing(),
                        [{"sha256": sha} for sha in shas])


def leave_groups(session, member_ids: list[str], page) -> None:
    """This person left a group (contract point 5): remove all of it from this computer."""
    me = meta.get(session, "user_id")
    groups = set(session.scalars(select(GroupMember.group_id).where(
        GroupMember.id.in_(member_ids), GroupMember.user_id == me)))
    for group_id in groups:
        log.info("no longer a member of group %s: removing its local copy", group_id)
        forget_files_of(session, session.scalars(
            select(GroupDocument.file).where(GroupDocument.group_id == group_id)))
        threads = select(Thread.id).where(Thread.group_id == group_id)
        session.execute(delete(Post).where(Post.thread_id.in_(threads)))
        session.execute(delete(Thread).where(Thread.group_id == group_id))
        session.execute(delete(GroupDocument).where(GroupDocument.group_id == group_id))
        session.execute(delete(GroupMember).where(GroupMember.group_id == group_id))
        session.execute(delete(Group).where(Group.id == group_id))


def _document_removed(session, ids: list[str], page) -> None:
    forget_files_of(session, session.scalars(
        select(GroupDocument.file).where(GroupDocument.id.in_(ids))))


def _mark_membership(session, payload, state, code) -> None:
    """A facilitator's change of members, answered. Accepted: the server's record (or its
    tombstone) follows in the changes. Refused: an addition stays listed as refused, with
    why; a removal is undone here."""
    row = session.get(GroupMember, p.group_member_id(payload.group_id, payload.user_id))
    if row is None:
        return
    if state == REJECTED and not payload.member:
        row.ending = False
    row.sync_state, row.reject_code = state, code


def _mark_document(session, payload, state, code) -> None:
    set_state(session, GroupDocument, payload.id, state=state, reject_code=code)


register(LocalEntity("group", Group))
register(LocalEntity(
    "group_member", GroupMember, before_delete=leave_groups,
    arrives=lambda row: dict(sync_state=SYNCED, reject_code=None, ending=False),
    unless_pending=lambda t: t.c.sync_state != PENDING,
    marks={"group.member.set": _mark_membership}))
register(LocalEntity(
    "group_document", GroupDocument, keep=WRITTEN_HERE, written_here=WRITTEN_HERE,
    arrives=lambda row: dict(state=SYNCED, reject_code=None),
    before_delete=_document_removed, marks={"group.document.add": _mark_document,
                                            # a group's thread is a forum thread
                                            "group.thread.create": mark_thread}))
