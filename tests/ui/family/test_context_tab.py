"""The Context tab, driven like a user: stressors, strengths, consent and releases; the header."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from imh_desktop.domain.dates import format_date
from imh_desktop.domain.enums import (
    FactorRating,
    ProtectiveFactor,
    ReferralStatus,
    ReferralType,
    Stressor,
)
from imh_desktop.domain.family_context import (
    ReferralInput,
    ReleaseInput,
    StrengthInput,
    StressorInput,
)
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.family import consents, context, referrals
from imh_desktop.ui.family.context_dialogs import ConsentDialog, ReleaseDialog
from imh_desktop.ui.family.context_tab import ContextTab
from imh_desktop.ui.family.header_context import context_lines
from imh_desktop.ui.family.record import FamilyRecordWidget
from tests.factories import TODAY

pytestmark = pytest.mark.ui
D = dt.date


@pytest.fixture
def tab(qtbot, ctx, family):
    widget = ContextTab(ctx, family.id)
    qtbot.addWidget(widget)
    ctx.bus.changed.connect(lambda change: change.touches(Part.CONTEXT) and widget.refresh())
    widget.show()
    return widget


def save(qtbot, dialog):
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_note_then_resolve_a_stressor(qtbot, svc, family, tab, published, qtmodeltester):
    qtbot.mouseClick(tab.add_stressor_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    dialog.kind.setCurrentIndex(dialog.kind.findText("Food insecurity"))
    qtbot.keyClicks(dialog.note, "Runs out of formula by the end of the month.")
    save(qtbot, dialog)
    assert not dialog.isVisible() and published == [Change.of(family.id, Part.CONTEXT)]
    assert tab.stressors_model.rowCount() == 1
    assert tab.stressors_model.index(0, 2).data() == "Current"
    tab.stressors_table.selectRow(0)
    qtbot.mouseClick(tab.resolve_button, Qt.MouseButton.LeftButton)
    assert tab.dialog.resolved_on.value() == TODAY
    save(qtbot, tab.dialog)
    [stressor] = context.read_context(svc, family.id).stressors
    assert stressor.stressor is Stressor.FOOD_INSECURITY and stressor.resolved_on == TODAY
    assert tab.stressors_model.index(0, 2).data().startswith("Resolved")
    qtmodeltester.check(tab.stressors_model)


def test_a_bad_date_is_shown_next_to_its_field_and_nothing_is_saved(qtbot, svc, family, tab):
    qtbot.mouseClick(tab.add_stressor_button, Qt.MouseButton.LeftButton)
    tab.dialog.noted_on.set_value(D(2026, 11, 1))
    tab.dialog.resolved_on.set_value(D(2026, 10, 1))
    save(qtbot, tab.dialog)
    assert tab.dialog.isVisible()
    assert "before it was noted" in tab.dialog.form.error_text("resolved_on")
    assert context.read_context(svc, family.id).stressors == ()


def test_rate_a_selected_factor(qtbot, svc, family, tab):
    assert tab.factors_model.rowCount() == 5
    assert tab.factors_model.index(1, 1).data() == "Not rated"
    tab.factors_table.selectRow(1)  # social connections
    qtbot.mouseClick(tab.rate_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog.factor.value() is ProtectiveFactor.SOCIAL_CONNECTIONS
    dialog.rating.set_value(FactorRating.STRENGTH)
    qtbot.keyClicks(dialog.note, "Sister visits every Sunday.")
    save(qtbot, dialog)
    assert tab.factors_model.index(1, 1).data() == "A strength"
    current = context.read_context(svc, family.id).current_ratings
    assert current[ProtectiveFactor.SOCIAL_CONNECTIONS].note == "Sister visits every Sunday."


def test_consent_and_a_release_then_revoke_it(qtbot, svc, family, tab):
    assert tab.consent_label.text() == "No consent to services is recorded yet."
    qtbot.mouseClick(tab.consent_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.dialog.signed_by, "Anh Nguyen")
    qtbot.keyClicks(tab.dialog.form_version, "2026-1")
    save(qtbot, tab.dialog)
    assert "form 2026-1" in tab.consent_label.text()
    qtbot.mouseClick(tab.release_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.dialog.recipient, "Valley Part C")
    qtbot.keyClicks(tab.dialog.shares, "ASQ-3 results")
    save(qtbot, tab.dialog)
    assert tab.releases_model.index(0, 0).data().startswith("In force until")
    tab.releases_table.selectRow(0)
    qtbot.mouseClick(tab.revoke_button, Qt.MouseButton.LeftButton)
    save(qtbot, tab.dialog)
    assert tab.releases_model.index(0, 0).data().startswith("Revoked")
    assert context.read_context(svc, family.id).releases[0].revoked_on == TODAY


def test_the_header_shows_context_and_releases_about_to_expire(qtbot, ctx, svc, family):
    context.add_stressor(svc, family.id, StressorInput(Stressor.HOUSING, D(2026, 6, 1)))
    context.rate_factor(svc, family.id, StrengthInput(
        ProtectiveFactor.RESILIENCE, FactorRating.NEED, D(2026, 6, 1)))  # fmt: skip
    context.rate_factor(svc, family.id, StrengthInput(
        ProtectiveFactor.SOCIAL_CONNECTIONS, FactorRating.STRENGTH, D(2026, 6, 1)))  # fmt: skip
    consents.record_release(svc, family.id, ReleaseInput(
        "WIC office", "Contact details", D(2026, 1, 1), D(2026, 12, 10)))  # fmt: skip
    record = FamilyRecordWidget(ctx, family.id)
    qtbot.addWidget(record)
    text = record.context_label.text()
    assert "Housing instability or homelessness" in text
    assert "<b>Strengths:</b> Social connections" in text and "Parental resilience" in text
    assert record.releases_label.text() == "Release to WIC office expires 10 Dec 2026"
    assert record.tabs.tabText(1) == "Context"
    summary, expiring = context_lines(context.read_context(svc, family.id), D(2026, 10, 1))
    assert expiring == "" and summary  # 70 days before expiry: not shown yet


def test_empty_or_impossible_entries_are_refused_under_their_fields(qtbot, ctx, svc, family):
    consent = ConsentDialog(ctx, family.id)
    qtbot.addWidget(consent)
    save(qtbot, consent)
    assert "Who signed is required" in consent.form.error_text("signed_by")
    release = ReleaseDialog(ctx, family.id, "Clinic")
    qtbot.addWidget(release)
    assert release.expires_on.value() == D(2027, 11, 25)  # a year by default
    qtbot.keyClicks(release.shares, "Results")
    release.expires_on.set_value(TODAY)
    save(qtbot, release)
    assert "expire after" in release.form.error_text("expires_on")
    data = context.read_context(svc, family.id)
    assert data.consents == () and data.releases == ()


def test_a_referrals_history_shows_in_the_tab_and_its_dialog(qtbot, svc, family, tab):
    made = referrals.make_referral(svc, family.id, ReferralInput(
        ReferralType.HOUSING, "Housing office", D(2026, 11, 3), "Eviction notice",
        follow_up_on=D(2026, 11, 30)))  # fmt: skip
    tab.refresh()
    tab.referrals_table.selectRow(0)
    assert tab.referral_history.text() == "History: Made 3 Nov 2026"
    qtbot.mouseClick(tab.update_referral_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog.history.index(0, 0).data() == "3 Nov 2026"
    assert dialog.history.index(0, 1).data() == "Made"
    dialog.status.set_value(ReferralStatus.CONNECTED)
    qtbot.keyClicks(dialog.outcome, "Moved to a family shelter.")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    [saved] = referrals.list_referrals(svc, family.id)
    assert [h.status for h in saved.history] == [ReferralStatus.MADE, ReferralStatus.CONNECTED]
    tab.referrals_table.selectRow(0)
    assert tab.referral_history.text() == (
        f"History: Made 3 Nov 2026 → Connected {format_date(TODAY)}"
    )
    assert made.version < saved.version
