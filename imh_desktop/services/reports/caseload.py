"""The caseload report's data: the caseload table's rows under the same filters."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from imh_desktop.data.models import StaffUser
from imh_desktop.domain.enums import FamilyStatus
from imh_desktop.domain.permissions import Permission
from imh_desktop.services.caseload.table import CaseloadRow, Scope, read_caseload
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.uow import reading
from imh_desktop.services.reports.common import AgencyInfo, agency_of


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
    """The caseload report: the caseload rows of the acting user's ``scope``, then ``filters``.

    Closed cases are included only when the status filter asks for them. One
    audit row ("report") names the scope and how many families it holds.
    """
    include_closed = filters.status is FamilyStatus.CLOSED
    with reading(ctx, Permission.REPORT, "caseload_report", scope=scope) as uow:
        uow.require_scope(scope)
        rows = filter_caseload(read_caseload(uow, scope, include_closed), filters)
        uow.read_detail["families"] = len(rows)
        lead = uow.session.get(StaffUser, filters.specialist_id) if filters.specialist_id else None
        return CaseloadReportData(
            agency=agency_of(uow.session),
            prepared_on=uow.today,
            prepared_by=uow.actor.full_name,
            filters=filters,
            specialist_name=lead.full_name if lead else "",
            rows=tuple(rows),
        )
