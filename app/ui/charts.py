"""Bar and column charts drawn with QPainter: a survey's results and the network's
statistics, on screen and into a PNG, with the same drawing code.

QPainter rather than QtCharts: QtCharts would add PySide6-Addons to the build and about
4 MB (with the OpenGL libraries it needs) to a bundle that carries neither; these charts
need bars, columns and one goal line (docs/decisions.md has the numbers).

Every text drawn here (option texts and region names come from other members) is drawn
with QPainter.drawText, which never reads rich text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor("#1d3b31")
MUTED = QColor("#5b6b63")
GRID = QColor("#d9d3c7")
TRACK = QColor("#efebe4")
BAR = QColor("#31604f")
MINE = QColor("#7a4e00")       # the reader's own choice, and the goal line
COLORS = ("#31604f", "#b5651d", "#5a7fa8")   # the series of a column chart

PAD = 8
ROW_GAP = 6
MIN_BAR_ROW = 24
PLOT_HEIGHT = 170


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str                   # shown after the bar: "45 % (12)"
    mine: bool = False          # drawn in the highlight colour (the reader's choice)


@dataclass(frozen=True)
class BarChart:
    """Horizontal bars, one per row: a survey's options, the members by region."""
    title: str
    bars: list[Bar]
    maximum: float              # the value of a full bar (100 for shares)
    note: str = ""
    empty: str = ""             # said instead of bars when there are none


@dataclass(frozen=True)
class Series:
    name: str
    values: list[float]
    color: str = COLORS[0]


@dataclass(frozen=True)
class ColumnChart:
    """Columns per month, one series or several side by side, and an optional goal."""
    title: str
    labels: list[str]
    series: list[Series]
    note: str = ""
    goal: float | None = None
    goal_text: str = ""
    legend: bool = field(default=True)


Chart = BarChart | ColumnChart


def _fonts(base: QFont) -> tuple[QFont, QFont, QFont]:
    title = QFont(base)
    title.setBold(True)
    title.setPointSizeF(base.pointSizeF() * 1.15 if base.pointSizeF() > 0 else 11)
    small = QFont(base)
    small.setPointSizeF(base.pointSizeF() * 0.9 if base.pointSizeF() > 0 else 9)
    return title, base, small


def _wrapped_height(metrics: QFontMetrics, width: int, text: str) -> int:
    if not text:
        return 0
    return metrics.boundingRect(QRect(0, 0, max(width, 10), 10000),
                                Qt.TextWordWrap, text).height()


def _label_width(width: int) -> int:
    return max(90, min(340, int(width * 0.36)))


def _head_height(chart: Chart, width: int, base: QFont) -> int:
    title_font, _body, small = _fonts(base)
    height = _wrapped_height(QFontMetrics(title_font), width, chart.title)
    if chart.note:
        height += 2 + _wrapped_height(QFontMetrics(small), width, chart.note)
    return height + PAD


def _bar_rows(chart: BarChart, width: int, base: QFont) -> list[int]:
    metrics = QFontMetrics(base)
    label_w = _label_width(width)
    return [max(MIN_BAR_ROW, _wrapped_height(metrics, label_w, bar.label) + 4)
            for bar in chart.bars]


def chart_height(chart: Chart, width: int, base: QFont) -> int:
    """How tall `chart` is drawn at `width` with `base` as its text font."""
    width = max(width, 200)
    head = _head_height(chart, width - 2 * PAD, base)
    if isinstance(chart, BarChart):
        rows = _bar_rows(chart, width - 2 * PAD, base)
        body = sum(rows) + ROW_GAP * len(rows) if rows else QFontMetrics(base).height() * 2
    else:
        small = _fonts(base)[2]
        legend = QFontMetrics(small).height() + PAD if chart.legend and chart.series else 0
        body = legend + PLOT_HEIGHT + QFontMetrics(small).height() * 2 + PAD
    return PAD + head + body + PAD


def paint_chart(painter: QPainter, rect: QRect, chart: Chart, base: QFont) -> None:
    """Draw `chart` inside `rect` (as tall as chart_height says)."""
    painter.save()
    painter.setRenderHint(QPainter.Antialiasing, True)
    painter.setRenderHint(QPainter.TextAntialiasing, True)
    title_font, body, small = _fonts(base)
    inner = rect.adjusted(PAD, PAD, -PAD, -PAD)
    y = inner.top()
    painter.setPen(INK)
    painter.setFont(title_font)
    h = _wrapped_height(QFontMetrics(title_font), inner.width(), chart.title)
    painter.drawText(QRect(inner.left(), y, inner.width(), h), Qt.TextWordWrap, chart.title)
    y += h
    if chart.note:
        painter.setFont(small)
        painter.setPen(MUTED)
        h = _wrapped_height(QFontMetrics(small), inner.width(), chart.note)
        painter.drawText(QRect(inner.left(), y + 2, inner.width(), h), Qt.TextWordWrap,
                         chart.note)
        y += 2 + h
    y += PAD
    area = QRect(inner.left(), y, inner.width(), inner.bottom() - y)
    if isinstance(chart, BarChart):
        _paint_bars(painter, area, chart, body)
    else:
        _paint_columns(painter, area, chart, body, small)
    painter.restore()


def _paint_bars(painter: QPainter, area: QRect, chart: BarChart, font: QFont) -> None:
    painter.setFont(font)
    metrics = QFontMetrics(font)
    if not chart.bars:
        painter.setPen(MUTED)
        painter.drawText(area, Qt.TextWordWrap, chart.empty)
        return
    label_w = _label_width(area.width())
    value_w = max(metrics.horizontalAdvance(b.text) for b in chart.bars) + PAD
    track_left = area.left() + label_w + PAD
    track_w = max(20, area.right() - value_w - track_left)
    y = area.top()
    for bar, row_h in zip(chart.bars, _bar_rows(chart, area.width(), font)):
        painter.setPen(INK)
        painter.drawText(QRect(area.left(), y, label_w, row_h),
                         Qt.TextWordWrap | Qt.AlignVCenter | Qt.AlignRight, bar.label)
        bar_h = min(row_h - 4, 20)
        top = y + (row_h - bar_h) / 2
        painter.setPen(Qt.NoPen)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(QRectF(track_left, top, track_w, bar_h), 3, 3)
        share = 0.0 if chart.maximum <= 0 else max(0.0, min(1.0, bar.value / chart.maximum))
        if share > 0:
            painter.setBrush(MINE if bar.mine else BAR)
            painter.drawRoundedRect(QRectF(track_left, top, max(3.0, track_w * share),
                                           bar_h), 3, 3)
        painter.setPen(MINE if bar.mine else INK)
        painter.drawText(QRect(track_left + track_w + PAD, y, value_w, row_h),
                         Qt.AlignVCenter | Qt.AlignLeft, bar.text)
        y += row_h + ROW_GAP


def _nice_top(value: float) -> float:
    """A round axis maximum at or above `value` (1, 2, 2.5 or 5 times a power of ten)."""
    if value <= 0:
        return 1
    power = 1
    while power * 10 <= value:
        power *= 10
    for step in (1, 2, 2.5, 5, 10):
        if step * power >= value:
            return step * power
    return 10 * power


def _paint_columns(painter: QPainter, area: QRect, chart: ColumnChart, font: QFont,
                   small: QFont) -> None:
    small_m = QFontMetrics(small)
    y = area.top()
    if chart.legend and chart.series:
        painter.setFont(small)
        x = area.left()
        for series in chart.series:
            painter.setPen(Qt.NoPen)
            painter.setBrush(QColor(series.color))
            painter.drawRect(QRectF(x, y + 3, 12, small_m.height() - 6))
            painter.setPen(INK)
            text_w = small_m.horizontalAdvance(series.name)
            painter.drawText(QRect(x + 16, y, text_w + 4, small_m.height()),
                             Qt.AlignVCenter, series.name)
            x += 16 + text_w + 18
        y += small_m.height() + PAD
    top_value = max([max(s.values, default=0) for s in chart.series] + [chart.goal or 0])
    top = max(2, _nice_top(top_value * 1.1 if top_value else 1))
    # Whole numbers only (people and documents): the middle line where it is one.
    ticks = [0, top // 2, top] if top % 2 == 0 else [0, top]
    texts = [f"{int(t)}" for t in ticks]
    axis_w = max(small_m.horizontalAdvance(t) for t in texts) + PAD
    plot = QRect(area.left() + axis_w, y, area.width() - axis_w, PLOT_HEIGHT)
    painter.setFont(small)
    for tick, text in zip(ticks, texts):               # the grid and its values
        gy = plot.bottom() - plot.height() * tick / top
        painter.setPen(QPen(GRID, 1))
        painter.drawLine(QPointF(plot.left(), gy), QPointF(plot.right(), gy))
        painter.setPen(MUTED)
        painter.drawText(QRect(area.left(), int(gy) - small_m.height() // 2, axis_w - 4,
                               small_m.height()), Qt.AlignRight | Qt.AlignVCenter, text)
    groups = max(1, len(chart.labels))
    group_w = plot.width() / groups
    count = max(1, len(chart.series))
    column_w = max(2.0, (group_w * 0.72) / count)
    for g, label in enumerate(chart.labels):
        left = plot.left() + g * group_w + (group_w - column_w * count) / 2
        for s, series in enumerate(chart.series):
            value = series.values[g] if g < len(series.values) else 0
            height = plot.height() * (value / top)
            x = left + s * column_w
            painter.setPen(Qt.NoPen)
            painter.setBrush(QColor(series.color))
            painter.drawRect(QRectF(x, plot.bottom() - height, column_w - 1, height))
            text = f"{value:g}"
            if small_m.horizontalAdvance(text) <= column_w + 2 and value > 0:
                painter.setPen(INK)
                painter.drawText(QRectF(x - 6, plot.bottom() - height - small_m.height(),
                                        column_w + 12, small_m.height()),
                                 Qt.AlignHCenter | Qt.AlignBottom, text)
        painter.setPen(MUTED)
        painter.drawText(QRectF(plot.left() + g * group_w, plot.bottom() + 2, group_w,
                                small_m.height() * 2), Qt.AlignHCenter | Qt.AlignTop |
                         Qt.TextWordWrap, label)
    if chart.goal:
        gy = plot.bottom() - plot.height() * (chart.goal / top)
        pen = QPen(MINE, 2, Qt.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(plot.left(), gy), QPointF(plot.right(), gy))
        painter.setFont(small)
        # The goal's label on a light box at the left, where the first months' columns are
        # usually still below it: over a column it would be unreadable.
        text_w = small_m.horizontalAdvance(chart.goal_text) + 8
        box = QRectF(plot.left() + 4, gy - small_m.height() - 2, text_w, small_m.height())
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor(255, 255, 255, 225))
        painter.drawRect(box)
        painter.setPen(MINE)
        painter.drawText(box, Qt.AlignCenter, chart.goal_text)


def charts_image(charts: list[Chart], width: int, base: QFont, heading: str = "",
                 columns: int = 1) -> QImage:
    """The charts on a white page (`columns` side by side), for a PNG: what the screen
    shows, drawn by the same code."""
    title_font = _fonts(base)[0]
    head_h = (_wrapped_height(QFontMetrics(title_font), width - 4 * PAD, heading) + 2 * PAD
              if heading else 0)
    cell_w = width // max(1, columns)
    rows = [charts[i:i + columns] for i in range(0, len(charts), columns)]
    heights = [max(chart_height(c, cell_w, base) for c in row) for row in rows]
    image = QImage(QSize(width, head_h + sum(heights) + 2 * PAD), QImage.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        if heading:
            painter.setFont(title_font)
            painter.setPen(INK)
            painter.drawText(QRect(2 * PAD, PAD, width - 4 * PAD, head_h), Qt.TextWordWrap,
                             heading)
        y = head_h + PAD
        for row, height in zip(rows, heights):
            for i, chart in enumerate(row):
                paint_chart(painter, QRect(i * cell_w, y, cell_w, height), chart, base)
            y += height
    finally:
        painter.end()
    return image


def save_png(image: QImage, path: Path) -> Path:
    """Written beside its name first, so a full disk never leaves half a picture."""
    path = Path(path)
    part = path.with_name(path.name + ".part")
    if not image.save(str(part), "PNG"):
        part.unlink(missing_ok=True)
        raise OSError(f"could not write {part}")
    part.replace(path)
    return path


class ChartView(QWidget):
    """One chart, as tall as it needs at the width it is given."""

    def __init__(self, chart: Chart | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.chart = chart
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.setMinimumWidth(260)
        self._fit()

    def set_chart(self, chart: Chart | None) -> None:
        self.chart = chart
        self._fit()
        self.update()

    def _fit(self) -> None:
        height = chart_height(self.chart, self.width(), self.font()) if self.chart else 0
        if height != self.minimumHeight():
            self.setMinimumHeight(height)
            self.setMaximumHeight(height)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return chart_height(self.chart, width, self.font()) if self.chart else 0

    def sizeHint(self) -> QSize:
        return QSize(480, self.heightForWidth(480))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def paintEvent(self, _event) -> None:
        if self.chart is None:
            return
        painter = QPainter(self)
        try:
            paint_chart(painter, self.rect(), self.chart, self.font())
        finally:
            painter.end()
