"""The repository in the replica: documents (and their search index), members' proposals."""
from __future__ import annotations

from sqlalchemy import case, update

from app.store import search
from app.store.models import PENDING, REJECTED, SYNCED, Document, DocumentFile, Proposal
from app.store.registry import LocalEntity, register


def _forget_files(session, ids: list[str], page) -> None:
    # No longer in the catalogue: this computer stops asking for its file.
    session.execute(update(DocumentFile).where(DocumentFile.document_id.in_(ids))
                    .values(wanted=False, pinned=False))


def _index(session, page) -> None:
    documents = ([r["id"] for r in page.upserts.get("document", [])]
                 + page.deletes.get("document", []))
    if documents:
        # The search index changes in the same transaction as the rows it describes.
        search.index_documents(session, documents)


def _mark_proposal(session, payload, state, code) -> None:
    # A refused proposal keeps its text and file here; the member sees why.
    session.execute(update(Proposal).where(Proposal.id == str(payload.id))
                    .values(sync_state=state, reject_code=code))


def _mark_decision(session, payload, state, code) -> None:
    values = dict(sync_state=state, reject_code=code)
    if state == REJECTED:
        # The decision did not count (someone decided first, or no permission): the
        # proposal is what the server says, which arrives as a change; until then it
        # is back to waiting. The moderator's reason is kept to copy or send again.
        values.update(state="pending", decided_at=None, decided_by=None)
    session.execute(update(Proposal).where(Proposal.id == str(payload.proposal_id))
                    .values(**values))


register(LocalEntity("document", Document, after_delete=_forget_files, page_done=_index))
register(LocalEntity(
    "proposal", Proposal, arrives=lambda row: dict(reject_code=None, sync_state=SYNCED),
    unless_pending=lambda t: t.c.sync_state != PENDING,
    # A local write the server refused stays marked as refused when the record is
    # updated (a moderator's decision that lost to another one: the server's decision
    # shows, and so does why theirs did not count).
    on_update=lambda t: {
        "sync_state": case((t.c.sync_state == REJECTED, REJECTED), else_=SYNCED),
        "reject_code": case((t.c.sync_state == REJECTED, t.c.reject_code), else_=None)},
    marks={"document.propose": _mark_proposal, "group.document.propose": _mark_proposal,
           "proposal.decide": _mark_decision}))
