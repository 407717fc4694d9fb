"""Importing families from a sheet: check everything, then write it all in one transaction.

Who may import (the permission table, ``domain/permissions.py``, decides;
nothing new is added to it): importing is adding families, so each row needs
``CREATE_FAMILY`` for the specialist it names. A specialist imports into
their own caseload; a supervisor into their own and their team's; an
administrator imports nothing (they see no clinical content). A duplicate
row set to "update" changes a saved family, so it also needs
``CHANGE_FAMILY`` on that family, and its visit ``WRITE_NOTE``.

All or nothing: :func:`run_import` checks the sheet again inside its one
transaction and writes only when no row has an error; a cancel, an error or
a refusal rolls everything back. A family the preview matched and someone
changed before the import (its version moved on) is not updated over their
change: the whole import is refused, naming the row and the case number.
Imported visits arrive as unsigned notes of the family's specialist, to be
read and signed like any other. Audited: one "create" or "update" event per
family, one "import" event for the sheet (counts only: no names, no file name).
"""

from __future__ import annotations

import csv
import dataclasses
from collections.abc import Callable, Iterable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from imh_desktop.data.files import atomic_write
from imh_desktop.data.models import Caregiver, Child, Family, Goal, Visit
from imh_desktop.domain import case_numbers
from imh_desktop.domain.enums import FamilyStatus
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.imports.rows import CellError
from imh_desktop.domain.imports.table import Table
from imh_desktop.domain.imports.values import plain
from imh_desktop.domain.inputs import FamilyInput, validate_family, validate_visit
from imh_desktop.domain.permissions import Permission
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.export import csv_cell
from imh_desktop.services.common.uow import UnitOfWork, unit_of_work
from imh_desktop.services.family.families import next_case_number
from imh_desktop.services.imports.plan import (
    Decision,
    ImportCancelled,
    ImportOptions,
    ImportPlan,
    PlannedRow,
    Progress,
    plan_rows,
)

__all__ = ["ImportCancelled", "ImportResult", "preview_import", "run_import", "write_errors"]

# The family's own fields an "update" row may fill, by import field.
_FAMILY_COLUMNS = {"family_name": "display_name", "address": "address", "phone": "phone",
                   "language": "language", "referral_source": "referral_source",
                   "referral_date": "referral_date", "enrolled_on": "enrolled_on",
                   "frequency": "frequency"}  # fmt: skip


@dataclasses.dataclass(frozen=True)
class ImportResult:
    """What an import did (or, with ``dry_run``, would do)."""

    created: int
    updated: int
    skipped: int
    family_ids: tuple[int, ...]
    dry_run: bool = False


def preview_import(
    ctx: ServiceContext, table: Table, options: ImportOptions, *,
    progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
) -> ImportPlan:  # fmt: skip
    """Every row of ``table`` checked, its duplicates found; nothing is written but the audit row.

    Refused unless the actor may add families to their own caseload.
    ``progress`` and ``cancelled`` as for :func:`run_import`.
    """
    with unit_of_work(ctx, Permission.CREATE_FAMILY) as uow:
        uow.require(specialist_id=uow.actor.id)
        plan = plan_rows(uow, table, options, progress, cancelled)
        uow.audit("check", "import", None, rows=len(plan.rows), errors=len(plan.errors))
        return plan


def run_import(
    ctx: ServiceContext, table: Table, options: ImportOptions, *, dry_run: bool = False,
    progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
) -> ImportResult:  # fmt: skip
    """Import every row of ``table`` in one transaction, or nothing.

    Refused (DomainError, nothing written) while any row has an error;
    ``cancelled()`` is asked between rows and stops the import, rolling
    back. ``dry_run`` checks and counts without writing.
    """
    with unit_of_work(ctx, Permission.CREATE_FAMILY) as uow:
        uow.require(specialist_id=uow.actor.id)
        plan = plan_rows(uow, table, options, cancelled=cancelled)
        if plan.errors:
            rows = len({e.line for e in plan.errors})
            raise DomainError(
                f"{rows:,} row{'s' if rows != 1 else ''} of the sheet "
                f"{'has' if rows == 1 else 'have'} errors; nothing was imported. "
                "Correct them and import again.",
                "rows",
            )
        if not plan.rows:
            raise DomainError("The sheet has no rows to import.", "rows")
        _refuse_stale_updates(plan, options)
        if dry_run:
            return _counted(plan)
        result = _Writer(uow, plan, progress, cancelled).write()
        uow.audit("import", "families", None, created=result.created, updated=result.updated,
                  skipped=result.skipped)  # fmt: skip
        return result


def _refuse_stale_updates(plan: ImportPlan, options: ImportOptions) -> None:
    """Refuse the import when a family an "update" row would change moved on since the preview.

    ``options.versions`` holds the versions the preview saw; the plan just
    made inside this transaction holds the versions now.
    """
    if options.versions is None:
        return
    stale = [
        p for p in plan.rows
        if p.decision is Decision.UPDATE and p.family_id is not None
        and options.versions.get(p.family_id) != plan.versions.get(p.family_id)
    ]  # fmt: skip
    if not stale:
        return
    first = stale[0]
    more = f" (and {len(stale) - 1:,} more row{'s' if len(stale) > 2 else ''})" if stale[1:] else ""
    raise DomainError(
        f"Row {first.row.line}: family {first.duplicate_of} was changed by someone else after "
        f"the preview{more}. Nothing was imported, so their change is kept. Check the sheet "
        "again to see the family as it is now, then import.",
        "rows",
    )


def _counted(plan: ImportPlan) -> ImportResult:
    skipped = plan.count(Decision.SKIP)
    updated = plan.count(Decision.UPDATE)
    return ImportResult(len(plan.rows) - skipped - updated, updated, skipped, (), dry_run=True)


class _Writer:
    """Writes a checked plan row by row inside one unit of work."""

    def __init__(self, uow: UnitOfWork, plan: ImportPlan, progress: Progress | None,
                 cancelled: Callable[[], bool] | None) -> None:  # fmt: skip
        self.uow, self.plan = uow, plan
        self.progress, self.cancelled = progress, cancelled
        self.taken = set(uow.session.scalars(select(Family.case_number)))
        self.last: dict[int, str | None] = {}
        self.target: dict[int, Family] = {}  # sheet line -> the family that row ended at
        self.created: list[int] = []
        self.updated = 0
        self.may_write: set[int] = set()  # specialists whose families' notes the actor may write

    def write(self) -> ImportResult:
        """Two passes: the new families (inserted together), then every row's members."""
        skipped = 0
        writes: list[tuple[PlannedRow, Family, bool]] = []  # (row, its family, made new)
        for planned in self.plan.rows:
            self._stop_if_cancelled()
            family, new = self._family_for(planned)
            if family is None:
                skipped += 1
            else:
                writes.append((planned, family, new))
        self.uow.session.flush()  # every new family in batched inserts: their ids, for members
        for done, (planned, family, new) in enumerate(writes, start=1):
            self._stop_if_cancelled()
            if new:
                added = self._members(family, planned, adding=False)
                self.uow.audit("create", "family", family.id, case_number=family.case_number,
                               source="import", **added)  # fmt: skip
                self.created.append(family.id)
            else:
                self.uow.require(Permission.CHANGE_FAMILY, family)
                self._update(family, planned)
                self._members(family, planned, adding=True)
                self.updated += 1
            if self.progress is not None and (done % 100 == 0 or done == len(writes)):
                self.progress(done, len(writes))
        return ImportResult(len(self.created), self.updated, skipped,
                            tuple(self.created))  # fmt: skip

    def _stop_if_cancelled(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled("The import was cancelled; nothing was saved.")

    def _family_for(self, planned: PlannedRow) -> tuple[Family | None, bool]:
        """The family the row goes to (None: skipped), and whether it is made new here."""
        row = planned.row
        existing: Family | None = None
        if planned.earlier_line is not None:
            existing = self.target.get(planned.earlier_line)
        elif planned.family_id is not None:
            existing = self.uow.session.get(Family, planned.family_id)
        if existing is not None:
            self.target[row.line] = existing
        if planned.decision is Decision.UPDATE and existing is not None:
            return existing, False
        if planned.decision is None or planned.decision is Decision.NEW:
            family = self._create(planned)
            self.target[row.line] = family
            return family, True
        return None, False  # skipped (or "update" of a row that itself was skipped)

    def _number(self, planned: PlannedRow, data: FamilyInput) -> str:
        wanted = planned.row.case_number
        if wanted and wanted not in self.taken and planned.decision is not Decision.NEW:
            return wanted
        year = case_numbers.case_year(data.enrolled_on, self.uow.today)
        if year not in self.last:
            first = next_case_number(self.uow.session, year)
            self.last[year] = None if first.endswith("-0001") else _previous(first)
        number = case_numbers.next_case_number(year, self.last[year])
        while number in self.taken:
            number = case_numbers.next_case_number(year, number)
        self.last[year] = number
        return number

    def _create(self, planned: PlannedRow) -> Family:
        data = planned.row.family
        assert data is not None  # a row without errors has its family
        self.uow.require(specialist_id=data.specialist_id)
        fields = {k: getattr(data, k) for k in _FAMILY_COLUMNS.values()}
        family = Family(
            **fields, specialist_id=data.specialist_id, case_number=self._number(planned, data),
            status=FamilyStatus.ACTIVE if data.enrolled_on else FamilyStatus.REFERRED,
        )  # fmt: skip
        self.taken.add(family.case_number)
        self.uow.session.add(family)
        return family

    def _update(self, family: Family, planned: PlannedRow) -> None:
        data = planned.row.family
        assert data is not None
        changed = {}
        for key, name in _FAMILY_COLUMNS.items():
            value = getattr(data, name)
            if key in planned.row.filled and getattr(family, name) != value:
                changed[name] = value
        if not changed:
            return
        merged = FamilyInput(**{
            **{n: getattr(family, n) for n in _FAMILY_COLUMNS.values()},
            "specialist_id": family.specialist_id, **changed,
        })  # fmt: skip
        _at_line(planned, lambda: validate_family(merged, self.uow.today))
        before = {n: str(getattr(family, n)) for n in changed}
        for name, value in changed.items():
            setattr(family, name, value)
        if family.enrolled_on and family.status is FamilyStatus.REFERRED:
            family.status = FamilyStatus.ACTIVE
        self.uow.session.flush()
        self.uow.audit("update", "family", family.id, source="import",
                       changes={n: [before[n], str(v)] for n, v in changed.items()})  # fmt: skip

    def _members(self, family: Family, planned: PlannedRow, adding: bool) -> dict[str, int]:
        """Add the row's caregiver, child, goal and visit (an update skips ones already there)."""
        row, session, added = planned.row, self.uow.session, {}
        if row.caregiver is not None:
            have = _names(session, Caregiver, family.id) if adding else set()
            if plain(row.caregiver.full_name) not in have:
                values = dataclasses.asdict(row.caregiver)
                values["is_primary"] = not (adding and have)
                session.add(Caregiver(family_id=family.id, **values))
                added["caregivers"] = 1
        if row.child is not None:
            have_children = set(session.execute(
                select(Child.full_name, Child.dob).where(Child.family_id == family.id)
            ).all()) if adding else set()  # fmt: skip
            if (row.child.full_name, row.child.dob) not in have_children:
                session.add(Child(family_id=family.id, **dataclasses.asdict(row.child)))
                added["children"] = 1
        if row.goal is not None:
            statements = set(session.scalars(
                select(Goal.statement).where(Goal.family_id == family.id)
            )) if adding else set()  # fmt: skip
            if row.goal.statement not in statements:
                session.add(Goal(family_id=family.id, **dataclasses.asdict(row.goal)))
                added["goals"] = 1
        if row.visit is not None:
            self._visit(family, planned, added, adding)
        return added

    def _visit(self, family: Family, planned: PlannedRow, added: dict[str, int],
               adding: bool) -> None:  # fmt: skip
        visit = planned.row.visit
        assert visit is not None
        session = self.uow.session
        if adding and session.scalar(select(Visit.id).where(
            Visit.family_id == family.id, Visit.visit_date == visit.visit_date
        ).limit(1)) is not None:  # fmt: skip
            return
        if family.specialist_id not in self.may_write:  # the same answer for their families
            self.uow.require(Permission.WRITE_NOTE, specialist_id=family.specialist_id)
            self.may_write.add(family.specialist_id)
        _at_line(planned, lambda: validate_visit(visit, family.enrolled_on, family.referral_date,
                                                 self.uow.today))  # fmt: skip
        values = dataclasses.asdict(visit)
        values["services"] = list(values["services"])
        session.add(Visit(family_id=family.id, specialist_id=family.specialist_id,
                          participants={}, **values))  # fmt: skip
        added["visits"] = 1


def _previous(number: str) -> str:
    prefix, serial = number.rsplit("-", 1)
    return f"{prefix}-{int(serial) - 1:04d}"


def _names(session: Session, model: type[Caregiver], family_id: int) -> set[str]:
    rows = session.scalars(select(model.full_name).where(model.family_id == family_id))
    return {plain(n) for n in rows}


def _at_line(planned: PlannedRow, check: Callable[[], None]) -> None:
    try:
        check()
    except DomainError as exc:
        raise DomainError(f"Row {planned.row.line}: {exc.message}", exc.field) from exc


ERROR_HEADERS = ("Row", "Column", "Problem")


def write_errors(path: Path | str, errors: Iterable[CellError]) -> Path:
    """Save the errors as a CSV file (row, column, problem), owner-only, replaced whole."""
    target = Path(path)

    def write(tmp: Path) -> None:
        with tmp.open("w", newline="", encoding="utf-8-sig") as handle:
            out = csv.writer(handle)
            out.writerow(ERROR_HEADERS)
            for error in errors:
                out.writerow([error.line, csv_cell(error.column), csv_cell(error.message)])

    return atomic_write(target, write)
