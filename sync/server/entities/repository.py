"""The repository's synced entities: published documents, and members' proposals with the
moderators' decisions.

Documents are visible to every signed-in member; a proposal to the member who made it and
to every facilitator and administrator (global role). (A member who becomes a facilitator
receives older proposals when they next change, or after a fresh sign-in; roles change
rarely.) The catalogue import and withdrawal live in sync/server/repository.py.
"""
from __future__ import annotations

import json

from sqlalchemy.orm import Session

from sync import protocol as p
from sync.server.accounts import now
from sync.server.blobs import attach
from sync.server.models import Blob, BlobUpload, Document, Proposal
from sync.server.registry import Caller, Entity, Rejected, register
from sync.server.repository import (columns, document_id_for_proposal, file_json,
                                    is_moderator, max_blob_bytes)
from sync.server.seq import take_seq


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def _fields(row) -> dict:
    return dict(title=row.title, authors=json.loads(row.authors), year=row.year,
                type=row.type, themes=json.loads(row.themes), region=row.region,
                summary=row.summary, language=row.language, licence=row.licence,
                source=row.source)


def _file(record: dict) -> list[dict]:
    return [record["file"]] if record.get("file") else []


def _proposals_visible(caller: Caller):
    return None if is_moderator(caller) else Proposal.proposer_id == caller.user_id


def document_propose(session: Session, caller, payload: p.DocumentPropose) -> None:
    """A member proposes a publication; its file must have been uploaded by them first."""
    proposal_id = str(payload.id)
    if session.get(Proposal, proposal_id) is not None:
        raise Rejected("id_conflict", f"proposal {proposal_id} already exists")
    limit = max_blob_bytes()
    if payload.file.size > limit:
        raise Rejected("too_large", f"{payload.file.size} bytes, limit {limit}")
    blob = session.get(Blob, payload.file.sha256)
    uploaded = session.get(BlobUpload, (payload.file.sha256, caller.user_id)) is not None
    if blob is None or not uploaded:
        raise Rejected("attachment_missing", f"file {payload.file.name!r} not uploaded "
                                             f"by this account")
    if blob.size != payload.file.size:
        raise Rejected("attachment_missing", f"file {payload.file.name!r} has {blob.size} "
                                             f"bytes, not {payload.file.size}")
    session.add(Proposal(id=proposal_id, proposer_id=caller.user_id, **columns(payload),
                         file=file_json(payload.file), state="pending", reason="",
                         document_id=None, created_at=now(), decided_at=None,
                         decided_by=None, seq=take_seq(session), deleted=False))
    session.flush()
    attach(session, payload.file.sha256, "proposal", proposal_id)


def proposal_decide(session: Session, caller, payload: p.ProposalDecide) -> None:
    """A facilitator or administrator approves (publishes) or rejects a proposal, once."""
    if not is_moderator(caller):
        raise Rejected("not_allowed", "only facilitators and administrators decide")
    # FOR UPDATE (PostgreSQL): two moderators deciding at once are serialised on the row,
    # and the second sees the first one's decision (SQLite: the transaction is IMMEDIATE).
    proposal = session.get(Proposal, str(payload.proposal_id), with_for_update=True,
                           populate_existing=True)
    if proposal is None or proposal.deleted:
        raise Rejected("proposal_not_found", f"proposal {payload.proposal_id} does not exist")
    if proposal.state != "pending":
        raise Rejected("already_decided", f"proposal {proposal.id} was already "
                                          f"{proposal.state}")
    decided_at = now()
    if payload.decision == "approve":
        doc_id = document_id_for_proposal(proposal.id)
        if session.get(Document, doc_id) is not None:
            raise Rejected("id_conflict", f"document {doc_id} already exists")
        first = take_seq(session, 2)
        session.add(Document(id=doc_id, key="", title=proposal.title,
                             authors=proposal.authors, year=proposal.year,
                             type=proposal.type, themes=proposal.themes,
                             region=proposal.region, summary=proposal.summary,
                             language=proposal.language, licence=proposal.licence,
                             source=proposal.source, file=proposal.file,
                             published_at=decided_at, contributed_by=proposal.proposer_id,
                             seq=first, deleted=False))
        session.flush()
        attach(session, json.loads(proposal.file)["sha256"], "document", doc_id)
        proposal.state, proposal.document_id, proposal.seq = "approved", doc_id, first + 1
    else:
        proposal.state, proposal.seq = "rejected", take_seq(session)
    proposal.reason = payload.reason
    proposal.decided_at, proposal.decided_by = decided_at, caller.user_id
    session.flush()


register(Entity("document", Document, lambda row: dict(
    key=row.key, **_fields(row), file=json.loads(row.file) if row.file else None,
    published_at=_iso(row.published_at), contributed_by=row.contributed_by),
    files=_file, pack="catalogue"))
register(Entity("proposal", Proposal, lambda row: dict(
    proposer_id=row.proposer_id, **_fields(row), file=json.loads(row.file),
    state=row.state, reason=row.reason, document_id=row.document_id,
    created_at=_iso(row.created_at), decided_at=_iso(row.decided_at),
    decided_by=row.decided_by, group_id=row.group_id, group_title=row.group_title),
    visible=_proposals_visible, files=_file,
    ops={"document.propose": document_propose, "proposal.decide": proposal_decide}))
