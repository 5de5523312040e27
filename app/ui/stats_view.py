"""The Estadísticas section: the network's statistics as the server last computed them
(active members by region, position and gender; active members over time against the
goal; posts, downloads and new documents per month), drawn by app/ui/charts.py and saved
as a PNG (the same drawing) or a CSV."""
from __future__ import annotations

import logging
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from app.services import surveys
from app.ui.charts import COLORS, Bar, BarChart, ColumnChart, ChartView, Series, \
    charts_image, save_png
from app.ui.files import choose_save_path
from app.ui.fit import WrapLabel
from app.ui.plaintext import Label, message
from app.ui.timefmt import PERU, peru_when

log = logging.getLogger(__name__)


def gender_name(code: str) -> str:
    names = {"F": QCoreApplication.translate("StatsView", "Mujeres"),
             "M": QCoreApplication.translate("StatsView", "Hombres"),
             "": QCoreApplication.translate("StatsView", "Sin dato")}
    return names.get(code, code)


def month_label(month: str, first: bool) -> str:
    """'2026-01' as 'ene' (with the year under it on January and on the first column)."""
    year, number = month.split("-")
    name = QLocale().standaloneMonthName(int(number), QLocale.ShortFormat).rstrip(".")
    return f"{name}\n{year}" if first or number == "01" else name


def computed_at(stats: dict) -> datetime | None:
    try:
        return datetime.fromisoformat(stats["computed_at"])
    except (KeyError, TypeError, ValueError):
        return None


def charts_for(stats: dict) -> list:
    """The statistics as charts: the same list the view shows and the PNG carries."""
    active = stats.get("active", 0)
    months = stats.get("months", [])
    labels = [month_label(m, i == 0) for i, m in enumerate(months)]
    goal = stats.get("goal")
    over_time = ColumnChart(
        QCoreApplication.translate("StatsView", "Miembros activos mes a mes"), labels,
        [Series(QCoreApplication.translate("StatsView", "Miembros activos"),
                stats.get("active_by_month", []), COLORS[0])],
        QCoreApplication.translate("StatsView", "Activos en los 90 días hasta el fin de cada "
                                                "mes."),
        goal=goal, goal_text=(QCoreApplication.translate("StatsView", "Meta: %1")
                              .replace("%1", str(goal)) if goal else ""), legend=False)

    def bars(title: str, rows: list, name=lambda x: x) -> BarChart:
        return BarChart(title, [
            Bar(name(label) if name(label) else
                QCoreApplication.translate("StatsView", "Sin dato"), count,
                QCoreApplication.translate("StatsView", "%1 (%2 %)")
                .replace("%1", str(count))
                .replace("%2", f"{100 * count / active:.0f}" if active else "0"))
            for label, count in rows], max([c for _l, c in rows], default=0),
            "", QCoreApplication.translate("StatsView", "Todavía no hay miembros activos."))

    activity = ColumnChart(
        QCoreApplication.translate("StatsView", "Publicaciones y descargas por mes"), labels, [
            Series(QCoreApplication.translate("StatsView", "Publicaciones"),
                   stats.get("posts_by_month", []), COLORS[0]),
            Series(QCoreApplication.translate("StatsView", "Descargas de documentos"),
                   stats.get("downloads_by_month", []), COLORS[1])],
        QCoreApplication.translate("StatsView", "Publicaciones en los foros y en el muro; "
                                                "descargas de documentos del repositorio."))
    documents = ColumnChart(
        QCoreApplication.translate("StatsView", "Documentos nuevos en el repositorio"),
        labels, [Series(QCoreApplication.translate("StatsView", "Documentos nuevos"),
                        stats.get("documents_by_month", []), COLORS[2])], legend=False)
    return [over_time,
            bars(QCoreApplication.translate("StatsView", "Miembros activos por región"),
                 stats.get("by_region", [])),
            bars(QCoreApplication.translate("StatsView", "Miembros activos por cargo"),
                 stats.get("by_position", [])),
            bars(QCoreApplication.translate("StatsView", "Miembros activos por género"),
                 stats.get("by_gender", []), gender_name),
            documents, activity]


def summary_text(stats: dict, absolute: bool = False) -> str:
    """One paragraph: active of all members, the goal, when the server computed it
    (`absolute`: a date a saved file still says right next week, not "hoy")."""
    if not stats:
        return QCoreApplication.translate(
            "StatsView", "Las estadísticas llegan con la próxima sincronización.")
    text = QCoreApplication.translate(
        "StatsView", "%1 miembros activos de %2 (activos: sincronizaron o escribieron en los "
                     "últimos %3 días).").replace("%1", str(stats.get("active", 0))) \
        .replace("%2", str(stats.get("members", 0))) \
        .replace("%3", str(stats.get("active_days", 90)))
    if stats.get("goal"):
        text += " " + QCoreApplication.translate("StatsView", "Meta de la red: %1.").replace(
            "%1", str(stats["goal"]))
    at = computed_at(stats)
    if at is not None:
        # peru_when says "hoy"/"ayer" only near `now`: a month off, it gives the date.
        shown = peru_when(at, now=at + timedelta(days=30)) if absolute else peru_when(at)
        text += " " + QCoreApplication.translate("StatsView", "Datos calculados: %1.") \
            .replace("%1", shown)
    return text


def csv_labels() -> dict[str, str]:
    """The CSV's words, in the interface language."""
    labels = {
        "section": QCoreApplication.translate("StatsView", "Sección"),
        "item": QCoreApplication.translate("StatsView", "Dato"),
        "value": QCoreApplication.translate("StatsView", "Valor"),
        "summary": QCoreApplication.translate("StatsView", "Resumen"),
        "members": QCoreApplication.translate("StatsView", "Miembros"),
        "active": QCoreApplication.translate("StatsView", "Miembros activos"),
        "goal": QCoreApplication.translate("StatsView", "Meta de miembros activos"),
        "computed_at": QCoreApplication.translate("StatsView", "Calculado el"),
        "by_region": QCoreApplication.translate("StatsView", "Activos por región"),
        "by_position": QCoreApplication.translate("StatsView", "Activos por cargo"),
        "by_gender": QCoreApplication.translate("StatsView", "Activos por género"),
        "blank": QCoreApplication.translate("StatsView", "Sin dato"),
        "active_by_month": QCoreApplication.translate("StatsView", "Activos por mes"),
        "posts_by_month": QCoreApplication.translate("StatsView", "Publicaciones por mes"),
        "downloads_by_month": QCoreApplication.translate("StatsView", "Descargas por mes"),
        "documents_by_month": QCoreApplication.translate("StatsView", "Documentos nuevos por mes"),
    }
    for code in ("F", "M", ""):
        labels["gender:" + code] = gender_name(code)
    return labels


class StatsView(QWidget):
    """`wrote` is never emitted (nothing is written here); the main window listens to
    every section's."""

    wrote = Signal()

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.stats: dict = {}
        self.last_saved: Path | None = None
        title = Label(self.tr("Estadísticas de la red"))
        title.setObjectName("paneTitle")
        self.png_button = QPushButton(self.tr("Guardar imagen (PNG)…"))
        self.png_button.clicked.connect(lambda: self.export_png())
        self.csv_button = QPushButton(self.tr("Guardar datos (CSV)…"))
        self.csv_button.clicked.connect(lambda: self.export_csv())
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.png_button)
        head.addWidget(self.csv_button)
        self.summary = WrapLabel("", "")
        self.summary.setObjectName("statsSummary")
        self.status_label = WrapLabel("", "hint")
        self.status_label.hide()
        self.charts = [ChartView() for _ in range(6)]
        for i, chart in enumerate(self.charts):
            chart.setObjectName(f"statsChart{i}")
        page = QWidget()
        grid = QGridLayout(page)
        top = Qt.AlignTop
        grid.addWidget(self.charts[0], 0, 0, 1, 2, top)
        grid.addWidget(self.charts[1], 1, 0, 2, 1, top)   # regions: the longest list
        grid.addWidget(self.charts[2], 1, 1, top)
        grid.addWidget(self.charts[3], 2, 1, top)
        grid.addWidget(self.charts[4], 3, 0, top)
        grid.addWidget(self.charts[5], 3, 1, top)
        grid.setRowStretch(4, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.summary)
        layout.addWidget(self.status_label)
        layout.addWidget(self.scroll, 1)
        self.reload()

    def reload(self) -> None:
        self.stats = surveys.statistics(self.store)
        self.summary.setText(summary_text(self.stats))
        shown = bool(self.stats)
        self.png_button.setEnabled(shown)
        self.csv_button.setEnabled(shown)
        self.scroll.setVisible(shown)
        if shown:
            for view, chart in zip(self.charts, charts_for(self.stats)):
                view.set_chart(chart)

    # ---- saving -----------------------------------------------------------------------

    def file_name(self, extension: str) -> str:
        """What it is and the date of the data: estadisticas-de-la-red-2026-12-01.png."""
        at = computed_at(self.stats) or datetime.now(PERU)
        return self.tr("estadisticas-de-la-red") + f"-{at.astimezone(PERU):%Y-%m-%d}" \
            f".{extension}"

    def _where(self, path: str | None, title: str, extension: str, kind: str) -> Path | None:
        if path is None:
            # The name alone: the dialog opens where the person saved last, or Documents.
            path = choose_save_path(self, title, self.file_name(extension), [kind])
        return Path(path) if path else None

    def image(self):
        heading = self.tr("Estadísticas de la red Minka") + " — " + summary_text(
            self.stats, absolute=True)
        return charts_image(charts_for(self.stats), 1200, self.font(), heading, columns=2)

    def export_png(self, path: str | None = None) -> Path | None:
        target = self._where(path, self.tr("Guardar las estadísticas como imagen"), "png",
                             self.tr("Imagen PNG (*.png)"))
        if target is None:
            return None
        try:
            written = save_png(self.image(), target)
        except OSError as exc:
            log.warning("could not write the statistics PNG %s: %s", target, exc)
            self._could_not_save()
            return None
        self._saved(written)
        return written

    def export_csv(self, path: str | None = None) -> Path | None:
        target = self._where(path, self.tr("Guardar los datos de las estadísticas"), "csv",
                             self.tr("Datos CSV (*.csv)"))
        if target is None:
            return None
        try:
            surveys.write_csv(target, surveys.statistics_rows(self.stats, csv_labels()))
        except OSError as exc:
            log.warning("could not write the statistics CSV %s: %s", target, exc)
            self._could_not_save()
            return None
        self._saved(target)
        return target

    def _saved(self, path: Path) -> None:
        self.last_saved = path
        self.status_label.setText(self.tr("Guardado: %1").replace("%1", str(path)))
        self.status_label.show()

    def _could_not_save(self) -> None:
        message(self, self.tr("No se pudo guardar"), self.tr(
            "No se pudo guardar el archivo en ese lugar. Elija otra carpeta, por ejemplo "
            "Documentos, y revise que haya espacio libre."))
