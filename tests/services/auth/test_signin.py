"""Sign-in: one message for every refusal, the same work for unknown users, lock-out, audit."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from imh_desktop.data.models import AuditEvent, StaffUser
from imh_desktop.domain.errors import DomainError
from imh_desktop.services.admin.agency import AgencySettings, save_settings
from imh_desktop.services.auth import passwords
from imh_desktop.services.auth.signin import (
    SignInFailed,
    change_password,
    failure_message,
    sign_in,
    unlock,
)
from tests.factories import TEST_PASSWORD, add_admin, give_password


@pytest.fixture
def ana(db, staff):
    give_password(db, staff["aspecialist"], TEST_PASSWORD)
    return staff["aspecialist"]


def _events(db, action=None):
    with db.read() as s:
        stmt = select(AuditEvent).order_by(AuditEvent.id)
        if action:
            stmt = stmt.where(AuditEvent.action == action)
        return [(e.staff_id, e.action, json.loads(e.detail or "{}"), e.at) for e in s.scalars(stmt)]


def _row(db, staff_id):
    with db.read() as s:
        return s.get(StaffUser, staff_id)


def test_the_right_passphrase_signs_in_and_is_audited(db, clock, ana):
    signed = sign_in(db, " ASpecialist ", TEST_PASSWORD, clock)
    assert signed.context.user_id == ana and signed.context.clock is clock
    assert signed.user.full_name == "Ana Specialist" and not signed.must_change_password
    assert _events(db, "sign_in") == [(ana, "sign_in", {"how": "app"}, clock.utc_now())]
    assert _row(db, ana).last_sign_in_at == clock.utc_now()


def test_every_refusal_says_the_same_and_is_audited(db, clock, staff, ana):
    give_password(db, staff["bspecialist"], TEST_PASSWORD)
    with db.session() as s:
        s.get(StaffUser, staff["bspecialist"]).active = False
    attempts = [
        ("aspecialist", "wrong passphrase here"),  # wrong passphrase
        ("nosuchuser", TEST_PASSWORD),  # no such account
        ("bspecialist", TEST_PASSWORD),  # deactivated
        ("ssupervisor", TEST_PASSWORD),  # never given a password
        ("", ""),
    ]
    messages = set()
    for username, passphrase in attempts:
        with pytest.raises(SignInFailed) as caught:
            sign_in(db, username, passphrase, clock, how="command line")
        messages.add(caught.value.message)
    assert messages == {failure_message(db)}
    assert "5 failed attempts" in failure_message(db) and "15 minutes" in failure_message(db)
    failed = _events(db, "sign_in_failed")
    assert [(e[0], e[2]["reason"]) for e in failed] == [
        (ana, "wrong password"),
        (None, "unknown"),
        (staff["bspecialist"], "inactive"),
        (staff["ssupervisor"], "no password"),
        (None, "unknown"),
    ]
    assert failed[1][2] == {"how": "command line", "reason": "unknown", "username": "nosuchuser"}
    assert "username" not in failed[0][2]  # a known account is named by its id


def test_an_unknown_username_costs_the_same_argon2_work(db, clock, ana, monkeypatch):
    """Each attempt runs exactly one Argon2id verification with the parameters in use."""
    checked: list[str] = []
    real = passwords._current.hasher

    class Counting:
        def __getattr__(self, name):
            return getattr(real, name)

        def verify(self, stored, passphrase):
            checked.append(stored)
            return real.verify(stored, passphrase)

    monkeypatch.setattr(passwords._current, "hasher", Counting())
    assert passwords._current.dummy  # made once per parameters, before any attempt
    for username in ("aspecialist", "nosuchuser"):
        with pytest.raises(SignInFailed):
            sign_in(db, username, "wrong passphrase here", clock)
    assert len(checked) == 2
    real, dummy = (passwords.parameters_of(h) for h in checked)
    assert real == dummy == passwords.parameters()


def test_five_failures_make_the_account_wait_fifteen_minutes(db, clock, ana):
    for _ in range(4):
        with pytest.raises(SignInFailed):
            sign_in(db, "aspecialist", "wrong passphrase here", clock)
    assert _row(db, ana).failed_sign_ins == 4
    assert sign_in(db, "aspecialist", TEST_PASSWORD, clock)  # a success resets the count
    for _ in range(5):
        with pytest.raises(SignInFailed):
            sign_in(db, "aspecialist", "wrong passphrase here", clock)
    assert _row(db, ana).locked_until == clock.utc_now() + dt.timedelta(minutes=15)
    clock.advance(minutes=14)
    with pytest.raises(SignInFailed):  # the right passphrase waits too
        sign_in(db, "aspecialist", TEST_PASSWORD, clock)
    assert _events(db, "sign_in_failed")[-1][2]["reason"] == "waiting"
    clock.advance(minutes=1)
    assert sign_in(db, "aspecialist", TEST_PASSWORD, clock).context.user_id == ana
    row = _row(db, ana)
    assert (row.failed_sign_ins, row.locked_until) == (0, None)


def test_the_lockout_follows_the_agency_settings(db, clock, staff, ana, as_user):
    admin = add_admin(db, "admin", "Ada Admin")
    save_settings(as_user(admin), AgencySettings(failed_sign_in_limit=3, lockout_minutes=60))
    for _ in range(3):
        with pytest.raises(SignInFailed) as caught:
            sign_in(db, "aspecialist", "wrong passphrase here", clock)
    assert "3 failed attempts" in caught.value.message and "60 minutes" in caught.value.message
    clock.advance(minutes=59)
    with pytest.raises(SignInFailed):
        sign_in(db, "aspecialist", TEST_PASSWORD, clock)
    clock.advance(minutes=1)
    sign_in(db, "aspecialist", TEST_PASSWORD, clock)


def test_only_an_admin_changes_the_sign_in_settings(as_user, staff):
    with pytest.raises(DomainError, match="administrator"):
        save_settings(as_user(staff["ssupervisor"]), AgencySettings(idle_lock_minutes=30))
    with pytest.raises(DomainError, match="between 1 and 120"):
        save_settings(as_user(staff["ssupervisor"]), AgencySettings(idle_lock_minutes=0))


def test_a_hash_with_old_parameters_is_replaced_at_sign_in(db, clock, ana):
    old = _row(db, ana).password_hash
    passwords.use_parameters(passwords.HashParameters(time_cost=2, memory_kib=128, parallelism=1))
    assert passwords.needs_rehash(old)
    sign_in(db, "aspecialist", TEST_PASSWORD, clock)
    new = _row(db, ana).password_hash
    assert new != old and not passwords.needs_rehash(new)
    assert passwords.parameters_of(new) == passwords.parameters()
    sign_in(db, "aspecialist", TEST_PASSWORD, clock)  # and it still signs in
    assert _row(db, ana).password_hash == new


def test_changing_your_own_passphrase(db, clock, ana, as_user):
    me = as_user(ana)
    with pytest.raises(DomainError) as caught:
        change_password(me, "not my passphrase", "a fresh new passphrase")
    assert caught.value.field == "current_password"
    with pytest.raises(DomainError) as caught:
        change_password(me, TEST_PASSWORD, "password2026!")
    assert caught.value.field == "new_password" and "common" in caught.value.message
    with pytest.raises(DomainError) as caught:
        change_password(me, TEST_PASSWORD, TEST_PASSWORD)
    assert caught.value.field == "new_password"
    give_password(db, ana, TEST_PASSWORD, must_change=True)
    assert sign_in(db, "aspecialist", TEST_PASSWORD, clock).must_change_password
    change_password(me, TEST_PASSWORD, "a fresh new passphrase")
    with pytest.raises(SignInFailed):
        sign_in(db, "aspecialist", TEST_PASSWORD, clock)
    signed = sign_in(db, "aspecialist", "a fresh new passphrase", clock)
    assert not signed.must_change_password
    assert _row(db, ana).password_changed_at == clock.utc_now()
    assert _events(db, "change_password")[0][0] == ana


def test_unlock_is_a_sign_in_of_the_same_person(db, clock, ana, as_user):
    with pytest.raises(SignInFailed):
        unlock(as_user(ana), "wrong passphrase here")
    assert unlock(as_user(ana), TEST_PASSWORD).context.user_id == ana
    assert [e[2]["how"] for e in _events(db) if e[1].startswith("sign_in")] == ["unlock"] * 2
