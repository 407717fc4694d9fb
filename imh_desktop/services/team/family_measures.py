"""Per-family measures of the team dashboard, with pandas: visits, notes, goals, attention.

``family_measures`` reads a team's families, visits, goals and ratings
(``services.team.queries``, one query a table) and works out each family's
measures for the period and as of today: expected visits prorated by the one
rule of ``domain.dosage``, late notes, goal and screening counts, days since
contact, and why the family needs attention, ranked by clinical risk.
``weekly_visits`` counts completed visits per specialist and week for the chart.
pandas and numpy are imported inside functions (start-up does not pay for them).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from imh_desktop.domain import dosage
from imh_desktop.domain.dates import format_date
from imh_desktop.domain.enums import FamilyStatus, Frequency
from imh_desktop.domain.period_families import Standing
from imh_desktop.domain.sign_rules import working_days_between
from imh_desktop.services.common.uow import UnitOfWork
from imh_desktop.services.screenings.due import due_counts
from imh_desktop.services.team import family_rules
from imh_desktop.services.team import queries as q
from imh_desktop.services.team.tables import Period
from imh_desktop.services.team.team_data import COUNT_KEYS, GOAL_KEYS

if TYPE_CHECKING:
    import pandas as pd

LOW_DOSAGE_PERCENT = 75.0


def family_measures(
    uow: UnitOfWork, staff: pd.DataFrame, period: Period, today: dt.date,
    late_after_days: int, no_contact_days: int,
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:  # fmt: skip
    """Per-family measures, the period's completed visits per specialist and day (for the
    weekly chart), ratings."""
    import pandas as pd

    ids = [int(i) for i in staff["staff_id"]]
    conn = uow.session.connection()
    fam = q.read_families(conn, ids, period, today)
    fam = fam.merge(staff[["staff_id", "specialist"]].rename(columns={"staff_id": "specialist_id"}),
                    on="specialist_id", how="left")  # fmt: skip
    on_hold = fam["status"] == FamilyStatus.ON_HOLD.value
    active_now = fam["status"] == FamilyStatus.ACTIVE.value
    fam["standing"] = family_rules.standings(fam, period)
    fam["active"] = fam["standing"] == Standing.SERVED.value  # the team table's "Families"

    fam["expected"] = _expected(fam, period, today).where(~on_hold, 0.0)

    counts = q.read_visit_counts(conn, ids, period, late_cutoff(today, late_after_days))
    counts = counts.set_index("family_id")

    goals = q.read_goal_counts(conn, ids, period, today)
    goal_counts = goals.pivot_table(index="family_id", columns="status", values="n",
                                    aggfunc="sum").rename(columns=GOAL_KEYS)  # fmt: skip
    due = due_counts(uow.session, [int(i) for i in fam["family_id"]], today,
                     chosen_by=q.served_family_ids(ids, period))  # fmt: skip
    screens = pd.DataFrame.from_dict(
        due, orient="index", columns=["screens_due", "screens_overdue"]
    ).rename_axis("family_id")

    fam = fam.set_index("family_id")
    for extra in (counts, goal_counts, screens):
        fam = fam.join(extra, how="left")
    for key in COUNT_KEYS:
        if key not in fam:
            fam[key] = 0
        fam[key] = fam[key].fillna(0).astype("int64")
    fam = fam.reset_index()
    fam["percent"] = (fam["completed"] / fam["expected"] * 100).where(fam["expected"] > 0)
    since = fam["last_contact"].fillna(fam["enrolled_on"])
    fam["days_since_contact"] = (
        (pd.Timestamp(today) - since).dt.days.where(active_now).astype("Int64")
    )
    fam["no_contact"] = (fam["days_since_contact"] > no_contact_days).fillna(False).astype(bool)
    family_rules.visit_due(fam, today)
    _attention(fam)
    fam = fam.sort_values(["specialist", "case_number"]).reset_index(drop=True)

    completed = q.read_completed_days(conn, ids, period)
    ratings = q.read_latest_ratings(conn, ids, period)
    ratings = ratings[ratings["family_id"].isin(fam["family_id"])]
    return fam, completed, ratings


def late_cutoff(today: dt.date, late_after_days: int) -> dt.date:
    """The last day whose unsigned note is late today: more than ``late_after_days`` working
    days after it up to today (``sign_rules.working_days_between``, weekends not counted)."""
    day = today
    while working_days_between(day, today) <= late_after_days:
        day -= dt.timedelta(days=1)
    return day


def _expected(fam: pd.DataFrame, period: Period, today: dt.date) -> pd.Series:
    """Visits expected of each family in the period up to today, by ``dosage.expected_between``.

    The active span of each family is worked out for all rows at once; the
    domain rule then runs once per distinct (frequency, first day, last day),
    which most families share (the period's first day and today).
    """
    import pandas as pd

    until = pd.Timestamp(min(period.end, today))
    spans = pd.DataFrame({
        "frequency": fam["frequency"],
        "first": fam["enrolled_on"].clip(lower=pd.Timestamp(period.start)),  # type: ignore[call-overload]
        "last": fam["closed_on"].fillna(until).clip(upper=until),  # type: ignore[call-overload]
    })  # fmt: skip
    distinct = spans.drop_duplicates().copy()
    distinct["expected"] = [
        dosage.expected_between(Frequency(freq), first.date(), last.date())
        for freq, first, last in distinct.itertuples(index=False)
    ]
    merged = spans.merge(distinct, how="left", on=["frequency", "first", "last"])
    return pd.Series(merged["expected"].to_numpy(dtype=float), index=fam.index)


def _plural(count: pd.Series, one: str, many: str) -> pd.Series:
    return count.astype(str) + " " + count.map(lambda n: one if n == 1 else many)


def _attention(fam: pd.DataFrame) -> None:
    """Why a family needs attention, in words (``attention``), as a count (``attention_n``)
    and as a clinical-risk rank (``attention_rank``, higher first); ``low_visits`` marks
    visits under 75% of expected.

    Ranked by clinical risk first: urgent alerts, then positive screens without
    follow-up, then referrals whose follow-up is overdue, then overdue screenings;
    then visits (no contact past the agency's days, a visit overdue, then visits
    under 75% of expected, the lower the share the higher), then late notes. Low
    visits count only once at least one visit was expected, so a quarterly family
    is not flagged in its first week.
    """
    import numpy as np

    low = ((fam["expected"] >= 1) & (fam["percent"] < LOW_DOSAGE_PERCENT)).fillna(False)
    fam["low_visits"] = low.astype(bool)
    urgent = fam["urgent_alerts"]
    positive = fam["open_alerts"] - urgent
    late, overdue = fam["late_notes"], fam["screens_overdue"]
    referrals = fam["overdue_referrals"]
    no_contact = fam["no_contact"].fillna(False).astype(bool)
    reasons = (
        (urgent > 0, _plural(urgent, "urgent alert", "urgent alerts")),
        (positive > 0, _plural(positive, "positive screen", "positive screens")
         + " without follow-up"),
        (referrals > 0, _plural(referrals, "referral follow-up", "referral follow-ups")
         + " overdue"),
        (overdue > 0, _plural(overdue, "overdue screening", "overdue screenings")),
        (no_contact, "no visit in " + fam["days_since_contact"].astype(str) + " days"),
        (fam["overdue_visits"] > 0, _overdue_words(fam)),
        (low, fam["percent"].round().astype("Int64").astype(str) + "% of visits"),
        (late > 0, _plural(late, "late note", "late notes")),
    )  # fmt: skip
    text = fam["family_id"].map(lambda _: "")
    count = np.zeros(len(fam), dtype="int64")
    for flag, words in reasons:
        flag = flag.fillna(False).astype(bool)
        text = text + np.where(flag, words + "; ", "")
        count += flag.to_numpy()
    fam["attention"] = text.str.rstrip("; ")
    fam["attention_n"] = count
    shortfall = (100 - fam["percent"].fillna(100).clip(1, 99)).where(low, 0).round()
    rank = np.zeros(len(fam), dtype="int64")
    for part in (urgent, positive, referrals, overdue, no_contact.astype("int64"),
                 fam["overdue_visits"], shortfall, late):  # fmt: skip
        rank = rank * 100 + part.fillna(0).astype("int64").clip(0, 99).to_numpy()
    fam["attention_rank"] = rank


def _overdue_words(fam: pd.DataFrame) -> pd.Series:
    """ "visit overdue since 30 Oct 2026" for the families with a visit overdue, else "" (the
    dates turned to words for those rows only)."""
    import numpy as np
    import pandas as pd

    flagged = np.flatnonzero(fam["overdue_visits"].to_numpy() > 0)
    words = np.full(len(fam), "", dtype=object)
    words[flagged] = [
        "visit overdue since " + format_date(day.date()) if pd.notna(day) else ""
        for day in fam["next_visit_due"].iloc[flagged]
    ]
    return pd.Series(words, index=fam.index)


def weekly_visits(
    completed: pd.DataFrame, staff: pd.DataFrame, period: Period, today: dt.date
) -> pd.DataFrame:
    """Completed visits per specialist per 7-day week of the period, zero weeks included,
    from their counts per specialist and day (``queries.read_completed_days``).

    Weeks count from the period's first day (so none straddles its start)
    and stop at today: a week that has not begun is not shown as empty.
    """
    import pandas as pd

    start = pd.Timestamp(period.start)
    until = pd.Timestamp(min(period.end, today))
    weeks = pd.date_range(start, until, freq="7D") if until >= start else pd.DatetimeIndex([])
    block = (completed["visit_date"] - start).dt.days // 7
    week = start + pd.to_timedelta(block * 7, unit="D")
    counts = (
        completed.assign(week_start=week)
        .groupby(["specialist_id", "week_start"])["completed"]
        .sum()
    )
    grid = pd.MultiIndex.from_product([staff["staff_id"].astype("int64"), weeks],
                                      names=["specialist_id", "week_start"])  # fmt: skip
    return counts.reindex(grid, fill_value=0).rename("completed").reset_index()
