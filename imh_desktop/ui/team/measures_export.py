"""The program measures to an Excel workbook or a PDF report.

The measures are read again for the file (``services.measures.export_measures``,
audited as an export of that format), then written: Excel through
``services.common.export`` (one row per measure and specialist, the program
first, with count, denominator, percent and definition), the PDF through
``reports.measures``. Both run in the context's runner; before a file is
written the session's guard says it leaves the program's protected store, and
asks for the PDF's password. Counts only: no family is named in either file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from imh_desktop.reports.measures import MeasuresWords, MeasureText
from imh_desktop.services.common import export
from imh_desktop.services.measures.program import ProgramMeasures, export_measures
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.errors import show_error
from imh_desktop.ui.common.i18n import current_language
from imh_desktop.ui.common.local_format import format_date
from imh_desktop.ui.common.tasks import run_task
from imh_desktop.ui.team.export import TeamExports

if TYPE_CHECKING:
    import pandas as pd


class MeasuresExports(QObject):
    """Asks where to save, writes in the runner, and reports ``saved`` (the file name)."""

    saved = Signal(str)

    def __init__(self, ctx: AppContext, widget: QWidget) -> None:
        super().__init__(widget)
        self.ctx, self._widget = ctx, widget
        self.files = TeamExports(ctx, widget)  # where to save (its folder is remembered)

    def columns(self) -> tuple[export.ColumnSpec, ...]:
        return (
            export.ColumnSpec("measure", self.tr("Measure")),
            export.ColumnSpec("who", self.tr("Specialist")),
            export.ColumnSpec("count", self.tr("Count"), "int"),
            export.ColumnSpec("denominator", self.tr("Denominator"), "int"),
            export.ColumnSpec("percent", self.tr("Percent"), "percent"),
            export.ColumnSpec("definition", self.tr("Definition")),
        )

    def words(self) -> MeasuresWords:
        """The PDF's own words (title, period, who prepared it, pages) in this language."""
        return MeasuresWords(
            title=self.tr("Program measures"),
            period=self.tr("{start} to {end}"),
            prepared=self.tr("Prepared {day} by {name}"),
            measure=self.tr("Measure"),
            page=self.tr("Page {page} of {total}"),
            confidential=self.tr(
                "Confidential: contains protected health information. Do not share without "
                "the family's written consent."
            ),
            lang=current_language(),
        )

    def export(
        self, fmt: str, start: dt.date, end: dt.date, texts: Sequence[MeasureText],
        program: str, note: str,
    ) -> None:  # fmt: skip
        """Ask for a file and write the measures of ``start``-``end`` to it ("xlsx" or "pdf")."""
        what = self.tr("these measures")
        password: str | None = None
        if fmt == "pdf":
            go_on, password = self.ctx.exports.pdf_password(self._widget, what)
            if not go_on:
                return
        elif not self.ctx.exports.confirm(self._widget, what):
            return
        name = f"program-measures-{start.isoformat()}-to-{end.isoformat()}"
        target = self.files.ask_path(self.tr("Export the program measures"), name, fmt)
        if target is None:
            return
        svc, columns, texts, words = self.ctx.svc, self.columns(), tuple(texts), self.words()

        def write() -> Path:
            data = export_measures(svc, start, end, fmt)
            if fmt == "pdf":
                from imh_desktop.reports.base import write_pdf
                from imh_desktop.reports.measures import render_measures_report

                pdf = render_measures_report(data, texts, program, note, password, words)
                return write_pdf(pdf, target)
            frame = measures_frame(data, texts, program)
            sheet = words.period.format(start=format_date(start), end=format_date(end))[:31]
            return export.write_table(frame, columns, target, "xlsx", sheet)

        run_task(self.ctx.runner, write, self._on_written, self._on_failed, self)

    def _on_written(self, target: Path) -> None:
        self.files.folder = target.parent
        self.saved.emit(target.name)

    def _on_failed(self, exc: BaseException) -> None:
        show_error(self._widget, exc)


def measures_frame(
    data: ProgramMeasures, texts: Sequence[MeasureText], program: str
) -> pd.DataFrame:
    """One row per measure and column of the window (the program, then each specialist)."""
    import pandas as pd

    rows = []
    for text in texts:
        for specialist, who in ((None, program), *data.specialists):
            ratio = data.ratio(text.measure, specialist)
            percent = "—" if ratio.percent is None else ratio.percent
            rows.append((text.title, who, ratio.count, ratio.denominator, percent,
                         text.definition))  # fmt: skip
    keys = ["measure", "who", "count", "denominator", "percent", "definition"]
    return pd.DataFrame(rows, columns=keys)
