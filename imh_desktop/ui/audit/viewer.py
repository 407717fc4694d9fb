"""Tools > Audit log…: the audit events the user may see, filtered, sorted, found, exported.

Contract: the filters (who, case number, action, first and last day) are
applied by the service, which also decides what the user may see and records
the read; each change of filter (a case number once typed: Enter or leaving
the field) starts a read through ``ctx.runner`` and only the newest read's
result is shown. The find box filters the rows already
read, at once. Export writes the rows shown, in the order shown, to CSV.
Check integrity… opens the check of the whole trail (ui.audit.verify_dialog).
A check, a saved check report (from here or from Tools > Check audit
trail…) or an export of the log is published on ``ctx.bus`` as a change of
``Part.AUDIT``; the log, when shown, then reads again with the same filters,
keeping the selected event and the scroll (when hidden, it reads again once
shown). Opened again after a close, it is the same window, read again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.permissions import Permission
from imh_desktop.services.audit.export import write_audit_csv
from imh_desktop.services.audit.log import (
    AuditChoices,
    AuditFilter,
    AuditPage,
    audit_choices,
    list_audit_events,
)
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.ui.audit.model import AuditFilterProxy, AuditTableModel, action_label
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.errors import show_error
from imh_desktop.ui.common.i18n import user_message
from imh_desktop.ui.common.live import keep_place
from imh_desktop.ui.common.local_format import format_count
from imh_desktop.ui.common.permissions import gate
from imh_desktop.ui.common.reread import RereadWhenShown
from imh_desktop.ui.common.tasks import LatestOnly, run_task
from imh_desktop.ui.common.widgets import DateEdit, list_table, problem_label

DEFAULT_DAYS = 30  # the days offered when the days filter is first ticked


class AuditLogWindow(RereadWhenShown, QWidget):
    """The audit log for administrators (everything) and supervisors (their team)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Audit log"))
        self._reads = LatestOnly(ctx.runner, self)
        self._read_case = ""  # the case number of the last read
        self._last_filters: AuditFilter | None = None
        self._saved = ""  # the name of the file the last export saved
        self.model = AuditTableModel(ctx.clock.now().tzinfo, self)
        self.proxy = AuditFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._connect()
        self.reread_on(ctx.bus, Part.AUDIT)
        self.resize(1240, 720)
        svc = ctx.svc
        run_task(ctx.runner, lambda: audit_choices(svc), self._on_choices, self._on_failed, self)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.staff_combo = QComboBox()
        self.staff_combo.setAccessibleName(self.tr("Who"))
        self.staff_combo.addItem(self.tr("Anyone"), None)
        self.case_edit = QLineEdit()
        self.case_edit.setPlaceholderText(self.tr("e.g. IMH-2026-0042, then Enter"))
        self.case_edit.setMaxLength(32)
        self.case_edit.setClearButtonEnabled(True)
        self.case_edit.setAccessibleName(self.tr("Case number"))
        self.action_combo = QComboBox()
        self.action_combo.setAccessibleName(self.tr("Action"))
        self.action_combo.addItem(self.tr("Any action"), "")
        # Days filter only when ticked: the pickers then open on recent dates, not "no date".
        today = self.ctx.today()
        self.dates_check = QCheckBox(self.tr("&Days:"))
        self.dates_check.setToolTip(self.tr("Only the events of these days (your time)"))
        self.start_edit = DateEdit(today=today - dt.timedelta(days=DEFAULT_DAYS - 1))
        self.end_edit = DateEdit(today=today)
        self.start_edit.setAccessibleName(self.tr("First day"))
        self.end_edit.setAccessibleName(self.tr("Last day"))
        for label, widget in (
            (self.tr("&Who:"), self.staff_combo), (self.tr("&Case:"), self.case_edit),
            (self.tr("&Action:"), self.action_combo),
        ):  # fmt: skip
            caption = QLabel(label)
            caption.setBuddy(widget)
            bar.addWidget(caption)
            bar.addWidget(widget, 1)
        bar.addWidget(self.dates_check)
        bar.addWidget(self.start_edit, 1)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.end_edit, 1)
        self._on_dates_toggled(False)
        outer.addLayout(bar)
        find_row = QHBoxLayout()
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Find in the rows shown…"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setAccessibleName(self.tr("Find in the rows shown"))
        find_row.addWidget(self.find_edit, 1)
        outer.addLayout(find_row)
        self.message = problem_label(self)
        outer.addWidget(self.message)
        self.table = list_table(self.proxy, self.tr("Audit events"), alternating=True)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((130, 150, 160, 190, 120)):
            header.resizeSection(column, width)
        self.table.setWordWrap(False)
        outer.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Events shown"))
        self.check_button = QPushButton(self.tr("Check &integrity…"))
        self.check_button.setToolTip(
            self.tr("Check that nothing in the audit trail or a signed note was changed elsewhere")
        )
        gate(self.check_button, self.ctx, Permission.VIEW_AUDIT)
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)

    def _connect(self) -> None:
        self.staff_combo.currentIndexChanged.connect(self.reload)
        self.action_combo.currentIndexChanged.connect(self.reload)
        self.dates_check.toggled.connect(self._on_dates_toggled)
        self.dates_check.toggled.connect(self.reload)
        self.start_edit.dateChanged.connect(self._on_day_changed)
        self.end_edit.dateChanged.connect(self._on_day_changed)
        # A read per finished case number, not per keystroke: each read is recorded.
        self.case_edit.editingFinished.connect(self._on_case_finished)
        self.case_edit.textChanged.connect(self._on_case_changed)
        self.find_edit.textChanged.connect(self._on_find_changed)
        self.check_button.clicked.connect(self._on_check_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self.find_edit.setFocus)
        QShortcut(QKeySequence("Ctrl+W"), self).activated.connect(self.close)

    # --- reads ---------------------------------------------------------------

    def filters(self) -> AuditFilter:
        return AuditFilter(
            staff_id=self.staff_combo.currentData(),
            case_number=self.case_edit.text(),
            action=self.action_combo.currentData() or "",
            start=self.start_edit.value() if self.dates_check.isChecked() else None,
            end=self.end_edit.value() if self.dates_check.isChecked() else None,
        )

    def _on_dates_toggled(self, on: bool) -> None:
        self.start_edit.setEnabled(on)
        self.end_edit.setEnabled(on)

    def _on_choices(self, choices: AuditChoices) -> None:
        for combo in (self.staff_combo, self.action_combo):
            combo.blockSignals(True)
        for staff_id, name in choices.staff:
            self.staff_combo.addItem(name, staff_id)
        for action in choices.actions:
            self.action_combo.addItem(action_label(action), action)
        for combo in (self.staff_combo, self.action_combo):
            combo.blockSignals(False)
        self.reload()

    def _on_case_finished(self) -> None:
        if self.case_edit.text().strip() != self._read_case:
            self.reload()

    def _on_case_changed(self, text: str) -> None:
        if not text.strip() and self._read_case:  # cleared: everyone's events again
            self.reload()

    def _on_day_changed(self, *_args: object) -> None:
        if self.dates_check.isChecked():
            self.reload()

    def reload(self, *_args: object) -> None:
        """Read the events for the current filters (newest read wins)."""
        self._saved = ""
        self._read(keep=False)

    def refresh(self) -> None:
        """Read again for the same filters (a new audit event), keeping the place: the
        selected event stays selected and the scroll where it was."""
        self.mark_read()
        self._read(keep=True)

    def _read(self, keep: bool) -> None:
        # Read again (keep): the last read's filters, not a case number still being typed.
        last = self._last_filters
        filters = last if keep and last is not None else self.filters()
        self._last_filters = filters
        self.status_label.setText(self.tr("Reading…"))
        svc = self.ctx.svc
        self._read_case = filters.case_number.strip()
        self._reads.start(
            lambda: list_audit_events(svc, filters),
            lambda page: self._on_events(page, keep),
            self._on_failed,
        )

    def _on_events(self, page: AuditPage, keep: bool = False) -> None:
        self.message.hide()
        place = keep_place(self.table, self._event_id) if keep else contextlib.nullcontext()
        with place:
            self.model.set_events(page.events)
        self._show_count(page.truncated)

    def _event_id(self, row: int) -> int:
        """The id of the event shown in ``row`` of the table (as sorted and found)."""
        return self.model.events[self.proxy.mapToSource(self.proxy.index(row, 0)).row()].id

    def _show_count(self, truncated: bool | None = None) -> None:
        if truncated is not None:
            self._truncated = truncated
        shown, read = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("{0} events").format(format_count(read))
        if shown != read:
            text = self.tr("{0} of {1} events").format(format_count(shown), format_count(read))
        if getattr(self, "_truncated", False):
            text += self.tr(" (the newest only: narrow the filters to see older ones)")
        if self._saved:
            text += self.tr(" · saved {0}").format(self._saved)
        self.status_label.setText(text)

    def _on_failed(self, exc: BaseException) -> None:
        self.status_label.clear()
        if isinstance(exc, DomainError):
            self.message.setText(user_message(exc))
            self.message.show()
            return
        show_error(self, exc)

    def _on_find_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._show_count()

    def _on_check_clicked(self) -> None:
        from imh_desktop.ui.audit.verify_dialog import open_check

        self.check_dialog = open_check(self.ctx, self)

    # --- export --------------------------------------------------------------

    def export_to(self, path: Path) -> Path | None:
        """Write the rows shown to ``path`` as CSV; None (and a message) when refused."""
        try:
            saved = write_audit_csv(self.ctx.svc, self.proxy.shown_events(), path)
        except DomainError as exc:
            self._on_failed(exc)
            return None
        self._saved = saved.name  # said after the count until the filters change
        # The export is an event now: the log reads again (it is shown) and says the count.
        self.ctx.bus.publish(Change.of(None, Part.AUDIT))
        return saved

    def _on_export_clicked(self) -> None:
        if not self.ctx.exports.confirm(self, self.tr("the audit log")):
            return
        stamp = self.ctx.today().isoformat()
        suggested = str(Path.home() / f"audit-log-{stamp}.csv")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), suggested, self.tr("CSV files (*.csv)")
        )
        if not name:
            return
        self.export_to(Path(name))
