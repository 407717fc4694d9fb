"""The administrator's table of accounts: names, who each reports to, a status in a few words
(the most pressing first), the last sign-in in the user's time zone."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from imh_desktop.domain.clock import FixedClock
from imh_desktop.domain.enums import Role
from imh_desktop.services.admin.accounts import AccountRecord
from imh_desktop.ui.admin.accounts_model import AccountsModel

pytestmark = pytest.mark.ui

CHICAGO = FixedClock(dt.datetime(2026, 11, 25, 10, 0), tz=ZoneInfo("America/Chicago"))
SAM = AccountRecord(1, "ssupervisor", "Sam Supervisor", Role.SUPERVISOR, None, True, True, False,
                    None, dt.datetime(2026, 11, 25, 3, 30), None)  # fmt: skip
ANA = AccountRecord(2, "aspecialist", "Ana Ølstad", Role.SPECIALIST, 1, True, True, False,
                    None, None, None)  # fmt: skip


@pytest.fixture
def model(qtmodeltester):
    made = AccountsModel(CHICAGO)
    made.set_accounts([SAM, ANA])
    qtmodeltester.check(made)
    return made


def rows(model):
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]  # fmt: skip


def test_columns_and_rows(model):
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Name", "Username", "Role", "Reports to", "Status", "Last sign-in"]  # fmt: skip
    # 03:30 UTC on 25 Nov is 21:30 on 24 Nov in Chicago: the local day is shown.
    assert rows(model) == [
        ["Sam Supervisor", "ssupervisor", "Supervisor", "", "Active", "24 Nov 2026"],
        ["Ana Ølstad", "aspecialist", "Specialist", "Sam Supervisor", "Active", "never"],
    ]
    assert model.account(1) is ANA and model.account(2) is None and model.account(-1) is None
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None


@pytest.mark.parametrize(
    ("changes", "status"),
    [
        ({"active": False, "has_password": False}, "Deactivated"),  # deactivated comes first
        ({"waiting_until": dt.datetime(2026, 11, 25, 16, 15), "must_change_password": True},
         "Waiting until 10:15 (failed sign-ins)"),  # in Chicago time
        ({"has_password": False, "must_change_password": True}, "No password yet"),
        ({"must_change_password": True}, "Must choose a password"),
        ({}, "Active"),
    ],
)  # fmt: skip
def test_the_status_says_the_most_pressing_thing(model, changes, status):
    assert model.status(dataclasses.replace(ANA, **changes)) == status


def test_a_supervisor_not_in_the_list_leaves_reports_to_empty(model):
    model.set_accounts([ANA])
    assert rows(model) == [["Ana Ølstad", "aspecialist", "Specialist", "", "Active", "never"]]
