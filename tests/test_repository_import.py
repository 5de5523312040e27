"""The repository catalogue import (`minka-server repo import`), the demo catalogue, and
the schema the migrations build compared with the models."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sync.server import cli, db
from sync.server.course import stable_id
from sync.server.models import BlobRef, Document
from tests.wire import ServerDb

HEADER = ["key", "title", "authors", "year", "type", "themes", "region", "summary",
          "language", "licence", "source", "file"]


def row(key, title="Guía de tertulias dialógicas", **changes) -> dict:
    data = dict(key=key, title=title, authors="Rosa Quispe Mamani; Julio Huamán Ccori",
                year="2021", type="guia", themes="tertulias dialógicas; educación rural",
                region="Cusco", summary="Orientaciones para directivos.", language="es",
                licence="CC BY 4.0", source="DRE Cusco", file="")
    data.update(changes)
    return data


def write_csv(path: Path, rows: list[dict], header=HEADER, encoding="utf-8",
              delimiter=",") -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=header, lineterminator="\n",
                            extrasaction="ignore", delimiter=delimiter)
    writer.writeheader()
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


@pytest.fixture
def setup(tmp_path):
    url = db.sqlite_url(tmp_path / "server.db")
    files = tmp_path / "archivos"
    (files / "guias").mkdir(parents=True)
    (files / "guias" / "tertulias.pdf").write_bytes(b"%PDF-1.4 tertulias")
    (files / "informe.pdf").write_bytes(b"%PDF-1.4 informe")
    (tmp_path / "secreto.txt").write_text("fuera de la carpeta")
    return url, files, tmp_path


def run_import(url, csv_path, files, *extra):
    return cli.main(["--db", url, "repo", "import", str(csv_path), "--files", str(files),
                     "--blobs", str(Path(files).parent / "blobs"), *extra])


def documents(url) -> dict[str, Document]:
    engine = db.make_engine(url)
    with db.session_factory(engine)() as s:
        found = {d.key: d for d in s.scalars(select(Document))}
    engine.dispose()
    return found


def refs(url) -> set[tuple[str, str]]:
    engine = db.make_engine(url)
    with db.session_factory(engine)() as s:
        found = {(r.sha256, r.record_id) for r in s.scalars(select(BlobRef))}
    engine.dispose()
    return found


def test_import_then_rerun_then_one_change(setup, capsys):
    url, files, tmp = setup
    rows = [row("EDG-0001", file="guias/tertulias.pdf", type="Guía"),
            row("EDG-0002", title="Sistematización en Azángaro", type="Sistematización",
                year="", themes=" grupos interactivos ;; ", authors=""),
            row("EDG-0003", title="Informe regional", type="INFORME", file="informe.pdf",
                language="")]
    csv_path = write_csv(tmp / "catalogo.csv", rows, encoding="utf-8-sig")  # with a BOM
    assert run_import(url, csv_path, files) == 0
    assert capsys.readouterr().out.strip() == \
        "created 3, updated 0, unchanged 0, rejected 0"
    docs = documents(url)
    first, second, third = docs["EDG-0001"], docs["EDG-0002"], docs["EDG-0003"]
    assert first.id == stable_id("document", "EDG-0001")
    assert (first.type, second.type, third.type) == ("guia", "sistematizacion", "informe")
    assert json.loads(first.authors) == ["Rosa Quispe Mamani", "Julio Huamán Ccori"]
    assert (second.year, json.loads(second.authors), json.loads(second.themes)) == \
        (None, [], ["grupos interactivos"])
    assert third.language == "es" and first.year == 2021
    file_ref = json.loads(first.file)
    assert file_ref["name"] == "tertulias.pdf" and file_ref["size"] == 18
    assert second.file is None and first.contributed_by is None
    assert (file_ref["sha256"], first.id) in refs(url)
    look = ServerDb(url)
    seqs = {k: d.seq for k, d in docs.items()}
    last = look.last_seq()

    assert run_import(url, csv_path, files) == 0
    assert capsys.readouterr().out.strip() == \
        "created 0, updated 0, unchanged 3, rejected 0"
    assert look.last_seq() == last
    assert {k: d.seq for k, d in documents(url).items()} == seqs

    rows[1] = dict(rows[1], summary="Resumen corregido: niñas y niños de Azángaro.")
    write_csv(csv_path, rows)
    assert run_import(url, csv_path, files) == 0
    assert capsys.readouterr().out.strip() == \
        "created 0, updated 1, unchanged 2, rejected 0"
    after = documents(url)
    assert look.last_seq() == last + 1
    assert {k for k, d in after.items() if d.seq != seqs[k]} == {"EDG-0002"}
    assert after["EDG-0002"].seq == last + 1
    assert after["EDG-0002"].published_at is not None

    # a new file for an entry: the old one is no longer referenced by it
    (files / "informe-2.pdf").write_bytes(b"%PDF-1.4 informe corregido")
    rows[2] = dict(rows[2], file="informe-2.pdf")
    write_csv(csv_path, rows)
    assert run_import(url, csv_path, files) == 0
    new_sha = json.loads(documents(url)["EDG-0003"].file)["sha256"]
    assert [sha for sha, rid in refs(url) if rid == after["EDG-0003"].id] == [new_sha]
    look.close()


def test_bad_rows_are_reported_with_their_line_and_not_imported(setup, capsys):
    url, files, tmp = setup
    rows = [row("EDG-0001"),                                                 # line 2
            row("EDG-0002", type="manual"),                                  # line 3
            row("EDG-0003", year="dos mil"),                                 # line 4
            row("EDG-0004", summary="Varias\nlíneas\nde resumen"),           # lines 5-7
            row("EDG-0005", file="../secreto.txt"),                          # line 8
            row("EDG-0006", file=str(tmp / "secreto.txt")),                  # line 9
            row("EDG-0007", file="no-existe.pdf"),                           # line 10
            row("EDG-0008", title="   "),                                    # line 11
            row("EDG-0001", title="Repetida"),                               # line 12
            row("", title="Sin clave"),                                      # line 13
            row("EDG-0009", year="1850"),                                    # line 14
            row("EDG-0010", language="español"),                             # line 15
            row("EDG-0011", type="vídeo", file="guias/../informe.pdf")]      # line 16
    csv_path = write_csv(tmp / "catalogo.csv", rows)
    assert run_import(url, csv_path, files) == 1
    out = capsys.readouterr()
    assert out.out.strip() == "created 3, updated 0, unchanged 0, rejected 10"
    errors = out.err.strip().splitlines()
    lines = [int(e.split(":")[0].removeprefix("line ")) for e in errors]
    assert lines == [3, 4, 8, 9, 10, 11, 12, 13, 14, 15]
    text = "\n".join(errors)
    assert "type 'manual' is not one of" in text
    assert "year 'dos mil' is not a number" in text
    assert "points outside the files folder" in text
    assert "must be a path relative" in text
    assert "'no-existe.pdf' not found" in text
    assert "already used on line 2" in text
    assert "key is empty" in text
    assert sorted(documents(url)) == ["EDG-0001", "EDG-0004", "EDG-0011"]
    assert documents(url)["EDG-0004"].summary == "Varias\nlíneas\nde resumen"
    assert documents(url)["EDG-0011"].type == "video"


def test_header_problems_import_nothing(setup, capsys):
    url, files, tmp = setup
    no_file = write_csv(tmp / "a.csv", [row("EDG-0001")], header=HEADER[:-1])
    assert run_import(url, no_file, files) == 2
    err = capsys.readouterr().err
    assert "missing column(s): file" in err and "nothing was imported" in err
    extra = write_csv(tmp / "b.csv", [row("EDG-0001")], header=HEADER + ["editorial"])
    assert run_import(url, extra, files) == 2
    assert "unknown column(s): 'editorial'" in capsys.readouterr().err
    latin = write_csv(tmp / "c.csv", [row("EDG-0001", title="Educación en Cañete")],
                      encoding="latin-1")
    assert run_import(url, latin, files) == 2
    assert "not UTF-8 (line 2)" in capsys.readouterr().err
    assert run_import(url, tmp / "no-hay.csv", files) == 2
    assert run_import(url, latin, tmp / "no-hay") == 2
    assert documents(url) == {}


def test_dry_run_writes_nothing(setup, capsys):
    url, files, tmp = setup
    csv_path = write_csv(tmp / "c.csv", [row("EDG-0001", file="informe.pdf"),
                                         row("EDG-0002", type="?")])
    assert run_import(url, csv_path, files, "--dry-run") == 1
    out = capsys.readouterr()
    assert out.out.strip() == ("dry run, nothing written: created 1, updated 0, "
                               "unchanged 0, rejected 1")
    assert "line 3: type '?'" in out.err
    assert documents(url) == {} and not (files.parent / "blobs").exists()


def test_an_import_that_fails_midway_leaves_nothing(setup):
    from sync.server.repository import import_catalogue
    url, files, tmp = setup
    csv_path = write_csv(tmp / "c.csv", [row("EDG-0001", file="informe.pdf"),
                                         row("EDG-0002", file="guias/tertulias.pdf")])
    db.upgrade(url)
    engine = db.make_engine(url)
    calls = []

    def store_file(path):
        calls.append(path)
        if len(calls) == 2:
            raise OSError("disk full")
        from sync.server.course import hash_file
        return hash_file(path)
    with pytest.raises(OSError):
        with db.session_factory(engine)() as s, s.begin():
            import_catalogue(s, csv_path, files, store_file=store_file)
    engine.dispose()
    assert documents(url) == {}


def test_demo_catalogue_is_big_valid_deterministic_and_its_pdfs_are_real(tmp_path):
    from pypdf import PdfReader

    from resources.demo_repository.make_catalogue import build
    from sync.server.repository import import_catalogue
    first = build(tmp_path / "a")
    second = build(tmp_path / "b")
    assert first.read_bytes() == second.read_bytes()
    with open(first, encoding="utf-8", newline="") as f:
        entries = list(csv.DictReader(f))
    assert len(entries) >= 150
    types = {e["type"] for e in entries}
    assert {"Guía", "Sistematización", "norma", "video"} <= types
    assert any(not e["file"] for e in entries) and any(e["file"] for e in entries)
    assert any("Resolución Viceministerial" in e["title"] for e in entries)
    url = db.sqlite_url(tmp_path / "s.db")
    db.upgrade(url)
    engine = db.make_engine(url)
    with db.session_factory(engine)() as s:
        report = import_catalogue(s, first, first.parent)
        s.rollback()
    engine.dispose()
    assert report.rejected == [] and report.created == len(entries)
    pdfs = sorted((first.parent / "archivos").glob("*.pdf"))
    assert len(pdfs) == sum(1 for e in entries if e["file"])
    for path in pdfs[::15]:
        assert 1000 < path.stat().st_size < 10_000
        reader = PdfReader(path)
        text = "".join(page.extract_text() for page in reader.pages)
        assert "educación" in text and "niñas" in text, path.name
        entry = next(e for e in entries if e["file"].endswith(path.name))
        assert reader.metadata.title == entry["title"]
        assert entry["title"].split()[0] in text


def test_migrations_build_exactly_the_models(tmp_path, request):
    """The schema exists only through migrations: they must match the models (what
    `alembic check` does), on SQLite and, where installed, PostgreSQL."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from sync.server.models import Base
    urls = [db.sqlite_url(tmp_path / "check.db")]
    from tests.pgserver import find_pg_bin
    if find_pg_bin() is not None:
        urls.append(request.getfixturevalue("postgres").new_database("t_migration_check"))
    for url in urls:
        db.upgrade(url)
        engine = db.make_engine(url)
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        engine.dispose()
        assert diff == [], (url.split(":")[0], diff)


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_a_spreadsheet_saved_with_semicolons_or_tabs_imports_the_same(setup, capsys,
                                                                    delimiter):
    url, files, tmp = setup
    path = write_csv(tmp / "catalogo.csv", [
        row("EDG-1", summary="Orientaciones, con comas, para directivos."),
        row("EDG-2", title="Informe de monitoreo", type="informe", file="informe.pdf")],
        encoding="utf-8-sig", delimiter=delimiter)
    assert run_import(url, path, files) == 0
    assert "created 2" in capsys.readouterr().out
    found = documents(url)
    assert found["EDG-1"].summary == "Orientaciones, con comas, para directivos."
    assert json.loads(found["EDG-1"].authors) == ["Rosa Quispe Mamani", "Julio Huamán Ccori"]
    assert found["EDG-2"].type == "informe"


def test_withdraw_by_key_all_or_nothing_and_a_reimport_brings_it_back(setup, capsys):
    url, files, tmp = setup
    rows = [row("EDG-0001", file="guias/tertulias.pdf"),
            row("EDG-0002", title="Informe regional", type="informe")]
    csv_path = write_csv(tmp / "catalogo.csv", rows)
    assert run_import(url, csv_path, files) == 0
    capsys.readouterr()
    look = ServerDb(url)
    last = look.last_seq()

    # an unknown name stops the whole command: nothing is withdrawn
    assert cli.main(["--db", url, "repo", "withdraw", "EDG-0001", "EDG-9999"]) == 2
    assert "'EDG-9999'" in capsys.readouterr().err
    assert not documents(url)["EDG-0001"].deleted and look.last_seq() == last

    assert cli.main(["--db", url, "repo", "withdraw", "EDG-0001"]) == 0
    assert capsys.readouterr().out.strip() == \
        "EDG-0001: withdrawn (Guía de tertulias dialógicas)"
    docs = documents(url)
    assert docs["EDG-0001"].deleted and docs["EDG-0001"].seq == last + 1
    assert not docs["EDG-0002"].deleted

    # by id works too (documents published from a proposal have no key); twice is harmless
    assert cli.main(["--db", url, "repo", "withdraw", docs["EDG-0001"].id]) == 0
    assert "was already withdrawn" in capsys.readouterr().out
    assert look.last_seq() == last + 1

    assert cli.main(["--db", url, "repo", "list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line.split()[1] for line in listed] == ["EDG-0002"]
    assert cli.main(["--db", url, "repo", "list", "--withdrawn"]) == 0
    assert [line.split()[1] for line in capsys.readouterr().out.splitlines()] == ["EDG-0001"]

    assert run_import(url, csv_path, files) == 0      # the catalogue still lists it
    assert capsys.readouterr().out.strip() == \
        "created 0, updated 1, unchanged 1, rejected 0"
    assert not documents(url)["EDG-0001"].deleted and look.last_seq() == last + 2

    # named twice (key and id) in one command: withdrawn once, said once
    second = documents(url)["EDG-0002"]
    assert cli.main(["--db", url, "repo", "withdraw", "EDG-0002", second.id]) == 0
    assert capsys.readouterr().out.splitlines() == ["EDG-0002: withdrawn (Informe regional)"]
    assert look.last_seq() == last + 3
    look.close()
