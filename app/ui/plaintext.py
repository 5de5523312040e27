"""Text from the wire shown as text: labels, tooltips and message boxes never read it as HTML.

Qt guesses whether a string is rich text (Qt.mightBeRichText) wherever a format is not set:
QLabel by default, every tooltip, QMessageBox. Another member's thread title
`<img src="/dev/zero">` shown in a tooltip made the reader's app allocate memory until it
aborted, and a title naming a local image made it read that file. Every label here is
plain text unless it is made rich on purpose (and then everything put in it is escaped);
every tooltip goes through tip(); every message box through message().
"""
from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def tip(text: str | None) -> str:
    """A tooltip that shows `text` exactly as written, whatever it contains.

    Tooltips have no plain-text switch: the text is escaped inside a paragraph, so Qt
    sees rich text and renders the escaped characters literally."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


class Label(QLabel):
    """A QLabel that shows its text as plain text (call setTextFormat(Qt.RichText) for a
    label that is rich on purpose, and escape every piece of wire text put into it)."""

    def __init__(self, text: str | QWidget = "", parent: QWidget | None = None):
        if isinstance(text, QWidget):
            text, parent = "", text
        super().__init__(parent)
        self.setTextFormat(Qt.PlainText)
        self.setText(text)


def message(parent: QWidget | None, title: str, text: str,
            icon: QMessageBox.Icon = QMessageBox.Information) -> int:
    """QMessageBox.information with its text shown as plain text."""
    box = QMessageBox(icon, title, text, QMessageBox.Ok, parent)
    box.setTextFormat(Qt.PlainText)
    return box.exec()
