"""What every report shares: the agency letterhead and the period check."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from imh_desktop.domain.dates import format_date
from imh_desktop.domain.errors import DomainError
from imh_desktop.services.admin.agency import get_settings, settings_in
from imh_desktop.services.common.context import ServiceContext


@dataclass(frozen=True)
class AgencyInfo:
    name: str
    address: str
    phone: str


def agency_info(ctx: ServiceContext) -> AgencyInfo:
    """The agency name, address and phone from its settings."""
    settings = get_settings(ctx)
    return AgencyInfo(settings.agency_name, settings.agency_address, settings.agency_phone)


def agency_of(session: Session) -> AgencyInfo:
    """``agency_info`` inside a caller's unit of work (query helper, no commit)."""
    settings = settings_in(session)
    return AgencyInfo(settings.agency_name, settings.agency_address, settings.agency_phone)


def check_period(start: dt.date, end: dt.date, today: dt.date) -> None:
    """Refuse a period that ends before it starts or starts in the future."""
    if end < start:
        raise DomainError(
            f"The period ends ({format_date(end)}) before it starts ({format_date(start)}).",
            "period_end",
        )
    if start > today:
        raise DomainError("The period starts in the future.", "period_start")
