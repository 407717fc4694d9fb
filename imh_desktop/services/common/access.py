"""How the acting user stands to a family, a note or a staff member (for the permission table).

Query helpers for the unit of work: they read, never commit. The table itself
lives in ``domain/permissions.py``; this module only works out the
:class:`~imh_desktop.domain.permissions.Relation` it is asked about.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from imh_desktop.data.models import EmergencyAccess, Family, StaffUser, Visit
from imh_desktop.domain.errors import NotFoundError
from imh_desktop.domain.permissions import Relation

# The relations a caseload scope covers: the families a list in that scope may show.
SCOPE_RELATIONS: dict[str, frozenset[Relation]] = {
    "mine": frozenset({Relation.OWN}),
    "team": frozenset({Relation.OWN, Relation.TEAM}),
    "all": frozenset({Relation.OWN, Relation.TEAM, Relation.OTHER}),
}
_RANK = {Relation.OWN: 0, Relation.TEAM: 1, Relation.EMERGENCY: 2, Relation.OTHER: 3}


def load_family(session: Session, family_id: int) -> Family:
    """The family row, or a readable NotFoundError."""
    row = session.get(Family, family_id)
    if row is None:
        raise NotFoundError("That family no longer exists.", "family")
    return row


def staff_relation(session: Session, actor: StaffUser, staff_id: int | None) -> Relation:
    """OWN when ``staff_id`` is the actor, TEAM when they report to the actor, else OTHER."""
    if staff_id is None:
        return Relation.OTHER
    if staff_id == actor.id:
        return Relation.OWN
    staff = session.get(StaffUser, staff_id)
    if staff is not None and staff.supervisor_id == actor.id:
        return Relation.TEAM
    return Relation.OTHER


def emergency_until(
    session: Session, actor_id: int, family_id: int, now: dt.datetime
) -> dt.datetime | None:
    """When the actor's live emergency access to the family ends, or None when they have none."""
    return session.scalar(
        select(EmergencyAccess.expires_at)
        .where(
            EmergencyAccess.staff_id == actor_id,
            EmergencyAccess.family_id == family_id,
            EmergencyAccess.expires_at > now,
        )
        .order_by(EmergencyAccess.expires_at.desc())
        .limit(1)
    )


def family_relation(
    session: Session, actor: StaffUser, family: Family, now: dt.datetime
) -> Relation:
    """OWN, TEAM, EMERGENCY (a live grant) or OTHER."""
    relation = staff_relation(session, actor, family.specialist_id)
    if relation is Relation.OTHER and emergency_until(session, actor.id, family.id, now):
        return Relation.EMERGENCY
    return relation


def note_relation(session: Session, actor: StaffUser, note: Visit, now: dt.datetime) -> Relation:
    """The closer of the actor's relation to the note's family and to its author.

    The author of a note stays its author after the family moves to another
    specialist (so she can still sign it), and the author's supervisor stays
    the one who co-signs it.
    """
    by_author = staff_relation(session, actor, note.specialist_id)
    by_family = family_relation(session, actor, load_family(session, note.family_id), now)
    return min(by_author, by_family, key=_RANK.__getitem__)
