"""The open-alert banner in the visit editor and the family's header: in view until followed up."""

from __future__ import annotations

import os

import pytest

from imh_desktop.domain.enums import FollowUpKind, Instrument
from imh_desktop.services.screenings import results as screenings
from imh_desktop.ui.family.record import FamilyRecordWidget
from imh_desktop.ui.screenings.alert_banner import ranked
from imh_desktop.ui.visits.editor import VisitNoteEditor
from tests.factories import TODAY

pytestmark = pytest.mark.ui

SELF_HARM = (0, 0, 3, 0, 3, 3, 3, 3, 3, 1)  # EPDS: total 1, item 10 scored 2 -> urgent
PROBABLE = (3, 3, 0, 3, 0, 0, 0, 0, 0, 3)  # EPDS: total 14+ -> positive screen


def _screen(svc, family, answers):
    return screenings.record_screening(
        svc, family.id,
        screenings.ScreeningInput(Instrument.EPDS, TODAY, caregiver_id=family.caregivers[0].id,
                                  answers=answers),
    )  # fmt: skip


def test_the_visit_editor_shows_the_familys_open_alerts_urgent_first(qtbot, ctx, svc, family):
    _screen(svc, family, PROBABLE)
    _screen(svc, family, SELF_HARM)
    editor = VisitNoteEditor(ctx, family.id)
    qtbot.addWidget(editor)
    editor.resize(1366, 768)
    editor.show()
    banner = editor.ui.alert_banner
    assert banner.isVisible()
    lines = banner.plain_text().splitlines()
    assert len(lines) == 2 and "item 10" in lines[0] and lines[0].startswith("Urgent")
    assert "#a4262c" in banner.styleSheet()  # red when any alert is urgent
    assert banner.geometry().top() < editor.ui.details.mapTo(editor, editor.ui.details.pos()).y()
    if os.environ.get("IMH_SCREENSHOTS"):
        editor.grab().save(os.environ["IMH_SCREENSHOTS"] + "/alert-editor.png")


def test_the_banner_goes_once_every_alert_is_followed_up(qtbot, ctx, svc, family):
    _screen(svc, family, PROBABLE)
    record = FamilyRecordWidget(ctx, family.id)
    qtbot.addWidget(record)
    assert not record.alert_banner.isHidden()
    assert "#a4262c" not in record.alert_banner.styleSheet()  # a positive screen: amber
    [alert] = screenings.list_alerts(svc, family.id, open_only=True)
    screenings.resolve_alert(svc, alert.id, FollowUpKind.SAFETY_ASSESSMENT, "Safe; seen today.")
    editor = VisitNoteEditor(ctx, family.id)
    qtbot.addWidget(editor)
    assert editor.ui.alert_banner.isHidden() and editor.ui.alert_banner.alerts == []
    record.refresh()
    assert record.alert_banner.isHidden()


def test_ranked_leaves_closed_alerts_out_and_puts_urgent_first(svc, family):
    _screen(svc, family, PROBABLE)
    _screen(svc, family, SELF_HARM)
    alerts = screenings.list_alerts(svc, family.id)
    assert [a.kind.value for a in ranked(alerts)] == ["urgent", "positive_screen"]
    screenings.resolve_alert(svc, alerts[0].id, FollowUpKind.SAFETY_ASSESSMENT, "")
    assert len(ranked(screenings.list_alerts(svc, family.id))) == 1
