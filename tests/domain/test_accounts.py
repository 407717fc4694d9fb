"""Passphrase rules, usernames and the lock-out after failed sign-ins (domain.accounts)."""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.domain.accounts import (
    LockoutPolicy,
    check_passphrase,
    common_passwords,
    is_locked,
    normalise_username,
)
from imh_desktop.domain.errors import DomainError


def test_the_bundled_list_is_read_and_lowercase():
    common = common_passwords()
    assert len(common) > 10_000
    assert {"password", "123456", "iloveyou", "qwertyuiop"} <= common
    assert all(word == word.lower() for word in common)


@pytest.mark.parametrize(
    "passphrase",
    [
        "kettle garden blue tuesday",
        "Seven otters read Neruda",
        "ölstad-fjord-morgen-kaffe",  # not only ASCII
        "k7dm-x2pq-9tfe-hw4a",  # the shape of a temporary password
    ],
)
def test_good_passphrases_pass(passphrase):
    assert check_passphrase(passphrase, "mgarcia", "María García") is None  # no refusal


@pytest.mark.parametrize(
    ("passphrase", "why"),
    [
        ("short pass", "at least 12"),
        ("1qaz2wsx3edc", "most common"),  # on the list as it is
        ("TelechargemenT", "most common"),  # in any case
        ("password2026!", "most common"),  # a common one, padded
        ("!!Iloveyou1234", "most common"),
        ("123456789012345", "most common"),  # nothing but digits
        ("monkeymonkeymonkey", "most common"),  # a common one, repeated
        ("abcabcabcabcabc", "most common"),
        ("mgarcia is here 42", "username or name"),
        ("I am MaríaGarcía!!", "username or name"),
        ("  leading space x", "space"),
        ("x" * 257, "at most 256"),
        ("aaaabbbbaaaabbbb", "different characters"),
    ],
)
def test_weak_passphrases_are_refused_with_the_reason(passphrase, why):
    with pytest.raises(DomainError, match=why) as caught:
        check_passphrase(passphrase, "mgarcia", "María García")
    assert caught.value.field == "password"


def test_usernames_are_normalised_and_checked():
    assert normalise_username("  MGarcia ") == "mgarcia"
    assert normalise_username("a.b-c_9") == "a.b-c_9"
    for bad in ("", "   ", "has space", "-dash", "x" * 65, "josé"):
        with pytest.raises(DomainError) as caught:
            normalise_username(bad)
        assert caught.value.field == "username"


def test_the_fifth_failure_locks_for_the_policy_minutes_and_restarts_the_count():
    policy = LockoutPolicy(max_failures=5, minutes=15)
    now = dt.datetime(2026, 11, 25, 10, 0)
    failures, until = 0, None
    for _ in range(4):
        failures, until = policy.after_failure(failures, now)
        assert until is None
    assert failures == 4
    failures, until = policy.after_failure(failures, now)
    assert (failures, until) == (0, now + dt.timedelta(minutes=15))
    assert is_locked(until, now + dt.timedelta(minutes=14, seconds=59))
    assert not is_locked(until, now + dt.timedelta(minutes=15))
    assert not is_locked(None, now)
