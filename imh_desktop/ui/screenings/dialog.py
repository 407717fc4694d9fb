"""Record a screening: EPDS, PHQ-9 (item by item), ASQ-3 and ASQ:SE-2 (scores off the sheet).

EPDS and PHQ-9 items are answered by the answer as worded on the published
form, each showing its score (ui/screenings/items.py). The result band shows
live as answers come in, scored by domain/screening.py. A self-harm answer
above 0 raises the agency's safety steps at once, with "Record safety check…".
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.enums import Instrument
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.instruments import item_form
from imh_desktop.domain.screening import (
    ASQ3_AREA_LABELS,
    ASQ3_AREAS,
    ASQ3_BANDS,
    ASQSE2_BANDS,
    EPDS_SELF_HARM_ITEM,
    PHQ9_SELF_HARM_ITEM,
)
from imh_desktop.services.admin.agency import get_settings
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.common.records import FamilyRecord
from imh_desktop.services.screenings import results as screenings
from imh_desktop.services.screenings.safety import SafetyCheckInput
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.i18n import user_message
from imh_desktop.ui.common.labels import label
from imh_desktop.ui.common.local_format import format_age
from imh_desktop.ui.common.screening_words import band_text, result_alert_text
from imh_desktop.ui.common.widgets import DateEdit, fit_to_screen, problem_label, warning_color
from imh_desktop.ui.screenings.items import ItemsPage
from imh_desktop.ui.screenings.safety import SafetyBanner, SafetyCheckDialog

ASQ3_NOTE = (
    "Copy each area's total from the official ASQ-3 sheet: six items scored Yes = 10, "
    "Sometimes = 5, Not yet = 0, so 0 to 60 in steps of 5 (higher is better). Then choose "
    "where that total falls against the sheet's cut-offs."
)
ASQSE2_NOTE = (
    "Copy the total from the official ASQ:SE-2 sheet: each item scores 0, 5 or 10 as marked "
    "on the sheet (the answer showing concern scores 10), plus 5 for each concern ticked, "
    "so totals go in steps of 5 and a higher total means more concern. Then choose where the "
    "total falls against the sheet's cut-off."
)


def _band_combo(bands: dict[str, str]) -> QComboBox:
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("_band_combo", "Choose from the sheet…"), "")
    for key, text in bands.items():
        combo.addItem(band_text(text), key)
    return combo


class AsqPage(QWidget):
    """ASQ-3: each area's score (0-60) and the band read off the official sheet."""

    def __init__(self) -> None:
        super().__init__()
        form = QFormLayout(self)
        note = QLabel(self.tr(ASQ3_NOTE))
        note.setWordWrap(True)
        form.addRow(note)
        self.interval = QLabel()
        form.addRow(self.tr("Questionnaire:"), self.interval)
        self.scores: dict[str, QSpinBox] = {}
        self.bands: dict[str, QComboBox] = {}
        for area in ASQ3_AREAS:
            spin = QSpinBox()
            spin.setRange(0, 60)
            spin.setSingleStep(5)
            spin.setSuffix(self.tr(" of 60"))
            band = _band_combo(ASQ3_BANDS)
            row = QGridLayout()
            row.addWidget(spin, 0, 0)
            row.addWidget(band, 0, 1)
            row.setColumnStretch(1, 1)
            label = ASQ3_AREA_LABELS[area].capitalize()
            spin.setAccessibleName(self.tr("{0} score").format(label))
            band.setAccessibleName(self.tr("{0} result").format(label))
            form.addRow(f"{label}:", row)
            self.scores[area], self.bands[area] = spin, band


class AsqSePage(QWidget):
    """ASQ:SE-2: the total and the band read off the official sheet."""

    def __init__(self) -> None:
        super().__init__()
        form = QFormLayout(self)
        note = QLabel(self.tr(ASQSE2_NOTE))
        note.setWordWrap(True)
        form.addRow(note)
        self.interval = QLabel()
        self.total = QSpinBox()
        self.total.setRange(0, 500)
        self.total.setSingleStep(5)
        self.band = _band_combo(ASQSE2_BANDS)
        form.addRow(self.tr("Questionnaire:"), self.interval)
        form.addRow(self.tr("&Total score:"), self.total)
        form.addRow(self.tr("&Result:"), self.band)


class ScreeningDialog(QDialog):
    """Record one screening for a caregiver or a child of ``family``.

    Saving publishes the Change on ``ctx.bus``; ``recorded(screening_id)``
    tells the widget that opened the dialog which screening it was.
    """

    recorded = Signal(int)

    def __init__(
        self, ctx: AppContext, family: FamilyRecord, visit_id: int | None = None,
        given_on: dt.date | None = None, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx, self.family, self.visit_id = ctx, family, visit_id
        self.setWindowTitle(self.tr("Record a screening — {0}").format(family.display_name))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.instrument = QComboBox()
        for instrument in Instrument:
            self.instrument.addItem(label(instrument), instrument)
        self.subject = QComboBox()
        self.given_on = DateEdit(today=ctx.today())
        self.given_on.set_value(given_on)
        form.addRow(self.tr("&Instrument:"), self.instrument)
        form.addRow(self.tr("&Given to:"), self.subject)
        form.addRow(self.tr("&Date given:"), self.given_on)
        layout.addLayout(form)
        self.safety: SafetyCheckInput | None = None
        self.banner = SafetyBanner(get_settings(ctx.svc).safety_steps)
        self.banner.record_clicked.connect(self._on_record_safety_check)
        self.banner.hide()
        layout.addWidget(self.banner)
        self.asq, self.asqse = AsqPage(), AsqSePage()
        self.pages: dict[Instrument, ItemsPage | AsqPage | AsqSePage] = {
            Instrument.EPDS: ItemsPage(item_form(Instrument.EPDS), EPDS_SELF_HARM_ITEM),
            Instrument.PHQ9: ItemsPage(item_form(Instrument.PHQ9), PHQ9_SELF_HARM_ITEM),
            Instrument.ASQ3: self.asq,
            Instrument.ASQSE2: self.asqse,
        }
        self.stack = QStackedWidget()
        for page in self.pages.values():
            self.stack.addWidget(page)
        layout.addWidget(self.stack, 1)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Result"))
        self.error = problem_label(self)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._connect()
        self._on_instrument_changed()
        fit_to_screen(self, 900, 720)

    def _connect(self) -> None:
        self.instrument.currentIndexChanged.connect(self._on_instrument_changed)
        self.subject.currentIndexChanged.connect(self._on_subject_changed)
        self.given_on.dateChanged.connect(self._on_subject_changed)
        for page in self.pages.values():
            for group in page.groups if isinstance(page, ItemsPage) else ():
                group.idClicked.connect(self._on_answers_changed)
        asq, asqse = self.asq, self.asqse
        for widget in (*asq.scores.values(), asqse.total):
            widget.valueChanged.connect(self._on_answers_changed)
        for combo in (*asq.bands.values(), asqse.band):
            combo.currentIndexChanged.connect(self._on_answers_changed)

    def current_instrument(self) -> Instrument:
        return Instrument(self.instrument.currentData())

    def _on_instrument_changed(self) -> None:
        instrument = self.current_instrument()
        self.stack.setCurrentWidget(self.pages[instrument])
        self.subject.blockSignals(True)
        self.subject.clear()
        if instrument in screenings.CAREGIVER_INSTRUMENTS:
            for carer in self.family.caregivers:
                label = f"{carer.full_name} ({carer.relationship})"
                self.subject.addItem(label, ("caregiver", carer.id))
        else:
            for child in self.family.children:
                self.subject.addItem(child.full_name, ("child", child.id))
        self.subject.blockSignals(False)
        self._on_subject_changed()

    def _on_subject_changed(self) -> None:
        instrument = self.current_instrument()
        page = self.pages[instrument]
        if isinstance(page, AsqPage | AsqSePage):
            page.interval.setText(self._interval_text(instrument))
        self._on_answers_changed()

    def _interval_text(self, instrument: Instrument) -> str:
        subject = self.subject.currentData()
        child = next((c for c in self.family.children if subject and c.id == subject[1]), None)
        if child is None:
            return self.tr("Choose the child.")
        on = self._given_on()
        age = format_age(child.dob, child.gestation, on)
        try:
            months = screenings.interval_for(instrument, child.dob, child.gestation, on)
        except DomainError as exc:
            return self.tr("{0} (age {1})").format(user_message(exc), age)
        return self.tr("{0} month questionnaire — age {1}").format(months, age)

    def _given_on(self) -> dt.date:
        return self.given_on.value() or self.ctx.today()  # a required date: never empty

    def screening_input(self) -> screenings.ScreeningInput:
        instrument = self.current_instrument()
        kind, ident = self.subject.currentData() or ("", None)
        values: dict[str, Any] = {
            "instrument": instrument, "given_on": self._given_on(),
            "visit_id": self.visit_id,
            "child_id": ident if kind == "child" else None,
            "caregiver_id": ident if kind == "caregiver" else None,
        }  # fmt: skip
        page = self.pages[instrument]
        if isinstance(page, ItemsPage):
            values["answers"] = tuple(page.answers())
            values["safety"] = self.safety
        elif isinstance(page, AsqPage):
            values["area_scores"] = {a: s.value() for a, s in page.scores.items()}
            values["area_bands"] = {a: b.currentData() for a, b in page.bands.items()}
        else:
            values["total"], values["band"] = page.total.value(), page.band.currentData()
        return screenings.ScreeningInput(**values)

    def _on_answers_changed(self, *_args: object) -> None:
        data = self.screening_input()
        page = self.pages[data.instrument]
        self._update_banner(page)
        if isinstance(page, ItemsPage) and len(data.answers) < len(page.groups):
            answered, items = len(data.answers), len(page.groups)
            self._show_result(self.tr("{0} of {1} items answered.").format(answered, items), False)
            return
        if isinstance(page, AsqPage) and not all(data.area_bands.values()):
            self._show_result("Enter each area's score and the result read off the sheet.", False)
            return
        if isinstance(page, AsqSePage) and not data.band:
            self._show_result("Enter the total and the result read off the sheet.", False)
            return
        try:
            result = screenings.score(data)
        except DomainError as exc:
            self._show_result(user_message(exc), False)
            return
        text = band_text(result.band)
        if result.total is not None:
            text = self.tr("Total {total}: {band}").format(total=result.total, band=text)
        if result.alert_text:
            kind = self.tr("Urgent") if result.urgent else self.tr("Positive screen")
            text += f"<br><b>{kind}:</b> {result_alert_text(result.alert_text)}"
        self._show_result(text, result.positive)

    def _update_banner(self, page: object) -> None:
        """Show the safety steps at once while the self-harm item is answered above 0."""
        urgent_item = {Instrument.EPDS: EPDS_SELF_HARM_ITEM, Instrument.PHQ9: PHQ9_SELF_HARM_ITEM}
        item = urgent_item.get(self.current_instrument())
        score = 0
        if item is not None and isinstance(page, ItemsPage):
            row = page.rows[item - 1]
            if row.group.checkedId() >= 0:
                score = row.item.answers[row.group.checkedId()].score
        if score > 0:
            what = self.tr("{name} item {n} scored {score}").format(
                name=self.current_instrument().abbreviation, n=item, score=score
            )
            self.banner.show_for(what, self.safety)
        else:
            self.banner.hide()

    def _on_record_safety_check(self) -> None:
        dialog = SafetyCheckDialog(self.ctx, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.check is not None:
            self.safety = dialog.check
            self._on_answers_changed()

    def _show_result(self, text: str, warn: bool) -> None:
        color = (
            warning_color(self.palette()).name() if warn else self.palette().text().color().name()
        )
        self.result_label.setStyleSheet(f"color: {color};")
        self.result_label.setText(text)

    def _on_buttons_accepted(self) -> None:
        try:
            record = screenings.record_screening(
                self.ctx.svc, self.family.id, self.screening_input()
            )
        except DomainError as exc:
            self.error.setText(user_message(exc))
            self.error.show()
            return
        alerts = [Part.ALERTS] if record.positive else []  # a positive screen opens an alert
        self.ctx.bus.publish(Change.of(self.family.id, Part.SCREENINGS, *alerts))
        self.recorded.emit(record.id)
        self.accept()
