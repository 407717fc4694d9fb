"""Tools > Agency settings…: an administrator types new working hours; the planning flags follow."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from imh_desktop.data.models import AuditEvent
from imh_desktop.domain.enums import VisitOutcome
from imh_desktop.domain.inputs import VisitInput
from imh_desktop.services.admin.agency import get_settings
from imh_desktop.ui.admin.agency_settings import AgencySettingsDialog, agency_settings_action
from imh_desktop.ui.calendar.view import CalendarWindow
from imh_desktop.ui.visits.agenda import AgendaDialog
from tests.factories import add_visit

pytestmark = pytest.mark.ui


def _save(qtbot, dialog: AgencySettingsDialog) -> None:
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def _type(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_new_hours_flag_a_visit_in_the_open_agenda_and_calendar(
    qtbot, app_ctx, staff, ctx, svc, family, db
):
    add_visit(svc, family.id, VisitInput(dt.date(2026, 11, 26), VisitOutcome.PLANNED,
                                         start_time=dt.time(16, 0)))  # fmt: skip
    admin = app_ctx(staff["aadmin"])
    ctx.bus = admin.bus  # one application: one bus
    agenda, calendar = AgendaDialog(ctx), CalendarWindow(ctx)
    for window in (agenda, calendar):
        qtbot.addWidget(window)
        window.show()
    [visit] = calendar.page.visits
    assert not visit.outside_hours and "0 flagged" in agenda.legend.text()

    dialog = AgencySettingsDialog(admin)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.start.text() == "08:00" and dialog.end.text() == "18:00"
    _type(qtbot, dialog.start, "08:30")
    _type(qtbot, dialog.end, "16:30")
    qtbot.mouseClick(dialog.day_boxes[3], Qt.MouseButton.LeftButton)  # no Thursdays
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    hours = get_settings(admin.svc).working_hours
    assert hours.describe() == "Mon Tue Wed Fri 08:30–16:30"
    [visit] = calendar.page.visits
    assert visit.outside_hours and "1 flagged" in calendar.legend.text()
    assert "1 flagged" in agenda.legend.text() and "Mon Tue Wed Fri" in agenda.legend.text()
    with db.session() as session:
        [row] = session.scalars(select(AuditEvent).where(AuditEvent.entity == "agency_settings"))
        assert row.staff_id == staff["aadmin"] and "working_days" in str(row.detail)


def test_hours_that_do_not_make_a_day_are_refused_and_change_nothing(qtbot, app_ctx, staff):
    admin = app_ctx(staff["aadmin"])
    dialog = AgencySettingsDialog(admin)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.end, "07:00")
    _save(qtbot, dialog)
    assert dialog.isVisible() and "end after it starts" in dialog.error.text()
    _type(qtbot, dialog.end, "17:00")
    for box in dialog.day_boxes:
        box.setChecked(False)
    _save(qtbot, dialog)
    assert dialog.isVisible() and "at least one working day" in dialog.error.text()
    dialog.day_boxes[0].setChecked(True)
    _type(qtbot, dialog.start, "8h")
    _save(qtbot, dialog)
    assert "HH:MM" in dialog.error.text()
    assert get_settings(admin.svc).working_hours.describe() == "Mon–Fri 08:00–18:00"


def test_only_those_who_may_change_settings_get_the_menu_item(qtbot, app_ctx, staff):
    from PySide6.QtWidgets import QWidget

    host = QWidget()
    qtbot.addWidget(host)
    assert agency_settings_action(app_ctx(staff["aadmin"]), host) is not None
    assert agency_settings_action(app_ctx(staff["aspecialist"]), host) is None
