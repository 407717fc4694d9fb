"""The reports' shared building blocks: letterhead, label/value grid, signature lines."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import Spacer
from sqlalchemy import select

from imh_desktop.data.models import Visit
from imh_desktop.domain.text import MAX_NAME, normalise
from imh_desktop.reports.base import FONT, BaseReport
from imh_desktop.reports.caseload import render_caseload_report
from imh_desktop.reports.handout import render_handout
from imh_desktop.reports.layout import (
    break_at_hyphens,
    field_table,
    header_block,
    hyphen_pieces,
    signature_block,
)
from imh_desktop.reports.progress import render_progress_report
from imh_desktop.reports.text import esc
from imh_desktop.services.reports import (
    AgencyInfo,
    caseload_report_data,
    handout_data,
    progress_report_data,
)
from tests.factories import TODAY, add_history
from tests.reports.pdftext import pdf_pages, pdf_text

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


def test_a_value_taller_than_a_page_runs_on_to_the_next(sheet):
    children = "<br/>".join(f"Child {i}, born 1 Jan 2026" for i in range(150))

    class Tall(Sheet):
        def story(self):
            return [field_table(self, [("Family", "Nguyễn", "Case", "IMH-1"),
                                       ("Children", children, "", "")])]  # fmt: skip

    pages = pdf_pages(Tall().render())
    assert len(pages) >= 3
    assert "Child 0," in pages[0] and "Child 149," in pages[-1]


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        ("Ana María Castellanos-Villanueva", 200, "Ana María Castellanos-Villanueva"),
        ("Ana María Castellanos-Villanueva", 60, "Ana María Castellanos- Villanueva"),
        ("Castellanos-Villanueva-Montenegro family", 100,
         "Castellanos-Villanueva- Montenegro family"),
        ("Castellanos-Villanueva-Montenegro", 20, "Castellanos- Villanueva- Montenegro"),
        ("Wolfeschlegelsteinhausenbergerdorff", 20, "Wolfeschlegelsteinhausenbergerdorff"),
        ("-- Ana --", 5, "-- Ana --"),
    ],
)  # fmt: skip
def test_a_hyphenated_word_too_wide_for_its_column_breaks_at_its_hyphens(text, width, expected):
    assert break_at_hyphens(text, width, FONT, 7.5) == expected
    assert hyphen_pieces("Ana-Sofía") == ["Ana-", "Sofía"]


# Names and notes as people type them, within the domain's limits: any letters,
# marks, digits, punctuation and symbols (right-to-left, CJK and emoji included),
# spaces and hyphens; notes also line breaks, blank lines and very long words.
_CHARS = st.characters(
    categories=("L", "M", "N", "P", "S", "Zs"), exclude_characters="\ufffe\uffff"
)
REAL_NAMES = (
    "Castellanos-Villanueva-Montenegro family", "Ana María Castellanos-Villanueva",
    "María Fernanda Castellanos-Villanueva de la Fuente", "Nguyễn Thị Ánh",
    "Hubert Blaine Wolfeschlegelsteinhausenbergerdorff", "محمد بن عبد الله", "山田 花子",
)  # fmt: skip
NAMES = st.one_of(
    st.sampled_from(REAL_NAMES),
    st.text(_CHARS, min_size=1, max_size=MAX_NAME),
    st.lists(st.text(st.sampled_from("abcdefghij-"), min_size=1, max_size=40), min_size=1,
             max_size=8).map(" ".join),
).map(normalise).filter(bool)  # fmt: skip
NOTES = st.lists(
    st.one_of(
        st.text(_CHARS, max_size=300),
        st.text(st.sampled_from("ab-"), min_size=300, max_size=1500),  # a very long word
        st.sampled_from(["\n", "\n\n", "\n\n\n", " "]),
    ),
    max_size=6,
).map(lambda parts: normalise("".join(parts)))


def test_every_report_lays_out_any_names_and_notes(db, staff, family, svc):
    """Hypothesis: no name or note text makes a report raise (LayoutError or any other)."""
    add_history(db, family, staff["aspecialist"], 4, start=TODAY - dt.timedelta(days=60))
    progress = progress_report_data(svc, family.id, TODAY - dt.timedelta(days=90), TODAY)
    with db.session() as session:
        visit = max(session.scalars(select(Visit.id)))
    handout = handout_data(svc, visit)
    caseload = caseload_report_data(svc, "team")

    @settings(max_examples=25, deadline=None)
    @given(names=st.lists(NAMES, min_size=4, max_size=4), notes=st.lists(NOTES, min_size=3,
                                                                         max_size=3))  # fmt: skip
    def check(names: list[str], notes: list[str]) -> None:
        family_name, caregiver, child, specialist = names
        plan, observation, statement = notes
        p = dataclasses.replace(
            progress, family_name=family_name, caregivers=(caregiver, caregiver),
            children=tuple(dataclasses.replace(c, name=child) for c in progress.children),
            specialist_name=specialist, plan=f"{plan}\n\nEND-OF-PLAN",
            goals=tuple(dataclasses.replace(g, statement=statement) for g in progress.goals),
        )  # fmt: skip
        assert "END-OF-PLAN" in pdf_text(render_progress_report(p))
        for lang in ("en", "ar"):  # left to right, and right to left
            h = dataclasses.replace(
                handout, lang=lang, family_name=family_name, caregiver_names=(caregiver, child),
                children=tuple(dataclasses.replace(c, first_name=child) for c in handout.children),
                specialist_name=specialist, family_note=f"{observation}\n\n{plan}\n\nEND-OF-NOTE",
            )  # fmt: skip
            assert "END-OF-NOTE" in pdf_text(render_handout(h))  # nothing cut
        rows = tuple(
            dataclasses.replace(r, family_name=family_name, caregiver_name=caregiver,
                                children_text=f"{child} (2 y 1 m), {child}",
                                specialist_name=specialist)
            for r in caseload.rows
        )  # fmt: skip
        pages = pdf_pages(render_caseload_report(dataclasses.replace(caseload, rows=rows)))
        assert f"Page 1 of {len(pages)}" in pages[0]

    check()
