"""One date format everywhere: "25 Nov 2026", whatever the locale."""

from __future__ import annotations

import datetime as dt

from imh_desktop.domain.dates import format_date, format_day_month, format_month, format_period


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
