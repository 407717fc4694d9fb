"""The first windows, driven by typing and clicking: set-up, sign-in, lock-out, demo."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt

from imh_desktop.data.db import Database, sqlite_url
from imh_desktop.demo.generate import generate_demo
from imh_desktop.services.auth.signin import failure_message
from imh_desktop.ui.auth.encryption import EncryptDialog, RecoveryKeyDialog
from imh_desktop.ui.auth.password import ChangePasswordDialog
from imh_desktop.ui.auth.signin import SetupDialog, SignInDialog
from tests.factories import TEST_PASSWORD, give_password

pytestmark = pytest.mark.ui


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot, field, text):
    field.clear()
    qtbot.keyClicks(field, text)


def sign_in_with(qtbot, dialog, username, password):
    type_into(qtbot, dialog.username, username)
    type_into(qtbot, dialog.password, password)
    click(qtbot, dialog.sign_in_button)


def test_a_new_database_opens_on_the_set_up_of_its_administrator(qtbot, make_session, tmp_path):
    new = Database(sqlite_url(tmp_path / "new" / "imh.sqlite"), encrypt_new=True)
    session = make_session(database=new)
    session.start()
    dialog = session.dialog
    assert isinstance(dialog, SetupDialog) and dialog.isVisible()
    assert "no default password" in dialog.intro.text()
    type_into(qtbot, dialog.username, "kolstad")
    type_into(qtbot, dialog.full_name, "Kari Ølstad")
    type_into(qtbot, dialog.password, "password12345")
    type_into(qtbot, dialog.confirm, "password12345")
    click(qtbot, dialog.create_button)
    assert "most common passwords" in dialog.message.text() and session.window is None
    type_into(qtbot, dialog.password, TEST_PASSWORD)
    type_into(qtbot, dialog.confirm, TEST_PASSWORD + "x")
    click(qtbot, dialog.create_button)
    assert "differ" in dialog.message.text()
    type_into(qtbot, dialog.password, TEST_PASSWORD)
    type_into(qtbot, dialog.confirm, TEST_PASSWORD)
    click(qtbot, dialog.create_button)
    shown = session.dialog  # the new database is encrypted: its recovery key, once
    assert isinstance(shown, RecoveryKeyDialog) and session.window is None
    assert re.fullmatch(r"([A-Z2-7]{5}-){5}[A-Z2-7]{5}", shown.key_label.text())
    assert not shown.done_button.isEnabled()
    click(qtbot, shown.kept)
    click(qtbot, shown.done_button)
    window = session.window
    assert window is not None and window.isVisible()
    assert window.windowTitle() == "IMH Desktop — Kari Ølstad"
    new.dispose()
    account_menu = next(m for m in window.menuBar().actions() if m.text() == "&Account").menu()
    assert "&Staff accounts…" in [a.text() for a in account_menu.actions()]


def test_sign_in_says_the_same_for_an_unknown_user_and_a_wrong_password(
    qtbot, make_session, db, staff
):
    give_password(db, staff["aspecialist"], TEST_PASSWORD)
    session = make_session(username="aspecialist")
    session.start()
    dialog = session.dialog
    assert isinstance(dialog, SignInDialog) and dialog.username.text() == "aspecialist"
    messages = []
    for username, password in (("aspecialist", "not her password"), ("nobody", TEST_PASSWORD)):
        sign_in_with(qtbot, dialog, username, password)
        messages.append(dialog.message.text())
        assert dialog.password.text() == "" and session.window is None
    assert messages == [failure_message(db)] * 2
    sign_in_with(qtbot, dialog, "aspecialist", TEST_PASSWORD)
    assert session.window is not None and session.window.ctx.user.id == staff["aspecialist"]
    assert session.dialog is None and session.quits == []
    account_menu = next(m for m in session.window.menuBar().actions() if m.text() == "&Account")
    assert "&Staff accounts…" not in [a.text() for a in account_menu.menu().actions()]


def test_five_failures_lock_the_account_until_the_clock_has_moved_fifteen_minutes(
    qtbot, make_session, db, staff, clock
):
    give_password(db, staff["aspecialist"], TEST_PASSWORD)
    session = make_session()
    session.start()
    dialog = session.dialog
    for _ in range(5):
        sign_in_with(qtbot, dialog, "aspecialist", "not her password")
    sign_in_with(qtbot, dialog, "aspecialist", TEST_PASSWORD)  # right, but the account waits
    assert session.window is None and "15 minutes" in dialog.message.text()
    clock.advance(minutes=15)
    sign_in_with(qtbot, dialog, "aspecialist", TEST_PASSWORD)
    assert session.window is not None


def test_quit_on_the_sign_in_window_ends_the_program(qtbot, make_session, db, staff):
    give_password(db, staff["aspecialist"], TEST_PASSWORD)
    session = make_session()
    session.start()
    click(qtbot, session.dialog.quit_button)
    assert session.quits == [1] and session.window is None


def test_a_reset_password_is_changed_before_the_window_opens(qtbot, make_session, db, staff):
    give_password(db, staff["aspecialist"], "temporary passphrase", must_change=True)
    session = make_session()
    session.start()
    sign_in_with(qtbot, session.dialog, "aspecialist", "temporary passphrase")
    change = session.dialog
    assert isinstance(change, ChangePasswordDialog) and session.window is None
    type_into(qtbot, change.current, "temporary passphrase")
    type_into(qtbot, change.new, "my very own passphrase")
    type_into(qtbot, change.confirm, "my very own passphrase")
    click(qtbot, change.change_button)
    assert session.window is not None and session.dialog is None


def test_declining_the_forced_change_goes_back_to_sign_in(qtbot, make_session, db, staff):
    give_password(db, staff["aspecialist"], "temporary passphrase", must_change=True)
    session = make_session()
    session.start()
    sign_in_with(qtbot, session.dialog, "aspecialist", "temporary passphrase")
    click(qtbot, session.dialog.cancel_button)
    assert isinstance(session.dialog, SignInDialog) and session.window is None
    assert session.quits == []


def test_demo_signs_in_by_itself_only_on_a_demo_database(qtbot, make_session, db, staff):
    give_password(db, staff["aspecialist"], TEST_PASSWORD)
    session = make_session(demo=True)  # the flag alone, on a database the demo did not make
    session.start()
    assert isinstance(session.dialog, SignInDialog) and session.window is None


def test_demo_database_opens_as_its_specialist_with_demo_in_the_title(qtbot, make_session, db):
    summary = generate_demo(db, 3, 11, dt.date(2026, 11, 25))
    session = make_session(demo=True)
    session.start()
    window = session.window
    assert window is not None and session.dialog is None
    assert window.ctx.user.username == summary.specialists[0]
    assert window.windowTitle().startswith("IMH Desktop — ") and "DEMO" in window.windowTitle()


def test_a_database_from_before_sign_in_gives_its_administrator_a_passphrase(
    qtbot, make_session, db
):
    from imh_desktop.domain.enums import Role
    from imh_desktop.services.admin.staff import create_first_staff

    old = create_first_staff(db, "kolstad", "Kari Olstad", Role.ADMIN)
    session = make_session()
    session.start()
    dialog = session.dialog
    assert isinstance(dialog, SetupDialog) and "made before sign-in" in dialog.intro.text()
    type_into(qtbot, dialog.username, "kolstad")
    type_into(qtbot, dialog.full_name, "Kari Olstad")
    type_into(qtbot, dialog.password, TEST_PASSWORD)
    type_into(qtbot, dialog.confirm, TEST_PASSWORD)
    click(qtbot, dialog.create_button)
    if isinstance(session.dialog, EncryptDialog):  # an unencrypted file: offered, declined
        click(qtbot, session.dialog.later_button)
    assert session.window is not None and session.ctx.user.id == old.id
