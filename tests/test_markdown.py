"""Posts are shown as Markdown without running or fetching anything they contain."""
from __future__ import annotations

from PySide6.QtCore import QUrl

from app.ui.markdown import SafeTextBrowser, to_html


def test_html_typed_in_a_post_is_shown_as_text():
    out = to_html("me salió esto al copiar: <script>alert(1)</script> <img src=x onerror=y>")
    assert "<script>" not in out and "<img" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out


def test_dangerous_links_are_not_links():
    out = to_html("[clic](javascript:alert(1)) [guía](https://example.org/guia) "
                  "[archivo](file:///etc/passwd)")
    assert 'href="javascript' not in out and 'href="file:' not in out
    assert 'href="https://example.org/guia"' in out


def test_markdown_formatting_survives():
    out = to_html("**Tertulia** dialógica\n\n- uno\n- dos\n\n> cita")
    assert "<strong>Tertulia</strong>" in out and "<li>uno</li>" in out
    assert "<blockquote>" in out


def test_reader_fetches_no_resources(qapp):
    browser = SafeTextBrowser()
    assert browser.loadResource(2, QUrl("https://tracker.example/pixel.png")).isEmpty()
    assert browser.loadResource(2, QUrl("file:///etc/passwd")).isEmpty()
    browser.setHtml('<p>hola</p><img src="file:///etc/hostname"><img src="https://x.example/a.png">')
    assert "hola" in browser.toPlainText()
    assert not browser.openLinks() and not browser.openExternalLinks()
