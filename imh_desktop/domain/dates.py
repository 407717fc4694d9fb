"""Dates as people read them in this program: "25 Nov 2026" ("25 nov 2026" in Spanish).

One set of formatters for the screens, the reports, the exports' titles and
the messages. Month names come from a table, not ``strftime``: ``%b`` follows
the process locale, which a Qt application takes from the desktop, and a
table lookup is quick enough for every cell of a large table.

The table is keyed by language: the screens pass the interface's language
(``ui.common.local_format``); reports, exports and messages leave it out and
stay English. The Spanish words are the ones Qt's Spanish locale uses (CLDR),
so a date typed in a Spanish date field and one shown in a table read alike.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True)
class DateWords:
    """The words of dates in one language: short and full month names, weekdays, and
    how a month and its year go together ("{month} {year}")."""

    months: tuple[str, ...]
    month_names: tuple[str, ...]
    weekdays: tuple[str, ...]
    weekdays_short: tuple[str, ...]
    month_year: str = "{month} {year}"
    quarter: str = "Q{quarter} {year}"


SPANISH_MONTHS = tuple("ene feb mar abr may jun jul ago sept oct nov dic".split())
SPANISH_MONTH_NAMES = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip
SPANISH_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
SPANISH_WEEKDAYS_SHORT = ("lun", "mar", "mié", "jue", "vie", "sáb", "dom")

ENGLISH = DateWords(MONTHS, MONTH_NAMES, WEEKDAYS, WEEKDAYS_SHORT)
DATE_WORDS = {
    "en": ENGLISH,
    "es": DateWords(
        SPANISH_MONTHS,
        SPANISH_MONTH_NAMES,
        SPANISH_WEEKDAYS,
        SPANISH_WEEKDAYS_SHORT,
        "{month} de {year}",
        "T{quarter} {year}",
    ),
}


def date_words(lang: str = "en") -> DateWords:
    """The date words of ``lang`` ("en", "es"); English for a language without a table."""
    return DATE_WORDS.get(lang, ENGLISH)


def format_date(day: dt.date | None, empty: str = "", lang: str = "en") -> str:
    """ "25 Nov 2026" ("25 nov 2026" in Spanish); ``empty`` when there is no date. A datetime
    shows its date."""
    if day is None:
        return empty
    return f"{day.day} {date_words(lang).months[day.month - 1]} {day.year}"


def format_period(start: dt.date, end: dt.date, lang: str = "en") -> str:
    """ "1 Oct 2026 – 25 Nov 2026"."""
    return f"{format_date(start, lang=lang)} – {format_date(end, lang=lang)}"


def format_month(day: dt.date, lang: str = "en") -> str:
    """The month ``day`` falls in: "November 2026" ("noviembre de 2026")."""
    words = date_words(lang)
    return words.month_year.format(month=words.month_names[day.month - 1], year=day.year)


def format_day_month(day: dt.date, lang: str = "en") -> str:
    """ "25 Nov", for axis labels where the year is plain."""
    return f"{day.day} {date_words(lang).months[day.month - 1]}"


def format_weekday(day: dt.date, lang: str = "en") -> str:
    """The day of the week: "Wednesday" ("miércoles")."""
    return date_words(lang).weekdays[day.weekday()]


def format_short_day(day: dt.date, lang: str = "en") -> str:
    """ "Wed 05 Nov" ("mié 05 nov"): the calendar's short day, its day of the month in two
    digits."""
    words = date_words(lang)
    return f"{words.weekdays_short[day.weekday()]} {day.day:02d} {words.months[day.month - 1]}"


def format_quarter(day: dt.date, lang: str = "en") -> str:
    """The calendar quarter ``day`` falls in: "Q4 2026" ("T4 2026": trimestre)."""
    return date_words(lang).quarter.format(quarter=(day.month - 1) // 3 + 1, year=day.year)
