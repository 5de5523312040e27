"""A published proposal as a PDF to hand to authorities: the question, the period, the
synthesis, the proposal, who published it and how many members endorsed the debate's
proposals. Qt's own QTextDocument and QPdfWriter write it (nothing added to the bundle:
docs/decisions.md); every piece of wire text is escaped, so nothing in it is markup."""
from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app.ui.timefmt import PERU

log = logging.getLogger(__name__)


def peru_date(moment) -> str:
    """A full date, never "hoy" or "ayer": the paper is read on another day."""
    from PySide6.QtCore import QDate, QLocale
    local = moment.astimezone(PERU)
    date = QLocale().toString(QDate(local.year, local.month, local.day),
                              QCoreApplication.translate("Fechas", "d 'de' MMMM 'de' yyyy"))
    return QCoreApplication.translate("Fechas", "%1 (hora del Perú)").replace(
        "%1", f"{date}, {local:%H:%M}")


def _tag(tag: str, text: str) -> str:
    return f"<{tag}>{html.escape(text)}</{tag.split()[0]}>"


def _para(text: str) -> str:
    return "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line.strip())


def proposal_document(view) -> QTextDocument:
    """The document of a published debate (services.debates.DebateView)."""
    debate = view.debate
    total = sum(x.endorsements for x in view.proposals if x.state == "synced")
    period = QCoreApplication.translate("PropuestaPDF", "Debate abierto del %1 al %2.")
    counts = QCoreApplication.translate(
        "PropuestaPDF", "Propuestas presentadas: %1. Respaldos recibidos: %2.")
    parts = [
        _tag("p style='color:#5b5b5b'",
             QCoreApplication.translate("PropuestaPDF", "Edugestores propone")),
        _tag("h1", debate.result_title),
        _tag("h3", QCoreApplication.translate("PropuestaPDF", "La pregunta del debate")),
        _tag("p", debate.question),
        _para(debate.description),
        _tag("p", period.replace("%1", peru_date(debate.opens_at))
             .replace("%2", peru_date(debate.closes_at))),
        _tag("p", counts.replace("%1", str(len(view.proposals))).replace("%2", str(total))),
        _tag("h3", QCoreApplication.translate("PropuestaPDF", "Síntesis")),
        _para(view.synthesis),
        _tag("h3", QCoreApplication.translate("PropuestaPDF", "Propuesta de la red")),
        _para(view.result_body),
    ]
    if debate.published_at:
        signed = QCoreApplication.translate("PropuestaPDF", "Publicada el %1").replace(
            "%1", peru_date(debate.published_at))
        if view.published_by:
            signed += " · " + view.published_by
        parts.append(_tag("p style='color:#5b5b5b'", signed))
    listed = [x for x in view.proposals if x.state == "synced"]
    if listed:
        parts.append(_tag("h3", QCoreApplication.translate("PropuestaPDF",
                                                           "Propuestas de los miembros")))
        line = QCoreApplication.translate("PropuestaPDF", "%1 — %2 (respaldos: %3)")
        parts.append("<ul>" + "".join(
            _tag("li", line.replace("%1", x.title).replace("%2", x.author)
                 .replace("%3", str(x.endorsements))) for x in listed) + "</ul>")
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml("".join(parts))
    return document


def write_pdf(view, path: Path) -> Path:
    """Write the PDF (A4, 2 cm margins) to `path`; OSError if it cannot be written."""
    path = Path(path)
    document = proposal_document(view)
    writer = QPdfWriter(str(path))
    writer.setTitle(view.debate.result_title)
    writer.setCreator("Minka")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter))
    writer.setResolution(300)
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    document.print_(writer)
    del writer   # the file is complete once the writer is gone
    if not path.exists() or path.stat().st_size == 0:
        log.warning("the PDF of debate %s was not written to %s", view.debate.id, path)
        raise OSError(f"could not write {path}")
    return path
