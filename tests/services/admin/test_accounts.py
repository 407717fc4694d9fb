"""Account administration: adding staff with a temporary passphrase, resets, deactivation."""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.domain.enums import Frequency, Role
from imh_desktop.domain.errors import DomainError, PermissionDeniedError
from imh_desktop.services.admin.accounts import (
    deactivate_staff,
    list_accounts,
    reactivate_staff,
    reset_password,
    temporary_password_for,
)
from imh_desktop.services.admin.staff import create_staff, list_staff
from imh_desktop.services.auth.signin import SignInFailed, sign_in
from imh_desktop.services.family.families import get_family
from tests.factories import TEST_PASSWORD, add_admin, add_family, give_password


@pytest.fixture
def admin(db, staff):
    admin_id = add_admin(db, "kolstad", "Kari Ølstad")
    give_password(db, admin_id, TEST_PASSWORD)
    return admin_id


def test_a_new_account_signs_in_once_with_its_temporary_passphrase(
    db, clock, as_user, admin, staff
):
    temporary = temporary_password_for("mgarcia", "María García")
    made = create_staff(
        as_user(admin), "MGarcia", "María García", Role.SPECIALIST, staff["ssupervisor"], temporary
    )
    assert made.username == "mgarcia" and made.supervisor_id == staff["ssupervisor"]
    signed = sign_in(db, "mgarcia", temporary, clock)
    assert signed.must_change_password


def test_who_may_add_whom(as_user, admin, staff):
    sup, ana = as_user(staff["ssupervisor"]), as_user(staff["aspecialist"])
    with pytest.raises(PermissionDeniedError, match="Only an administrator can add an admin"):
        create_staff(sup, "newadmin", "New Admin", Role.ADMIN)
    with pytest.raises(PermissionDeniedError):
        create_staff(ana, "newspec", "New Spec", Role.SPECIALIST)
    create_staff(sup, "newspec", "New Spec", Role.SPECIALIST, staff["ssupervisor"])
    create_staff(as_user(admin), "newadmin", "New Admin", Role.ADMIN)
    with pytest.raises(DomainError, match="active supervisor"):
        create_staff(as_user(admin), "x2", "X Two", Role.SPECIALIST, staff["aspecialist"])
    with pytest.raises(DomainError, match="taken"):
        create_staff(as_user(admin), "NEWSPEC", "Other", Role.SPECIALIST)
    with pytest.raises(DomainError) as caught:
        create_staff(as_user(admin), "weak", "Weak Pass", Role.SPECIALIST, None, "password1234")
    assert caught.value.field == "password"


def test_only_an_admin_sees_and_manages_accounts(as_user, admin, staff):
    sup = as_user(staff["ssupervisor"])
    for call in (
        lambda: list_accounts(sup),
        lambda: reset_password(sup, staff["aspecialist"], "a temporary passphrase"),
        lambda: deactivate_staff(sup, staff["aspecialist"]),
    ):
        with pytest.raises(PermissionDeniedError, match="Only an administrator"):
            call()
    accounts = list_accounts(as_user(admin))
    assert {a.username for a in accounts} == {
        "aadmin",  # the staff fixture's administrator
        "kolstad",
        "ssupervisor",
        "aspecialist",
        "bspecialist",
    }
    kari = next(a for a in accounts if a.username == "kolstad")
    assert kari.has_password and not kari.must_change_password and kari.role is Role.ADMIN


def test_a_reset_ends_the_wait_and_asks_for_a_new_passphrase(db, clock, as_user, admin, staff):
    give_password(db, staff["aspecialist"], TEST_PASSWORD)
    for _ in range(5):
        with pytest.raises(SignInFailed):
            sign_in(db, "aspecialist", "wrong passphrase here", clock)
    account = next(a for a in list_accounts(as_user(admin)) if a.username == "aspecialist")
    assert account.waiting_until == clock.utc_now() + dt.timedelta(minutes=15)
    after = reset_password(as_user(admin), staff["aspecialist"], "a temporary passphrase")
    assert after.must_change_password and after.waiting_until is None
    assert sign_in(db, "aspecialist", "a temporary passphrase", clock).must_change_password


def test_deactivated_accounts_stay_with_their_work_but_cannot_sign_in(
    db, clock, as_user, admin, staff
):
    give_password(db, staff["aspecialist"], TEST_PASSWORD)
    family = add_family(
        as_user(staff["ssupervisor"]),
        staff["aspecialist"],
        "Ayala",
        Frequency.WEEKLY,
        dt.date(2026, 3, 10),
    )
    done = deactivate_staff(as_user(admin), staff["aspecialist"])
    assert not done.account.active and done.open_families == 1
    assert done.account.deactivated_at == clock.utc_now()
    with pytest.raises(SignInFailed):
        sign_in(db, "aspecialist", TEST_PASSWORD, clock)
    # never deleted: still on the family and in the full staff list
    assert get_family(as_user(staff["ssupervisor"]), family).specialist_id == staff["aspecialist"]
    everyone = list_staff(as_user(admin), active_only=False)
    assert "Ana Specialist" in {s.full_name for s in everyone}
    assert "Ana Specialist" not in {s.full_name for s in list_staff(as_user(admin))}
    reactivate_staff(as_user(admin), staff["aspecialist"])
    assert sign_in(db, "aspecialist", TEST_PASSWORD, clock)


def test_no_one_deactivates_themselves_so_an_admin_remains(as_user, admin, staff, db):
    with pytest.raises(DomainError, match="your own account"):
        deactivate_staff(as_user(admin), admin)
    other = add_admin(db, "second", "Second Admin")
    deactivate_staff(as_user(other), admin)
    with pytest.raises(DomainError):
        deactivate_staff(as_user(other), other)
    with pytest.raises(DomainError, match="inactive already"):
        deactivate_staff(as_user(other), admin)
