"""Who may do what: the one permission table (role × action × relation to the family).

Every service call names the action it performs (:class:`Permission`); the
unit of work (``services/common/uow.py``) works out how the acting user stands
to the family concerned (:class:`Relation`) and asks :func:`allowed`. Nothing
else in the program decides permissions; the UI asks the same table to
disable what a user may not do and to say why (:func:`refusal`).

Relations, from the acting user's side:

- ``OWN``: the user is the family's specialist (for a note: or its author).
- ``TEAM``: the family's specialist (or the note's author) reports to the user.
- ``EMERGENCY``: any other family, while the user holds an unexpired
  emergency-access grant for it (given after typing a reason; audited).
- ``OTHER``: any other family.
- ``AGENCY``: the action is not about one family (staff, settings, the team).

Administrators manage accounts and settings and see no clinical content. A
person who is both an administrator and a clinician has two accounts, one
for each role (see docs/security.md).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

from imh_desktop.domain.enums import Role
from imh_desktop.domain.errors import DomainError

# The ``field`` of a PermissionDeniedError refusing a family outside the user's caseload
# (the UI offers emergency access then).
OUT_OF_SCOPE = "out_of_scope"


class Permission(enum.Enum):
    """An action a service performs; its value is the words used in a refusal."""

    READ_FAMILY = "open this family's record"
    CREATE_FAMILY = "add a family to this caseload"
    CHANGE_FAMILY = "change this family's details, caregivers, children or goals"
    WRITE_NOTE = "write visit notes, drafts, screenings and follow-ups for this family"
    SIGN = "sign this note"
    COSIGN = "co-sign this note"
    AMEND = "amend this note"
    REASSIGN = "give this family to another specialist"
    CLOSE = "close, hold or reopen this case"
    EXPORT = "export these families to a file"
    PRINT = "print these families"
    REPORT = "make a report of these families"
    VIEW_TEAM = "see the team dashboard"
    EMERGENCY_ACCESS = "ask for emergency access to a family"
    LOCATE_FAMILY = "look up a family by case number"
    READ_STAFF = "see the staff list"
    READ_SETTINGS = "see the agency settings"
    USE_OWN_ACCOUNT = "lock, unlock or sign out of your own account, or change its passphrase"
    ADD_STAFF = "add a staff account"
    ADMINISTER_STAFF = "add or change staff accounts"
    CLINICAL_SETTINGS = "change the agency's clinical settings"
    ADMINISTER_SETTINGS = "change the agency's sign-in, lock, PDF and emergency-access settings"
    ADMINISTER_DATABASE = "encrypt the database or see its unencrypted copies"
    MANAGE_BACKUPS = "make, look into or restore backups"
    VIEW_AUDIT = "read, save or verify the audit trail"
    SEE_FAMILY_ACCESS = "see who looked at this family"
    SUPERVISE = "record reflective supervision with a specialist on your team"
    READ_SUPERVISION = "see reflective supervision sessions"
    # Counts only (families are aggregated); the families behind a count are a REPORT.
    VIEW_MEASURES = "see the program measures"

    @property
    def about_family(self) -> bool:
        """True when the action is about families (checked against a relation to them)."""
        return self not in AGENCY_PERMISSIONS


class Relation(enum.Enum):
    """How the acting user stands to the family an action is about."""

    OWN = "own"
    TEAM = "team"
    EMERGENCY = "emergency"
    OTHER = "other"
    AGENCY = "agency"


AGENCY_PERMISSIONS = frozenset(
    {
        Permission.VIEW_TEAM,
        Permission.EMERGENCY_ACCESS,
        Permission.LOCATE_FAMILY,
        Permission.READ_STAFF,
        Permission.READ_SETTINGS,
        Permission.USE_OWN_ACCOUNT,
        Permission.ADD_STAFF,
        Permission.ADMINISTER_STAFF,
        Permission.CLINICAL_SETTINGS,
        Permission.ADMINISTER_SETTINGS,
        Permission.ADMINISTER_DATABASE,
        Permission.MANAGE_BACKUPS,
        Permission.VIEW_AUDIT,
        Permission.VIEW_MEASURES,
    }
)

P, R = Permission, Relation
_OWN = frozenset({R.OWN})
_OWN_TEAM = frozenset({R.OWN, R.TEAM})
_CARE = frozenset({R.OWN, R.EMERGENCY})
_CARE_TEAM = frozenset({R.OWN, R.TEAM, R.EMERGENCY})
_AGENCY = frozenset({R.AGENCY})
_ANY_FAMILY = frozenset({R.OWN, R.TEAM, R.EMERGENCY, R.OTHER})
_EVERYONE = {P.READ_STAFF: _AGENCY, P.READ_SETTINGS: _AGENCY, P.USE_OWN_ACCOUNT: _AGENCY}

# THE table. A (role, permission) pair missing here is refused for every relation.
TABLE: dict[Role, dict[Permission, frozenset[Relation]]] = {
    Role.SPECIALIST: {
        P.READ_FAMILY: _CARE,
        P.CREATE_FAMILY: _OWN,
        P.CHANGE_FAMILY: _OWN,
        P.WRITE_NOTE: _CARE,
        P.SIGN: _OWN,
        P.AMEND: _OWN,
        P.CLOSE: _OWN,
        P.EXPORT: _OWN,
        P.PRINT: _OWN,
        P.REPORT: _OWN,
        P.EMERGENCY_ACCESS: _AGENCY,
        P.LOCATE_FAMILY: _AGENCY,
        P.SEE_FAMILY_ACCESS: _OWN,
        P.READ_SUPERVISION: _OWN,  # her own sessions (staff relation: herself)
        **_EVERYONE,
    },
    Role.SUPERVISOR: {
        P.READ_FAMILY: _CARE_TEAM,
        P.CREATE_FAMILY: _OWN_TEAM,
        P.CHANGE_FAMILY: _OWN_TEAM,
        P.WRITE_NOTE: _CARE_TEAM,
        P.SIGN: _OWN,
        P.COSIGN: frozenset({R.TEAM}),
        P.AMEND: _OWN_TEAM,
        P.REASSIGN: _OWN_TEAM,
        P.CLOSE: _OWN_TEAM,
        P.EXPORT: _OWN_TEAM,
        P.PRINT: _OWN_TEAM,
        P.REPORT: _OWN_TEAM,
        P.VIEW_TEAM: _AGENCY,
        P.ADD_STAFF: _AGENCY,  # a specialist on their own team only (services/admin/staff.py)
        P.CLINICAL_SETTINGS: _AGENCY,
        P.EMERGENCY_ACCESS: _AGENCY,
        P.LOCATE_FAMILY: _AGENCY,
        P.VIEW_AUDIT: _AGENCY,  # their team's events only (services/audit/log.py)
        P.MANAGE_BACKUPS: _AGENCY,
        P.SEE_FAMILY_ACCESS: _OWN_TEAM,
        P.SUPERVISE: frozenset({R.TEAM}),  # a specialist who reports to them
        P.READ_SUPERVISION: frozenset({R.TEAM}),
        P.VIEW_MEASURES: _AGENCY,  # their team's counts (services/measures)
        **_EVERYONE,
    },
    Role.ADMIN: {
        P.ADD_STAFF: _AGENCY,
        P.CLINICAL_SETTINGS: _AGENCY,
        P.ADMINISTER_STAFF: _AGENCY,
        P.ADMINISTER_SETTINGS: _AGENCY,
        P.ADMINISTER_DATABASE: _AGENCY,
        P.MANAGE_BACKUPS: _AGENCY,
        P.VIEW_AUDIT: _AGENCY,
        # Who looked at a family: names, times and actions, no clinical content.
        P.SEE_FAMILY_ACCESS: _ANY_FAMILY,
        # The program's measures as counts (the agency's); never the families behind them.
        P.VIEW_MEASURES: _AGENCY,
        **_EVERYONE,
    },
}


def allowed(role: Role, permission: Permission, relation: Relation) -> bool:
    """True when a user of ``role`` may do ``permission`` to a family they stand ``relation`` to."""
    return relation in TABLE[role].get(permission, frozenset())


def allowed_all(role: Role, permission: Permission, relations: Iterable[Relation]) -> bool:
    """True when ``permission`` is allowed for every one of ``relations``."""
    return all(allowed(role, permission, r) for r in relations)


def is_clinician(role: Role) -> bool:
    """True for roles that may open families' records at all."""
    return bool(TABLE[role].get(Permission.READ_FAMILY))


_ROLE_NAMES = {Role.SPECIALIST: "a specialist", Role.SUPERVISOR: "a supervisor",
               Role.ADMIN: "an administrator"}  # fmt: skip


def refusal(role: Role, permission: Permission, relation: Relation) -> str:
    """Why ``permission`` is refused, in words a clinician can act on ("" when allowed)."""
    if allowed(role, permission, relation):
        return ""
    if not is_clinician(role) and permission.about_family:
        return "Administrator accounts do not open families' records or reports."
    if not TABLE[role].get(permission):
        who = " or ".join(_ROLE_NAMES[r] for r in Role if TABLE[r].get(permission))
        return f"Only {who} can {permission.value}." if who else f"No one can {permission.value}."
    if relation is Relation.EMERGENCY:
        return (
            "Emergency access lets you read this record and write visit notes; only the "
            f"family's specialist or their supervisor can {permission.value}."
        )
    if relation is Relation.OTHER:
        if permission is Permission.READ_FAMILY:
            return (
                "This family is not on your caseload. To open it in an emergency, use "
                "File > Open family by case number and give a reason."
            )
        return f"This family is not on your caseload, so you cannot {permission.value}."
    if permission is Permission.SIGN:
        return "Only the note's author can sign it."
    if permission is Permission.COSIGN:
        return "Only the supervisor of the note's author can co-sign it."
    return f"Only the family's specialist or their supervisor can {permission.value}."


EMERGENCY_REASON_MIN, EMERGENCY_REASON_MAX = 10, 500


def validate_emergency_reason(reason: str) -> str:
    """The reason typed for emergency access, stripped; refused when too short or too long."""
    text = " ".join((reason or "").split())
    if len(text) < EMERGENCY_REASON_MIN:
        raise DomainError(
            "Say in a few words why you need this family's record now "
            f"(at least {EMERGENCY_REASON_MIN} characters).",
            "reason",
        )
    if len(text) > EMERGENCY_REASON_MAX:
        raise DomainError(
            f"The reason is too long (at most {EMERGENCY_REASON_MAX} characters).", "reason"
        )
    return text
