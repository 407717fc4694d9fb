"""The demo generator's data files (``demo/data/*.toml``), read and checked once.

Names, households and prose live in TOML files that writers can edit without
touching code; this module turns each into frozen, typed tables the first time
it is asked for (``functools.cache``), so the generator's modules hold only
the logic. A malformed file fails loudly with the file and key in the message.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import Enum
from functools import cache
from importlib.resources import files
from typing import Any, TypeVar

from imh_desktop.domain.enums import ClosureReason, FollowUpKind, GoalDomain, VisitOutcome

DATA_FILES = ("names", "households", "prose", "context")
NAME_ORDERS = ("western", "vietnamese", "somali")
# The prose's placeholders: a child's and a caregiver's first name and pronouns.
PLACEHOLDERS = ("child", "child_him", "child_his", "caregiver", "caregiver_him", "caregiver_his")
AGE_BANDS = ("under_6_months", "from_6_months", "from_12_months")
NOTED_OUTCOMES = (VisitOutcome.CANCELLED_FAMILY, VisitOutcome.NO_SHOW, VisitOutcome.CANCELLED_STAFF)
E = TypeVar("E", bound=Enum)


class DataFileError(ValueError):
    """A demo data file is missing a key or holds the wrong kind of value."""


@cache
def data_file(name: str) -> dict[str, Any]:
    """The parsed ``data/<name>.toml``, read once."""
    resource = files("imh_desktop.demo").joinpath("data", f"{name}.toml")
    try:
        return tomllib.loads(resource.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(f"demo/data/{name}.toml: {exc}") from exc


def _get(table: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in table:
        raise DataFileError(f"{where}: '{key}' is missing")
    return table[key]


def _texts(value: Any, where: str) -> tuple[str, ...]:
    """A non-empty list of non-empty strings."""
    if not isinstance(value, list) or not value:
        raise DataFileError(f"{where}: expected a non-empty list of text")
    if not all(isinstance(v, str) and v.strip() for v in value):
        raise DataFileError(f"{where}: every entry must be non-empty text")
    return tuple(value)


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise DataFileError(f"{where}: expected non-empty text")
    return value


def _number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise DataFileError(f"{where}: expected a number of 0 or more")
    return value


def _by_enum(table: Any, enum: type[E], where: str, every: bool = True) -> dict[E, Any]:
    """A table keyed by ``enum`` values; with ``every``, each member must have a key."""
    if not isinstance(table, dict):
        raise DataFileError(f"{where}: expected a table")
    known = {e.value: e for e in enum}
    unknown = sorted(set(table) - set(known))
    if unknown:
        raise DataFileError(f"{where}: unknown key(s) {', '.join(unknown)}")
    missing = [v for v in known if v not in table]
    if every and missing:
        raise DataFileError(f"{where}: missing {', '.join(missing)}")
    return {known[k]: v for k, v in table.items()}


# -- names --------------------------------------------------------------------
@dataclass(frozen=True)
class Community:
    """One community's name pools. A family name "Kowalski|Kowalska" is male|female."""

    key: str
    weight: float
    women: tuple[str, ...]
    men: tuple[str, ...]
    girls: tuple[str, ...]
    boys: tuple[str, ...]
    surnames: tuple[str, ...]
    languages: tuple[tuple[str, float], ...]
    order: str = "western"
    # Vietnamese order: a woman's middle name, and the men's (also boys') and girls' lists
    middle_woman: str = ""
    middle_men: tuple[str, ...] = ()
    middle_girls: tuple[str, ...] = ()


@dataclass(frozen=True)
class NamePool:
    """Every community, their weights, and the made-up places."""

    communities: tuple[Community, ...]
    weights: tuple[float, ...]
    streets: tuple[str, ...]
    towns: tuple[str, ...]
    area_codes: tuple[int, ...]


def _community(table: Mapping[str, Any], where: str) -> Community:
    key = _text(_get(table, "key", where), f"{where}.key")
    where = f"names.toml community {key}"
    order = _get(table, "order", where)
    if order not in NAME_ORDERS:
        raise DataFileError(f"{where}: order must be one of {', '.join(NAME_ORDERS)}")
    languages = _get(table, "languages", where)
    if not isinstance(languages, dict) or not languages:
        raise DataFileError(f"{where}.languages: expected a table of language = share")
    middle: dict[str, Any] = {}
    if order == "vietnamese":
        names = _get(table, "middle_names", where)
        middle = {
            "middle_woman": _text(_get(names, "women", where), f"{where}.middle_names.women"),
            "middle_men": _texts(_get(names, "men", where), f"{where}.middle_names.men"),
            "middle_girls": _texts(_get(names, "girls", where), f"{where}.middle_names.girls"),
        }
    lists: dict[str, Any] = {
        kind: _texts(_get(table, kind, where), f"{where}.{kind}")
        for kind in ("women", "men", "girls", "boys", "surnames")
    }
    return Community(
        key=key,
        weight=_number(_get(table, "weight", where), f"{where}.weight"),
        languages=tuple(
            (name, _number(share, f"{where}.languages.{name}")) for name, share in languages.items()
        ),
        order=order,
        **lists,
        **middle,
    )


@cache
def name_pool() -> NamePool:
    """The communities and places of ``names.toml``."""
    data = data_file("names")
    communities = tuple(
        _community(c, f"names.toml community {i + 1}")
        for i, c in enumerate(_get(data, "community", "names.toml"))
    )
    places = _get(data, "places", "names.toml")
    codes = _get(places, "area_codes", "names.toml places")
    if not codes or not all(isinstance(c, int) and 200 <= c <= 999 for c in codes):
        raise DataFileError("names.toml places.area_codes: expected three-digit numbers")
    return NamePool(
        communities=communities,
        weights=tuple(c.weight for c in communities),
        streets=_texts(_get(places, "streets", "names.toml places"), "names.toml places.streets"),
        towns=_texts(_get(places, "towns", "names.toml places"), "names.toml places.towns"),
        area_codes=tuple(codes),
    )


# -- households -----------------------------------------------------------------
# relationship, weight, chance of being a woman, age at the child's birth (from, to)
Role = tuple[str, float, float, tuple[int, int]]


@dataclass(frozen=True)
class Households:
    """Who the primary caregiver may be, and by their relationship who a second may be."""

    primary: tuple[Role, ...]
    second: dict[str, tuple[Role, ...]]


def _roles(value: Any, where: str) -> tuple[Role, ...]:
    if not isinstance(value, list) or not value:
        raise DataFileError(f"{where}: expected a non-empty list")
    roles = []
    for i, item in enumerate(value, 1):
        at = f"{where} entry {i}"
        age = _get(item, "age", at)
        if not (isinstance(age, list) and len(age) == 2 and 10 <= age[0] <= age[1] <= 90):
            raise DataFileError(f"{at}.age: expected [from, to] in years")
        women = _number(_get(item, "women", at), f"{at}.women")
        if women > 1:
            raise DataFileError(f"{at}.women: expected a chance from 0 to 1")
        relationship = _text(_get(item, "relationship", at), f"{at}.relationship")
        weight = _number(_get(item, "weight", at), f"{at}.weight")
        roles.append((relationship, weight, women, (age[0], age[1])))
    return tuple(roles)


@cache
def households() -> Households:
    """The caregiver roles of ``households.toml``."""
    data = data_file("households")
    second = _get(data, "second", "households.toml")
    return Households(
        primary=_roles(_get(data, "primary", "households.toml"), "households.toml primary"),
        second={k: _roles(v, f"households.toml second.{k}") for k, v in second.items()},
    )


# -- prose ----------------------------------------------------------------------
@dataclass(frozen=True)
class GoalText:
    statements: tuple[str, ...]
    baseline: str
    strategies: str


@dataclass(frozen=True)
class Prose:
    """The note fragments and lines of ``prose.toml``; see its header for the placeholders."""

    openings: tuple[str, ...]
    affect: tuple[str, ...]
    responses: tuple[str, ...]
    plan_closers: tuple[str, ...]
    reflections: tuple[str, ...]
    interactions: tuple[tuple[str, ...], ...]  # by age band
    presentation: tuple[tuple[str, ...], ...]  # by age band
    plans: dict[GoalDomain, tuple[str, ...]]
    goals: dict[GoalDomain, GoalText]
    ratings: tuple[tuple[str, ...], ...]  # for ratings 1 to 5
    cancelled: dict[VisitOutcome, tuple[str, ...]]
    follow_ups: dict[tuple[FollowUpKind, bool], tuple[str, ...]]  # (kind, screened a child?)
    closure: dict[ClosureReason, str]
    amendments: tuple[tuple[str, str, str], ...]  # section, reason, added text

    def templates(self) -> Iterator[tuple[str, str]]:
        """(where, template) for every line that gets placeholders filled in."""
        for name in ("openings", "affect", "responses", "plan_closers", "reflections"):
            for text in getattr(self, name):
                yield f"note.{name}", text
        for band, name in enumerate(AGE_BANDS):
            for text in self.interactions[band]:
                yield f"note.interactions.{name}", text
            for text in self.presentation[band]:
                yield f"note.presentation.{name}", text
        for domain, texts in self.plans.items():
            yield from ((f"note.plans.{domain.value}", t) for t in texts)
        for domain, goal in self.goals.items():
            where = f"goals.{domain.value}"
            yield from ((where, t) for t in (*goal.statements, goal.baseline, goal.strategies))
        for rating, texts in enumerate(self.ratings, 1):
            yield from ((f"ratings.{rating}", t) for t in texts)
        for outcome, texts in self.cancelled.items():
            yield from ((f"cancelled.{outcome.value}", t) for t in texts)
        for (kind, child), texts in self.follow_ups.items():
            where = f"follow_ups.{kind.value}.{'child' if child else 'caregiver'}"
            yield from ((where, t) for t in texts)
        for reason, text in self.closure.items():
            yield f"closure.{reason.value}", text
        for _, why, added in self.amendments:
            yield "amendments", why
            yield "amendments", added


def _by_band(table: Any, where: str) -> tuple[tuple[str, ...], ...]:
    return tuple(_texts(_get(table, band, where), f"{where}.{band}") for band in AGE_BANDS)


@cache
def prose() -> Prose:
    """The prose of ``prose.toml``, checked for shape (placeholders are checked by the tests)."""
    data = data_file("prose")
    where = "prose.toml"
    note = _get(data, "note", where)
    lists = {
        name: _texts(_get(note, name, f"{where} note"), f"{where} note.{name}")
        for name in ("openings", "affect", "responses", "plan_closers", "reflections")
    }
    goals = {}
    for domain, goal in _by_enum(_get(data, "goals", where), GoalDomain, f"{where} goals").items():
        at = f"{where} goals.{domain.value}"
        goals[domain] = GoalText(
            _texts(_get(goal, "statements", at), f"{at}.statements"),
            _text(_get(goal, "baseline", at), f"{at}.baseline"),
            _text(_get(goal, "strategies", at), f"{at}.strategies"),
        )
    plans = _by_enum(_get(note, "plans", where), GoalDomain, f"{where} note.plans")
    ratings = _get(data, "ratings", where)
    cancelled = _by_enum(
        _get(data, "cancelled", where), VisitOutcome, f"{where} cancelled", every=False
    )
    if set(cancelled) != set(NOTED_OUTCOMES):
        raise DataFileError(f"{where} cancelled: expected one list per cancelled outcome")
    follow_ups: dict[tuple[FollowUpKind, bool], tuple[str, ...]] = {}
    for kind, by_who in _by_enum(
        _get(data, "follow_ups", where), FollowUpKind, f"{where} follow_ups"
    ).items():
        for who, texts in by_who.items():
            if who not in ("caregiver", "child"):
                raise DataFileError(f"{where} follow_ups.{kind.value}: unknown key {who}")
            at = f"{where} follow_ups.{kind.value}.{who}"
            follow_ups[kind, who == "child"] = _texts(texts, at)
    closure = _by_enum(_get(data, "closure", where), ClosureReason, f"{where} closure")
    amendments = tuple(
        (
            _text(_get(a, "section", f"{where} amendments"), f"{where} amendments.section"),
            _text(_get(a, "reason", f"{where} amendments"), f"{where} amendments.reason"),
            _text(_get(a, "text", f"{where} amendments"), f"{where} amendments.text"),
        )
        for a in _get(data, "amendments", where)
    )
    if not amendments:
        raise DataFileError(f"{where}: no amendments")
    return Prose(
        **lists,
        interactions=_by_band(_get(note, "interactions", where), f"{where} note.interactions"),
        presentation=_by_band(_get(note, "presentation", where), f"{where} note.presentation"),
        plans={d: _texts(t, f"{where} note.plans.{d.value}") for d, t in plans.items()},
        goals=goals,
        ratings=tuple(
            _texts(_get(ratings, str(r), f"{where} ratings"), f"{where} ratings.{r}")
            for r in range(1, 6)
        ),
        cancelled={o: _texts(t, f"{where} cancelled.{o.value}") for o, t in cancelled.items()},
        follow_ups=follow_ups,
        closure={r: _text(t, f"{where} closure.{r.value}") for r, t in closure.items()},
        amendments=amendments,
    )
