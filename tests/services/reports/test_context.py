"""The progress report's family context: what was current at the period's end, what changed."""

from __future__ import annotations

import datetime as dt

from imh_desktop.domain.enums import (
    FactorRating,
    ProtectiveFactor,
    ReferralStatus,
    ReferralType,
    Stressor,
)
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


def test_a_referral_shows_each_status_it_reached_by_the_periods_end(db, ana, family, clock):
    made = referrals.make_referral(ana, family.id, ReferralInput(
        ReferralType.HOUSING, "HA", D(2026, 11, 2), "Eviction", follow_up_on=D(2026, 11, 20)))  # fmt: skip
    clock.set(D(2026, 11, 10))
    noted = referrals.update_referral(ana, made.id, ReferralInput(
        ReferralType.HOUSING, "HA", D(2026, 11, 2), "Eviction", follow_up_on=D(2026, 11, 20),
        outcome="Left a message."), made.version)  # fmt: skip
    clock.set(D(2026, 11, 18))
    referrals.update_referral(ana, made.id, ReferralInput(
        ReferralType.HOUSING, "HA", D(2026, 11, 2), "Eviction", ReferralStatus.CONNECTED,
        D(2026, 11, 20), "Housed in December."), noted.version)  # fmt: skip
    with db.read() as s:
        [line] = context_section(s, family.id, D(2026, 11, 1), D(2026, 11, 30), TODAY).referrals
        [before] = context_section(s, family.id, D(2026, 11, 1), D(2026, 11, 15), TODAY).referrals
    assert line.steps == ((ReferralStatus.MADE, D(2026, 11, 2)),
                          (ReferralStatus.CONNECTED, D(2026, 11, 18)))  # fmt: skip
    assert before.steps == ((ReferralStatus.MADE, D(2026, 11, 2)),)  # the note alone is no step
