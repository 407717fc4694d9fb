"""Agency-wide settings, shared by everyone on the same database.

Each setting is declared once with its type, default and title; values are
stored as text in ``agency_settings``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import select

from imh_desktop.data.models import AgencySetting
from imh_desktop.domain.enums import Role
from imh_desktop.domain.errors import DomainError
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.uow import unit_of_work


@dataclass(frozen=True)
class AgencySettings:
    agency_name: str = "Riverbend Infant & Family Services"
    agency_address: str = "120 Willow Street, Suite 4\nRiverbend, MI 48100"
    agency_phone: str = "(555) 010-2040"
    signature_working_days: int = 2
    no_contact_days: int = 30
    backup_folder: str = ""  # empty: a "backups" folder beside the database


FOLDER_MAX = 1000


TITLES = {
    "agency_name": "Agency name",
    "agency_address": "Agency address",
    "agency_phone": "Agency phone",
    "signature_working_days": "Notes are due signed within (working days)",
    "no_contact_days": "Flag families with no contact for more than (days)",
    "backup_folder": "Backups folder",
}


def get_settings(ctx: ServiceContext) -> AgencySettings:
    """The agency's settings, with defaults for any never set."""
    with ctx.db.read() as session:
        stored = dict(session.execute(select(AgencySetting.key, AgencySetting.value)).all())
    values: dict[str, Any] = {}
    for f in fields(AgencySettings):
        if f.name in stored:
            values[f.name] = int(stored[f.name]) if f.type in ("int", int) else stored[f.name]
    return AgencySettings(**values)


def save_settings(ctx: ServiceContext, settings: AgencySettings) -> AgencySettings:
    """Store the agency settings (supervisors and administrators only)."""
    if not settings.agency_name.strip():
        raise DomainError("The agency name is required.", "agency_name")
    if len(settings.backup_folder) > FOLDER_MAX:
        raise DomainError(
            f"{TITLES['backup_folder']} must be at most {FOLDER_MAX} characters.", "backup_folder"
        )
    for name in ("signature_working_days", "no_contact_days"):
        if not 0 < getattr(settings, name) <= 365:
            raise DomainError(f"{TITLES[name]} must be between 1 and 365.", name)
    with unit_of_work(ctx) as uow:
        uow.require_role(Role.SUPERVISOR, Role.ADMIN)
        for f in fields(AgencySettings):
            row = uow.session.get(AgencySetting, f.name) or AgencySetting(key=f.name)
            row.value = str(getattr(settings, f.name)).strip()
            uow.session.add(row)
        uow.audit("update", "agency_settings", None)
    return get_settings(ctx)
