"""Length limits and allowed characters of typed text (domain/text.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.domain.enums import ReferralSource
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.inputs import FamilyInput, VisitInput, validate_family, validate_visit
from imh_desktop.domain.text import MAX_NOTE_SECTION, MAX_PHONE, check_text, normalise

TODAY = dt.date(2026, 11, 25)


def family(**changes: object) -> FamilyInput:
    values: dict[str, object] = {
        "display_name": "Rivera family",
        "specialist_id": 1,
        "referral_source": ReferralSource.SELF,
        "referral_date": dt.date(2026, 1, 5),
    }
    values.update(changes)
    return FamilyInput(**values)  # type: ignore[arg-type]


def test_normalise_keeps_unix_line_endings_and_strips() -> None:
    assert normalise("  a\r\nb\rc\n ") == "a\nb\nc"


@pytest.mark.parametrize("bad", ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\ud800", "\uffff"])
def test_control_characters_are_refused_with_the_field(bad: str) -> None:
    with pytest.raises(DomainError) as caught:
        validate_family(family(display_name=f"Ri{bad}vera"), TODAY)
    assert caught.value.field == "display_name"
    assert "control character" in caught.value.message


def test_line_breaks_only_in_multi_line_fields() -> None:
    validate_family(family(address="12 Main St\n\tApt 4"), TODAY)
    with pytest.raises(DomainError, match="line break") as caught:
        validate_family(family(phone="555\n0100"), TODAY)
    assert caught.value.field == "phone"


def test_phone_longer_than_its_column_is_refused_in_the_domain() -> None:
    validate_family(family(phone="5" * MAX_PHONE), TODAY)
    with pytest.raises(DomainError, match=f"at most {MAX_PHONE}") as caught:
        validate_family(family(phone="5" * (MAX_PHONE + 1)), TODAY)
    assert caught.value.field == "phone"


def test_note_section_limit_names_the_section() -> None:
    visit = VisitInput(visit_date=TODAY, observation="x" * (MAX_NOTE_SECTION + 1))
    with pytest.raises(DomainError, match="20,001 characters, at most 20,000") as caught:
        validate_visit(visit, dt.date(2026, 1, 5), dt.date(2026, 1, 5), TODAY)
    assert caught.value.field == "observation"


def test_markup_rtl_and_formula_text_are_kept_literally() -> None:
    text = "=1+1 <b>&amp; \u202eevil"
    assert check_text(text, "f", "The note", 100, multiline=True) == text


def test_services_must_come_from_the_list() -> None:
    visit = VisitInput(visit_date=TODAY, services=("emotional_support", "=cmd|' /C calc'!A0"))
    with pytest.raises(DomainError) as caught:
        validate_visit(visit, dt.date(2026, 1, 5), dt.date(2026, 1, 5), TODAY)
    assert caught.value.field == "services"
