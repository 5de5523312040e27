"""Repository search latency: 10,000 catalogue entries, the text of 2,000 documents.

    .venv/bin/python bench/search_bench.py [--entries 10000] [--texts 2000] [--runs 30]

It also opens the Repositorio view on that profile (a real window on the offscreen
platform unless $QT_QPA_PLATFORM says otherwise) and times it (target: ≤ 200 ms).

Builds a real client profile (SQLite file, migrations, the FTS5 index through the same
`app.store.search` calls the replica makes), then times 20 representative Spanish queries
as a member types them in full, with and without filters, each query `--runs` times
after one warm-up. Prints p50 and p95 per query and overall (targets: p95 ≤ 30 ms).

The catalogue is synthetic but its words are real: titles, summaries and document texts
are drawn from the Spanish sentences of the demo course (resources/demo_course), with
themes, regions, types and years like the network's.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from app.store import search  # noqa: E402
from app.store.db import Store  # noqa: E402
from app.store.models import Document  # noqa: E402
from sync.protocol import DOCUMENT_TYPES  # noqa: E402

THEMES = ["comunidades de aprendizaje", "tertulias dialógicas", "grupos interactivos",
          "gestión escolar", "liderazgo pedagógico", "convivencia escolar",
          "educación intercultural bilingüe", "educación rural", "participación de las familias",
          "evaluación formativa", "formación docente", "currículo nacional",
          "lectura y escritura", "matemática", "primera infancia", "inclusión"]
REGIONS = ["Amazonas", "Áncash", "Apurímac", "Arequipa", "Ayacucho", "Cajamarca", "Cusco",
           "Huancavelica", "Huánuco", "Junín", "La Libertad", "Lima", "Loreto", "Piura",
           "Puno", "San Martín", "Ucayali"]
SURNAMES = ["Quispe", "Mamani", "Huamán", "Condori", "Flores", "Rojas", "Chávez", "Ccama",
            "Pari", "Yupanqui", "Torres", "Vargas", "Gutiérrez", "Ñahui", "Apaza", "Ticona"]
NAMES = ["María", "José", "Rosa", "Juan", "Luz", "Carlos", "Yolanda", "Edwin", "Nélida",
         "Wilber", "Judith", "Percy", "Gladys", "Fortunato", "Maribel", "Teodoro"]

# (query as typed, filters): what members look for, from short to specific.
QUERIES: list[tuple[str, dict]] = [
    ("comunidades de aprendizaje", {}),
    ("tertulias dialógicas", {}),
    ("grupos interactivos", {}),
    ("educacion intercultural", {}),
    ("liderazgo", {}),
    ("gestion escolar", {}),
    ("participación de las familias", {}),
    ("evaluacion formativa", {}),
    ("convivencia", {}),
    ("formación de familiares", {}),
    ("escuela rural multigrado", {}),
    ("director", {}),
    ("aprendizaje dialógico", {}),
    ("quispe", {}),
    ("comunida", {}),                                   # still typing
    ("lectura", {"types": ("guia",)}),
    ("comunidades", {"year_from": 2018, "year_to": 2024}),
    ("docentes", {"region": "Puno"}),
    ("familias", {"theme": "participación de las familias"}),
    ("", {"types": ("norma",), "year_from": 2015}),    # browsing by filter alone
]


def sentences() -> list[str]:
    text = " ".join(p.read_text(encoding="utf-8")
                    for p in (ROOT / "resources" / "demo_course").rglob("*.md"))
    text = re.sub(r"[#>*_`\[\]()|-]+", " ", text)
    found = [" ".join(s.split()) for s in re.split(r"(?<=[.!?])\s+", text)]
    return [s for s in found if 40 <= len(s) <= 400]


def build(store: Store, entries: int, texts: int, rng: random.Random) -> dict:
    pool = sentences()
    base = datetime(2015, 1, 1, tzinfo=timezone.utc)
    rows = []
    for n in range(entries):
        title_words = rng.choice(pool).split()[:rng.randint(5, 12)]
        themes = rng.sample(THEMES, rng.randint(1, 3))
        rows.append(dict(
            id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            key=f"EDG-{n:05d}", title=" ".join(title_words).strip(" .,;:").capitalize(),
            authors=json.dumps([f"{rng.choice(NAMES)} {rng.choice(SURNAMES)} "
                                f"{rng.choice(SURNAMES)}" for _ in range(rng.randint(1, 3))],
                               ensure_ascii=False),
            year=rng.randint(2008, 2026), type=rng.choice(DOCUMENT_TYPES),
            themes=json.dumps(themes, ensure_ascii=False), region=rng.choice(REGIONS),
            summary=" ".join(rng.choice(pool) for _ in range(rng.randint(2, 5))),
            language="es", licence="CC BY 4.0", source="Red Edugestores", file=None,
            published_at=base + timedelta(hours=n), contributed_by=None, seq=n + 1))
    timing = {}
    started = time.perf_counter()
    with store.session() as s, s.begin():
        for start in range(0, entries, 500):      # as the replica does: a page at a time
            page = rows[start:start + 500]
            s.execute(insert(Document), page)
            search.index_documents(s, [r["id"] for r in page])
    timing["index catalogue (s)"] = time.perf_counter() - started
    started = time.perf_counter()
    chars = 0
    with_text = rng.sample(rows, texts)
    with store.session() as s, s.begin():
        for row in with_text:                      # as downloads do: one document at a time
            body = " ".join(rng.choice(pool) for _ in range(rng.randint(60, 240)))
            chars += len(body)
            search.set_text(s, row["id"], "0" * 64, body)
    timing["index texts (s)"] = time.perf_counter() - started
    timing["text chars (M)"] = chars / 1e6
    return timing


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--texts", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "perfil")
        timing = build(store, args.entries, args.texts, rng)
        size = (Path(tmp) / "perfil" / store.path.name).stat().st_size
        print(f"catalogue: {args.entries} entries, text of {args.texts} documents "
              f"({timing['text chars (M)']:.1f} M characters); profile database "
              f"{size / 1e6:.1f} MB")
        print(f"indexing: catalogue {timing['index catalogue (s)']:.1f} s, "
              f"texts {timing['index texts (s)']:.1f} s\n")
        print(f"{'query':<34} {'filters':<28} {'hits':>6} {'p50 ms':>7} {'p95 ms':>7}")
        every: list[float] = []
        plain: list[float] = []
        filtered: list[float] = []
        for text, filters in QUERIES:
            f = search.Filters(**filters)
            times = []
            with store.session() as s:
                hits = search.count(s, text, f)
                search.search(s, text, f)  # warm-up
                for _ in range(args.runs):
                    started = time.perf_counter()
                    search.search(s, text, f)
                    times.append((time.perf_counter() - started) * 1000)
            every += times
            (filtered if filters else plain).extend(times)
            label = ", ".join(f"{k}={v}" for k, v in filters.items()) or "-"
            print(f"{text or '(solo filtros)':<34} {label[:28]:<28} {hits:>6} "
                  f"{statistics.median(times):>7.1f} {percentile(times, 95):>7.1f}")
        print()
        for name, values in (("without filters", plain), ("with filters", filtered),
                             ("all queries", every)):
            print(f"{name:<34} {'':<28} {'':>6} {statistics.median(values):>7.1f} "
                  f"{percentile(values, 95):>7.1f}")
        opened = open_view(store, runs=5)
        print(f"\nRepositorio view opened (window shown, first page listed) in: "
              f"{', '.join(f'{t:.0f}' for t in opened)} ms; median "
              f"{statistics.median(opened):.0f} ms")
        store.close()


def open_view(store: Store, runs: int) -> list[float]:
    """Milliseconds from creating the Repositorio view to its window shown and painted."""
    import os
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.ui.application import create_application
    from app.ui.repository_view import RepositoryView
    app = QApplication.instance() or create_application([], "es")
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        view = RepositoryView(store)
        view.resize(1280, 800)
        view.show()
        app.processEvents()
        times.append((time.perf_counter() - started) * 1000)
        view.close()
        view.deleteLater()
        app.processEvents()
    return times


if __name__ == "__main__":
    main()
