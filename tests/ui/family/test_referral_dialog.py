"""The referral dialog: a release needed for sharing, offered and recorded on the spot."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from imh_desktop.domain.enums import ReferralStatus, ReferralType
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.family import referrals
from imh_desktop.ui.family.referral_dialog import ReferralDialog, referral_status
from tests.factories import TODAY

pytestmark = pytest.mark.ui
D = dt.date


def save(qtbot, dialog):
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def dialog(qtbot, ctx, family):
    made = ReferralDialog(ctx, family)
    qtbot.addWidget(made)
    made.show()
    return made


def test_sharing_needs_a_release_and_the_dialog_offers_to_record_one(
    qtbot, svc, family, dialog, published
):
    dialog.kind.set_value(ReferralType.EARLY_INTERVENTION)
    dialog.for_whom.setCurrentIndex(3)  # the baby
    qtbot.keyClicks(dialog.agency, "Valley Part C")
    qtbot.keyClicks(dialog.reason, "ASQ-3 below the cut-off in communication.")
    assert "no release is needed" in dialog.release_label.text()
    dialog.shares.setChecked(True)
    assert "None is recorded" in dialog.release_label.text()
    assert dialog.release_button.isVisible()
    save(qtbot, dialog)  # refused: nothing is saved, the reason shows by the release line
    assert dialog.isVisible() and "needs a release" in dialog.form.error_text("release")
    assert referrals.list_referrals(svc, family.id) == []
    qtbot.mouseClick(dialog.release_button, Qt.MouseButton.LeftButton)
    release = dialog.release_dialog
    assert release.recipient.text() == "Valley Part C"
    qtbot.keyClicks(release.shares, "Screening results and contact details")
    save(qtbot, release)
    assert "Release in force for Valley Part C" in dialog.release_label.text()
    assert not dialog.release_button.isVisible()
    save(qtbot, dialog)
    assert not dialog.isVisible()
    [made] = referrals.list_referrals(svc, family.id)
    assert made.release_id == dialog.release_dialog.saved.id
    assert made.for_whom == family.children[0].full_name
    assert made.follow_up_on == TODAY + dt.timedelta(days=14)
    assert published[-1] == Change.of(family.id, Part.CONTEXT)


def test_update_a_referral_to_connected_with_its_outcome(qtbot, ctx, svc, family):
    from imh_desktop.domain.family_context import ReferralInput

    made = referrals.make_referral(svc, family.id, ReferralInput(
        ReferralType.HOUSING, "Housing office", D(2026, 11, 1), "Eviction notice",
        follow_up_on=D(2026, 11, 15)))  # fmt: skip
    assert referral_status(made, TODAY) == "Follow-up overdue (15 Nov 2026)"
    dialog = ReferralDialog(ctx, family, made)
    qtbot.addWidget(dialog)
    dialog.status.set_value(ReferralStatus.CONNECTED)
    save(qtbot, dialog)
    assert "outcome" in dialog.form.error_text("outcome")
    qtbot.keyClicks(dialog.outcome, "Moved to a family shelter.")
    save(qtbot, dialog)
    [saved] = referrals.list_referrals(svc, family.id)
    assert saved.status is ReferralStatus.CONNECTED and referral_status(saved, TODAY) == "Connected"
