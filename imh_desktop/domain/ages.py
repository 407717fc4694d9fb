"""Ages in months and days, corrected age for premature babies, ageing out.

Rules (DOMAIN.md "Ages"):

- Age is counted in calendar months, then days. A full month is reached on
  the same day of the month as the birth, or on the last day of the month
  when that day does not exist. So a child born on 31 January is 1 month old
  on 28 February (29 in a leap year) and 2 months old on 31 March; a child
  born on 29 February 2024 is 12 months old on 28 February 2025.
- Gestational age at birth is recorded in completed weeks and days, as
  birth records give it (36+6 = 36 weeks 6 days; ``GestationalAge``).
- Corrected (adjusted) age applies to a child born 3 or more weeks early
  (gestational age 37 weeks or less): chronological age minus the weeks born
  early (40 - gestational age in weeks). For the ASQ, 4 or more extra days
  round up to the next week (36+6 counts as 37, so 3 weeks early; 36+3 as
  36, 4 weeks early), per the publisher's guidance. It is used for screening
  and shown beside the chronological age until the child is 24 months old
  chronologically; after that only chronological age is used. This is the
  ASQ-3 rule (Squires & Bricker, 2009, ASQ-3 User's Guide).
- Children age out of birth-to-three services at 36 months (chronological).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from imh_desktop.domain.dates import format_date
from imh_desktop.domain.errors import DomainError

TERM_WEEKS = 40
PREMATURE_MAX_WEEKS = 37  # born at 37 weeks or earlier = 3 or more weeks early
CORRECTION_STOPS_MONTHS = 24
AGE_OUT_MONTHS = 36
ROUND_UP_DAYS = 4  # ASQ: 4 or more days past a completed week count as the next week
# One range for every check: 20+0 to 44+6. The floor sits below the usual 22-week limit
# of viability because babies born at 21 weeks have survived (and most US states report
# births and fetal deaths from 20 weeks): no real birth is refused, a typo such as 2 or
# 12 is. Past 44+6 (post-term ends at 42) is a dating or typing error, not a birth. It
# also holds every value the forms accepted before (22-44 whole weeks).
MIN_GESTATION_WEEKS = 20
MAX_GESTATION_WEEKS = 44


@dataclass(frozen=True)
class GestationalAge:
    """Gestational age at birth in completed weeks and days (0-6): 36+6 is 36 weeks 6 days.

    Raises DomainError (field ``gestational_weeks`` or ``gestational_days``)
    outside 20+0 to 44+6.
    """

    weeks: int
    days: int = 0

    def __post_init__(self) -> None:
        if isinstance(self.weeks, bool) or not isinstance(self.weeks, int):
            raise DomainError(
                "Gestational age at birth must be a whole number of weeks.",
                field="gestational_weeks",
            )
        if not MIN_GESTATION_WEEKS <= self.weeks <= MAX_GESTATION_WEEKS:
            raise DomainError(
                f"Gestational age at birth must be between {MIN_GESTATION_WEEKS} and "
                f"{MAX_GESTATION_WEEKS} weeks.",
                field="gestational_weeks",
            )
        if isinstance(self.days, bool) or not isinstance(self.days, int) or not 0 <= self.days <= 6:
            raise DomainError(
                "The days of the gestational age must be 0 to 6 (7 days make the next week).",
                field="gestational_days",
            )

    @classmethod
    def of(cls, weeks: int | None, days: int | None = None) -> GestationalAge | None:
        """From stored columns: None when the weeks are not recorded; days None count as 0."""
        return None if weeks is None else cls(weeks, days or 0)

    @property
    def asq_weeks(self) -> int:
        """Whole weeks for the ASQ: 4 or more extra days round up (36+6 -> 37, 36+3 -> 36)."""
        return self.weeks + (1 if self.days >= ROUND_UP_DAYS else 0)

    def __str__(self) -> str:
        return f"{self.weeks}+{self.days} wk"


# What the age functions take: a GestationalAge, or a whole number of weeks (weeks+0),
# or None when it was not recorded (counted as born at term).
Gestation = GestationalAge | int | None


@dataclass(frozen=True, order=True)
class Age:
    """An age in whole months plus days (0-30); compares like a duration."""

    months: int
    days: int = 0

    def __post_init__(self) -> None:
        if self.months < 0 or not 0 <= self.days <= 30:
            raise ValueError(f"not an age: {self.months} months {self.days} days")

    def __str__(self) -> str:
        return f"{self.months} mo {self.days} d"

    def text(self, lang: str = "en") -> str:
        """The age in ``lang``'s words: "7 mo 12 d" ("7 m 12 d" in Spanish)."""
        return age_words(lang).age.format(months=self.months, days=self.days)


@dataclass(frozen=True)
class AgeWords:
    """The words of an age in one language; each a template with its values by name."""

    age: str = "{months} mo {days} d"
    corrected: str = "{age} (corrected {corrected})"
    due_in: str = "{age} (due in {days} d)"
    born: str = "{name} (born {date})"  # a child in the caseload whose birth is still ahead
    turns_three_soon: str = "turns 3 soon"
    months: str = "{months} mo"  # a screening interval: "6 mo"


ENGLISH = AgeWords()
AGE_WORDS = {
    "en": ENGLISH,
    # Spanish abbreviations as clinicians write them: "m" (meses), "d" (días); the age is
    # "la edad", so "corregida"; "fecha prevista" is the due date.
    "es": AgeWords(
        age="{months} m {days} d",
        corrected="{age} (corregida {corrected})",
        due_in="{age} (fecha prevista en {days} d)",
        born="{name} (nace el {date})",
        turns_three_soon="cumple 3 años pronto",
        months="{months} m",
    ),
}


def age_words(lang: str = "en") -> AgeWords:
    """The age words of ``lang`` ("en", "es"); English for a language without a table."""
    return AGE_WORDS.get(lang, ENGLISH)


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # February: 29 in a leap year


def add_months(start: date, months: int) -> date:
    """The date ``months`` calendar months after ``start``.

    Keeps the day of the month, or uses the month's last day when that day
    does not exist (31 Jan + 1 month = 28/29 Feb).
    """
    year, month0 = divmod(start.year * 12 + (start.month - 1) + months, 12)
    day = start.day
    if day > 28:  # every month has 28 days; past that, this month's own length (no weekday)
        day = min(day, 29 if month0 == 1 and calendar.isleap(year) else _MONTH_DAYS[month0])
    return date(year, month0 + 1, day)


def age_on(dob: date, on: date) -> Age:
    """Chronological age on ``on`` of a child born on ``dob`` (months, then days).

    Raises DomainError (field ``date_of_birth``) when ``on`` is before the birth.
    """
    if on < dob:
        raise DomainError(
            f"Date of birth ({format_date(dob)}) is after {format_date(on)}.", field="date_of_birth"
        )
    months = (on.year - dob.year) * 12 + (on.month - dob.month)
    if add_months(dob, months) > on:
        months -= 1
    return Age(months, (on - add_months(dob, months)).days)


def gestational_age(gestation: Gestation) -> GestationalAge | None:
    """``gestation`` as a GestationalAge (a whole number of weeks is weeks+0), or None.

    Raises DomainError (field ``gestational_weeks``) for anything else.
    """
    if gestation is None or isinstance(gestation, GestationalAge):
        return gestation
    return GestationalAge(gestation)  # checks it is a whole number of weeks in range


def weeks_early(gestation: Gestation) -> int:
    """Weeks born early: 40 - gestational age in ASQ weeks when that is 37 or less, else 0.

    ASQ weeks round 4 or more extra days up: 36+6 is 3 weeks early, 36+3 is
    4, 37+3 is 3 and 37+4 is term. ``None`` (not recorded) counts as born at
    term.
    """
    ga = gestational_age(gestation)
    if ga is None or ga.asq_weeks > PREMATURE_MAX_WEEKS:
        return 0
    return TERM_WEEKS - ga.asq_weeks


def born_weeks_early(early: int) -> Gestation:
    """A gestation that is ``early`` weeks early (``weeks_early`` gives it back): None for 0.

    For what depends on the gestation only through the weeks early (corrected age,
    screening windows), so that it can be worked out once per number of weeks.
    """
    return TERM_WEEKS - early if early else None


def is_premature(gestation: Gestation) -> bool:
    """True when the child was born 3 or more weeks early (GA 37 weeks or less, ASQ rounding)."""
    return weeks_early(gestation) > 0


def second_birthday(dob: date) -> date:
    """The date the child is 24 months old: corrected age stops applying that day."""
    return add_months(dob, CORRECTION_STOPS_MONTHS)


def corrected_age(dob: date, gestation: Gestation, on: date) -> Age | None:
    """Corrected age on ``on``, or None when it does not apply.

    None when the child was not born 3 or more weeks early, or is 24 months or
    older chronologically. Corrected age is the age counted from the date the
    baby was due (birth + weeks early); before that date it is 0 mo 0 d.
    """
    early = weeks_early(gestation)
    age = age_on(dob, on)
    if early == 0 or age.months >= CORRECTION_STOPS_MONTHS:
        return None
    due = dob + timedelta(weeks=early)
    return Age(0, 0) if on < due else age_on(due, on)


def screening_age(dob: date, gestation: Gestation, on: date) -> Age:
    """The age used to pick screening intervals: corrected while it applies, else chronological."""
    corrected = corrected_age(dob, gestation, on)
    return corrected if corrected is not None else age_on(dob, on)


def format_age(dob: date, gestation: Gestation, on: date, lang: str = "en") -> str:
    """Age for display, e.g. "7 mo 12 d (corrected 5 mo 3 d)" or "26 mo 3 d".

    Before a premature baby's due date the corrected age is not yet counting:
    "0 mo 20 d (due in 15 d)" rather than a corrected age of 0 mo 0 d. ``lang``
    picks the words (``AGE_WORDS``): "7 m 12 d (corregida 5 m 3 d)" in Spanish.
    """
    chronological = age_on(dob, on)
    corrected = corrected_age(dob, gestation, on)
    words = age_words(lang)
    if corrected is None:
        return chronological.text(lang)
    due = dob + timedelta(weeks=weeks_early(gestation))
    if on < due:
        return words.due_in.format(age=chronological.text(lang), days=(due - on).days)
    return words.corrected.format(age=chronological.text(lang), corrected=corrected.text(lang))


def date_at_age(dob: date, age: Age) -> date:
    """The first date on which a child born on ``dob`` is ``age`` old or older.

    With month-end births some ages never occur (born 30 Jan: 1 mo 29 d on
    30 Mar is followed by 2 mo 0 d); then the first date past that age is
    returned.
    """
    anchor = add_months(dob, age.months)
    return min(anchor + timedelta(days=age.days), add_months(dob, age.months + 1))


def date_at_screening_age(dob: date, gestation: Gestation, age: Age) -> date:
    """The first date on which the child's screening age is ``age`` or more.

    Screening age never goes down, so this marks where an age window opens.
    It jumps forward on the second birthday for a premature child, when
    chronological age takes over from corrected age. Every child is 0 mo 0 d
    from birth (a premature baby's corrected age is 0 until the due date).
    """
    if age == Age(0, 0):
        return dob
    chronological = date_at_age(dob, age)
    early = weeks_early(gestation)
    if early == 0:
        return chronological
    by_corrected = date_at_age(dob + timedelta(weeks=early), age)
    switch = second_birthday(dob)
    if by_corrected < switch:
        return by_corrected
    return max(chronological, switch)


def last_date_at_screening_age(dob: date, gestation: Gestation, age: Age) -> date:
    """The last date on which the child's screening age is still ``age`` or less.

    Marks where an age window "through N months D days" closes.
    """
    # Days never exceed 30, so the age after "N months 30 days" is N+1 months 0 days.
    following = Age(age.months, age.days + 1) if age.days < 30 else Age(age.months + 1, 0)
    return date_at_screening_age(dob, gestation, following) - timedelta(days=1)


def third_birthday(dob: date) -> date:
    """The date the child turns 36 months and ages out of birth-to-three services."""
    return add_months(dob, AGE_OUT_MONTHS)


def days_until_three(dob: date, on: date) -> int:
    """Days from ``on`` until the third birthday (0 on the day, negative after)."""
    return (third_birthday(dob) - on).days


def months_until_three(dob: date, on: date) -> int:
    """Whole calendar months left before the child turns 36 months (0 once three)."""
    birthday = third_birthday(dob)
    if on >= birthday:
        return 0
    return age_on(on, birthday).months


def has_aged_out(dob: date, on: date) -> bool:
    """True from the third birthday on."""
    return on >= third_birthday(dob)


def ages_out_soon(dob: date, on: date, warn_days: int = 90) -> bool:
    """True when the child turns 36 months after ``on`` and within ``warn_days`` days.

    False once the child is three (see ``has_aged_out``), so the two never
    overlap.
    """
    return 0 < days_until_three(dob, on) <= warn_days
