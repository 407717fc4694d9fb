"""The team dashboard's one-line summary of the period: families served, visits, what is late.

A plain function of the period's data, so the view only places the text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject

from imh_desktop.ui.common.counts import served_text
from imh_desktop.ui.common.local_format import period_text

if TYPE_CHECKING:
    from imh_desktop.services.team.team_data import TeamData


class TeamSummary(QObject):
    """The summary's words, through tr with plural forms."""

    def html(self, data: TeamData, specialist_id: int | None, warn: str) -> str:
        """See ``summary_html``."""
        row = data.team_row(specialist_id)
        parts = [served_text(data.period_counts(specialist_id))]
        visits = self.tr("{0} of {1} expected visits").format(
            row["completed"], QLocale().toString(float(row["expected"]), "f", 1)
        )
        if row["percent"] is not None:
            visits += f" ({QLocale().toString(float(row['percent']), 'f', 0)}%)"
        parts.append(visits)

        def count_of(key: str) -> int:
            return int(row.get(key) or 0)

        for key, text in (
            ("late_notes", self.tr("%n late note(s)", "", count_of("late_notes"))),
            ("screens_overdue",
             self.tr("%n overdue screening(s)", "", count_of("screens_overdue"))),
            ("open_alerts", self.tr("%n open alert(s)", "", count_of("open_alerts"))),
            ("no_contact", self.tr("%n family(ies) without contact for {0}+ days", "",
                                   count_of("no_contact")).format(data.no_contact_days)),
        ):  # fmt: skip
            if count_of(key):
                parts.append(f"<span style='color:{warn}'>{text}</span>")
        return f"{period_text(data.period)}: " + " · ".join(parts)


def summary_html(data: TeamData, specialist_id: int | None, warn: str) -> str:
    """The summary of the team (``specialist_id`` None) or of one specialist, as rich text:
    the period, families served, visits against expected, then what needs doing in ``warn``."""
    return TeamSummary().html(data, specialist_id, warn)
