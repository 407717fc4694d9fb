"""The permission table: who may do what to which family."""

from __future__ import annotations

import pytest

from imh_desktop.domain.enums import Role
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.permissions import (
    AGENCY_PERMISSIONS,
    TABLE,
    Permission,
    Relation,
    allowed,
    is_clinician,
    refusal,
    validate_emergency_reason,
)

P, R = Permission, Relation


def test_an_administrator_sees_no_clinical_content():
    assert not is_clinician(Role.ADMIN)
    for permission in Permission:
        if permission.about_family and permission is not P.SEE_FAMILY_ACCESS:
            assert not any(allowed(Role.ADMIN, permission, r) for r in Relation), permission
    # Who looked at a family (names, times, actions) is the audit's, not clinical content.
    assert allowed(Role.ADMIN, P.SEE_FAMILY_ACCESS, R.OTHER)
    assert allowed(Role.ADMIN, P.ADMINISTER_STAFF, R.AGENCY)
    assert allowed(Role.ADMIN, P.ADMINISTER_SETTINGS, R.AGENCY)


@pytest.mark.parametrize("role", [Role.SPECIALIST, Role.SUPERVISOR])
def test_clinicians_administer_nothing(role):
    for permission in (P.ADMINISTER_STAFF, P.ADMINISTER_SETTINGS, P.ADMINISTER_DATABASE):
        assert not allowed(role, permission, R.AGENCY)
    # The audit trail: a supervisor reads their team's part of it, a specialist none.
    assert allowed(Role.SUPERVISOR, P.VIEW_AUDIT, R.AGENCY)
    assert not allowed(Role.SPECIALIST, P.VIEW_AUDIT, R.AGENCY)
    assert allowed(role, P.SEE_FAMILY_ACCESS, R.OWN)
    assert not allowed(role, P.SEE_FAMILY_ACCESS, R.EMERGENCY)
    assert not allowed(role, P.SEE_FAMILY_ACCESS, R.OTHER)


def test_a_specialist_keeps_to_her_own_families():
    for permission in (P.READ_FAMILY, P.CHANGE_FAMILY, P.WRITE_NOTE, P.CLOSE, P.REPORT):
        assert allowed(Role.SPECIALIST, permission, R.OWN)
        assert not allowed(Role.SPECIALIST, permission, R.TEAM)
        assert not allowed(Role.SPECIALIST, permission, R.OTHER)
    assert not allowed(Role.SPECIALIST, P.REASSIGN, R.OWN)  # a supervisor's decision
    assert not allowed(Role.SPECIALIST, P.VIEW_TEAM, R.AGENCY)


def test_a_supervisor_has_the_team_and_cosigns_it():
    for permission in (P.READ_FAMILY, P.CHANGE_FAMILY, P.REASSIGN, P.CLOSE, P.EXPORT):
        assert allowed(Role.SUPERVISOR, permission, R.TEAM)
        assert not allowed(Role.SUPERVISOR, permission, R.OTHER)
    assert allowed(Role.SUPERVISOR, P.COSIGN, R.TEAM)
    assert not allowed(Role.SUPERVISOR, P.COSIGN, R.OWN)  # nobody co-signs their own note
    assert not allowed(Role.SUPERVISOR, P.SIGN, R.TEAM)  # only the author signs


def test_emergency_access_reads_and_writes_notes_only():
    for role in (Role.SPECIALIST, Role.SUPERVISOR):
        assert allowed(role, P.READ_FAMILY, R.EMERGENCY)
        assert allowed(role, P.WRITE_NOTE, R.EMERGENCY)
        for permission in (P.CHANGE_FAMILY, P.CLOSE, P.REASSIGN, P.REPORT, P.EXPORT, P.PRINT):
            assert not allowed(role, permission, R.EMERGENCY), (role, permission)
        assert allowed(role, P.EMERGENCY_ACCESS, R.AGENCY)


def test_every_permission_is_someones_and_agency_ones_need_no_family():
    for permission in Permission:
        assert any(TABLE[role].get(permission) for role in Role), permission
    for role, grants in TABLE.items():
        for permission, relations in grants.items():
            if permission in AGENCY_PERMISSIONS:
                assert relations == {R.AGENCY}, (role, permission)
            else:
                assert R.AGENCY not in relations, (role, permission)


def test_refusals_say_why_in_plain_words():
    assert refusal(Role.SPECIALIST, P.READ_FAMILY, R.OWN) == ""
    assert "not on your caseload" in refusal(Role.SPECIALIST, P.READ_FAMILY, R.OTHER)
    assert "Open family by case number" in refusal(Role.SUPERVISOR, P.READ_FAMILY, R.OTHER)
    assert refusal(Role.SPECIALIST, P.REASSIGN, R.OWN) == (
        "Only a supervisor can give this family to another specialist."
    )
    assert refusal(Role.SUPERVISOR, P.ADMINISTER_STAFF, R.AGENCY) == (
        "Only an administrator can add or change staff accounts."
    )
    assert "Administrator accounts" in refusal(Role.ADMIN, P.READ_FAMILY, R.OWN)
    assert "Emergency access" in refusal(Role.SPECIALIST, P.CHANGE_FAMILY, R.EMERGENCY)


def test_emergency_reason_is_required_and_bounded():
    assert validate_emergency_reason("  Family called   in crisis ") == "Family called in crisis"
    for bad in ("", "   ", "crisis", "x" * 501):
        with pytest.raises(DomainError) as err:
            validate_emergency_reason(bad)
        assert err.value.field == "reason"
