"""The first two steps of File > Import…: the file and sheet, then which column fills which field.

The sheet is read in the background (``ctx.runner``); Next waits for it, and
reads it again when the file changed since (corrected while the wizard was
open).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.imports.fields import FIELD_KEYS, guess_mapping
from imh_desktop.domain.imports.table import Table
from imh_desktop.domain.imports.values import DateOrder, clean_text
from imh_desktop.services.imports.plan import ImportOptions
from imh_desktop.services.imports.reading import read_table, sheet_names
from imh_desktop.ui.common.errors import show_error
from imh_desktop.ui.common.i18n import user_message
from imh_desktop.ui.common.local_format import format_count
from imh_desktop.ui.common.tasks import LatestOnly

if TYPE_CHECKING:
    from imh_desktop.ui.imports.wizard import ImportWizard


def field_label(key: str) -> str:
    """What a person reads for an import field."""
    labels = {
        "case_number": QCoreApplication.translate("import", "Case number"), "family_name": QCoreApplication.translate("import", "Family name"),  # noqa: E501
        "specialist": QCoreApplication.translate("import", "Specialist (username)"),
        "referral_source": QCoreApplication.translate("import", "Referral source"),
        "referral_date": QCoreApplication.translate("import", "Referral date"),
        "enrolled_on": QCoreApplication.translate("import", "Enrolment date"), "frequency": QCoreApplication.translate("import", "Frequency"),  # noqa: E501
        "address": QCoreApplication.translate("import", "Address"), "phone": QCoreApplication.translate("import", "Phone"),  # noqa: E501
        "language": QCoreApplication.translate("import", "Language"), "caregiver_name": QCoreApplication.translate("import", "Caregiver: name"),  # noqa: E501
        "caregiver_relationship": QCoreApplication.translate("import", "Caregiver: relationship"),
        "caregiver_dob": QCoreApplication.translate("import", "Caregiver: date of birth"),
        "caregiver_phone": QCoreApplication.translate("import", "Caregiver: phone"),
        "caregiver_language": QCoreApplication.translate("import", "Caregiver: language"),
        "child_name": QCoreApplication.translate("import", "Child: name"),
        "child_dob": QCoreApplication.translate("import", "Child: date of birth"),
        "child_sex": QCoreApplication.translate("import", "Child: sex"),
        "gestational_age": QCoreApplication.translate("import", "Child: gestational age (weeks)"),
        "goal_domain": QCoreApplication.translate("import", "Goal: area"),
        "goal_statement": QCoreApplication.translate("import", "Goal: statement"),
        "goal_started_on": QCoreApplication.translate("import", "Goal: start date"),
        "goal_target_date": QCoreApplication.translate("import", "Goal: target date"),
        "goal_status": QCoreApplication.translate("import", "Goal: status"), "visit_date": QCoreApplication.translate("import", "Visit: date"),  # noqa: E501
        "visit_outcome": QCoreApplication.translate("import", "Visit: outcome"), "visit_mode": QCoreApplication.translate("import", "Visit: mode"),  # noqa: E501
        "visit_minutes": QCoreApplication.translate("import", "Visit: minutes"), "visit_note": QCoreApplication.translate("import", "Visit: note"),  # noqa: E501
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
        self.sheet.currentIndexChanged.connect(self._on_sheet_current_index_changed)
        self.reads = LatestOnly(wizard.ctx.runner, self)
        self.names: list[str] = []
        self.table: Table | None = None
        self.stamp: tuple[float, int] | None = None

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
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.blockSignals(False)
        self.message.clear()
        self.table = None
        self.completeChanged.emit()
        try:
            names = sheet_names(Path(self.path.text()))
        except DomainError as exc:
            self.message.setText(user_message(exc))
            return
        self.names = names
        self.sheet.blockSignals(True)
        self.sheet.addItems([n or self.tr("(the only one)") for n in names])
        self.sheet.blockSignals(False)
        self.sheet.setEnabled(len(names) > 1 or bool(names[0]))
        self.read()

    @Slot(int)
    def _on_sheet_current_index_changed(self, _index: int) -> None:
        self.read()

    def _chosen(self) -> tuple[Path, str]:
        index = self.sheet.currentIndex()
        return Path(self.path.text()), self.names[index] if 0 <= index < len(self.names) else ""

    def _stamp(self, path: Path) -> tuple[float, int] | None:
        try:
            info = path.stat()
        except OSError:
            return None
        return info.st_mtime, info.st_size

    def read(self) -> None:
        """Read the chosen sheet in the background; Next waits for it."""
        path, sheet = self._chosen()
        self.table = None
        self.stamp = self._stamp(path)
        self.message.setText(self.tr("Reading the file…"))
        self.completeChanged.emit()
        self.reads.start(lambda: read_table(path, sheet), self._on_read, self._on_read_failed)

    def _on_read(self, table: Table) -> None:
        if not table.rows:
            self.message.setText(self.tr("That sheet has no rows under its header."))
            return
        self.table = table
        text = self.tr("%1 rows and %2 columns.")
        self.message.setText(text.replace("%1", format_count(len(table.rows)))
                             .replace("%2", str(len(table.headers))))  # fmt: skip
        self.completeChanged.emit()

    def _on_read_failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            self.message.setText(user_message(exc))
        else:
            self.message.clear()
            show_error(self, exc)

    def isComplete(self) -> bool:
        return self.table is not None

    def validatePage(self) -> bool:
        path, sheet = self._chosen()
        if self.table is None or self._stamp(path) != self.stamp:
            self.read()  # the file changed since it was read (corrected, say): read it again
            return False
        self.wiz.table, self.wiz.sheet = self.table, sheet
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
