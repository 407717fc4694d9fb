"""Case numbers: "IMH-2026-0042", the 42nd case numbered in 2026.

A family's number is given once, when its record is made, and never changes.
The year is the enrolment year, or for a family still waiting (referred) the
year its record is made; numbers run from 0001 within each year.
"""

from __future__ import annotations

import datetime as dt

PREFIX = "IMH"


def case_year(enrolled_on: dt.date | None, created_on: dt.date) -> int:
    """The year a new family's case number belongs to."""
    return (enrolled_on or created_on).year


def year_prefix(year: int) -> str:
    """The start every case number of ``year`` shares: "IMH-2026-"."""
    return f"{PREFIX}-{year}-"


def next_case_number(year: int, last: str | None) -> str:
    """The number after ``last``, the highest number given in ``year`` so far (None: the first).

    Serials are zero-padded to four digits; past 9999 they simply grow.
    """
    prefix = year_prefix(year)
    if last is not None and not last.startswith(prefix):
        raise ValueError(f"{last!r} is not a case number of {year}")
    serial = int(last.removeprefix(prefix)) + 1 if last else 1
    return f"{prefix}{serial:04d}"
