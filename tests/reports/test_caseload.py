"""The caseload report: columns, filters, drafts counted, an empty caseload."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from imh_desktop.domain.enums import FamilyStatus
from imh_desktop.domain.inputs import CaregiverInput
from imh_desktop.reports.bidi import visual
from imh_desktop.reports.caseload import filter_text, render_caseload_report
from imh_desktop.services.family import families
from imh_desktop.services.reports import CaseloadFilters, caseload_report_data
from tests.factories import add_history, family_input, make_family
from tests.reports.pdftext import drawn_strings, pdf_metadata, pdf_pages, pdf_text


def test_caseload_report_lists_families_and_marks_unsigned_notes(db, staff, svc):
    ana = make_family(db, staff, name="Zoë Núñez-O'Brien & Ølstad")
    add_history(db, ana, staff["aspecialist"], 6, start=dt.date(2026, 10, 1), unsigned_last=2)
    other = make_family(db, staff, name="Nguyễn Thị Ánh household")
    data = caseload_report_data(svc, "team")
    assert {r.family_id for r in data.rows} == {ana.id, other.id}
    pdf = render_caseload_report(data)
    text = " ".join(pdf_text(pdf).split())  # names wrap in their narrow columns
    assert "Núñez" in text and "Brien" in text
    for expected in (
        "Caseload report", "2 open cases", "Zoë", "Ølstad", "Nguyễn", "Ánh",
        "Ana Specialist", "Unsigned (draft)", "1 with unsigned notes", "Page 1 of 1",
        "All specialists; open cases", "Sam Supervisor",
    ):  # fmt: skip
        assert expected in text, expected
    assert pdf_metadata(pdf)["/Title"] == "Caseload report, 25 Nov 2026"


def test_filters_narrow_the_rows(db, staff, svc):
    ana = make_family(db, staff)
    add_history(db, ana, staff["aspecialist"], 3, start=dt.date(2026, 11, 2), unsigned_last=1)
    make_family(db, staff)
    unsigned = caseload_report_data(svc, "team", CaseloadFilters(unsigned_only=True))
    assert [r.family_id for r in unsigned.rows] == [ana.id]
    assert "with unsigned notes" in filter_text(unsigned)
    ben = caseload_report_data(svc, "team", CaseloadFilters(specialist_id=staff["bspecialist"]))
    assert ben.rows == () and "Ben Specialist" in filter_text(ben)
    text = pdf_text(render_caseload_report(ben))
    assert "No families match these filters." in text
    on_hold = caseload_report_data(svc, "team", CaseloadFilters(status=FamilyStatus.ON_HOLD))
    assert filter_text(on_hold) == "all specialists; on hold"


def test_a_large_caseload_paginates_with_repeated_header(db, staff, svc):
    for i in range(90):
        make_family(db, staff, name=f"Family {i:03d} <b>&</b>")
    pages = pdf_pages(render_caseload_report(caseload_report_data(svc, "team")))
    assert len(pages) > 2
    assert all("Next visit" in page for page in pages)
    assert f"Page 2 of {len(pages)}" in pages[1]
    text = "\n".join(pages)
    assert "089" in text and "<b>&</b>" in text  # names wrap in their narrow column


def test_an_open_alert_prints_under_the_familys_name(db, staff, svc, tmp_path):
    import os
    import shutil
    import subprocess

    from imh_desktop.data.models import Alert
    from imh_desktop.domain.enums import AlertKind
    from tests.factories import add_screening

    screened = make_family(db, staff, name="Haddad family")
    add_screening(db, screened, staff["aspecialist"], dt.date(2026, 11, 20))
    urgent = make_family(db, staff, name="Cohen family")
    with db.session() as s:
        s.add(Alert(family_id=urgent.id, kind=AlertKind.URGENT, text="EPDS item 10 scored 2",
                    opened_on=dt.date(2026, 11, 24)))  # fmt: skip
    make_family(db, staff, name="Quiet family")
    pdf = render_caseload_report(caseload_report_data(svc, "team"))
    text = " ".join(pdf_text(pdf).split())
    assert "2 with open alerts" in text
    assert "Haddad family Open alert" in text and "Cohen family URGENT ALERT" in text
    assert "1 (1 urgent)" in text and "Quiet family Open alert" not in text
    if os.environ.get("IMH_SCREENSHOTS") and shutil.which("pdftoppm"):
        (tmp_path / "caseload.pdf").write_bytes(pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(tmp_path / "caseload.pdf"),
                        os.environ["IMH_SCREENSHOTS"] + "/caseload-pdf"], check=True)  # fmt: skip


def test_a_hebrew_family_name_prints_right_to_left(db, staff, svc):
    make_family(db, staff, name="משפחת כהן")
    with drawn_strings() as drawn:
        render_caseload_report(caseload_report_data(svc, "team"))
    shown = " ".join(drawn)
    assert visual("משפחת כהן") == "ןהכ תחפשמ" and "ןהכ" in shown and "תחפשמ" in shown
    assert "משפחת" not in shown and "כהן" not in shown  # never drawn in stored order


def test_a_family_with_long_hyphenated_names_prints(db, staff, svc, as_user):
    """The family that crashed the report with ReportLab's LayoutError (issue 14)."""
    data = family_input(
        staff["aspecialist"],
        display_name="Castellanos-Villanueva-Montenegro family",
        caregivers=(CaregiverInput("Ana María Castellanos-Villanueva"),),
    )
    families.create_family(as_user(staff["ssupervisor"]), data)
    make_family(db, staff)
    report = caseload_report_data(svc, "team")
    long_specialist = dataclasses.replace(
        report.rows[0], specialist_name="María Fernanda Castellanos-Villanueva de la Fuente"
    )
    report = dataclasses.replace(report, rows=(*report.rows, long_specialist))
    pdf = render_caseload_report(report)
    lines = pdf_text(pdf).splitlines()
    assert "Castellanos-" in lines and "Villanueva-" in lines  # broken at its hyphens
    text = "".join(pdf_text(pdf).split())
    assert "Castellanos-Villanueva-Montenegrofamily" in text
    assert "AnaMaríaCastellanos-Villanueva" in text
    assert "MaríaFernandaCastellanos-VillanuevadelaFuente" in text


def test_a_family_of_many_children_runs_over_pages(db, staff, svc):
    make_family(db, staff)
    report = caseload_report_data(svc, "team")
    kids = ", ".join(f"Child {i} Castellanos-Villanueva (2 y {i % 12} m)" for i in range(150))
    row = dataclasses.replace(report.rows[0], children_text=kids)
    pages = pdf_pages(render_caseload_report(dataclasses.replace(report, rows=(row,))))
    assert len(pages) > 3
    assert "Child 149" in "".join(pages[-1].split("\n"))


def test_an_age_never_wraps_inside_itself(db, staff, svc):
    """ "14 mo 10 d" on one line, never "14 mo 10 / d", however narrow the children column."""
    from imh_desktop.reports.caseload import whole_ages

    assert whole_ages("Ana, 14 mo 10 d (corrected 12 mo 3 d)") == (
        "Ana, 14\u00a0mo\u00a010\u00a0d (corrected 12\u00a0mo\u00a03\u00a0d)"
    )
    make_family(db, staff)
    report = caseload_report_data(svc, "team")
    rows = tuple(
        dataclasses.replace(
            report.rows[0],
            children_text="; ".join(
                f"{'H' * (n + i)} Young, 1{i} mo 1{i} d (corrected 9 mo 2{i} d)" for i in range(4)
            ),
        )
        for n in range(1, 12)  # names of every length: the line breaks fall everywhere
    )
    with drawn_strings() as drawn:
        render_caseload_report(dataclasses.replace(report, rows=rows))
    ages = [s for s in drawn if "Young" in s or "corrected" in s]
    split = [s for s in drawn if re.match(r"(mo|d)\b|\d+ d\b|\d+\)", s.strip())]
    assert len(ages) > 20 and split == []


def test_the_last_page_is_never_nearly_empty(db, staff, svc):
    for i in range(70):
        make_family(db, staff, name=f"Family {i:03d}")
    data = caseload_report_data(svc, "team")

    def rows_per_page(count: int) -> list[int]:
        pdf = render_caseload_report(dataclasses.replace(data, rows=data.rows[:count]))
        return [len(re.findall(r"Family \d{3}", page)) for page in pdf_pages(pdf)]

    full = rows_per_page(70)
    first, second = full[0], full[1]
    assert len(full) >= 3 and second > first  # the first page holds the report's heading
    for count in (first + second + 1, first + second + 2, first + 1):
        pages = rows_per_page(count)
        assert sum(pages) == count
        assert len(pages) == (3 if count > first + second else 2)  # no page added
        last_two = pages[-2] + pages[-1]
        assert pages[-1] >= min(second, last_two) // 2 - 1, pages  # not 1 or 2 rows alone
    assert rows_per_page(first) == [first]  # a table that fits stays on its page
