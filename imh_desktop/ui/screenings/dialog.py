"""Record a screening: EPDS, PHQ-9 (item by item), ASQ-3 and ASQ:SE-2 (scores off the sheet).

No item wording is copied from the instruments (it is copyrighted): items
are numbered with a short neutral topic, and options are entered as 0-3 in
the order printed on the form. The result band shows live as answers come
in, scored by domain/screening.py.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.ages import format_age
from imh_desktop.domain.enums import Instrument
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.screening import ASQ3_AREA_LABELS, ASQ3_AREAS, ASQ3_BANDS, ASQSE2_BANDS
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.common.records import FamilyRecord
from imh_desktop.services.screenings import results as screenings
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.labels import label
from imh_desktop.ui.common.widgets import DateEdit, warning_color

EPDS_TOPICS = (
    "enjoyment and laughter", "looking forward", "self-blame", "anxiety or worry",
    "fear or panic", "coping", "sleep troubled by unhappiness", "sadness", "crying",
    "thoughts of self-harm",
)  # fmt: skip
PHQ9_TOPICS = (
    "interest or pleasure", "feeling down", "sleep", "tiredness or energy", "appetite",
    "feeling bad about oneself", "concentration", "moving or speaking slowly, or restless",
    "thoughts of self-harm",
)  # fmt: skip
OPTIONS_NOTE = (
    "For each item, tick the option the person chose, 0 … 3 as printed on the form "
    "(0 = first option, 3 = last). Reversed items are scored for you."
)


class ItemsPage(QWidget):
    """Radio-button rows, one per item, four options each."""

    def __init__(self, topics: tuple[str, ...], urgent_item: int) -> None:
        super().__init__()
        grid = QGridLayout(self)
        note = QLabel(OPTIONS_NOTE)
        note.setWordWrap(True)
        grid.addWidget(note, 0, 0, 1, 5)
        self.groups: list[QButtonGroup] = []
        for number, topic in enumerate(topics, start=1):
            label = QLabel(f"Item {number} — {topic}")
            if number == urgent_item:
                label.setStyleSheet("font-weight: 600;")
            grid.addWidget(label, number, 0)
            group = QButtonGroup(self)
            for option in range(4):
                button = QRadioButton(str(option))
                button.setAccessibleName(f"Item {number} option {option}")
                group.addButton(button, option)
                grid.addWidget(button, number, option + 1)
            self.groups.append(group)
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(len(topics) + 1, 1)

    def answers(self) -> list[int]:
        return [g.checkedId() for g in self.groups if g.checkedId() >= 0]

    def choose(self, item: int, option: int) -> None:
        """Tick ``option`` (0-3) on item ``item`` (1-based), as a click would."""
        self.groups[item - 1].button(option).click()


def _band_combo(bands: dict[str, str]) -> QComboBox:
    combo = QComboBox()
    combo.addItem("Choose from the sheet…", "")
    for key, text in bands.items():
        combo.addItem(text, key)
    return combo


class AsqPage(QWidget):
    """ASQ-3: each area's score (0-60) and the band read off the official sheet."""

    def __init__(self) -> None:
        super().__init__()
        form = QFormLayout(self)
        self.interval = QLabel()
        form.addRow("Questionnaire:", self.interval)
        self.scores: dict[str, QSpinBox] = {}
        self.bands: dict[str, QComboBox] = {}
        for area in ASQ3_AREAS:
            spin = QSpinBox()
            spin.setRange(0, 60)
            spin.setSingleStep(5)
            band = _band_combo(ASQ3_BANDS)
            row = QGridLayout()
            row.addWidget(spin, 0, 0)
            row.addWidget(band, 0, 1)
            row.setColumnStretch(1, 1)
            label = ASQ3_AREA_LABELS[area].capitalize()
            spin.setAccessibleName(f"{label} score")
            band.setAccessibleName(f"{label} result")
            form.addRow(f"{label}:", row)
            self.scores[area], self.bands[area] = spin, band


class AsqSePage(QWidget):
    """ASQ:SE-2: the total and the band read off the official sheet."""

    def __init__(self) -> None:
        super().__init__()
        form = QFormLayout(self)
        self.interval = QLabel()
        self.total = QSpinBox()
        self.total.setRange(0, 500)
        self.total.setSingleStep(5)
        self.band = _band_combo(ASQSE2_BANDS)
        form.addRow("Questionnaire:", self.interval)
        form.addRow("&Total score:", self.total)
        form.addRow("&Result:", self.band)


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
        self.setWindowTitle(f"Record a screening — {family.display_name}")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.instrument = QComboBox()
        for instrument in Instrument:
            self.instrument.addItem(label(instrument), instrument)
        self.subject = QComboBox()
        self.given_on = DateEdit(today=ctx.today())
        self.given_on.set_value(given_on)
        form.addRow("&Instrument:", self.instrument)
        form.addRow("&Given to:", self.subject)
        form.addRow("&Date given:", self.given_on)
        layout.addLayout(form)
        self.asq, self.asqse = AsqPage(), AsqSePage()
        self.pages: dict[Instrument, ItemsPage | AsqPage | AsqSePage] = {
            Instrument.EPDS: ItemsPage(EPDS_TOPICS, 10),
            Instrument.PHQ9: ItemsPage(PHQ9_TOPICS, 9),
            Instrument.ASQ3: self.asq,
            Instrument.ASQSE2: self.asqse,
        }
        self.stack = QStackedWidget()
        for page in self.pages.values():
            self.stack.addWidget(page)
        layout.addWidget(self.stack, 1)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName("Result")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {warning_color(self.palette()).name()};")
        self.error.hide()
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
        self.resize(620, 560)

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
            return "Choose the child."
        on = self._given_on()
        age = format_age(child.dob, child.gestation, on)
        try:
            months = screenings.interval_for(instrument, child.dob, child.gestation, on)
        except DomainError as exc:
            return f"{exc.message} (age {age})"
        return f"{months} month questionnaire — age {age}"

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
        elif isinstance(page, AsqPage):
            values["area_scores"] = {a: s.value() for a, s in page.scores.items()}
            values["area_bands"] = {a: b.currentData() for a, b in page.bands.items()}
        else:
            values["total"], values["band"] = page.total.value(), page.band.currentData()
        return screenings.ScreeningInput(**values)

    def _on_answers_changed(self, *_args: object) -> None:
        data = self.screening_input()
        page = self.pages[data.instrument]
        if isinstance(page, ItemsPage) and len(data.answers) < len(page.groups):
            self._show_result(f"{len(data.answers)} of {len(page.groups)} items answered.", False)
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
            self._show_result(exc.message, False)
            return
        text = result.band
        if result.total is not None:
            text = f"Total {result.total}: {result.band}"
        if result.alert_text:
            text += f"<br><b>{'Urgent' if result.urgent else 'Positive screen'}:</b> "
            text += result.alert_text
        self._show_result(text, result.positive)

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
            self.error.setText(exc.message)
            self.error.show()
            return
        alerts = [Part.ALERTS] if record.positive else []  # a positive screen opens an alert
        self.ctx.bus.publish(Change.of(self.family.id, Part.SCREENINGS, *alerts))
        self.recorded.emit(record.id)
        self.accept()
