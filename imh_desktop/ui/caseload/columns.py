"""The caseload's columns: key, title, alignment, cell text, sort key and tooltip, declared once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from imh_desktop.domain.dosage import visits_of_expected
from imh_desktop.services.caseload.table import CaseloadRow, children_text, fold_text
from imh_desktop.ui.common.i18n import current_language
from imh_desktop.ui.common.labels import label
from imh_desktop.ui.common.local_format import format_date, format_decimal, turns_three_soon
from imh_desktop.ui.common.screening_words import alert_text

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter


def _maybe(value: Any) -> tuple[Any, ...]:
    """Sort key that puts missing values last in ascending order."""
    return (1,) if value is None else (0, value)


def _count(value: int) -> str:
    return str(value) if value else ""


def _expected_text(row: CaseloadRow) -> str:
    of = QCoreApplication.translate("CaseloadColumn", "{0} of {1}", "visits done of expected")
    return visits_of_expected(row.visits_this_month, row.expected_this_month, of)


def _dosage(row: CaseloadRow) -> float | None:
    if row.expected_this_month <= 0:
        return None
    return row.visits_this_month / row.expected_this_month


def _children_text(row: CaseloadRow) -> str:
    lang = current_language()
    if lang == "en" or row.ages_on is None:
        text = row.children_text
    else:  # the ages in the interface's words (cached by the service, like the English ones)
        text = children_text(row.children, row.ages_on, lang)
    return text + (f" · {turns_three_soon()}" if row.ages_out_soon else "")


@dataclass(frozen=True)
class Column:
    key: str
    title: Any  # QT_TRANSLATE_NOOP("CaseloadColumn", ...)
    text: Callable[[CaseloadRow], str]
    sort_key: Callable[[CaseloadRow], Any]
    alignment: Qt.AlignmentFlag = _LEFT
    tooltip: Callable[[CaseloadRow], str] | None = None
    description: Any = ""

    @property
    def shown_title(self) -> str:
        """The title in the interface's language (``title`` is marked for lupdate)."""
        return QCoreApplication.translate("CaseloadColumn", self.title)

    @property
    def long_title(self) -> str:
        if self.description:
            return QCoreApplication.translate("CaseloadColumn", self.description)
        return self.shown_title


def alert_tooltip(row: CaseloadRow) -> str:
    """The first open alert's text (and how many more), or "" when none is open."""
    if not row.open_alerts:
        return ""
    more = (
        QCoreApplication.translate("CaseloadColumn", " (and {0} more)").format(row.open_alerts - 1)
        if row.open_alerts > 1
        else ""
    )
    kind = (
        QCoreApplication.translate("CaseloadColumn", "Urgent alert")
        if row.urgent_alerts
        else QCoreApplication.translate("CaseloadColumn", "Open alert")
    )
    return f"{kind}: {alert_text(row.alert_text)}{more}"


def _due_tooltip(row: CaseloadRow) -> str:
    if row.next_visit_due is None:
        return QCoreApplication.translate(
            "CaseloadColumn", "No visit due (the case is not active)."
        )
    when = format_date(row.next_visit_due)
    return (
        QCoreApplication.translate("CaseloadColumn", "Overdue since {0}")
        if row.overdue
        else QCoreApplication.translate("CaseloadColumn", "Next visit due {0}")
    ).format(when)


def _visits_tooltip(row: CaseloadRow) -> str:
    return QCoreApplication.translate(
        "CaseloadColumn",
        "{0} completed this month; {1} expected so far ({2}, prorated for the days up to "
        "today that the case was active)",
    ).format(
        row.visits_this_month,
        format_decimal(row.expected_this_month, 1),
        label(row.frequency).lower(),
    )


COLUMNS: tuple[Column, ...] = (
    Column(
        "case_number",
        QT_TRANSLATE_NOOP("CaseloadColumn", "Case"),
        lambda r: r.case_number,
        lambda r: r.case_number,
    ),
    Column(
        "family",
        QT_TRANSLATE_NOOP("CaseloadColumn", "Family"),
        lambda r: r.family_name,
        lambda r: fold_text(r.family_name),
        tooltip=lambda r: alert_tooltip(r) or r.family_name,
    ),
    Column(
        "children",
        QT_TRANSLATE_NOOP("CaseloadColumn", "Children (age)"),
        _children_text,
        lambda r: _maybe(min((c[1] for c in r.children), default=None)),
        tooltip=lambda r: _children_text(r).replace("; ", "\n"),
        description=QT_TRANSLATE_NOOP("CaseloadColumn", "Children with age (and corrected age)"),
    ),
    Column(
        "caregiver",
        QT_TRANSLATE_NOOP("CaseloadColumn", "Caregiver"),
        lambda r: r.caregiver_name,
        lambda r: fold_text(r.caregiver_name),
        description=QT_TRANSLATE_NOOP("CaseloadColumn", "Primary caregiver"),
    ),
    Column(
        "specialist",
        QT_TRANSLATE_NOOP("CaseloadColumn", "Specialist"),
        lambda r: r.specialist_name,
        lambda r: fold_text(r.specialist_name),
    ),
    Column(
        "status",
        QT_TRANSLATE_NOOP("CaseloadColumn", "Status"),
        lambda r: label(r.status),
        lambda r: label(r.status),
    ),
    Column(
        "enrolled",
        QT_TRANSLATE_NOOP("CaseloadColumn", "Enrolled"),
        lambda r: format_date(r.enrolled_on),
        lambda r: _maybe(r.enrolled_on),
    ),
    Column(
        "last_visit",
        QT_TRANSLATE_NOOP("CaseloadColumn", "Last visit"),
        lambda r: format_date(r.last_visit),
        lambda r: _maybe(r.last_visit),
    ),
    Column(
        "days_since_contact",
        QT_TRANSLATE_NOOP("CaseloadColumn", "Days since"),
        lambda r: "" if r.days_since_contact is None else str(r.days_since_contact),
        lambda r: _maybe(r.days_since_contact),
        _RIGHT,
        description=QT_TRANSLATE_NOOP("CaseloadColumn", "Days since the last completed visit"),
    ),
    Column(
        "next_visit_due",
        QT_TRANSLATE_NOOP("CaseloadColumn", "Next due"),
        lambda r: format_date(r.next_visit_due),
        lambda r: _maybe(r.next_visit_due),
        tooltip=_due_tooltip,
        description=QT_TRANSLATE_NOOP("CaseloadColumn", "Next visit due"),
    ),
    Column(
        "visits_this_month",
        QT_TRANSLATE_NOOP("CaseloadColumn", "This month"),
        _expected_text,
        lambda r: _maybe(_dosage(r)),
        _CENTER,
        tooltip=_visits_tooltip,
        description=QT_TRANSLATE_NOOP("CaseloadColumn", "Visits this month: completed / expected"),
    ),
    Column(
        "unsigned_notes",
        QT_TRANSLATE_NOOP("CaseloadColumn", "Unsigned"),
        lambda r: _count(r.unsigned_notes),
        lambda r: r.unsigned_notes,
        _RIGHT,
        description=QT_TRANSLATE_NOOP("CaseloadColumn", "Unsigned notes"),
    ),
    Column(
        "active_goals",
        QT_TRANSLATE_NOOP("CaseloadColumn", "Goals"),
        lambda r: _count(r.active_goals),
        lambda r: r.active_goals,
        _RIGHT,
        description=QT_TRANSLATE_NOOP("CaseloadColumn", "Active goals"),
    ),
    Column(
        "alerts",
        QT_TRANSLATE_NOOP("CaseloadColumn", "Alerts"),
        lambda r: _count(r.open_alerts),
        lambda r: r.open_alerts,
        _RIGHT,
        tooltip=alert_tooltip,
        description=QT_TRANSLATE_NOOP("CaseloadColumn", "Open alerts"),
    ),
    Column(
        "referrals",
        QT_TRANSLATE_NOOP("CaseloadColumn", "Referrals"),
        lambda r: _count(r.overdue_referrals),
        lambda r: r.overdue_referrals,
        _RIGHT,
        tooltip=lambda r: (
            QCoreApplication.translate(
                "CaseloadColumn", "{0} referral follow-up(s) overdue"
            ).format(r.overdue_referrals)
            if r.overdue_referrals
            else ""
        ),
        description=QT_TRANSLATE_NOOP("CaseloadColumn", "Referral follow-ups overdue"),
    ),
    Column(
        "releases",
        QT_TRANSLATE_NOOP("CaseloadColumn", "Releases"),
        lambda r: _count(r.expiring_releases),
        lambda r: r.expiring_releases,
        _RIGHT,
        tooltip=lambda r: (
            QCoreApplication.translate(
                "CaseloadColumn", "{0} release(s) of information expiring within 30 days"
            ).format(r.expiring_releases)
            if r.expiring_releases
            else ""
        ),
        description=QT_TRANSLATE_NOOP(
            "CaseloadColumn", "Releases of information expiring within 30 days"
        ),
    ),
)
COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}
WARN_COLUMNS = frozenset({COLUMN_INDEX["next_visit_due"], COLUMN_INDEX["days_since_contact"]})
ALERT_COLUMN = COLUMN_INDEX["alerts"]
FAMILY_COLUMN = COLUMN_INDEX["family"]
