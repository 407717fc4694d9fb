"""The Account menu: who is signed in, change password, lock (Ctrl+L, from any window),
sign in as someone else; staff accounts for administrators only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence

from imh_desktop.ui.admin.staff_dialog import StaffAccountsDialog
from imh_desktop.ui.auth.account import AccountActions
from imh_desktop.ui.common.settings import Settings
from imh_desktop.ui.shell.main_window import MainWindow
from tests.factories import add_admin

pytestmark = pytest.mark.ui


class FakeSession:
    """Records what the menu asks of the session."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def change_password(self) -> None:
        self.calls.append("password")

    def lock(self, why: str) -> None:
        self.calls.append(f"lock {why}")

    def sign_out(self) -> None:
        self.calls.append("sign out")


@pytest.fixture
def menu_for(qtbot, app_ctx, tmp_path):
    """``menu_for(staff_id)``: (the Account actions of that person's window, the session)."""

    def make(staff_id: int):
        settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(app_ctx(staff_id), settings)
        qtbot.addWidget(window)
        session = FakeSession()
        return AccountActions(session, window), session

    return make


def test_the_menu_sits_before_help_and_says_who_is_signed_in(menu_for, staff):
    actions, _ = menu_for(staff["aspecialist"])
    bar = actions.window.menuBar().actions()
    titles = [a.text() for a in bar]
    assert (
        titles.index("&Account") == titles.index(actions.window.main_actions.help_menu.title()) - 1
    )
    first = actions.menu.actions()[0]
    assert first.text() == "Signed in as Ana Specialist" and not first.isEnabled()
    assert [a.text() for a in actions.menu.actions() if a.text()][1:] == [
        "Change &password…", "&Lock", "Sign in as &someone else…"]  # fmt: skip
    assert not hasattr(actions, "staff_action")  # a specialist manages no accounts


def test_each_action_asks_the_session(menu_for, staff):
    actions, session = menu_for(staff["aspecialist"])
    actions.password_action.trigger()
    actions.lock_action.trigger()
    actions.switch_action.trigger()
    assert session.calls == ["password", "lock by hand", "sign out"]


def test_lock_is_ctrl_l_from_every_window(menu_for, staff):
    actions, _ = menu_for(staff["aspecialist"])
    lock = actions.lock_action
    assert lock.shortcut() == QKeySequence("Ctrl+L")
    assert lock.shortcutContext() is Qt.ShortcutContext.ApplicationShortcut
    assert lock in actions.window.actions()  # works with the menu bar hidden too


def test_an_administrator_opens_the_staff_accounts(qtbot, db, menu_for):
    actions, _ = menu_for(add_admin(db, "kolstad", "Kari Ølstad"))
    assert actions.menu.actions()[-1] is actions.staff_action
    actions.staff_action.trigger()
    [dialog] = actions.window.findChildren(StaffAccountsDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.close()
