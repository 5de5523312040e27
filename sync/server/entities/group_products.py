"""A group's finished product proposed to the repository: a member of the group proposes
one of its documents, which reaches the moderators' queue as a repository proposal naming
the group (decided there like any other, op proposal.decide)."""
from __future__ import annotations

import json

from sqlalchemy.orm import Session

from sync import protocol as p
from sync.server.accounts import now
from sync.server.blobs import attach
from sync.server.entities.groups import is_member
from sync.server.models import Group, GroupDocument, Proposal
from sync.server.registry import Caller, Rejected, register_ops
from sync.server.repository import columns
from sync.server.seq import take_seq


def group_document_propose(session: Session, caller: Caller,
                           payload: p.GroupDocumentPropose) -> None:
    document = session.get(GroupDocument, str(payload.group_document_id))
    if (document is None or document.deleted
            or not is_member(session, document.group_id, caller.user_id)):
        # A group's document is, to a non-member, a document that does not exist.
        raise Rejected("group_document_not_found",
                       f"group document {payload.group_document_id} does not exist")
    proposal_id = str(payload.id)
    if session.get(Proposal, proposal_id) is not None:
        raise Rejected("id_conflict", f"proposal {proposal_id} already exists")
    group = session.get(Group, document.group_id)
    session.add(Proposal(id=proposal_id, proposer_id=caller.user_id, **columns(payload),
                         file=document.file, state="pending", reason="", document_id=None,
                         created_at=now(), decided_at=None, decided_by=None,
                         group_id=document.group_id, group_title=group.title if group else "",
                         seq=take_seq(session), deleted=False))
    session.flush()
    # Moderators read the file through the proposal, as for any other proposal.
    attach(session, json.loads(document.file)["sha256"], "proposal", proposal_id)


register_ops({"group.document.propose": group_document_propose})
