"""Columns are guessed from English and Spanish header words."""

from __future__ import annotations

from imh_desktop.domain.imports.fields import guess_mapping


def test_english_headers():
    headers = ["Case #", "Family name", "Home visitor", "Referral date", "Mother's name",
               "Mother's date of birth", "Child name", "Child DOB", "Goal", "Visit date",
               "Notes", "Unrelated"]  # fmt: skip
    assert guess_mapping(headers) == {
        "Case #": "case_number", "Family name": "family_name", "Home visitor": "specialist",
        "Referral date": "referral_date", "Mother's name": "caregiver_name",
        "Mother's date of birth": "caregiver_dob", "Child name": "child_name",
        "Child DOB": "child_dob", "Goal": "goal_statement", "Visit date": "visit_date",
        "Notes": "visit_note",
    }  # fmt: skip


def test_spanish_headers_with_accents_and_spaces():
    headers = ["Número de caso ", "Familia", "Especialista", "Nombre del niño",
               "Fecha de nacimiento", "Teléfono", "Dirección", "Fecha de visita"]  # fmt: skip
    assert guess_mapping(headers) == {
        "Número de caso ": "case_number", "Familia": "family_name",
        "Especialista": "specialist", "Nombre del niño": "child_name",
        "Fecha de nacimiento": "child_dob", "Teléfono": "phone", "Dirección": "address",
        "Fecha de visita": "visit_date",
    }  # fmt: skip


def test_each_field_is_taken_once():
    assert guess_mapping(["Name", "Name (2)"]) == {"Name": "family_name"}
