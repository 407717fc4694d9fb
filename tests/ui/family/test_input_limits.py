"""Typing stops at each one-line field's limit; a longer text elsewhere is explained beside it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from imh_desktop.domain.text import MAX_ADDRESS, MAX_NAME, MAX_PHONE
from imh_desktop.services.admin.staff import list_staff
from imh_desktop.services.family import families
from imh_desktop.ui.family.dialogs import FamilyDialog

pytestmark = pytest.mark.ui


@pytest.fixture
def dialog(qtbot, app_ctx, staff):
    ctx = app_ctx(staff["aspecialist"])
    made = FamilyDialog(ctx, list_staff(ctx.svc))
    qtbot.addWidget(made)
    made.show()
    return made


def test_typing_stops_at_the_limit(qtbot, dialog):
    form = dialog.family_form
    qtbot.keyClicks(form.display_name, "N" * (MAX_NAME + 15))
    qtbot.keyClicks(form.phone, "5" * (MAX_PHONE + 5))
    assert len(form.display_name.text()) == MAX_NAME
    assert len(form.phone.text()) == MAX_PHONE
    form.phone.clear()
    form.phone.insert("5" * 100)  # a paste stops there too
    assert len(form.phone.text()) == MAX_PHONE
    assert dialog.caregiver_form.phone.maxLength() == MAX_PHONE


def test_a_control_character_or_a_long_address_is_explained_beside_the_field(qtbot, dialog):
    form = dialog.family_form
    dialog.child_box.setChecked(False)
    form.display_name.setText("Rivera\x07 family")
    form.address.setPlainText("12 Main Street\n" * 40)  # 599 once the last line break is stripped
    dialog.caregiver_form.full_name.setText("Ana Rivera")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "control character (U+0007)" in form.error_text("display_name")
    assert dialog.focusWidget() is form.display_name
    form.display_name.setText("Rivera family")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert form.error_text("address") == (
        f"The address is too long: 599 characters, at most {MAX_ADDRESS}.")  # fmt: skip
    assert families.count_families(dialog.ctx.db) == 0
