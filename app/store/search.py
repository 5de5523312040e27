"""Search over the repository's catalogue, offline: SQLite FTS5 with Spanish word forms. No Qt.

The index (`document_fts`, made by migration 0003) holds, per document, its title, authors,
summary, themes (with its region) and the text of its file once downloaded, each turned into *search
words*: lower case, accents and ñ folded ("Educación" → "educacion"), common Spanish
words dropped, and every word reduced to its Snowball stem ("comunidades", "comunidad"
→ "comun"). A query goes through the same steps, so "educacion" finds "educación" and
"comunidades" finds "comunidad". The last word of a query that does not end in a space
is matched as a prefix, for results as you type.

Highlighting works on the original text: each query stem becomes a regular expression
that accepts the accented and upper-case forms of its letters followed by any ending.

The FTS5 rowid of a document is derived from its UUID (63 bits of it), so a document's
index row is found and replaced without a scan and without a mapping table.
"""
from __future__ import annotations

import html
import json
import logging
import re
import unicodedata
import uuid
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import snowballstemmer
from sqlalchemy import text as sql
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

MAX_INDEXED_CHARS = 400_000      # of a document's text; a 300-page book is about 600,000
SNIPPET_CHARS = 220
# bm25 weights per column: doc_id (unindexed), title, authors, summary, themes, body
_WEIGHTS = "0.0, 10.0, 5.0, 3.0, 4.0, 1.0"

# Words too common to help a search (they would match nearly every document).
STOPWORDS = frozenset("""
a al algo algunas algunos ante antes como con contra cual cuando de del desde donde
durante e el ella ellas ellos en entre era es esa esas ese eso esos esta estas este esto
estos fue ha han hasta hay la las le les lo los mas me mi mis mucho muy ni no nos o os
otra otras otro otros para pero poco por porque que se sea ser si sin sobre son su sus
tambien te tiene todo todos tu tus u un una unas uno unos y ya
""".split())


# ---- words --------------------------------------------------------------------------------

def _fold_table() -> dict[int, str]:
    """Lower case and no diacritics, one character for one character (so positions in a
    folded text are positions in the original)."""
    table = {}
    for code in range(0x80, 0x250):
        char = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFD", char.lower())
                       if not unicodedata.combining(c))
        if len(base) == 1 and base != char:
            table[code] = base
    return table


_FOLD = _fold_table()
_WORD = re.compile(r"\w+")
_STEMMER = snowballstemmer.stemmer("spanish")


def fold(value: str) -> str:
    return value.lower().translate(_FOLD)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The stem of a folded word (cached: a catalogue has a few tens of thousands)."""
    return _STEMMER.stemWord(word)


def search_words(value: str) -> str:
    """The indexed form of a text: folded, without stopwords, stemmed, space-separated."""
    return " ".join(stem(w) for w in _WORD.findall(fold(value)) if w not in STOPWORDS)


def _rowid(document_id: str) -> int:
    return uuid.UUID(document_id).int >> 65


# ---- the index ------------------------------------------------------------------------------

def index_documents(session: Session, document_ids: Iterable[str]) -> None:
    """(Re)index these documents; an id no longer in `documents` leaves the index.

    Call it in the transaction that changed the rows (the replica does), so the index never
    disagrees with the catalogue.
    """
    ids = sorted(set(document_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        params = {f"i{n}": doc_id for n, doc_id in enumerate(chunk)}
        names = ", ".join(f":i{n}" for n in range(len(chunk)))
        session.execute(sql(f"DELETE FROM document_fts WHERE rowid IN "
                            f"({', '.join(str(_rowid(i)) for i in chunk)})"))
        rows = session.execute(sql(
            f"SELECT d.id, d.title, d.authors, d.summary, d.themes, d.region, t.text "
            f"FROM documents d LEFT JOIN document_text t ON t.document_id = d.id "
            f"WHERE d.id IN ({names})"), params).all()
        if not rows:
            continue
        session.execute(sql(
            "INSERT INTO document_fts (rowid, doc_id, title, authors, summary, themes, body) "
            "VALUES (:rowid, :doc_id, :title, :authors, :summary, :themes, :body)"),
            [dict(rowid=_rowid(r.id), doc_id=r.id, title=search_words(r.title),
                  authors=search_words(" ".join(json.loads(r.authors or "[]"))),
                  summary=search_words(r.summary),
                  # the region is searched with the themes: "Cusco" finds its documents
                  themes=search_words(" ".join(json.loads(r.themes or "[]") + [r.region])),
                  body=search_words((r.text or "")[:MAX_INDEXED_CHARS]))
             for r in rows])


def set_text(session: Session, document_id: str, sha256: str, text: str) -> None:
    """Keep the text extracted from a document's file and add it to the index."""
    text = text.replace("\x00", "")
    session.execute(sql(
        "INSERT INTO document_text (document_id, sha256, text) VALUES (:d, :s, :t) "
        "ON CONFLICT (document_id) DO UPDATE SET sha256 = excluded.sha256, "
        "text = excluded.text"), dict(d=document_id, s=sha256, t=text))
    index_documents(session, [document_id])


def drop_text(session: Session, document_id: str) -> None:
    """Forget a document's text (its file left this computer): search its metadata only."""
    session.execute(sql("DELETE FROM document_text WHERE document_id = :d"),
                    dict(d=document_id))
    index_documents(session, [document_id])


def rebuild(session: Session) -> int:
    """Index every document again (after a change to how words are made); returns how many."""
    session.execute(sql("DELETE FROM document_fts"))
    ids = list(session.scalars(sql("SELECT id FROM documents")))
    index_documents(session, ids)
    return len(ids)


def extract_text(path: Path, name: str) -> str:
    """The text of a downloaded file, for the index: PDF pages, or plain text files.

    Other kinds (video, images, office files) give "" and are found by their metadata.
    Never raises on a damaged file: it logs and gives "".
    """
    suffix = Path(name).suffix.lower()
    try:
        if suffix == ".pdf":
            from pypdf import PdfReader  # imported here: only downloads need it
            reader = PdfReader(str(path))
            parts, size = [], 0
            for page in reader.pages:
                chunk = page.extract_text() or ""
                parts.append(chunk)
                size += len(chunk)
                if size >= MAX_INDEXED_CHARS:
                    break
            return "\n".join(parts)[:MAX_INDEXED_CHARS]
        if suffix in (".txt", ".md", ".csv", ".html", ".htm"):
            with open(path, encoding="utf-8", errors="replace") as f:
                return f.read(MAX_INDEXED_CHARS)
    except Exception as exc:  # pypdf raises many kinds on damaged files
        log.warning("could not extract text from %s (%s): %s: %s", name, path,
                    type(exc).__name__, exc)
    return ""


# ---- queries ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Filters:
    types: tuple[str, ...] = ()
    year_from: int | None = None
    year_to: int | None = None
    theme: str | None = None
    region: str | None = None


@dataclass(frozen=True)
class Hit:
    document_id: str
    title_html: str      # escaped, matches in <b>
    snippet_html: str    # escaped excerpt of the summary or the file's text, matches in <b>
    score: float


@dataclass(frozen=True)
class Facets:
    types: list[tuple[str, int]] = field(default_factory=list)
    themes: list[tuple[str, int]] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    year_min: int | None = None
    year_max: int | None = None


@dataclass(frozen=True)
class Query:
    match: str              # the FTS5 expression ("" when the text has no search words)
    stems: tuple[str, ...]  # for highlighting
    prefix: bool            # the last stem is a prefix


def parse(text: str) -> Query:
    words = _WORD.findall(fold(text))
    prefix = bool(words) and not text[-1:].isspace()
    # Stopwords are not indexed; a query of stopwords only ("de la") is no query at all.
    kept = [w for w in words if w not in STOPWORDS]
    if prefix and words and kept and kept[-1] != words[-1]:
        prefix = False               # the word being typed was a stopword, dropped
    stems = [stem(w) for w in kept]
    if prefix and stems:
        # The word being typed may be cut anywhere: match on the shorter of its stem and
        # itself ("comunida" → "comun*"; "edu" → "edu*").
        last = kept[-1]
        stems[-1] = stems[-1] if len(stems[-1]) <= len(last) else last
    terms = [f'"{s}"' for s in stems]
    if prefix and terms:
        terms[-1] += "*"
    return Query(" ".join(terms), tuple(stems), prefix)


def _filter_sql(filters: Filters) -> tuple[str, dict]:
    where, params = [], {}
    if filters.types:
        names = []
        for n, value in enumerate(filters.types):
            params[f"t{n}"] = value
            names.append(f":t{n}")
        where.append(f"d.type IN ({', '.join(names)})")
    if filters.year_from is not None:
        where.append("d.year >= :year_from")
        params["year_from"] = filters.year_from
    if filters.year_to is not None:
        where.append("d.year <= :year_to")
        params["year_to"] = filters.year_to
    if filters.theme:
        where.append("EXISTS (SELECT 1 FROM json_each(d.themes) WHERE json_each.value = :theme)")
        params["theme"] = filters.theme
    if filters.region:
        where.append("d.region = :region")
        params["region"] = filters.region
    return (" AND ".join(where) or "1"), params


def search(session: Session, text: str, filters: Filters = Filters(),
           limit: int = 50) -> list[Hit]:
    """Documents matching `text` and `filters`, best first (empty text: newest first)."""
    query = parse(text)
    where, params = _filter_sql(filters)
    params["limit"] = limit
    if not query.match:
        rows = session.execute(sql(
            f"SELECT d.id, d.title, d.summary, 0.0 AS score FROM documents d WHERE {where} "
            f"ORDER BY d.published_at DESC, d.year DESC, d.title LIMIT :limit"), params).all()
        return [Hit(r.id, html.escape(r.title), html.escape(_cut(r.summary)), 0.0)
                for r in rows]
    params["match"] = query.match
    rows = session.execute(sql(
        f"SELECT d.id, d.title, d.summary, f.rank AS score "
        f"FROM document_fts f JOIN documents d ON d.id = f.doc_id "
        f"WHERE document_fts MATCH :match AND f.rank MATCH 'bm25({_WEIGHTS})' AND {where} "
        f"ORDER BY f.rank LIMIT :limit"), params).all()
    pattern = highlighter(query.stems)
    hits = []
    for r in rows:
        snippet = _snippet(r.summary, pattern)
        if snippet is None:
            body = session.scalar(sql("SELECT text FROM document_text WHERE document_id = :d"),
                                  dict(d=r.id))
            snippet = _snippet(body or "", pattern)
        if snippet is None:
            snippet = html.escape(_cut(r.summary))
        hits.append(Hit(r.id, _mark(r.title, pattern), snippet, float(r.score)))
    return hits


def count(session: Session, text: str, filters: Filters = Filters()) -> int:
    """How many documents match (for "123 documentos")."""
    query = parse(text)
    where, params = _filter_sql(filters)
    if not query.match:
        return session.scalar(sql(f"SELECT count(*) FROM documents d WHERE {where}"), params)
    params["match"] = query.match
    return session.scalar(sql(
        f"SELECT count(*) FROM document_fts f JOIN documents d ON d.id = f.doc_id "
        f"WHERE document_fts MATCH :match AND {where}"), params)


def facets(session: Session) -> Facets:
    """What the filter widgets offer: types and themes with counts, regions, years."""
    types = [(r[0], r[1]) for r in session.execute(sql(
        "SELECT type, count(*) FROM documents GROUP BY type ORDER BY count(*) DESC, type"))]
    themes = [(r[0], r[1]) for r in session.execute(sql(
        "SELECT j.value, count(*) FROM documents d, json_each(d.themes) j "
        "GROUP BY j.value ORDER BY count(*) DESC, j.value"))]
    regions = [r[0] for r in session.execute(sql(
        "SELECT DISTINCT region FROM documents WHERE region != '' ORDER BY region"))]
    low, high = session.execute(sql("SELECT min(year), max(year) FROM documents")).one()
    return Facets(types, themes, regions, low, high)


# ---- highlighting -------------------------------------------------------------------------

def _letter_classes() -> dict[str, str]:
    """For each base letter, a regex class of it and its accented forms."""
    variants: dict[str, set[str]] = {}
    for code, base in _FOLD.items():
        variants.setdefault(base, set()).add(chr(code))
    return {base: "[" + re.escape(base + "".join(sorted(chars))) + "]"
            for base, chars in variants.items()}


_CLASSES = _letter_classes()


@lru_cache(maxsize=512)
def highlighter(stems: tuple[str, ...]) -> re.Pattern | None:
    """A case- and accent-insensitive pattern of words starting with one of the stems."""
    if not stems:
        return None
    alternatives = sorted({"".join(_CLASSES.get(c, re.escape(c)) for c in s)
                           for s in stems}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")\w*", re.IGNORECASE)


def _mark(value: str, pattern: re.Pattern | None) -> str:
    if pattern is None:
        return html.escape(value)
    out, last = [], 0
    for m in pattern.finditer(value):
        out.append(html.escape(value[last:m.start()]))
        out.append("<b>" + html.escape(m.group(0)) + "</b>")
        last = m.end()
    out.append(html.escape(value[last:]))
    return "".join(out)


def _snippet(value: str, pattern: re.Pattern | None) -> str | None:
    """An excerpt around the first match, matches marked; None when nothing matches."""
    if not value or pattern is None:
        return None
    m = pattern.search(value)
    if m is None:
        return None
    start = max(0, m.start() - SNIPPET_CHARS // 4)
    if start:
        space = value.find(" ", start, m.start())
        start = space + 1 if space != -1 else start
    end = min(len(value), start + SNIPPET_CHARS)
    if end < len(value):
        space = value.rfind(" ", m.end(), end)
        end = space if space != -1 else end
    excerpt = " ".join(value[start:end].split())
    return ("… " if start else "") + _mark(excerpt, pattern) + (" …" if end < len(value) else "")


def _cut(value: str) -> str:
    value = " ".join(value.split())
    if len(value) <= SNIPPET_CHARS:
        return value
    space = value.rfind(" ", 0, SNIPPET_CHARS)
    return value[:space if space > 0 else SNIPPET_CHARS] + " …"
