"""The same-day safety check after a self-harm answer (EPDS item 10, PHQ-9 item 9).

An urgent screening needs a safety check recorded (who did it, what was
done, the outcome) the same day. Until it is, the visit note the screening
belongs to (linked to it, or the family's visit on the day it was given)
cannot be signed: ``check_safety_recorded`` is called by ``sign_visit``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from imh_desktop.data.models import Screening, Visit
from imh_desktop.domain.errors import DomainError, NotFoundError
from imh_desktop.domain.permissions import Permission
from imh_desktop.domain.text import MAX_FOLLOW_UP, MAX_NAME, require_text
from imh_desktop.services.common.access import load_family
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.uow import UnitOfWork, reading, unit_of_work


@dataclass(frozen=True)
class SafetyCheckInput:
    """Who did the safety check, what was done, and the outcome."""

    checked_by: str
    action: str
    outcome: str

    def cleaned(self) -> SafetyCheckInput:
        """The same check stripped; a DomainError names the first part missing or too long."""
        return SafetyCheckInput(
            require_text(self.checked_by, "checked_by", "Who did the safety check", MAX_NAME),
            require_text(self.action, "action", "What was done", MAX_FOLLOW_UP, multiline=True),
            require_text(self.outcome, "outcome", "The outcome", MAX_FOLLOW_UP, multiline=True),
        )


def apply_safety_check(uow: UnitOfWork, row: Screening, check: SafetyCheckInput) -> None:
    """Store ``check`` on the urgent screening ``row`` inside ``uow``'s transaction."""
    if not row.urgent:
        raise DomainError("A safety check is recorded for a self-harm answer only.", "screening")
    if row.safety_recorded_at is not None:
        raise DomainError("The safety check for this screening is already recorded.", "screening")
    check = check.cleaned()
    row.safety_checked_by, row.safety_action = check.checked_by, check.action
    row.safety_outcome = check.outcome
    row.safety_recorded_at, row.safety_recorded_by_id = uow.now(), uow.actor.id
    uow.session.flush()
    uow.audit("safety_check", "screening", row.id, family_id=row.family_id)


def record_safety_check(ctx: ServiceContext, screening_id: int, check: SafetyCheckInput) -> None:
    """Record the safety check for an urgent screening (once; refused for any other)."""
    check = check.cleaned()
    with unit_of_work(ctx, Permission.WRITE_NOTE) as uow:
        row = uow.session.get(Screening, screening_id)
        if row is None:
            raise NotFoundError("That screening no longer exists.", "screening")
        uow.require(family=load_family(uow.session, row.family_id))
        apply_safety_check(uow, row, check)


def _unchecked(session: Session, visit: Visit) -> list[Screening]:
    return list(
        session.scalars(
            select(Screening)
            .where(
                Screening.family_id == visit.family_id,
                Screening.urgent.is_(True),
                Screening.safety_recorded_at.is_(None),
                or_(Screening.visit_id == visit.id, Screening.given_on == visit.visit_date),
            )
            .order_by(Screening.id)
        )
    )


def unchecked_for_visit(ctx: ServiceContext, visit_id: int) -> list[int]:
    """Ids of the urgent screenings of this visit still waiting for their safety check."""
    with reading(ctx, Permission.READ_FAMILY, "visit", entity_id=visit_id) as uow:
        visit = uow.session.get(Visit, visit_id)
        if visit is None:
            raise NotFoundError("That visit note no longer exists.", "visit")
        uow.require(note=visit)
        return [s.id for s in _unchecked(uow.session, visit)]


def check_safety_recorded(session: Session, visit: Visit) -> None:
    """Refuse (DomainError) while a self-harm answer of this visit has no safety check."""
    waiting = _unchecked(session, visit)
    if waiting:
        names = ", ".join(f"{s.instrument.abbreviation} of {s.given_on:%d %b %Y}" for s in waiting)
        raise DomainError(
            "This note cannot be signed until the same-day safety check is recorded "
            f"(who did it, what was done, the outcome) for the self-harm answer on the {names}. "
            "Use “Record safety check…”.",
            "safety_check",
        )
