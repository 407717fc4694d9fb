"""The table of staff accounts in the administrator's Staff accounts window."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from imh_desktop.domain.clock import Clock
from imh_desktop.services.admin.accounts import AccountRecord
from imh_desktop.ui.common.labels import label
from imh_desktop.ui.common.local_format import format_date

Index = QModelIndex | QPersistentModelIndex


def _local(utc: dt.datetime, clock: Clock) -> dt.datetime:
    return utc.replace(tzinfo=dt.UTC).astimezone(clock.now().tzinfo)


class AccountsModel(QAbstractTableModel):
    """Rows of :class:`AccountRecord`; cells formatted once when the rows are set."""

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.titles = [
            self.tr("Name"),
            self.tr("Username"),
            self.tr("Role"),
            self.tr("Reports to"),
            self.tr("Status"),
            self.tr("Last sign-in"),
        ]
        self.accounts: list[AccountRecord] = []
        self._cells: list[tuple[str, ...]] = []

    def set_accounts(self, accounts: list[AccountRecord]) -> None:
        self.beginResetModel()
        self.accounts = accounts
        names = {a.id: a.full_name for a in accounts}
        self._cells = [
            (
                a.full_name,
                a.username,
                label(a.role),
                names.get(a.supervisor_id, "") if a.supervisor_id else "",
                self.status(a),
                format_date(_local(a.last_sign_in_at, self.clock).date())
                if a.last_sign_in_at
                else self.tr("never"),
            )
            for a in accounts
        ]
        self.endResetModel()

    def status(self, account: AccountRecord) -> str:
        """What an administrator needs to know about the account, in a few words."""
        if not account.active:
            return self.tr("Deactivated")
        if account.waiting_until is not None:
            until = _local(account.waiting_until, self.clock)
            return self.tr("Waiting until {0} (failed sign-ins)").format(f"{until:%H:%M}")
        if not account.has_password:
            return self.tr("No password yet")
        if account.must_change_password:
            return self.tr("Must choose a password")
        return self.tr("Active")

    def account(self, row: int) -> AccountRecord | None:
        return self.accounts[row] if 0 <= row < len(self.accounts) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._cells[index.row()][index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section]
        return None
