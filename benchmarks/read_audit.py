"""Rows 9-11: what permission checks and the read audit cost, on a private copy of the data set.

Every read of a family's records now runs in a checked unit of work that
writes one audit row in the read's own transaction (a commit, so on SQLite
an fsync of the WAL with ``synchronous=FULL``). Three rows, each ours against
a baseline measured in the same run, alternately:

- the caseload query: ``list_caseload(ctx, "team")`` as the supervisor who
  leads the whole agency, against the same statement and row building with
  no unit of work (the code path of ``list_caseload`` before permissions);
- opening a family: ``get_family`` against the same read in a bare session;
- opening a family's record, every tab: the nine audited reads the record
  window makes (family, open alerts, goals, ratings, visits twice,
  screenings due, alerts, screenings), against the same calls with the
  audit row switched off (permission checks kept), so the difference is the
  audit alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from benchmarks.dataset import Dataset, service_context, working_copy
from benchmarks.harness import Row, Target, measure_pair, median, row_from_times

QUERY_TARGET = Target(max_ratio=1.5, max_value=0.150)
OPEN_TARGET = Target(max_value=0.050)
RECORD_TARGET = Target(max_value=0.150)


@contextmanager
def audit_switched_off() -> Iterator[None]:
    """The baseline's code path: every unit of work as usual, minus the audit row."""
    from imh_desktop.services.common.uow import UnitOfWork

    original = UnitOfWork.audit
    UnitOfWork.audit = lambda self, *args, **kwargs: None  # type: ignore[method-assign]
    try:
        yield
    finally:
        UnitOfWork.audit = original  # type: ignore[method-assign]


def _bare_caseload(db, actor_id: int, today: dt.date) -> Callable[[], list]:
    """``list_caseload``'s query and rows as it ran before permissions: no unit, no audit."""
    from imh_desktop.services.caseload import table

    def run() -> list:
        stmt = table._caseload_statement(table._family_filter(actor_id, "team", False), today)
        with db.read() as session:
            rows = session.execute(stmt).all()
        month = table._month(today)
        return [table._to_row(r, today, month, actor_id) for r in rows]

    return run


def _record_reads(ctx, family_id: int) -> Callable[[], Any]:
    """The reads a family record window makes when it opens (overview, then each tab)."""
    from imh_desktop.services.family import families, goals
    from imh_desktop.services.screenings import due, results
    from imh_desktop.services.visits import lists, visits

    today = ctx.today()

    def run() -> None:
        families.get_family(ctx, family_id)
        results.list_alerts(ctx, family_id, open_only=True)  # the record's alert banner
        goals.list_goals(ctx, family_id)
        lists.goal_progress(ctx, family_id)
        visits.list_visits(ctx, family_id)
        due.family_screenings_due(ctx, family_id, today)
        results.list_alerts(ctx, family_id)
        results.list_screenings(ctx, family_id)
        visits.list_visits(ctx, family_id, end=today)  # the reports tab

    return run


def _busy_family(ctx) -> int:
    """An active family with the most visits (the longest record to open)."""
    from sqlalchemy import func, select

    from imh_desktop.data.models import Family, Visit
    from imh_desktop.domain.enums import FamilyStatus

    with ctx.db.read() as session:
        return int(
            session.scalar(
                select(Visit.family_id)
                .join(Family, Family.id == Visit.family_id)
                .where(Family.status == FamilyStatus.ACTIVE)
                .group_by(Visit.family_id)
                .order_by(func.count().desc(), Visit.family_id)
                .limit(1)
            )
        )


def time_audit(db, info, repeat: int) -> list[Row]:
    """The three rows on ``db`` (a private copy: the reads write audit rows)."""
    from imh_desktop.services.caseload.table import list_caseload
    from imh_desktop.services.common.access import load_family
    from imh_desktop.services.family.families import family_record, get_family

    ctx = service_context(db, info)  # the supervisor who leads every specialist
    today = ctx.today()
    bare = _bare_caseload(db, ctx.user_id, today)
    count, base_count = len(list_caseload(ctx, "team")), len(bare())
    if count != base_count:
        raise AssertionError(f"list_caseload gave {count} rows, the bare path {base_count}")
    ours, base = measure_pair(lambda: list_caseload(ctx, "team"), bare, 2 * repeat)
    rows = [
        row_from_times(
            f"caseload query with permission check + read audit ({_backend(db)})", ours, base,
            QUERY_TARGET,
            note=f"{count} rows; +{(median(ours) - median(base)) * 1000:.1f} ms for the unit of "
            "work, scope check and one audit row; baseline: the same query and rows with no "
            "unit of work (the path before permissions)",
        )
    ]  # fmt: skip
    family_id = _busy_family(ctx)

    def bare_open() -> object:
        with db.read() as session:
            return family_record(session, load_family(session, family_id))

    ours, base = measure_pair(lambda: get_family(ctx, family_id), bare_open, 2 * repeat)
    rows.append(
        row_from_times(
            f"open a family (get_family) with permission check + read audit ({_backend(db)})",
            ours, base, OPEN_TARGET,
            note=f"+{(median(ours) - median(base)) * 1000:.1f} ms; baseline: the same read in "
            "a bare session (the path before permissions)",
        )
    )  # fmt: skip
    record = _record_reads(ctx, family_id)

    def unaudited() -> None:
        with audit_switched_off():
            record()

    ours, base = measure_pair(record, unaudited, repeat)
    rows.append(
        row_from_times(
            f"open a family's record, all 9 tab reads audited ({_backend(db)})",
            ours, base, RECORD_TARGET,
            note=f"+{(median(ours) - median(base)) * 1000:.1f} ms for 9 audit rows (9 commits); "
            "baseline: the same 9 checked reads with the audit row switched off",
        )
    )  # fmt: skip
    return rows


def _backend(db) -> str:
    return "SQLite" if db.is_sqlite else "PostgreSQL"


def run_sqlite(dataset: Dataset, work: Path, repeat: int) -> list[Row]:
    from imh_desktop.data.db import Database

    copy = working_copy(dataset, work, "audit.sqlite")
    db = Database(copy.url)
    try:
        return time_audit(db, dataset.info, repeat)
    finally:
        db.dispose()
