"""Check integrity…: walk the audit trail in the background and show what it found.

For administrators and supervisors (Permission.VIEW_AUDIT), from the audit
log window's button or Tools > Check audit trail…. The check
(services.audit.verify.verify_audit_trail, which records the run) runs
through ``ctx.runner`` with a progress bar; the dialog is not modal, so the
rest of the app stays in use, and Stop ends the walk at its next batch (the
service then records nothing). One check at a time: :func:`open_check`
brings the open dialog forward. Intact: the counts and the head to note down
for a later check, with a Copy button. Broken: each broken link and each
note changed outside the app in a table, and Save report… writes them to an
owner-only text file (services.audit.verify_report). A finished check and a
saved report are audit events: each is published on ``ctx.bus`` as a change
of ``Part.AUDIT``, so an open audit log shows it.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.errors import DomainError
from imh_desktop.services.audit.verify import (
    AuditVerification,
    VerifyCancelled,
    parse_anchor,
    verify_audit_trail,
)
from imh_desktop.services.audit.verify_report import save_verify_report
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.ui.audit.verify_texts import break_row, details, headline, note_row, report_text
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.errors import show_error
from imh_desktop.ui.common.i18n import user_message
from imh_desktop.ui.common.local_format import format_count, format_date
from imh_desktop.ui.common.tasks import Task, TaskContext
from imh_desktop.ui.common.widgets import problem_label, read_only_table, warning_color

MAX_ROWS = 1000  # rows the table shows; the saved report lists them all

_open: list[VerifyDialog] = []  # the one check dialog, while it exists


def open_check(ctx: AppContext, parent: QWidget | None = None) -> VerifyDialog:
    """Open the check dialog, or bring forward the one already open (one check at a time)."""
    current = _open[0] if _open and shiboken6.isValid(_open[0]) else None
    if current is not None and current.ctx is ctx and (current.isVisible() or current.running):
        dialog = current
    else:
        dialog = VerifyDialog(ctx, parent)
        _open[:] = [dialog]
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


class VerifyDialog(QDialog):
    """Checks the audit trail and every signed note; shows and saves what it found."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: Task | None = None
        self.outcome: AuditVerification | None = None
        self.setWindowTitle(self.tr("Check the audit trail"))
        self.setModal(False)
        self._build()
        self.resize(900, 560)

    @property
    def running(self) -> bool:
        return self.task is not None

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Walks every event of the audit trail and checks every signed note against its seal, "
            "to find anything changed outside the app. On a large database this takes a minute "
            "or more; you can keep working meanwhile."
        ))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        caption = QLabel(self.tr("&Head noted earlier (optional):"))
        self.anchor_edit = QLineEdit()
        self.anchor_edit.setPlaceholderText(self.tr("LANE:NO:HASH from an earlier check"))
        self.anchor_edit.setMaxLength(120)
        self.anchor_edit.setAccessibleName(self.tr("Head noted earlier"))
        caption.setBuddy(self.anchor_edit)
        self.start_button = QPushButton(self.tr("&Start check"))
        self.start_button.setDefault(True)
        row.addWidget(caption)
        row.addWidget(self.anchor_edit, 1)
        row.addWidget(self.start_button)
        layout.addLayout(row)
        self.message = problem_label(self)
        layout.addWidget(self.message)
        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress of the check"))
        self.progress.hide()
        self.stop_button = QPushButton(self.tr("S&top"))
        self.stop_button.hide()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.stop_button)
        layout.addLayout(progress_row)
        self.headline = QLabel()
        font = self.headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.headline.setFont(font)
        self.headline.setAccessibleName(self.tr("Result of the check"))
        layout.addWidget(self.headline)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("What the check found"))
        layout.addWidget(self.status_label)
        # The caption above the head: the head's 64 hex digits take the whole width.
        self.head_caption = QLabel(self.tr("Head of the trail (note it down for a later check):"))
        layout.addWidget(self.head_caption)
        head_row = QHBoxLayout()
        self.head_edit = QLineEdit()
        self.head_edit.setReadOnly(True)
        self.head_edit.setAccessibleName(self.tr("Head of the trail"))
        self.copy_button = QPushButton(self.tr("&Copy"))
        head_row.addWidget(self.head_edit, 1)
        head_row.addWidget(self.copy_button)
        layout.addLayout(head_row)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Lane"), self.tr("Event No."), self.tr("Case number"), self.tr("Visit date"),
            self.tr("What is wrong"),
        ])  # fmt: skip
        read_only_table(self.table, self.tr("What the check found"), alternating=True)
        layout.addWidget(self.table, 100)
        layout.addStretch(1)  # keeps the rows above together while the table is hidden
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save report…"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self._show_result(None)
        self.start_button.clicked.connect(self.start)
        self.anchor_edit.returnPressed.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.close_button.clicked.connect(self.close)

    # --- the check -----------------------------------------------------------

    def start(self) -> None:
        """Start a check (with the head noted earlier, if given); bad input starts nothing."""
        if self.running:
            return
        self.message.hide()
        try:
            text = self.anchor_edit.text().strip()
            anchor = parse_anchor(text) if text else None
        except DomainError as exc:
            self.message.setText(user_message(exc))
            self.message.show()
            self.anchor_edit.setFocus()
            return
        self._show_result(None)
        svc = self.ctx.svc

        def work(context: TaskContext) -> AuditVerification:
            return verify_audit_trail(
                svc, anchor, progress=lambda done, total: context.progress(done, total),
                cancelled=context.cancelled,
            )  # fmt: skip

        # No parent: the runner keeps the task alive, even if this dialog goes first.
        task = self.task = Task(work)
        task.progressed.connect(self._on_task_progressed)
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        self._set_running(True)
        self.ctx.runner.start(task)

    def stop(self) -> None:
        """Ask the check to stop at its next batch of events."""
        if self.task is not None:
            self.task.cancel()
            self.stop_button.setEnabled(False)
            self.status_label.setText(self.tr("Stopping…"))

    def _set_running(self, on: bool) -> None:
        self.start_button.setEnabled(not on)
        self.anchor_edit.setReadOnly(on)
        self.progress.setVisible(on)
        self.stop_button.setVisible(on)
        self.stop_button.setEnabled(on)
        if on:
            self.progress.setRange(0, 0)
            self.status_label.setText(self.tr("Reading the audit trail…"))

    @Slot(int, int, str)
    def _on_task_progressed(self, done: int, total: int, _text: str) -> None:
        if self.sender() is not self.task or self.task is None or self.task.is_cancelled:
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status_label.setText(
            self.tr("Checked {0} of {1} events and signed notes…").format(
                format_count(done), format_count(total)
            )
        )

    @Slot(object)
    def _on_task_succeeded(self, result: AuditVerification) -> None:
        if self.sender() is self.task:
            self.task = None
            self._set_running(False)
            self._show_result(result)
            self._publish_recorded()  # the check is a "verify" event now

    @Slot(object)
    def _on_task_failed(self, exc: BaseException) -> None:
        if self.sender() is not self.task:
            return
        self.task = None
        self._set_running(False)
        if isinstance(exc, VerifyCancelled):
            self.status_label.setText(self.tr("Stopped: the check did not finish."))
        elif isinstance(exc, DomainError):
            self.status_label.clear()
            self.message.setText(user_message(exc))
            self.message.show()
        else:
            self.status_label.clear()
            show_error(self, exc)

    # --- the result ----------------------------------------------------------

    def _show_result(self, result: AuditVerification | None) -> None:
        self.outcome = result
        for widget in (self.head_caption, self.head_edit, self.copy_button, self.save_button):
            widget.setVisible(result is not None)
        self.table.setVisible(result is not None and not result.ok)
        self.table.setRowCount(0)
        self.copy_button.setText(self.tr("&Copy"))
        self.headline.setVisible(result is not None)
        if result is None:
            self.status_label.clear()
            self.head_edit.clear()
            return
        self.headline.setText(headline(result))
        color = "" if result.ok else f"color: {warning_color(self.palette()).name()};"
        self.headline.setStyleSheet(color)
        self.status_label.setText(details(result))
        self.head_edit.setText(result.anchor)
        rows = [(*break_row(b)[:2], "", "", break_row(b)[2]) for b in result.breaks]
        rows += [("", "", *note_row(n)) for n in result.tampered_notes]
        self.table.setRowCount(min(len(rows), MAX_ROWS))
        for r, cells in enumerate(rows[:MAX_ROWS]):
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        if len(rows) > MAX_ROWS:
            more = self.tr("Only the first {0} are listed here; the saved report lists all {1}.")
            more = more.format(format_count(MAX_ROWS), format_count(len(rows)))
            self.status_label.setText(f"{self.status_label.text()} {more}")

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.head_edit.text())
        self.copy_button.setText(self.tr("Copied"))

    def save_to(self, path: Path) -> Path | None:
        """Write the report of the last check to ``path``; None (and a message) when refused."""
        if self.outcome is None:
            return None
        now = self.ctx.clock.now()
        when = f"{format_date(now.date())} {now:%H:%M}"
        try:
            saved = save_verify_report(self.ctx.svc, report_text(self.outcome, when), path)
        except DomainError as exc:
            self.message.setText(user_message(exc))
            self.message.show()
            return None
        self._publish_recorded()  # the save is an "export" event now
        return saved

    def _publish_recorded(self) -> None:
        """Tell the views of the audit trail (the audit log) that it holds a new event."""
        self.ctx.bus.publish(Change.of(None, Part.AUDIT))

    def _on_save_clicked(self) -> None:
        if self.outcome is None:
            return
        if not self.ctx.exports.confirm(self, self.tr("the check's report")):
            return
        suggested = str(Path.home() / f"audit-check-{self.ctx.today().isoformat()}.txt")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the check's report"), suggested, self.tr("Text files (*.txt)")
        )
        if name and (saved := self.save_to(Path(name))) is not None:
            self.message.hide()
            self.status_label.setText(
                f"{details(self.outcome)} {self.tr('Saved {0}').format(saved.name)}"
            )

    def reject(self) -> None:
        """Close (Close, Escape, the window's X, signing out): a check still running stops."""
        self.stop()
        super().reject()
