"""File > Backups…: the backups folder, the backups in it, back up now, restore.

For supervisors and administrators. Picking a backup shows its date and what
it holds (families, visits, amendments, audit events, staff), read off the
GUI thread. Restore asks once, then hands the chosen file to the main window
(``restore_requested``), which closes the records, restores and reopens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.data.backup import BackupFile
from imh_desktop.services.admin import backups
from imh_desktop.services.admin.backups import MAIN_TABLES, BackupSummary
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.errors import show_error
from imh_desktop.ui.common.local_format import format_count, format_date
from imh_desktop.ui.common.tasks import run_task
from imh_desktop.ui.common.widgets import ListColumn, RecordListModel, list_table


def busy_dialog(parent: QWidget, text: str) -> QProgressDialog:
    """A modal "please wait" with no cancel button, shown only if the work takes a moment.

    Qt starts the 400 ms wait at the first ``setValue``; :func:`end_busy` stops it.
    """
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setValue(0)
    return dialog


def end_busy(dialog: QProgressDialog) -> None:
    """Hide the "please wait" for good: its pending show is cancelled too."""
    dialog.cancel()  # stops the timer that would show it later; hides it
    dialog.deleteLater()


class BackupsDialog(QDialog):
    """The backups of ``ctx``'s database, and restoring one of them."""

    restore_requested = Signal(object)  # the Path of the backup to restore

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.chosen: Path | None = None
        self.summary: BackupSummary | None = None
        self.setWindowTitle(self.tr("Backups"))
        self.folder = QLineEdit()
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(self.tr("Backups folder"))
        self.change_button = QPushButton(self.tr("Change…"))
        self.change_button.clicked.connect(self._on_change_clicked)
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(self.tr("Backups folder:")))
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.change_button)
        explain = QLabel(self._explanation())
        explain.setWordWrap(True)
        self.model = RecordListModel(
            [
                ListColumn(self.tr("Taken"), self._when),
                ListColumn(self.tr("Size"), _size, align_right=True),
                ListColumn(self.tr("File"), lambda b: b.path.name),
            ],
            self,
        )
        self.table = list_table(self.model, self.tr("Backups"), stretch_column=2)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.details = QLabel(self.tr("Pick a backup to see what it holds."))
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("Backup details"))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.other_button = QPushButton(self.tr("Other file…"))
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setEnabled(False)
        for button in (self.backup_button, self.other_button, self.restore_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.backup_button.clicked.connect(self._on_backup_clicked)
        self.other_button.clicked.connect(self._on_other_clicked)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(folder_row)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.resize(760, 480)
        self.reload()

    def _explanation(self) -> str:
        if self.ctx.db.sqlite_path is None:
            return self.tr(
                "This database is on a server: 'Back up now' saves a copy with pg_dump. "
                "The server's administrator keeps the regular backups."
            )
        return self.tr(
            "IMH Desktop backs up when it closes and once a day. It keeps the newest backup "
            "of each of the last 7 days, 4 weeks and 12 months. A folder on another drive "
            "(a network drive) keeps them safe if this computer fails."
        )

    def _when(self, backup: BackupFile) -> str:
        return f"{format_date(backup.taken_at.date())} {backup.taken_at:%H:%M}"

    # --- list and details ------------------------------------------------------

    def reload(self) -> None:
        """Read the folder and its backups again (a quick directory listing)."""
        try:
            self.folder.setText(str(backups.backup_folder(self.ctx.svc)))
            found = backups.list_backups(self.ctx.svc)
        except Exception as exc:
            show_error(self, exc)
            found = []
        self.model.set_records(found)
        self._choose(None)

    def _on_table_selection_changed(self, *_args: object) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._choose(self.model.records[rows[0].row()].path)

    def _choose(self, path: Path | None) -> None:
        self.chosen, self.summary = path, None
        self.restore_button.setEnabled(False)
        if path is None:
            self.details.setText(self.tr("Pick a backup to see what it holds."))
            return
        self.details.setText(self.tr("Reading {0}…").format(path.name))
        svc = self.ctx.svc
        run_task(
            self.ctx.runner,
            lambda: backups.inspect_backup(svc, path, thorough=False),
            lambda summary: self._on_inspected(path, summary),
            lambda exc: self._on_inspect_failed(path, exc),
            self,
        )

    def _on_inspected(self, path: Path, summary: BackupSummary) -> None:
        if path != self.chosen:
            return
        self.summary = summary
        self.details.setText(self.describe(summary))
        self.restore_button.setEnabled(True)

    def _on_inspect_failed(self, path: Path, exc: BaseException) -> None:
        if path != self.chosen:
            return
        message = getattr(exc, "message", None) or self.tr("It cannot be read.")
        self.details.setText(self.tr("{0} cannot be restored: {1}").format(path.name, message))

    def describe(self, summary: BackupSummary) -> str:
        """The backup's date and what it holds, in a sentence or two."""
        labels = {
            "families": self.tr("families"), "visits": self.tr("visits"),
            "amendments": self.tr("amendments"), "screenings": self.tr("screenings"),
            "audit_events": self.tr("audit events"), "staff_users": self.tr("staff"),
        }  # fmt: skip
        when = f"{format_date(summary.taken_at.date())} {summary.taken_at:%H:%M}"
        if not summary.counts:
            return self.tr("Backup of {0}: a PostgreSQL dump of {1} tables.").format(
                when, len(summary.tables)
            )
        held = ", ".join(
            f"{labels[t]} {format_count(summary.counts.get(t, 0))}" for t in MAIN_TABLES
        )
        return self.tr("Backup of {0}: {1}.").format(when, held)

    # --- actions -----------------------------------------------------------------

    def _on_change_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for backups"), self.folder.text()
        )
        if not chosen:
            return
        try:
            backups.choose_backup_folder(self.ctx.svc, chosen)
        except Exception as exc:
            show_error(self, exc)
            return
        self.ctx.bus.publish(Change.of(None, Part.SETTINGS))
        self.reload()

    def _on_backup_clicked(self) -> None:
        svc = self.ctx.svc
        progress = busy_dialog(self, self.tr("Backing up…"))

        def done(summary: BackupSummary) -> None:
            end_busy(progress)
            self.reload()
            self.details.setText(self.tr("Backed up and checked. {0}").format(
                self.describe(summary)
            ))  # fmt: skip

        def failed(exc: BaseException) -> None:
            end_busy(progress)
            show_error(self, exc)

        run_task(self.ctx.runner, lambda: backups.make_backup(svc), done, failed, self)

    def _on_other_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore which backup?"), self.folder.text(),
            self.tr("Backups (*.sqlite *.dump);;All files (*)"),
        )  # fmt: skip
        if chosen:
            self.table.clearSelection()
            self._choose(Path(chosen))

    def _on_restore_clicked(self) -> None:
        if self.chosen is None or self.summary is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "{0}\n\nThe data in the database now is set aside first (kept beside it), "
                "then replaced by this backup. Open records and notes are closed, and "
                "IMH Desktop reopens on the restored data."
            ).format(self.describe(self.summary)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(self.chosen)
            self.accept()


def _size(backup: BackupFile) -> str:
    if backup.size >= 2**20:
        return f"{backup.size / 2**20:.1f} MB"
    return f"{max(backup.size // 1024, 1)} KB"
