"""The same-day safety check after a self-harm answer blocks signing until it is recorded.

EPDS item 10 (Cox, Holden & Sagovsky, 1987) and PHQ-9 item 9 (Kroenke et al., 2001):
any answer above 0 is urgent whatever the total.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from imh_desktop.domain.enums import Instrument
from imh_desktop.domain.errors import DomainError
from imh_desktop.services.admin import agency
from imh_desktop.services.screenings import results as screenings
from imh_desktop.services.screenings.safety import (
    SafetyCheckInput,
    record_safety_check,
    unchecked_for_visit,
)
from imh_desktop.services.visits import notes
from tests.factories import TODAY, full_note, save_note

CHECK = SafetyCheckInput("Ana Specialist", "Asked about plans and means; called Sam.", "Safe.")
# EPDS positions: lowest score everywhere, item 10 "Hardly ever" (position 2, scores 1).
EPDS_URGENT = (0, 0, 3, 0, 3, 3, 3, 3, 3, 2)
EPDS_CALM = (0, 0, 3, 0, 3, 3, 3, 3, 3, 3)


def screen(ctx, family, answers, visit_id=None, day=TODAY, **kw):
    data = screenings.ScreeningInput(
        Instrument.EPDS, day, caregiver_id=family.caregivers[0].id, visit_id=visit_id,
        answers=answers, **kw,
    )  # fmt: skip
    return screenings.record_screening(ctx, family.id, data)


def test_a_self_harm_answer_blocks_signing_until_the_safety_check(ana, family, two_goals):
    note = save_note(ana, family, full_note(two_goals))
    urgent = screen(ana, family, EPDS_URGENT, visit_id=note.visit.id)
    assert urgent.urgent and unchecked_for_visit(ana, note.visit.id) == [urgent.id]
    with pytest.raises(DomainError, match="same-day safety check") as err:
        notes.sign_visit(ana, note.visit.id, note.visit.version)
    assert err.value.field == "safety_check" and "EPDS" in err.value.message
    assert not notes.get_note(ana, note.visit.id).visit.is_signed
    with pytest.raises(DomainError, match="What was done"):
        record_safety_check(ana, urgent.id, dataclasses.replace(CHECK, action="  "))
    record_safety_check(ana, urgent.id, CHECK)
    assert unchecked_for_visit(ana, note.visit.id) == []
    with pytest.raises(DomainError, match="already recorded"):
        record_safety_check(ana, urgent.id, CHECK)
    assert notes.sign_visit(ana, note.visit.id, note.visit.version).visit.is_signed


def test_a_screening_on_the_visit_day_counts_even_unlinked(ana, family, two_goals):
    note = save_note(ana, family, full_note(two_goals))
    screen(ana, family, EPDS_URGENT)  # same family, same day, not linked to the visit
    with pytest.raises(DomainError, match="safety check"):
        notes.sign_visit(ana, note.visit.id, note.visit.version)


def test_no_self_harm_answer_signs_and_refuses_a_check(ana, family, two_goals):
    note = save_note(ana, family, full_note(two_goals))
    calm = screen(ana, family, EPDS_CALM, visit_id=note.visit.id)
    assert not calm.urgent
    with pytest.raises(DomainError, match="self-harm answer only"):
        record_safety_check(ana, calm.id, CHECK)
    assert notes.sign_visit(ana, note.visit.id, note.visit.version).visit.is_signed


def test_a_check_saved_with_the_screening_lets_the_note_be_signed(ana, family, two_goals):
    note = save_note(ana, family, full_note(two_goals))
    screen(ana, family, EPDS_URGENT, visit_id=note.visit.id, safety=CHECK)
    assert notes.sign_visit(ana, note.visit.id, note.visit.version).visit.is_signed


def test_an_earlier_days_screening_does_not_block(ana, family, two_goals):
    screen(ana, family, EPDS_URGENT, day=TODAY - dt.timedelta(days=7))
    note = save_note(ana, family, full_note(two_goals))
    assert notes.sign_visit(ana, note.visit.id, note.visit.version).visit.is_signed


def test_the_agency_sets_its_safety_steps(as_user, staff):
    boss = as_user(staff["ssupervisor"])
    assert "Record the safety check" in agency.get_settings(boss).safety_steps
    steps = "Call the crisis line 555-0100.\nCall the supervisor on call."
    settings = dataclasses.replace(agency.get_settings(boss), safety_steps=steps)
    assert agency.save_settings(boss, settings).safety_steps == steps
    with pytest.raises(DomainError, match="safety steps are required"):
        agency.save_settings(boss, dataclasses.replace(settings, safety_steps=" "))
    with pytest.raises(DomainError, match="too long"):
        agency.save_settings(boss, dataclasses.replace(settings, safety_steps="x" * 2001))
