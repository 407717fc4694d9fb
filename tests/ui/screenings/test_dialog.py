"""The screening dialog: live scoring, the urgent alert reaching the family and the caseload.

EPDS (Cox, Holden & Sagovsky, 1987): item 10 above 0 is an urgent alert whatever the total.
ASQ-3 (Squires & Bricker, 2009): interval chosen by corrected age.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from imh_desktop.domain.enums import Instrument
from imh_desktop.services.caseload import table as caseload
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.screenings import results as screenings
from imh_desktop.ui.family.record import FamilyRecordWidget
from imh_desktop.ui.screenings.dialog import ScreeningDialog

pytestmark = pytest.mark.ui


def click_save(qtbot, dialog):
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_epds_item_10_raises_the_alert_on_the_family_and_the_caseload(
    qtbot, ctx, svc, family, published
):
    dialog = ScreeningDialog(ctx, family)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.current_instrument() is Instrument.EPDS
    assert dialog.subject.currentText() == "Nguyễn Thị Ánh (Mother)"
    page = dialog.pages[Instrument.EPDS]
    for item in range(1, 10):  # lowest-scoring option on each item: total 0
        page.choose(item, 0 if item in (1, 2, 4) else 3)
    assert dialog.result_label.text() == "9 of 10 items answered."
    page.choose(10, 2)  # item 10 reversed: option 2 scores 1
    assert "Total 1: low" in dialog.result_label.text() and "Urgent" in dialog.result_label.text()
    click_save(qtbot, dialog)
    assert not dialog.isVisible()
    assert published == [Change.of(family.id, Part.SCREENINGS, Part.ALERTS)]

    record = FamilyRecordWidget(ctx, family.id)
    qtbot.addWidget(record)
    texts = record.alert_banner.text().split("<br>")
    assert any("item 10" in t and "Nguyễn Thị Ánh" in t for t in texts)
    row = caseload.caseload_row(svc, "mine", family.id)
    assert row is not None and row.open_alerts == 1


def test_asq3_shows_the_interval_by_corrected_age(qtbot, ctx, svc, family, published):
    dialog = ScreeningDialog(ctx, family)
    qtbot.addWidget(dialog)
    dialog.instrument.setCurrentIndex(dialog.instrument.findText("ASQ-3"))
    page = dialog.pages[Instrument.ASQ3]
    assert dialog.subject.currentText() == "Bảo Nguyễn"
    assert page.interval.text().startswith("9 month questionnaire")
    assert "(corrected 9 mo 2 d)" in page.interval.text()
    for area, spin in page.scores.items():
        spin.setValue(45)
        page.bands[area].setCurrentIndex(3 if area == "communication" else 1)
    assert "below the cut-off in communication" in dialog.result_label.text()
    click_save(qtbot, dialog)
    [given] = screenings.list_screenings(svc, family.id)
    assert given.interval_months == 9 and given.positive
    assert published == [Change.of(family.id, Part.SCREENINGS, Part.ALERTS)]


def test_a_screening_given_another_day_is_dated_by_the_clock(
    qtbot, ctx, svc, family, clock, published
):
    clock.set(dt.date(2027, 1, 6))
    dialog = ScreeningDialog(ctx, family)
    qtbot.addWidget(dialog)
    assert dialog.given_on.value() == dt.date(2027, 1, 6)
    page = dialog.pages[Instrument.EPDS]
    for item in range(1, 11):  # lowest-scoring option on each item: total 0, no alert
        page.choose(item, 0 if item in (1, 2, 4) else 3)
    click_save(qtbot, dialog)
    [given] = screenings.list_screenings(svc, family.id)
    assert given.given_on == dt.date(2027, 1, 6) and not given.positive
    assert published == [Change.of(family.id, Part.SCREENINGS)]  # no alert opened


@pytest.mark.usefixtures("spanish")
def test_in_spanish_the_interval_line_reads_in_spanish(qtbot, ctx, family):
    dialog = ScreeningDialog(ctx, family)
    qtbot.addWidget(dialog)
    dialog.instrument.setCurrentIndex(dialog.instrument.findText("ASQ-3"))
    text = dialog.pages[Instrument.ASQ3].interval.text()
    assert text.startswith("Cuestionario de 9 meses — edad "), text
    assert "corregida" in text and "questionnaire" not in text and " age " not in text


@pytest.mark.usefixtures("spanish")
def test_in_spanish_the_result_and_its_alert_read_in_spanish_everywhere(
    qtbot, ctx, family, tmp_path
):
    dialog = ScreeningDialog(ctx, family)
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.pages[Instrument.EPDS]
    for item in range(1, 11):  # the highest-scoring option on each item: total 30
        page.choose(item, 3 if item in (1, 2, 4) else 0)
    shown = dialog.result_label.text()
    assert "Total 30: depresión probable" in shown and "<b>Urgente:</b>" in shown, shown
    assert "EPDS 30: depresión probable, derivar" in shown and "refer" not in shown
    click_save(qtbot, dialog)
    record = FamilyRecordWidget(ctx, family.id)
    qtbot.addWidget(record)
    banner = record.alert_banner.plain_text()
    assert "ítem 10 (autolesión): puntuación 3" in banner and "self-harm" not in banner, banner
    record.tabs.setCurrentWidget(record.screenings_tab)
    tab = record.screenings_tab
    qtbot.waitUntil(lambda: tab.given_model.rowCount() == 1 and tab.alerts_model.rowCount() == 1)
    given, alert = (cells(m) for m in (tab.given_model, tab.alerts_model))
    assert "depresión probable" in given and "Urgente" in given, given
    assert "Abierta — falta el seguimiento" in alert, alert
    assert not re.search(r"\b(depression|refer|Open|Urgent|Positive)\b", " ".join(given + alert))
    tab.resize(1366, 600)
    tab.grab().save(str(tmp_path / "es-screenings.png"))


def cells(model) -> list[str]:
    return [
        model.index(r, c).data()
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]
