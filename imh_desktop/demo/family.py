"""Who a demo family is: its dates, caregivers, children and names.

Who the caregivers may be (mother, father, grandmother, foster parent…) comes
from ``data/households.toml``; names from ``names``.

A family is first drafted (status, referral/enrolment/closure dates, people)
so that all drafts can be put in referral-date order before ids and case
numbers are given. Children are under three on every day of service, so an
active family's children are all under three today; a case closed because
the child turned three closes on the third birthday.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from random import Random
from typing import Any

from imh_desktop.demo import names as pool
from imh_desktop.demo.datafiles import Community, Role, households
from imh_desktop.domain.ages import add_months
from imh_desktop.domain.enums import ClosureReason, FamilyStatus, Frequency, ReferralSource

REASONS = tuple(ClosureReason)
REASON_WEIGHTS = (25, 15, 15, 20, 15, 5, 5)
SERVICE_MONTHS = {  # months of service before closing, by reason
    ClosureReason.GOALS_MET: (12, 33),
    ClosureReason.MOVED: (3, 24),
    ClosureReason.DECLINED: (1, 10),
    ClosureReason.UNABLE_TO_REACH: (2, 10),
    ClosureReason.AGED_OUT: (8, 34),
    ClosureReason.TRANSFERRED: (3, 22),
    ClosureReason.OTHER: (2, 24),
}
SOURCES = tuple(ReferralSource)
SOURCE_WEIGHTS = (20, 18, 15, 10, 7, 10, 15, 5)
FREQUENCIES = (Frequency.WEEKLY, Frequency.BIWEEKLY, Frequency.MONTHLY, Frequency.QUARTERLY)
FREQUENCY_WEIGHTS = (50, 37, 11, 2)
PREMATURE_WEEKS = (26, 27, 28, 29, 30, 31, 32, 32, 33, 33, 34, 34, 34, 35, 35, 35, 36, 36, 36)
TERM_WEEKS = (38, 39, 39, 40, 40, 40, 41)
UNDER_THREE_DAYS = 1090  # a little under 36 months


def _days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


@dataclass(frozen=True)
class Carer:
    person: pool.Person
    relationship: str
    female: bool
    dob: dt.date
    language: str
    phone: str


@dataclass(frozen=True)
class Kid:
    person: pool.Person
    sex: str
    dob: dt.date
    gestational_weeks: int | None
    gestational_days: int | None  # 0-6 past the weeks, as birth records give it (36+6)


@dataclass(frozen=True)
class Draft:
    """A family as decided in the first pass, before it has ids."""

    index: int
    status: FamilyStatus
    referral_date: dt.date
    enrolled_on: dt.date | None
    last_day: dt.date  # last day a past visit may fall on
    closed_on: dt.date | None
    reason: ClosureReason | None
    frequency: Frequency
    specialist: int  # index into the specialists
    source: ReferralSource
    carers: tuple[Carer, ...]
    kids: tuple[Kid, ...]
    display_name: str
    address: str
    flags: tuple[str, ...]


class Drafter:
    """Drafts families for an agency whose history reaches ``history_days`` back."""

    def __init__(
        self, rng: Random, today: dt.date, history_days: int, specialist_weights: list[float]
    ) -> None:
        self.rng, self.today, self.history_days = rng, today, history_days
        self.weights = specialist_weights

    def _timeline(self, status: FamilyStatus) -> tuple[Any, ...]:
        """(referral, enrolled, last visit day, closed, reason, end of service)."""
        rng, today = self.rng, self.today
        reason = closed = None
        if status is FamilyStatus.REFERRED:
            referral = today - _days(rng.randint(1, 45))
            return referral, None, referral, None, None, referral
        if status is FamilyStatus.ACTIVE:
            enrolled = today - _days(int(rng.triangular(14, 1000, 300)))
            last_day, end = today - _days(1), today
        elif status is FamilyStatus.ON_HOLD:
            gap = rng.randint(14, 90)
            enrolled = today - _days(gap + int(rng.triangular(30, 700, 200)))
            last_day, end = today - _days(gap), today
        else:
            reason = rng.choices(REASONS, REASON_WEIGHTS)[0]
            low, high = SERVICE_MONTHS[reason]
            closed = today - _days(rng.randint(2, self.history_days))
            enrolled = closed - _days(int(rng.uniform(low, high) * 30.44))
            last_day = end = closed
        referral = enrolled - _days(rng.randint(5, 45))
        return referral, enrolled, last_day, closed, reason, end

    def _kids(
        self,
        who: Community,
        surname: str,
        father: str | None,
        start: dt.date,
        end: dt.date,
        reason: ClosureReason | None,
        flags: tuple[str, ...],
        oldest: int,
    ) -> tuple[Kid, ...]:
        """One or two children (twins, or a sibling), all under three from ``start`` to ``end``."""
        rng = self.rng
        span = (end - start).days
        if reason is ClosureReason.AGED_OUT:
            dob = add_months(end, -36)
        else:  # most families enrol in the first months
            dob = start - _days(int(max(0, oldest - span) * rng.random() ** 2))
        twins = "twins" in flags or rng.random() < 0.025
        dobs = [dob, dob] if twins else [dob]
        if not twins and rng.random() < 0.12:
            gap, age = rng.randint(300, 700), (start - dob).days
            if age + span + gap <= UNDER_THREE_DAYS:
                dobs.append(dob - _days(gap))
            elif age >= 330:
                dobs.append(dob + _days(rng.randint(300, age)))
        kids: list[Kid] = []
        for i, born in enumerate(dobs):
            sex = rng.choices(("female", "male", "unknown"), (49, 49, 2))[0]
            female = sex == "female" or (sex == "unknown" and rng.random() < 0.5)
            person = pool.make_person(rng, who, female, surname, child=True, father=father)
            while kids and person.first_name == kids[0].person.first_name:
                person = pool.make_person(rng, who, female, surname, child=True, father=father)
            weeks: int | None
            if twins and i == 1:
                kids.append(Kid(person, sex, born, kids[0].gestational_weeks,
                                kids[0].gestational_days))  # fmt: skip
                continue
            if twins:
                weeks = rng.choice(PREMATURE_WEEKS[6:])
            elif ("premature" in flags and i == 0) or rng.random() < 0.11:
                weeks = rng.choice(PREMATURE_WEEKS)
            else:
                weeks = None if rng.random() < 0.15 else rng.choice(TERM_WEEKS)
            days = None if weeks is None else rng.randint(0, 6)
            kids.append(Kid(person, sex, born, weeks, days))
        return tuple(kids)

    def _carer(
        self, role: Role, who: Community, surname: str, child_dob: dt.date, primary: bool
    ) -> Carer:
        rng = self.rng
        relationship, _, female_odds, (young, old) = role
        female = rng.random() < female_odds
        person = pool.make_person(rng, who, female, surname)
        teen = relationship == "Mother" and rng.random() < 0.08
        years = rng.randint(17, 19) if teen else rng.randint(young, old)
        dob = child_dob - _days(365 * years + rng.randint(0, 364))
        phone = pool.make_phone(rng) if primary or rng.random() < 0.6 else ""
        return Carer(person, relationship, female, dob, pool.pick_language(rng, who), phone)

    def draft(self, index: int, status: FamilyStatus, flags: tuple[str, ...]) -> Draft:
        """Decide one family: dates, people, names."""
        rng = self.rng
        referral, enrolled, last_day, closed, reason, end = self._timeline(status)
        start = enrolled or referral
        who = pool.pick_community(rng)
        surname = pool.pick_surname(rng, who)
        if who.key == "latino" and rng.random() < 0.15:
            surname = f"{surname} {pool.pick_surname(rng, who)}"
        roles = households()
        role = rng.choices(roles.primary, [p[1] for p in roles.primary])[0]
        # ages are counted from this guess, then moved with the real birth date below
        guess = start - _days(rng.randint(0, 200))
        carers = [self._carer(role, who, surname, guess, True)]
        kid_surname, father, kid_who = surname, None, who
        if role[0] == "Foster parent":
            kid_who = pool.pick_community(rng)
            kid_surname = pool.pick_surname(rng, kid_who)
        stored = [surname]
        seconds = roles.second.get(role[0])
        if seconds and rng.random() < 0.5:
            other = rng.choices(seconds, [s[1] for s in seconds])[0]
            their = who if rng.random() < 0.75 else pool.pick_community(rng)
            same = their is who and rng.random() < 0.45
            stored.append(surname if same else pool.pick_surname(rng, their))
            carers.append(self._carer(other, their, stored[1], guess, False))
            if other[0] == "Father":
                father = carers[1].person.first_name
            if other[0] == "Father" and stored[1] != surname and rng.random() < 0.6:
                both = (
                    who.order == their.order == pool.WESTERN
                    and "|" not in surname + stored[1]
                    and rng.random() < 0.3
                )
                kid_surname = f"{surname}-{stored[1]}" if both else stored[1]
                kid_who = who if both else their
        oldest = UNDER_THREE_DAYS if enrolled else 400
        kids = self._kids(kid_who, kid_surname, father, start, end, reason, flags, oldest)
        shift = kids[0].dob - guess
        carers = [
            Carer(c.person, c.relationship, c.female, c.dob + shift, c.language, c.phone)
            for c in carers
        ]
        display = (
            f"{pool.gendered(surname, False)} family"
            if len(set(stored)) == 1
            else " / ".join(c.person.surname for c in carers)
        )
        return Draft(
            index=index,
            status=status,
            referral_date=referral,
            enrolled_on=enrolled,
            last_day=last_day,
            closed_on=closed,
            reason=reason,
            frequency=rng.choices(FREQUENCIES, FREQUENCY_WEIGHTS)[0],
            specialist=rng.choices(range(len(self.weights)), self.weights)[0],
            source=rng.choices(SOURCES, SOURCE_WEIGHTS)[0],
            carers=tuple(carers),
            kids=kids,
            display_name=display,
            address=pool.make_address(rng),
            flags=flags,
        )
