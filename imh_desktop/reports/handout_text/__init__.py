"""Fixed wording of the family handout: one data file per language, beside this module.

Each ``<code>.toml`` holds the headings and sentences (``[text]``), what each
ticked service means in plain words (``[services]``), month and weekday names
(``[dates]``), serve-and-return ideas by the child's age (``[[ideas]]``) and
the five steps of serve and return (``[steps]``), so a translator works
without code. ``[meta]`` records the language's own name, its direction and
who reviewed it: a language nobody has reviewed yet gets a notice in the
preview (never on the page). Dates are spelled out from these tables, so no
installed locale is needed.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from imh_desktop.domain.enums import VisitService

LANGUAGES = ("en", "es", "vi", "ar")


@dataclass(frozen=True)
class IdeaBand:
    """Ideas for a child aged ``from_months`` up to (not including) ``to_months``."""

    from_months: int
    to_months: int
    items: tuple[str, ...]


@dataclass(frozen=True)
class HandoutText:
    """The handout's wording in one language, read from its data file."""

    code: str
    language: str  # the language's own name ("Español")
    rtl: bool
    source: bool  # the text the others are translated from
    reviewed_by: str
    reviewed_on: str
    strings: Mapping[str, str]
    services: Mapping[str, str]
    weekdays: tuple[str, ...]
    months: tuple[str, ...]
    ideas: tuple[IdeaBand, ...]
    steps: tuple[str, ...]

    @property
    def reviewed(self) -> bool:
        """True for the source text and for a translation someone has reviewed."""
        return self.source or bool(self.reviewed_by.strip())

    def text(self, key: str, **values: str) -> str:
        """The string ``key`` with ``values`` filled in (not escaped)."""
        return self.strings[key].format(**values)

    def service(self, service: VisitService) -> str:
        """What a ticked service means, in plain words."""
        return self.services[service.value]

    def ideas_for(self, age_months: int) -> tuple[str, ...]:
        """Serve-and-return ideas for a child of ``age_months`` (the oldest band beyond)."""
        for band in self.ideas:
            if band.from_months <= age_months < band.to_months:
                return band.items
        return self.ideas[-1].items if age_months >= 0 else self.ideas[0].items

    def date(self, day: dt.date) -> str:
        """ "23 November", "23 de noviembre": the visit's day without the year."""
        return self.text("date", day=str(day.day), month=self.months[day.month - 1])

    def long_date(self, day: dt.date) -> str:
        """ "Monday, 30 November 2026" or "lunes, 30 de noviembre de 2026"."""
        return self.text(
            "long_date",
            weekday=self.weekdays[day.weekday()],
            day=str(day.day),
            month=self.months[day.month - 1],
            year=str(day.year),
        )

    def time(self, at: dt.time) -> str:
        """ "10:30 a.m." (12-hour languages) or "10:30"."""
        if self.strings["clock"] != "12":
            return f"{at.hour:02d}:{at.minute:02d}"
        hour = at.hour % 12 or 12
        return f"{hour}:{at.minute:02d} {self.strings['am' if at.hour < 12 else 'pm']}"

    def names(self, names: Sequence[str]) -> str:
        """ "Rocío", "Rocío and Tomás", "Ana, Rocío and Tomás"."""
        names = [n for n in names if n]
        if len(names) <= 1:
            return "".join(names)
        return self.strings["list_sep"].join(names[:-1]) + self.strings["and"] + names[-1]


@cache
def handout_text(code: str) -> HandoutText:
    """The handout wording for language ``code`` (one of LANGUAGES)."""
    if code not in LANGUAGES:
        raise KeyError(code)
    raw = (resources.files(__name__) / f"{code}.toml").read_text(encoding="utf-8")
    data = tomllib.loads(raw)
    meta = data["meta"]
    return HandoutText(
        code=code,
        language=meta["language"],
        rtl=meta.get("direction") == "rtl",
        source=bool(meta.get("source", False)),
        reviewed_by=meta.get("reviewed_by", ""),
        reviewed_on=meta.get("reviewed_on", ""),
        strings=dict(data["text"]),
        services=dict(data["services"]),
        weekdays=tuple(data["dates"]["weekdays"]),
        months=tuple(data["dates"]["months"]),
        ideas=tuple(
            IdeaBand(band["from_months"], band["to_months"], tuple(band["items"]))
            for band in sorted(data["ideas"], key=lambda band: band["from_months"])
        ),
        steps=tuple(data["steps"]["items"]),
    )


def languages() -> list[tuple[str, str]]:
    """(code, the language's own name) of every handout language."""
    return [(code, handout_text(code).language) for code in LANGUAGES]
