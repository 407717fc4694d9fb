"""The editor's first read: the last visit before this one comes with it (its plan is shown)."""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.domain.enums import VisitOutcome
from imh_desktop.ui.visits.editor_data import given_at, read_editor_data
from tests.factories import TODAY, full_note, save_note, visit_on
from tests.ui.editing import open_editor

pytestmark = [pytest.mark.ui, pytest.mark.usefixtures("keep_drafts_on_close")]


def test_a_new_note_gets_the_last_visit_not_a_planned_one(svc, family, two_goals):
    assert read_editor_data(svc, family.id, None).previous is None
    save_note(svc, family, full_note(two_goals, TODAY - dt.timedelta(days=7)))
    visit_on(svc, family.id, TODAY + dt.timedelta(days=3), VisitOutcome.PLANNED)
    previous = read_editor_data(svc, family.id, None).previous
    assert previous is not None and previous.visit_date == TODAY - dt.timedelta(days=7)
    assert previous.plan == "Read together daily."


def test_an_old_note_gets_the_visit_before_it(svc, family, two_goals):
    first = save_note(svc, family, full_note(two_goals, TODAY - dt.timedelta(days=14)))
    second = save_note(svc, family, full_note(two_goals, TODAY - dt.timedelta(days=7)))
    data = read_editor_data(svc, family.id, second.visit.id)
    assert data.previous is not None and data.previous.id == first.visit.id
    assert given_at(svc, family.id, second.visit.id) == []


def test_the_editor_shows_the_last_plan_while_writing(qtbot, ctx, svc, family, two_goals):
    save_note(svc, family, full_note(two_goals, TODAY - dt.timedelta(days=7)))
    editor = open_editor(qtbot, ctx, family, restore=False)
    assert editor.ui.context.isVisible()
    assert "Last visit, 18 Nov 2026 (completed):" in editor.ui.context.text()
    assert "Read together daily." in editor.ui.context.text()
