"""The team dashboard's exports: the table on screen to CSV or Excel, the caseload report to PDF.

CSV and Excel files are small and written at once (whole or not at all,
``services.export``); the PDF is the reports engineer's caseload report
(``reports.caseload``), gathered and rendered through the context's runner.
ReportLab is imported only when a PDF is asked for. Before a file is written
the session's guard (``AppContext.exports``) says it leaves the program's
protected store, and asks for the PDF's password.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from imh_desktop.domain.errors import DomainError
from imh_desktop.services.access.disclosures import record_export
from imh_desktop.services.caseload.table import SCOPE_OF_ROLE
from imh_desktop.services.common import export
from imh_desktop.services.team.tables import FAMILY_COLUMNS, TEAM_COLUMNS
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.errors import show_error
from imh_desktop.ui.common.labels import label
from imh_desktop.ui.common.tasks import run_task

if TYPE_CHECKING:
    import pandas as pd

    from imh_desktop.services.team.team_data import TeamData

FILTERS = {
    "csv": "CSV file (*.csv)",
    "xlsx": "Excel workbook (*.xlsx)",
    "pdf": "PDF document (*.pdf)",
}


class TeamExports(QObject):
    """Asks where to save, writes, and reports ``saved`` (the file name) or shows the error."""

    saved = Signal(str)
    started = Signal(str)  # a slow export began (its description)

    def __init__(self, ctx: AppContext, widget: QWidget) -> None:
        super().__init__(widget)
        self.ctx, self._widget = ctx, widget
        self.folder = Path.home()

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
        fmt: str, totals_last: bool = False, family_ids: Sequence[int] = (),
    ) -> Path | None:  # fmt: skip
        """Ask for a file and write the table to it as ``fmt`` ("csv" or "xlsx").

        Fixed lists (status, frequency) are written as the screen shows them. The export
        of ``family_ids``' data is checked and audited before the file is written.
        """
        if not self.ctx.exports.confirm(self._widget, self.tr("this table")):
            return None
        target = self.ask_path(f"Export {name.replace('-', ' ')}", name, fmt)
        if target is None:
            return None
        try:
            subject = "team_table" if totals_last else "team_families"
            record_export(self.ctx.svc, subject, family_ids, fmt)
            export.write_table(frame, columns, target, fmt, sheet[:31], totals_last, label=label)
        except DomainError as exc:
            show_error(self._widget, exc)
            return None
        self.folder = target.parent
        self.saved.emit(target.name)
        return target

    def write_caseload_pdf(self, specialist_id: int | None, name: str) -> None:
        """Ask for a file, then render the caseload report (one specialist, or the team)."""
        go_on, password = self.ctx.exports.pdf_password(self._widget, self.tr("this report"))
        if not go_on:
            return
        target = self.ask_path("Export the caseload report", name, "pdf")
        if target is None:
            return
        svc, scope = self.ctx.svc, SCOPE_OF_ROLE.get(self.ctx.user.role, "team")

        def render() -> Path:
            from imh_desktop.reports.base import write_pdf
            from imh_desktop.reports.caseload import render_caseload_report
            from imh_desktop.services.reports import CaseloadFilters, caseload_report_data

            filters = CaseloadFilters(specialist_id=specialist_id)
            data = caseload_report_data(svc, scope, filters)
            record_export(svc, "caseload_report", [r.family_id for r in data.rows], "pdf")
            return write_pdf(render_caseload_report(data, password), target)

        self.started.emit(f"Writing {target.name}…")
        run_task(self.ctx.runner, render, self._on_pdf_written, self._on_pdf_failed, self)

    def _on_pdf_failed(self, exc: BaseException) -> None:
        show_error(self._widget, exc)

    def _on_pdf_written(self, target: Path) -> None:
        self.folder = target.parent
        self.saved.emit(target.name)


def slug(text: str) -> str:
    """``text`` as a file name's part: lower case, words joined by hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


def shown_table(
    data: TeamData, specialist_id: int | None
) -> tuple[pd.DataFrame, tuple[export.ColumnSpec, ...], str]:
    """The table on screen (the team's with its totals, or a specialist's families), its
    columns, and the file name it is offered under."""
    period = slug(data.period.label)
    if specialist_id is None:
        return data.team_with_totals(), TEAM_COLUMNS, f"team-{period}"
    name = slug(str(data.team_row(specialist_id)["specialist"]))
    return data.families_of(specialist_id), FAMILY_COLUMNS, f"families-{name}-{period}"
