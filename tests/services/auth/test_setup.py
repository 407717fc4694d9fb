"""The first administrator: no account and no default password until set-up."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from imh_desktop.domain.enums import Role
from imh_desktop.domain.errors import DomainError
from imh_desktop.services.admin.staff import create_first_staff
from imh_desktop.services.auth.setup import needs_setup, set_up_administrator
from imh_desktop.services.auth.signin import SignInFailed, sign_in
from tests.factories import TEST_PASSWORD


def test_a_new_database_has_no_account_until_set_up(db, clock):
    assert needs_setup(db)
    with pytest.raises(SignInFailed):  # there is no default account to try
        sign_in(db, "admin", "admin", clock)
    signed = set_up_administrator(db, "KOlstad", "Kari Ølstad", TEST_PASSWORD, clock)
    assert signed.user.role is Role.ADMIN and signed.user.username == "kolstad"
    assert not signed.must_change_password and not needs_setup(db)
    assert sign_in(db, "kolstad", TEST_PASSWORD, clock).context.user_id == signed.user.id
    with db.read() as s:
        actions = s.execute(text("SELECT action, staff_id FROM audit_events ORDER BY id")).all()
    assert actions[:3] == [
        ("sign_in_failed", None),
        ("set_up", signed.user.id),
        ("sign_in", signed.user.id),
    ]


def test_set_up_is_closed_once_someone_can_sign_in(db, clock):
    set_up_administrator(db, "kolstad", "Kari Ølstad", TEST_PASSWORD, clock)
    with pytest.raises(DomainError, match="set up already"):
        set_up_administrator(db, "intruder", "In Truder", "another long passphrase", clock)


def test_set_up_checks_the_passphrase_and_the_username(db, clock):
    with pytest.raises(DomainError) as caught:
        set_up_administrator(db, "kolstad", "Kari Ølstad", "password123!", clock)
    assert caught.value.field == "password"
    with pytest.raises(DomainError) as caught:
        set_up_administrator(db, "kari ølstad", "Kari Ølstad", TEST_PASSWORD, clock)
    assert caught.value.field == "username"
    assert needs_setup(db)


def test_a_database_from_before_sign_in_gets_its_administrator_a_password(db, clock, staff):
    """Accounts made before sign-in have no password: set-up may take over an admin's."""
    assert needs_setup(db)  # the shared staff have no passwords
    with pytest.raises(DomainError, match="not an active administrator"):
        set_up_administrator(db, "ssupervisor", "Sam Supervisor", TEST_PASSWORD, clock)


def test_set_up_takes_over_an_existing_administrator_without_password(db, clock):
    old = create_first_staff(db, "kolstad", "Kari Olstad", Role.ADMIN)
    signed = set_up_administrator(db, "kolstad", "Kari Ølstad", TEST_PASSWORD, clock)
    assert signed.user.id == old.id and signed.user.full_name == "Kari Ølstad"
