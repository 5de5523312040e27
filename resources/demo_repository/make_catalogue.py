"""The demo repository: a catalogue CSV with 160 entries and a small real PDF for each one
that has a file.

Deterministic: the same output on every run and machine (no clock, a seeded random
generator), so re-importing it changes nothing. `build(out_dir)` writes

    out_dir/catalogue.csv
    out_dir/archivos/EDG-0001_<slug>.pdf …

and returns the CSV's path; `minka-server demo` imports it with
`repository.import_catalogue`, as `minka-server repo import catalogue.csv --files out_dir`
would. Run it by hand with `python resources/demo_repository/make_catalogue.py OUT_DIR`.

The PDFs are written by a tiny PDF writer (below): one or two A4 pages of Spanish text in
the standard Helvetica font with WinAnsiEncoding, so accents and ñ survive text
extraction (the client indexes the text of downloaded files for search).
"""
from __future__ import annotations

import csv
import random
import re
import sys
import textwrap
import unicodedata
from pathlib import Path

COUNT = 160
COLUMNS = ("key", "title", "authors", "year", "type", "themes", "region", "summary",
           "language", "licence", "source", "file")

REGIONS = ("Cusco", "Puno", "Apurímac", "Ayacucho", "Huancavelica", "Junín", "Cajamarca",
           "Áncash", "Amazonas", "Lima", "Huánuco", "Piura", "Loreto", "San Martín")
UGELS = {"Cusco": ("UGEL Canchis", "UGEL Quispicanchi", "UGEL Urubamba", "UGEL Espinar"),
         "Puno": ("UGEL Azángaro", "UGEL Huancané", "UGEL El Collao", "UGEL Melgar"),
         "Apurímac": ("UGEL Andahuaylas", "UGEL Abancay", "UGEL Chincheros"),
         "Ayacucho": ("UGEL Huanta", "UGEL La Mar", "UGEL Cangallo"),
         "Huancavelica": ("UGEL Acobamba", "UGEL Angaraes", "UGEL Tayacaja"),
         "Junín": ("UGEL Satipo", "UGEL Concepción", "UGEL Jauja"),
         "Cajamarca": ("UGEL Bambamarca", "UGEL Chota", "UGEL Cajabamba"),
         "Áncash": ("UGEL Huari", "UGEL Carhuaz", "UGEL Pomabamba"),
         "Amazonas": ("UGEL Condorcanqui", "UGEL Bagua", "UGEL Luya"),
         "Lima": ("UGEL 05 San Juan de Lurigancho", "UGEL Huarochirí", "UGEL Cañete"),
         "Huánuco": ("UGEL Dos de Mayo", "UGEL Leoncio Prado"),
         "Piura": ("UGEL Huancabamba", "UGEL Ayabaca"),
         "Loreto": ("UGEL Alto Amazonas", "UGEL Datem del Marañón"),
         "San Martín": ("UGEL Lamas", "UGEL El Dorado")}

THEMES = ("comunidades de aprendizaje", "tertulias dialógicas", "grupos interactivos",
          "gestión escolar", "liderazgo pedagógico", "convivencia escolar",
          "educación intercultural bilingüe", "educación rural",
          "participación de las familias", "evaluación formativa",
          "formación docente", "acompañamiento pedagógico", "lectura y escritura",
          "aprendizaje dialógico", "igualdad de género", "educación inicial",
          "gestión de riesgos", "secundaria en alternancia", "plan de mejora",
          "inclusión educativa")

FIRST = ("Rosa", "Julio", "Marleny", "Edwin", "Yolanda", "Wilber", "Nelly", "Fredy",
         "Lucía", "Segundo", "Maribel", "Teófila", "Hernán", "Gladys", "Raúl", "Nélida",
         "Percy", "Yesenia", "Amílcar", "Sonia", "Efraín", "Rocío", "Wálter", "Zenaida",
         "Alcides", "Miriam", "Dionisio", "Flor de María", "Elmer", "Juana", "Ángel",
         "Vilma", "Óscar", "Isabel", "Fortunato", "Norma", "Jhon", "Delia")
SURNAMES = ("Quispe", "Mamani", "Huamán", "Condori", "Apaza", "Ccahuana", "Pariona",
            "Taipe", "Ramos", "Choque", "Chávez", "Torres", "Huillca", "Ccori", "Flores",
            "Rojas", "Yupanqui", "Vargas", "Huanca", "Ticona", "Cusi", "Layme", "Pari",
            "Gutiérrez", "Salazar", "Cárdenas", "Tarazona", "Vásquez", "Ayme", "Puma",
            "Ñahui", "Peña", "Muñoz", "Cutipa", "Sánchez", "Inca", "Álvarez", "Ccente")
INSTITUTIONS = ("Ministerio de Educación del Perú", "DIGEIBIRA – MINEDU",
                "Dirección General de Gestión Descentralizada – MINEDU",
                "Consejo Nacional de Educación", "SINEACE", "Tarea Asociación de "
                "Publicaciones Educativas", "Grupo de Análisis para el Desarrollo (GRADE)",
                "Instituto de Estudios Peruanos", "UNICEF Perú", "Fe y Alegría del Perú",
                "Red Edugestores")
LICENCES = ("CC BY 4.0", "CC BY 4.0", "CC BY-SA 4.0", "CC BY-NC-SA 4.0", "CC BY-NC 4.0",
            "Dominio público", "Todos los derechos reservados (uso educativo autorizado)")

# (CSV type as an administrator would write it, title templates). The type column mixes
# slugs and Spanish names on purpose: the import accepts both.
KINDS = (
    ("Guía", ("Guía para implementar {theme} en {place}",
              "Orientaciones para {theme}: guía práctica para directivos",
              "Guía metodológica de {theme} en instituciones educativas de {region}")),
    ("investigación", ("{Theme} y aprendizajes en escuelas rurales de {region}",
                       "Efectos de {theme} en la comprensión lectora: estudio en {place}",
                       "Condiciones institucionales para {theme} en {region}")),
    ("informe", ("Informe de monitoreo de {theme} en {place}, {year}",
                 "Balance regional de {theme}: {region} {year}",
                 "Informe de gestión: avances en {theme} en {place}")),
    ("norma", ("Resolución Viceministerial N.° {n:03d}-{year}-MINEDU sobre {theme}",
               "Resolución Ministerial N.° {n:03d}-{year}-MINEDU: lineamientos de {theme}",
               "Resolución Directoral Regional N.° {n:04d}-{year}-DRE{code}: {theme}")),
    ("Sistematización", ("Sistematización de la experiencia de {theme} en {place}",
                         "Buena práctica: {theme} en la IE N.° {ie} de {town}",
                         "Lo que aprendimos con {theme}: sistematización de {place}")),
    ("video", ("Video: {theme} en la IE N.° {ie} de {town}",
               "Conversatorio virtual sobre {theme} ({region})",
               "Testimonios de familias sobre {theme} en {region}")),
    ("artículo", ("{Theme}: aportes desde la gestión escolar en {region}",
                  "Repensar {theme} en contextos rurales andinos")),
    ("libro", ("{Theme} en el Perú: experiencias y desafíos",
               "Escuelas que dialogan: {theme} en los Andes del sur")),
    ("presentacion", ("Presentación del taller regional de {theme} – {region}",
                      "Diapositivas: {theme} paso a paso")),
    ("otro", ("Fichas de trabajo para {theme} con familias",
              "Boletín de la red: {theme} en {region}")),
)
WEIGHTS = (22, 16, 14, 14, 18, 8, 8, 3, 5, 4)
TOWNS = ("Sicuani", "Checacupe", "Azángaro", "Huanta", "Andahuaylas", "Acobamba",
         "Satipo", "Bambamarca", "Huari", "Santa María de Nieva", "Juliaca", "Lircay",
         "Urcos", "Ilave", "Chincheros", "Chota", "Carhuaz", "Cañete", "Ocongate", "Ayaviri")
REGION_CODE = {"Cusco": "C", "Puno": "P", "Apurímac": "A", "Ayacucho": "AY",
               "Huancavelica": "H", "Junín": "J", "Cajamarca": "CAJ", "Áncash": "AN",
               "Amazonas": "AM", "Lima": "LM", "Huánuco": "HCO", "Piura": "PIU",
               "Loreto": "L", "San Martín": "SM"}

SUMMARY = (
    "{Kind} que recoge {what} sobre {theme} en {place}. {detail} Está dirigido a "
    "directores, especialistas de UGEL y DRE, docentes y familias.",
    "{Kind} elaborado en {region} a partir del trabajo con {n} instituciones educativas. "
    "{detail} Incluye recomendaciones para la gestión escolar.",
    "Presenta {what} sobre {theme}. {detail} Se acompaña de instrumentos que pueden "
    "adaptarse a escuelas unidocentes y multigrado.",
)
WHAT = ("orientaciones prácticas", "evidencias", "lecciones aprendidas", "testimonios",
        "resultados de monitoreo", "criterios y procedimientos", "herramientas")
DETAIL = (
    "Describe cómo las familias y la comunidad participaron en las decisiones de la "
    "escuela y cómo mejoraron los aprendizajes de niñas y niños.",
    "Analiza el papel del equipo directivo y del acompañamiento pedagógico en la "
    "sostenibilidad de la experiencia.",
    "Propone actividades en castellano y en lengua originaria (quechua, aimara, asháninka "
    "o awajún) para aulas multigrado.",
    "Muestra cómo las tertulias y los grupos interactivos aumentaron la participación de "
    "estudiantes que antes no hablaban en clase.",
    "Reúne acuerdos de convivencia construidos con estudiantes, docentes y madres y "
    "padres de familia.",
    "Explica los pasos para elaborar el plan de mejora con metas claras y seguimiento "
    "mensual.",
)
PARAGRAPHS = (
    "La educación rural en el Perú enfrenta retos particulares: escuelas unidocentes y "
    "multigrado, largas distancias, conectividad limitada y una rica diversidad "
    "lingüística. En este contexto, el liderazgo pedagógico del director o directora es "
    "decisivo para que niñas y niños aprendan.",
    "El aprendizaje dialógico parte de una idea sencilla: todas las personas pueden "
    "aportar al aprendizaje. Cuando madres, padres, abuelas y otros miembros de la "
    "comunidad entran al aula como voluntarios, aumentan las interacciones y mejora la "
    "convivencia.",
    "En las tertulias dialógicas literarias, estudiantes y familias leen obras clásicas y "
    "comparten lo que les hizo pensar un párrafo. La regla es el diálogo igualitario: se "
    "valoran los argumentos, no la posición de quien habla.",
    "Los grupos interactivos organizan el aula en grupos pequeños y heterogéneos, cada uno "
    "acompañado por una persona adulta voluntaria. La docente diseña las actividades y "
    "rota los grupos cada quince o veinte minutos.",
    "La evaluación formativa permite retroalimentar a tiempo. Se recomienda registrar "
    "evidencias sencillas, conversar con cada estudiante sobre sus avances y ajustar la "
    "enseñanza a lo que el grupo necesita.",
    "La participación de las familias no se limita a las faenas ni a las reuniones "
    "informativas: incluye decidir, evaluar y aprender junto a sus hijas e hijos. Las "
    "asambleas comunales son un buen espacio para empezar.",
    "En la educación intercultural bilingüe, el uso de la lengua originaria como lengua de "
    "aprendizaje fortalece la identidad y los logros. Los materiales deben revisarse con "
    "sabios y sabias de la comunidad.",
    "Para sostener los cambios, la UGEL acompaña a los equipos directivos con visitas, "
    "grupos de interaprendizaje y redes educativas rurales. Así se comparten buenas "
    "prácticas entre escuelas vecinas.",
    "Durante el año, el equipo revisó los compromisos de gestión escolar, el calendario "
    "comunal y el uso de los cuadernos de trabajo. Los resultados muestran avances en "
    "lectura, con diferencias entre niñas y niños que conviene seguir de cerca.",
    "La convivencia escolar se construye con normas acordadas, espacios de diálogo y "
    "atención oportuna de los conflictos. El modelo dialógico de prevención propone que "
    "toda la comunidad rechace la violencia y apoye a quien la denuncia.",
)

CLOSING = ("Material de la red Edugestores para quienes gestionan la educación pública: "
           "su propósito es que todas las niñas, niños y adolescentes aprendan, en su lengua "
           "y en su comunidad. Puede reproducirse citando la fuente.")


def _slug(text: str, limit: int = 60) -> str:
    plain = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:limit].strip("-")


def _person(rng: random.Random) -> str:
    first = rng.choice(FIRST)
    a, b = rng.sample(SURNAMES, 2)
    return f"{first} {a} {b}"


def _entries() -> list[dict]:
    rng = random.Random(20260611)
    entries = []
    for number in range(1, COUNT + 1):
        kind_name, templates = rng.choices(KINDS, WEIGHTS)[0]
        theme = rng.choice(THEMES)
        region = rng.choice(REGIONS)
        place = rng.choice(UGELS[region] + (f"la región {region}",))
        year = rng.randint(2010, 2026)
        title = rng.choice(templates).format(
            theme=theme, Theme=theme[0].upper() + theme[1:], place=place, region=region,
            year=year, n=rng.randint(1, 350), ie=rng.randint(50000, 56999),
            town=rng.choice(TOWNS), code=REGION_CODE[region])
        slug_kind = _slug(kind_name)
        if slug_kind == "norma":
            authors = ["Ministerio de Educación del Perú"] if "MINEDU" in title else \
                [f"Dirección Regional de Educación {region}"]
        elif rng.random() < 0.25:
            authors = [rng.choice(INSTITUTIONS)]
        else:
            authors = [_person(rng) for _ in range(rng.choice((1, 1, 2, 2, 3)))]
        themes = [theme] + rng.sample([t for t in THEMES if t != theme], rng.randint(0, 2))
        kind_word = {"guia": "Guía", "investigacion": "Estudio", "informe": "Informe",
                     "norma": "Norma", "sistematizacion": "Sistematización",
                     "video": "Video", "articulo": "Artículo", "libro": "Libro",
                     "presentacion": "Presentación", "otro": "Material"}[slug_kind]
        summary = rng.choice(SUMMARY).format(
            Kind=kind_word, what=rng.choice(WHAT), theme=theme, place=place, region=region,
            n=rng.randint(3, 40), detail=rng.choice(DETAIL))
        if rng.random() < 0.08:
            year_text = ""   # undated, as some grey literature is
        else:
            year_text = str(year)
        language = "qu" if ("bilingüe" in theme and rng.random() < 0.3) else "es"
        source = (f"{rng.choice(UGELS[region])} – Canal de videos" if slug_kind == "video"
                  else rng.choice(("Repositorio MINEDU", f"DRE {region}",
                                   rng.choice(UGELS[region]), "Red Edugestores",
                                   "Biblioteca del CNE", "Archivo de la red")))
        key = f"EDG-{number:04d}"
        has_file = slug_kind != "video"
        file_name = f"{key}_{_slug(title, 50)}.pdf" if has_file else ""
        entries.append(dict(
            key=key, title=title, authors="; ".join(authors), year=year_text,
            type=kind_name if number % 3 else slug_kind,
            themes="; ".join(themes), region=region, summary=summary, language=language,
            licence=rng.choice(LICENCES), source=source,
            file=f"archivos/{file_name}" if has_file else "",
            _body=[summary] + rng.sample(PARAGRAPHS, rng.randint(3, 5)) + [CLOSING],
        ))
    return entries


# ---- a tiny PDF writer ------------------------------------------------------------------

def _pdf_text(text: str) -> bytes:
    """A PDF literal string in WinAnsiEncoding (cp1252), with ( ) \\ escaped."""
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") \
        + b")"


def _info_text(text: str) -> bytes:
    """A text string for the document information dictionary (UTF-16BE with a BOM)."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def pdf_bytes(title: str, paragraphs: list[str], footer: str = "") -> bytes:
    """A valid PDF of one or more A4 pages: a bold title and wrapped paragraphs."""
    lines: list[tuple[str, str]] = [("F2", line) for line in textwrap.wrap(title, 60)]
    lines.append(("F1", ""))
    for paragraph in paragraphs:
        lines.extend(("F1", line) for line in textwrap.wrap(paragraph, 92))
        lines.append(("F1", ""))
    if footer:
        lines.append(("F1", footer))
    per_page = 52
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    n_pages = len(pages)
    # objects: 1 catalog, 2 pages, 3 Helvetica, 4 Helvetica-Bold, 5 info,
    # then per page: page, content
    objects: dict[int, bytes] = {}
    kids = [6 + 2 * i for i in range(n_pages)]
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[2] = (b"<< /Type /Pages /Count %d /Kids [" % n_pages
                  + b" ".join(b"%d 0 R" % k for k in kids) + b"] >>")
    objects[3] = (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                  b"/Encoding /WinAnsiEncoding >>")
    objects[4] = (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
                  b"/Encoding /WinAnsiEncoding >>")
    objects[5] = (b"<< /Title " + _info_text(title) + b" /Producer (Minka demo) >>")
    for index, page_lines in enumerate(pages):
        ops = [b"BT", b"50 790 Td", b"14 TL"]
        font = None
        for name, text in page_lines:
            if name != font:
                ops.append(b"/%s %d Tf" % (name.encode(), 13 if name == "F2" else 10))
                font = name
            ops.append(_pdf_text(text) + b" Tj T*")
        ops.append(b"ET")
        stream = b"\n".join(ops)
        page_id, content_id = kids[index], kids[index] + 1
        objects[page_id] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                            b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
                            b"/Contents %d 0 R >>" % content_id)
        objects[content_id] = (b"<< /Length %d >>\nstream\n" % len(stream) + stream
                               + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += b"%010d 00000 n \n" % offsets[number]
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (size, xref))
    return bytes(out)


def _write_if_changed(path: Path, data: bytes) -> None:
    try:
        if path.read_bytes() == data:
            return
    except FileNotFoundError:
        pass
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


def build(out_dir: str | Path) -> Path:
    """Write the demo catalogue and its files into `out_dir`; return the CSV's path.

    Files already there with the same bytes are left alone (a fast second run).
    """
    out = Path(out_dir)
    (out / "archivos").mkdir(parents=True, exist_ok=True)
    entries = _entries()
    for entry in entries:
        if entry["file"]:
            footer = (f"{entry['key']} · {entry['authors']} · {entry['year'] or 's. f.'} · "
                      f"{entry['licence']}")
            _write_if_changed(out / entry["file"],
                              pdf_bytes(entry["title"], entry["_body"], footer))
    text_out = _csv_text(entries)
    _write_if_changed(out / "catalogue.csv", text_out.encode("utf-8"))
    return out / "catalogue.csv"


def _csv_text(entries: list[dict]) -> str:
    import io
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, extrasaction="ignore",
                            lineterminator="\n")
    writer.writeheader()
    writer.writerows(entries)
    return buffer.getvalue()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_catalogue.py OUT_DIR")
    print(build(sys.argv[1]))
