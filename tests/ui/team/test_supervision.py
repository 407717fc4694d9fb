"""The reflective supervision dialog: a supervisor records a session; the specialist reads it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.family import families
from imh_desktop.services.team import supervision
from imh_desktop.ui.team.supervision import SupervisionDialog
from tests.factories import TODAY, family_input

pytestmark = pytest.mark.ui


def test_record_a_session_then_the_specialist_reads_its_note(
    qtbot, app_ctx, as_user, staff, qtmodeltester
):
    sam = app_ctx(staff["ssupervisor"])
    family = families.create_family(sam.svc, family_input(staff["aspecialist"]))
    changes: list[Change] = []
    sam.bus.changed.connect(changes.append)
    dialog = SupervisionDialog(sam, staff["aspecialist"], "Ana Specialist")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.families.count() == 1 and dialog.save_button.isVisible()
    dialog.families.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.minutes.setValue(75)
    qtbot.keyClicks(dialog.note, "Worried I push too fast.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 1 and changes == [Change.of(None, Part.STAFF)]
    assert dialog.model.index(0, 3).data() == f"{family.case_number} Nguyễn family"
    qtmodeltester.check(dialog.model)
    [saved] = supervision.list_supervision(sam.svc, staff["aspecialist"])
    assert (saved.minutes, saved.held_on, saved.private_note) == (
        75, TODAY, "Worried I push too fast.")  # fmt: skip
    ana = SupervisionDialog(app_ctx(staff["aspecialist"]), staff["aspecialist"], "Ana")
    qtbot.addWidget(ana)
    ana.show()
    assert not ana.save_button.isVisible()
    assert ana.model.index(0, 4).data() == "Worried I push too fast."


def test_a_session_in_the_future_is_refused_under_its_date(qtbot, app_ctx, staff):
    from datetime import timedelta

    sam = app_ctx(staff["ssupervisor"])
    dialog = SupervisionDialog(sam, staff["aspecialist"], "Ana Specialist")
    qtbot.addWidget(dialog)
    dialog.held_on.set_value(TODAY + timedelta(days=2))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "future" in dialog.form.error_text("held_on")
    assert supervision.list_supervision(sam.svc, staff["aspecialist"]) == []
