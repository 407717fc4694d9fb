"""The caseload as shown (filtered, sorted, visible columns in their order), printed or
exported to Excel or CSV.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from imh_desktop.services.access.disclosures import record_export, record_print
from imh_desktop.services.caseload.table import CaseloadRow
from imh_desktop.services.common import export
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.ui.caseload.columns import COLUMNS
from imh_desktop.ui.caseload.view import CaseloadView


def caseload_table(rows: Sequence[CaseloadRow], column_keys: Sequence[str]) -> list[list[str]]:
    """Header plus one line per row, with the given columns' display text, in that order."""
    by_key = {c.key: c for c in COLUMNS}
    columns = [by_key[key] for key in column_keys]
    return [[c.title for c in columns], *([c.text(r) for c in columns] for r in rows)]


def caseload_html(title: str, subtitle: str, table: list[list[str]]) -> str:
    """A plain printable HTML page of the table."""
    head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in table[0])
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in line) + "</tr>"
        for line in table[1:]
    )
    return (
        f"<h2>{html.escape(title)}</h2><p>{html.escape(subtitle)}</p>"
        "<table border='1' cellspacing='0' cellpadding='3' width='100%' "
        "style='border-collapse: collapse; font-size: 8pt;'>"
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def export_table(table: list[list[str]], path: Path) -> Path:
    """Write the table to ``path``: Excel for .xlsx, else CSV (UTF-8 with BOM), ending added.

    Written whole, owner-only, formula-safe (``services.common.export``).
    """
    fmt = "xlsx" if path.suffix.lower() == ".xlsx" else "csv"
    if path.suffix.lower() != f".{fmt}":
        path = path.with_name(f"{path.name}.{fmt}")
    return export.write_rows(table[0], table[1:], path, fmt, "Caseload")


def visible_table(view: CaseloadView) -> list[list[str]]:
    """The table as the view shows it: filtered, sorted, visible columns in screen order."""
    header = view.table.horizontalHeader()
    order = sorted(
        (header.visualIndex(i), c.key)
        for i, c in enumerate(COLUMNS)
        if not header.isSectionHidden(i)
    )
    return caseload_table(view.visible_rows(), [key for _, key in order])


def print_caseload(
    parent: QWidget, view: CaseloadView, title: str, subtitle: str, svc: ServiceContext
) -> bool:
    """Ask for a printer and print the caseload as shown; False when cancelled.

    The print is checked and audited (``record_print``) before anything is printed.
    """
    from PySide6.QtGui import QPageLayout, QTextDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    if not QPrintDialog(printer, parent).exec():
        return False
    record_print(svc, "caseload", [r.family_id for r in view.visible_rows()])
    document = QTextDocument()
    document.setHtml(caseload_html(title, subtitle, visible_table(view)))
    document.print_(printer)
    return True


def export_caseload(
    parent: QWidget, view: CaseloadView, suggested: Path, svc: ServiceContext
) -> Path | None:
    """Ask where to save, then write the caseload as shown; None when cancelled.

    The export is checked and audited (``record_export``) before the file is written.
    """
    name, _ = QFileDialog.getSaveFileName(
        parent,
        "Export the caseload",
        str(suggested),
        "Excel workbook (*.xlsx);;CSV, comma separated (*.csv)",
    )
    if not name:
        return None
    path = Path(name)
    fmt = "xlsx" if path.suffix.lower() == ".xlsx" else "csv"
    record_export(svc, "caseload", [r.family_id for r in view.visible_rows()], fmt)
    return export_table(visible_table(view), path)
