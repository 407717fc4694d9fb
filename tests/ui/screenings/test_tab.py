"""The family record's screenings tab: open alerts, what is due, what was given, follow-up.

EPDS (Cox, Holden & Sagovsky, 1987): item 10 above 0 is an urgent alert whatever the total.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from imh_desktop.domain.enums import FollowUpKind, Instrument
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.screenings import results as screenings
from imh_desktop.ui.family.record import FamilyRecordWidget
from imh_desktop.ui.screenings.tab import ScreeningsTab
from tests.factories import TODAY

pytestmark = pytest.mark.ui


def test_screenings_tab_due_list_and_follow_up(qtbot, ctx, svc, family, qtmodeltester, published):
    screenings.record_screening(
        svc,
        family.id,
        screenings.ScreeningInput(
            Instrument.PHQ9, TODAY, caregiver_id=family.caregivers[0].id, answers=(0,) * 8 + (1,)
        ),
    )
    tab = ScreeningsTab(ctx, family.id)
    qtbot.addWidget(tab)
    # The tab's owner (the family record) reloads it when a change touches its parts.
    ctx.bus.changed.connect(
        lambda change: change.touches(Part.SCREENINGS, Part.ALERTS) and tab.refresh()
    )
    tab.show()
    for model in (tab.alerts_model, tab.due_model, tab.given_model):
        qtmodeltester.check(model)
    due = [tab.due_model.data(tab.due_model.index(r, 1)) for r in range(tab.due_model.rowCount())]
    assert "ASQ-3 9 month" in due
    assert tab.follow_up_button.isEnabled()
    qtbot.mouseClick(tab.follow_up_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData(FollowUpKind.NO_REFERRAL.value))
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "why" in dialog.error.text()
    qtbot.keyClicks(dialog.note, "Passive thought, safety plan in place, seeing her GP Friday")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert published == [Change.of(family.id, Part.ALERTS)]
    assert screenings.list_alerts(svc, family.id, open_only=True) == []
    assert not tab.follow_up_button.isEnabled()
    assert "No referral" in tab.alerts_model.data(tab.alerts_model.index(0, 3))


def test_follow_up_in_the_family_record_clears_its_alert_badge(qtbot, ctx, svc, family, published):
    screenings.record_screening(
        svc,
        family.id,
        screenings.ScreeningInput(
            Instrument.EPDS,
            TODAY,
            caregiver_id=family.caregivers[0].id,
            answers=(0, 0, 3, 0, 3, 3, 3, 3, 3, 1),
        ),
    )
    record = FamilyRecordWidget(ctx, family.id)
    qtbot.addWidget(record)

    def badges():
        banner = record.alert_banner
        return [] if banner.isHidden() else banner.plain_text().splitlines()

    assert any("item 10" in text for text in badges())
    tab = record.screenings_tab
    record.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.follow_up_button, Qt.MouseButton.LeftButton)
    tab.dialog.kind.setCurrentIndex(tab.dialog.kind.findData(FollowUpKind.SAFETY_ASSESSMENT.value))
    save = tab.dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not any("item 10" in text for text in badges()))
    assert published == [Change.of(family.id, Part.ALERTS)]
    assert "Safety assessment" in tab.alerts_model.data(tab.alerts_model.index(0, 3))


def test_make_a_referral_from_an_alert_closes_it_only_once_saved(
    qtbot, ctx, svc, family, published
):
    from imh_desktop.domain.enums import ReferralType
    from imh_desktop.services.family import referrals

    screenings.record_screening(
        svc,
        family.id,
        screenings.ScreeningInput(
            Instrument.EPDS, TODAY, caregiver_id=family.caregivers[0].id, answers=(2,) * 9 + (0,)
        ),
    )
    tab = ScreeningsTab(ctx, family.id)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.mouseClick(tab.follow_up_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert [dialog.kind.itemText(i) for i in range(3)] == [
        "Make a referral",
        "Record a safety assessment",
        "No referral, with a reason",
    ]
    dialog.kind.setCurrentIndex(0)
    assert dialog.save_button.text() == "Make the referral…" and not dialog.note.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    referral = dialog.referral_dialog
    assert referral.alert.id == tab.alerts_model.records[0].id
    referral.reject()  # cancelled: the alert stays open
    assert len(screenings.list_alerts(svc, family.id, open_only=True)) == 1 and published == []
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    referral = dialog.referral_dialog
    referral.kind.set_value(ReferralType.MENTAL_HEALTH)
    referral.for_whom.setCurrentIndex(1)
    qtbot.keyClicks(referral.agency, "Riverside Counselling")
    qtbot.keyClicks(referral.reason, "EPDS 18")
    save = referral.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not referral.isVisible() and not dialog.isVisible()
    assert screenings.list_alerts(svc, family.id, open_only=True) == []
    [made] = referrals.list_referrals(svc, family.id)
    assert made.agency == "Riverside Counselling" and made.for_whom == "Nguyễn Thị Ánh"
    assert published == [Change.of(family.id, Part.CONTEXT, Part.ALERTS)]
