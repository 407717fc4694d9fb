"""The family at a glance: last visit and plan, next visit, alerts, goals, screenings, household."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from imh_desktop.domain.enums import VisitOutcome
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.ui.family.glance import glance_html, read_glance
from imh_desktop.ui.family.record import FamilyRecordWidget
from tests.factories import TODAY, add_visit, full_note, save_note

pytestmark = pytest.mark.ui


def test_a_new_family_reads_as_such(svc, family):
    glance = read_glance(svc, family.id)
    text = glance_html(glance)
    assert glance.last_visit is None and glance.next_visit is None
    assert "Last visit:</b> none yet" in text and "Next visit:</b> none planned" in text
    assert "Open alerts:</b> none" in text and "no active goal" in text
    assert "Nguyễn Thị Ánh" in text and "Bảo Nguyễn, 10 mo" in text  # the household


def test_last_visit_plan_next_visit_and_latest_ratings(svc, family, two_goals):
    note = full_note(two_goals, TODAY - dt.timedelta(days=7))
    note = dataclasses.replace(note, visit=dataclasses.replace(note.visit, plan="Sing <daily>."))
    save_note(svc, family, note)
    planned = dataclasses.replace(
        note.visit, visit_date=TODAY + dt.timedelta(days=2), outcome=VisitOutcome.PLANNED,
        start_time=dt.time(14, 30), plan="",
    )  # fmt: skip
    add_visit(svc, family.id, planned)
    glance = read_glance(svc, family.id)
    text = glance_html(glance)
    assert glance.last_visit is not None and glance.last_visit.plan == "Sing <daily>."
    assert "Sing &lt;daily&gt;." in text  # escaped
    assert "Next visit:</b> 27 Nov 2026 at 14:30" in text
    assert [p.rating if p else None for _g, p in glance.goals] == [3, 2]
    assert "Ánh will comfort Bảo within a few minutes. — 3" in text


def test_the_overview_shows_the_glance_and_follows_new_visits(qtbot, ctx, svc, family, two_goals):
    record = FamilyRecordWidget(ctx, family.id)
    qtbot.addWidget(record)
    assert "Last visit:</b> none yet" in record.glance.text()
    save_note(svc, family, full_note(two_goals, TODAY))
    ctx.bus.publish(Change.of(family.id, Part.VISITS))
    assert "Last visit:</b> 25 Nov 2026 at 10:00 (completed)" in record.glance.text()
    assert "Read together daily." in record.glance.text()
    assert record.glance.accessibleName()


def _cells(model, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_in_spanish_the_overview_shows_spanish_dates_and_ages(spanish, qtbot, ctx, svc, family,
                                                              two_goals):  # fmt: skip
    save_note(svc, family, full_note(two_goals, TODAY))
    record = FamilyRecordWidget(ctx, family.id)
    qtbot.addWidget(record)
    text = record.glance.text()
    assert "25 nov 2026" in text and "Bảo Nguyễn, 10 m 20 d (corregida 9 m 2 d)" in text
    # Bảo: born 5 Jan 2026 at 33 weeks
    assert _cells(record.children_model, 0) == [
        "Bảo Nguyễn", "5 ene 2026", "10 m 20 d", "9 m 2 d", "33+0 sem", "Desconocido",
    ]  # fmt: skip
    assert _cells(record.caregivers_model, 0)[:3] == ["Nguyễn Thị Ánh", "Madre", "Principal"]
    assert "Nguyễn Thị Ánh (Madre)" in text


def test_in_english_the_children_read_as_before(qtbot, ctx, family):
    record = FamilyRecordWidget(ctx, family.id)
    qtbot.addWidget(record)
    assert _cells(record.children_model, 0)[1:5] == [
        "5 Jan 2026", "10 mo 20 d", "9 mo 2 d", "33+0 wk",
    ]  # fmt: skip
    assert _cells(record.caregivers_model, 0)[:3] == ["Nguyễn Thị Ánh", "Mother", "Primary"]
