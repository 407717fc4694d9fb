"""Program measures for funders (DOMAIN.md, MIECHV paragraph): what counts, given plain rows.

Each measure is a count over a denominator for a period, both ends
inclusive. The service reads the facts of the families once
(``services/measures``); the rules here decide, for every family, the
entries it adds to each measure's denominator and whether each is counted:

- **Depression screen on time**: one entry per family whose primary
  caregiver's first depression-screen window (``schedule.caregiver_windows``:
  3 months from enrolment, or from the youngest child's birth for a family
  enrolled in pregnancy) ends in the period while the family is enrolled;
  counted when an EPDS or PHQ-9 of that caregiver was given inside it.
- **ASQ-3 on time**: one entry per child and scheduled ASQ-3 window (the
  default schedule, by corrected age: ``schedule.child_windows``) that ends in
  the period while the family is enrolled; counted when an ASQ-3 of that
  child was given inside the window.
- **Positive depression / developmental screen with a completed referral**:
  one entry per positive screen (EPDS, PHQ-9 / ASQ-3, ASQ:SE-2; positive as
  DOMAIN.md says, stored with the screening) given in the period; counted
  when a referral made for it is completed, that is connected or closed: a
  referral made from the screen's alert, or one of the fitting type (mental
  health / early intervention) for the family made within
  ``REFERRAL_WITHIN_DAYS`` days of the screen.
- **Part C referrals connected**: one entry per early-intervention referral
  made in the period; counted when its status is connected or closed.
- **Retained 6 / 12 months**: one entry per family whose 6 (12) month
  enrolment anniversary falls in the period; counted when on that day it was
  still enrolled (not closed before it), or had closed with its goals met.

Dates after ``today`` do not count yet: a window that has not ended, an
anniversary not reached. Everything is a pure function of its arguments.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache

from imh_desktop.domain.ages import GestationalAge, add_months, born_weeks_early, weeks_early
from imh_desktop.domain.enums import (
    ClosureReason,
    Instrument,
    ReferralStatus,
    ReferralType,
)
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.schedule import (
    DEFAULT_SCHEDULE,
    ScreeningSchedule,
    caregiver_anchor,
    child_windows,
)

REFERRAL_WITHIN_DAYS = 30
# Past this age no ASQ-3 window of the schedule is open (30 months through 31 mo 15 d, plus
# up to about 4 months of correction for prematurity).
AGED_OUT_MONTHS = 40
MAX_PERIOD_DAYS = 5 * 366 + 1
COMPLETED = frozenset({ReferralStatus.CONNECTED, ReferralStatus.CLOSED})
DEPRESSION = frozenset({Instrument.EPDS, Instrument.PHQ9})
DEVELOPMENT = frozenset({Instrument.ASQ3, Instrument.ASQSE2})


class Measure(StrEnum):
    """The program measures, in the order they are shown."""

    DEPRESSION_SCREENED = "depression_screened"
    ASQ_SCREENED = "asq_screened"
    DEPRESSION_REFERRED = "depression_referred"
    DEVELOPMENT_REFERRED = "development_referred"
    PART_C_CONNECTED = "part_c_connected"
    RETAINED_6 = "retained_6"
    RETAINED_12 = "retained_12"


# The referral type that fits a positive screen of each kind when not made from its alert.
FITTING_REFERRAL = {
    Measure.DEPRESSION_REFERRED: ReferralType.MENTAL_HEALTH,
    Measure.DEVELOPMENT_REFERRED: ReferralType.EARLY_INTERVENTION,
}


@dataclass(frozen=True)
class MeasurePeriod:
    """The period measured, both ends inclusive."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise DomainError("The period's last day is before its first day.", "period")
        if (self.end - self.start).days > MAX_PERIOD_DAYS:
            raise DomainError("Choose a period of at most five years.", "period")

    def holds(self, day: dt.date, today: dt.date) -> bool:
        """True when ``day`` is in the period and not after ``today``."""
        return self.start <= day <= min(self.end, today)


@dataclass(frozen=True)
class ChildFacts:
    """A child: birth, gestation (for corrected age) and the days an ASQ-3 was given."""

    child_id: int
    name: str
    dob: dt.date
    gestation: GestationalAge | None
    asq3_given: tuple[dt.date, ...] = ()


@dataclass(frozen=True)
class ScreenFacts:
    """A positive screen (depression or developmental) given to someone in the family."""

    screening_id: int
    instrument: Instrument
    given_on: dt.date
    subject: str  # whom it was given to (a name)


@dataclass(frozen=True)
class ReferralFacts:
    """A referral of the family; ``screening_id`` when made from that screen's alert."""

    referral_id: int
    referral_type: ReferralType
    made_on: dt.date
    status: ReferralStatus
    screening_id: int | None = None


@dataclass(frozen=True)
class FamilyFacts:
    """What the measures need to know of one enrolled family."""

    family_id: int
    specialist_id: int
    enrolled_on: dt.date
    closed_on: dt.date | None = None
    closure_reason: ClosureReason | None = None
    caregiver: str = ""  # the primary caregiver's name
    caregiver_screens: tuple[dt.date, ...] = ()  # the primary caregiver's EPDS and PHQ-9
    children: tuple[ChildFacts, ...] = ()
    positive_screens: tuple[ScreenFacts, ...] = ()
    referrals: tuple[ReferralFacts, ...] = ()

    def enrolled_on_day(self, day: dt.date) -> bool:
        """True when the family was enrolled on ``day`` (closing that day still counts)."""
        return self.enrolled_on <= day and (self.closed_on is None or self.closed_on >= day)


@dataclass(frozen=True)
class Entry:
    """One unit of a measure's denominator: whose, about whom, on which day, counted or not."""

    measure: Measure
    family_id: int
    subject: str  # e.g. "Maya, ASQ-3 18 month" or "EPDS of Ana"
    on: dt.date  # the day that put it in the period (window end, screen, referral, anniversary)
    met: bool


@dataclass(frozen=True)
class Ratio:
    """A measure's count over its denominator."""

    count: int
    denominator: int

    @property
    def percent(self) -> float | None:
        """The share in percent, None when the denominator is 0."""
        return self.count / self.denominator * 100 if self.denominator else None

    @property
    def text(self) -> str:
        """E.g. "3 / 4 (75%)", or "0 / 0 (—)" when there is nothing to count."""
        share = "—" if self.percent is None else f"{self.percent:.0f}%"
        return f"{self.count} / {self.denominator} ({share})"


def depression_entries(
    family: FamilyFacts, period: MeasurePeriod, today: dt.date,
    schedule: ScreeningSchedule = DEFAULT_SCHEDULE,
) -> list[Entry]:  # fmt: skip
    """The primary caregiver's first depression screen, when its window ends in the period."""
    youngest = max((c.dob for c in family.children), default=None)
    anchor = caregiver_anchor(family.enrolled_on, youngest)
    if anchor is None or not family.caregiver:
        return []
    # The first window of ``schedule.caregiver_windows``: from the anchor, for N months.
    end = _plus_months(anchor, schedule.caregiver_first_within_months)
    if not period.holds(end, today) or not family.enrolled_on_day(end):
        return []
    met = any(anchor <= day <= end for day in family.caregiver_screens)
    return [Entry(Measure.DEPRESSION_SCREENED, family.family_id, family.caregiver, end, met)]


def asq_entries(
    family: FamilyFacts, period: MeasurePeriod, today: dt.date,
    schedule: ScreeningSchedule = DEFAULT_SCHEDULE,
) -> list[Entry]:  # fmt: skip
    """Each child's scheduled ASQ-3 windows that end in the period while the family is enrolled."""
    entries = []
    for child in family.children:
        if child.dob > period.end or _plus_months(child.dob, AGED_OUT_MONTHS) < period.start:
            continue  # no ASQ-3 window of this child can end in the period
        for label, start, end in asq3_windows(child.dob, child.gestation, schedule):
            if not period.holds(end, today) or not family.enrolled_on_day(end):
                continue
            met = any(start <= day <= end for day in child.asq3_given)
            entries.append(Entry(Measure.ASQ_SCREENED, family.family_id,
                                 f"{child.name}, {label}", end, met))  # fmt: skip
    return entries


# Many families share an enrolment day or a birthday: month arithmetic is worked out once.
_plus_months = lru_cache(maxsize=65536)(add_months)


def asq3_windows(
    dob: dt.date, gestation: GestationalAge | None, schedule: ScreeningSchedule
) -> tuple[tuple[str, dt.date, dt.date], ...]:
    """The child's ASQ-3 windows under ``schedule`` as (label, first day, last day)."""
    return _asq3_windows(dob, weeks_early(gestation), schedule)


@lru_cache(maxsize=65536)
def _asq3_windows(
    dob: dt.date, early: int, schedule: ScreeningSchedule
) -> tuple[tuple[str, dt.date, dt.date], ...]:
    """Cached: working the windows out by corrected age costs far more than the rest of the
    measures, and children born the same day as many weeks early share them."""
    only_asq3 = replace(schedule, asqse2_intervals=())
    return tuple((w.label, w.window_start, w.window_end)
                 for w in child_windows(dob, born_weeks_early(early), only_asq3))  # fmt: skip


def referral_entries(family: FamilyFacts, period: MeasurePeriod, today: dt.date) -> list[Entry]:
    """Positive screens given in the period, each counted when a referral for it is completed."""
    entries = []
    for screen in family.positive_screens:
        if not period.holds(screen.given_on, today):
            continue
        if screen.instrument in DEPRESSION:
            measure = Measure.DEPRESSION_REFERRED
        elif screen.instrument in DEVELOPMENT:
            measure = Measure.DEVELOPMENT_REFERRED
        else:
            continue
        met = any(
            r.status in COMPLETED and _for_screen(r, screen, FITTING_REFERRAL[measure])
            for r in family.referrals
        )
        subject = f"{screen.subject}, {screen.instrument.abbreviation}"
        entries.append(Entry(measure, family.family_id, subject, screen.given_on, met))
    return entries


def _for_screen(referral: ReferralFacts, screen: ScreenFacts, fitting: ReferralType) -> bool:
    if referral.screening_id is not None:
        return referral.screening_id == screen.screening_id
    late = (referral.made_on - screen.given_on).days
    return referral.referral_type is fitting and 0 <= late <= REFERRAL_WITHIN_DAYS


def part_c_entries(family: FamilyFacts, period: MeasurePeriod, today: dt.date) -> list[Entry]:
    """Early-intervention (Part C) referrals made in the period; counted if connected or closed."""
    part_c, done = ReferralType.EARLY_INTERVENTION, COMPLETED
    return [
        Entry(Measure.PART_C_CONNECTED, family.family_id, "Part C", r.made_on, r.status in done)
        for r in family.referrals
        if r.referral_type is part_c and period.holds(r.made_on, today)
    ]


def retention_entries(
    family: FamilyFacts, period: MeasurePeriod, today: dt.date, months: int
) -> list[Entry]:
    """The family, when its ``months`` enrolment anniversary is in the period."""
    measure = {6: Measure.RETAINED_6, 12: Measure.RETAINED_12}[months]
    anniversary = _plus_months(family.enrolled_on, months)
    if not period.holds(anniversary, today):
        return []
    goals_met = family.closure_reason is ClosureReason.GOALS_MET and family.closed_on is not None
    met = family.enrolled_on_day(anniversary) or goals_met
    return [Entry(measure, family.family_id, f"{months} months", anniversary, met)]


def family_entries(
    family: FamilyFacts, period: MeasurePeriod, today: dt.date,
    schedule: ScreeningSchedule = DEFAULT_SCHEDULE,
) -> list[Entry]:  # fmt: skip
    """Every entry the family adds to any measure's denominator for the period."""
    return [
        *depression_entries(family, period, today, schedule),
        *asq_entries(family, period, today, schedule),
        *referral_entries(family, period, today),
        *part_c_entries(family, period, today),
        *retention_entries(family, period, today, 6),
        *retention_entries(family, period, today, 12),
    ]


def tally(
    entries: Iterable[Entry], specialist_of: Mapping[int, int], specialists: Iterable[int] = ()
) -> dict[Measure, dict[int | None, Ratio]]:
    """Each measure's ratio per specialist (by the family's specialist) and for the program (None).

    ``specialists`` are given a row even when they have nothing to count.
    """
    counts: dict[Measure, dict[int | None, list[int]]] = {m: {} for m in Measure}
    keys: list[int | None] = [None, *specialists]
    for entry in entries:
        for key in (None, specialist_of[entry.family_id]):
            cell = counts[entry.measure].setdefault(key, [0, 0])
            cell[0] += int(entry.met)
            cell[1] += 1
            if key not in keys:
                keys.append(key)
    return {measure: {k: Ratio(*by.get(k, (0, 0))) for k in keys} for measure, by in counts.items()}
