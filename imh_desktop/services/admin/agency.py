"""Agency-wide settings, shared by everyone on the same database.

Each setting is declared once with its type, default and title; values are
stored as text in ``agency_settings``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import select

from imh_desktop.data.db import Database
from imh_desktop.data.models import AgencySetting
from imh_desktop.domain.accounts import LockoutPolicy
from imh_desktop.domain.enums import Role
from imh_desktop.domain.errors import DomainError, PermissionDeniedError
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.uow import unit_of_work


@dataclass(frozen=True)
class AgencySettings:
    agency_name: str = "Riverbend Infant & Family Services"
    agency_address: str = "120 Willow Street, Suite 4\nRiverbend, MI 48100"
    agency_phone: str = "(555) 010-2040"
    signature_working_days: int = 2
    no_contact_days: int = 30
    # Sign-in and automatic lock (45 CFR 164.312(a)(2)(iii), (d)): administrators only.
    idle_lock_minutes: int = 10
    failed_sign_in_limit: int = 5
    lockout_minutes: int = 15
    backup_folder: str = ""  # empty: a "backups" folder beside the database

    @property
    def lockout(self) -> LockoutPolicy:
        return LockoutPolicy(self.failed_sign_in_limit, self.lockout_minutes)


FOLDER_MAX = 1000


TITLES = {
    "agency_name": "Agency name",
    "agency_address": "Agency address",
    "agency_phone": "Agency phone",
    "signature_working_days": "Notes are due signed within (working days)",
    "no_contact_days": "Flag families with no contact for more than (days)",
    "idle_lock_minutes": "Lock the window after idle (minutes)",
    "failed_sign_in_limit": "Failed sign-ins in a row before an account waits",
    "lockout_minutes": "An account waits after too many failed sign-ins (minutes)",
    "backup_folder": "Backups folder",
}
# Whole-number settings: the range each must fall in.
RANGES = {
    "signature_working_days": (1, 365),
    "no_contact_days": (1, 365),
    "idle_lock_minutes": (1, 120),
    "failed_sign_in_limit": (3, 20),
    "lockout_minutes": (1, 1440),
}
SECURITY = ("idle_lock_minutes", "failed_sign_in_limit", "lockout_minutes")


def get_settings(ctx: ServiceContext) -> AgencySettings:
    """The agency's settings, with defaults for any never set."""
    return read_settings(ctx.db)


def read_settings(db: Database) -> AgencySettings:
    """The agency's settings before anyone signed in (the lock-out rules, the idle lock)."""
    with db.read() as session:
        stored = dict(session.execute(select(AgencySetting.key, AgencySetting.value)).all())
    values: dict[str, Any] = {}
    for f in fields(AgencySettings):
        if f.name in stored:
            if f.type in ("int", int):
                try:
                    values[f.name] = int(stored[f.name])
                except ValueError:
                    continue  # a hand-edited value: the default holds
            else:
                values[f.name] = stored[f.name]
    return AgencySettings(**values)


def save_settings(ctx: ServiceContext, settings: AgencySettings) -> AgencySettings:
    """Store the agency settings (supervisors and administrators).

    Changing the sign-in and lock settings (``SECURITY``) takes an administrator.
    """
    if not settings.agency_name.strip():
        raise DomainError("The agency name is required.", "agency_name")
    if len(settings.backup_folder) > FOLDER_MAX:
        raise DomainError(
            f"{TITLES['backup_folder']} must be at most {FOLDER_MAX} characters.", "backup_folder"
        )
    for name, (low, high) in RANGES.items():
        if not low <= getattr(settings, name) <= high:
            raise DomainError(f"{TITLES[name]} must be between {low} and {high}.", name)
    before = read_settings(ctx.db)
    with unit_of_work(ctx) as uow:
        uow.require_role(Role.SUPERVISOR, Role.ADMIN)
        changed = any(getattr(settings, n) != getattr(before, n) for n in SECURITY)
        if changed and uow.actor.role is not Role.ADMIN:
            raise PermissionDeniedError(
                "Only an administrator can change the sign-in and lock settings."
            )
        for f in fields(AgencySettings):
            row = uow.session.get(AgencySetting, f.name) or AgencySetting(key=f.name)
            row.value = str(getattr(settings, f.name)).strip()
            uow.session.add(row)
        uow.audit("update", "agency_settings", None)
    return get_settings(ctx)
