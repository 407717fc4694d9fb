"""Dates as people read them in this program: "25 Nov 2026".

One set of formatters for the screens, the reports, the exports' titles and
the messages. Month names come from a table, not ``strftime``: ``%b`` follows
the process locale, which a Qt application takes from the desktop, and a
table lookup is quick enough for every cell of a large table.
"""

from __future__ import annotations

import datetime as dt

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def format_date(day: dt.date | None, empty: str = "") -> str:
    """ "25 Nov 2026"; ``empty`` when there is no date. A datetime shows its date."""
    if day is None:
        return empty
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def format_period(start: dt.date, end: dt.date) -> str:
    """ "1 Oct 2026 – 25 Nov 2026"."""
    return f"{format_date(start)} – {format_date(end)}"


def format_month(day: dt.date) -> str:
    """The month ``day`` falls in: "November 2026"."""
    return f"{MONTH_NAMES[day.month - 1]} {day.year}"


def format_day_month(day: dt.date) -> str:
    """ "25 Nov", for axis labels where the year is plain."""
    return f"{day.day} {MONTHS[day.month - 1]}"
