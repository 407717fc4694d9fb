"""The count lines of the caseload and the team view, in the interface's language.

``domain.period_families.served_words`` and ``services.caseload.table.month_words``
say the same in English for the printed reports and the command line; the screens
say it through tr, with plural forms.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from imh_desktop.domain.period_families import PeriodCounts


class CountWords(QObject):
    """ "5 families served · 1 on hold"; "9 open cases: 7 served this month · ..."."""

    def served(self, counts: PeriodCounts, this_month: bool = False, noun: bool = True) -> str:
        served = counts.served
        if noun:
            text = self.tr("%Ln family(ies) served", "", served)
        else:
            text = self.tr("%Ln served", "", served)
        if this_month:
            text += self.tr(" this month")
        closed, on_hold, waiting = counts.closed, counts.on_hold, counts.not_enrolled
        if closed:
            text += self.tr(" (%Ln closed during it)", "", closed)
        if on_hold:
            text += self.tr(" · %Ln on hold", "", on_hold)
        if waiting:
            text += self.tr(" · %Ln referred, not yet enrolled", "", waiting)
        return text

    def caseload_line(self, shown: int, counts: PeriodCounts, overdue: int, alerts: int) -> str:
        """The caseload's count line: open cases, served this month, overdue, alerts."""
        text = self.tr("%Ln open case(s): ", "", shown)
        text += self.served(counts, this_month=True, noun=False)
        text += self.tr(" · %Ln overdue", "", overdue)
        text += self.tr(" · %Ln alert(s)", "", alerts)
        return text


def served_text(counts: PeriodCounts) -> str:
    """``served_words`` in the interface's language."""
    return CountWords().served(counts)
