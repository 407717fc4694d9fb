"""The team dashboard's exports on their own: where the file goes, what happens on cancel or
on a refused write, the caseload PDF through the runner. (The buttons: test_view.py.)"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtWidgets import QFileDialog, QWidget

from imh_desktop.domain.errors import DomainError
from imh_desktop.services.common.export import ColumnSpec
from imh_desktop.ui.team.export import TeamExports
from tests.reports.pdftext import pdf_text

pytestmark = pytest.mark.ui

COLUMNS = (ColumnSpec("name", "Family"), ColumnSpec("visits", "Visits", "int"))
FRAME = pd.DataFrame({"name": ["Ayala", "Núñez-O'Brien"], "visits": [3, 1]})


@pytest.fixture
def sam(app_ctx, agency):
    return app_ctx(agency.ids["ssupervisor"])


@pytest.fixture
def out(tmp_path):
    """An empty folder for the files (the test database lives in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def exports(qtbot, sam, out):
    host = QWidget()
    qtbot.addWidget(host)
    made = TeamExports(sam, host)
    made.folder = out
    made.saved_names: list[str] = []
    made.saved.connect(made.saved_names.append)
    yield made


@pytest.fixture
def chooser(monkeypatch):
    """The save dialog: records what it proposed, answers with ``chooser.answer``."""

    class Chooser:
        answer = ""
        proposed: list[tuple[str, str]] = []

    def ask(parent, title, proposed, filters):
        Chooser.proposed.append((proposed, filters))
        return Chooser.answer, filters

    Chooser.proposed = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    return Chooser


@pytest.fixture
def errors(monkeypatch):
    shown: list[BaseException] = []
    monkeypatch.setattr("imh_desktop.ui.team.export.show_error", lambda w, exc: shown.append(exc))
    return shown


def test_the_format_ending_is_added_unless_typed(exports, chooser, out):
    chooser.answer = str(out / "team")
    assert exports.ask_path("Export", "team-november", "xlsx") == out / "team.xlsx"
    assert chooser.proposed == [(str(out / "team-november.xlsx"), "Excel workbook (*.xlsx)")]
    chooser.answer = str(out / "TEAM.CSV")
    assert exports.ask_path("Export", "team", "csv") == out / "TEAM.CSV"
    chooser.answer = str(out / "team.csv")
    assert exports.ask_path("Export", "team", "xlsx") == out / "team.csv.xlsx"


def test_a_table_is_written_and_the_folder_remembered(exports, chooser, out):
    elsewhere = out / "exports"
    elsewhere.mkdir()
    chooser.answer = str(elsewhere / "families")
    target = exports.write_table(FRAME, COLUMNS, "team-families", "Families", "csv")
    assert target == elsewhere / "families.csv"
    assert target.read_text(encoding="utf-8-sig").splitlines() == [
        "Family,Visits", "Ayala,3", "Núñez-O'Brien,1"]  # fmt: skip
    assert exports.saved_names == ["families.csv"] and exports.folder == elsewhere
    chooser.answer = ""
    exports.write_table(FRAME, COLUMNS, "team", "Team", "csv")
    assert chooser.proposed[-1][0] == str(elsewhere / "team.csv")  # offered in the same folder


def test_cancel_writes_nothing(exports, chooser, out):
    chooser.answer = ""
    assert exports.write_table(FRAME, COLUMNS, "team", "Team", "xlsx") is None
    assert list(out.iterdir()) == [] and exports.saved_names == []


def test_a_refused_write_is_shown_and_nothing_is_saved(exports, chooser, errors, out):
    chooser.answer = str(out / "no-such-folder" / "team.csv")
    assert exports.write_table(FRAME, COLUMNS, "team", "Team", "csv") is None
    assert len(errors) == 1 and isinstance(errors[0], DomainError)
    assert exports.saved_names == [] and exports.folder == out


def test_the_caseload_pdf_for_one_specialist(exports, chooser, agency, out):
    chooser.answer = str(out / "ben")
    started: list[str] = []
    exports.started.connect(started.append)
    exports.write_caseload_pdf(agency.ids["bspecialist"], "ben-caseload")
    assert started == ["Writing ben.pdf…"] and exports.saved_names == ["ben.pdf"]
    text = pdf_text(Path(out / "ben.pdf").read_bytes())
    assert "Gold" in text and "Ayala" not in text and "Haddad" not in text


def test_a_pdf_that_cannot_be_written_is_shown(exports, chooser, errors, out):
    chooser.answer = str(out / "missing" / "team.pdf")
    exports.write_caseload_pdf(None, "team")
    assert len(errors) == 1 and "does not exist" in str(errors[0])
    assert exports.saved_names == []
