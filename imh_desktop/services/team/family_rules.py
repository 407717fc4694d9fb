"""Per-family rules of the team view, applied to its families frame by the domain's one
definitions: a family's standing in the period (``domain.period_families``) and when its
next visit is due and whether it is overdue (``domain.dosage``)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from imh_desktop.domain import dosage
from imh_desktop.domain.enums import FamilyStatus, Frequency
from imh_desktop.domain.period_families import standing

if TYPE_CHECKING:
    import pandas as pd

    from imh_desktop.services.team.tables import Period


def standings(fam: pd.DataFrame, period: Period) -> list[str]:
    """Each family's standing in the period, by the one rule (``domain.period_families``)."""
    import pandas as pd

    def day(value: Any) -> dt.date | None:
        return None if pd.isna(value) else value.date()

    return [
        standing(FamilyStatus(status), day(enrolled), day(closed), period.start, period.end).value
        for status, enrolled, closed in zip(
            fam["status"], fam["enrolled_on"], fam["closed_on"], strict=True)
    ]  # fmt: skip


def visit_due(fam: pd.DataFrame, today: dt.date) -> None:
    """``next_visit_due`` and ``overdue_visits`` (0 or 1) of each family, by the domain's one
    definition (``dosage.visit_due`` / ``visit_overdue``), as the caseload computes them."""
    import pandas as pd

    def day(value: Any) -> dt.date | None:
        return None if pd.isna(value) else value.date()

    due = [
        dosage.visit_due(day(planned), day(last), Frequency(freq), day(enrolled),
                         status == FamilyStatus.ACTIVE.value)
        for planned, last, freq, enrolled, status in zip(
            fam["next_planned"], fam["last_contact"], fam["frequency"], fam["enrolled_on"],
            fam["status"], strict=True)
    ]  # fmt: skip
    fam["next_visit_due"] = pd.to_datetime(pd.Series(due, index=fam.index, dtype=object))
    fam["overdue_visits"] = [
        int(dosage.visit_overdue(d, status == FamilyStatus.ACTIVE.value, today))
        for d, status in zip(due, fam["status"], strict=True)
    ]
