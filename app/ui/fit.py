"""Widgets that show text of any length without setting the window's minimum width.

Titles, names and messages come from the network and from translations: a label sized to
its text would let one long thread title or an unwrapped hint push the window wider than
a 1366-pixel laptop screen, with "Sincronizar ahora" off the edge. Every label that shows a
sentence or text from the wire is a `WrapLabel`, and every combo box filled from the wire
goes through `fit_combo`.
"""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy

# The narrowest a wrapping label asks to be. Qt's own minimum for a wrapping label is its
# longest word, and a word (a URL, a name without spaces) can be any length.
MIN_LABEL_WIDTH = 160
# The list a combo box drops down may be wider than the box, up to this.
MAX_POPUP_WIDTH = 640


class WrapLabel(QLabel):
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
