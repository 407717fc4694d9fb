"""The family's Context tab: stressors, protective factors, consents and releases, referrals.

Read in one audited read (``services.family.context.read_context``) through
``ctx.runner``; the dialogs publish ``Part.CONTEXT`` and the record reloads
the tab. ``context_loaded`` hands what was read to the record, whose header
shows stressors and strengths in short form and releases about to expire.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.enums import ProtectiveFactor
from imh_desktop.domain.permissions import Permission, Relation
from imh_desktop.services.common.records import FamilyRecord
from imh_desktop.services.family import context, families
from imh_desktop.services.family.consents import ReleaseRecord
from imh_desktop.services.family.context import FamilyContext, StrengthRecord
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.local_format import format_date
from imh_desktop.ui.common.permissions import gate
from imh_desktop.ui.common.tasks import LatestOnly
from imh_desktop.ui.common.widgets import ListColumn, RecordListModel, fit_rows, list_table
from imh_desktop.ui.family.context_dialogs import (
    ConsentDialog,
    FactorDialog,
    ReleaseDialog,
    RevokeDialog,
    StressorDialog,
)
from imh_desktop.ui.family.referral_dialog import ReferralDialog, history_steps, referral_status


def _first_line(text: str, width: int = 80) -> str:
    line = text.split("\n", 1)[0]
    return line if len(line) <= width else line[: width - 1] + "…"


class ContextTab(QWidget):
    """What stresses and what strengthens the family, its consents, and its referrals."""

    context_loaded = Signal(object)  # the FamilyContext read

    def __init__(
        self, ctx: AppContext, family_id: int, parent: QWidget | None = None, load: bool = True
    ) -> None:
        super().__init__(parent)
        self.ctx, self.family_id = ctx, family_id
        self.data: FamilyContext | None = None
        self.family: FamilyRecord | None = None
        self.relation: Relation | None = None
        self.dialog: QDialog | None = None
        self._reads = LatestOnly(ctx.runner, self)
        layout = QVBoxLayout(self)
        top, bottom = QHBoxLayout(), QHBoxLayout()
        top.addWidget(self._build_stressors(), 1)
        top.addWidget(self._build_factors(), 1)
        # Referrals have the most columns: they get the wider half of the lower row.
        bottom.addWidget(self._build_consents(), 1)
        bottom.addWidget(self._build_referrals(), 2)
        layout.addLayout(top)
        layout.addLayout(bottom, 1)
        if load:
            self.refresh()

    # Building -------------------------------------------------------------
    def _group(self, title: str, table: QTableView, buttons: Sequence[QPushButton],
               above: QWidget | None = None) -> QGroupBox:  # fmt: skip
        group = QGroupBox(title)
        box = QVBoxLayout(group)
        if above is not None:
            box.addWidget(above)
        box.addWidget(table, 1)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        return group

    def _build_stressors(self) -> QGroupBox:
        self.stressors_model = RecordListModel([
            ListColumn(self.tr("Stressor"), lambda s: s.stressor),
            ListColumn(self.tr("Noted"), lambda s: s.noted_on),
            ListColumn(self.tr("Status"), lambda s: self.tr("Current") if s.current else
                       self.tr("Resolved {day}").format(day=format_date(s.resolved_on))),
            ListColumn(self.tr("Note"), lambda s: _first_line(s.note)),
        ], self)  # fmt: skip
        self.stressors_table = list_table(self.stressors_model, self.tr("Stressors"))
        self.add_stressor_button = QPushButton(self.tr("&Note a stressor…"))
        self.edit_stressor_button = QPushButton(self.tr("Edit…"))
        self.resolve_button = QPushButton(self.tr("Resol&ve…"))
        self.add_stressor_button.clicked.connect(self._on_add_stressor_clicked)
        self.edit_stressor_button.clicked.connect(self._on_edit_stressor_clicked)
        self.resolve_button.clicked.connect(self._on_resolve_clicked)
        self.stressors_table.doubleClicked.connect(self._on_edit_stressor_clicked)
        return self._group(self.tr("Stressors"), self.stressors_table, (
            self.add_stressor_button, self.edit_stressor_button, self.resolve_button))  # fmt: skip

    def _build_factors(self) -> QGroupBox:
        self.factors_model = RecordListModel([
            ListColumn(self.tr("Protective factor"), lambda r: r[0]),
            ListColumn(self.tr("Rating"), lambda r: r[1].rating if r[1] else self.tr("Not rated")),
            ListColumn(self.tr("Since"), lambda r: r[1].rated_on if r[1] else None),
            ListColumn(self.tr("Note"), lambda r: _first_line(r[1].note) if r[1] else ""),
        ], self)  # fmt: skip
        self.factors_table = list_table(self.factors_model, self.tr("Protective factors"))
        self.rate_button = QPushButton(self.tr("&Rate…"))
        self.rate_button.clicked.connect(self._on_rate_clicked)
        self.factors_table.doubleClicked.connect(self._on_rate_clicked)
        return self._group(self.tr("Strengths (protective factors)"), self.factors_table,
                           (self.rate_button,))  # fmt: skip

    def _build_consents(self) -> QGroupBox:
        self.consent_label = QLabel()
        self.consent_label.setWordWrap(True)
        self.releases_model = RecordListModel([
            ListColumn(self.tr("Status"), self._release_status),
            ListColumn(self.tr("Release to: what may be shared"),
                       lambda r: f"{r.recipient}: {_first_line(r.shares, 60)}"),
        ], self)  # fmt: skip
        self.releases_table = list_table(self.releases_model, self.tr("Releases of information"))
        self.consent_button = QPushButton(self.tr("Record &consent…"))
        self.release_button = QPushButton(self.tr("Record a re&lease…"))
        self.revoke_button = QPushButton(self.tr("Revo&ke"))
        self.consent_button.clicked.connect(self._on_consent_clicked)
        self.release_button.clicked.connect(self._on_release_clicked)
        self.revoke_button.clicked.connect(self._on_revoke_clicked)
        return self._group(self.tr("Consents and releases"), self.releases_table, (
            self.consent_button, self.release_button, self.revoke_button),
            self.consent_label)  # fmt: skip

    def _build_referrals(self) -> QGroupBox:
        self.referrals_model = RecordListModel([
            ListColumn(self.tr("Made"), lambda r: r.made_on),
            ListColumn(self.tr("Type"), lambda r: r.referral_type),
            ListColumn(self.tr("For"), lambda r: r.for_whom or self.tr("Family")),
            ListColumn(self.tr("Agency"), lambda r: r.agency),
            ListColumn(self.tr("Status"), lambda r: referral_status(r, self.ctx.today())),
            ListColumn(self.tr("Outcome"), lambda r: _first_line(r.outcome, 40)),
        ], self)  # fmt: skip
        self.referrals_table = list_table(self.referrals_model, self.tr("Referrals"))
        self.refer_button = QPushButton(self.tr("&Make a referral…"))
        self.update_referral_button = QPushButton(self.tr("&Update…"))
        self.refer_button.clicked.connect(self._on_refer_clicked)
        self.update_referral_button.clicked.connect(self._on_update_referral_clicked)
        self.referrals_table.doubleClicked.connect(self._on_update_referral_clicked)
        self.referral_history = QLabel(self.tr("Choose a referral to see its history."))
        self.referral_history.setWordWrap(True)
        self.referrals_table.selectionModel().selectionChanged.connect(self._show_history)
        group = self._group(self.tr("Referrals"), self.referrals_table,
                            (self.refer_button, self.update_referral_button))  # fmt: skip
        box = group.layout()
        assert isinstance(box, QVBoxLayout)
        box.insertWidget(1, self.referral_history)
        return group

    def _show_history(self, *_args: object) -> None:
        referral = self._selected(self.referrals_table, self.referrals_model.records)
        if referral is None:
            self.referral_history.setText(self.tr("Choose a referral to see its history."))
            return
        self.referral_history.setText(
            self.tr("History: {steps}").format(steps=history_steps(referral) or "—")
        )

    def _release_status(self, release: ReleaseRecord) -> str:
        today = self.ctx.today()
        if release.revoked_on is not None and release.revoked_on <= today:
            return self.tr("Revoked {day}").format(day=format_date(release.revoked_on))
        until = format_date(release.expires_on)
        if release.expires_on <= today:
            return self.tr("Expired {day}").format(day=until)
        if release.expiring_on(today):
            return self.tr("Expires in {n} days ({day})").format(
                n=(release.expires_on - today).days, day=until
            )
        if release.current_on(today):
            return self.tr("In force until {day}").format(day=until)
        return self.tr("Signed for {day}").format(day=format_date(release.signed_on))

    # Loading --------------------------------------------------------------
    def set_access(self, relation: Relation) -> None:
        """Allow changes only to a user who may make them for this family (the record says)."""
        self.relation = relation
        for button in (self.add_stressor_button, self.edit_stressor_button, self.resolve_button,
                       self.rate_button, self.consent_button, self.release_button,
                       self.revoke_button):  # fmt: skip
            gate(button, self.ctx, Permission.CHANGE_FAMILY, relation)
        for button in (self.refer_button, self.update_referral_button):
            gate(button, self.ctx, Permission.WRITE_NOTE, relation)

    def refresh(self) -> None:
        """Read the family's context (through the runner) and show it."""
        svc, family_id = self.ctx.svc, self.family_id

        def read() -> tuple[FamilyRecord, FamilyContext]:
            return families.get_family(svc, family_id), context.read_context(svc, family_id)

        self._reads.start(read, self._show, self._on_failed)

    def _on_failed(self, exc: BaseException) -> None:
        raise exc  # the application's error handler shows it

    def _show(self, result: tuple[FamilyRecord, FamilyContext]) -> None:
        self.family, self.data = result
        data = self.data
        self.stressors_model.set_records(data.stressors)
        current = data.current_ratings
        self.factors_model.set_records([(f, current.get(f)) for f in ProtectiveFactor])
        # The five factors always show whole: the table is as tall as its rows.
        fit_rows(self.factors_table, min_rows=len(ProtectiveFactor), max_rows=len(ProtectiveFactor))
        self.releases_model.set_records(data.releases)
        self.referrals_model.set_records(data.referrals)
        self._show_history()
        if data.consents:
            c = data.consents[0]
            self.consent_label.setText(
                self.tr("Consent to services signed {day} by {who} (form {version}).").format(
                    day=format_date(c.signed_on), who=c.signed_by, version=c.form_version
                )
            )
        else:
            self.consent_label.setText(self.tr("No consent to services is recorded yet."))
        self.context_loaded.emit(data)

    def show_referral(self, referral_id: int) -> None:
        """Select and show referral ``referral_id`` (now if read, else once the tab has read)."""
        if self.data is None:
            self.context_loaded.connect(lambda _data: self._select_referral(referral_id),
                                        Qt.ConnectionType.SingleShotConnection)  # fmt: skip
            return
        self._select_referral(referral_id)

    def _select_referral(self, referral_id: int) -> None:
        rows = [i for i, r in enumerate(self.referrals_model.records) if r.id == referral_id]
        if rows:
            self.referrals_table.selectRow(rows[0])
            self.referrals_table.scrollTo(self.referrals_model.index(rows[0], 0))
            self.referrals_table.setFocus()

    # Slots ----------------------------------------------------------------
    def _selected(self, table: QTableView, records: Sequence[Any]) -> Any:
        rows = table.selectionModel().selectedRows()
        return records[rows[0].row()] if rows and rows[0].row() < len(records) else None

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def _on_add_stressor_clicked(self) -> None:
        self._open(StressorDialog(self.ctx, self.family_id, parent=self))

    def _on_edit_stressor_clicked(self, *_args: object) -> None:
        stressor = self._selected(self.stressors_table, self.stressors_model.records)
        if stressor is not None and self.edit_stressor_button.isEnabled():
            self._open(StressorDialog(self.ctx, self.family_id, stressor, parent=self))

    def _on_resolve_clicked(self) -> None:
        stressor = self._selected(self.stressors_table, self.stressors_model.records)
        if stressor is not None:
            self._open(StressorDialog(self.ctx, self.family_id, stressor, True, self))

    def _on_rate_clicked(self, *_args: object) -> None:
        if not self.rate_button.isEnabled():
            return
        row: tuple[ProtectiveFactor, StrengthRecord | None] | None = self._selected(
            self.factors_table, self.factors_model.records)  # fmt: skip
        factor, current = row if row is not None else (None, None)
        self._open(FactorDialog(self.ctx, self.family_id, factor, current, self))

    def _on_consent_clicked(self) -> None:
        self._open(ConsentDialog(self.ctx, self.family_id, self))

    def _on_release_clicked(self) -> None:
        self._open(ReleaseDialog(self.ctx, self.family_id, parent=self))

    def _on_revoke_clicked(self) -> None:
        release = self._selected(self.releases_table, self.releases_model.records)
        if release is not None:
            self._open(RevokeDialog(self.ctx, release, self))

    def _on_refer_clicked(self) -> None:
        if self.family is None or self.data is None:
            return
        self._open(ReferralDialog(self.ctx, self.family, releases=self.data.releases, parent=self))

    def _on_update_referral_clicked(self, *_args: object) -> None:
        referral = self._selected(self.referrals_table, self.referrals_model.records)
        if referral is None or self.family is None or self.data is None:
            return
        if not self.update_referral_button.isEnabled():
            return
        self._open(ReferralDialog(self.ctx, self.family, referral,
                                  releases=self.data.releases, parent=self))  # fmt: skip
