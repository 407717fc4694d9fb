""" "Referrals to follow up": referrals past their follow-up date, still waiting for news,
across the user's caseload (a specialist) or team (a supervisor). Double-click opens the
family's Context tab, where the referral is updated.

Read through ``ctx.runner``; read again when a Change touches a family's context
(at once when shown, else when next shown).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from imh_desktop.domain.enums import Role
from imh_desktop.services.common.changes import Part
from imh_desktop.services.family import referrals
from imh_desktop.services.family.referrals import FollowUpRow
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.reread import RereadWhenShown
from imh_desktop.ui.common.tasks import LatestOnly
from imh_desktop.ui.common.widgets import ListColumn, RecordListModel, list_table


class ReferralFollowUpsDialog(RereadWhenShown, QDialog):
    """A non-modal list of overdue referral follow-ups; ``open_family(id)`` opens one."""

    def __init__(
        self, ctx: AppContext, open_family: Callable[[int], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx, self.open_family = ctx, open_family
        self.scope = "team" if ctx.user.role is Role.SUPERVISOR else "mine"
        self._reads = LatestOnly(ctx.runner, self)
        self.setWindowTitle(
            self.tr("Referrals to follow up — my team") if self.scope == "team"
            else self.tr("Referrals to follow up — my caseload")
        )  # fmt: skip
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.model = RecordListModel([
            ListColumn(self.tr("Follow up was due"), lambda r: r.referral.follow_up_on),
            ListColumn(self.tr("Days over"), lambda r: r.days_overdue, align_right=True),
            ListColumn(self.tr("Family"), lambda r: r.family_name),
            ListColumn(self.tr("Case"), lambda r: r.case_number),
            ListColumn(self.tr("Specialist"), lambda r: r.specialist_name),
            ListColumn(self.tr("Referral"), lambda r: r.referral.referral_type),
            ListColumn(self.tr("Agency"), lambda r: r.referral.agency),
            ListColumn(self.tr("Made"), lambda r: r.referral.made_on),
        ], self)  # fmt: skip
        self.table = list_table(self.model, self.tr("Referrals to follow up"), stretch_column=6)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.activated.connect(self._on_table_double_clicked)
        self.resize(980, 420)
        self.reread_on(ctx.bus, Part.CONTEXT, Part.FAMILY)
        self.refresh()

    def refresh(self) -> None:
        """Read the overdue follow-ups again (through the runner)."""
        self.mark_read()
        svc, scope = self.ctx.svc, self.scope
        self._reads.start(lambda: referrals.referrals_to_follow_up(svc, scope), self._show,
                          self._on_failed)  # fmt: skip

    def _on_failed(self, exc: BaseException) -> None:
        raise exc  # the application's error handler shows it

    def _show(self, rows: list[FollowUpRow]) -> None:
        self.model.set_records(rows)
        families = len({r.referral.family_id for r in rows})
        self.summary.setText(
            self.tr("No referral is waiting past its follow-up date.") if not rows
            else self.tr("{n} referral(s) past their follow-up date, in {f} famil(ies).").format(
                n=len(rows), f=families)
        )  # fmt: skip

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        row: FollowUpRow = self.model.records[index.row()]
        if self.open_family is not None:
            self.open_family(row.referral.family_id)
