"""Consents and releases of information: recorded, revoked, found for an agency."""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.family_context import ConsentInput, ReleaseInput
from imh_desktop.services.family import consents, context
from tests.factories import TODAY

D = dt.date


def test_consent_is_recorded_with_its_form_version(ana, family):
    made = consents.record_consent(ana, family.id, ConsentInput(D(2026, 3, 10), "Ánh", "2025-2"))
    assert (made.signed_by, made.form_version) == ("Ánh", "2025-2")
    assert context.read_context(ana, family.id).consents == (made,)


def test_a_release_is_found_for_its_agency_until_revoked(ana, family):
    release = consents.record_release(ana, family.id, ReleaseInput(
        "Valley Part C Program", "ASQ-3 results and contact details", D(2026, 6, 1),
        D(2027, 6, 1), "Ánh",
    ))  # fmt: skip
    found = consents.current_release(ana, family.id, "valley part-c program", TODAY)
    assert found is not None and found.id == release.id
    assert consents.current_release(ana, family.id, "Another agency", TODAY) is None
    revoked = consents.revoke_release(ana, release.id, TODAY, release.version)
    assert revoked.revoked_on == TODAY and not revoked.current_on(TODAY)
    assert consents.current_release(ana, family.id, "Valley Part C Program", TODAY) is None
    with pytest.raises(DomainError):
        consents.revoke_release(ana, release.id, TODAY)  # already revoked


def test_a_release_running_out_within_30_days_is_expiring(ana, family):
    soon = consents.record_release(ana, family.id, ReleaseInput(
        "Clinic", "Referral letter", D(2026, 1, 1), D(2026, 12, 20),
    ))  # fmt: skip
    later = consents.record_release(ana, family.id, ReleaseInput(
        "WIC", "Contact details", D(2026, 1, 1), D(2027, 1, 1),
    ))  # fmt: skip
    assert soon.expiring_on(TODAY) and not later.expiring_on(TODAY)
    with pytest.raises(DomainError) as err:
        consents.revoke_release(ana, later.id, D(2025, 1, 1))
    assert err.value.field == "revoked_on"
