"""The team dashboard's exports: the table on screen to CSV or Excel, the caseload report to PDF.

CSV and Excel files are small and written at once (whole or not at all,
``services.export``); the PDF is the reports engineer's caseload report
(``reports.caseload``), rendered on the thread pool. ReportLab is imported
only when a PDF is asked for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from imh_desktop.domain.enums import Role
from imh_desktop.domain.errors import DomainError
from imh_desktop.services import export
from imh_desktop.services.records import StaffRecord
from imh_desktop.ui.errors import show_error
from imh_desktop.ui.team_loader import TeamLoader

if TYPE_CHECKING:
    import pandas as pd

    from imh_desktop.data.db import Database

FILTERS = {
    "csv": "CSV file (*.csv)",
    "xlsx": "Excel workbook (*.xlsx)",
    "pdf": "PDF document (*.pdf)",
}
SCOPES = {Role.SPECIALIST: "mine", Role.SUPERVISOR: "team", Role.ADMIN: "all"}


class TeamExports(QObject):
    """Asks where to save, writes, and reports ``saved`` (the file name) or shows the error."""

    saved = Signal(str)
    started = Signal(str)  # a slow export began (its description)

    def __init__(
        self, widget: QWidget, db: Database, user: StaffRecord, today: Callable[[], dt.date]
    ) -> None:
        super().__init__(widget)
        self._widget, self._db, self._user, self._today = widget, db, user, today
        self.folder = Path.home()
        self.pdf_loader = TeamLoader(self)
        self.pdf_loader.loaded.connect(self._on_pdf_loader_loaded)
        self.pdf_loader.failed.connect(lambda exc: show_error(self._widget, exc))

    def ask_path(self, title: str, name: str, fmt: str) -> Path | None:
        """The file the user chose (with the format's ending added if missing), or None."""
        path, _ = QFileDialog.getSaveFileName(
            self._widget, title, str(self.folder / f"{name}.{fmt}"), FILTERS[fmt]
        )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != f".{fmt}":
            target = target.with_name(f"{target.name}.{fmt}")
        return target

    def write_table(
        self, frame: pd.DataFrame, columns: Sequence[export.ColumnSpec], name: str, sheet: str,
        fmt: str, totals_last: bool = False,
    ) -> Path | None:  # fmt: skip
        """Ask for a file and write the table to it as ``fmt`` ("csv" or "xlsx")."""
        target = self.ask_path(f"Export {name.replace('-', ' ')}", name, fmt)
        if target is None:
            return None
        try:
            export.write_table(frame, columns, target, fmt, sheet[:31], totals_last)
        except DomainError as exc:
            show_error(self._widget, exc)
            return None
        self.folder = target.parent
        self.saved.emit(target.name)
        return target

    def write_caseload_pdf(self, specialist_id: int | None, name: str) -> None:
        """Ask for a file, then render the caseload report (one specialist, or the team)."""
        target = self.ask_path("Export the caseload report", name, "pdf")
        if target is None:
            return
        db, user, today = self._db, self._user, self._today()
        scope = SCOPES[user.role]

        def render() -> Path:
            from imh_desktop.reports.base import write_pdf
            from imh_desktop.reports.caseload import render_caseload_report
            from imh_desktop.services.report_data import CaseloadFilters, caseload_report_data

            filters = CaseloadFilters(specialist_id=specialist_id)
            data = caseload_report_data(db, user.id, scope, filters, today)
            return write_pdf(render_caseload_report(data), target)

        self.started.emit(f"Writing {target.name}…")
        self.pdf_loader.load(render)

    def _on_pdf_loader_loaded(self, target: Path) -> None:
        self.folder = target.parent
        self.saved.emit(target.name)
