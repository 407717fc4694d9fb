"""The family handout's data: what a family takes home after a visit, never the clinical note.

Only the note's section written for the family ("For the family") is read
from the note's text; the observation, the caregiver's response, the child's
presentation, the plan and the specialist's reflection never leave this
module, so no layout can print them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from imh_desktop.data.models import Amendment, StaffUser, Visit
from imh_desktop.domain import ages
from imh_desktop.domain.enums import VisitOutcome, VisitService
from imh_desktop.domain.errors import DomainError, NotFoundError
from imh_desktop.domain.permissions import Permission
from imh_desktop.domain.person_names import given_name
from imh_desktop.services.admin.agency import settings_in
from imh_desktop.services.common.access import load_family
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.uow import reading
from imh_desktop.services.family.families import family_record
from imh_desktop.services.reports.common import AgencyInfo, agency_of
from imh_desktop.services.visits.seal import check_notes

# The languages with a handout text file (reports/handout_text/<code>.toml).
HANDOUT_LANGUAGES = ("en", "es", "vi", "ar")
# How the refusal below names a visit that was not held (service messages are English).
_NOT_HELD = {
    VisitOutcome.PLANNED: "planned",
    VisitOutcome.CANCELLED_FAMILY: "cancelled by family",
    VisitOutcome.NO_SHOW: "no-show",
    VisitOutcome.CANCELLED_STAFF: "cancelled by staff",
}


@dataclass(frozen=True)
class HandoutChild:
    """A child the handout offers ideas for, by age (corrected while that applies)."""

    first_name: str
    age_months: int


@dataclass(frozen=True)
class HandoutData:
    """What the family handout for one visit prints: never the note's clinical sections."""

    agency: AgencyInfo
    lang: str
    family_name: str
    caregiver_names: tuple[str, ...]  # first names, the primary caregiver first
    children: tuple[HandoutChild, ...]  # every child born by the visit, youngest first
    expecting: bool  # no child born yet: the five steps of serve and return instead
    visit_date: dt.date
    services: tuple[VisitService, ...]
    family_note: str  # "For the family" (its newest amendment, when amended)
    next_visit: dt.date | None
    next_visit_time: dt.time | None
    specialist_name: str
    specialist_phone: str
    support_lines: tuple[str, ...]  # the agency's support lines in the handout's language
    printed_on: dt.date
    signed: bool  # for the preview's notice; never printed
    tampered: bool = False  # changed outside the app after signing: the preview says so
    visit_id: int = 0  # the note the family section is saved back to from the preview
    note_version: int = 0  # the version of that note as read


def handout_data(ctx: ServiceContext, visit_id: int, lang: str = "en") -> HandoutData:
    """Gather the family handout for a completed visit, in ``lang`` (HANDOUT_LANGUAGES).

    Every child born by the visit gets ideas for their age; a family still
    expecting gets the five steps of serve and return. The next visit is the
    one written in the note (with the planned visit's time), else the next
    planned visit.
    """
    lang = (lang or "").strip().lower()
    if lang not in HANDOUT_LANGUAGES:
        raise DomainError(
            "Handouts are available in English (en), Spanish (es), Vietnamese (vi) and "
            "Arabic (ar).",
            "lang",
        )
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
        planned = select(Visit.visit_date, Visit.start_time).where(
            Visit.family_id == visit.family_id,
            Visit.outcome == VisitOutcome.PLANNED,
            Visit.visit_date > visit.visit_date,
        )
        if visit.next_visit_date is not None:
            planned = planned.where(Visit.visit_date == visit.next_visit_date)
        row = session.execute(planned.order_by(Visit.visit_date).limit(1)).first()
        next_visit = visit.next_visit_date or (row[0] if row else None)
        next_time = row[1] if row else None
        amended = session.scalar(
            select(Amendment.text)
            .where(Amendment.visit_id == visit.id, Amendment.section == "family_note")
            .order_by(Amendment.created_at.desc(), Amendment.id.desc())
            .limit(1)
        )
        family_id, on = visit.family_id, visit.visit_date
        services = tuple(VisitService(s) for s in visit.services or () if s in _SERVICE_VALUES)
        family_note = amended or visit.family_note or ""
        signed = visit.signed_at is not None
        tampered = bool(check_notes(session, [visit.id]))
        family = family_record(session, load_family(session, family_id))
        agency = agency_of(session)
        settings = settings_in(session)
    caregivers = sorted(family.caregivers, key=lambda c: (not c.is_primary, c.id))
    born = sorted((c for c in family.children if c.dob <= on), key=lambda c: c.dob, reverse=True)
    children = tuple(
        HandoutChild(
            given_name(c.full_name, family.language),
            ages.screening_age(c.dob, c.gestation, on).months,
        )
        for c in born
    )
    return HandoutData(
        agency=agency,
        lang=lang,
        family_name=family.display_name,
        caregiver_names=tuple(
            n
            for n in (given_name(c.full_name, c.language or family.language) for c in caregivers)
            if n
        ),
        children=children,
        expecting=not children,
        visit_date=on,
        services=services,
        family_note=family_note,
        next_visit=next_visit,
        next_visit_time=next_time,
        specialist_name=staff.full_name if staff else family.specialist_name,
        specialist_phone=(staff.phone or "") if staff else "",
        support_lines=settings.support_lines_for(lang),
        printed_on=ctx.today(),
        signed=signed,
        tampered=tampered,
        visit_id=visit.id,
        note_version=visit.version,
    )


_SERVICE_VALUES = frozenset(s.value for s in VisitService)
