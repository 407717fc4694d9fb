"""The shared compare-and-choose dialog: yours beside theirs, each choice as a user clicks it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QGuiApplication

from imh_desktop.domain.enums import Sex
from imh_desktop.ui.common.conflict import Choice, ConflictDialog, compare, shown

pytestmark = pytest.mark.ui

LABELS = {"full_name": "Name", "dob": "Date of birth", "sex": "Sex", "is_primary": "Primary"}
MINE = {"full_name": "Bảo Anh", "dob": dt.date(2026, 1, 5), "sex": Sex.MALE, "is_primary": True}
THEIRS = {**MINE, "full_name": "Bảo Nguyễn", "is_primary": False}


@pytest.fixture
def dialog(qtbot):
    made = ConflictDialog("child", compare(LABELS, MINE, THEIRS), "Sam Supervisor")
    qtbot.addWidget(made)
    return made


def test_each_field_is_shown_as_a_person_reads_it_and_the_differences_are_marked(dialog):
    table = dialog.table
    cells = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert cells == [
        ["Name ≠", "Bảo Anh", "Bảo Nguyễn"],
        ["Date of birth", "5 Jan 2026", "5 Jan 2026"],
        ["Sex", "Male", "Male"],
        ["Primary ≠", "Yes", "No"],
    ]
    assert "2 field(s) differ" in dialog.intro.text() and "Sam Supervisor" in dialog.intro.text()
    assert shown(None) == shown("") == "—" and shown(("a", "b")) == "a, b"


def test_copy_mine_puts_my_version_on_the_clipboard_and_keeps_the_dialog_open(dialog):
    dialog.show()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == (
        "Name: Bảo Anh\n\nDate of birth: 5 Jan 2026\n\nSex: Male\n\nPrimary: Yes"
    )
    assert dialog.isVisible() and "clipboard" in dialog.copied.text()
    assert dialog.choice is Choice.LATER


@pytest.mark.parametrize(
    ("button", "choice", "accepted"),
    [("mine_button", Choice.MINE, 1), ("theirs_button", Choice.THEIRS, 1),
     ("later_button", Choice.LATER, 0)],
)  # fmt: skip
def test_each_button_is_a_choice(dialog, button, choice, accepted):
    dialog.show()
    getattr(dialog, button).click()
    assert dialog.choice is choice and dialog.result() == accepted and not dialog.isVisible()


def test_escape_decides_later(qtbot, dialog):
    from PySide6.QtCore import Qt

    dialog.show()
    dialog.mine_button.setFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.choice is Choice.LATER and not dialog.isVisible()


def test_only_the_fields_that_differ_are_shown_until_the_box_is_unticked(qtbot, dialog):
    def shown_rows() -> list[str]:
        table = dialog.table
        return [
            table.item(r, 0).text() for r in range(table.rowCount()) if not table.isRowHidden(r)
        ]

    assert dialog.only_differences.isChecked()
    assert shown_rows() == ["Name ≠", "Primary ≠"]
    dialog.only_differences.click()
    assert shown_rows() == ["Name ≠", "Date of birth", "Sex", "Primary ≠"]
