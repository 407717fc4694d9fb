"""The progress report's family context: what was current at the period's end, what changed."""

from __future__ import annotations

import datetime as dt

from imh_desktop.domain.enums import FactorRating, ProtectiveFactor, ReferralType, Stressor
from imh_desktop.domain.family_context import ReferralInput, StrengthInput, StressorInput
from imh_desktop.services.family import context, referrals
from imh_desktop.services.reports.context import context_section
from tests.factories import TODAY

D = dt.date


def test_the_period_decides_what_is_current_resolved_or_left_out(db, ana, family):
    context.add_stressor(ana, family.id, StressorInput(  # resolved after the period
        Stressor.HOUSING, D(2026, 4, 1), resolved_on=D(2026, 11, 1)))  # fmt: skip
    context.add_stressor(ana, family.id, StressorInput(Stressor.TEEN_PARENT, D(2026, 10, 1)))
    context.rate_factor(ana, family.id, StrengthInput(
        ProtectiveFactor.KNOWLEDGE, FactorRating.STRENGTH, D(2026, 5, 1)))  # fmt: skip
    context.rate_factor(ana, family.id, StrengthInput(  # after the period: not yet known then
        ProtectiveFactor.KNOWLEDGE, FactorRating.NEED, D(2026, 11, 1)))  # fmt: skip
    referrals.make_referral(
        ana,
        family.id,
        ReferralInput(  # made before, still waiting
            ReferralType.HOUSING, "HA", D(2026, 4, 2), "Eviction", follow_up_on=D(2026, 5, 1)
        ),
    )
    with db.read() as s:
        got = context_section(s, family.id, D(2026, 6, 1), D(2026, 9, 30), TODAY)
    assert [(x.stressor, x.resolved_on) for x in got.stressors] == [(Stressor.HOUSING, None)]
    knowledge = next(f for f in got.factors if f.factor is ProtectiveFactor.KNOWLEDGE)
    assert (knowledge.rating, knowledge.before) == (FactorRating.STRENGTH, None)
    assert len(got.factors) == 5
    [waiting] = got.referrals
    assert waiting.overdue and waiting.agency == "HA"
