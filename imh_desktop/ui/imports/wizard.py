"""File > Import…: pick a file and sheet, map its columns, preview the rows, import.

The check (preview) and the import run through ``ctx.runner``; the import
reports progress and can be cancelled, which saves nothing. The column
mapping is remembered (QSettings) by header name for next time.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSettings, QStringListModel, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.imports.fields import FIELD_KEYS, guess_mapping
from imh_desktop.domain.imports.table import Table
from imh_desktop.domain.imports.values import DateOrder, clean_text
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.imports.importing import (
    ImportResult,
    preview_import,
    run_import,
    write_errors,
)
from imh_desktop.services.imports.plan import Decision, ImportOptions, ImportPlan
from imh_desktop.services.imports.reading import read_table, sheet_names
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.errors import show_error
from imh_desktop.ui.common.tasks import Task, TaskContext, run_task
from imh_desktop.ui.imports.preview import ImportPreviewModel

MAPPING_KEY = "imports/mapping"  # header -> field key, remembered across imports
MAX_LISTED = 5_000  # errors listed under the preview; all of them go to the saved file


def field_label(key: str) -> str:
    """What a person reads for an import field."""
    tr = QCoreApplication.translate
    labels = {
        "case_number": tr("import", "Case number"), "family_name": tr("import", "Family name"),
        "specialist": tr("import", "Specialist (username)"),
        "referral_source": tr("import", "Referral source"),
        "referral_date": tr("import", "Referral date"),
        "enrolled_on": tr("import", "Enrolment date"), "frequency": tr("import", "Frequency"),
        "address": tr("import", "Address"), "phone": tr("import", "Phone"),
        "language": tr("import", "Language"), "caregiver_name": tr("import", "Caregiver: name"),
        "caregiver_relationship": tr("import", "Caregiver: relationship"),
        "caregiver_dob": tr("import", "Caregiver: date of birth"),
        "caregiver_phone": tr("import", "Caregiver: phone"),
        "caregiver_language": tr("import", "Caregiver: language"),
        "child_name": tr("import", "Child: name"),
        "child_dob": tr("import", "Child: date of birth"),
        "child_sex": tr("import", "Child: sex"),
        "gestational_age": tr("import", "Child: gestational age (weeks)"),
        "goal_domain": tr("import", "Goal: area"),
        "goal_statement": tr("import", "Goal: statement"),
        "goal_started_on": tr("import", "Goal: start date"),
        "goal_target_date": tr("import", "Goal: target date"),
        "goal_status": tr("import", "Goal: status"), "visit_date": tr("import", "Visit: date"),
        "visit_outcome": tr("import", "Visit: outcome"), "visit_mode": tr("import", "Visit: mode"),
        "visit_minutes": tr("import", "Visit: minutes"), "visit_note": tr("import", "Visit: note"),
    }  # fmt: skip
    return labels[key]


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label whose mnemonic (&) moves the focus to ``buddy``."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Choose the spreadsheet"))
        self.setSubTitle(self.tr("A CSV file or an Excel workbook (.xlsx), one family a row."))
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("File"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(self.tr("Sheet"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        grid = QGridLayout(self)
        grid.addWidget(buddy_label(self.tr("&File:"), self.path), 0, 0)
        grid.addWidget(self.path, 0, 1)
        grid.addWidget(browse, 0, 2)
        grid.addWidget(buddy_label(self.tr("&Sheet:"), self.sheet), 1, 0)
        grid.addWidget(self.sheet, 1, 1)
        grid.addWidget(self.message, 2, 0, 1, 3)
        grid.setRowStretch(3, 1)
        self.path.editingFinished.connect(self._on_path_editing_finished)
        self.path.textChanged.connect(lambda _t: self.completeChanged.emit())

    @Slot()
    def _on_browse_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import from"), str(Path.home()),
            self.tr("Spreadsheets (*.csv *.xlsx *.txt)"),
        )  # fmt: skip
        if name:
            self.choose(name)

    def choose(self, name: str) -> None:
        """Take ``name`` as the file and list its sheets."""
        self.path.setText(name)
        self._on_path_editing_finished()

    @Slot()
    def _on_path_editing_finished(self) -> None:
        self.sheet.clear()
        self.message.clear()
        try:
            names = sheet_names(Path(self.path.text()))
        except DomainError as exc:
            self.message.setText(exc.message)
            return
        self.sheet.addItems([n or self.tr("(the only one)") for n in names])
        self.sheet.setEnabled(len(names) > 1 or bool(names[0]))
        self._names = names

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        names = getattr(self, "_names", [""])
        sheet = names[self.sheet.currentIndex()] if self.sheet.currentIndex() >= 0 else ""
        try:
            table = read_table(Path(self.path.text()), sheet)
        except DomainError as exc:
            self.message.setText(exc.message)
            return False
        if not table.rows:
            self.message.setText(self.tr("That sheet has no rows under its header."))
            return False
        self.wiz.table, self.wiz.sheet = table, sheet
        return True


class MapPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Say which field each column fills. Guessed from the headers; "
                                 "your choices are remembered."))  # fmt: skip
        self.order = QComboBox()
        self.order.setAccessibleName(self.tr("Date order"))
        self.order.addItem(self.tr("Find out from the dates"), None)
        for order, text in ((DateOrder.DMY, self.tr("Day/month/year (25/03/2026)")),
                            (DateOrder.MDY, self.tr("Month/day/year (03/25/2026)")),
                            (DateOrder.YMD, self.tr("Year/month/day (2026/03/25)"))):  # fmt: skip
            self.order.addItem(text, order)
        self.inner = QWidget()
        self.grid = QGridLayout(self.inner)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.inner)
        top = QHBoxLayout()
        top.addWidget(buddy_label(self.tr("&Dates are written:"), self.order))
        top.addWidget(self.order)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll)
        self.combos: dict[str, QComboBox] = {}

    def initializePage(self) -> None:
        table = self.wiz.table
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        remembered = self.wiz.remembered()
        guessed = guess_mapping(table.headers)
        for title, column in ((self.tr("Column"), 0), (self.tr("First value"), 1),
                              (self.tr("Imported as"), 2)):  # fmt: skip
            label = QLabel(f"<b>{title}</b>")
            self.grid.addWidget(label, 0, column)
        self.combos = {}
        for i, header in enumerate(table.headers, start=1):
            first = next((clean_text(r[i - 1]) for r in table.rows if clean_text(r[i - 1])), "")
            combo = QComboBox()
            combo.setAccessibleName(header)
            combo.addItem(self.tr("(not imported)"), "")
            for key in FIELD_KEYS:
                combo.addItem(field_label(key), key)
            key = remembered.get(header, guessed.get(header, ""))
            combo.setCurrentIndex(max(0, combo.findData(key)))
            self.grid.addWidget(QLabel(header), i, 0)
            self.grid.addWidget(QLabel(first[:40]), i, 1)
            self.grid.addWidget(combo, i, 2)
            self.combos[header] = combo
        self.grid.setRowStretch(len(table.headers) + 1, 1)

    def mapping(self) -> dict[str, str]:
        return {h: c.currentData() for h, c in self.combos.items() if c.currentData()}

    def validatePage(self) -> bool:
        mapping = self.mapping()
        self.wiz.import_options = ImportOptions(mapping, self.order.currentData())
        self.wiz.remember(mapping)
        return True


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
        """Check the sheet again with the current options (in the background)."""
        self.plan = None
        self.summary.setText(self.tr("Checking every row…"))
        self.completeChanged.emit()
        table, options, svc = self.wiz.table, self.wiz.import_options, self.wiz.ctx.svc
        run_task(self.wiz.ctx.runner, lambda: preview_import(svc, table, options),
                 self._on_checked, self._on_failed, self)  # fmt: skip

    def _on_checked(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.model.load(self.wiz.table, plan)
        self.view.resizeColumnsToContents()
        rows = len({e.line for e in plan.errors})
        duplicates = sum(1 for r in plan.rows if r.decision is not None)
        text = self.tr("Rows: %1 · with errors: %2 · duplicates: %3")
        text = text.replace("%1", f"{len(plan.rows):,}").replace("%2", f"{rows:,}")
        text = text.replace("%3", f"{duplicates:,}")
        if plan.needs_date_order and plan.errors:
            text += " " + self.tr("Choose how the dates are written (Back).")
        self.summary.setText(text)
        self.save_errors.setEnabled(bool(plan.errors))
        where = self.tr("Row %1, %2: %3")
        self.error_model.setStringList([
            where.replace("%1", str(e.line)).replace("%2", e.column or self.tr("the row"))
            .replace("%3", e.message)
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel)
        layout.addStretch(1)
        self.task: Task | None = None
        self.result: ImportResult | None = None

    def initializePage(self) -> None:
        self.result = None
        self.status.setText(self.tr("Importing… nothing is saved until every row is in."))
        self.progress.setRange(0, 0)
        self.cancel.setEnabled(True)
        table, options, svc = self.wiz.table, self.wiz.import_options, self.wiz.ctx.svc

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
            self.status.setText(exc.message)
        else:
            self.status.setText(self.tr("The import failed; nothing was saved."))
            show_error(self, exc)

    @Slot()
    def _on_cancel_clicked(self) -> None:
        if self.task is not None:
            self.task.cancel()
        self.cancel.setEnabled(False)

    def isComplete(self) -> bool:
        return self.result is not None


class ImportWizard(QWizard):
    """The four steps of an import, for the signed-in user."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 settings: QSettings | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings or QSettings()
        self.setWindowTitle(self.tr("Import from a spreadsheet"))
        self.table = Table((), (), ())
        self.sheet = ""
        self.import_options = ImportOptions({})
        self.file_page, self.map_page = FilePage(self), MapPage(self)
        self.preview_page, self.import_page = PreviewPage(self), ImportPage(self)
        for page in (self.file_page, self.map_page, self.preview_page, self.import_page):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.resize(1000, 640)

    def remembered(self) -> dict[str, str]:
        try:
            value: Any = json.loads(str(self.settings.value(MAPPING_KEY, "{}")))
        except ValueError:
            return {}
        return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}

    def remember(self, mapping: dict[str, str]) -> None:
        known = self.remembered()
        for header, combo in self.map_page.combos.items():
            known[header] = mapping.get(header, "") if combo else ""
        self.settings.setValue(MAPPING_KEY, json.dumps(known))
