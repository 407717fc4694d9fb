"""Planning the next visit in the note editor warns of double bookings and hours off, before
saving; the warning never blocks."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime

from imh_desktop.domain.enums import VisitOutcome
from imh_desktop.domain.inputs import VisitInput
from imh_desktop.services.family import families
from tests.factories import TODAY, add_visit, family_input
from tests.ui.editing import open_editor, tick

THU = TODAY + dt.timedelta(days=1)


def test_the_next_visit_box_warns_while_planning(qtbot, monkeypatch, ctx, as_user, staff, family):
    other = families.create_family(
        as_user(staff["ssupervisor"]), family_input(staff["aspecialist"], display_name="Okafor")
    )
    planned = VisitInput(THU, VisitOutcome.PLANNED, start_time=dt.time(14, 30))
    add_visit(ctx.svc, other.id, planned)
    add_visit(ctx.svc, family.id, planned)  # this family's own: the one the note moves
    editor = open_editor(qtbot, ctx, family, restore=False)
    monkeypatch.setattr(editor, "ask_on_close", lambda: "discard")  # closed by the test's end
    ui, warning = editor.ui, editor.next_warning
    tick(qtbot, ui.next_check)
    ui.next_date.setDate(QDate(THU.year, THU.month, THU.day))
    ui.next_time.setTime(QTime(15, 0))
    assert warning.isVisible() and "Double booking" in warning.text()
    assert f"{other.case_number} at 14:30–15:30" in warning.text()
    assert family.case_number not in warning.text()
    ui.next_time.setTime(QTime(19, 0))
    assert "Outside the agency's working hours (Mon–Fri 08:00–18:00)" in warning.text()
    ui.next_time.setTime(QTime(10, 0))
    assert warning.text() == ""  # all clear: nothing to say
    ui.next_time.setTime(QTime(19, 0))
    tick(qtbot, ui.next_check)  # no next visit planned: no warning
    assert warning.text() == ""
