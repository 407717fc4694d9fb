"""Closing a case: no reason chosen for the user, open alerts listed and never closed away unseen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from imh_desktop.domain.enums import ClosureReason, FamilyStatus, FollowUpKind
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.family import families
from imh_desktop.services.screenings import results as screenings
from imh_desktop.ui.family.case_dialogs import CloseCaseDialog
from tests.factories import TODAY, add_screening

pytestmark = pytest.mark.ui


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_close_case_lists_open_alerts_and_refuses_until_each_is_carried(
    qtbot, ctx, db, svc, family, published
):
    add_screening(db, family, ctx.user.id, TODAY)
    dialog = CloseCaseDialog(ctx, family)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.reason.value() is None  # no default reason such as "goals met"
    _ok(dialog)
    assert dialog.form.error_text("reason") == "Choose why the case is closing."
    dialog.reason.set_value(ClosureReason.MOVED)
    assert dialog.alerts_box.isVisible() and len(dialog.carry_edits) == 1
    _ok(dialog)
    assert "1 open alert has no follow-up" in dialog.general_error.text()
    assert dialog.isVisible() and published == []
    assert families.get_family(svc, family.id).status is FamilyStatus.ACTIVE
    [edit] = dialog.carry_edits.values()
    qtbot.keyClicks(edit, "Handed to the perinatal team")
    _ok(dialog)
    assert families.get_family(svc, family.id).status is FamilyStatus.CLOSED
    assert published == [Change.of(family.id, Part.FAMILY, Part.ALERTS)]
    [alert] = screenings.list_alerts(svc, family.id, open_only=True)
    assert alert.follow_up_note == "Handed to the perinatal team"


def test_a_followed_up_alert_is_not_listed(qtbot, ctx, db, svc, family):
    add_screening(db, family, ctx.user.id, TODAY)
    [alert] = screenings.list_alerts(svc, family.id, open_only=True)
    screenings.resolve_alert(svc, alert.id, FollowUpKind.NO_REFERRAL, "Already in care.")
    dialog = CloseCaseDialog(ctx, family)
    qtbot.addWidget(dialog)
    assert dialog.alerts_box.isHidden() and dialog.carry_edits == {}
