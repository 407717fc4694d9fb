"""Tables to CSV and Excel files, written whole or not at all, safe to open.

A table is a DataFrame plus declared columns (``ColumnSpec``): the key in the
frame, the title people read, and the kind of value, which decides how it is
written (real date cells, percentages as numbers with a % format). A column
of a fixed list (a family's status, its visit frequency) names its enum and
holds stored values or members; the caller that writes the file names them
through ``label`` (the UI's or the reports' labels), so the services never
choose display words. Files are written to an owner-only temporary file in
the target folder and moved into place (``data.files.atomic_write``), so a
failure never leaves half a file and nothing passes through the system's
temporary folder.

Text people typed is never a formula: control characters are removed
(tab and line break kept), and a text cell starting with ``= + - @``, a tab
or a carriage return is neutralised (OWASP, "CSV injection"): prefixed with a
single quote in CSV; in Excel written as a string cell (never a formula, URL
or number) with Excel's "quote prefix" style, so editing it keeps it text.
Excel files are built in memory by XlsxWriter, which writes no temporary
files. pandas and xlsxwriter are imported inside functions.
"""

from __future__ import annotations

import datetime as dt
import errno
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from imh_desktop.data.files import atomic_write
from imh_desktop.domain.errors import DiskFullError, DomainError

if TYPE_CHECKING:
    import pandas as pd

FORMATS = ("csv", "xlsx")
KINDS = ("text", "int", "number", "percent", "date")
EXCEL_DATE_FORMAT = "d mmm yyyy"
MAX_WIDTH = 48
# OWASP's first characters; "\n" too, as a leading "\r" is written as a line break.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")
Label = Callable[[Enum], str]  # how the file names an enum member, e.g. FamilyStatus.ON_HOLD
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True)
class ColumnSpec:
    """One declared column of a table.

    ``kind`` is "text", "int", "number" (one decimal), "percent" (a number
    of percent, 0-100+) or "date". ``warn_above`` / ``warn_below`` mark values
    a supervisor should look at (more than / less than the threshold).
    ``warn_when`` names a boolean column that decides the warning instead.
    ``sort_by`` names another column a table sorts this one by. ``enum`` is
    the fixed list a text column's values belong to (shown by their labels).
    """

    key: str
    title: str
    kind: str = "text"
    tip: str = ""
    warn_above: float | None = None
    warn_below: float | None = None
    warn_when: str | None = None
    sort_by: str | None = None
    enum: type[Enum] | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown column kind {self.kind!r}")

    def warns(self, value: Any) -> bool:
        """True when ``value`` crosses this column's threshold."""
        if value is None:
            return False
        if self.warn_above is not None and value > self.warn_above:
            return True
        return self.warn_below is not None and value < self.warn_below


def frame_rows(frame: pd.DataFrame, keys: Sequence[str]) -> list[tuple[Any, ...]]:
    """The frame's ``keys`` columns as a list of tuples of plain Python values.

    Missing values become None, timestamps become ``datetime.date``, numpy
    numbers become int/float. Done column by column, not row by row.
    """
    columns = []
    for key in keys:
        series = frame[key]
        missing = series.isna().tolist()
        if series.dtype.kind == "M":
            values = series.dt.date.tolist()
        else:
            values = series.tolist()
        columns.append([None if m else v for v, m in zip(values, missing, strict=True)])
    return list(zip(*columns, strict=True)) if columns else []


def labelled(
    frame: pd.DataFrame, columns: Sequence[ColumnSpec], label: Label | None
) -> pd.DataFrame:
    """``frame`` with the values of each ``enum`` column named by ``label``.

    Values may be enum members or their stored values; missing ones stay
    missing. Without ``label`` an ``enum`` column is refused (ValueError): a
    file must never show a stored value ("on_hold") where people read a word.
    """
    named = {}
    for spec in columns:
        if spec.enum is None:
            continue
        if label is None:
            raise ValueError(f"column {spec.key!r} holds {spec.enum.__name__}: pass label=")
        names = {member.value: label(member) for member in spec.enum}
        named[spec.key] = frame[spec.key].map(lambda v, names=names: names.get(v, v))
    return frame.assign(**named) if named else frame


def clean_cell(text: str) -> str:
    """Text as a file may hold it: line endings as ``\\n``, other control characters removed."""
    return _UNWRITABLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet would read ``text`` as a formula (OWASP's first characters)."""
    return text.startswith(FORMULA_PREFIXES)


def csv_cell(value: Any) -> Any:
    """A CSV cell: text cleaned, and prefixed with ``'`` when it could start a formula."""
    if not isinstance(value, str):
        return value
    text = clean_cell(value)
    return "'" + text if looks_like_formula(text) else text


def write_table(
    frame: pd.DataFrame, columns: Sequence[ColumnSpec], path: Path | str, fmt: str,
    sheet: str = "Table", totals_last: bool = False, label: Label | None = None,
) -> Path:  # fmt: skip
    """Write the table as ``fmt`` ("csv" or "xlsx") to ``path``; returns the path.

    ``totals_last``: the last row is a totals row (bold in Excel). ``label``
    names enum members (see ``labelled``).
    """
    if fmt not in FORMATS:
        raise DomainError(f"Choose the format csv or xlsx, not '{fmt}'.", "format")
    if fmt == "csv":
        return write_csv(frame, columns, path, label)
    return write_xlsx(frame, columns, path, sheet, totals_last, label)


def write_rows(
    header: Sequence[str], rows: Sequence[Sequence[str]], path: Path | str, fmt: str,
    sheet: str = "Table",
) -> Path:  # fmt: skip
    """Write a table of display text (a view as shown) as ``fmt``, with the same safety."""
    import pandas as pd

    keys = [f"c{i}" for i in range(len(header))]
    frame = pd.DataFrame([list(r) for r in rows], columns=keys, dtype=object)
    columns = [ColumnSpec(key, title) for key, title in zip(keys, header, strict=True)]
    return write_table(frame, columns, path, fmt, sheet)


def write_csv(
    frame: pd.DataFrame, columns: Sequence[ColumnSpec], path: Path | str,
    label: Label | None = None,
) -> Path:  # fmt: skip
    """CSV (UTF-8 with a byte-order mark, which Excel needs to read accents).

    Dates as YYYY-MM-DD, percentages as numbers (85.7 means 85.7%), expected
    visits to one decimal; enum members named by ``label``; text through
    :func:`csv_cell`.
    """
    out = labelled(frame, columns, label)[[c.key for c in columns]].copy()
    for spec in columns:
        if spec.kind in ("number", "percent"):
            out[spec.key] = out[spec.key].astype(float).round(1)
        elif spec.kind == "date":
            out[spec.key] = frame_dates(out[spec.key])
        else:
            out[spec.key] = out[spec.key].map(csv_cell).astype(object)
    out.columns = [csv_cell(c.title) for c in columns]
    return _atomic_write(path, ".csv", lambda tmp: out.to_csv(tmp, index=False,
                                                                encoding="utf-8-sig"))  # fmt: skip


def write_xlsx(
    frame: pd.DataFrame, columns: Sequence[ColumnSpec], path: Path | str, sheet: str = "Table",
    totals_last: bool = False, label: Label | None = None,
) -> Path:  # fmt: skip
    """An Excel workbook: bold frozen header, fitted widths, real dates, % cells.

    ``totals_last``: the last row is a totals row, written bold. Enum members
    are named by ``label``.
    """
    rows = frame_rows(labelled(frame, columns, label), [c.key for c in columns])
    return _atomic_write(
        path, ".xlsx", lambda tmp: _xlsx(rows, columns, tmp, clean_cell(sheet)[:31], totals_last)
    )


def frame_dates(series: pd.Series) -> list[dt.date | None]:
    """A column of dates (datetime64 or date objects) as ``datetime.date`` or None."""
    import pandas as pd

    stamps = pd.to_datetime(series)
    return [None if pd.isna(s) else s.date() for s in stamps]


_NUMBER_FORMATS = {"int": "0", "number": "0.0", "percent": "0%", "date": EXCEL_DATE_FORMAT}
# No formulas, URLs or numbers made from strings: text stays text.
_WORKBOOK_OPTIONS = {
    "in_memory": True,
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
}


def _xlsx(
    rows: list[tuple[Any, ...]],
    columns: Sequence[ColumnSpec],
    tmp: Path,
    sheet: str,
    totals_last: bool,
) -> None:
    import xlsxwriter

    # Built in memory, then written in one go: a zip file that fails half-way on a full
    # disk cannot be closed cleanly, and would complain when garbage-collected.
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, _WORKBOOK_OPTIONS)
    ws = book.add_worksheet(sheet or "Table")
    styles: dict[tuple[str, bool, bool], Any] = {}

    def style(kind: str, bold: bool, quoted: bool = False) -> Any:
        key = (kind, bold, quoted)
        if key not in styles:
            props: dict[str, Any] = {"bold": bold, "quote_prefix": quoted}
            if kind in _NUMBER_FORMATS:
                props["num_format"] = _NUMBER_FORMATS[kind]
            styles[key] = book.add_format(props)
        return styles[key]

    head = book.add_format({"bold": True, "valign": "vcenter"})
    ws.freeze_panes(1, 0)
    for index, spec in enumerate(columns):
        ws.write_string(0, index, clean_cell(spec.title), head)
    for row_index, row in enumerate(rows, start=1):
        bold = totals_last and row_index == len(rows)
        for index, (spec, value) in enumerate(zip(columns, row, strict=True)):
            _write_cell(ws, row_index, index, value, spec.kind, bold, style)
    for index, spec in enumerate(columns):
        width = max([len(spec.title), *(_shown_width(r[index], spec.kind) for r in rows)])
        ws.set_column(index, index, min(width + 2, MAX_WIDTH))
    book.close()
    tmp.write_bytes(buffer.getvalue())


def _write_cell(
    ws: Any, row: int, col: int, value: Any, kind: str, bold: bool,
    style: Callable[..., Any],
) -> None:  # fmt: skip
    """One cell by the type of its value; text is always a string cell, never a formula."""
    if value is None:
        ws.write_blank(row, col, None, style(kind, bold))
    elif isinstance(value, str):
        text = clean_cell(value)
        ws.write_string(row, col, text, style("text", bold, looks_like_formula(text)))
    elif isinstance(value, bool):
        ws.write_boolean(row, col, value, style(kind, bold))
    elif isinstance(value, int | float):
        number = value / 100 if kind == "percent" else value  # 85.7 shown as 86%
        ws.write_number(row, col, number, style(kind, bold))
    elif isinstance(value, dt.date):
        ws.write_datetime(row, col, value, style("date", bold))
    else:
        ws.write_string(row, col, clean_cell(str(value)), style("text", bold))


def _shown_width(value: Any, kind: str) -> int:
    if value is None:
        return 0
    if kind == "date":
        return 11
    if kind == "percent":
        return 5
    if kind == "number":
        return len(f"{value:.1f}")
    return len(str(value))


def _atomic_write(path: Path | str, suffix: str, write: Callable[[Path], object]) -> Path:
    """Write through an owner-only temporary file beside ``path``, then replace ``path``."""
    target = Path(path).expanduser()
    if target.suffix.lower() != suffix:
        raise DomainError(f"The file name must end in {suffix}.", "out")
    if not target.parent.is_dir():
        raise DomainError(f"The folder {target.parent} does not exist.", "out")
    if target.is_dir():
        raise DomainError(f"{target} is a folder; give a file name ending in {suffix}.", "out")
    try:
        return atomic_write(target, write, suffix)
    except PermissionError as exc:
        raise DomainError(f"Cannot write {target}: permission denied.", "out") from exc
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DiskFullError(
                f"The disk is full, so {target} was not written. Free some space and try again.",
                "out",
            ) from exc
        raise DomainError(f"Cannot write {target}: {exc.strerror or exc}.", "out") from exc


def write_file(path: Path | str, suffix: str, write: Callable[[Path], object]) -> Path:
    """Write any file (``write(tmp)``) whole or not at all, with the table files' checks.

    The name must end in ``suffix``, its folder exist; failures become DomainError.
    """
    return _atomic_write(path, suffix, write)
