"""Program measures for funders: the counts for a period, and the families behind a count.

The counts are aggregate: a supervisor sees her team's (the specialists who
report to her, and herself when she carries families), an administrator the
whole agency's (``Permission.VIEW_MEASURES``). The families behind a count
are clinical content: listing them is a report of the team's families
(``Permission.REPORT`` over the "team" scope), which administrators are
refused. Each call is one unit of work with one audit row, and reads the
facts with one query (``facts.read_facts``); the rules are ``domain.measures``.
Families count under their current specialist.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import or_, select

from imh_desktop.data.models import StaffUser
from imh_desktop.domain.enums import Role
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.measures import (
    Entry,
    FamilyFacts,
    Measure,
    MeasurePeriod,
    Ratio,
    family_entries,
    tally,
)
from imh_desktop.domain.permissions import Permission
from imh_desktop.domain.schedule import DEFAULT_SCHEDULE
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.uow import UnitOfWork, reading
from imh_desktop.services.measures.facts import FamilyName, read_facts
from imh_desktop.services.reports.common import AgencyInfo, agency_of

EXPORT_FORMATS = ("xlsx", "pdf")


@dataclass(frozen=True)
class ProgramMeasures:
    """The measures of a period: per specialist (by id) and for the program (None)."""

    period: MeasurePeriod
    today: dt.date
    agency: AgencyInfo
    prepared_by: str
    specialists: tuple[tuple[int, str], ...]  # (staff id, name), by name
    ratios: Mapping[Measure, Mapping[int | None, Ratio]]

    def ratio(self, measure: Measure, specialist_id: int | None = None) -> Ratio:
        """The count over the denominator of one measure, for one specialist or the program."""
        return self.ratios[measure].get(specialist_id, Ratio(0, 0))


@dataclass(frozen=True)
class MeasureFamily:
    """One entry of a measure's denominator: the family, about whom, the day, counted or not."""

    family_id: int
    case_number: str
    family_name: str
    specialist: str
    subject: str
    on: dt.date
    counted: bool


def _compute(
    uow: UnitOfWork, period: MeasurePeriod
) -> tuple[list[Entry], dict[int, FamilyFacts], dict[int, FamilyName], dict[int, str], list[int]]:
    """The entries of every measure, the facts and names of their families, the staff's
    names and the specialists given a row even with nothing to count (active ones in scope).

    A supervisor's scope is the staff who report to her, and herself; an
    administrator's is every family (no filter on the specialist).
    """
    actor = uow.actor
    stmt = select(StaffUser.id, StaffUser.full_name, StaffUser.role, StaffUser.active)
    if actor.role is not Role.ADMIN:
        stmt = stmt.where(or_(StaffUser.supervisor_id == actor.id, StaffUser.id == actor.id))
    names: dict[int, str] = {}
    shown: list[int] = []
    for sid, name, role, active in uow.session.execute(stmt).all():
        names[sid] = name
        if active and role is Role.SPECIALIST:
            shown.append(sid)
    staff_ids = None if actor.role is Role.ADMIN else list(names)
    facts, family_names = read_facts(uow.session, staff_ids, period, DEFAULT_SCHEDULE)
    entries = [e for f in facts.values() for e in family_entries(f, period, uow.today)]
    return entries, facts, family_names, names, shown


def _period(start: dt.date | None, end: dt.date | None) -> MeasurePeriod:
    if start is None or end is None:
        raise DomainError("Give both the first and the last date of the period.", "period")
    return MeasurePeriod(start, end)


def _measures(uow: UnitOfWork, period: MeasurePeriod) -> ProgramMeasures:
    entries, facts, _, names, shown = _compute(uow, period)
    specialist_of = {fid: f.specialist_id for fid, f in facts.items()}
    ratios = tally(entries, specialist_of, shown)
    ids = {k for by in ratios.values() for k in by if k is not None}
    specialists = sorted(((i, names.get(i, "")) for i in ids), key=lambda s: s[1].casefold())
    uow.read_detail["families"] = len({e.family_id for e in entries})
    return ProgramMeasures(period, uow.today, agency_of(uow.session), uow.actor.full_name,
                           tuple(specialists), ratios)  # fmt: skip


def program_measures(ctx: ServiceContext, start: dt.date, end: dt.date) -> ProgramMeasures:
    """The program measures from ``start`` to ``end``: per specialist and for the program.

    Counts only; one audit row ("read" of "program_measures") with the period.
    """
    period = _period(start, end)
    with reading(ctx, Permission.VIEW_MEASURES, "program_measures", start=start, end=end) as uow:
        return _measures(uow, period)


def export_measures(ctx: ServiceContext, start: dt.date, end: dt.date, fmt: str) -> ProgramMeasures:
    """The program measures read for a file (``fmt`` "xlsx" or "pdf"), audited as its export.

    The same counts as ``program_measures``; the audit row says the format, so
    the trail shows the counts left the program.
    """
    if fmt not in EXPORT_FORMATS:
        raise DomainError(f"Unknown kind of file '{fmt}'.", "format")
    period = _period(start, end)
    with reading(ctx, Permission.VIEW_MEASURES, "program_measures",
                 start=start, end=end, export=fmt) as uow:  # fmt: skip
        return _measures(uow, period)


def measure_families(
    ctx: ServiceContext, start: dt.date, end: dt.date, measure: Measure,
    specialist_id: int | None = None,
) -> tuple[MeasureFamily, ...]:  # fmt: skip
    """The families behind one measure's count (one specialist's, or the program's).

    Every entry of the denominator, those not counted first, then by case number. Clinical
    content: only for a supervisor over her team; one audit row ("report" of
    "measure_families") naming the measure and how many families it lists.
    """
    period = _period(start, end)
    with reading(ctx, Permission.REPORT, "measure_families", measure=measure.value,
                 start=start, end=end, specialist_id=specialist_id) as uow:  # fmt: skip
        uow.require(Permission.VIEW_MEASURES)
        uow.require_scope("team")
        entries, facts, family_names, names, _ = _compute(uow, period)
        rows = []
        for e in entries:
            owner = facts[e.family_id].specialist_id
            if e.measure is not measure or specialist_id not in (None, owner):
                continue
            name = family_names[e.family_id]
            rows.append(MeasureFamily(e.family_id, name.case_number, name.display_name,
                                      names.get(owner, ""), e.subject, e.on, e.met))  # fmt: skip
        rows.sort(key=lambda r: (r.counted, r.case_number, r.on, r.subject))  # missed first
        uow.read_detail["families"] = len({r.family_id for r in rows})
        return tuple(rows)
