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


def _t(text: str) -> str:
    return QCoreApplication.translate("PropuestaPDF", text)


def peru_date(moment) -> str:
    """A full date, never "hoy" or "ayer": the paper is read on another day."""
    from PySide6.QtCore import QDate, QLocale
    local = moment.astimezone(PERU)
    date = QLocale().toString(QDate(local.year, local.month, local.day),
                              QCoreApplication.translate("Fechas", "d 'de' MMMM 'de' yyyy"))
    return QCoreApplication.translate("Fechas", "%1 (hora del Perú)").replace(
        "%1", f"{date}, {local:%H:%M}")


def _para(text: str) -> str:
    return "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line.strip())


def proposal_document(view) -> QTextDocument:
    """The document of a published debate (services.debates.DebateView)."""
    debate = view.debate
    total = sum(x.endorsements for x in view.proposals if x.state == "synced")
    parts = [
        f"<p style='color:#5b5b5b'>{html.escape(_t('Edugestores propone'))}</p>",
        f"<h1>{html.escape(debate.result_title)}</h1>",
        f"<h3>{html.escape(_t('La pregunta del debate'))}</h3>",
        f"<p><b>{html.escape(debate.question)}</b></p>",
        _para(debate.description),
        "<p>" + html.escape(_t("Debate abierto del %1 al %2.")
                            .replace("%1", peru_date(debate.opens_at))
                            .replace("%2", peru_date(debate.closes_at))) + "</p>",
        "<p>" + html.escape(_t("Propuestas presentadas: %1. Respaldos recibidos: %2.")
                            .replace("%1", str(len(view.proposals)))
                            .replace("%2", str(total))) + "</p>",
        f"<h3>{html.escape(_t('Síntesis'))}</h3>",
        _para(view.synthesis),
        f"<h3>{html.escape(_t('Propuesta de la red'))}</h3>",
        _para(view.result_body),
    ]
    if debate.published_at:
        signed = _t("Publicada el %1").replace("%1", peru_date(debate.published_at))
        if view.published_by:
            signed += " · " + view.published_by
        parts.append(f"<p style='color:#5b5b5b'>{html.escape(signed)}</p>")
    if view.proposals:
        parts.append(f"<h3>{html.escape(_t('Propuestas de los miembros'))}</h3><ul>")
        for x in view.proposals:
            if x.state != "synced":
                continue
            parts.append("<li>" + html.escape(
                _t("%1 — %2 (respaldos: %3)").replace("%1", x.title)
                .replace("%2", x.author).replace("%3", str(x.endorsements))) + "</li>")
        parts.append("</ul>")
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
