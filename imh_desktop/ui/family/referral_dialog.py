"""Make or update a referral; from the record, a visit, or the follow-up of a screen's alert.

A referral that shares information needs a release in force for its agency:
the dialog says whether there is one, as the agency is typed, and offers to
record one (the release dialog opens over it, with the agency filled in).
Saved from an alert, the referral closes that alert. Updating a referral shows
its history (each status reached, on which day, by whom, with the note then);
a new status or outcome note adds a row to it. Saving publishes the family's
context (and alerts) on ``ctx.bus``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.enums import ReferralStatus, ReferralType
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.family_context import MAX_AGENCY, ReferralInput
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.common.records import FamilyRecord
from imh_desktop.services.family import context, referrals
from imh_desktop.services.family.consents import ReleaseRecord
from imh_desktop.services.family.referrals import ReferralRecord
from imh_desktop.services.screenings.results import AlertRecord
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.i18n import user_message
from imh_desktop.ui.common.labels import label
from imh_desktop.ui.common.local_format import format_date
from imh_desktop.ui.common.screening_words import alert_text
from imh_desktop.ui.common.widgets import (
    DateEdit,
    EnumCombo,
    FieldForm,
    ListColumn,
    RecordListModel,
    fit_rows,
    list_table,
    warning_color,
)
from imh_desktop.ui.family.context_dialogs import ReleaseDialog

FOLLOW_UP_DAYS = 14  # a new referral's follow-up date, by default


class ReferralDialog(QDialog):
    """One referral's form. ``saved`` is the referral saved."""

    def __init__(
        self, ctx: AppContext, family: FamilyRecord, referral: ReferralRecord | None = None, *,
        alert: AlertRecord | None = None, visit_id: int | None = None,
        releases: Sequence[ReleaseRecord] | None = None, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx, self.family, self.referral, self.alert = ctx, family, referral, alert
        self.visit_id = referral.visit_id if referral is not None else visit_id
        self.saved: ReferralRecord | None = None
        self.release_dialog: ReleaseDialog | None = None
        if releases is None:
            releases = context.read_context(ctx.svc, family.id).releases
        self.releases = list(releases)
        self.setWindowTitle(
            self.tr("Make a referral") if referral is None else self.tr("Update referral")
        )
        layout = QVBoxLayout(self)
        if alert is not None:
            what = escape(alert_text(alert.text))
            about = QLabel(self.tr("<b>Follow-up of:</b> {text}<br>Saving the referral closes "
                                   "this alert.").format(text=what))  # fmt: skip
            about.setWordWrap(True)
            layout.addWidget(about)
        self.form = f = FieldForm()
        self.kind = f.add_field(
            "referral_type",
            self.tr("&Type:"),
            EnumCombo(list(ReferralType)),
        )
        self.for_whom = f.add_field("for_whom", self.tr("&For:"), QComboBox())
        self._people: list[tuple[int | None, int | None]] = [(None, None)]
        self.for_whom.addItem(self.tr("The whole family"))
        for carer in family.caregivers:
            self.for_whom.addItem(carer.full_name)
            self._people.append((carer.id, None))
        for child in family.children:
            self.for_whom.addItem(child.full_name)
            self._people.append((None, child.id))
        self.agency = f.add_field("agency", self.tr("&Agency:"), QLineEdit())
        self.agency.setMaxLength(MAX_AGENCY)
        self.made_on = f.add_field("made_on", self.tr("&Made on:"), DateEdit(today=ctx.today()))
        self.reason = f.add_field("reason", self.tr("&Reason:"), QPlainTextEdit())
        self.reason.setTabChangesFocus(True)
        f.fix_height(self.reason, 60)
        shares = QCheckBox(self.tr("&Information about the family is shared with the agency"))
        self.shares = f.add_field("shares_information", self.tr("Sharing:"), shares)
        release_row = QWidget()
        row = QHBoxLayout(release_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.release_label = QLabel()
        self.release_label.setWordWrap(True)
        self.release_button = QPushButton(self.tr("Record a re&lease…"))
        row.addWidget(self.release_label, 1)
        row.addWidget(self.release_button)
        f.add_field("release", self.tr("Release:"), release_row)
        self.status = f.add_field("status", self.tr("&Status:"), EnumCombo(list(ReferralStatus)))
        self.follow_up_on = f.add_field("follow_up_on", self.tr("F&ollow up on:"),
                                        DateEdit(optional=True))  # fmt: skip
        self.outcome = f.add_field("outcome", self.tr("O&utcome:"), QPlainTextEdit())
        self.outcome.setTabChangesFocus(True)
        f.fix_height(self.outcome, 60)
        self.history = RecordListModel([
            ListColumn(self.tr("Day"), lambda c: c.changed_on),
            ListColumn(self.tr("Status"), lambda c: c.status),
            ListColumn(self.tr("By"), lambda c: c.changed_by_name),
            ListColumn(self.tr("Note then"), lambda c: c.note.split("\n", 1)[0]),
        ], self)  # fmt: skip
        self.history_table = list_table(self.history, self.tr("The referral's history"))
        if referral is not None:
            f.add_field("history", self.tr("History:"), self.history_table)
            self.history.set_records(referral.history)
            fit_rows(self.history_table, min_rows=1, max_rows=4)
            f.fix_height(self.history_table, self.history_table.maximumHeight())
        layout.addWidget(f)
        layout.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill()
        self.agency.textChanged.connect(self._show_release)
        self.shares.toggled.connect(self._show_release)
        self.made_on.dateChanged.connect(self._show_release)
        self.release_button.clicked.connect(self._on_release_clicked)
        self._show_release()
        self.resize(680, 660 if referral is not None else 600)

    def _fill(self) -> None:
        r = self.referral
        if r is None:
            self.follow_up_on.set_value(self.ctx.today() + dt.timedelta(days=FOLLOW_UP_DAYS))
            return
        self.kind.set_value(r.referral_type)
        self.for_whom.setCurrentIndex(max(self._people.index((r.caregiver_id, r.child_id)), 0))
        self.agency.setText(r.agency)
        self.made_on.set_value(r.made_on)
        self.reason.setPlainText(r.reason)
        self.shares.setChecked(r.shares_information)
        self.status.set_value(r.status)
        self.follow_up_on.set_value(r.follow_up_on)
        self.outcome.setPlainText(r.outcome)

    def current_release(self) -> ReleaseRecord | None:
        """The release in force for the agency typed, on the day of the referral."""
        agency, day = self.agency.text().strip(), self.made_on.value() or self.ctx.today()
        found = [r for r in self.releases if agency and r.covers(agency) and r.current_on(day)]
        return max(found, key=lambda r: r.expires_on) if found else None

    def _show_release(self, *_args: object) -> None:
        sharing = self.shares.isChecked()
        release = self.current_release() if sharing else None
        if not sharing:
            text, warn = (
                self.tr("No information is shared, so no release is needed."),
                False,
            )
        elif release is not None:
            text = self.tr("Release in force for {agency}, until {day}.").format(
                agency=release.recipient, day=format_date(release.expires_on)
            )
            warn = False
        else:
            text = self.tr(
                "Sharing information needs a release of information in force for "
                "this agency. None is recorded: record the signed release first."
            )
            warn = True  # fmt: skip
        self.release_label.setText(text)
        color = warning_color(self.palette()).name() if warn else ""
        self.release_label.setStyleSheet(f"color: {color};" if warn else "")
        self.release_button.setVisible(sharing and release is None)

    def _on_release_clicked(self) -> None:
        self.release_dialog = ReleaseDialog(self.ctx, self.family.id, self.agency.text(), self)
        self.release_dialog.accepted.connect(self._on_release_recorded)
        self.release_dialog.open()

    def _on_release_recorded(self) -> None:
        if self.release_dialog is not None and self.release_dialog.saved is not None:
            self.releases.append(self.release_dialog.saved)
        self._show_release()

    def referral_input(self) -> ReferralInput:
        carer, child = self._people[max(self.for_whom.currentIndex(), 0)]
        return ReferralInput(
            ReferralType(self.kind.value()), self.agency.text(),
            self.made_on.value() or self.ctx.today(), self.reason.toPlainText(),
            ReferralStatus(self.status.value()), self.follow_up_on.value(),
            self.outcome.toPlainText(), carer, child, self.visit_id, self.shares.isChecked(),
        )  # fmt: skip

    def _on_buttons_accepted(self) -> None:
        self.form.clear_errors()
        svc, data = self.ctx.svc, self.referral_input()
        try:
            if self.referral is None:
                alert_id = self.alert.id if self.alert is not None else None
                self.saved = referrals.make_referral(svc, self.family.id, data, alert_id)
            else:
                self.saved = referrals.update_referral(
                    svc, self.referral.id, data, self.referral.version
                )
        except DomainError as exc:
            if not self.form.show_error(exc.field, user_message(exc)):
                self.form.show_error("agency", user_message(exc))
            return
        parts = (Part.CONTEXT, Part.ALERTS) if self.alert is not None else (Part.CONTEXT,)
        self.ctx.bus.publish(Change.of(self.family.id, *parts))
        self.accept()


def referral_status(referral: ReferralRecord, today: dt.date) -> str:
    """The referral's status in words, with its follow-up date while it waits for news."""
    if referral.follow_up_on is None or referral.status is not ReferralStatus.MADE:
        return label(referral.status)
    day = format_date(referral.follow_up_on)
    if referral.overdue_on(today):
        return QCoreApplication.translate("ReferralDialog", "Follow-up overdue ({day})").format(
            day=day
        )
    return QCoreApplication.translate("ReferralDialog", "Made, follow up {day}").format(day=day)


def history_steps(referral: ReferralRecord) -> str:
    """The statuses a referral reached, in one line: "Made 3 Nov 2026 → Connected 20 Nov 2026"."""
    steps: list[str] = []
    last: ReferralStatus | None = None
    for change in referral.history:
        if change.status is not last:
            steps.append(f"{label(change.status)} {format_date(change.changed_on)}")
            last = change.status
    return " → ".join(steps)
