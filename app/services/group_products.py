"""A group's finished product proposed to the repository: a member proposes one of the
group's documents, offline; it reaches the moderators' queue ("Propuestas por revisar")
as a proposal naming the group, and is decided there like any other."""
from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone

from pydantic import ValidationError

from app.services.errors import UserError
from app.services.forums import _me, _queue
from app.services.repository import _fields_error
from app.store.db import Store
from app.store.models import PENDING, Group, GroupDocument, Proposal
from sync import protocol as p


def propose(store: Store, group_document_id: str, *, title: str, type: str,
            authors: list[str] = (), year: int | None = None, themes: list[str] = (),
            region: str = "", summary: str = "", language: str = "es",
            licence: str = "", source: str = "") -> str:
    """Propose a group document for the repository; the file is the one the group already
    shares (nothing to upload). Returns the proposal's id."""
    fields = dict(title=title, type=type, authors=list(authors), year=year,
                  themes=list(themes), region=region, summary=summary, language=language,
                  licence=licence, source=source)
    try:
        payload = p.GroupDocumentPropose(id=uuid.uuid4(), group_document_id=group_document_id,
                                         **fields)
    except ValidationError as exc:
        raise _fields_error(exc) from None
    now = datetime.now(timezone.utc)
    with store.session() as s, s.begin():
        me = _me(s)
        document = s.get(GroupDocument, group_document_id)
        if document is None:
            raise UserError("group_not_found")
        if document.state == PENDING:
            # The server does not have it yet: it could not find what is proposed.
            raise UserError("group_document_pending")
        group = s.get(Group, document.group_id)
        s.add(Proposal(id=str(payload.id), proposer_id=me, title=payload.title,
                       authors=json.dumps(payload.authors, ensure_ascii=False),
                       year=payload.year, type=payload.type,
                       themes=json.dumps(payload.themes, ensure_ascii=False),
                       region=payload.region, summary=payload.summary,
                       language=payload.language, licence=payload.licence,
                       source=payload.source, file=document.file, state="pending",
                       reason="", created_at=now, sync_state=PENDING,
                       group_id=document.group_id, group_title=group.title if group else ""))
        _queue(s, "group.document.propose", payload, now)
    return str(payload.id)
