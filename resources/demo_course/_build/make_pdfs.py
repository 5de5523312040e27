"""Rehace los PDF de adjuntos/ del curso de demostración.

Solo usa la biblioteca estándar de Python: escribe a mano un PDF sencillo (A4, Helvetica
y Helvetica-Bold con WinAnsiEncoding para que las tildes y la eñe se vean bien), con las
posiciones de la tabla xref calculadas al escribir.

Uso:  python3 resources/demo_course/_build/make_pdfs.py
"""
from __future__ import annotations

import unicodedata
import zlib
from pathlib import Path

from pdf_content import DOCUMENTS

OUT = Path(__file__).resolve().parent.parent / "adjuntos"

PAGE_W, PAGE_H = 595.0, 842.0          # A4 en puntos
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 56.0, 60.0, 64.0
TEXT_W = PAGE_W - 2 * MARGIN_X
ACCENT = (0.10, 0.42, 0.45)            # verde azulado sereno
GREY = (0.38, 0.38, 0.38)
FOOTER = "Minka · Especialización en Innovación Educativa y Comunidades de Aprendizaje"

# Anchos de Helvetica (unidades de 1/1000), caracteres 32..126, tomados de las métricas AFM.
_REGULAR = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
            556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
            1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
            667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
            333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
            556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]
_BOLD = [278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
         556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
         975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
         667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
         333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
         611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584]
_EXTRA = {"¿": (611, 611), "¡": (333, 333), "«": (556, 556), "»": (556, 556),
          "•": (350, 350), "–": (556, 556), "—": (1000, 1000), "“": (333, 500),
          "”": (333, 500), "‘": (222, 278), "’": (222, 278), "°": (400, 400),
          "º": (365, 365), "ª": (370, 370), "…": (1000, 1000)}
FONTS = {"R": ("F1", _REGULAR, 0), "B": ("F2", _BOLD, 1)}


def char_width(ch: str, font: str) -> float:
    _, table, index = FONTS[font]
    if ch in _EXTRA:
        return _EXTRA[ch][index]
    base = unicodedata.normalize("NFD", ch)[0]   # á -> a, ñ -> n: mismo ancho en Helvetica
    code = ord(base)
    return table[code - 32] if 32 <= code <= 126 else 556


def text_width(text: str, font: str, size: float) -> float:
    return sum(char_width(c, font) for c in text) * size / 1000.0


def pdf_string(text: str) -> str:
    """Cadena literal PDF en WinAnsi (cp1252), con los bytes no ASCII en octal."""
    out = []
    for byte in text.encode("cp1252"):
        if byte in (0x5C, 0x28, 0x29):
            out.append("\\" + chr(byte))
        elif 32 <= byte <= 126:
            out.append(chr(byte))
        else:
            out.append("\\%03o" % byte)
    return "(" + "".join(out) + ")"


def wrap_runs(runs: list[tuple[str, str]], size: float, width: float) -> list[list]:
    """Parte un párrafo (lista de tramos (fuente, texto)) en líneas.

    Cada línea es una lista de (fuente, palabra, pegada): «pegada» indica que la palabra
    va sin espacio delante (p. ej. los dos puntos que siguen a un tramo en negrita).
    """
    words, open_end = [], False
    for font, text in runs:
        for i, word in enumerate(text.split(" ")):
            if word:
                glued = i == 0 and open_end and not text.startswith(" ")
                words.append((font, word, glued))
        open_end = bool(text) and not text.endswith(" ")
    lines, current, current_w = [], [], 0.0
    for font, word, glued in words:
        w = text_width(word, font, size)
        space = text_width(" ", "R", size) if current and not glued else 0.0
        if current and not glued and current_w + space + w > width:
            lines.append(current)
            current, current_w, space = [], 0.0, 0.0
        current.append((font, word, glued if current else False))
        current_w += space + w
    if current:
        lines.append(current)
    return lines


class Layout:
    """Acumula operadores de dibujo por página y salta de página cuando hace falta."""

    def __init__(self) -> None:
        self.pages: list[list[str]] = []
        self.new_page()

    def new_page(self) -> None:
        self.ops: list[str] = []
        self.pages.append(self.ops)
        self.y = PAGE_H - MARGIN_TOP

    def need(self, height: float) -> None:
        if self.y - height < MARGIN_BOTTOM:
            self.new_page()

    def text_line(self, x: float, y: float, words: list, size: float,
                  color=(0, 0, 0)) -> None:
        ops = ["BT", "%.3f %.3f %.3f rg" % color, "%.2f %.2f Td" % (x, y)]
        font_now = None
        chunk = ""
        for i, (font, word, glued) in enumerate(words):
            piece = word if (i == 0 or glued) else " " + word
            if font != font_now:
                if chunk:
                    ops.append(pdf_string(chunk) + " Tj")
                ops.append("/%s %.1f Tf" % (FONTS[font][0], size))
                font_now, chunk = font, ""
            chunk += piece
        if chunk:
            ops.append(pdf_string(chunk) + " Tj")
        ops.append("ET")
        self.ops.extend(ops)

    def paragraph(self, runs, size=10.5, leading=14.6, indent=0.0, color=(0, 0, 0),
                  space_after=5.0, marker=None) -> None:
        lines = wrap_runs(runs, size, TEXT_W - indent)
        if len(lines) <= 4:
            self.need(leading * len(lines))     # un párrafo corto no se parte entre páginas
        for n, line in enumerate(lines):
            self.need(leading)
            self.y -= leading
            if n == 0 and marker is not None:
                marker(self.y, size)
            self.text_line(MARGIN_X + indent, self.y, line, size, color)
        self.y -= space_after


def parse_runs(text: str) -> list[tuple[str, str]]:
    """'**negrita** y normal' -> tramos de fuente."""
    runs, bold = [], False
    for part in text.split("**"):
        if part:
            runs.append(("B" if bold else "R", part))
        bold = not bold
    return runs


def render(doc: dict) -> bytes:
    lay = Layout()
    # Título y subtítulo
    for line in wrap_runs([("B", doc["title"])], 19, TEXT_W):
        lay.y -= 24
        lay.text_line(MARGIN_X, lay.y, line, 19, ACCENT)
    lay.y -= 16
    lay.text_line(MARGIN_X, lay.y, wrap_runs([("R", doc["subtitle"])], 10, TEXT_W)[0], 10, GREY)
    lay.y -= 10
    lay.ops.append("%.3f %.3f %.3f RG 1.2 w %.1f %.1f m %.1f %.1f l S"
                   % (ACCENT + (MARGIN_X, lay.y, PAGE_W - MARGIN_X, lay.y)))
    lay.y -= 6
    counter = 0
    for kind, *args in doc["blocks"]:
        if kind == "h":
            counter = 0
            lay.need(40)
            lay.y -= 8
            lay.paragraph([("B", args[0])], size=12.5, leading=17, color=ACCENT, space_after=2)
        elif kind == "p":
            lay.paragraph(parse_runs(args[0]))
        elif kind == "li":
            def bullet(y, size):
                lay.text_line(MARGIN_X + 6, y, [("R", "•", False)], size, ACCENT)
            lay.paragraph(parse_runs(args[0]), indent=20, marker=bullet, space_after=2.5)
        elif kind == "num":
            counter += 1
            label = "%d." % counter

            def number(y, size, label=label):
                lay.text_line(MARGIN_X + 2, y, [("B", label, False)], size, ACCENT)
            lay.paragraph(parse_runs(args[0]), indent=20, marker=number, space_after=2.5)
        elif kind == "check":
            def box(y, size):
                lay.ops.append("%.3f %.3f %.3f RG 0.8 w %.2f %.2f 8 8 re S"
                               % (ACCENT + (MARGIN_X + 4, y - 1)))
            lay.paragraph(parse_runs(args[0]), indent=20, marker=box, space_after=3)
        elif kind == "row":                 # hora o etiqueta a la izquierda, texto a la derecha
            label, text = args
            lines = wrap_runs(parse_runs(text), 10.5, TEXT_W - 84)
            lay.need(14.6 * len(lines) + 6)
            for n, line in enumerate(lines):
                lay.y -= 14.6
                if n == 0:
                    lay.text_line(MARGIN_X, lay.y, [("B", label, False)], 10.5, ACCENT)
                lay.text_line(MARGIN_X + 84, lay.y, line, 10.5)
            lay.y -= 4
            lay.ops.append("0.82 0.82 0.82 RG 0.5 w %.1f %.1f m %.1f %.1f l S"
                           % (MARGIN_X, lay.y, PAGE_W - MARGIN_X, lay.y))
        elif kind == "field":               # etiqueta y línea para escribir a mano
            lay.need(22)
            lay.y -= 20
            lay.text_line(MARGIN_X, lay.y, [("B", args[0], False)], 10.5)
            start = MARGIN_X + text_width(args[0], "B", 10.5) + 6
            lay.ops.append("0.55 0.55 0.55 RG 0.6 w %.1f %.1f m %.1f %.1f l S"
                           % (start, lay.y - 2, PAGE_W - MARGIN_X, lay.y - 2))
        elif kind == "lines":               # renglones en blanco
            for _ in range(args[0]):
                lay.need(22)
                lay.y -= 20
                lay.ops.append("0.55 0.55 0.55 RG 0.6 w %.1f %.1f m %.1f %.1f l S"
                               % (MARGIN_X, lay.y, PAGE_W - MARGIN_X, lay.y))
            lay.y -= 4
        elif kind == "note":
            lay.y -= 6
            lay.paragraph(parse_runs(args[0]), size=9.5, leading=13, color=GREY)
        else:
            raise ValueError(kind)
    total = len(lay.pages)
    for n, ops in enumerate(lay.pages, start=1):
        footer_y = 34.0
        ops.append("0.75 0.75 0.75 RG 0.5 w %.1f %.1f m %.1f %.1f l S"
                   % (MARGIN_X, footer_y + 12, PAGE_W - MARGIN_X, footer_y + 12))
        lay.ops = ops
        lay.text_line(MARGIN_X, footer_y, [("R", FOOTER, False)], 8, GREY)
        label = "Página %d de %d" % (n, total)
        lay.text_line(PAGE_W - MARGIN_X - text_width(label, "R", 8), footer_y,
                      [("R", label, False)], 8, GREY)
    return assemble([("\n".join(ops)).encode("latin-1") for ops in lay.pages], doc["title"])


def utf16_string(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def assemble(contents: list[bytes], title: str) -> bytes:
    """Objetos PDF: 1 catálogo, 2 páginas, 3-4 fuentes, 5 info, luego página + contenido."""
    n_pages = len(contents)
    page_ids = [6 + 2 * i for i in range(n_pages)]
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: ("<< /Type /Pages /Kids [%s] /Count %d >>"
            % (" ".join("%d 0 R" % i for i in page_ids), n_pages)).encode(),
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        4: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
           b"/Encoding /WinAnsiEncoding >>",
        5: ("<< /Title %s /Author %s /Producer (make_pdfs.py) >>"
            % (utf16_string(title), utf16_string("Equipo formador · Minka"))).encode(),
    }
    for page_id, content in zip(page_ids, contents):
        objects[page_id] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
                            "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
                            "/Contents %d 0 R >>" % (PAGE_W, PAGE_H, page_id + 1)).encode()
        packed = zlib.compress(content, 9)
        objects[page_id + 1] = (b"<< /Length %d /Filter /FlateDecode >>\nstream\n"
                                % len(packed) + packed + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref_at = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += b"%010d 00000 n \n" % offsets[number]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        size, xref_at)
    return bytes(out)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for doc in DOCUMENTS:
        data = render(doc)
        (OUT / doc["file"]).write_bytes(data)
        print("%-34s %6d bytes" % (doc["file"], len(data)))


if __name__ == "__main__":
    main()
