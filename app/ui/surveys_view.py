"""The Encuestas section: the network's surveys (open ones first), answering offline (one
option or several), changing the answer until the survey closes, and the results as a bar
chart with percentages once answered or closed; "Nueva encuesta…" for facilitators and
administrators.

Option texts come from the wire: they are shown in buttons (never rich text), in plain
labels and drawn by app/ui/charts.py."""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (QAbstractButton, QButtonGroup, QCheckBox, QDateEdit, QDialog,
                               QFormLayout, QHBoxLayout, QLineEdit, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QPushButton, QRadioButton,
                               QScrollArea, QSplitter, QVBoxLayout, QWidget)

from app.services import surveys
from app.services.errors import UserError
from app.ui.charts import Bar, BarChart, ChartView
from app.ui.dialogs import fit_height, form_buttons
from app.ui.fit import WrapLabel
from app.ui.messages import problem
from app.ui.plaintext import Label, message, tip
from app.ui.timefmt import peru_when

log = logging.getLogger(__name__)


def results_chart(item: surveys.SurveyItem) -> BarChart:
    """A survey's results as bars of the share of respondents, the reader's choice marked
    (shared by the view and its screenshots)."""
    share_text = QCoreApplication.translate("SurveysView", "%1 % (%2)")
    bars = [Bar(option.text, item.share(option),
                share_text.replace("%1", f"{item.share(option):.0f}")
                .replace("%2", str(option.count)),
                mine=option.id in item.my_choice)
            for option in item.options]
    note = QCoreApplication.translate("SurveysView", "%n personas respondieron.", "",
                                      item.respondents)
    if item.multiple:
        note += " " + QCoreApplication.translate(
            "SurveysView", "Cada persona pudo marcar varias opciones: los porcentajes suman "
                           "más de 100.")
    if item.my_choice:
        note += " " + QCoreApplication.translate("SurveysView",
                                                 "Su elección está en otro color.")
    return BarChart(QCoreApplication.translate("SurveysView", "Resultados"), bars, 100.0,
                    note, QCoreApplication.translate("SurveysView", "Todavía nadie respondió."))


class NewSurveyDialog(QDialog):
    """A moderator asks the network a survey: question, options (one per line), one answer
    or several, closing day (Peru's 23:59). Closes only once the survey is queued; a
    problem is said inside, the text kept."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("Nueva encuesta"))
        self.question = QLineEdit()
        self.question.setMaxLength(200)
        self.question.setPlaceholderText(self.tr("Por ejemplo: ¿Qué es lo que nos une?"))
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("Para qué es la encuesta (opcional)"))
        self.description.setMaximumHeight(70)
        self.options = QPlainTextEdit()
        self.options.setObjectName("surveyOptionsEdit")
        self.options.setPlaceholderText(self.tr("Una opción en cada línea (de 2 a 12)"))
        self.multiple = QCheckBox(self.tr("Se puede marcar más de una opción"))
        self.closes = QDateEdit(QDate.currentDate().addDays(14))
        self.closes.setCalendarPopup(True)
        self.closes.setMinimumDate(QDate.currentDate())
        self.error = WrapLabel("", "error")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Pregunta"), self.question)
        form.addRow(self.tr("Descripción"), self.description)
        form.addRow(self.tr("Opciones"), self.options)
        form.addRow("", self.multiple)
        form.addRow(self.tr("Cierra el (23:59, hora del Perú)"), self.closes)
        buttons, self.create_button = form_buttons(self, self.tr("Enviar la encuesta"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(WrapLabel(self.tr("Toda la red la verá después de la próxima "
                                           "sincronización."), "hint"))
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 460)

    def submit(self) -> None:
        try:
            self.saved_id = surveys.create_survey(
                self.store, self.question.text(), self.options.toPlainText().splitlines(),
                self.closes.date().toPython(), multiple=self.multiple.isChecked(),
                description=self.description.toPlainText())
        except UserError as exc:
            log.info("survey not queued: %s", exc.code)
            self.error.setText(problem(exc.code))
            self.error.show()
            fit_height(self)
            return
        self.accept()


class SurveysView(QWidget):
    """Emits `wrote` after anything is queued, for the status bar."""

    wrote = Signal()

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.survey_id: str | None = None
        self.item: surveys.SurveyItem | None = None

        title = Label(self.tr("Encuestas de la red"))
        title.setObjectName("paneTitle")
        self.new_button = QPushButton(self.tr("Nueva encuesta…"))
        self.new_button.clicked.connect(lambda: self.new_survey())
        self.new_button.setVisible(surveys.is_moderator(store))
        self.survey_list = QListWidget()
        self.survey_list.setObjectName("surveyList")
        self.survey_list.setWordWrap(True)
        self.survey_list.setSpacing(4)
        self.survey_list.currentItemChanged.connect(lambda *_: self._chosen())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.new_button)
        left_layout.addLayout(head)
        left_layout.addWidget(self.survey_list, 1)

        self.question_label = WrapLabel("", "paneTitle")
        self.description_label = WrapLabel("", "")
        self.closes_label = WrapLabel("", "hint")
        self.options_box = QWidget()
        self.options_layout = QVBoxLayout(self.options_box)
        self.options_layout.setContentsMargins(4, 4, 4, 4)
        self.group: QButtonGroup | None = None
        self.answer_button = QPushButton(self.tr("Enviar respuesta"))
        self.answer_button.setObjectName("primary")
        self.answer_button.clicked.connect(self.send_answer)
        self.state_label = WrapLabel("", "hint")
        self.state_label.setObjectName("surveyState")
        self.refusal_label = WrapLabel("", "error")
        self.refusal_label.hide()
        self.results_hint = WrapLabel(self.tr("Verá los resultados cuando responda o cuando "
                                              "la encuesta cierre."), "hint")
        self.chart = ChartView()
        self.chart.setObjectName("surveyChart")
        self.empty_label = WrapLabel(self.tr("Todavía no hay encuestas. Cuando la red haga "
                                             "una, aparecerá aquí después de sincronizar."),
                                     "pageText")

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(self.empty_label)
        page_layout.addWidget(self.question_label)
        page_layout.addWidget(self.description_label)
        page_layout.addWidget(self.closes_label)
        page_layout.addWidget(self.options_box)
        row = QHBoxLayout()
        row.addWidget(self.answer_button)
        row.addWidget(self.state_label, 1)
        page_layout.addLayout(row)
        page_layout.addWidget(self.refusal_label)
        page_layout.addWidget(self.results_hint)
        page_layout.addWidget(self.chart)
        page_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([330, 770])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.reload()

    # ---- the list ----------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read from the store (after a sync or a write), keeping the selection."""
        keep = self.survey_id
        items = surveys.list_surveys(self.store)
        self.survey_list.blockSignals(True)
        self.survey_list.clear()
        chosen = None
        for item in items:
            if item.is_open:
                when = self.tr("Abierta hasta el %1").replace("%1", peru_when(item.closes_at))
            else:
                when = self.tr("Cerrada el %1").replace("%1", peru_when(item.closes_at))
            if item.state == "pending":
                when += "\n" + self.tr("Pendiente: se enviará al sincronizar.")
            elif item.state == "rejected":
                when += "\n" + problem(item.reject_code or "not_allowed")
            elif item.my_state == "rejected":
                when += "\n" + self.tr("Su respuesta no se contó")
            elif item.my_choice:
                when += "\n" + self.tr("Ya respondió")
            elif item.is_open:
                when += "\n" + self.tr("Falta su respuesta")
            row = QListWidgetItem(item.question + "\n" + when)
            row.setData(Qt.UserRole, item.id)
            row.setToolTip(tip(item.question))
            self.survey_list.addItem(row)
            if item.id == keep or (keep is None and chosen is None):
                chosen = row
        if chosen is not None:
            self.survey_list.setCurrentItem(chosen)
        self.survey_list.blockSignals(False)
        self._chosen()

    def _chosen(self) -> None:
        row = self.survey_list.currentItem()
        self.survey_id = row.data(Qt.UserRole) if row is not None else None
        self._show()

    def open_survey(self, survey_id: str) -> None:
        for i in range(self.survey_list.count()):
            if self.survey_list.item(i).data(Qt.UserRole) == survey_id:
                self.survey_list.setCurrentRow(i)
                return

    # ---- one survey -------------------------------------------------------------------

    def _show(self) -> None:
        item = None
        if self.survey_id is not None:
            try:
                item = surveys.get_survey(self.store, self.survey_id)
            except UserError:
                item = None
        self.item = item
        shown = item is not None
        self.empty_label.setVisible(not shown)
        for widget in (self.question_label, self.description_label, self.closes_label,
                       self.options_box, self.answer_button, self.state_label,
                       self.chart, self.results_hint):
            widget.setVisible(shown)
        self.refusal_label.hide()
        if not shown:
            return
        self.question_label.setText(item.question)
        self.description_label.setText(item.description)
        self.description_label.setVisible(bool(item.description))
        how = (self.tr("Puede marcar varias opciones.") if item.multiple
               else self.tr("Marque una opción."))
        if item.is_open:
            self.closes_label.setText(self.tr("Abierta hasta el %1. %2 Puede cambiar su "
                                              "respuesta hasta entonces.")
                                      .replace("%1", peru_when(item.closes_at))
                                      .replace("%2", how))
        else:
            self.closes_label.setText(self.tr("Cerró el %1.").replace(
                "%1", peru_when(item.closes_at)))
        self._build_options(item)
        self.answer_button.setVisible(item.is_open)
        self.answer_button.setText(self.tr("Cambiar respuesta") if item.my_choice
                                   else self.tr("Enviar respuesta"))
        self._update_button()
        if item.my_state == "pending":
            self.state_label.setText(self.tr("Su respuesta se enviará al sincronizar; se "
                                             "contará entonces."))
        elif item.my_state == "synced":
            self.state_label.setText(self.tr("Su respuesta está registrada."))
        elif item.my_state == "rejected":
            self.state_label.setText("")
            self.refusal_label.setText(problem(item.my_code or "survey_closed"))
            self.refusal_label.show()
        else:
            self.state_label.setText(self.tr("Todavía no respondió.") if item.is_open
                                     else self.tr("No respondió esta encuesta."))
        self.results_hint.setVisible(not item.results_shown)
        self.chart.setVisible(item.results_shown)
        if item.results_shown:
            self.chart.set_chart(results_chart(item))

    def _build_options(self, item: surveys.SurveyItem) -> None:
        while self.options_layout.count():
            widget = self.options_layout.takeAt(0).widget()
            if widget is not None:
                # Hidden at once: deleteLater alone left the old options drawn under the
                # new ones until the next turn of the event loop.
                widget.hide()
                widget.deleteLater()
        self.group = QButtonGroup(self)
        self.group.setExclusive(not item.multiple)
        for option in item.options:
            button: QAbstractButton = (QCheckBox(option.text) if item.multiple
                                       else QRadioButton(option.text))
            button.setProperty("option_id", option.id)
            button.setChecked(option.id in item.my_choice)
            button.setEnabled(item.is_open)
            button.toggled.connect(lambda _on: self._update_button())
            self.group.addButton(button)
            self.options_layout.addWidget(button)

    def chosen_options(self) -> list[str]:
        if self.group is None:
            return []
        return [b.property("option_id") for b in self.group.buttons() if b.isChecked()]

    def _update_button(self) -> None:
        item = self.item
        chosen = self.chosen_options()
        self.answer_button.setEnabled(bool(chosen) and item is not None and (
            chosen != item.my_choice or item.my_state == "rejected"))

    def choose(self, option_ids: list[str]) -> None:
        """Tick these options (what a click does; for tests and screenshots)."""
        for button in self.group.buttons() if self.group else []:
            button.setChecked(button.property("option_id") in option_ids)

    def send_answer(self) -> None:
        if self.item is None:
            return
        try:
            surveys.answer(self.store, self.item.id, self.chosen_options())
        except UserError as exc:
            log.info("answer to survey %s not queued: %s", self.item.id, exc.code)
            message(self, self.tr("No se pudo guardar la respuesta"), problem(exc.code))
            return
        self.wrote.emit()
        self.reload()

    def new_survey(self) -> NewSurveyDialog:
        dialog = NewSurveyDialog(self.store, self)

        def done(result: int) -> None:
            if result == QDialog.Accepted and dialog.saved_id:
                self.survey_id = dialog.saved_id
                self.wrote.emit()
                self.reload()
        dialog.finished.connect(done)
        dialog.open()
        return dialog
