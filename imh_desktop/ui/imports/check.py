"""The last two steps of File > Import…: the preview with its errors, then the import.

The check and the import run through ``ctx.runner``; the import reports
progress and can be cancelled, which saves nothing.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QStringListModel, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from imh_desktop.domain.errors import DomainError
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.imports.importing import (
    ImportResult,
    preview_import,
    run_import,
    write_errors,
)
from imh_desktop.services.imports.plan import Decision, ImportCancelled, ImportPlan
from imh_desktop.ui.common.errors import show_error
from imh_desktop.ui.common.i18n import user_message
from imh_desktop.ui.common.local_format import format_count
from imh_desktop.ui.common.tasks import Task, TaskContext
from imh_desktop.ui.imports.preview import ImportPreviewModel
from imh_desktop.ui.imports.source import buddy_label

if TYPE_CHECKING:
    from imh_desktop.ui.imports.wizard import ImportWizard

MAX_LISTED = 5_000  # errors listed under the preview; all of them go to the saved file


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(self.tr("Each row as it will be saved. Cells in red have errors "
                                 "(point at one to read it); nothing is imported until "
                                 "there are none."))  # fmt: skip
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Checking progress"))
        self.progress.hide()
        self.task: Task | None = None
        self.model = ImportPreviewModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Rows to import"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.duplicates = QComboBox()
        self.duplicates.setAccessibleName(self.tr("Duplicates"))
        for decision, text in self.decisions():
            self.duplicates.addItem(text, decision)
        self.duplicates.activated.connect(self._on_duplicates_activated)
        self.for_selected = QComboBox()
        self.for_selected.setAccessibleName(self.tr("Selected rows"))
        for decision, text in self.decisions():
            self.for_selected.addItem(text, decision)
        apply = QPushButton(self.tr("&Apply to selected rows"))
        apply.clicked.connect(self._on_apply_clicked)
        self.save_errors = QPushButton(self.tr("Save &errors…"))
        self.save_errors.clicked.connect(self._on_save_errors_clicked)
        row = QHBoxLayout()
        row.addWidget(buddy_label(self.tr("D&uplicates:"), self.duplicates))
        row.addWidget(self.duplicates)
        row.addSpacing(12)
        row.addWidget(buddy_label(self.tr("Selected &rows:"), self.for_selected))
        row.addWidget(self.for_selected)
        row.addWidget(apply)
        row.addStretch(1)
        row.addWidget(self.save_errors)
        self.error_list = QListView()
        self.error_list.setAccessibleName(self.tr("Errors"))
        self.error_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.error_list.setMaximumHeight(130)
        self.error_model = QStringListModel(self)
        self.error_list.setModel(self.error_model)
        self.error_list.clicked.connect(self._on_error_list_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error_list)
        self.plan: ImportPlan | None = None

    def decisions(self) -> list[tuple[Decision, str]]:
        return [(Decision.SKIP, self.tr("Skip them")),
                (Decision.UPDATE, self.tr("Add to the family already there")),
                (Decision.NEW, self.tr("Import as new families"))]  # fmt: skip

    def initializePage(self) -> None:
        self.check()

    def check(self) -> None:
        """Check the sheet again with the current options (in the background, with progress)."""
        self.stop()
        self.plan = None
        self.summary.setText(self.tr("Checking every row…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.completeChanged.emit()
        table, options, svc = self.wiz.table, self.wiz.import_options, self.wiz.ctx.svc

        def work(context: TaskContext) -> ImportPlan:
            return preview_import(svc, table, options, progress=context.progress,
                                  cancelled=context.cancelled)  # fmt: skip

        task = self.task = Task(work)
        task.progressed.connect(self._on_task_progressed)
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        self.wiz.ctx.runner.start(task)

    def stop(self) -> None:
        """Stop a check still running (a newer one replaces it, or the wizard closes)."""
        if self.task is not None:
            self.task.cancel()
            self.task = None

    @Slot(int, int, str)
    def _on_task_progressed(self, done: int, total: int, _text: str) -> None:
        if self.sender() is self.task:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    @Slot(object)
    def _on_task_succeeded(self, plan: ImportPlan) -> None:
        if self.sender() is self.task:
            self.task = None
            self._on_checked(plan)

    @Slot(object)
    def _on_task_failed(self, exc: BaseException) -> None:
        if self.sender() is self.task:
            self.task = None
            self.progress.hide()
            self._on_failed(exc)

    def _on_checked(self, plan: ImportPlan) -> None:
        self.progress.hide()
        self.plan = plan
        self.model.load(self.wiz.table, plan)
        self.view.resizeColumnsToContents()
        rows = len({e.line for e in plan.errors})
        duplicates = sum(1 for r in plan.rows if r.decision is not None)
        text = self.tr("Rows: %1 · with errors: %2 · duplicates: %3")
        text = text.replace("%1", format_count(len(plan.rows))).replace("%2", format_count(rows))
        text = text.replace("%3", format_count(duplicates))
        if plan.needs_date_order and plan.errors:
            text += " " + self.tr("Choose how the dates are written (Back).")
        self.summary.setText(text)
        self.save_errors.setEnabled(bool(plan.errors))
        where = self.tr("Row %1, %2: %3")
        self.error_model.setStringList([
            where.replace("%1", str(e.line)).replace("%2", e.column or self.tr("the row"))
            .replace("%3", user_message(e))
            for e in plan.errors[:MAX_LISTED]
        ])  # fmt: skip
        self.error_list.setVisible(bool(plan.errors))
        self.completeChanged.emit()

    @Slot(QModelIndex)
    def _on_error_list_clicked(self, index: QModelIndex) -> None:
        """Show the cell of the error clicked."""
        if self.plan is None:
            return
        error = self.plan.errors[index.row()]
        row = next(i for i, p in enumerate(self.plan.rows) if p.row.line == error.line)
        headers = self.model.headers
        column = headers.index(error.column) if error.column in headers else 1
        self.view.setCurrentIndex(self.model.index(row, column))
        self.view.scrollTo(self.model.index(row, column))

    def _on_failed(self, exc: BaseException) -> None:
        self.summary.setText(str(exc) if isinstance(exc, DomainError) else "")
        if not isinstance(exc, DomainError):
            show_error(self, exc)

    @Slot(int)
    def _on_duplicates_activated(self, _index: int) -> None:
        options = self.wiz.import_options
        self.wiz.import_options = dataclasses.replace(
            options, duplicates=self.duplicates.currentData()
        )
        self.check()

    @Slot()
    def _on_apply_clicked(self) -> None:
        lines = {self.model.line_of(i.row()) for i in self.view.selectionModel().selectedRows()}
        decisions = dict(self.wiz.import_options.decisions)
        decisions.update({line: self.for_selected.currentData() for line in lines})
        self.wiz.import_options = dataclasses.replace(self.wiz.import_options, decisions=decisions)
        self.check()

    @Slot()
    def _on_save_errors_clicked(self) -> None:
        if self.plan is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the errors"), str(Path.home() / "import-errors.csv"),
            self.tr("CSV files (*.csv)"),
        )  # fmt: skip
        if name:
            self.write_errors(Path(name))

    def write_errors(self, path: Path) -> None:
        try:
            write_errors(path, self.plan.errors if self.plan else ())
        except OSError as exc:
            show_error(self, DomainError(self.tr("The errors could not be saved: ") + str(exc)))

    def isComplete(self) -> bool:
        return self.plan is not None and self.plan.ok

    def validatePage(self) -> bool:
        return self.isComplete()


class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Import"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.cancel = QPushButton(self.tr("&Cancel the import"))
        self.cancel.clicked.connect(self._on_cancel_clicked)
        self.check_again = QPushButton(self.tr("C&heck the sheet again"))
        self.check_again.clicked.connect(self._on_check_again_clicked)
        self.check_again.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel)
        layout.addWidget(self.check_again)
        layout.addStretch(1)
        self.task: Task | None = None
        self.result: ImportResult | None = None

    def initializePage(self) -> None:
        self.result = None
        self.status.setText(self.tr("Importing… nothing is saved until every row is in."))
        self.progress.setRange(0, 0)
        self.cancel.setEnabled(True)
        self.check_again.hide()
        table, options, svc = self.wiz.table, self.wiz.import_options, self.wiz.ctx.svc
        # The families as the preview showed them: one changed since is not overwritten.
        plan = self.wiz.preview_page.plan
        options = dataclasses.replace(options, versions=dict(plan.versions) if plan else {})

        def work(context: TaskContext) -> ImportResult:
            return run_import(svc, table, options, progress=context.progress,
                              cancelled=context.cancelled)  # fmt: skip

        self.task = Task(work)
        self.task.progressed.connect(self._on_task_progressed)
        self.task.succeeded.connect(self._on_task_succeeded)
        self.task.failed.connect(self._on_task_failed)
        self.wiz.ctx.runner.start(self.task)

    @Slot(int, int, str)
    def _on_task_progressed(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    @Slot(object)
    def _on_task_succeeded(self, result: ImportResult) -> None:
        self.result = result
        self.cancel.setEnabled(False)
        text = self.tr("Imported %1 new families; %2 updated; %3 skipped.")
        self.status.setText(text.replace("%1", str(result.created))
                            .replace("%2", str(result.updated))
                            .replace("%3", str(result.skipped)))  # fmt: skip
        for family_id in result.family_ids:
            self.wiz.ctx.bus.publish(Change.of(family_id, Part.FAMILY, Part.MEMBERS))
        self.completeChanged.emit()

    @Slot(object)
    def _on_task_failed(self, exc: BaseException) -> None:
        self.cancel.setEnabled(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        if isinstance(exc, DomainError):
            self.status.setText(user_message(exc))
            self.check_again.setVisible(not isinstance(exc, ImportCancelled))
        else:
            self.status.setText(self.tr("The import failed; nothing was saved."))
            show_error(self, exc)

    @Slot()
    def _on_cancel_clicked(self) -> None:
        self.stop()

    @Slot()
    def _on_check_again_clicked(self) -> None:
        """Back to the check, read again: the rows as the database holds them now."""
        self.wiz.back()
        self.wiz.preview_page.check()

    def stop(self) -> None:
        """Cancel the import still running: nothing is saved."""
        if self.task is not None and self.result is None:
            self.task.cancel()
        self.cancel.setEnabled(False)

    def isComplete(self) -> bool:
        return self.result is not None
