"""The encrypted database in the windows: cold sign-in, the recovery key, encrypting on offer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from imh_desktop.data import cipher
from imh_desktop.data.db import Database, sqlite_url
from imh_desktop.services.auth.setup import set_up_administrator
from imh_desktop.ui.auth.encryption import EncryptDialog, RecoverDialog, RecoveryKeyDialog
from imh_desktop.ui.auth.signin import SignInDialog
from tests.factories import TEST_PASSWORD

pytestmark = pytest.mark.ui


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot, field, text):
    field.clear()
    qtbot.keyClicks(field, text)


@pytest.fixture
def encrypted(tmp_path, clock):
    """An encrypted database set up by kolstad: (path, recovery key)."""
    path = tmp_path / "enc" / "imh.sqlite"
    db = Database(sqlite_url(path), encrypt_new=True)
    signed = set_up_administrator(db, "kolstad", "Kari Olstad", TEST_PASSWORD, clock)
    db.dispose()
    return path, signed.recovery_key


def cold(path):
    return Database(sqlite_url(path), encrypt_new=True)


def test_the_sign_in_window_opens_an_encrypted_database(qtbot, make_session, encrypted):
    path, _ = encrypted
    db = cold(path)
    session = make_session(database=db)
    session.start()
    dialog = session.dialog
    assert isinstance(dialog, SignInDialog) and db.locked
    assert "encrypted" in dialog.layout().itemAt(1).widget().text()
    type_into(qtbot, dialog.username, "nobody")
    type_into(qtbot, dialog.password, TEST_PASSWORD)
    click(qtbot, dialog.sign_in_button)
    refused = dialog.message.text()
    type_into(qtbot, dialog.username, "kolstad")
    type_into(qtbot, dialog.password, "not the password")
    click(qtbot, dialog.sign_in_button)
    assert dialog.message.text() == refused and "not right" in refused and db.locked
    type_into(qtbot, dialog.password, TEST_PASSWORD)
    click(qtbot, dialog.sign_in_button)
    assert session.window is not None and session.window.isVisible() and not db.locked
    db.dispose()


def test_the_recovery_key_button_lets_the_administrator_choose_a_new_passphrase(
    qtbot, make_session, encrypted
):
    path, recovery = encrypted
    db = cold(path)
    session = make_session(database=db)
    session.start()
    click(qtbot, session.dialog.recover_button)
    dialog = session.dialog
    assert isinstance(dialog, RecoverDialog) and dialog.isVisible()
    click(qtbot, dialog.cancel_button)  # back to the sign-in, the program goes on
    assert isinstance(session.dialog, SignInDialog) and not session.quits
    click(qtbot, session.dialog.recover_button)
    dialog = session.dialog
    type_into(qtbot, dialog.recovery, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF")
    type_into(qtbot, dialog.username, "kolstad")
    type_into(qtbot, dialog.new, "lighthouse pebble autumn")
    type_into(qtbot, dialog.confirm, "lighthouse pebble autumn")
    click(qtbot, dialog.open_button)
    assert "does not open" in dialog.message.text() and session.window is None
    type_into(qtbot, dialog.recovery, recovery.lower())
    type_into(qtbot, dialog.new, "lighthouse pebble autumn")
    type_into(qtbot, dialog.confirm, "lighthouse pebble autumn")
    click(qtbot, dialog.open_button)
    assert session.window is not None and session.ctx.user.username == "kolstad"
    db.dispose()
    again = make_session(database=cold(path))
    again.start()
    sign_in = again.dialog
    type_into(qtbot, sign_in.username, "kolstad")
    type_into(qtbot, sign_in.password, "lighthouse pebble autumn")
    click(qtbot, sign_in.sign_in_button)
    assert again.window is not None
    again.db.dispose()


def test_an_administrator_is_offered_encryption_and_gets_the_recovery_key(
    qtbot, make_session, tmp_path, clock
):
    path = tmp_path / "plain" / "imh.sqlite"
    db = Database(sqlite_url(path))
    from imh_desktop.data.migrate import upgrade_database

    upgrade_database(db)
    set_up_administrator(db, "kolstad", "Kari Olstad", TEST_PASSWORD, clock)
    session = make_session(database=db)
    session.start()
    sign_in = session.dialog
    type_into(qtbot, sign_in.username, "kolstad")
    type_into(qtbot, sign_in.password, TEST_PASSWORD)
    click(qtbot, sign_in.sign_in_button)
    offer = session.dialog
    assert isinstance(offer, EncryptDialog) and session.window is None
    type_into(qtbot, offer.password, "not my password")
    click(qtbot, offer.encrypt_button)
    assert "not your password" in offer.message.text() and cipher.is_plain_sqlite(path)
    type_into(qtbot, offer.password, TEST_PASSWORD)
    click(qtbot, offer.encrypt_button)
    shown = session.dialog
    assert isinstance(shown, RecoveryKeyDialog) and not cipher.is_plain_sqlite(path)
    assert any("Checked the copy" in step for step in offer.steps)
    shown.reject()  # Escape does nothing before the key is kept
    assert session.dialog is shown and session.window is None
    click(qtbot, shown.kept)
    click(qtbot, shown.done_button)
    assert session.window is not None and session.window.isVisible()
    db.dispose()
