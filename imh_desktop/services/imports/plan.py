"""Checking a whole sheet before anything is written: every row, and its duplicates.

:func:`plan_rows` builds each row with the forms' rules (``domain.imports.rows``)
and finds duplicates: a case number or a child (name and date of birth) seen
in an earlier row of the file, or already in the database among the
families the importer may change. What happens to a duplicate is the
person's choice (:class:`Decision`), for all rows or row by row.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import select

from imh_desktop.data.models import Child, Family, StaffUser
from imh_desktop.domain.enums import Role
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.imports.fields import BY_KEY, DATE_FIELDS
from imh_desktop.domain.imports.rows import MAX_ROWS, CellError, ImportRow, RowRules, build_row
from imh_desktop.domain.imports.table import Table
from imh_desktop.domain.imports.values import DateOrder, ambiguous, detect_order, plain
from imh_desktop.domain.permissions import Permission
from imh_desktop.services.common.uow import UnitOfWork

Progress = Callable[[int, int], None]
PROGRESS_EVERY = 500  # rows between progress reports and cancel checks


class ImportCancelled(DomainError):
    """The person cancelled the import (or its check); nothing was saved."""


class Decision(enum.Enum):
    """What to do with a row that duplicates an earlier row or a family already saved."""

    SKIP = "skip"
    UPDATE = "update"  # add its caregiver, child, goal, visit to that family; fill its details
    NEW = "new"  # a family of its own, with a new case number


@dataclass(frozen=True)
class ImportOptions:
    """How to read the sheet: columns to fields, the date order, duplicates' fate."""

    mapping: Mapping[str, str]  # header -> field key (domain.imports.fields)
    date_order: DateOrder | None = None
    duplicates: Decision = Decision.SKIP
    decisions: Mapping[int, Decision] = field(default_factory=dict)  # sheet line -> decision
    # family id -> the version the preview saw, for each saved family a row duplicates
    # (``ImportPlan.versions``); ``run_import`` refuses an "update" of one changed since.
    # None: no preview to compare with (the command line checks and imports at once).
    versions: Mapping[int, int] | None = None


@dataclass(frozen=True)
class PlannedRow:
    """A checked row and, when it is a duplicate, of what and what will happen to it."""

    row: ImportRow
    duplicate_of: str = ""  # "row 4", "IMH-2026-0042" ("" when not a duplicate)
    family_id: int | None = None  # the saved family it duplicates
    earlier_line: int | None = None  # the earlier row of the file it duplicates
    decision: Decision | None = None
    problems: tuple[CellError, ...] = ()  # the row's errors, and its duplicate's if any

    @property
    def errors(self) -> tuple[CellError, ...]:
        return self.row.errors + self.problems


@dataclass(frozen=True)
class ImportPlan:
    """The sheet checked: every row, every error, and what importing it would do."""

    rows: tuple[PlannedRow, ...]
    errors: tuple[CellError, ...]
    columns: Mapping[str, str]  # field key -> header
    needs_date_order: bool = False
    versions: Mapping[int, int] = field(default_factory=dict)  # saved family matched -> version

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.rows)

    def count(self, decision: Decision | None) -> int:
        """Rows that are new (None) or duplicates with ``decision``."""
        return sum(1 for r in self.rows if r.decision is decision)


def columns_of(table: Table, mapping: Mapping[str, str]) -> dict[str, str]:
    """Field key -> header, checked: known fields, headers the sheet has, each field once."""
    columns: dict[str, str] = {}
    for header, key in mapping.items():
        if not key:
            continue
        if key not in BY_KEY:
            raise DomainError(f"'{key}' is not a field this program imports.", "mapping")
        if header not in table.headers:
            raise DomainError(f"The sheet has no column named '{header}'.", "mapping")
        if key in columns:
            raise DomainError(
                f"Both '{columns[key]}' and '{header}' are mapped to the same field.", "mapping"
            )
        columns[key] = header
    if "family_name" not in columns and "caregiver_name" not in columns:
        raise DomainError("Map a column to the family name (or the caregiver's name).", "mapping")
    return columns


def needs_order(table: Table, columns: Mapping[str, str]) -> bool:
    """True when the date columns hold only dates that read two ways (03/04/2026)."""
    cells = [c for k, h in columns.items() if k in DATE_FIELDS for c in table.column(h)]
    return detect_order(cells) is None and any(isinstance(c, str) and ambiguous(c) for c in cells)


def row_rules(uow: UnitOfWork, order: DateOrder | None) -> RowRules:
    """Who rows may name as specialist: active clinicians the importer may add families for."""
    specialists: dict[str, int] = {}
    refused: dict[str, str] = {}
    for staff in uow.session.scalars(select(StaffUser).where(StaffUser.active.is_(True))):
        name = staff.username.lower()
        if staff.role is Role.ADMIN:
            refused[name] = f"'{staff.username}' is an administrator, not a specialist."
        elif uow.may(Permission.CREATE_FAMILY, specialist_id=staff.id):
            specialists[name] = staff.id
        else:
            refused[name] = (
                f"'{staff.username}' is not on your team: import families into your own "
                "caseload (or, as a supervisor, your team's)."
            )
    return RowRules(uow.today, order, specialists, refused, uow.actor.id)


def _child_key(row: ImportRow) -> tuple[str, object] | None:
    return (plain(row.child.full_name), row.child.dob) if row.child else None


def plan_rows(
    uow: UnitOfWork, table: Table, options: ImportOptions, progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportPlan:  # fmt: skip
    """Every row of ``table`` checked and its duplicates found (inside the caller's unit).

    ``progress(done, total)`` is told every few hundred rows; ``cancelled()``
    asked as often stops the check with :class:`ImportCancelled`.
    """
    if len(table.rows) > MAX_ROWS:
        raise DomainError(f"The sheet has more than {MAX_ROWS:,} rows; import it in parts.")
    columns = columns_of(table, options.mapping)
    order = options.date_order or detect_order(
        c for k, h in columns.items() if k in DATE_FIELDS for c in table.column(h)
    )
    rules = row_rules(uow, order)
    index = {h: i for i, h in enumerate(table.headers)}
    built = []
    for n, (line, cells) in enumerate(zip(table.lines, table.rows, strict=True), start=1):
        built.append(build_row(line, {k: cells[index[h]] for k, h in columns.items()}, columns,
                               rules))  # fmt: skip
        if n % PROGRESS_EVERY == 0 or n == len(table.rows):
            if cancelled is not None and cancelled():
                raise ImportCancelled("The import was cancelled; nothing was saved.")
            if progress is not None:
                progress(n, len(table.rows))
    mine = set(rules.specialists.values())
    numbers = dict(uow.session.execute(select(Family.case_number, Family.specialist_id)).all())
    ids, version_of = {}, {}
    for number, family_id, version in uow.session.execute(
        select(Family.case_number, Family.id, Family.version)
    ):
        ids[number], version_of[family_id] = family_id, version
    children = {
        (plain(name), dob): (fid, number)
        for name, dob, fid, number in uow.session.execute(
            select(Child.full_name, Child.dob, Family.id, Family.case_number)
            .join(Family, Family.id == Child.family_id)
            .where(Family.specialist_id.in_(mine))
        )
    }
    seen_numbers: dict[str, int] = {}
    seen_children: dict[tuple[str, object], int] = {}
    planned: list[PlannedRow] = []
    errors: list[CellError] = []
    for row in built:
        decision = options.decisions.get(row.line, options.duplicates)
        number, child = row.case_number.lower(), _child_key(row)
        earlier = (seen_numbers.get(number) if number else None) or (
            seen_children.get(child) if child else None
        )
        extra: list[CellError] = []
        if earlier is not None:
            plan = PlannedRow(row, f"row {earlier}", None, earlier, decision)
        elif number and row.case_number in numbers:
            if numbers[row.case_number] not in mine and decision is not Decision.NEW:
                extra.append(CellError(
                    row.line, columns.get("case_number", ""), "case_number",
                    f"Case number {row.case_number} belongs to a family outside your caseload: "
                    "import this row as new (it gets a new number) or change the number.",
                ))  # fmt: skip
            plan = PlannedRow(row, row.case_number, ids[row.case_number], None, decision)
        elif child is not None and child in children:
            fid, case = children[child]
            plan = PlannedRow(row, case, fid, None, decision)
        else:
            plan = PlannedRow(row)
        if number:
            seen_numbers.setdefault(number, row.line)
        if child is not None:
            seen_children.setdefault(child, row.line)
        if extra:
            plan = dataclasses.replace(plan, problems=tuple(extra))
        planned.append(plan)
        errors.extend(plan.errors)
    matched = {p.family_id: version_of[p.family_id] for p in planned if p.family_id is not None}
    return ImportPlan(tuple(planned), tuple(errors), columns, needs_order(table, columns), matched)
