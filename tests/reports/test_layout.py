"""The reports' shared building blocks: letterhead, label/value grid, signature lines."""

from __future__ import annotations

import pytest
from reportlab.platypus import Spacer

from imh_desktop.reports.base import BaseReport
from imh_desktop.reports.layout import field_table, header_block, signature_block
from imh_desktop.reports.text import esc
from imh_desktop.services.reports import AgencyInfo
from tests.reports.pdftext import pdf_text

AGENCY = AgencyInfo("Ølstad & Sons <Family> Center", "1 Fjord Way\nRiverbend", "(555) 010-9999")


class Sheet(BaseReport):
    """A one-page report made only of the building blocks."""

    title = "Case review"

    def story(self):
        return [
            header_block(self, AGENCY, "Case review <draft>", esc("Nguyễn & family") + "<br/>IMH-2026-0042"),
            Spacer(1, 6),
            field_table(self, [
                ("Family", esc("Nguyễn <family>"), "Case", "IMH-2026-0042"),
                ("Address", esc("12 Ølstad Road\nRiverbend"), "", ""),
            ]),
            signature_block(self, ["Specialist", "Supervisor"]),
        ]  # fmt: skip


@pytest.fixture(scope="module")
def sheet() -> Sheet:
    return Sheet()


def test_the_blocks_render_with_user_text_shown_literally(sheet):
    text = pdf_text(sheet.render())
    for expected in (
        "Ølstad & Sons <Family> Center", "1 Fjord Way", "Riverbend", "(555) 010-9999",
        "Case review <draft>", "Nguyễn & family", "IMH-2026-0042", "Nguyễn <family>",
        "12 Ølstad Road", "Specialist signature", "Supervisor signature", "Date",
    ):  # fmt: skip
        assert expected in text, expected
    assert "Page 1 of 1" in text


def test_header_splits_the_width_in_half_and_drops_a_missing_phone(sheet):
    table = header_block(sheet, AGENCY, "Title", "")
    assert [round(w, 2) for w in table._colWidths] == [round(sheet.frame_width / 2, 2)] * 2
    no_phone = header_block(sheet, AgencyInfo("A", "Street", ""), "Title", "")
    [[left, _right]] = no_phone._cellvalues
    assert left[1].text == "Street"  # no trailing line break for the missing phone
    [[left, _right]] = table._cellvalues
    assert left[0].text == "Ølstad &amp; Sons &lt;Family&gt; Center"


def test_a_row_without_a_second_label_spans_the_value_across(sheet):
    table = field_table(sheet, [("A", "1", "B", "2"), ("Wide", "3", "", ""), ("C", "4", "D", "5")])
    assert table._spanCmds == [("SPAN", (1, 1), (3, 1))]
    assert sum(table._colWidths) == pytest.approx(sheet.frame_width)


def test_signature_lines_one_pair_of_rows_per_role(sheet):
    table = signature_block(sheet, ["Specialist", "Supervisor"])
    assert table._cellvalues == [
        ["", "", ""], ["Specialist signature", "", "Date"],
        ["", "", ""], ["Supervisor signature", "", "Date"],
    ]  # fmt: skip
    assert table._argH == [22, 12, 22, 12]
    assert sum(table._colWidths) == pytest.approx(sheet.frame_width)
