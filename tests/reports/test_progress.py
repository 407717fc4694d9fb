"""The family progress report: content, Unicode, markup printed literally, pagination."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
from sqlalchemy import select

from imh_desktop.data.models import Visit
from imh_desktop.domain.clock import FixedClock
from imh_desktop.domain.enums import FamilyStatus, Frequency, GoalDomain, VisitMode
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.inputs import CaregiverInput
from imh_desktop.reports.bidi import visual
from imh_desktop.reports.progress import render_progress_report
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.family import families
from imh_desktop.services.reports import progress_report_data
from tests.factories import ENROLLED, TODAY, add_history, add_screening, make_family
from tests.reports.pdftext import drawn_strings, pdf_metadata, pdf_pages, pdf_text

QUARTER = (dt.date(2026, 10, 1), TODAY)


def test_progress_report_holds_the_family_goals_visits_and_plan(db, staff, family, svc):
    add_history(db, family, staff["aspecialist"], 160, plan="Read together at bedtime.")
    add_screening(db, family, staff["aspecialist"], dt.date(2026, 10, 6))
    data = progress_report_data(svc, family.id, *QUARTER)
    pdf = render_progress_report(data)
    text = pdf_text(pdf)
    for expected in (
        "Riverbend Infant & Family Services", "Family progress report", "IMH-2023-0001",
        "Nguyễn Thị Ánh", "Zoë Núñez-O'Brien", "Bảo Ølstad", "Ana Specialist",
        "1 Oct 2026 – 25 Nov 2026", "Attachment and relationship", "Regulation",
        "Zoë Núñez-O'Brien will read a picture book", "Read together at bedtime.",
        "EPDS", "probable depression", "EPDS 14: refer for a mental health assessment.",
        "Specialist signature", "Supervisor signature", "Confidential: contains protected health",
        "14 Oct 2026", "Cancelled by family",
    ):  # fmt: skip
        assert expected in text, expected
    assert "SECRET-REFLECTION" not in text
    assert "born 20 Sep 2023" in text and "(corrected" not in text  # 3 years old: no correction
    meta = pdf_metadata(pdf)
    assert meta["/Title"] == "Progress report: Nguyễn family (IMH-2023-0001)"
    assert meta["/Author"].startswith("Ana Specialist")


def test_lists_are_printed_by_their_labels(db, staff, family, svc):
    """The report's data keeps enum members; the report prints them in its language."""
    add_history(db, family, staff["aspecialist"], 160)
    with db.session() as s:
        last = s.scalars(select(Visit).where(Visit.family_id == family.id)
                         .order_by(Visit.visit_date.desc()).limit(1)).one()  # fmt: skip
        last.mode = VisitMode.COMMUNITY
    data = progress_report_data(svc, family.id, *QUARTER)
    assert (data.status, data.frequency) == (FamilyStatus.ACTIVE, Frequency.WEEKLY)
    assert data.goals[0].domain is GoalDomain.ATTACHMENT
    assert data.visits[-1].mode is VisitMode.COMMUNITY
    text = pdf_text(render_progress_report(data))
    assert "Weekly" in text and "Active" in text
    assert "Community" in text and "Community agency" not in text  # a visit mode, not a referral


def test_visit_summary_counts_against_expected(db, staff, family, svc):
    add_history(db, family, staff["aspecialist"], 20, start=dt.date(2026, 7, 1), unsigned_last=2)
    data = progress_report_data(svc, family.id, dt.date(2026, 7, 1), dt.date(2026, 9, 29))
    summary = data.summary
    # 13 weekly visits fall in the period: the tenth was cancelled by the family
    assert summary.completed == 12 and summary.cancelled_by_family == 1 and summary.no_shows == 0
    assert summary.expected == pytest.approx(91 / 7)
    assert summary.unsigned == 0  # the two drafts fall after the period
    assert [v.visit_date for v in data.visits][:2] == [dt.date(2026, 7, 1), dt.date(2026, 7, 8)]
    assert data.goals[0].ratings and data.goals[0].ratings[0].on == dt.date(2026, 7, 1)


def test_unsigned_note_is_marked_draft(db, staff, family, svc):
    add_history(db, family, staff["aspecialist"], 4, start=dt.date(2026, 10, 7), unsigned_last=1)
    pdf = render_progress_report(progress_report_data(svc, family.id, *QUARTER))
    text = pdf_text(pdf)
    assert text.count("DRAFT — unsigned") == 1 and text.count("Signed") >= 2


def test_markup_in_notes_prints_literally(db, staff, family, svc):
    plan = "Try <b>bold</b> & keep <going> &amp; </para>\n\nSecond <i>paragraph"
    add_history(db, family, staff["aspecialist"], 3, start=dt.date(2026, 10, 7), plan=plan,
                unsigned_last=0)  # fmt: skip
    text = pdf_text(render_progress_report(progress_report_data(svc, family.id, *QUARTER)))
    assert "Try <b>bold</b> & keep <going> &amp; </para>" in text
    assert "Second <i>paragraph" in text


def test_long_history_and_a_very_long_note_paginate(db, staff, family, svc):
    long_plan = "\n\n".join(f"Paragraph {i}: " + "words and more words " * 60 for i in range(20))
    long_plan += "\n\n" + "x" * 5000 + " " + "unbroken " * 900
    add_history(db, family, staff["aspecialist"], 200, start=dt.date(2023, 1, 2), plan=long_plan,
                unsigned_last=0)  # fmt: skip
    family_start = dt.date(2023, 1, 2)
    pdf = render_progress_report(progress_report_data(svc, family.id, family_start, TODAY))
    pages = pdf_pages(pdf)
    total = len(pages)
    assert total > 3
    assert f"Page 1 of {total}" in pages[0] and f"Page {total} of {total}" in pages[-1]
    assert sum("Goal ratings" in page for page in pages) >= 2  # the header repeats
    assert "Paragraph 19:" in pdf_text(pdf)


def test_report_for_a_period_with_no_visits(db, staff, svc):
    family = make_family(db, staff, enrolled=dt.date(2026, 9, 1), child_dob=dt.date(2026, 5, 1))
    pdf = render_progress_report(progress_report_data(svc, family.id, *QUARTER))
    text = pdf_text(pdf)
    assert "No visits were recorded in this period." in text
    assert "No goals were open in this period." in text
    assert "No signed note with a plan yet." in text
    assert "corrected" in text  # born at 33 weeks, under two
    assert len(pdf_pages(pdf)) == 1


def test_bad_periods_are_refused(db, staff, family, svc):
    with pytest.raises(DomainError) as err:
        progress_report_data(svc, family.id, TODAY, ENROLLED)
    assert err.value.field == "period_end"
    with pytest.raises(DomainError):
        progress_report_data(
            svc, family.id, TODAY + dt.timedelta(days=1), TODAY + dt.timedelta(days=9)
        )
    with pytest.raises(DomainError):
        progress_report_data(svc, 9999, *QUARTER)


def test_amendments_to_the_plan_are_printed_after_it(db, staff, family, svc):
    from imh_desktop.data.models import Amendment, Visit

    add_history(db, family, staff["aspecialist"], 3, start=dt.date(2026, 10, 7), unsigned_last=0)
    with db.session() as s:
        last = (
            s.query(Visit).filter_by(family_id=family.id).order_by(Visit.visit_date.desc()).first()
        )
        s.add(Amendment(visit_id=last.id, author_id=staff["aspecialist"], section="plan",
                        reason="Typo <fixed>", text="Read together & sing at bedtime."))  # fmt: skip
        s.add(Amendment(visit_id=last.id, author_id=staff["aspecialist"], section="observation",
                        reason="Other section", text="NOT-THE-PLAN"))  # fmt: skip
    data = progress_report_data(svc, family.id, *QUARTER)
    assert [a.text for a in data.plan_amendments] == ["Read together & sing at bedtime."]
    text = pdf_text(render_progress_report(data))
    assert "by Ana Specialist (reason: Typo <fixed>)" in text
    assert "Read together & sing at bedtime." in text and "NOT-THE-PLAN" not in text


def test_a_visit_changed_outside_the_app_is_marked_on_its_line_and_its_plan(db, staff, family, svc):
    add_history(db, family, staff["aspecialist"], 160, plan="Read together at bedtime.")
    data = progress_report_data(svc, family.id, *QUARTER)
    assert not any(v.tampered for v in data.visits) and not data.plan_tampered
    signed = [v for v in data.visits if v.signed]
    target = signed[-1]
    with db.session() as s:
        from imh_desktop.data.models import Visit

        row = s.query(Visit).filter_by(family_id=family.id, visit_date=target.visit_date).one()
        row.plan = "Changed in the database."
    data = progress_report_data(svc, family.id, *QUARTER)
    assert [v.visit_date for v in data.visits if v.tampered] == [target.visit_date]
    assert data.plan_tampered and data.plan == "Changed in the database."
    text = " ".join(pdf_text(render_progress_report(data)).split())
    day = f"{target.visit_date.day} {target.visit_date:%b %Y}"
    assert f"Visit of {day}: This note was changed outside the app after it was signed." in text
    assert "Changed outside the app" in text
    assert text.count("This note was changed outside the app after it was signed.") == 2


def test_a_goal_revised_after_signing_and_one_past_its_target_show_as_such(as_user, staff):
    from imh_desktop.domain.enums import GoalDomain
    from imh_desktop.domain.inputs import GoalInput
    from imh_desktop.services.family import goals
    from tests.factories import TODAY, signed_note

    family, note = signed_note(as_user, staff)
    ana = as_user(staff["aspecialist"])
    [rated] = note.ratings
    goals.update_goal(ana, rated.goal_id, GoalInput(
        GoalDomain.ATTACHMENT, "Ánh will soothe Bảo quickly.", dt.date(2026, 11, 2),
        target_date=dt.date(2026, 11, 24)))  # fmt: skip
    data = progress_report_data(ana, family.id, dt.date(2026, 11, 1), TODAY)
    [goal] = data.goals
    assert goal.statement == "Ánh will soothe Bảo quickly."
    assert goal.signed_as == ("Ánh will comfort Bảo.",) and goal.past_target
    text = " ".join(pdf_text(render_progress_report(data)).split())
    assert "signed notes of this period rated it as “Ánh will comfort Bảo.”" in text
    assert "Past its target date (24 Nov 2026): review this goal." in text


def test_hebrew_family_and_caregiver_names_print_right_to_left(db, staff, svc):
    family = make_family(db, staff, name="משפחת כהן")
    boss = ServiceContext(db, staff["ssupervisor"], FixedClock(TODAY))
    primary = next(c for c in family.caregivers if c.is_primary)
    families.save_caregiver(
        boss, family.id, CaregiverInput("רחל כהן", "Mother"),
        primary.id, primary.version,
    )  # fmt: skip
    with drawn_strings() as drawn:
        render_progress_report(progress_report_data(svc, family.id, *QUARTER))
    shown = " ".join(drawn)
    assert visual("משפחת כהן") in shown and visual("רחל כהן") in shown
    assert "משפחת" not in shown and "רחל" not in shown  # never drawn in stored order


def test_a_plan_of_one_huge_paragraph_prints_whole_in_chunks(db, staff, family, svc):
    """A 100 KB plan with no blank line (it once made layout quadratic) prints every word."""
    words = [f"w{i}" for i in range(20_000)]
    plan = " ".join(words[:10_000]) + ".\n" + " ".join(words[10_000:]) + " " + "þ" * 3000
    add_history(db, family, staff["aspecialist"], 2, start=dt.date(2026, 10, 7), plan="Plan",
                unsigned_last=0)  # fmt: skip
    data = dataclasses.replace(progress_report_data(svc, family.id, *QUARTER), plan=plan)
    pages = pdf_pages(render_progress_report(data))
    text = "".join(pages)
    assert len(pages) > 10
    assert re.findall(r"w\d+", text) == words  # in order, none lost (pages break it up)
    assert text.count("þ") == 3000 and "w9999.\nw10000" in text
