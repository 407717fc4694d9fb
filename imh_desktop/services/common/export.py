"""Tables to CSV and Excel files, written whole or not at all.

A table is a DataFrame plus declared columns (``ColumnSpec``): the key in the
frame, the title people read, and the kind of value, which decides how it is
written (real date cells, percentages as numbers with a % format). A column
of a fixed list (a family's status, its visit frequency) names its enum and
holds stored values or members; the caller that writes the file names them
through ``label`` (the UI's or the reports' labels), so the services never
choose display words. Files are
written to a temporary file in the target folder and moved into place, so a
failure never leaves half a file. pandas and openpyxl are imported inside
functions.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from imh_desktop.domain.errors import DomainError

if TYPE_CHECKING:
    import pandas as pd

FORMATS = ("csv", "xlsx")
KINDS = ("text", "int", "number", "percent", "date")
EXCEL_DATE_FORMAT = "d mmm yyyy"
MAX_WIDTH = 48
Label = Callable[[Enum], str]  # how the file names an enum member, e.g. FamilyStatus.ON_HOLD


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


def write_csv(
    frame: pd.DataFrame, columns: Sequence[ColumnSpec], path: Path | str,
    label: Label | None = None,
) -> Path:  # fmt: skip
    """CSV (UTF-8 with a byte-order mark, which Excel needs to read accents).

    Dates as YYYY-MM-DD, percentages as numbers (85.7 means 85.7%), expected
    visits to one decimal; enum members named by ``label``.
    """
    out = labelled(frame, columns, label)[[c.key for c in columns]].copy()
    for spec in columns:
        if spec.kind in ("number", "percent"):
            out[spec.key] = out[spec.key].astype(float).round(1)
        elif spec.kind == "date":
            out[spec.key] = frame_dates(out[spec.key])
    out.columns = [c.title for c in columns]
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
        path, ".xlsx", lambda tmp: _xlsx(rows, columns, tmp, sheet[:31], totals_last)
    )


def frame_dates(series: pd.Series) -> list[dt.date | None]:
    """A column of dates (datetime64 or date objects) as ``datetime.date`` or None."""
    import pandas as pd

    stamps = pd.to_datetime(series)
    return [None if pd.isna(s) else s.date() for s in stamps]


def _xlsx(
    rows: list[tuple[Any, ...]],
    columns: Sequence[ColumnSpec],
    tmp: Path,
    sheet: str,
    totals_last: bool,
) -> None:
    import pandas as pd
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    data = pd.DataFrame.from_records(rows, columns=[c.title for c in columns])
    for spec in columns:
        if spec.kind == "percent":  # Excel's % format shows 0.857 as 86%
            data[spec.title] = data[spec.title].astype(float) / 100
    with pd.ExcelWriter(tmp, engine="openpyxl") as writer:
        data.to_excel(writer, sheet_name=sheet, index=False)
        ws = writer.sheets[sheet]
        ws.freeze_panes = "A2"
        for index, spec in enumerate(columns, start=1):
            head = ws.cell(row=1, column=index)
            head.font = Font(bold=True)
            head.alignment = Alignment(wrap_text=False, vertical="center")
            number_format = {"int": "0", "number": "0.0", "percent": "0%",
                             "date": EXCEL_DATE_FORMAT}.get(spec.kind)  # fmt: skip
            width = len(spec.title)
            for row_index, row in enumerate(rows, start=2):
                cell = ws.cell(row=row_index, column=index)
                if number_format and cell.value is not None:
                    cell.number_format = number_format
                if totals_last and row_index == len(rows) + 1:
                    cell.font = Font(bold=True)
                width = max(width, _shown_width(row[index - 1], spec.kind))
            ws.column_dimensions[get_column_letter(index)].width = min(width + 2, MAX_WIDTH)


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
    """Write through a temporary file beside ``path``, then replace ``path`` in one step."""
    target = Path(path).expanduser()
    if target.suffix.lower() != suffix:
        raise DomainError(f"The file name must end in {suffix}.", "out")
    if not target.parent.is_dir():
        raise DomainError(f"The folder {target.parent} does not exist.", "out")
    fd, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=suffix, dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        os.replace(tmp, target)
    except PermissionError as exc:
        raise DomainError(f"Cannot write {target}: permission denied.", "out") from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return target
