"""Safe Markdown for posts and lessons: no raw HTML, no scripts, no remote loads."""
from __future__ import annotations

from markdown_it import MarkdownIt
from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtWidgets import QTextBrowser

# "html": False escapes any HTML a user typed, so <script> shows as text.
_md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
_SAFE_SCHEMES = ("http://", "https://", "mailto:", "minka:")
_md.validateLink = lambda url: url.strip().lower().startswith(_SAFE_SCHEMES)


READER_CSS = """
h2 { color: #24483c; font-size: 16pt; }
.muted { color: #5b5b5b; }
table.post { border: 1px solid #e3ddd1; border-style: solid; border-collapse: collapse; }
.pending { color: #7a4e00; background-color: #fff4d6; }
.rejected { color: #9f2a1b; background-color: #fbe9e6; }
.note { color: #5b5b5b; font-style: italic; }
.actions a { color: #b5542d; }
a { color: #1f6e8c; }
blockquote { color: #444444; margin-left: 12px; }
"""


def to_html(text: str) -> str:
    return _md.render(text)


class SafeTextBrowser(QTextBrowser):
    """Shows rendered Markdown; loads nothing by itself and opens links only on request."""

    def __init__(self, parent=None, images=None):
        """`images`, if given, maps a sha256 to the local file of an image the page shows
        (`minka:img/<sha256>`): files already on this computer, nothing else."""
        super().__init__(parent)
        self._images = images
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(READER_CSS)

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 (Qt name)
        text = url.toString()
        if self._images is not None and text.startswith("minka:img/"):
            from PySide6.QtGui import QImage
            try:
                image = QImage(str(self._images(text.split("/", 1)[1])))
            except ValueError:  # not a sha256
                image = QImage()
            if not image.isNull():
                return image
        # Images and style sheets referenced by a post are never fetched: no tracking
        # pixels, no data spent on a metered link, no local files read. (An empty value,
        # not None: PySide6 mishandles a None returned from this virtual.)
        return QByteArray()
