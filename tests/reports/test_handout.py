"""The family handout: the family's section, never the clinical note; every child; every language."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from imh_desktop.data.models import Visit
from imh_desktop.domain.clock import FixedClock
from imh_desktop.domain.enums import VisitOutcome, VisitService
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.inputs import CaregiverInput, ChildInput
from imh_desktop.reports.bidi import visual
from imh_desktop.reports.handout import render_handout
from imh_desktop.reports.handout_text import handout_text
from imh_desktop.services.admin import agency
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.family import families
from imh_desktop.services.reports import HANDOUT_LANGUAGES, handout_data
from imh_desktop.services.visits import notes
from tests.factories import TODAY, add_history, make_family, seal_signed_visits
from tests.reports.pdftext import drawn_strings, pdf_pages, pdf_text

CLINICAL = {  # a canary in each section the family must never see
    "observation": "CANARY-OBSERVATION Rocío looked flat and did not answer Bảo's cues.",
    "caregiver_response": "CANARY-RESPONSE she has been sleeping poorly and feels 'flat'.",
    "child_presentation": "CANARY-PRESENTATION congested, fussy, arching away.",
    "plan": "CANARY-PLAN refer to perinatal mental health; repeat EPDS in 2 weeks.",
    "reflection": "CANARY-REFLECTION I felt worried leaving the home.",
}
FOR_FAMILY = "Bảo watched your face the whole time you sang. He knows your voice."


def _last_visit(db, family_id: int) -> Visit:
    with db.read() as s:
        return (
            s.query(Visit).filter_by(family_id=family_id).order_by(Visit.visit_date.desc()).first()
        )


def _edit_visit(db, visit_id: int, **values) -> None:
    with db.session() as s:
        row = s.get(Visit, visit_id)
        for name, value in values.items():
            setattr(row, name, value)


def _flat(pdf: bytes) -> str:
    return " ".join(pdf_text(pdf).split())  # lines may wrap anywhere


@pytest.fixture
def family(db, staff):
    return make_family(db, staff, enrolled=dt.date(2026, 6, 1), child_dob=dt.date(2026, 2, 1))


@pytest.fixture
def visit_id(db, staff, family):
    add_history(db, family, staff["aspecialist"], 8, start=dt.date(2026, 6, 2), unsigned_last=1)
    visit = _last_visit(db, family.id)
    _edit_visit(db, visit.id, next_visit_date=dt.date(2026, 8, 4),
                services=["emotional_support", "modelling", "referral"],
                family_note=FOR_FAMILY, **CLINICAL,
                signed_at=dt.datetime(2026, 7, 21, 17), signed_by_id=staff["aspecialist"])  # fmt: skip
    # signed after the edits, as the app would: the note is sealed as it now reads
    seal_signed_visits(ServiceContext(db, staff["aspecialist"], FixedClock(TODAY)), [visit.id])
    return visit.id


def test_english_handout(db, visit_id, svc):
    data = handout_data(svc, visit_id, "en")
    pdf = render_handout(data)
    text = _flat(pdf)
    words = handout_text("en")
    for expected in (
        "Our visit on 21 July", "For Ánh and Zoë", "A note from Ana Specialist", FOR_FAMILY,
        "What we did today", words.service(VisitService.MODELLING), "Ideas to try with Bảo",
        "Our next visit", "Tuesday, 4 August 2026", "Ana Specialist", "(555) 010-7788",
        "(555) 010-2040", "Where to find support", "988 Suicide & Crisis Lifeline",
        "Printed Wednesday, 25 November 2026", "Page 1 of",
    ):  # fmt: skip
        assert expected in text, expected
    # a 5-month-old born at 33 weeks gets ideas for 0-6 months by corrected age
    assert words.ideas_for(3)[0] in text


@pytest.mark.parametrize("lang", HANDOUT_LANGUAGES)
def test_no_clinical_section_and_nothing_internal_is_ever_printed(db, visit_id, svc, lang):
    _edit_visit(db, visit_id, signed_at=None)  # an unsigned (and so unsealed) note
    data = handout_data(svc, visit_id, lang)
    assert not data.signed
    text = _flat(render_handout(data))
    for section, canary in CLINICAL.items():
        assert canary.split()[0] not in text, section
    for internal in ("DRAFT", "BORRADOR", "unsigned", "sin firmar", "outside the app"):
        assert internal not in text
    assert not any(hasattr(data, name) for name in CLINICAL)  # the data cannot carry them either


def test_every_child_gets_ideas_for_their_own_age(db, staff, family, visit_id, svc):
    boss = ServiceContext(db, staff["ssupervisor"], FixedClock(TODAY))
    families.add_child(boss, family.id, ChildInput("Lucía Ølstad", dt.date(2024, 3, 1)))
    families.add_child(boss, family.id, ChildInput("Marco Ølstad", dt.date(2019, 5, 1)))
    data = handout_data(svc, visit_id, "es")
    assert [c.first_name for c in data.children] == ["Bảo", "Lucía", "Marco"]
    text = _flat(render_handout(data))
    words = handout_text("es")
    for child in data.children:
        assert f"Ideas para probar con {child.first_name}" in text
        assert words.ideas_for(child.age_months)[0] in text, child
    assert len({words.ideas_for(c.age_months) for c in data.children}) == 3  # three ages


def test_addressed_by_first_names_primary_caregiver_first(db, staff, family, visit_id, svc):
    boss = ServiceContext(db, staff["ssupervisor"], FixedClock(TODAY))
    families.add_caregiver(boss, family.id, CaregiverInput("Tomás Rodríguez", "Grandfather"))
    assert handout_data(svc, visit_id, "en").caregiver_names == ("Ánh", "Zoë", "Tomás")
    text = _flat(render_handout(handout_data(svc, visit_id, "es")))
    assert "Para Ánh, Zoë y Tomás" in text and "Nguyễn family" not in text


def test_next_visit_prints_with_its_time(db, staff, family, visit_id, svc):
    _edit_visit(db, visit_id, next_visit_date=None)
    with db.session() as s:
        s.add(Visit(family_id=family.id, specialist_id=staff["aspecialist"],
                    outcome=VisitOutcome.PLANNED, visit_date=dt.date(2026, 7, 28),
                    start_time=dt.time(14, 30), participants={}, services=[]))  # fmt: skip
    data = handout_data(svc, visit_id, "en")
    assert (data.next_visit, data.next_visit_time) == (dt.date(2026, 7, 28), dt.time(14, 30))
    assert "Tuesday, 28 July 2026 at 2:30 p.m." in _flat(render_handout(data))
    assert "martes, 28 de julio de 2026 a las 14:30" in _flat(
        render_handout(handout_data(svc, visit_id, "es"))
    )


def test_a_long_family_section_flows_to_a_second_page_uncut(db, visit_id, svc):
    long = "\n\n".join(
        f"Paragraph {n}: you and Bảo sang together and he smiled." for n in range(40)
    )
    _edit_visit(db, visit_id, family_note=long + "\n\nTHE LAST SENTENCE.")
    for lang in ("en", "ar"):
        pdf = render_handout(handout_data(svc, visit_id, lang))
        assert len(pdf_pages(pdf)) >= 2
        text = _flat(pdf)
        assert "THE LAST SENTENCE." in text and "Paragraph 39" in text and "…" not in text


def test_an_amended_family_section_prints_as_amended(db, staff, visit_id, svc):
    ana = ServiceContext(db, staff["aspecialist"], FixedClock(TODAY))
    notes.amend_visit(ana, visit_id, "family_note", "Plainer words", "You sang; Bảo smiled.")
    data = handout_data(svc, visit_id, "en")
    assert data.family_note == "You sang; Bảo smiled." and not data.tampered


def test_the_agency_sets_its_support_lines(db, staff, visit_id, svc):
    boss = ServiceContext(db, staff["ssupervisor"], FixedClock(TODAY))
    settings = agency.get_settings(boss)
    lines = "Riverbend Parent Warmline: (555) 010-3000\nCrisis line: call or text 988"
    agency.save_settings(boss, dataclasses.replace(settings, support_lines=lines))
    data = handout_data(svc, visit_id, "en")
    assert data.support_lines == tuple(lines.splitlines())
    assert "Riverbend Parent Warmline: (555) 010-3000" in _flat(render_handout(data))
    with pytest.raises(DomainError) as err:
        agency.save_settings(boss, dataclasses.replace(settings, support_lines=" \n "))
    assert err.value.field == "support_lines"


def test_each_language_prints_its_own_support_lines_or_the_default(db, staff, visit_id, svc):
    boss = ServiceContext(db, staff["ssupervisor"], FixedClock(TODAY))
    settings = agency.get_settings(boss)
    assert "marque 2 para español" in " ".join(handout_data(svc, visit_id, "es").support_lines)
    lines = {"es": "Línea de crisis: llame al 988 y marque 2", "vi": "Đường dây hỗ trợ: 555-0100"}
    agency.save_settings(boss, settings.with_language_lines(lines))
    assert handout_data(svc, visit_id, "es").support_lines == (lines["es"],)
    assert "Đường dây hỗ trợ: 555-0100" in _flat(render_handout(handout_data(svc, visit_id, "vi")))
    english = handout_data(svc, visit_id, "en").support_lines
    assert handout_data(svc, visit_id, "ar").support_lines == english  # none of its own
    assert english == settings.support_lines_for("en") and "988" in " ".join(english)
    with pytest.raises(DomainError) as err:
        agency.save_settings(boss, settings.with_language_lines({"es": "x" * 2001}))
    assert err.value.field == "support_lines_by_language"


def test_family_with_no_child_yet_gets_the_five_steps(db, staff, svc):
    family = make_family(db, staff, enrolled=dt.date(2026, 6, 1), child_dob=dt.date(2026, 11, 20))
    add_history(db, family, staff["aspecialist"], 2, start=dt.date(2026, 6, 2), unsigned_last=0)
    data = handout_data(svc, _last_visit(db, family.id).id, "en")
    assert data.expecting and data.children == ()
    text = _flat(render_handout(data))
    assert "Ideas for you and your baby" in text and handout_text("en").steps[0][:40] in text


def test_arabic_handout_is_right_to_left_with_joined_letters(db, visit_id, svc):
    data = handout_data(svc, visit_id, "ar")
    words = handout_text("ar")
    with drawn_strings() as drawn:
        render_handout(data)
    title = words.text("title", date=words.date(data.visit_date))
    assert visual(title, "R") in drawn  # drawn in visual order, letters in their joined forms
    assert title not in drawn and visual(title, "R") != title  # never in stored order
    assert visual(words.text("did"), "R") in drawn
    assert visual(words.text("phone", phone="(555) 010-7788"), "R").startswith("(555) 010-7788")


def test_a_hebrew_caregiver_name_prints_right_to_left(db, staff, family, visit_id, svc):
    boss = ServiceContext(db, staff["ssupervisor"], FixedClock(TODAY))
    for caregiver in family.caregivers:
        families.save_caregiver(
            boss, family.id,
            CaregiverInput("רחל כהן" if caregiver.is_primary else "Zoë Núñez", "Mother"),
            caregiver.id, caregiver.version,
        )  # fmt: skip
    with drawn_strings() as drawn:
        render_handout(handout_data(svc, visit_id, "en"))
    shown = " ".join(drawn)
    assert "For לחר and Zoë" in shown  # "רחל" drawn right to left inside the English line
    assert "רחל" not in shown


def test_handout_is_refused_for_a_visit_that_did_not_happen(db, visit_id, svc):
    _edit_visit(db, visit_id, outcome=VisitOutcome.NO_SHOW)
    with pytest.raises(DomainError) as err:
        handout_data(svc, visit_id, "en")
    assert err.value.field == "visit" and "this visit is 'no-show'" in str(err.value)
    with pytest.raises(DomainError):
        handout_data(svc, 98765, "en")


def test_unknown_language_is_refused(db, visit_id, svc):
    with pytest.raises(DomainError) as err:
        handout_data(svc, visit_id, "fr")
    assert err.value.field == "lang"


def test_a_note_changed_outside_the_app_is_flagged_for_the_preview_not_the_page(db, visit_id, svc):
    assert not handout_data(svc, visit_id).tampered
    _edit_visit(db, visit_id, family_note="Changed in the database.")
    data = handout_data(svc, visit_id, "es")
    assert data.tampered
    assert "changed outside" not in _flat(render_handout(data))


def test_the_handout_shown_in_docs_in_each_language(db, staff, svc, tmp_path):
    """Rocío and Tomás's handout after the visit of 23 Nov: what docs/handout-*.png show.

    With ``IMH_SCREENSHOTS`` set (and pdftoppm installed) its pages are written
    there as handout-<lang>.png and handout-<lang>-2.png (pdftoppm -r 60).
    """
    import os
    import shutil
    import subprocess

    from imh_desktop.domain.enums import Frequency, ReferralSource
    from imh_desktop.domain.inputs import FamilyInput, VisitInput
    from tests.factories import add_visit

    ana = ServiceContext(db, staff["aspecialist"], FixedClock(TODAY))
    family = families.create_family(ana, FamilyInput(
        display_name="Delgado family", specialist_id=staff["aspecialist"],
        referral_source=ReferralSource.HOSPITAL, referral_date=dt.date(2026, 5, 20),
        enrolled_on=dt.date(2026, 6, 1), frequency=Frequency.WEEKLY,
        caregivers=(CaregiverInput("Rocío Delgado"), CaregiverInput("Tomás Delgado", "Father")),
        children=(ChildInput("Mateo Delgado", dt.date(2026, 6, 20)),
                  ChildInput("Lucía Delgado", dt.date(2024, 3, 2))),
    ))  # fmt: skip
    visit = add_visit(ana, family.id, VisitInput(
        dt.date(2026, 11, 23), VisitOutcome.COMPLETED, start_time=dt.time(10, 0),
        services=("emotional_support", "modelling", "screening"),
        family_note="Rocío, Mateo watched your face the whole time you sang to him. He knows "
        "your voice and it calms him.\n\nThis week, try the song at bath time too, and notice "
        "what he does when you pause.",
    ), signed_on=dt.date(2026, 11, 23))  # fmt: skip
    with db.session() as s:
        s.add(Visit(family_id=family.id, specialist_id=staff["aspecialist"],
                    outcome=VisitOutcome.PLANNED, visit_date=dt.date(2026, 11, 30),
                    start_time=dt.time(10, 30), participants={}, services=[]))  # fmt: skip
    seal_signed_visits(ana, [visit.id])
    folder = os.environ.get("IMH_SCREENSHOTS")
    for lang, title in (("en", "Our visit on 23 November"),
                        ("es", "Nuestra visita del 23 de noviembre")):  # fmt: skip
        pdf = render_handout(handout_data(svc, visit.id, lang))
        pages = pdf_pages(pdf)
        assert len(pages) == 2 and title in " ".join(pages[0].split())
        assert "Mateo" in pages[0] and "Lucía" in pages[0]
        if folder and shutil.which("pdftoppm"):
            (tmp_path / f"{lang}.pdf").write_bytes(pdf)
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(tmp_path / f"{lang}.pdf"),
                            str(tmp_path / lang)], check=True)  # fmt: skip
            for page in (1, 2):
                name = f"handout-{lang}.png" if page == 1 else f"handout-{lang}-2.png"
                shutil.copy(tmp_path / f"{lang}-{page}.png", f"{folder}/{name}")
