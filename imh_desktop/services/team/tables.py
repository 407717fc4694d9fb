"""The team dashboard's declared tables and reporting periods.

Columns are declared once (key, title, kind, tooltip, warning threshold, the
enum of a fixed-list column, whose values the table or file labels) and
shared by the Qt table models and the CSV/Excel exports, so a column reads
the same on screen and in a file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from imh_desktop.domain.dates import format_month, format_period, format_quarter
from imh_desktop.domain.enums import FamilyStatus, Frequency
from imh_desktop.domain.errors import DomainError
from imh_desktop.services.common.export import ColumnSpec

PERIOD_KINDS = {
    "this_month": "This month",
    "last_month": "Last month",
    "this_quarter": "This quarter",
    "last_4_weeks": "Last 4 weeks",
    "custom": "Custom dates",
}


@dataclass(frozen=True)
class Period:
    """A reporting period, both ends inclusive, with its label ("November 2026")."""

    start: dt.date
    end: dt.date
    label: str
    kind: str = "custom"

    def label_in(self, lang: str) -> str:
        """The label in ``lang``'s words ("noviembre de 2026" in Spanish); ``label`` is the
        English one the exports and reports print."""
        return period_label(self.kind, self.start, self.end, lang)

    def is_current(self, today: dt.date) -> bool:
        """True while ``today`` falls in the period (its last week may still be going on)."""
        return self.start <= today <= self.end

    def last_week_partial(self, week_start: dt.date, today: dt.date) -> bool:
        """True when the week from ``week_start`` is the period's and has days still to come.

        Only the current period has such a week: in a past period a week cut by the
        period's end is complete for that period.
        """
        return self.is_current(today) and week_start + dt.timedelta(days=6) > today


def period_label(kind: str, start: dt.date, end: dt.date, lang: str = "en") -> str:
    """A period's label: its month for a month, "Q4 2026" for a quarter, else its dates."""
    if kind in ("this_month", "last_month"):
        return format_month(start, lang)
    if kind == "this_quarter":
        return format_quarter(start, lang)
    return format_period(start, end, lang)


def period_for(
    kind: str, today: dt.date, start: dt.date | None = None, end: dt.date | None = None
) -> Period:
    """The period of ``kind`` (a key of ``PERIOD_KINDS``) on ``today``.

    "last_4_weeks" is the 28 days ending today.

    A custom period needs ``start`` and ``end``; one that ends before it
    starts is refused.
    """
    first_of_month = today.replace(day=1)
    if kind == "this_month":
        start, end = first_of_month, _month_end(first_of_month)
        return Period(start, end, period_label(kind, start, end), kind)
    if kind == "last_month":
        end = first_of_month - dt.timedelta(days=1)
        start = end.replace(day=1)
        return Period(start, end, period_label(kind, start, end), kind)
    if kind == "this_quarter":
        quarter = (today.month - 1) // 3
        start = dt.date(today.year, quarter * 3 + 1, 1)
        end = _month_end(dt.date(today.year, quarter * 3 + 3, 1))
        return Period(start, end, period_label(kind, start, end), kind)
    if kind == "last_4_weeks":
        start = today - dt.timedelta(days=27)
        return Period(start, today, period_label(kind, start, today), kind)
    if kind != "custom":
        raise DomainError(f"Unknown period {kind!r}.", "period")
    if start is None or end is None:
        raise DomainError("Give both the first and the last date of the period.", "period")
    if end < start:
        raise DomainError("The period ends before it starts.", "period_end")
    return Period(start, end, period_label(kind, start, end), kind)


def _month_end(first: dt.date) -> dt.date:
    following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


_PERIOD_VISITS = (
    ColumnSpec("completed", "Visits", "int", "Visits completed in the period"),
    ColumnSpec(
        "expected",
        "Expected",
        "number",
        "Visits expected in the period at each family's frequency (monthly: one per "
        "calendar month; quarterly: one per calendar quarter), prorated for the days "
        "it was active, counting days up to today; families on hold are not expected",
    ),
    ColumnSpec(
        "percent",
        "% of expected",
        "percent",
        "Visits completed as a share of expected",
        warn_below=75.0,
    ),
    ColumnSpec("cancelled", "Cancelled", "int", "Visits cancelled by the family or by staff"),
    ColumnSpec("no_shows", "No-shows", "int", "No-shows in the period"),
)
_OVERDUE_VISITS = ColumnSpec(
    "overdue_visits",
    "Visits overdue",
    "int",
    'Active families whose next visit was due before today (the caseload\'s "overdue")',
    warn_above=0,
)
_LATE = ColumnSpec(
    "late_notes",
    "Late notes",
    "int",
    "Notes still unsigned after the agency's allowed working days (as of today)",
    warn_above=0,
)
_GOALS = (
    ColumnSpec("goals_active", "Active goals", "int", "Goals by status, as of today"),
    ColumnSpec("goals_achieved", "Achieved", "int", "Goals achieved in the period"),
    ColumnSpec("goals_revised", "Revised", "int", "Goals revised (replaced by a new statement)"),
    ColumnSpec("goals_discontinued", "Discontinued", "int", "Goals discontinued"),
)
_SCREENS_ALERTS = (
    ColumnSpec("screens_due", "Screens due", "int", "Scheduled screenings whose window is open"),
    ColumnSpec(
        "screens_overdue",
        "Screens overdue",
        "int",
        "Scheduled screenings whose window closed without one, and none of that kind "
        "given since (counted once per kind and person)",
        warn_above=0,
    ),
    ColumnSpec(
        "open_alerts",
        "Alerts",
        "int",
        "Open alerts (positive screens not yet followed up)",
        warn_above=0,
    ),
)

TEAM_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("specialist", "Specialist"),
    ColumnSpec(
        "families", "Families", "int",
        "Families served in the period: enrolled by its end, not closed before it began, "
        "not on hold (families closed during it count; the caseload lists open cases only)",
    ),
    *_PERIOD_VISITS, _OVERDUE_VISITS, _LATE, *_GOALS, *_SCREENS_ALERTS,
    ColumnSpec(
        "no_contact", "No contact", "int",
        "Active families with no completed visit for more than the agency's no-contact days",
        warn_above=0,
    ),
    ColumnSpec(
        "supervision_hours", "Supervision (h)", "number",
        "Hours of reflective supervision with the specialist held in the period",
    ),
)  # fmt: skip

FAMILY_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("case_number", "Case"),
    ColumnSpec("family", "Family"),
    ColumnSpec(
        "attention", "Needs attention", "text",
        "Urgent alerts, positive screens without follow-up, overdue screenings, no contact, "
        "a visit overdue, visits under 75% of expected, late notes; sorts by clinical risk "
        "in that order",
        sort_by="attention_rank",
    ),
    ColumnSpec("status", "Status", enum=FamilyStatus),
    ColumnSpec("frequency", "Frequency", enum=Frequency),
    *_PERIOD_VISITS[:2],
    dataclasses.replace(
        _PERIOD_VISITS[2], warn_below=None, warn_when="low_visits",
        tip="Visits completed as a share of expected; flagged under 75% once at least one "
        "visit was expected",
    ),
    _LATE, *_SCREENS_ALERTS[1:],
    ColumnSpec("next_visit_due", "Next visit due", "date",
               "The next planned visit, else one interval after the last completed visit"),
    ColumnSpec(
        "days_since_contact", "Days since contact", "int",
        "Days since the last completed visit (or enrolment), for active families",
    ),
    ColumnSpec("last_contact", "Last visit", "date", "Last completed visit"),
    *_PERIOD_VISITS[3:], _SCREENS_ALERTS[0], *_GOALS,
    ColumnSpec("enrolled_on", "Enrolled", "date"),
)  # fmt: skip

CASELOAD_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("case_number", "Case"),
    ColumnSpec("family_name", "Family"),
    ColumnSpec("children_text", "Children (age)"),
    ColumnSpec("caregiver_name", "Primary caregiver"),
    ColumnSpec("specialist_name", "Specialist"),
    ColumnSpec("status", "Status", enum=FamilyStatus),
    ColumnSpec("frequency", "Frequency", enum=Frequency),
    ColumnSpec("enrolled_on", "Enrolled", "date"),
    ColumnSpec("last_visit", "Last visit", "date"),
    ColumnSpec("days_since_contact", "Days since contact", "int"),
    ColumnSpec("next_visit_due", "Next visit due", "date"),
    *_PERIOD_VISITS,
    ColumnSpec("unsigned_notes", "Unsigned notes", "int"),
    _LATE,
    ColumnSpec("active_goals", "Active goals", "int"),
    *_SCREENS_ALERTS,
    ColumnSpec("alert_text", "Alert"),
)  # fmt: skip
