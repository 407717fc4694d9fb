"""The family's Screenings tab: open alerts and their follow-up, what is due, what was given.

Its loads go through ``ctx.runner``. A screening or follow-up saved from here
is published on ``ctx.bus`` by the dialog that saved it, and the tab is
reloaded by its owner (the family record) when a Change touches what it shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.enums import FollowUpKind
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.permissions import Permission, Relation
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.family import families
from imh_desktop.services.screenings import due as screenings_due
from imh_desktop.services.screenings import results as screenings
from imh_desktop.services.screenings.due import DueItem
from imh_desktop.services.screenings.results import AlertRecord, ScreeningRecord
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.i18n import user_message
from imh_desktop.ui.common.labels import label
from imh_desktop.ui.common.local_format import format_date, format_period, months_text
from imh_desktop.ui.common.permissions import gate
from imh_desktop.ui.common.screening_words import alert_text, band_text
from imh_desktop.ui.common.service_texts import domain_words
from imh_desktop.ui.common.tasks import LatestOnly
from imh_desktop.ui.common.widgets import (
    ListColumn,
    RecordListModel,
    fit_rows,
    list_table,
    problem_label,
)
from imh_desktop.ui.family.referral_dialog import ReferralDialog
from imh_desktop.ui.screenings.dialog import ScreeningDialog


class FollowUpDialog(QDialog):
    """Close an alert with its follow-up: make a referral, record a safety assessment, or
    no referral with a reason. The alert closes only then.

    "Make a referral" opens the referral dialog for this alert (``referral_dialog``);
    saving the referral closes the alert, and this dialog with it.
    """

    def __init__(self, ctx: AppContext, alert: AlertRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.alert = ctx, alert
        self.referral_dialog: ReferralDialog | None = None
        self.setWindowTitle(self.tr("Record the follow-up"))
        layout = QVBoxLayout(self)
        what = QLabel(self.tr("<b>{kind}</b> since {day}<br>{text}").format(
            kind=escape(label(alert.kind)), day=format_date(alert.opened_on),
            text=escape(alert_text(alert.text))))  # fmt: skip
        what.setWordWrap(True)
        layout.addWidget(what)
        form = QFormLayout()
        self.kind = QComboBox()
        choices = ((FollowUpKind.REFERRAL, self.tr("Make a referral")),
                   (FollowUpKind.SAFETY_ASSESSMENT, self.tr("Record a safety assessment")),
                   (FollowUpKind.NO_REFERRAL, self.tr("No referral, with a reason")))  # fmt: skip
        for kind, text in choices:
            self.kind.addItem(text, kind.value)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What was done; for “no referral”, say why"))
        form.addRow(self.tr("&Follow-up:"), self.kind)
        form.addRow(self.tr("&Note:"), self.note)
        layout.addLayout(form)
        self.error = problem_label(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.kind.setCurrentIndex(1)  # a referral is a choice made on purpose, not a default
        self._on_kind_changed()
        self.resize(520, 320)

    def chosen(self) -> FollowUpKind:
        return FollowUpKind(self.kind.currentData())

    def _on_kind_changed(self, *_args: object) -> None:
        referral = self.chosen() is FollowUpKind.REFERRAL
        self.note.setEnabled(not referral)
        self.save_button.setText(self.tr("Make the referral…") if referral else self.tr("Save"))

    def _on_buttons_accepted(self) -> None:
        if self.chosen() is FollowUpKind.REFERRAL:
            family = families.get_family(self.ctx.svc, self.alert.family_id)
            self.referral_dialog = ReferralDialog(self.ctx, family, alert=self.alert, parent=self)
            self.referral_dialog.accepted.connect(self.accept)
            self.referral_dialog.open()
            return
        try:
            screenings.resolve_alert(
                self.ctx.svc, self.alert.id, self.chosen(), self.note.toPlainText()
            )
        except DomainError as exc:
            self.error.setText(user_message(exc))
            self.error.show()
            return
        self.ctx.bus.publish(Change.of(self.alert.family_id, Part.ALERTS))
        self.accept()


def _follow_up(alert: AlertRecord) -> str:
    """An alert's follow-up: still needed, or what was done, by whom, and the note."""
    if alert.is_open:
        return QCoreApplication.translate("ScreeningsTab", "Open — follow-up needed")
    done = QCoreApplication.translate("ScreeningsTab", "{kind} by {name}").format(
        kind=label(alert.follow_up_kind) if alert.follow_up_kind else "",
        name=alert.resolved_by_name,
    )
    return f"{done}: {alert.follow_up_note}" if alert.follow_up_note else done


def _flags(screening: ScreeningRecord) -> str:
    if screening.urgent:
        return QCoreApplication.translate("ScreeningsTab", "Urgent")
    return QCoreApplication.translate("ScreeningsTab", "Positive") if screening.positive else ""


def _window(item: DueItem) -> str:
    return format_period(item.due.window_start, item.due.window_end)


def _due_order(item: DueItem) -> tuple[int, int, str]:
    """Due now first, then overdue (most recent window first), then upcoming."""
    rank = {"due": 0, "overdue": 1, "upcoming": 2}[item.due.status]
    start = item.due.window_start.toordinal()
    return (rank, -start if rank == 1 else start, item.subject_name)


@dataclass(frozen=True)
class ScreeningsData:
    """What the tab shows, read in one task."""

    alerts: list[AlertRecord]
    due: list[DueItem]
    given: list[ScreeningRecord]


def read_screenings(svc: ServiceContext, family_id: int) -> ScreeningsData:
    """The family's alerts, screenings due today (in order) and screenings given."""
    due = screenings_due.family_screenings_due(svc, family_id, svc.today())
    return ScreeningsData(
        screenings.list_alerts(svc, family_id),
        sorted(due, key=_due_order),
        screenings.list_screenings(svc, family_id),
    )


class ScreeningsTab(QWidget):
    """Screenings of one family: alerts and follow-up, what is due, what was given."""

    def __init__(
        self, ctx: AppContext, family_id: int, parent: QWidget | None = None, load: bool = True
    ) -> None:
        super().__init__(parent)
        self.ctx, self.family_id = ctx, family_id
        self.dialog: QDialog | None = None
        self.relation: Relation | None = None  # until the record has read the family
        self._reads = LatestOnly(ctx.runner, self)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.record_button = QPushButton(self.tr("&Record a screening…"))
        self.follow_up_button = QPushButton(self.tr("Record &follow-up…"))
        bar.addWidget(self.record_button)
        bar.addWidget(self.follow_up_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.alerts_model = RecordListModel([
            ListColumn(QT_TRANSLATE_NOOP("ListColumn", "Opened"), lambda a: a.opened_on),
            ListColumn(QT_TRANSLATE_NOOP("ListColumn", "Kind"), lambda a: a.kind),
            ListColumn(QT_TRANSLATE_NOOP("ListColumn", "Alert"), lambda a: alert_text(a.text)),
            ListColumn(QT_TRANSLATE_NOOP("ListColumn", "Follow-up"), _follow_up),
        ], self)  # fmt: skip
        self.due_model = RecordListModel([
            ListColumn(QT_TRANSLATE_NOOP("ListColumn", "Status"), lambda i: domain_words(i.due.status).capitalize()),  # noqa: E501
            ListColumn(QT_TRANSLATE_NOOP("ListColumn", "Screening"), lambda i: domain_words(i.due.label)),  # noqa: E501
            ListColumn(QT_TRANSLATE_NOOP("ListColumn", "For"), lambda i: i.subject_name),
            ListColumn(QT_TRANSLATE_NOOP("ListColumn", "Window"), _window),
        ], self)  # fmt: skip
        self.given_model = RecordListModel([
            ListColumn(QT_TRANSLATE_NOOP("ListColumn", "Date"), lambda s: s.given_on),
            ListColumn(QT_TRANSLATE_NOOP("ListColumn", "Instrument"), lambda s: s.instrument),
            ListColumn(QT_TRANSLATE_NOOP("ListColumn", "About"), lambda s: s.subject_name),
            ListColumn(QT_TRANSLATE_NOOP("ListColumn", "Interval"), lambda s: months_text(s.interval_months) if s.interval_months  # noqa: E501
                       else ""),
            ListColumn(QT_TRANSLATE_NOOP("ListColumn", "Total"), lambda s: s.total, align_right=True),  # noqa: E501
            ListColumn(QT_TRANSLATE_NOOP("ListColumn", "Result"), lambda s: band_text(s.band)),
            ListColumn(QT_TRANSLATE_NOOP("ListColumn", "Flags"), _flags),
        ], self)  # fmt: skip
        self.alerts_table = list_table(
            self.alerts_model, QCoreApplication.translate("ScreeningsTab", "Alerts")
        )
        self.due_table = list_table(
            self.due_model, QCoreApplication.translate("ScreeningsTab", "Screenings due")
        )
        self.given_table = list_table(
            self.given_model, QCoreApplication.translate("ScreeningsTab", "Screenings given")
        )
        # Alerts and due screenings are a few rows; the screenings given grow for years.
        for title, table, stretch in ((self.tr("Alerts"), self.alerts_table, 0),
                                      (self.tr("Due, overdue and upcoming"), self.due_table, 0),
                                      (self.tr("Given"), self.given_table, 3)):  # fmt: skip
            group = QGroupBox(title)
            QVBoxLayout(group).addWidget(table)
            layout.addWidget(group, stretch)
        self.record_button.clicked.connect(self._on_record_clicked)
        self.follow_up_button.clicked.connect(self._on_follow_up_clicked)
        self.alerts_table.doubleClicked.connect(self._on_follow_up_clicked)
        self.alerts_table.selectionModel().selectionChanged.connect(self._on_alert_selected)
        if load:  # the family record loads its tabs once it may read the family
            self.refresh()

    def set_access(self, relation: Relation) -> None:
        """Allow recording only to a user who may write for this family (the record says)."""
        self.relation = relation
        gate(self.record_button, self.ctx, Permission.WRITE_NOTE, relation)
        self._on_alert_selected()

    def refresh(self) -> None:
        """Reload alerts, what is due and what was given (through the runner)."""
        svc, family_id = self.ctx.svc, self.family_id
        self._reads.start(lambda: read_screenings(svc, family_id), self._show, self._on_failed)

    def _on_failed(self, exc: BaseException) -> None:
        raise exc  # the application's error handler shows it

    def _show(self, data: ScreeningsData) -> None:
        self.alerts_model.set_records(data.alerts)
        self.due_model.set_records(data.due)
        self.given_model.set_records(data.given)
        fit_rows(self.alerts_table)
        fit_rows(self.due_table)
        open_rows = [i for i, a in enumerate(self.alerts_model.records) if a.is_open]
        if open_rows:
            self.alerts_table.selectRow(open_rows[0])
        self._on_alert_selected()

    def _selected_alert(self) -> AlertRecord | None:
        rows = self.alerts_table.selectionModel().selectedRows()
        return self.alerts_model.records[rows[0].row()] if rows else None

    def _on_alert_selected(self, *_args: object) -> None:
        alert = self._selected_alert()
        gate(self.follow_up_button, self.ctx, Permission.WRITE_NOTE, self.relation,
             enabled=alert is not None and alert.is_open)  # fmt: skip

    def _on_record_clicked(self) -> None:
        family = families.get_family(self.ctx.svc, self.family_id)
        self.dialog = ScreeningDialog(self.ctx, family, parent=self)
        self.dialog.open()

    def _on_follow_up_clicked(self, *_args: object) -> None:
        alert = self._selected_alert()
        if alert is None or not alert.is_open or not self.follow_up_button.isEnabled():
            return
        self.dialog = FollowUpDialog(self.ctx, alert, self)
        self.dialog.open()
