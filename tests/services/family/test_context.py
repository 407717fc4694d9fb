"""Stressors and protective factors: noted, resolved, rated again; one audited read."""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.data.models import AuditEvent
from imh_desktop.domain.enums import FactorRating, ProtectiveFactor, Stressor
from imh_desktop.domain.errors import ConflictError, DomainError
from imh_desktop.domain.family_context import StrengthInput, StressorInput
from imh_desktop.services.family import context
from tests.factories import TODAY

D = dt.date


def test_a_stressor_is_noted_edited_and_resolved(ana, family):
    noted = context.add_stressor(ana, family.id, StressorInput(Stressor.HOUSING, D(2026, 5, 1),
                                                               "Staying with a cousin."))  # fmt: skip
    assert noted.current and noted.note == "Staying with a cousin."
    resolved = context.update_stressor(
        ana, noted.id, StressorInput(Stressor.HOUSING, D(2026, 5, 1), noted.note, TODAY),
        noted.version,
    )  # fmt: skip
    assert not resolved.current and resolved.resolved_on == TODAY
    with pytest.raises(ConflictError):  # a stale copy is refused
        context.update_stressor(
            ana, noted.id, StressorInput(Stressor.HOUSING, D(2026, 5, 2)), noted.version
        )
    with pytest.raises(DomainError) as err:
        context.add_stressor(ana, family.id, StressorInput(Stressor.TEEN_PARENT, D(2027, 1, 1)))
    assert err.value.field == "noted_on"


def test_the_newest_rating_of_each_factor_is_current(ana, family, clock):
    rate = context.rate_factor
    rate(ana, family.id, StrengthInput(ProtectiveFactor.RESILIENCE, FactorRating.NEED,
                                       D(2026, 4, 1), "Overwhelmed."))  # fmt: skip
    rate(ana, family.id, StrengthInput(ProtectiveFactor.RESILIENCE, FactorRating.BUILDING,
                                       D(2026, 9, 1), "Uses a plan."))  # fmt: skip
    rate(ana, family.id, StrengthInput(ProtectiveFactor.SOCIAL_CONNECTIONS,
                                       FactorRating.STRENGTH, D(2026, 6, 1)))  # fmt: skip
    context.add_stressor(ana, family.id, StressorInput(Stressor.TEEN_PARENT, D(2026, 3, 1)))
    got = context.read_context(ana, family.id)
    current = got.current_ratings
    assert current[ProtectiveFactor.RESILIENCE].rating is FactorRating.BUILDING
    assert current[ProtectiveFactor.RESILIENCE].rated_by_name == "Ana Specialist"
    assert current[ProtectiveFactor.SOCIAL_CONNECTIONS].rating is FactorRating.STRENGTH
    assert len(got.ratings) == 3 and ProtectiveFactor.KNOWLEDGE not in current
    assert [s.stressor for s in got.current_stressors] == [Stressor.TEEN_PARENT]


def test_reading_the_context_is_audited(ana, family, db):
    context.read_context(ana, family.id)
    with db.read() as s:
        row = s.query(AuditEvent).order_by(AuditEvent.id.desc()).first()
        assert (row.action, row.entity, row.family_id) == ("read", "context", family.id)
