"""SQLAlchemy 2 models of the IMH domain (DESIGN.md, "Domain model").

Rows that people edit carry a ``version`` column used as SQLAlchemy's
``version_id_col``: a stale save fails instead of silently overwriting.
Enums are stored as their string values (``native_enum=False``) so SQLite and
PostgreSQL hold the same text and new values need no type migration.

The models live in modules by subject (``base``, ``people``, ``visits``, ``context``,
``system``); every one is imported here, so ``from imh_desktop.data.models import X``
works and ``Base.metadata`` holds every table (Alembic reads it).
"""

from __future__ import annotations

from imh_desktop.data.models.base import INSERTED, NAMING, UPDATED, Base, enum_type, utc_now
from imh_desktop.data.models.context import (
    Consent,
    FactorRatingRow,
    FamilyStressor,
    InformationRelease,
    Referral,
    ReferralStatusChange,
    SupervisionFamily,
    SupervisionSession,
)
from imh_desktop.data.models.people import (
    Caregiver,
    Child,
    Family,
    StaffUser,
)
from imh_desktop.data.models.system import (
    AgencySetting,
    AuditChain,
    AuditEvent,
    EmergencyAccess,
    SearchEntry,
)
from imh_desktop.data.models.visits import (
    Alert,
    Amendment,
    Goal,
    GoalProgress,
    NoteDraft,
    Screening,
    Visit,
)

__all__ = [
    "INSERTED",
    "NAMING",
    "UPDATED",
    "AgencySetting",
    "Alert",
    "Amendment",
    "AuditChain",
    "AuditEvent",
    "Base",
    "Caregiver",
    "Child",
    "Consent",
    "EmergencyAccess",
    "FactorRatingRow",
    "Family",
    "FamilyStressor",
    "Goal",
    "GoalProgress",
    "InformationRelease",
    "NoteDraft",
    "Referral",
    "ReferralStatusChange",
    "Screening",
    "SearchEntry",
    "StaffUser",
    "SupervisionFamily",
    "SupervisionSession",
    "Visit",
    "enum_type",
    "utc_now",
]
