"""The program measures report on its own: definitions beside the numbers, specialists beyond a
page's width in a further table, text escaped."""

from __future__ import annotations

import datetime as dt

from imh_desktop.domain.measures import Measure, MeasurePeriod, Ratio
from imh_desktop.reports.measures import MeasureText, ratio_markup, render_measures_report
from imh_desktop.services.measures.program import ProgramMeasures
from imh_desktop.services.reports.common import AgencyInfo
from tests.reports.pdftext import pdf_pages

TEXTS = tuple(MeasureText(m, f"Title {m.value}", f"Definition of {m.value} <b>") for m in Measure)


def _data(specialists: int) -> ProgramMeasures:
    people = tuple((i, f"Specialist {i:02d}") for i in range(1, specialists + 1))
    ratios = {m: {None: Ratio(3, 4), **{i: Ratio(i % 2, 1) for i, _ in people}} for m in Measure}
    ratios[Measure.PART_C_CONNECTED] = {None: Ratio(0, 0)}
    return ProgramMeasures(
        MeasurePeriod(dt.date(2026, 1, 1), dt.date(2026, 3, 31)), dt.date(2026, 11, 25),
        AgencyInfo("Riverside IMH", "1 Main St", ""), "Sam Supervisor", people, ratios,
    )  # fmt: skip


def test_each_measure_with_its_definition_and_ratios():
    pages = pdf_pages(render_measures_report(_data(2), TEXTS, "Program", "Counted up to today."))
    text = " ".join(" ".join(pages).split())
    assert "1 Jan 2026 to 31 Mar 2026" in text and "Riverside IMH" in text
    assert "Title asq_screened" in text and "Definition of asq_screened <b>" in text  # escaped
    assert "3 / 4" in text and "75%" in text and "Counted up to today." in text
    assert "0 / 0" in text and "—" in text  # Part C: nothing to count
    assert "Specialist 01" in text and "Specialist 02" in text


def test_many_specialists_continue_in_a_further_table():
    pages = pdf_pages(render_measures_report(_data(12), TEXTS))
    text = " ".join(" ".join(pages).split())
    # The first table: the program and 5 specialists; then 6 and 1 more.
    assert all(f"Specialist {i:02d}" in text for i in range(1, 13))
    assert text.count("Title retained_6") == 3
    assert text.count("Definition of retained_6") == 1  # definitions once, in the first table


def test_ratio_markup():
    assert ratio_markup(Ratio(1, 3)) == "<b>1 / 3</b><br/>33%"
    assert ratio_markup(Ratio(0, 0)) == "<b>0 / 0</b><br/>—"
