"""The caseload as shown, for printing (HTML) and for export (CSV or Excel)."""

from __future__ import annotations

import csv
import html
from collections.abc import Sequence
from pathlib import Path

from imh_desktop.services.caseload import CaseloadRow
from imh_desktop.ui.caseload_model import COLUMNS


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


def export_table(table: list[list[str]], path: Path) -> None:
    """Write the table to ``path``: Excel for .xlsx, CSV (UTF-8 with BOM) otherwise."""
    if path.suffix.lower() == ".xlsx":
        import pandas as pd  # lazily: never at start-up

        pd.DataFrame(table[1:], columns=table[0]).to_excel(path, index=False)
        return
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        csv.writer(handle).writerows(table)
