"""The drill-down's "Needs attention" words in the interface's language.

The service writes them in English (``services.team.family_measures``: the
words the Excel export keeps). In another language the screen writes them
again from the same counts, in the same order of clinical risk; the ranking
(``attention_rank``) and the export do not change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from imh_desktop.ui.common.i18n import current_language
from imh_desktop.ui.common.local_format import format_date

if TYPE_CHECKING:
    import pandas as pd


def _count(value: Any) -> int:
    try:
        return int(value) if value == value else 0  # NaN and NA count as none
    except (TypeError, ValueError):
        return 0


class AttentionWords(QObject):
    """One family's reasons, through tr with plural forms."""

    def reasons(self, row: Any) -> str:
        """The reasons of one row of the families frame (a named tuple), "; "-separated."""
        urgent = _count(row.urgent_alerts)
        positive = _count(row.open_alerts) - urgent
        parts = []
        if urgent > 0:
            parts.append(self.tr("%n urgent alert(s)", "", urgent))
        if positive > 0:
            parts.append(self.tr("%n positive screen(s) without follow-up", "", positive))
        if (referrals := _count(row.overdue_referrals)) > 0:
            parts.append(self.tr("%n referral follow-up(s) overdue", "", referrals))
        if (overdue := _count(row.screens_overdue)) > 0:
            parts.append(self.tr("%n overdue screening(s)", "", overdue))
        if bool(row.no_contact):
            parts.append(self.tr("no visit in %n day(s)", "", _count(row.days_since_contact)))
        due = row.next_visit_due
        if _count(row.overdue_visits) > 0 and due is not None and due == due:
            parts.append(self.tr("visit overdue since {0}").format(format_date(due.date())))
        if bool(row.low_visits) and row.percent == row.percent:
            parts.append(self.tr("{0}% of visits").format(round(float(row.percent))))
        if (late := _count(row.late_notes)) > 0:
            parts.append(self.tr("%n late note(s)", "", late))
        return "; ".join(parts)


def in_interface_language(families: pd.DataFrame) -> pd.DataFrame:
    """``families`` with its ``attention`` words in the interface's language (as is in English)."""
    if current_language() == "en" or families.empty:
        return families
    words = AttentionWords()
    shown = families.copy()
    shown["attention"] = [words.reasons(row) for row in shown.itertuples(index=False)]
    return shown
