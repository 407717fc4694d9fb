"""Staff accounts, as an administrator uses them: add, reset, deactivate, reactivate, settings."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from imh_desktop.domain.enums import Role
from imh_desktop.services.admin.agency import get_settings
from imh_desktop.services.auth.signin import SignInFailed, sign_in
from imh_desktop.ui.admin.new_staff import NewStaffDialog
from imh_desktop.ui.admin.staff_dialog import StaffAccountsDialog
from tests.factories import add_admin

pytestmark = pytest.mark.ui


@pytest.fixture
def dialog(qtbot, app_ctx, db, staff, monkeypatch):
    admin = add_admin(db, "kolstad", "Kari Ølstad")
    monkeypatch.setattr(StaffAccountsDialog, "ask", lambda self, question: True)
    window = StaffAccountsDialog(app_ctx(admin))
    qtbot.addWidget(window)
    window.show()
    return window


def _select(dialog, username):
    row = next(i for i, a in enumerate(dialog.model.accounts) if a.username == username)
    dialog.table.selectRow(row)


def _status(dialog, username):
    row = next(i for i, a in enumerate(dialog.model.accounts) if a.username == username)
    return dialog.model.index(row, 4).data()


def test_the_table_lists_every_account_with_its_state(dialog):
    assert dialog.model.rowCount() == 5  # the staff fixture's four, and this test's administrator
    assert _status(dialog, "ssupervisor") == "No password yet"
    ana = next(a for a in dialog.model.accounts if a.username == "aspecialist")
    row = dialog.model.accounts.index(ana)
    assert dialog.model.index(row, 3).data() == "Sam Supervisor"  # reports to
    assert dialog.model.index(row, 5).data() == "never"


def test_add_staff_gives_a_temporary_password_that_must_be_changed(qtbot, dialog, db, clock):
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    new = dialog.findChild(NewStaffDialog)
    assert new is not None and new.isVisible()
    new.full_name.setText("María García")  # QTest types ASCII only
    qtbot.keyClicks(new.username, "mgarcia")
    new.supervisor.setCurrentIndex(new.supervisor.findText("Sam Supervisor"))
    ok = new.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    text = dialog.outcome.text()
    temporary = re.search(r"Temporary password: (\S+)", text).group(1)
    assert "Added María García (mgarcia)" in text
    assert _status(dialog, "mgarcia") == "Must choose a password"
    signed = sign_in(db, "mgarcia", temporary, clock)
    assert signed.must_change_password and signed.user.supervisor_id is not None


def test_a_bad_new_account_is_explained_in_the_form(qtbot, dialog):
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    new = dialog.findChild(NewStaffDialog)
    qtbot.keyClicks(new.full_name, "Bad Name")
    qtbot.keyClicks(new.username, "has space")
    new.role.setCurrentIndex(new.role.findData(Role.ADMIN))
    assert not new.supervisor.isEnabled()
    ok = new.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert new.isVisible() and "letters a-z" in new.message.text()
    new.reject()


def test_reset_deactivate_and_reactivate(qtbot, dialog, db, clock):
    _select(dialog, "aspecialist")
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    temporary = re.search(r"Ana Specialist: (\S+)", dialog.outcome.text()).group(1)
    assert sign_in(db, "aspecialist", temporary, clock).must_change_password
    _select(dialog, "aspecialist")
    qtbot.mouseClick(dialog.deactivate_button, Qt.MouseButton.LeftButton)
    assert "Deactivated Ana Specialist" in dialog.outcome.text()
    assert _status(dialog, "aspecialist") == "Deactivated"
    with pytest.raises(SignInFailed):
        sign_in(db, "aspecialist", temporary, clock)
    assert not dialog.deactivate_button.isEnabled() and dialog.reactivate_button.isEnabled()
    qtbot.mouseClick(dialog.reactivate_button, Qt.MouseButton.LeftButton)
    assert _status(dialog, "aspecialist") == "Must choose a password"
    _select(dialog, "kolstad")  # never your own account
    assert not dialog.deactivate_button.isEnabled()


def test_the_sign_in_and_lock_settings_are_saved(qtbot, dialog):
    dialog.spins["idle_lock_minutes"].setValue(5)
    dialog.spins["failed_sign_in_limit"].setValue(4)
    qtbot.mouseClick(dialog.save_settings_button, Qt.MouseButton.LeftButton)
    saved = get_settings(dialog.ctx.svc)
    assert (saved.idle_lock_minutes, saved.failed_sign_in_limit, saved.lockout_minutes) == (
        5,
        4,
        15,
    )
    assert "Settings saved" in dialog.outcome.text()


def test_the_emergency_access_hours_are_set_here(qtbot, dialog):
    spin = dialog.spins["emergency_access_hours"]
    assert spin.value() == 4 and (spin.minimum(), spin.maximum()) == (1, 24)
    spin.setValue(2)
    qtbot.mouseClick(dialog.save_settings_button, Qt.MouseButton.LeftButton)
    assert get_settings(dialog.ctx.svc).emergency_access_hours == 2
