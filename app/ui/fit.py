"""Widgets that show text of any length without setting the window's minimum width.

Titles, names and messages come from the network and from translations: a label sized to
its text would let one long thread title or an unwrapped hint push the window wider than
a 1366-pixel laptop screen, with "Sincronizar ahora" off the edge. Every label that shows a
sentence or text from the wire is a `WrapLabel`, and every combo box filled from the wire
goes through `fit_combo`.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QTextLayout, QTextOption
from PySide6.QtWidgets import QComboBox, QSizePolicy

from app.ui.plaintext import Label

# The narrowest a wrapping label asks to be. Qt's own minimum for a wrapping label is its
# longest word, and a word (a URL, a name without spaces) can be any length.
MIN_LABEL_WIDTH = 160
# The list a combo box drops down may be wider than the box, up to this.
MAX_POPUP_WIDTH = 640


class WrapLabel(Label):
    """A label that wraps its text and never forces the window wider than its minimum."""

    def __init__(self, text: str = "", name: str = "", parent=None):
        super().__init__(text, parent)
        if name:
            self.setObjectName(name)
        self.setWordWrap(True)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Preferred)
        self.setSizePolicy(policy)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), MIN_LABEL_WIDTH), hint.height())


def fit_combo(combo: QComboBox, chars: int = 16) -> QComboBox:
    """The combo box is as wide as `chars` characters, whatever its items say; the list
    that drops down still shows each item whole."""
    combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    view = combo.view()

    def widen(_parent, first: int, last: int) -> None:
        metrics = view.fontMetrics()
        wanted = max(metrics.horizontalAdvance(combo.itemText(i))
                     for i in range(first, last + 1)) + 40
        if wanted > view.minimumWidth():
            view.setMinimumWidth(min(wanted, MAX_POPUP_WIDTH))
    combo.model().rowsInserted.connect(widen)
    return combo


def elided_lines(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """`text` wrapped to `width` pixels in at most `max_lines` lines; when it needs more,
    the last line ends in "…", so a cut title reads as cut rather than as a sentence that
    stops mid-way. For delegates that paint titles from the network."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines: list[str] = []
    layout.beginLayout()
    while len(lines) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start = line.textStart()
        if len(lines) == max_lines - 1:
            rest = text[start:].replace("\n", " ")
            lines.append(QFontMetrics(font).elidedText(rest, Qt.ElideRight, width))
            break
        lines.append(text[start:start + line.textLength()].rstrip())
    layout.endLayout()
    return lines


class ElidedLabel(Label):
    """A one-line label (the status bar's) that ends in "…" when there is no room, rather
    than pushing the buttons beside it out of the window."""

    MIN_WIDTH = 80

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.MIN_WIDTH), hint.height())

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.ElideRight, rect.width())
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(),
                                  self.isEnabled(), text, self.foregroundRole())
