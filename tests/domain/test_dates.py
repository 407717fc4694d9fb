"""One date format everywhere: "25 Nov 2026", whatever the locale."""

from __future__ import annotations

import datetime as dt

from imh_desktop.domain.dates import (
    format_date,
    format_day_month,
    format_month,
    format_period,
    format_quarter,
    format_short_day,
    format_weekday,
)


def test_dates_read_day_month_year() -> None:
    assert format_date(dt.date(2026, 11, 5)) == "5 Nov 2026"
    assert format_date(dt.date(2027, 1, 31)) == "31 Jan 2027"
    assert format_date(dt.datetime(2026, 12, 25, 23, 59)) == "25 Dec 2026"
    assert format_date(None) == "" and format_date(None, "—") == "—"


def test_periods_months_and_axis_labels() -> None:
    assert format_period(dt.date(2026, 10, 1), dt.date(2026, 11, 25)) == (
        "1 Oct 2026 – 25 Nov 2026"
    )
    assert format_month(dt.date(2026, 2, 14)) == "February 2026"
    assert format_day_month(dt.date(2026, 9, 7)) == "7 Sep"


def test_spanish_dates_have_spanish_months_and_weekdays() -> None:
    day = dt.date(2026, 11, 25)
    assert format_date(day, lang="es") == "25 nov 2026"
    assert format_date(dt.date(2026, 9, 1), lang="es") == "1 sept 2026"  # as Qt's Spanish
    assert format_date(None, "—", "es") == "—"
    assert format_period(dt.date(2026, 1, 1), day, "es") == "1 ene 2026 – 25 nov 2026"
    assert format_month(day, "es") == "noviembre de 2026"
    assert format_day_month(dt.date(2026, 8, 7), "es") == "7 ago"
    assert format_weekday(day, "es") == "miércoles" and format_weekday(day) == "Wednesday"


def test_a_language_without_words_reads_english() -> None:
    assert format_date(dt.date(2026, 11, 25), lang="fr") == "25 Nov 2026"
    assert format_month(dt.date(2026, 11, 25), "fr") == "November 2026"


def test_quarters() -> None:
    assert format_quarter(dt.date(2026, 11, 25)) == "Q4 2026"
    assert format_quarter(dt.date(2027, 3, 31), "es") == "T1 2027"


def test_short_days_keep_two_digits() -> None:
    assert format_short_day(dt.date(2026, 11, 5)) == "Thu 05 Nov"
    assert format_short_day(dt.date(2026, 11, 5), "es") == "jue 05 nov"
