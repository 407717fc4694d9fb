"""The program measures to Excel and PDF from the window: the files hold the counts and the
definitions, never a family (the hand-built agency of tests/factories.py ``measures_agency``)."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog

from imh_desktop.data.models import AuditEvent
from imh_desktop.ui.team.measures import MeasuresView
from imh_desktop.ui.team.measures_export import measures_frame
from tests.factories import MEASURES_END, MEASURES_START, measures_agency
from tests.reports.pdftext import pdf_text

pytestmark = pytest.mark.ui


@pytest.fixture
def view(qtbot, app_ctx, db, staff, as_user):
    ids = measures_agency(db, staff, as_user)
    widget = MeasuresView(app_ctx(ids["ssupervisor"]))
    qtbot.addWidget(widget)
    widget.set_period(MEASURES_START, MEASURES_END)
    return widget


def _save_as(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(path), ""))


def test_excel_has_a_row_per_measure_and_column_with_definitions(qtbot, view, tmp_path,
                                                                 monkeypatch, db):  # fmt: skip
    _save_as(monkeypatch, tmp_path / "measures")
    with qtbot.waitSignal(view.exports.saved, timeout=20_000):
        view.xlsx_button.click()
    book = openpyxl.load_workbook(tmp_path / "measures.xlsx")
    sheet = book.active
    assert sheet.title == "1 Jan 2026 to 30 Jun 2026"
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Measure", "Specialist", "Count", "Denominator", "Percent", "Definition")
    by = {(r[0], r[1]): r[2:5] for r in rows[1:]}
    depression = "Caregivers screened for depression on time"
    assert by[(depression, "Program")] == (1, 2, 0.5)
    assert by[(depression, "Ana Specialist")] == (1, 2, 0.5)
    assert by[(depression, "Ben Specialist")] == (0, 0, "—")
    assert by[("Families retained 12 months", "Program")] == (1, 2, 0.5)
    assert all("Family " not in str(cell) for row in rows for cell in row)  # counts only
    assert "EPDS or PHQ-9" in rows[1][5]
    with db.read() as s:
        event = s.query(AuditEvent).order_by(AuditEvent.id.desc()).first()
        assert (event.entity, "xlsx" in event.detail) == ("program_measures", True)


def test_pdf_prints_the_measures_their_definitions_and_numbers(qtbot, view, tmp_path,
                                                               monkeypatch):  # fmt: skip
    _save_as(monkeypatch, tmp_path / "measures.pdf")
    with qtbot.waitSignal(view.exports.saved, timeout=20_000):
        view.pdf_button.click()
    text = " ".join(pdf_text((tmp_path / "measures.pdf").read_bytes()).split())
    assert "Program measures" in text and "1 Jan 2026 to 30 Jun 2026" in text
    assert "Children screened with ASQ-3 on time" in text
    assert "by corrected age" in text  # the definition beside it
    assert "Ana Specialist" in text and "Ben Specialist" in text
    assert "1 / 2" in text and "3 / 3" in text and "100%" in text and "—" in text
    assert "Family 1" not in text


def test_the_frame_marks_a_zero_denominator(view):
    frame = measures_frame(view.model.data_, view.texts, "Program")
    assert len(frame) == len(view.texts) * 3  # program, Ana, Ben
    assert (frame["percent"] == "—").sum() == (frame["denominator"] == 0).sum() > 0


@pytest.mark.usefixtures("spanish")
def test_in_spanish_the_pdf_and_the_sheet_read_in_spanish(qtbot, view, tmp_path, monkeypatch):
    _save_as(monkeypatch, tmp_path / "medidas.pdf")
    with qtbot.waitSignal(view.exports.saved, timeout=20_000):
        view.pdf_button.click()
    text = " ".join(pdf_text((tmp_path / "medidas.pdf").read_bytes()).split())
    assert "Indicadores del programa" in text and "1 ene 2026 a 30 jun 2026" in text, text
    assert "Preparado el " in text and "Página 1 de " in text and "Confidencial:" in text
    assert not any(w in text for w in ("Program measures", "Prepared", "Page ", "Confidential"))
    _save_as(monkeypatch, tmp_path / "medidas")
    with qtbot.waitSignal(view.exports.saved, timeout=20_000):
        view.xlsx_button.click()
    assert (
        openpyxl.load_workbook(tmp_path / "medidas.xlsx").active.title == "1 ene 2026 a 30 jun 2026"
    )
