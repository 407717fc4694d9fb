"""Argon2id parameters, hashing and the temporary passwords handed to people."""

from __future__ import annotations

import re

import argon2

from imh_desktop.domain.accounts import check_passphrase
from imh_desktop.services.auth import passwords
from imh_desktop.services.auth.passwords import CHOSEN, OWASP_MINIMUM


def test_the_chosen_parameters_are_argon2id_above_the_owasp_minimum():
    assert (
        CHOSEN.memory_kib * CHOSEN.time_cost >= OWASP_MINIMUM.memory_kib * OWASP_MINIMUM.time_cost
    )
    assert CHOSEN.memory_kib >= OWASP_MINIMUM.memory_kib and CHOSEN.time_cost >= 2
    # The dummy checked for unknown usernames costs what a real hash costs.
    assert passwords.parameters_of(passwords._DUMMY_FOR_CHOSEN) == CHOSEN
    assert argon2.extract_parameters(passwords._DUMMY_FOR_CHOSEN).type is argon2.Type.ID


def test_the_application_hashes_with_the_chosen_parameters():
    before = passwords.use_parameters(CHOSEN)  # the tests' cheap ones are switched off here
    try:
        stored = passwords.hash_password("kettle garden blue tuesday")
        assert stored.startswith("$argon2id$") and passwords.parameters_of(stored) == CHOSEN
        assert passwords.verify_password(stored, "kettle garden blue tuesday")
        assert not passwords.verify_password(stored, "kettle garden blue wednesday")
        assert not passwords.verify_password(None, "anything at all here")
        assert passwords._current.dummy == passwords._DUMMY_FOR_CHOSEN
    finally:
        passwords.use_parameters(before)


def test_hashes_are_salted_and_a_seeded_hash_is_repeatable():
    a, b = passwords.hash_password("same passphrase"), passwords.hash_password("same passphrase")
    assert a != b and passwords.verify_password(a, "same passphrase")
    seeded = passwords.hash_with_seed("demo passphrase", "seed-1")
    assert seeded == passwords.hash_with_seed("demo passphrase", "seed-1")
    assert seeded != passwords.hash_with_seed("demo passphrase", "seed-2")
    assert passwords.verify_password(seeded, "demo passphrase")


def test_a_damaged_hash_never_signs_in():
    assert not passwords.verify_password("not a hash", "anything")
    assert passwords.needs_rehash("not a hash")


def test_temporary_passwords_are_random_and_pass_the_rules():
    made = {passwords.temporary_password() for _ in range(50)}
    assert len(made) == 50
    for word in made:
        assert re.fullmatch(r"([a-z2-9]{4}-){3}[a-z2-9]{4}", word)
        check_passphrase(word)
