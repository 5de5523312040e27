"""Safe Markdown for posts and lessons: no raw HTML, no scripts, no remote loads."""
from __future__ import annotations

import html
import re
import threading
from collections import OrderedDict

from markdown_it import MarkdownIt
from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtWidgets import QTextBrowser

# "html": False escapes any HTML a user typed, so <script> shows as text.
_md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
_SAFE_SCHEMES = ("http://", "https://", "mailto:", "minka:file/", "minka:img/")
_md.validateLink = lambda url: url.strip().lower().startswith(_SAFE_SCHEMES)

# markdown-it's cost grows with every link or image opener it has to try ("![" or "["),
# and with openers times delimiters (each opener rescans the emphasis after it): a post of
# ten thousand "![" (20,000 characters, 6 KB gzipped) took 0.7 s to parse, and a thread of
# a hundred of them froze the reader's window for over a minute; 25 "![" before 4,000
# "*a", 0.16 s. Markup that dense is never written by a person: past these counts the
# text is shown as it was typed, escaped, in time linear in its length (bench/render_bench.py).
MAX_LINK_OPENERS = 200
MAX_DELIMITERS = 3000          # emphasis, code and autolink delimiters, together
MAX_OPENERS_BY_DELIMITERS = 20_000
_DELIMITERS = re.compile(r"[*_`<]")


def _file_links(state) -> None:
    """Links and images that name a Minka file must name a file of this same record
    (`env["files"]`: sha256 → its real name); any other is dropped, keeping its text. A
    file link always reads as the file's real name, so "informe.pdf" cannot stand for
    "informe.pdf.exe"."""
    files = state.env.get("files") or {}
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        out, skip_close, relabel = [], [], []
        for token in block.children:
            if token.type == "link_open":
                href = token.attrGet("href") or ""
                sha = href.split("/", 1)[1] if href.startswith(("minka:file/", "minka:img/")) \
                    else None
                if sha is not None and (sha not in files or href.startswith("minka:img/")):
                    skip_close.append(True)     # not this record's file: plain text
                    relabel.append(None)
                    continue
                skip_close.append(False)
                relabel.append(files[sha] if sha is not None else None)
                out.append(token)
                continue
            if token.type == "link_close":
                skipped = skip_close.pop() if skip_close else False
                name = relabel.pop() if relabel else None
                if skipped:
                    continue
                if name is not None:
                    # the label the author wrote is replaced by the file's own name
                    start = max(i for i, t in enumerate(out) if t.type == "link_open")
                    kept = [t for t in out[start + 1:] if t.type == "image"]
                    text = type(token)("text", "", 0)
                    text.content = name
                    out[start + 1:] = kept + [text]
                out.append(token)
                continue
            if token.type == "image":
                src = token.attrGet("src") or ""
                if src.startswith("minka:img/") and src.split("/", 1)[1] not in files:
                    text = type(token)("text", "", 0)
                    text.content = token.content
                    out.append(text)
                    continue
                if src.startswith("minka:file/"):
                    continue
            out.append(token)
        block.children = out


_md.core.ruler.push("minka_file_links", _file_links)


def _plain(text: str) -> str:
    """Text as typed, in paragraphs: what a post too dense to parse is shown as."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    return "".join("<p>" + html.escape(p).replace("\n", "<br>") + "</p>\n"
                   for p in paragraphs)


_CACHE_ENTRIES = 4096
_cache: OrderedDict[tuple[str, frozenset], str] = OrderedDict()
_cache_lock = threading.Lock()   # threads render beside the GUI thread


def _render(text: str, files: frozenset) -> str:
    key = (text, files)
    with _cache_lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    openers, delimiters = text.count("["), len(_DELIMITERS.findall(text))
    if (openers > MAX_LINK_OPENERS or delimiters > MAX_DELIMITERS
            or openers * delimiters > MAX_OPENERS_BY_DELIMITERS):
        out = _plain(text)
    else:
        out = _md.render(text, {"files": dict(files)})
    with _cache_lock:
        _cache[key] = out
        while len(_cache) > _CACHE_ENTRIES:
            _cache.popitem(last=False)
    return out


def is_rendered(text: str, files: dict[str, str] | None = None) -> bool:
    """True if to_html(text, files) is already at hand (costs nothing to call again)."""
    with _cache_lock:
        return (text, frozenset((files or {}).items())) in _cache


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


def to_html(text: str, files: dict[str, str] | None = None) -> str:
    """HTML for Markdown someone wrote. `files` maps the sha256 of each file of the same
    record to its name: the only files its links may open. Bounded work whatever the
    text (see MAX_LINK_OPENERS), and cached: a sync that re-reads a thread renders only
    what changed. Safe to call off the GUI thread (no Qt)."""
    return _render(text, frozenset((files or {}).items()))


def record_files(refs: list[dict]) -> dict[str, str]:
    """The `files` of to_html for a record's attachment list."""
    return {ref["sha256"]: ref["name"] for ref in refs}


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
