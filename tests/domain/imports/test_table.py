"""Raw sheet rows made into a table: blank rows, merged two-row headers, trailing spaces."""

from __future__ import annotations

from imh_desktop.domain.imports.table import tabulate


def test_merged_group_headers_join_the_row_below():
    table = tabulate([
        [], ["Case", "Child", None, "Visit date"], [None, "Name", "DOB", None],
        ["1", "Mia", "2025-01-01", "3/4/2026"], [None, " ", ""], ["2", "Leo", 45000, None],
    ])  # fmt: skip
    assert table.headers == ("Case", "Child Name", "Child DOB", "Visit date")
    assert table.lines == (4, 6)  # the sheet's own row numbers, blank rows dropped
    assert table.column("Child Name") == ["Mia", "Leo"]


def test_a_data_row_under_the_header_is_not_a_header():
    table = tabulate([["Case ", "Name", None], ["1", "A"], ["2", "B", None]])
    assert table.headers == ("Case", "Name")
    assert table.rows == (("1", "A"), ("2", "B"))


def test_repeated_and_missing_headers_get_names():
    assert tabulate([["Name", "name", None], ["a", "b", "c"]]).headers == (
        "Name", "name (2)", "Column 3")  # fmt: skip
    assert tabulate([[], [None]]).headers == ()
