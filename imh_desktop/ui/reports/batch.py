"""Batch progress reports: many families, one period, one folder, in the background.

The data is gathered and the PDFs rendered by a task on the context's
runner (a thread that drives a pool of worker processes), so the window
stays responsive; a progress bar follows it and Cancel stops the reports not
yet started.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.errors import DomainError
from imh_desktop.services.caseload.table import CaseloadRow
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.errors import show_error
from imh_desktop.ui.common.tasks import Task, TaskContext
from imh_desktop.ui.common.widgets import DateEdit
from imh_desktop.ui.reports.tab import quarter_start

if TYPE_CHECKING:
    from imh_desktop.reports.batch import BatchResult


def gather_and_render(
    ctx: ServiceContext, family_ids: list[int], start: dt.date, end: dt.date, folder: str,
    context: TaskContext, password: str | None = None,
) -> BatchResult:  # fmt: skip
    """The background work: fetch each family's data, then render them in processes.

    ``password``: every report is encrypted with it (AES-256).
    """
    from imh_desktop.reports.batch import BatchResult, plan_jobs, render_batch
    from imh_desktop.services.reports import check_period, progress_report_data

    check_period(start, end, ctx.today())
    total = len(family_ids)
    datas = []
    for index, family_id in enumerate(family_ids):
        if context.cancelled():
            return BatchResult((), (), True)
        datas.append(progress_report_data(ctx, family_id, start, end))
        context.progress(index + 1, total * 2, "Gathering data…")
    return render_batch(
        plan_jobs(datas, folder, password),
        progress=lambda done, _, case: context.progress(total + done, total * 2, case),
        cancelled=context.cancelled,
    )


class BatchReportDialog(QDialog):
    """Choose families, a period and a folder; write one progress report per family."""

    def __init__(
        self, ctx: AppContext, rows: list[CaseloadRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Batch progress reports"))
        self.ctx, self.rows = ctx, rows
        today = ctx.today()
        self.task: Task | None = None
        self.batch_result: BatchResult | None = None

        self.specialist_combo = QComboBox()
        self.specialist_combo.setAccessibleName(self.tr("Specialist"))
        self.specialist_combo.addItem(self.tr("All specialists"), None)
        for staff_id, name in sorted({(r.specialist_id, r.specialist_name) for r in rows},
                                     key=lambda s: s[1]):  # fmt: skip
            self.specialist_combo.addItem(name, staff_id)
        self.family_list = QListWidget()
        self.family_list.setAccessibleName(self.tr("Families"))
        self.all_button, self.none_button = (
            QPushButton(self.tr("Select &all")),
            QPushButton(self.tr("Select &none")),
        )
        picks = QHBoxLayout()
        picks.addWidget(self.all_button)
        picks.addWidget(self.none_button)
        picks.addStretch(1)
        self.from_edit, self.to_edit = DateEdit(), DateEdit()
        self.from_edit.set_value(quarter_start(today))
        self.to_edit.set_value(today)
        self.from_edit.setAccessibleName(self.tr("Period from"))
        self.to_edit.setAccessibleName(self.tr("Period to"))
        dates = QHBoxLayout()
        dates.addWidget(self.from_edit)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.to_edit)
        dates.addStretch(1)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self.folder_edit = QLineEdit(documents)
        self.folder_edit.setAccessibleName(self.tr("Output folder"))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        folder = QHBoxLayout()
        folder.addWidget(self.folder_edit, 1)
        folder.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("Specialist:"), self.specialist_combo)
        form.addRow(self.tr("Families:"), self.family_list)
        form.addRow("", picks)
        form.addRow(self.tr("Period:"), dates)
        form.addRow(self.tr("Save to:"), folder)

        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Progress"))
        self.progress_bar.setTextVisible(True)
        self.progress_bar.hide()  # shown once reports are being written
        self.status_label = QLabel("")
        self.status_label.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.generate_button = self.buttons.addButton(
            "&Write reports", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_folder_button = self.buttons.addButton(
            "&Open folder", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.open_folder_button.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

        self.specialist_combo.currentIndexChanged.connect(self._on_specialist_changed)
        self.all_button.clicked.connect(self._on_all_clicked)
        self.none_button.clicked.connect(self._on_none_clicked)
        self.browse_button.clicked.connect(self._on_browse_clicked)
        self.generate_button.clicked.connect(self._on_generate_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.open_folder_button.clicked.connect(self._on_open_folder_clicked)
        self.close_button.clicked.connect(self.reject)
        self.family_list.itemChanged.connect(self._on_family_changed)
        self._fill_families()
        self._set_running(False)
        self.resize(560, 620)

    # State -----------------------------------------------------------------
    def checked_family_ids(self) -> list[int]:
        items = (self.family_list.item(i) for i in range(self.family_list.count()))
        return [
            i.data(Qt.ItemDataRole.UserRole)
            for i in items
            if i.checkState() == Qt.CheckState.Checked
        ]

    def _fill_families(self) -> None:
        staff_id = self.specialist_combo.currentData()
        self.family_list.blockSignals(True)
        self.family_list.clear()
        for row in self.rows:
            if staff_id is not None and row.specialist_id != staff_id:
                continue
            item = QListWidgetItem(
                f"{row.case_number}  {row.family_name}  ·  {row.specialist_name}"
            )
            item.setData(Qt.ItemDataRole.UserRole, row.family_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)  # the user ticks what she wants
            self.family_list.addItem(item)
        self.family_list.blockSignals(False)
        self._on_family_changed()

    def _set_running(self, running: bool) -> None:
        for widget in (self.specialist_combo, self.family_list, self.all_button, self.none_button,
                       self.from_edit, self.to_edit, self.folder_edit, self.browse_button,
                       self.generate_button, self.close_button):  # fmt: skip
            widget.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        if not running:
            self._on_family_changed()

    def _check_all(self, state: Qt.CheckState) -> None:
        for i in range(self.family_list.count()):
            self.family_list.item(i).setCheckState(state)

    # Slots -----------------------------------------------------------------
    def _on_specialist_changed(self) -> None:
        self._fill_families()

    def _on_all_clicked(self) -> None:
        self._check_all(Qt.CheckState.Checked)

    def _on_none_clicked(self) -> None:
        self._check_all(Qt.CheckState.Unchecked)

    def _on_family_changed(self, *_args: object) -> None:
        count = len(self.checked_family_ids())
        self.generate_button.setText(self.tr("&Write %n report(s)", "", count))
        self.generate_button.setEnabled(count > 0 and not (self.task and self.task.running))

    def _on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, "Save the reports in", self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def _on_generate_clicked(self) -> None:
        ids = self.checked_family_ids()
        start, end = self.from_edit.value(), self.to_edit.value()
        assert start is not None and end is not None  # not optional: always a date
        folder = self.folder_edit.text().strip()
        if not Path(folder).expanduser().is_dir():
            show_error(
                self, DomainError(f"The folder {folder or '(none)'} does not exist.", "folder")
            )
            return
        go_on, password = self.ctx.exports.pdf_password(self, self.tr("each report"))
        if not go_on:
            return
        self.batch_result = None
        self.open_folder_button.hide()
        self.progress_bar.setRange(0, len(ids) * 2)
        self.progress_bar.show()
        self.progress_bar.setValue(0)
        self.status_label.setText(self.tr("Gathering data…"))
        svc = self.ctx.svc

        def work(context: TaskContext) -> BatchResult:
            return gather_and_render(svc, ids, start, end, folder, context, password)

        task = Task(work, self)
        task.progressed.connect(self._on_task_progressed)
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        self.task = task
        self._set_running(True)
        self.ctx.runner.start(task)

    def _on_cancel_clicked(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status_label.setText(self.tr("Cancelling: finishing the reports already started…"))
            self.cancel_button.setEnabled(False)

    def _on_task_progressed(self, done: int, total: int, text: str) -> None:
        self.progress_bar.setMaximum(total)
        self.progress_bar.setValue(done)
        half = total // 2
        if done > half:
            self.status_label.setText(
                self.tr("Wrote {0} of {1}: {2}").format(done - half, half, text)
            )

    def _on_task_succeeded(self, result: BatchResult) -> None:
        self.batch_result = result
        self._set_running(False)
        folder = self.folder_edit.text().strip()
        written = len(result.written)
        parts = [self.tr("Wrote %n report(s) to {0}.", "", written).format(folder)]
        if result.cancelled:
            parts.append(self.tr("Cancelled: the other reports were not written."))
        for case, message in result.failed:
            parts.append(f"{case}: {message}")
        self.status_label.setText("\n".join(parts))
        self.open_folder_button.setVisible(bool(result.written))

    def _on_task_failed(self, exc: BaseException) -> None:
        self._set_running(False)
        self.status_label.setText(self.tr("No reports were written."))
        show_error(self, exc)

    def _on_open_folder_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder_edit.text().strip()))

    def reject(self) -> None:
        if self.task is not None and self.task.running:
            return  # Cancel first; the window stays until the work has stopped
        super().reject()
