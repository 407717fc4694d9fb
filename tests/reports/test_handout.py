"""The family handout: one page, plain words, English and Spanish, never the reflection."""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.data.models import Visit
from imh_desktop.domain.clock import FixedClock
from imh_desktop.domain.enums import VisitOutcome, VisitService
from imh_desktop.domain.errors import DomainError
from imh_desktop.reports.handout import render_handout
from imh_desktop.reports.handout_text import SERVICES, TEXT, long_date
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.reports import handout_data
from tests.factories import TODAY, add_history, make_family, seal_signed_visits
from tests.reports.pdftext import pdf_pages, pdf_text


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


@pytest.fixture
def visit_id(db, staff):
    family = make_family(db, staff, enrolled=dt.date(2026, 6, 1), child_dob=dt.date(2026, 2, 1))
    add_history(db, family, staff["aspecialist"], 8, start=dt.date(2026, 6, 2), unsigned_last=1)
    visit = _last_visit(db, family.id)
    _edit_visit(db, visit.id, next_visit_date=dt.date(2026, 8, 4),
                services=["emotional_support", "modelling", "referral"],
                observation="Ánh & Bảo <b>laughed</b> together during the song.",
                caregiver_response="Ánh said: \"he knows my voice\".",
                signed_at=dt.datetime(2026, 7, 21, 17), signed_by_id=staff["aspecialist"])  # fmt: skip
    # signed after the edits, as the app would: the note is sealed as it now reads
    seal_signed_visits(ServiceContext(db, staff["aspecialist"], FixedClock(TODAY)), [visit.id])
    return visit.id


def test_english_handout(db, visit_id, svc):
    data = handout_data(svc, visit_id, "en")
    pdf = render_handout(data)
    text = pdf_text(pdf)
    assert len(pdf_pages(pdf)) == 1
    for expected in (
        "Our visit today", "Tuesday, 21 July 2026", "What we did today",
        SERVICES["en"][VisitService.MODELLING], "Ánh & Bảo <b>laughed</b> together",
        "Ideas to try with Bảo Ølstad", "Our next visit", "Tuesday, 4 August 2026",
        "Ana Specialist", "(555) 010-7788", "(555) 010-2040", "Page 1 of 1",
    ):  # fmt: skip
        assert expected in text, expected
    assert "SECRET-REFLECTION" not in text and "DRAFT" not in text
    # a 5-month-old born at 33 weeks gets ideas for 0-6 months by corrected age
    assert "Get face to face" in text or "coos" in text


def test_spanish_handout(db, visit_id, svc):
    pdf = render_handout(handout_data(svc, visit_id, "es"))
    text = " ".join(pdf_text(pdf).split())  # long dates may wrap in their box
    for expected in (
        TEXT["es"]["title"], "martes, 21 de julio de 2026", "Lo que hicimos hoy",
        SERVICES["es"][VisitService.REFERRAL][:30], "Nuestra próxima visita",
        "martes, 4 de agosto de 2026", "Cómo comunicarse conmigo", "Página 1 de 1",
    ):  # fmt: skip
        assert expected in text, expected
    assert "What we did" not in text and "Our next visit" not in text
    assert len(pdf_pages(pdf)) == 1


def test_unsigned_visit_is_marked_draft_and_a_long_note_is_shortened(db, visit_id, svc):
    _edit_visit(db, visit_id, signed_at=None, observation="Ánh sang to Bảo. " * 200,
                caregiver_response="word " * 400, next_visit_date=None)  # fmt: skip
    for lang in ("en", "es"):
        pdf = render_handout(handout_data(svc, visit_id, lang))
        text = pdf_text(pdf)
        assert "DRAFT — unsigned" in text
        assert len(pdf_pages(pdf)) == 1
        assert TEXT[lang]["next_unknown"].split()[0] in text


def test_family_with_no_child_yet_gets_the_five_steps(db, staff, svc):
    family = make_family(db, staff, enrolled=dt.date(2026, 6, 1), child_dob=dt.date(2026, 11, 20))
    add_history(db, family, staff["aspecialist"], 2, start=dt.date(2026, 6, 2), unsigned_last=0)
    data = handout_data(svc, _last_visit(db, family.id).id, "en")
    assert data.ideas_are_steps and data.child_name == ""
    assert "Five steps of serve and return" in pdf_text(render_handout(data))


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


def test_long_dates_in_both_languages():
    assert long_date("en", dt.date(2026, 11, 25)) == "Wednesday, 25 November 2026"
    assert long_date("es", dt.date(2026, 11, 25)) == "miércoles, 25 de noviembre de 2026"


def test_a_note_changed_outside_the_app_says_so_on_the_handout(db, visit_id, svc):
    assert "changed outside the app" not in pdf_text(render_handout(handout_data(svc, visit_id)))
    _edit_visit(db, visit_id, observation="Changed in the database.")
    for lang in ("en", "es"):
        data = handout_data(svc, visit_id, lang)
        pdf = render_handout(data)
        assert data.tampered and len(pdf_pages(pdf)) == 1
        text = " ".join(pdf_text(pdf).split())
        assert "This note was changed outside the app after it was signed" in text
        assert lang == "en" or "Esta nota se cambió fuera de la aplicación" in text
