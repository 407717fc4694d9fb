"""The family handout's data: one completed visit, in plain words, never the reflection."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from imh_desktop.data.models import StaffUser, Visit
from imh_desktop.domain import ages
from imh_desktop.domain.enums import VisitOutcome, VisitService
from imh_desktop.domain.errors import DomainError, NotFoundError
from imh_desktop.domain.permissions import Permission
from imh_desktop.domain.templates import handout_ideas, serve_and_return_steps
from imh_desktop.services.common.access import load_family
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.uow import reading
from imh_desktop.services.family.families import family_record
from imh_desktop.services.reports.common import AgencyInfo, agency_of
from imh_desktop.services.visits.seal import check_notes

HANDOUT_LANGUAGES = ("en", "es")
# How the refusal below names a visit that was not held (service messages are English).
_NOT_HELD = {
    VisitOutcome.PLANNED: "planned",
    VisitOutcome.CANCELLED_FAMILY: "cancelled by family",
    VisitOutcome.NO_SHOW: "no-show",
    VisitOutcome.CANCELLED_STAFF: "cancelled by staff",
}


@dataclass(frozen=True)
class HandoutData:
    """What a one-page family handout for one visit prints (never the reflection)."""

    agency: AgencyInfo
    lang: str
    family_name: str
    child_name: str  # the youngest child the ideas are for; empty when none yet
    visit_date: dt.date
    services: tuple[VisitService, ...]
    observation: str
    caregiver_response: str
    ideas: tuple[str, ...]  # serve-and-return ideas for the child's age (or the five steps)
    ideas_are_steps: bool
    next_visit: dt.date | None
    specialist_name: str
    specialist_phone: str
    signed: bool
    tampered: bool = False  # the note was changed outside the app after it was signed


def handout_data(ctx: ServiceContext, visit_id: int, lang: str = "en") -> HandoutData:
    """Gather the family handout for a completed visit, in ``lang`` ("en" or "es").

    Ideas are chosen by the youngest child's age at the visit (corrected age
    while it applies); with no child born yet, the five steps of serve and
    return are offered instead. The next visit is the one written in the
    note, else the next planned visit.
    """
    lang = (lang or "").strip().lower()
    if lang not in HANDOUT_LANGUAGES:
        raise DomainError("Handouts are available in English (en) and Spanish (es).", "lang")
    with reading(ctx, Permission.REPORT, "handout", entity_id=visit_id, lang=lang) as uow:
        session = uow.session
        visit = session.get(Visit, visit_id)
        if visit is None:
            raise NotFoundError(f"No visit with id {visit_id}.", "visit")
        uow.require(note=visit)
        if visit.outcome is not VisitOutcome.COMPLETED:
            raise DomainError(
                f"A handout is made for a completed visit; this visit is "
                f"'{_NOT_HELD[visit.outcome]}'.",
                "visit",
            )
        staff = session.get(StaffUser, visit.specialist_id)
        next_visit = visit.next_visit_date or session.scalar(
            select(Visit.visit_date)
            .where(
                Visit.family_id == visit.family_id,
                Visit.outcome == VisitOutcome.PLANNED,
                Visit.visit_date > visit.visit_date,
            )
            .order_by(Visit.visit_date)
            .limit(1)
        )
        family_id, on = visit.family_id, visit.visit_date
        services = tuple(VisitService(s) for s in visit.services or () if s in _SERVICE_VALUES)
        observation, response = visit.observation, visit.caregiver_response
        signed = visit.signed_at is not None
        tampered = bool(check_notes(session, [visit.id]))
        family = family_record(session, load_family(session, family_id))
        agency = agency_of(session)
    born = [c for c in family.children if c.dob <= on]
    child = max(born, key=lambda c: c.dob) if born else None
    if child is not None:
        months = ages.screening_age(child.dob, child.gestation, on).months
        ideas, steps = tuple(handout_ideas(months, lang)), False
    else:
        ideas, steps = tuple(serve_and_return_steps(lang)), True
    return HandoutData(
        agency=agency,
        lang=lang,
        family_name=family.display_name,
        child_name=child.full_name if child else "",
        visit_date=on,
        services=services,
        observation=observation,
        caregiver_response=response,
        ideas=ideas,
        ideas_are_steps=steps,
        next_visit=next_visit,
        specialist_name=staff.full_name if staff else family.specialist_name,
        specialist_phone=(staff.phone or "") if staff else "",
        signed=signed,
        tampered=tampered,
    )


_SERVICE_VALUES = frozenset(s.value for s in VisitService)
