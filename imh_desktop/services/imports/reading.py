"""Reading a CSV or Excel file into a :class:`Table` (no database, no acting user).

CSV: the encoding is UTF-8 (with or without a byte-order mark), else what
``charset-normalizer`` finds (Windows-1252, Latin-1…); the delimiter (comma,
semicolon, tab) is what ``csv.Sniffer`` finds in the first lines. Excel
(.xlsx): one sheet by name (the first by default), read with openpyxl in
read-only mode (fast for 50,000 rows); date cells arrive as dates, numbers as
numbers. Nothing read here is logged: it is protected health information.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.imports.rows import MAX_ROWS
from imh_desktop.domain.imports.table import Table, tabulate
from imh_desktop.domain.imports.values import Cell

SUFFIXES = (".csv", ".txt", ".xlsx", ".xlsm")
_DELIMITERS = ",;\t|"


def decode(data: bytes) -> str:
    """The text of a CSV file's bytes: UTF-8 (BOM or not), else the detected encoding."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=["cp1252", "latin_1"])
    match = best.best()
    encoding = match.encoding if match is not None else "cp1252"
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return data.decode("cp1252", errors="replace")


def sniff_delimiter(text: str) -> str:
    """The delimiter of CSV ``text``: Sniffer's guess on its first lines, else the most common."""
    sample = "\n".join(text.splitlines()[:50])
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        return max(_DELIMITERS, key=first.count) if first else ","


def csv_rows(text: str) -> list[list[Cell]]:
    """The rows of CSV ``text`` (every cell a string)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    rows: list[list[Cell]] = []
    for row in reader:
        rows.append(list(row))
        if len(rows) > MAX_ROWS + 10:
            raise DomainError(f"The file has more than {MAX_ROWS:,} rows; import it in parts.")
    return rows


def sheet_names(path: Path) -> list[str]:
    """The sheets of an Excel file; a CSV file has one, named ""."""
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return [""]
    with _workbook(path) as book:
        return list(book.sheetnames)


class _Book:
    def __init__(self, path: Path) -> None:
        import openpyxl

        try:
            self.book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
            raise DomainError(
                f"{path.name} could not be read as an Excel workbook (.xlsx). "
                "Save it from Excel as .xlsx or as CSV and try again.",
                "file",
            ) from exc

    def __enter__(self) -> _Book:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.book.close()

    @property
    def sheetnames(self) -> Sequence[str]:
        return self.book.sheetnames  # type: ignore[no-any-return]

    def rows(self, sheet: str) -> Iterator[tuple[Cell, ...]]:
        if sheet and sheet not in self.book.sheetnames:
            raise DomainError(f"The workbook has no sheet named '{sheet}'.", "sheet")
        ws = self.book[sheet] if sheet else self.book.worksheets[0]
        for count, row in enumerate(ws.iter_rows(values_only=True)):
            if count > MAX_ROWS + 10:
                raise DomainError(f"The sheet has more than {MAX_ROWS:,} rows; import it in parts.")
            yield tuple(row)


def _workbook(path: Path) -> _Book:
    return _Book(path)


def read_table(path: Path | str, sheet: str = "") -> Table:
    """The table in a CSV or Excel file (``sheet``: an Excel sheet's name, "" the first).

    Refused with a DomainError (field "file") when the file cannot be read.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise DomainError("Choose a CSV file (.csv) or an Excel workbook (.xlsx).", "file")
    try:
        if suffix in (".xlsx", ".xlsm"):
            with _workbook(path) as book:
                return tabulate(book.rows(sheet))
        data = path.read_bytes()
    except FileNotFoundError:
        raise DomainError(f"There is no file {path.name} any more.", "file") from None
    except PermissionError:
        raise DomainError(f"You may not read {path.name}.", "file") from None
    except IsADirectoryError:
        raise DomainError(f"{path.name} is a folder, not a file.", "file") from None
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DomainError(f"{path.name} is not a text (CSV) file.", "file")
    return tabulate(csv_rows(decode(data)))
