"""The visit editor's layout helpers: title, history, status line, messages, next visit."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QWidget

from imh_desktop.domain.clock import FixedClock
from imh_desktop.domain.enums import (
    GoalDomain,
    GoalStatus,
    Instrument,
    Role,
    VisitMode,
    VisitOutcome,
)
from imh_desktop.services.common.records import GoalRecord, StaffRecord, VisitRecord
from imh_desktop.services.screenings.results import ScreeningRecord
from imh_desktop.services.visits.records import AmendmentRecord, NoteRecord
from imh_desktop.ui.visits.editor_layout import SECTIONS, EditorLayout, history_html

pytestmark = pytest.mark.ui

CLOCK = FixedClock(dt.datetime(2026, 11, 25, 10, 0))
VISIT = VisitRecord(
    id=1, family_id=1, specialist_id=2, visit_date=dt.date(2026, 11, 20), start_time=None,
    duration_minutes=60, mode=VisitMode.HOME, outcome=VisitOutcome.COMPLETED,
    cancel_reason="", observation="", caregiver_response="", child_presentation="", plan="",
    reflection="", services=(), participants={}, next_visit_date=None, signed_at=None,
    signed_by_id=None, cosigned_at=None, cosigned_by_id=None, version=1,
)  # fmt: skip
NOTE = NoteRecord(VISIT, "Nguyễn family", "Ana <Specialist>", "", "", (), ())
SIGNED = dataclasses.replace(
    NOTE,
    visit=dataclasses.replace(VISIT, signed_at=dt.datetime(2026, 11, 20, 17, 5), signed_by_id=2,
                              cosigned_at=dt.datetime(2026, 11, 23, 9, 0), cosigned_by_id=1),
    signed_by_name="Ana <Specialist>", cosigned_by_name="Sam Supervisor",
    amendments=(AmendmentRecord(3, "plan", "Plan", "Wrong day & time", "WIC moved\nto Thursday",
                                1, "Sam Supervisor", dt.datetime(2026, 11, 24, 8, 15)),),
)  # fmt: skip
ANA = StaffRecord(2, "aspecialist", "Ana Specialist", Role.SPECIALIST, 1, True)
SAM = StaffRecord(1, "ssupervisor", "Sam Supervisor", Role.SUPERVISOR, None, True)


def test_history_of_a_new_and_an_unsigned_note():
    assert history_html(None, CLOCK) == "<p><i>Not saved yet.</i></p>"
    assert history_html(NOTE, CLOCK) == (
        "<p>Written by Ana &lt;Specialist&gt;.</p>"
        "<p><i>Not signed yet. After signing, changes are added as amendments.</i></p>"
    )


def test_history_of_a_signed_cosigned_amended_note_in_the_users_time_zone():
    chicago = FixedClock(dt.datetime(2026, 11, 25, 10, 0), tz=ZoneInfo("America/Chicago"))
    assert history_html(SIGNED, chicago) == (
        "<p>Written by Ana &lt;Specialist&gt;.</p>"
        "<p><b>Signed</b> by Ana &lt;Specialist&gt;, 20 Nov 2026 at 11:05.</p>"
        "<p><b>Co-signed</b> by Sam Supervisor, 23 Nov 2026 at 03:00.</p>"
        "<p><b>Amendment</b> — Plan<br>by Sam Supervisor, 24 Nov 2026 at 02:15<br>"
        "<i>Reason: Wrong day &amp; time</i><br>WIC moved<br>to Thursday</p>"
    )


@pytest.fixture
def ui(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    layout = EditorLayout(host)
    host.show()
    qtbot.waitExposed(host)
    return layout


def test_the_title_names_the_family_and_its_children_ages(ui, family):
    family = dataclasses.replace(family, display_name="Nguyễn & Ølstad family")
    ui.set_family(family, dt.date(2026, 11, 25))
    assert ui.title.text() == (
        "<span style='font-size:14pt; font-weight:600'>Nguyễn &amp; Ølstad family</span>"
        f"&nbsp;&nbsp;{family.case_number}<br>Bảo Nguyễn, 10 mo 20 d (corrected 9 mo 2 d)"
    )
    assert set(ui.present.caregivers) == {c.id for c in family.caregivers}
    assert list(ui.sections) == [*(key for key, *_ in SECTIONS), "family_note"]


def test_in_spanish_ages_and_who_was_present_read_in_spanish(spanish, ui, family):
    ui.set_family(family, dt.date(2026, 11, 25))
    assert ui.title.text().endswith("<br>Bảo Nguyễn, 10 m 20 d (corregida 9 m 2 d)")
    boxes = [box.text() for box in (*ui.present.caregivers.values(), *ui.present.others.values())]
    assert boxes == [
        "Nguyễn Thị Ánh (Madre)", "Zoë Núñez-O'Brien (Padre)",
        "Hermano/a", "Abuelo/a", "Otro profesional", "Intérprete",
    ]  # fmt: skip


def test_in_english_who_was_present_reads_as_before(ui, family):
    ui.set_family(family, dt.date(2026, 11, 25))
    boxes = [box.text() for box in (*ui.present.caregivers.values(), *ui.present.others.values())]
    assert boxes == [
        "Nguyễn Thị Ánh (Mother)", "Zoë Núñez-O'Brien (Father)",
        "Sibling", "Grandparent", "Another professional", "Interpreter",
    ]  # fmt: skip


def test_the_family_section_stands_apart_and_names_the_family_language(ui, family):
    ui.set_family(dataclasses.replace(family, language="Vietnamese"), dt.date(2026, 11, 25))
    assert "family_note" not in {key for key, *_ in SECTIONS}  # not a clinical section
    assert "handout" in ui.family_caption.text() and "Vietnamese" in ui.family_caption.text()


def test_the_next_visit_is_planned_only_when_ticked(ui):
    assert ui.next_visit_date() is None
    ui.next_date.set_value(dt.date(2026, 12, 2))
    ui.on_next_toggled()
    assert not ui.next_date.isEnabled() and not ui.next_time.isEnabled()
    ui.next_check.setChecked(True)
    assert ui.next_date.isEnabled() and ui.next_visit_date() == dt.date(2026, 12, 2)
    ui.set_read_only(True)
    assert not ui.next_check.isEnabled() and not ui.next_date.isEnabled()
    assert not ui.details.isEnabled() and ui.sections["plan"].edit.isReadOnly()
    ui.set_read_only(False)
    assert ui.next_date.isEnabled() and ui.details.isEnabled()


@pytest.mark.parametrize(
    ("note", "actor", "text"),
    [
        (None, ANA, "New note — not saved yet"),
        (NOTE, ANA, "Draft — not signed yet"),
        (NOTE, SAM, "Unsigned note by Ana <Specialist> — read only"),
        (SIGNED, SAM, "Signed by Ana <Specialist>, 20 Nov 2026 at 17:05 — locked"
                      "<br>Co-signed by Sam Supervisor"),
    ],
)  # fmt: skip
def test_the_status_line(ui, note, actor, text):
    ui.set_status(note, actor, CLOCK)
    assert ui.status.text() == text


def test_a_message_focuses_the_field_it_is_about(qtbot, ui):
    ui.show_message("The duration must be between 1 minute and 8 hours.", "duration_minutes")
    assert ui.message.isVisible() and "duration" in ui.message.text()
    qtbot.waitUntil(ui.details.duration.hasFocus)
    goal = GoalRecord(7, 1, None, None, GoalDomain.REGULATION, "Rock", "", "", None,
                      GoalStatus.ACTIVE, dt.date(2026, 4, 1), None, None, 1)  # fmt: skip
    ui.goals.set_goals([goal])
    ui.show_message("Rate the goals.", "goals")
    qtbot.waitUntil(ui.goals.rows[7][0].hasFocus)
    ui.show_message("Something else.", "nothing_we_know")
    assert ui.goals.rows[7][0].hasFocus() and ui.message.text() == "Something else."
    ui.clear_message()
    assert not ui.message.isVisible() and ui.message.text() == ""


def test_screenings_at_this_visit(ui):
    assert ui.screenings.text() == "None recorded."
    records = [
        ScreeningRecord(1, 1, 1, None, 10, "Nguyễn Thị Ánh", Instrument.EPDS, dt.date(2026, 11, 20),
                        None, 14, "probable depression", True, False),
        ScreeningRecord(2, 1, 1, 20, None, "Bảo <B>", Instrument.ASQSE2, dt.date(2026, 11, 20),
                        12, None, "below", False, False),
    ]  # fmt: skip
    ui.set_screenings(records)
    assert ui.screenings.text() == (
        "EPDS — Nguyễn Thị Ánh: probable depression (total 14)<br>ASQ:SE-2 — Bảo &lt;B&gt;: below"
    )
    ui.set_screenings([])
    assert ui.screenings.text() == "None recorded."


def test_a_visit_that_did_not_take_place_asks_only_for_what_applies(ui):
    ui.host.show()
    ui.details.outcome.set_value(VisitOutcome.NO_SHOW)
    assert ui.details.reason.isVisible() and ui.sections["plan"].isVisible()
    assert ui.next_check.isVisible()
    hidden = (ui.present, ui.services, ui.goals, ui.family_box, ui.sections["observation"])
    assert not any(part.isVisible() for part in hidden)
    ui.details.outcome.set_value(VisitOutcome.COMPLETED)
    assert all(part.isVisible() for part in hidden) and not ui.details.reason.isVisible()


def test_the_editor_opens_within_a_small_screen(ui):
    screen = ui.host.screen().availableGeometry()
    assert ui.host.height() <= screen.height() - 40 and ui.host.width() <= screen.width()
