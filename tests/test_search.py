"""Searching the repository offline: accents, word forms, filters, ranking, snippets."""
from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta, timezone

import pytest

from app.store import search
from app.store.db import Store
from app.store.models import Document

BASE = datetime(2026, 1, 1, tzinfo=timezone.utc)


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "perfil")
    yield s
    s.close()


def add(store, title, *, summary="", authors=(), themes=(), type="guia", year=2020,
        region="", text=None, days=0) -> str:
    doc_id = str(uuid.uuid4())
    with store.session() as s, s.begin():
        s.add(Document(id=doc_id, title=title, summary=summary, authors=json.dumps(authors),
                       themes=json.dumps(themes), type=type, year=year, region=region,
                       published_at=BASE + timedelta(days=days), seq=1))
        s.flush()
        search.index_documents(s, [doc_id])
        if text is not None:
            search.set_text(s, doc_id, "0" * 64, text)
    return doc_id


def find(store, query, **filters) -> list[str]:
    with store.session() as s:
        return [h.document_id for h in search.search(s, query, search.Filters(**filters))]


@pytest.fixture
def catalogue(store):
    ids = dict(
        guia=add(store, "Guía para la gestión de comunidades de aprendizaje",
                 summary="Orientaciones para directores que inician la transformación de su "
                         "escuela en comunidad de aprendizaje.",
                 authors=["María Quispe Huamán"], themes=["comunidades de aprendizaje"],
                 region="Cusco", year=2019, days=1),
        tertulias=add(store, "Tertulias dialógicas literarias en escuelas rurales",
                      summary="Sistematización de la experiencia de tres instituciones "
                              "educativas de Puno.",
                      authors=["José Mamani Condori"],
                      themes=["tertulias dialógicas", "educación rural"],
                      type="sistematizacion", region="Puno", year=2022, days=2),
        norma=add(store, "Norma técnica de evaluación formativa",
                  summary="Disposiciones para la evaluación de los aprendizajes.",
                  themes=["evaluación formativa"], type="norma", region="Lima", year=2016,
                  days=3),
        video=add(store, "Niñas y niños leen con sus familias",
                  summary="Video sobre la formación de familiares en Huancavelica.",
                  themes=["participación de las familias"], type="video",
                  region="Huancavelica", year=2024, days=4),
    )
    return ids


def test_accents_and_case_do_not_matter(store, catalogue):
    assert find(store, "educacion rural") == [catalogue["tertulias"]]
    assert find(store, "EVALUACIÓN") == [catalogue["norma"]]
    assert find(store, "ninas") == [catalogue["video"]]      # ñ typed as n
    assert find(store, "Niñas") == [catalogue["video"]]


def test_word_forms_match(store, catalogue):
    # plural finds singular and the other way round; verb/noun forms share a stem
    assert catalogue["guia"] in find(store, "comunidades")
    assert catalogue["guia"] in find(store, "comunidad")
    assert find(store, "tertulia dialogica") == [catalogue["tertulias"]]
    assert find(store, "familiar") == [catalogue["video"]]


def test_every_word_must_match(store, catalogue):
    assert find(store, "comunidad puno") == []
    assert find(store, "sistematizacion puno") == [catalogue["tertulias"]]


def test_authors_themes_and_region_are_searched(store, catalogue):
    assert find(store, "quispe") == [catalogue["guia"]]
    assert find(store, "huancavelica") == [catalogue["video"]]   # region (and summary)
    assert find(store, "cusco") == [catalogue["guia"]]          # region only
    assert find(store, "mamani condori") == [catalogue["tertulias"]]


def test_results_as_you_type_match_the_word_being_written(store, catalogue):
    assert find(store, "tert") == [catalogue["tertulias"]]
    assert find(store, "comunida") == [catalogue["guia"]]
    # once the word is finished (a space), it is a whole word again
    assert find(store, "tert ") == []


def test_common_words_alone_do_not_empty_the_list(store, catalogue):
    # "de la" says nothing about what is wanted: the list stays as it was (all, newest first)
    assert find(store, "de la") == find(store, "")
    assert catalogue["guia"] in find(store, "gestión de la escuela")


def test_text_of_downloaded_documents_is_searched_and_shown(store, catalogue):
    doc = add(store, "Informe anual", summary="Resumen breve.", type="informe",
              text="En la UGEL de Andahuaylas los grupos interactivos mejoraron la "
                   "participación de las madres en el aula.")
    assert find(store, "grupos interactivos") == [doc]
    with store.session() as s:
        hit = search.search(s, "grupos interactivos")[0]
    assert "<b>grupos</b> <b>interactivos</b>" in hit.snippet_html
    # the text goes when the file leaves the computer: only the metadata is searched
    with store.session() as s, s.begin():
        search.drop_text(s, doc)
    assert find(store, "grupos interactivos") == []


def test_title_weighs_more_than_the_text(store):
    in_text = add(store, "Informe de gestión", type="informe",
                  text="liderazgo " * 3 + "y otros temas de la escuela " * 50)
    in_title = add(store, "Liderazgo pedagógico en la UGEL", type="guia")
    assert find(store, "liderazgo") == [in_title, in_text]


def test_snippets_highlight_the_words_found_in_their_written_form(store, catalogue):
    with store.session() as s:
        hit = search.search(s, "transformacion escuelas")[0]
    assert hit.document_id == catalogue["guia"]
    assert "<b>transformación</b>" in hit.snippet_html
    assert "<b>escuela</b>" in hit.snippet_html
    with store.session() as s:
        hit = search.search(s, "comunidades")[0]
    assert "<b>comunidades</b>" in hit.title_html


def test_text_is_escaped_in_titles_and_snippets(store):
    add(store, "Escuela <script>alert(1)</script> & familia",
        summary="La escuela <b>y</b> la familia")
    with store.session() as s:
        hit = search.search(s, "escuela")[0]
    assert "<script>" not in hit.title_html and "&lt;script&gt;" in hit.title_html
    assert "&amp;" in hit.title_html
    assert "&lt;b&gt;y&lt;/b&gt;" in hit.snippet_html


def test_filters_by_type_years_theme_and_region(store, catalogue):
    assert set(find(store, "", types=("norma", "video"))) == {catalogue["norma"],
                                                             catalogue["video"]}
    assert find(store, "", year_from=2020, year_to=2023) == [catalogue["tertulias"]]
    assert find(store, "", theme="educación rural") == [catalogue["tertulias"]]
    assert find(store, "", region="Cusco") == [catalogue["guia"]]
    assert find(store, "evaluacion", region="Cusco") == []


def test_empty_query_lists_the_newest_first(store, catalogue):
    assert find(store, "") == [catalogue["video"], catalogue["norma"], catalogue["tertulias"],
                               catalogue["guia"]]
    with store.session() as s:
        assert search.count(s, "") == 4
        assert search.count(s, "escuela") == 2


def test_a_changed_or_removed_document_is_reindexed(store, catalogue):
    with store.session() as s, s.begin():
        s.get(Document, catalogue["norma"]).title = "Norma sobre convivencia escolar"
        s.flush()
        search.index_documents(s, [catalogue["norma"]])
    assert find(store, "convivencia") == [catalogue["norma"]]
    assert find(store, "tecnica") == []
    with store.session() as s, s.begin():
        s.delete(s.get(Document, catalogue["norma"]))
        s.flush()
        search.index_documents(s, [catalogue["norma"]])
    assert find(store, "convivencia") == []


def test_odd_queries_are_not_errors(store, catalogue):
    for query in ['"', "'", "*", "AND", "OR NOT", "NEAR(", "a:b", "-", "^", "()", "🙂",
                  "x" * 500, "comunidad*", 'tertulias "', "\x00"]:
        with store.session() as s:
            search.search(s, query)  # no exception: FTS5 syntax never reaches the user


def test_facets_list_what_the_catalogue_holds(store, catalogue):
    with store.session() as s:
        f = search.facets(s)
    assert dict(f.types) == {"guia": 1, "sistematizacion": 1, "norma": 1, "video": 1}
    assert ("educación rural", 1) in f.themes
    assert f.regions == ["Cusco", "Huancavelica", "Lima", "Puno"]
    assert (f.year_min, f.year_max) == (2016, 2024)


def test_extract_text_of_plain_and_damaged_files(tmp_path):
    plain = tmp_path / "nota.txt"
    plain.write_text("Educación intercultural bilingüe en Ayacucho", encoding="utf-8")
    assert "bilingüe" in search.extract_text(plain, "nota.txt")
    broken = tmp_path / "roto.pdf"
    broken.write_bytes(b"%PDF-1.4 esto no es un PDF completo")
    assert search.extract_text(broken, "roto.pdf") == ""
    assert search.extract_text(plain, "video.mp4") == ""


def test_text_of_a_real_pdf_is_extracted_with_accents_and_found(store, tmp_path):
    from resources.demo_repository.make_catalogue import pdf_bytes
    pdf = tmp_path / "guia.pdf"
    pdf.write_bytes(pdf_bytes("Guía de tertulias", [
        "Las niñas y los niños de Chumbivilcas leyeron juntos con sus familias.",
        "La educación intercultural bilingüe se fortalece en la comunidad."]))
    text = search.extract_text(pdf, "guia.pdf")
    assert "niñas" in text and "educación" in text and "bilingüe" in text
    doc = add(store, "Guía de tertulias", type="guia", text=text)
    assert find(store, "chumbivilcas") == [doc]
    assert find(store, "bilingue") == [doc]
