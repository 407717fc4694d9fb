"""The progress report's family context: stressors, protective factors and referrals.

Read inside the report's own audited unit (``progress_report_data``): what
was current at the end of the period, what changed in it, and the referrals
made in it or still waiting for news, with their outcomes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from imh_desktop.data.models import FactorRatingRow, FamilyStressor
from imh_desktop.domain.enums import (
    FactorRating,
    ProtectiveFactor,
    ReferralStatus,
    ReferralType,
    Stressor,
)
from imh_desktop.domain.family_context import follow_up_overdue
from imh_desktop.services.family.referrals import ReferralChange, read_referrals


@dataclass(frozen=True)
class StressorLine:
    stressor: Stressor
    noted_on: dt.date
    resolved_on: dt.date | None  # only when resolved by the end of the period


@dataclass(frozen=True)
class FactorLine:
    factor: ProtectiveFactor
    rating: FactorRating | None  # the newest rating by the end of the period
    rated_on: dt.date | None
    before: FactorRating | None  # the rating at the start of the period, when it changed since


@dataclass(frozen=True)
class ReferralLine:
    made_on: dt.date
    referral_type: ReferralType
    for_whom: str  # "" for the whole family
    agency: str
    status: ReferralStatus
    follow_up_on: dt.date | None
    overdue: bool  # still waiting for news past its follow-up date (on the report's day)
    outcome: str
    steps: tuple[tuple[ReferralStatus, dt.date], ...] = ()  # each status reached, oldest first


@dataclass(frozen=True)
class ContextSection:
    stressors: tuple[StressorLine, ...]  # current at the end of the period, then resolved in it
    factors: tuple[FactorLine, ...]  # the five, in the framework's order
    referrals: tuple[ReferralLine, ...]  # oldest first


def _steps(
    history: tuple[ReferralChange, ...], end: dt.date
) -> tuple[tuple[ReferralStatus, dt.date], ...]:
    """The statuses a referral reached by ``end``, each on the first day it was reached.

    A row that only rewrote the outcome note (the status unchanged) is no new step.
    """
    steps: list[tuple[ReferralStatus, dt.date]] = []
    for change in history:
        if change.changed_on <= end and (not steps or steps[-1][0] is not change.status):
            steps.append((change.status, change.changed_on))
    return tuple(steps)


def context_section(
    session: Session, family_id: int, start: dt.date, end: dt.date, today: dt.date
) -> ContextSection:
    """The family's context for a report of ``start``..``end`` (inside a checked unit)."""
    rows = session.scalars(
        select(FamilyStressor).where(
            FamilyStressor.family_id == family_id, FamilyStressor.noted_on <= end,
            or_(FamilyStressor.resolved_on.is_(None), FamilyStressor.resolved_on >= start),
        ).order_by(FamilyStressor.noted_on, FamilyStressor.id)
    ).all()  # fmt: skip
    current = [StressorLine(r.stressor, r.noted_on, None) for r in rows
               if r.resolved_on is None or r.resolved_on > end]  # fmt: skip
    resolved = [StressorLine(r.stressor, r.noted_on, r.resolved_on) for r in rows
                if r.resolved_on is not None and r.resolved_on <= end]  # fmt: skip
    ratings = session.scalars(
        select(FactorRatingRow)
        .where(FactorRatingRow.family_id == family_id, FactorRatingRow.rated_on <= end)
        .order_by(FactorRatingRow.rated_on, FactorRatingRow.id)
    ).all()
    factors = []
    for factor in ProtectiveFactor:
        mine = [r for r in ratings if r.factor is factor]
        last = mine[-1] if mine else None
        earlier = [r for r in mine if r.rated_on < start]
        before = earlier[-1].rating if earlier else None
        changed = last is not None and before is not None and before is not last.rating
        factors.append(FactorLine(factor, last.rating if last else None,
                                  last.rated_on if last else None,
                                  before if changed else None))  # fmt: skip
    referrals = [
        ReferralLine(r.made_on, r.referral_type, r.for_whom, r.agency, r.status, r.follow_up_on,
                     follow_up_overdue(r.status, r.follow_up_on, today), r.outcome,
                     _steps(r.history, end))
        for r in reversed(read_referrals(session, family_id))
        if r.made_on <= end and (r.made_on >= start or r.status is ReferralStatus.MADE)
    ]  # fmt: skip
    return ContextSection(tuple(current + resolved), tuple(factors), tuple(referrals))
