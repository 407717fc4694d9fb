"""Who looked at this family: the family's own people see the list, others why not."""

from __future__ import annotations

import pytest

from imh_desktop.ui.audit.access import FamilyAccessDialog

pytestmark = pytest.mark.ui


def test_the_specialist_sees_everyone_who_opened_or_changed_the_family(
    qtbot, app_ctx, staff, cases
):
    family, _other = cases
    dialog = FamilyAccessDialog(app_ctx(staff["aspecialist"]), family.id)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == f"Who looked at {family.case_number}"
    names = {e.staff_name for e in dialog.model.events}
    assert {"Ana Specialist", "Sam Supervisor"} <= names
    assert dialog.table.isColumnHidden(4) and not dialog.message.isVisible()


def test_someone_elses_family_shows_why_not(qtbot, app_ctx, staff, cases, tmp_path):
    from imh_desktop.ui.audit.access import FamilyAccessDialog

    family, _other = cases
    dialog = FamilyAccessDialog(app_ctx(staff["bspecialist"]), family.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.message.isVisible() and "not on your caseload" in dialog.message.text()
    assert dialog.table.isHidden() and dialog.model.rowCount() == 0
