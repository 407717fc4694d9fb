"""One spreadsheet row read into the forms' inputs, checked by the forms' own rules.

:func:`build_row` parses each mapped cell (``values.py``), builds the
:class:`FamilyInput`, :class:`CaregiverInput`, :class:`ChildInput`,
:class:`GoalInput` and :class:`VisitInput` the forms would, and runs the same
``validate_*`` functions on them. Every problem becomes a :class:`CellError`
naming the sheet's row and column; nothing stops at the first one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from imh_desktop.domain.dates import format_date
from imh_desktop.domain.enums import Frequency, GoalDomain, ReferralSource, Sex, VisitOutcome
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.imports import fields as F
from imh_desktop.domain.imports.values import (
    Cell,
    DateOrder,
    clean_text,
    parse_choice,
    parse_date,
    parse_gestation,
    parse_whole,
)
from imh_desktop.domain.inputs import (
    MAX_VISIT_MINUTES,
    CaregiverInput,
    ChildInput,
    FamilyInput,
    GoalInput,
    VisitInput,
    validate_caregiver,
    validate_child,
    validate_family,
    validate_goal,
    validate_visit,
)
from imh_desktop.domain.text import bad_character

MAX_CASE_NUMBER = 32  # the column's size
MAX_ROWS = 100_000  # more than any agency's caseload; a bigger sheet is the wrong sheet


@dataclass(frozen=True)
class CellError:
    """What is wrong with one cell (``column`` "" when it is about the row)."""

    line: int  # the row's number in the sheet, as the spreadsheet program shows it
    column: str
    field: str
    message: str


@dataclass(frozen=True)
class RowRules:
    """What a row is checked against besides its own cells."""

    today: dt.date
    order: DateOrder | None = None
    specialists: Mapping[str, int] = field(default_factory=dict)  # username (lower) -> id
    refused: Mapping[str, str] = field(default_factory=dict)  # username -> why not
    default_specialist: int | None = None


@dataclass(frozen=True)
class ImportRow:
    """A row read and checked; the inputs are None where the row does not give them."""

    line: int
    case_number: str = ""
    family: FamilyInput | None = None
    caregiver: CaregiverInput | None = None
    child: ChildInput | None = None
    goal: GoalInput | None = None
    visit: VisitInput | None = None
    filled: frozenset[str] = frozenset()  # the field keys with a value in this row
    errors: tuple[CellError, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors


# Which import field a validation error's field stands for, per input.
_FAMILY_FIELDS = {"display_name": "family_name", "specialist_id": "specialist",
                  "referral_date": "referral_date", "enrolled_on": "enrolled_on",
                  "address": "address", "phone": "phone", "language": "language"}  # fmt: skip
_CAREGIVER_FIELDS = {"full_name": "caregiver_name", "relationship": "caregiver_relationship",
                     "dob": "caregiver_dob", "phone": "caregiver_phone",
                     "language": "caregiver_language"}  # fmt: skip
_CHILD_FIELDS = {"full_name": "child_name", "dob": "child_dob",
                 "gestational_weeks": "gestational_age"}  # fmt: skip
_GOAL_FIELDS = {"statement": "goal_statement", "target_date": "goal_target_date",
                "baseline": "goal_statement", "strategies": "goal_statement"}  # fmt: skip
_VISIT_FIELDS = {"visit_date": "visit_date", "duration_minutes": "visit_minutes",
                 "observation": "visit_note", "next_visit_date": "visit_date"}  # fmt: skip


class _Row:
    """The cells of one row and the errors found so far."""

    def __init__(self, line: int, cells: Mapping[str, Cell], columns: Mapping[str, str]) -> None:
        self.line, self.cells, self.columns = line, cells, columns
        self.errors: list[CellError] = []

    def error(self, key: str, message: str) -> None:
        self.errors.append(CellError(self.line, self.columns.get(key, ""), key, message))

    def failed(self, key: str) -> bool:
        """True when ``key``'s cell already has an error."""
        return any(e.field == key for e in self.errors)

    def text(self, key: str) -> str:
        return clean_text(self.cells.get(key))

    def parse(self, key: str, parser: Callable[[Cell], Any]) -> Any:
        try:
            return parser(self.cells.get(key))
        except ValueError as exc:
            self.error(key, str(exc))
            return None

    def check(self, fields: Mapping[str, str], default: str, check: Callable[[], None]) -> None:
        try:
            check()
        except DomainError as exc:
            key = fields.get(exc.field or "", default)
            if not self.failed(key):  # a cell that could not be read says so once
                self.error(key, exc.message)


def build_row(
    line: int, cells: Mapping[str, Cell], columns: Mapping[str, str], rules: RowRules
) -> ImportRow:
    """Row ``line`` of the sheet (``cells``: field key -> cell) read and checked.

    ``columns`` (field key -> header) names the column of each error.
    """
    row = _Row(line, cells, columns)
    filled = frozenset(k for k in cells if row.text(k))
    order = rules.order

    def date(key: str) -> dt.date | None:
        return row.parse(key, lambda c: parse_date(c, order))  # type: ignore[no-any-return]

    case_number = _case_number(row)
    specialist = _specialist(row, rules)
    referral, enrolled = date("referral_date"), date("enrolled_on")
    source = row.parse("referral_source", lambda c: parse_choice(c, F.REFERRAL_WORDS,
                                                                  "referral source"))  # fmt: skip
    frequency = row.parse("frequency", lambda c: parse_choice(c, F.FREQUENCY_WORDS, "frequency"))
    name = row.text("family_name") or row.text("caregiver_name")
    if referral is None and not row.failed("referral_date"):
        referral = enrolled
        if referral is None:
            row.error("referral_date", "Give the referral date (or the enrolment date).")
    family = FamilyInput(
        display_name=name, specialist_id=specialist or 0,
        referral_source=source or ReferralSource.OTHER, referral_date=referral or rules.today,
        enrolled_on=enrolled, frequency=frequency or Frequency.WEEKLY,
        address=row.text("address"), phone=row.text("phone"),
        language=row.text("language") or "English",
    )  # fmt: skip
    row.check(_FAMILY_FIELDS, "family_name", lambda: validate_family(family, rules.today))
    caregiver = _caregiver(row, date, rules.today)
    child = _child(row, date, rules.today)
    goal = _goal(row, date, enrolled or referral or rules.today)
    visit = _visit(row, date, child, enrolled, referral, rules.today)
    errors = tuple(row.errors)
    ok = not errors
    return ImportRow(
        line, case_number, family if ok else None,
        caregiver if ok else None, child if ok else None, goal if ok else None,
        visit if ok else None, filled, errors,
    )  # fmt: skip


def _case_number(row: _Row) -> str:
    number = row.text("case_number")
    if len(number) > MAX_CASE_NUMBER:
        row.error("case_number", f"The case number is too long (at most {MAX_CASE_NUMBER}).")
    elif bad_character(number) is not None:
        row.error("case_number", "The case number holds a character that cannot be kept.")
    return number


def _specialist(row: _Row, rules: RowRules) -> int | None:
    username = row.text("specialist").lower()
    if not username:
        if rules.default_specialist is None:
            row.error("specialist", "Give the specialist's username for this family.")
        return rules.default_specialist
    if username in rules.refused:
        row.error("specialist", rules.refused[username])
        return None
    found = rules.specialists.get(username)
    if found is None:
        row.error("specialist", f"No active specialist has the username '{username}'.")
    return found


def _caregiver(row: _Row, date: Callable[[str], dt.date | None], today: dt.date) -> (
    CaregiverInput | None
):  # fmt: skip
    keys = ("caregiver_name", "caregiver_relationship", "caregiver_dob", "caregiver_phone",
            "caregiver_language")  # fmt: skip
    if not any(row.text(k) for k in keys):
        return None
    data = CaregiverInput(
        full_name=row.text("caregiver_name"),
        relationship=row.text("caregiver_relationship") or "Mother",
        dob=date("caregiver_dob"), is_primary=True,
        language=row.text("caregiver_language"), phone=row.text("caregiver_phone"),
    )  # fmt: skip
    row.check(_CAREGIVER_FIELDS, "caregiver_name", lambda: validate_caregiver(data, today))
    return data


def _child(row: _Row, date: Callable[[str], dt.date | None], today: dt.date) -> ChildInput | None:
    keys = ("child_name", "child_dob", "child_sex", "gestational_age")
    if not any(row.text(k) for k in keys):
        return None
    dob = date("child_dob")
    weeks, days = row.parse("gestational_age", parse_gestation) or (None, None)
    sex = row.parse("child_sex", lambda c: parse_choice(c, F.SEX_WORDS, "sex"))
    if dob is None:
        if not row.failed("child_dob"):
            row.error("child_dob", "Give the child's date of birth.")
        return None
    data = ChildInput(row.text("child_name"), dob, weeks, days, sex or Sex.UNKNOWN)
    row.check(_CHILD_FIELDS, "child_name", lambda: validate_child(data, today))
    return data


def _goal(row: _Row, date: Callable[[str], dt.date | None], start: dt.date) -> GoalInput | None:
    keys = ("goal_statement", "goal_domain", "goal_started_on", "goal_target_date", "goal_status")
    if not any(row.text(k) for k in keys):
        return None
    domain = row.parse("goal_domain", lambda c: parse_choice(c, F.GOAL_DOMAIN_WORDS, "goal area"))
    status = row.parse("goal_status", lambda c: parse_choice(c, F.GOAL_STATUS_WORDS,
                                                              "goal status"))  # fmt: skip
    started, target = date("goal_started_on"), date("goal_target_date")
    if domain is None and not row.failed("goal_domain"):
        domain = GoalDomain.OTHER
    if domain is None:
        return None
    data = GoalInput(domain, row.text("goal_statement"), started or start,
                     target_date=target, **({"status": status} if status else {}))  # fmt: skip
    row.check(_GOAL_FIELDS, "goal_statement", lambda: validate_goal(data))
    return data


def _visit(
    row: _Row, date: Callable[[str], dt.date | None], child: ChildInput | None,
    enrolled: dt.date | None, referral: dt.date | None, today: dt.date,
) -> VisitInput | None:  # fmt: skip
    keys = ("visit_date", "visit_outcome", "visit_mode", "visit_minutes", "visit_note")
    if not any(row.text(k) for k in keys):
        return None
    day = date("visit_date")
    outcome = row.parse("visit_outcome", lambda c: parse_choice(c, F.OUTCOME_WORDS,
                                                                 "visit outcome"))  # fmt: skip
    mode = row.parse("visit_mode", lambda c: parse_choice(c, F.MODE_WORDS, "visit mode"))
    minutes = row.parse("visit_minutes", lambda c: parse_whole(c, 1, MAX_VISIT_MINUTES,
                                                               "The visit's minutes"))  # fmt: skip
    if day is None:
        if not row.failed("visit_date"):
            row.error("visit_date", "Give the visit's date.")
        return None
    data = VisitInput(
        day, outcome or VisitOutcome.COMPLETED, **({"mode": mode} if mode else {}),
        duration_minutes=minutes, observation=row.text("visit_note"),
    )  # fmt: skip
    if referral is not None:
        row.check(_VISIT_FIELDS, "visit_date", lambda: validate_visit(data, enrolled, referral,
                                                                      today))  # fmt: skip
    if child is not None and child.dob > day and not row.failed("child_dob"):
        row.error(
            "child_dob",
            f"The child's date of birth ({format_date(child.dob)}) is after the visit "
            f"({format_date(day)}).",
        )
    return data
