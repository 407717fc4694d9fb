"""Ugly files built here: BOM, semicolons, Windows-1252, serial dates, merged headers."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from imh_desktop.domain.errors import DomainError
from imh_desktop.services.imports.reading import decode, read_table, sheet_names

ROWS = "Case;Family name;Referral date\r\nA-1;Muñoz Peña;03/04/2026\r\n;;\r\nA-2;Ibáñez ;45123\r\n"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "cp1252", "latin-1"])
def test_semicolon_csv_in_each_encoding(tmp_path, encoding):
    path = tmp_path / "families.csv"
    path.write_bytes(ROWS.encode(encoding))
    table = read_table(path)
    assert table.headers == ("Case", "Family name", "Referral date")
    assert table.rows == (("A-1", "Muñoz Peña", "03/04/2026"), ("A-2", "Ibáñez ", "45123"))
    assert table.lines == (2, 4)


def test_comma_and_tab_delimited(tmp_path):
    for sep in (",", "\t"):
        path = tmp_path / "f.csv"
        path.write_text(f'Name{sep}"Address"\nAyala{sep}"1 Main St{sep} Apt 2"\n', "utf-8")
        assert read_table(path).rows == (("Ayala", f"1 Main St{sep} Apt 2"),)


_TEXT = st.text(alphabet="abcdefghijklmnñopqrstuvwxyzáéíóúüÁÉÑ ", min_size=1, max_size=20)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_TEXT.map(str.strip).filter(bool), min_size=3, max_size=8),
       st.sampled_from(["utf-8-sig", "cp1252", "latin-1", "utf-8"]))  # fmt: skip
def test_encodings_round_trip(tmp_path, names, encoding):
    text = "Name;Code\n" + "".join(f"{n};{i}\n" for i, n in enumerate(names))
    path = tmp_path / "names.csv"
    path.write_bytes(text.encode(encoding))
    assert [r[0] for r in read_table(path).rows] == names


def test_excel_with_title_gap_merged_header_and_date_cells(tmp_path):
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Caseload"
    ws.append([])
    ws.append(["Case", "Child", None, "Referral date"])
    ws.merge_cells("B2:C2")
    ws.append([None, "Name", "Date of birth", None])
    ws.append(["A-1", "Mia ", dt.datetime(2025, 5, 12), 46100])
    ws.append([])
    ws.append(["A-2", "Leo", "12/05/2025", dt.date(2026, 1, 2)])
    book.create_sheet("Notes").append(["nothing"])
    path = tmp_path / "book.xlsx"
    book.save(path)
    assert sheet_names(path) == ["Caseload", "Notes"]
    table = read_table(path, "Caseload")
    assert table.headers == ("Case", "Child Name", "Child Date of birth", "Referral date")
    assert table.rows[0] == ("A-1", "Mia ", dt.datetime(2025, 5, 12), 46100)
    assert table.lines == (4, 6)
    assert read_table(path, "Notes").headers == ("nothing",)


def test_unreadable_files_get_a_plain_message(tmp_path):
    bad = tmp_path / "fake.xlsx"
    bad.write_text("not a zip")
    with pytest.raises(DomainError, match="could not be read as an Excel workbook"):
        read_table(bad)
    with pytest.raises(DomainError, match="CSV file"):
        read_table(tmp_path / "x.pdf")
    with pytest.raises(DomainError, match="no file"):
        read_table(tmp_path / "gone.csv")
    book = openpyxl.Workbook()
    book.save(tmp_path / "b.xlsx")
    with pytest.raises(DomainError, match="no sheet named"):
        read_table(tmp_path / "b.xlsx", "Missing")


def test_decode_prefers_utf8_then_detects():
    assert decode("Peña".encode()) == "Peña"
    assert decode("\ufeffPeña".encode()) == "Peña"
    assert decode("Año nuevo, Peña, Ibáñez".encode("cp1252")) == "Año nuevo, Peña, Ibáñez"
