"""ASQ-3 and ASQ:SE-2 questionnaire intervals and their age windows.

The table lives in ``asq_intervals.json`` beside this module, with its
sources: Squires & Bricker (2009), ASQ-3; Squires, Bricker & Twombly (2015),
ASQ:SE-2. It is read once through importlib.resources, so it also works from
an installed wheel or zip. Ages are compared with the child's screening age
(corrected age for a premature child until 24 months; see ``ages``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from imh_desktop.domain.ages import (
    Age,
    Gestation,
    date_at_screening_age,
    last_date_at_screening_age,
)
from imh_desktop.domain.enums import Instrument
from imh_desktop.domain.errors import DomainError

DATA_FILE = "asq_intervals.json"
_SECTIONS = {Instrument.ASQ3: "asq3", Instrument.ASQSE2: "asqse2"}


@dataclass(frozen=True)
class AsqInterval:
    """One questionnaire: its interval in months and its age window (both ends inclusive)."""

    instrument: Instrument
    interval: int
    start: Age
    end: Age

    def contains(self, age: Age) -> bool:
        """True when a child of ``age`` may be given this questionnaire."""
        return self.start <= age <= self.end

    @property
    def label(self) -> str:
        """E.g. "ASQ-3 18 month"."""
        return f"{self.instrument.abbreviation} {self.interval} month"

    @property
    def window_text(self) -> str:
        """E.g. "23 mo 0 d to 25 mo 15 d"."""
        return f"{self.start} to {self.end}"

    def dates_for(self, dob: date, gestation: Gestation) -> tuple[date, date] | None:
        """First and last date the child's screening age is in the window.

        None when the window is skipped: a premature child's screening age
        jumps forward at 24 months, when corrected age stops applying.
        """
        first = date_at_screening_age(dob, gestation, self.start)
        last = last_date_at_screening_age(dob, gestation, self.end)
        return (first, last) if first <= last else None


@cache
def _table() -> dict[Instrument, tuple[AsqInterval, ...]]:
    text = resources.files("imh_desktop.domain").joinpath(DATA_FILE).read_text(encoding="utf-8")
    raw = json.loads(text)
    table: dict[Instrument, tuple[AsqInterval, ...]] = {}
    for instrument, key in _SECTIONS.items():
        rows = raw[key]["intervals"]
        table[instrument] = tuple(
            AsqInterval(instrument, int(r["interval"]), Age(*r["from"]), Age(*r["through"]))
            for r in rows
        )
    return table


def source(instrument: Instrument) -> str:
    """The published source of an instrument's age windows, as written in the data file."""
    text = resources.files("imh_desktop.domain").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return str(json.loads(text)[_SECTIONS[_check_instrument(instrument)]]["source"])


def _check_instrument(instrument: Instrument) -> Instrument:
    if instrument not in _SECTIONS:
        raise DomainError(f"{instrument.abbreviation} has no age intervals.", field="instrument")
    return instrument


def intervals(instrument: Instrument) -> tuple[AsqInterval, ...]:
    """All questionnaires of ASQ-3 or ASQ:SE-2, youngest first."""
    return _table()[_check_instrument(instrument)]


def interval(instrument: Instrument, months: int) -> AsqInterval:
    """The questionnaire of ``instrument`` for interval ``months`` (e.g. 18).

    Raises DomainError (field ``interval``) when there is no such questionnaire.
    """
    for row in intervals(instrument):
        if row.interval == months:
            return row
    available = ", ".join(str(r.interval) for r in intervals(instrument))
    raise DomainError(
        f"{instrument.abbreviation} has no {months} month questionnaire (it has {available}).",
        field="interval",
    )


def _pick(instrument: Instrument, age: Age) -> int | None:
    candidates = [row.interval for row in intervals(instrument) if row.contains(age)]
    if not candidates:
        return None
    # Windows overlap (ASQ-3 at 8, 9 and 10 months): take the interval nearest
    # the completed months, the younger one on a tie.
    return min(candidates, key=lambda months: (abs(months - age.months), months))


def asq3_interval_for(age: Age) -> int | None:
    """The ASQ-3 interval (months) whose window holds ``age``; None under 1 or past 66 months.

    Where windows overlap (8/9/10 months) the interval nearest the child's
    completed months wins: 8 mo 20 d -> 8, 9 mo 0 d -> 9.
    """
    return _pick(Instrument.ASQ3, age)


def asqse2_interval_for(age: Age) -> int | None:
    """The ASQ:SE-2 interval (months) whose window holds ``age``; None under 1 or past 72 months."""
    return _pick(Instrument.ASQSE2, age)
