"""The Encuestas and Estadísticas sections in a real window over a real server: answering
through the buttons, the results chart after answering, a refused late answer shown with
the choice kept, "Nueva encuesta…" through its dialog, and the statistics saved as PNG and
CSV through the save dialog, under a name that says what it is and the date."""
from __future__ import annotations

import csv
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from app.services import surveys, syncing
from app.services.account import current_account
from app.ui.application import create_application
from app.ui.main_window import STATS, SURVEYS, MainWindow
from sync.server import cli

QUESTION = "¿Qué es lo que nos une?"


def _peru(days: int) -> str:
    moment = datetime.now(timezone.utc) + timedelta(days=days)
    return moment.astimezone(timezone(timedelta(hours=-5))).strftime("%Y-%m-%d %H:%M")


def _window(qtbot, store, section):
    create_application([], "es")
    window = MainWindow(store, current_account(store), auto_sync=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.nav.setCurrentRow(section)
    return window


def _survey(server, slug, question, *options):
    args = ["--db", server.db_url, "survey", "create", slug, question, "--closes", _peru(5)]
    for option in options:
        args += ["--option", option]
    assert cli.main(args) == 0


def test_a_member_answers_with_the_buttons_and_sees_the_results(qtbot, server,
                                                                profile_factory):
    _survey(server, "une", QUESTION, "La educación de nuestros niños y niñas",
            "El cariño por nuestro territorio", "<b>El trabajo en minka</b>")
    ana, beto = profile_factory("ana"), profile_factory("beto")
    for store in (ana, beto):
        syncing.sync_now(store)
    item = surveys.list_surveys(beto)[0]
    surveys.answer(beto, item.id, [item.options[1].id])
    syncing.sync_now(beto)
    syncing.sync_now(ana)
    window = _window(qtbot, ana, SURVEYS)
    view = window.surveys
    assert view.question_label.text() == QUESTION
    assert view.results_hint.isVisible() and not view.chart.isVisible()   # not yet
    buttons = view.group.buttons()
    assert [b.text() for b in buttons][2] == "<b>El trabajo en minka</b>"  # as written
    assert not view.answer_button.isEnabled()
    buttons[2].click()
    view.answer_button.click()
    assert "sincronizar" in view.state_label.text()
    assert view.chart.isVisible()
    window.sync_now()
    qtbot.waitUntil(lambda: "registrada" in view.state_label.text(), timeout=20000)
    bars = view.chart.chart.bars
    assert [(b.text, b.mine) for b in bars] == [("0 % (0)", False), ("50 % (1)", False),
                                                ("50 % (1)", True)]
    assert view.answer_button.text() == "Cambiar respuesta"
    assert view.chart.height() > 100
    # A late change: the survey closes on the server before this computer syncs.
    view.group.buttons()[0].click()
    view.answer_button.click()
    assert cli.main(["--db", server.db_url, "survey", "close", "une"]) == 0
    window.sync_now()
    qtbot.waitUntil(lambda: view.refusal_label.isVisible(), timeout=20000)
    assert "no se contó" in view.refusal_label.text()
    assert view.chosen_options() == [item.options[0].id]     # the choice stays visible
    assert not view.answer_button.isVisible()
    window.close()


def test_a_facilitator_asks_a_survey_through_the_dialog(qtbot, server, profile_factory):
    assert cli.main(["--db", server.db_url, "user", "role", "beto", "facilitator"]) == 0
    beto = profile_factory("beto")
    window = _window(qtbot, beto, SURVEYS)
    view = window.surveys
    assert view.new_button.isVisible()
    dialog = view.new_survey()
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    dialog.question.setText("¿Qué día prefiere para el taller?")
    dialog.options.setPlainText("Sábado\n")
    dialog.create_button.click()                        # one option: said inside, kept
    assert dialog.isVisible() and "dos opciones" in dialog.error.text()
    dialog.options.setPlainText("Sábado\nDomingo\n")
    dialog.create_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert view.question_label.text() == "¿Qué día prefiere para el taller?"
    assert "Pendiente" in view.survey_list.currentItem().text()
    window.close()


def _accept_save_dialog(qtbot, target, seen: list) -> None:
    """Answer the save dialog when it opens, noting the name it proposed."""
    def answer():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog) or not dialog.isVisible():
            QTimer.singleShot(50, answer)     # not open yet: its exec() has not started
            return
        seen.append(dialog.selectedFiles()[0])
        # Typed into the name box, as a person would (selectFile raced the dialog's own
        # completion of the proposed name now and then).
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(target))
        dialog.accept()
    QTimer.singleShot(50, answer)


def test_the_statistics_are_saved_as_png_and_csv(qtbot, server, profile_factory, tmp_path):
    ana = profile_factory("ana")             # signed in: seen, so active
    assert cli.main(["--db", server.db_url, "stats", "refresh"]) == 0
    syncing.sync_now(ana)
    window = _window(qtbot, ana, STATS)
    view = window.stats
    assert view.png_button.isEnabled() and "1 miembros activos de 2" in view.summary.text()
    stats = surveys.statistics(ana)
    day = datetime.fromisoformat(stats["computed_at"]).astimezone(
        timezone(timedelta(hours=-5))).strftime("%Y-%m-%d")
    seen: list[str] = []
    png = tmp_path / "estadisticas.png"
    _accept_save_dialog(qtbot, png, seen)
    view.png_button.click()
    assert view.last_saved == png
    assert seen[0].endswith(f"estadisticas-de-la-red-{day}.png")
    image = QImage(str(png))
    assert not image.isNull() and image.width() == 1200 and image.height() > 600
    csv_path = tmp_path / "estadisticas.csv"
    _accept_save_dialog(qtbot, csv_path, seen)
    view.csv_button.click()
    assert view.last_saved == csv_path, seen
    assert seen[1].endswith(f"estadisticas-de-la-red-{day}.csv")
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")                 # Excel reads the accents
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["Sección", "Dato", "Valor"]
    assert ["Resumen", "Miembros", "2"] in rows
    assert ["Activos por región", "Cusco", str(stats["active"])] in rows
    assert sum(1 for r in rows if r[0] == "Activos por mes") == 12
    assert "Guardado" in view.status_label.text()
    window.close()
