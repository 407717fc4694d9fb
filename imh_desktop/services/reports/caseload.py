"""The caseload report's data: the caseload table's rows under the same filters."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from imh_desktop.domain.enums import FamilyStatus
from imh_desktop.services.admin.staff import get_staff
from imh_desktop.services.caseload.table import CaseloadRow, Scope, list_caseload
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.reports.common import AgencyInfo, agency_info


@dataclass(frozen=True)
class CaseloadFilters:
    """The caseload table's filters, as the supervisor set them."""

    specialist_id: int | None = None
    status: FamilyStatus | None = None
    overdue_only: bool = False
    alerts_only: bool = False
    unsigned_only: bool = False


@dataclass(frozen=True)
class CaseloadReportData:
    """The caseload report's rows and the filters that chose them (the report words them)."""

    agency: AgencyInfo
    prepared_on: dt.date
    prepared_by: str
    filters: CaseloadFilters
    specialist_name: str  # the one specialist of ``filters``; empty for all
    rows: tuple[CaseloadRow, ...]


def filter_caseload(rows: list[CaseloadRow], filters: CaseloadFilters) -> list[CaseloadRow]:
    """The rows that pass ``filters`` (the same rules as the caseload table's filters)."""
    return [
        r
        for r in rows
        if (filters.specialist_id is None or r.specialist_id == filters.specialist_id)
        and (filters.status is None or r.status is filters.status)
        and (not filters.overdue_only or r.overdue)
        and (not filters.alerts_only or r.open_alerts > 0)
        and (not filters.unsigned_only or r.unsigned_notes > 0)
    ]


def caseload_report_data(
    ctx: ServiceContext,
    scope: Scope,
    filters: CaseloadFilters = CaseloadFilters(),
) -> CaseloadReportData:
    """The caseload report: ``list_caseload`` for the acting user and ``scope``, then ``filters``.

    Closed cases are included only when the status filter asks for them.
    """
    today = ctx.today()
    include_closed = filters.status is FamilyStatus.CLOSED
    rows = filter_caseload(list_caseload(ctx, scope, include_closed), filters)
    actor_record = get_staff(ctx, ctx.user_id)
    specialist = get_staff(ctx, filters.specialist_id).full_name if filters.specialist_id else ""
    return CaseloadReportData(
        agency=agency_info(ctx),
        prepared_on=today,
        prepared_by=actor_record.full_name,
        filters=filters,
        specialist_name=specialist,
        rows=tuple(rows),
    )
