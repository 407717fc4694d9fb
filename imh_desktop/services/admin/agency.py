"""Agency-wide settings, shared by everyone on the same database.

Each setting is declared once with its type, default and title; values are
stored as text in ``agency_settings``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from imh_desktop.data.models import AgencySetting
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.permissions import Permission
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.uow import unit_of_work


@dataclass(frozen=True)
class AgencySettings:
    agency_name: str = "Riverbend Infant & Family Services"
    agency_address: str = "120 Willow Street, Suite 4\nRiverbend, MI 48100"
    agency_phone: str = "(555) 010-2040"
    signature_working_days: int = 2
    no_contact_days: int = 30
    emergency_access_hours: int = 4


TITLES = {
    "agency_name": "Agency name",
    "agency_address": "Agency address",
    "agency_phone": "Agency phone",
    "signature_working_days": "Notes are due signed within (working days)",
    "no_contact_days": "Flag families with no contact for more than (days)",
    "emergency_access_hours": "Emergency access to a family outside one's caseload lasts (hours)",
}
_LIMITS = {"signature_working_days": 365, "no_contact_days": 365, "emergency_access_hours": 24}


def get_settings(ctx: ServiceContext) -> AgencySettings:
    """The agency's settings, with defaults for any never set (every signed-in user)."""
    with unit_of_work(ctx, Permission.READ_SETTINGS) as uow:
        return read_settings(uow.session)


def read_settings(session: Session) -> AgencySettings:
    """The settings inside a caller's unit of work (query helper, no commit)."""
    stored = dict(session.execute(select(AgencySetting.key, AgencySetting.value)).all())
    values: dict[str, Any] = {}
    for f in fields(AgencySettings):
        if f.name in stored:
            values[f.name] = int(stored[f.name]) if f.type in ("int", int) else stored[f.name]
    return AgencySettings(**values)


def save_settings(ctx: ServiceContext, settings: AgencySettings) -> AgencySettings:
    """Store the agency settings (administrators only)."""
    if not settings.agency_name.strip():
        raise DomainError("The agency name is required.", "agency_name")
    for name, most in _LIMITS.items():
        if not 0 < getattr(settings, name) <= most:
            raise DomainError(f"{TITLES[name]} must be between 1 and {most}.", name)
    with unit_of_work(ctx, Permission.ADMINISTER_SETTINGS) as uow:
        for f in fields(AgencySettings):
            row = uow.session.get(AgencySetting, f.name) or AgencySetting(key=f.name)
            row.value = str(getattr(settings, f.name)).strip()
            uow.session.add(row)
        uow.audit("update", "agency_settings", None)
        uow.session.flush()
        return read_settings(uow.session)
