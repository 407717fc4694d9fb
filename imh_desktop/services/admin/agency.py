"""Agency-wide settings, shared by everyone on the same database.

Each setting is declared once with its type, default and title; values are
stored as text in ``agency_settings``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from imh_desktop.data.db import Database
from imh_desktop.data.models import AgencySetting
from imh_desktop.domain.accounts import LockoutPolicy
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.permissions import Permission
from imh_desktop.domain.planning import (
    DEFAULT_DAYS,
    DEFAULT_END,
    DEFAULT_START,
    WorkingHours,
    working_hours,
)
from imh_desktop.domain.text import MAX_ADDRESS, MAX_NAME, MAX_PHONE, check_text, normalise
from imh_desktop.services.audit.changes import changes
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.uow import unit_of_work

SAFETY_STEPS = (
    "1. Stay with the caregiver; ask directly about thoughts of self-harm or suicide, "
    "plans and means.\n"
    "2. If there is immediate danger, call 911 (or 988, the Suicide & Crisis Lifeline) "
    "and do not leave the person alone.\n"
    "3. Call your supervisor before you leave the home; agree a safety plan with the caregiver "
    "(who they will call, removing means).\n"
    "4. Record the safety check today: who did it, what was done, the outcome."
)
SAFETY_STEPS_MAX = 2000
# Printed under "Where to find support" on every family handout, one line each.
SUPPORT_LINES = (
    "National Maternal Mental Health Hotline: call or text 1-833-852-6262 (24/7, English and "
    "Spanish)\n"
    "Postpartum Support International HelpLine: call or text 1-800-944-4773\n"
    "988 Suicide & Crisis Lifeline: call or text 988 (24/7)\n"
    "In an emergency: call 911"
)
SUPPORT_LINES_MAX = 2000
# Lines for a handout language other than English; a language not given prints the lines above.
SUPPORT_LINES_ES = (
    "Línea Nacional de Salud Mental Materna: llame o envíe un texto al 1-833-852-6262 "
    "(24 horas, en español)\n"
    "988 Línea de Prevención del Suicidio y Crisis: llame al 988 y marque 2 para español\n"
    "En una emergencia: llame al 911"
)


@dataclass(frozen=True)
class AgencySettings:
    agency_name: str = "Riverbend Infant & Family Services"
    agency_address: str = "120 Willow Street, Suite 4\nRiverbend, MI 48100"
    agency_phone: str = "(555) 010-2040"
    signature_working_days: int = 2
    no_contact_days: int = 30
    emergency_access_hours: int = 4
    # Sign-in and automatic lock (45 CFR 164.312(a)(2)(iii), (d)): administrators only.
    idle_lock_minutes: int = 10
    failed_sign_in_limit: int = 5
    lockout_minutes: int = 15
    backup_folder: str = ""  # empty: a "backups" folder beside the database
    # Shown at once when a screening has a self-harm answer (EPDS item 10, PHQ-9 item 9).
    safety_steps: str = SAFETY_STEPS
    # Support lines for families (postpartum support, crisis line), printed on every handout.
    support_lines: str = SUPPORT_LINES
    # Per handout language ("es", "vi", "ar"): a JSON object of language -> lines (one a line).
    # A language not in it, or left empty, prints ``support_lines``.
    support_lines_by_language: str = json.dumps({"es": SUPPORT_LINES_ES}, ensure_ascii=False)
    # A PDF saved or exported must carry a password (AES-256, reports/protect.py).
    pdf_password_required: bool = False
    # Visits planned outside these are flagged (a warning) in the calendar and when planning.
    working_days: str = DEFAULT_DAYS
    working_start: str = DEFAULT_START
    working_end: str = DEFAULT_END

    def language_lines(self) -> dict[str, str]:
        """The support lines set per handout language (``support_lines_by_language``)."""
        try:
            loaded = json.loads(self.support_lines_by_language or "{}")
        except ValueError:
            return {}  # a hand-edited value: every language prints the default lines
        if not isinstance(loaded, dict):
            return {}
        return {str(k): str(v) for k, v in loaded.items() if isinstance(v, str) and v.strip()}

    def support_lines_for(self, lang: str) -> tuple[str, ...]:
        """The lines a handout in ``lang`` prints: the language's own, else ``support_lines``."""
        text = self.language_lines().get(lang, "") if lang != "en" else ""
        chosen = text if text.strip() else self.support_lines
        return tuple(line.strip() for line in chosen.splitlines() if line.strip())

    def with_language_lines(self, lines: dict[str, str]) -> AgencySettings:
        """A copy holding ``lines`` per language (empty ones dropped: the default applies)."""
        kept = {k: v.strip() for k, v in sorted(lines.items()) if v.strip() and k != "en"}
        return replace(self, support_lines_by_language=json.dumps(kept, ensure_ascii=False))

    @property
    def lockout(self) -> LockoutPolicy:
        return LockoutPolicy(self.failed_sign_in_limit, self.lockout_minutes)

    @property
    def working_hours(self) -> WorkingHours:
        """The working hours; the default ones if the stored values do not read."""
        try:
            return working_hours(self.working_days, self.working_start, self.working_end)
        except DomainError:  # a hand-edited value: the default holds, as for numbers
            return WorkingHours()


FOLDER_MAX = 1000


TITLES = {
    "agency_name": "Agency name",
    "agency_address": "Agency address",
    "agency_phone": "Agency phone",
    "signature_working_days": "Notes are due signed within (working days)",
    "no_contact_days": "Flag families with no contact for more than (days)",
    "emergency_access_hours": "Emergency access to a family outside one's caseload lasts (hours)",
    "idle_lock_minutes": "Lock the window after idle (minutes)",
    "failed_sign_in_limit": "Failed sign-ins in a row before an account waits",
    "lockout_minutes": "An account waits after too many failed sign-ins (minutes)",
    "backup_folder": "Backups folder",
    "safety_steps": "Safety steps shown after a self-harm answer",
    "support_lines": "Support lines printed on family handouts (one a line)",
    "support_lines_by_language": "Support lines for handouts in other languages",
    "pdf_password_required": "PDFs saved outside the program need a password",
    "working_days": "Working days (visits on other days are flagged)",
    "working_start": "The working day starts at (HH:MM)",
    "working_end": "The working day ends at (HH:MM)",
}
# Whole-number settings: the range each must fall in.
RANGES = {
    "signature_working_days": (1, 365),
    "no_contact_days": (1, 365),
    "emergency_access_hours": (1, 24),
    "idle_lock_minutes": (1, 120),
    "failed_sign_in_limit": (3, 20),
    "lockout_minutes": (1, 1440),
}
# Changed by an administrator only (the rest: supervisors too).
SECURITY = (
    "idle_lock_minutes", "failed_sign_in_limit", "lockout_minutes", "pdf_password_required",
    "emergency_access_hours",
)  # fmt: skip
TEXT_LIMITS = {"agency_name": MAX_NAME, "agency_address": MAX_ADDRESS, "agency_phone": MAX_PHONE}
_TRUE = ("1", "true", "yes", "on")


def get_settings(ctx: ServiceContext) -> AgencySettings:
    """The agency's settings, with defaults for any never set (every signed-in user)."""
    with unit_of_work(ctx, Permission.READ_SETTINGS) as uow:
        return settings_in(uow.session)


def read_settings(db: Database) -> AgencySettings:
    """The agency's settings before anyone signed in (the lock-out rules, the idle lock)."""
    with db.read() as session:
        return settings_in(session)


def settings_in(session: Session) -> AgencySettings:
    """The settings inside a caller's session or unit of work (query helper, no commit)."""
    stored = dict(session.execute(select(AgencySetting.key, AgencySetting.value)).all())
    values: dict[str, Any] = {}
    for f in fields(AgencySettings):
        if f.name not in stored:
            continue
        text = stored[f.name]
        if f.type in ("int", int):
            try:
                values[f.name] = int(text)
            except ValueError:
                continue  # a hand-edited value: the default holds
        elif f.type in ("bool", bool):
            values[f.name] = text.strip().lower() in _TRUE
        else:
            values[f.name] = text
    return AgencySettings(**values)


def save_settings(ctx: ServiceContext, settings: AgencySettings) -> AgencySettings:
    """Store the agency settings.

    Supervisors and administrators change the agency's clinical settings
    (``Permission.CLINICAL_SETTINGS``); the sign-in, lock, PDF password and
    emergency-access ones (``SECURITY``) take an administrator
    (``Permission.ADMINISTER_SETTINGS``).
    """
    for name, limit in TEXT_LIMITS.items():
        check_text(
            getattr(settings, name), name, f"The {TITLES[name].lower()}", limit,
            required=name == "agency_name", multiline=name == "agency_address",
        )  # fmt: skip
    if len(settings.backup_folder) > FOLDER_MAX:
        raise DomainError(
            f"{TITLES['backup_folder']} must be at most {FOLDER_MAX} characters.", "backup_folder"
        )
    if not settings.safety_steps.strip():
        raise DomainError("The safety steps are required.", "safety_steps")
    if len(settings.safety_steps) > SAFETY_STEPS_MAX:
        raise DomainError(
            f"The safety steps are too long (at most {SAFETY_STEPS_MAX} characters).",
            "safety_steps",
        )
    if not settings.support_lines.strip():
        raise DomainError(
            "Give at least one support line for the family handouts.", "support_lines"
        )
    if len(settings.support_lines) > SUPPORT_LINES_MAX:
        raise DomainError(
            f"The support lines are too long (at most {SUPPORT_LINES_MAX} characters).",
            "support_lines",
        )
    for lang, text in settings.language_lines().items():
        if len(text) > SUPPORT_LINES_MAX:
            raise DomainError(
                f"The support lines for '{lang}' are too long "
                f"(at most {SUPPORT_LINES_MAX} characters).",
                "support_lines_by_language",
            )
    working_hours(settings.working_days, settings.working_start, settings.working_end)
    for name, (low, high) in RANGES.items():
        if not low <= getattr(settings, name) <= high:
            raise DomainError(f"{TITLES[name]} must be between {low} and {high}.", name)
    with unit_of_work(ctx, Permission.CLINICAL_SETTINGS) as uow:
        before = settings_in(uow.session)
        if any(getattr(settings, n) != getattr(before, n) for n in SECURITY):
            uow.require(Permission.ADMINISTER_SETTINGS)
        old: dict[str, str | None] = {}
        new: dict[str, str | None] = {}
        for f in fields(AgencySettings):
            row = uow.session.get(AgencySetting, f.name) or AgencySetting(key=f.name)
            old[f.name] = row.value
            row.value = new[f.name] = normalise(str(getattr(settings, f.name)))
            uow.session.add(row)
        uow.audit("update", "agency_settings", None, changes=changes(old, new))
        uow.session.flush()
        return settings_in(uow.session)
