"""Reading one spreadsheet cell as a date, a whole number, a choice or text.

Cells come from CSV (always text) or Excel (text, numbers, dates). Every
parser raises :class:`ValueError` with words a clinician can read; the row
builder (``rows.py``) turns it into an error for that row and column.

Dates: an Excel date cell, an Excel serial number (days since 30 Dec 1899),
ISO text (2026-03-04), numeric text in the file's order (04/03/2026 is
4 March in day-month-year, 3 April in month-day-year: :class:`DateOrder`,
asked of the person when the file does not tell), and month names in
English or Spanish ("4 March 2026", "March 4, 2026", "4 de marzo de 2026",
"04-Mar-26").
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import unicodedata
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import TypeVar

Cell = str | int | float | dt.date | dt.datetime | None

EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 1 = 1 Jan 1900 (Excel's leap-year bug absorbed)
SERIAL_MIN, SERIAL_MAX = 1, 2_958_465  # 1 Jan 1900 .. 31 Dec 9999
# Bare numbers read as serials from text cells: 1954 .. 2119 (a phone is longer, a year shorter).
TEXT_SERIAL_MIN, TEXT_SERIAL_MAX = 20_000, 80_000


class DateOrder(enum.Enum):
    """How a file writes numeric dates like 04/03/2026."""

    DMY = "day/month/year"
    MDY = "month/day/year"
    YMD = "year/month/day"


MONTHS = {
    **{m: i for i, m in enumerate(
        ("january february march april may june july august september october "
         "november december").split(), start=1)},
    **{m: i for i, m in enumerate(
        ("enero febrero marzo abril mayo junio julio agosto septiembre octubre "
         "noviembre diciembre").split(), start=1)},
    "setiembre": 9,
}  # fmt: skip
_ABBREVIATIONS = {name[:3]: n for name, n in MONTHS.items()} | {"sept": 9, "ene": 1, "dic": 12}
_NUMERIC = re.compile(r"^(\d{1,4})[./\-\s](\d{1,2})[./\-\s](\d{1,4})$")
_TIME_TAIL = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?( ?[ap]\.?m\.?)?$", re.IGNORECASE)
_WORDS = re.compile(r"[a-z]+|\d+")


def plain(text: str) -> str:
    """Lower case, accents and punctuation gone, single spaces: how headers and words compare."""
    decomposed = unicodedata.normalize("NFKD", text)
    letters = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", letters).split())


def clean_text(value: Cell) -> str:
    """A cell as text: trimmed, no-break spaces as spaces, whole numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).replace("\u00a0", " ").replace("\ufeff", "").strip()


def is_blank(value: Cell) -> bool:
    return clean_text(value) == ""


def from_serial(serial: float) -> dt.date:
    """The date of an Excel serial number (the 1900 date system)."""
    if not SERIAL_MIN <= serial <= SERIAL_MAX:
        raise ValueError(f"{clean_text(serial)} is not a date.")
    return EXCEL_EPOCH + dt.timedelta(days=int(serial))


def to_serial(day: dt.date) -> int:
    """The Excel serial number of ``day`` (the inverse of :func:`from_serial`)."""
    return (day - EXCEL_EPOCH).days


def _year(text: str) -> int:
    year = int(text)
    if len(text) <= 2:  # the spreadsheet convention: 00-69 are 2000s, 70-99 are 1900s
        year += 2000 if year < 70 else 1900
    return year


def _make(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(f"'{text}' is not a real date.") from None


def numeric_parts(text: str) -> tuple[str, str, str] | None:
    """The three numbers of a numeric date ("04/03/2026"), or None for any other text."""
    found = _NUMERIC.match(_TIME_TAIL.sub("", text.strip()))
    return (found.group(1), found.group(2), found.group(3)) if found else None


def ambiguous(text: str) -> bool:
    """True when a numeric date reads as two different days (both of its first parts <= 12)."""
    parts = numeric_parts(text)
    if parts is None or len(parts[0]) > 2:
        return False
    first, second = int(parts[0]), int(parts[1])
    return first != second and first <= 12 and second <= 12


def detect_order(values: Iterable[Cell]) -> DateOrder | None:
    """The order the file's numeric dates must be in, or None when they never tell.

    A first part above 12 (25/03/2026) means day first; a second part above 12
    month first. Year-first dates (2026-03-25) say nothing about the others.
    """
    for value in values:
        if not isinstance(value, str) or (parts := numeric_parts(value)) is None:
            continue
        if len(parts[0]) > 2:
            continue
        if int(parts[0]) > 12:
            return DateOrder.DMY
        if int(parts[1]) > 12:
            return DateOrder.MDY
    return None


def _from_numbers(text: str, parts: tuple[str, str, str], order: DateOrder | None) -> dt.date:
    a, b, c = parts
    if len(a) > 2:  # 2026-03-25: year first whatever the file's order
        return _make(int(a), int(b), int(c), text)
    if ambiguous(text) and order is None:
        raise ValueError(f"'{text}' could be day/month or month/day: choose the date order.")
    if order is DateOrder.YMD:
        return _make(_year(a), int(b), int(c), text)
    if order is DateOrder.MDY or (order is None and int(b) > 12):
        return _make(_year(c), int(a), int(b), text)
    return _make(_year(c), int(b), int(a), text)


def _month(word: str) -> int | None:
    return MONTHS.get(word) or _ABBREVIATIONS.get(word[:4]) or _ABBREVIATIONS.get(word[:3])


def _from_words(text: str) -> dt.date:
    tokens = [t for t in _WORDS.findall(plain(_TIME_TAIL.sub("", text))) if t not in ("de", "of")]
    months = [m for t in tokens if not t.isdigit() and (m := _month(t))]
    numbers = [t for t in tokens if t.isdigit()]
    words = [t for t in tokens if not t.isdigit()]
    if len(months) != 1 or len(numbers) != 2 or len(words) > 2:
        raise ValueError(f"'{text}' is not a date this program can read.")
    day_text, year_text = numbers
    if len(day_text) > 2 or (len(year_text) <= 2 and int(year_text) <= 31 < int(day_text)):
        day_text, year_text = year_text, day_text  # "2026 March 4"
    return _make(_year(year_text), months[0], int(day_text), text)


def parse_date(value: Cell, order: DateOrder | None = None) -> dt.date | None:
    """The date in a cell (None when blank); ValueError saying why it is not one."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise ValueError("A yes/no cell is not a date.")
    if isinstance(value, int | float):
        return from_serial(value)
    text = clean_text(value)
    if not text:
        return None
    if text.isdigit() and TEXT_SERIAL_MIN <= int(text) <= TEXT_SERIAL_MAX:
        return from_serial(int(text))
    parts = numeric_parts(text)
    if parts is not None:
        return _from_numbers(text, parts, order)
    return _from_words(text)


def parse_whole(value: Cell, low: int, high: int, what: str) -> int | None:
    """A whole number from ``low`` to ``high`` (None when blank); "36.0" reads as 36."""
    if isinstance(value, bool):
        raise ValueError(f"{what} must be a number.")
    text = clean_text(value).replace(",", ".")
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        raise ValueError(f"{what} must be a number, not '{text}'.") from None
    if not number.is_integer() or not low <= number <= high:
        raise ValueError(f"{what} must be a whole number from {low} to {high}.")
    return int(number)


def parse_gestation(value: Cell) -> tuple[int | None, int | None]:
    """Weeks and days of a gestational age: "36", "36+2", "36 w 2 d", "36.0"."""
    text = clean_text(value)
    found = re.match(r"^(\d{2})\s*(?:w\w*|s\w*)?\s*\+?\s*(\d)?\s*(?:d\w*)?$", text.lower())
    if found and found.group(2) is not None:
        return int(found.group(1)), int(found.group(2))
    return parse_whole(value, 0, 99, "The gestational age in weeks"), None


E = TypeVar("E", bound=StrEnum)


def parse_choice(value: Cell, words: Mapping[str, E], what: str) -> E | None:
    """A member of a fixed list from its stored value or one of its words (None when blank)."""
    key = plain(clean_text(value))
    if not key:
        return None
    found = words.get(key) or words.get(key.replace(" ", "_"))
    if found is None:
        raise ValueError(f"'{clean_text(value)}' is not a {what} this program knows.")
    return found


def parse_yes_no(value: Cell) -> bool | None:
    """Yes/no in English or Spanish, 1/0, true/false, x (None when blank)."""
    key = plain(clean_text(value))
    if not key:
        return None
    if key in ("yes", "y", "si", "s", "true", "1", "x", "primary", "principal"):
        return True
    if key in ("no", "n", "false", "0"):
        return False
    raise ValueError(f"'{clean_text(value)}' is not yes or no.")
