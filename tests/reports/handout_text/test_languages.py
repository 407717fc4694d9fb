"""The handout's language files: complete, reviewed or flagged, Spanish in "usted"."""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest

from imh_desktop.domain.enums import VisitService
from imh_desktop.reports.handout_text import LANGUAGES, handout_text, languages
from imh_desktop.services.reports import HANDOUT_LANGUAGES

ENGLISH = handout_text("en")


def test_the_service_offers_exactly_the_languages_that_have_a_file():
    assert HANDOUT_LANGUAGES == LANGUAGES == ("en", "es", "vi", "ar")
    assert dict(languages())["ar"] == "العربية" and dict(languages())["vi"] == "Tiếng Việt"


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_file_is_complete(code):
    words = handout_text(code)
    assert set(words.strings) == set(ENGLISH.strings)
    for key, value in ENGLISH.strings.items():  # the same {placeholders} as the English
        assert set(re.findall(r"{(\w+)}", words.strings[key])) == set(
            re.findall(r"{(\w+)}", value)
        ), key
    assert all(words.service(s).strip() for s in VisitService)
    assert len(words.weekdays) == 7 and len(words.months) == 12 and len(words.steps) == 5
    # every age from birth to 18 years falls in exactly one band, each with ideas
    bands = words.ideas
    assert bands[0].from_months == 0 and bands[-1].to_months >= 216
    assert all(a.to_months == b.from_months for a, b in itertools.pairwise(bands))
    assert all(len(band.items) >= 3 for band in bands)


def test_review_is_recorded_and_only_the_source_counts_as_reviewed_without_a_name():
    assert ENGLISH.reviewed and ENGLISH.source
    for code in ("es", "vi", "ar"):
        words = handout_text(code)
        assert not words.source
        assert words.reviewed == bool(words.reviewed_by.strip())


def test_spanish_uses_usted_throughout():
    words = handout_text("es")
    prose = [*words.strings.values(), *words.services.values(), *words.steps]
    prose += [idea for band in words.ideas for idea in band.items]
    # What a parent says to the child (in quotes) may use tú; what we say to the parent may not.
    spoken_to_parent = " ".join(re.sub(r"“[^”]*”", "", text) for text in prose).lower()
    for informal in (" tú ", " tu ", " te ", "puedes", "tienes", "quieres", "haz ", " eres "):
        assert informal not in f" {spoken_to_parent} ", informal


def test_dates_times_and_names_in_each_language():
    day, at = dt.date(2026, 11, 23), dt.time(14, 5)
    assert ENGLISH.date(day) == "23 November"
    assert ENGLISH.long_date(day) == "Monday, 23 November 2026"
    assert ENGLISH.time(at) == "2:05 p.m." and ENGLISH.time(dt.time(0, 30)) == "12:30 a.m."
    es = handout_text("es")
    assert es.date(day) == "23 de noviembre" and es.time(at) == "14:05"
    assert es.long_date(day) == "lunes, 23 de noviembre de 2026"
    assert handout_text("vi").date(day) == "ngày 23 tháng 11"
    assert handout_text("ar").rtl and not es.rtl
    assert ENGLISH.names(["Rocío", "Tomás"]) == "Rocío and Tomás"
    assert es.names(["Ana", "Rocío", "Tomás"]) == "Ana, Rocío y Tomás"
    assert ENGLISH.names(["Rocío"]) == "Rocío" and ENGLISH.names([]) == ""


def test_ideas_follow_the_age():
    assert ENGLISH.ideas_for(0) == ENGLISH.ideas[0].items
    assert ENGLISH.ideas_for(13) != ENGLISH.ideas_for(30)
    assert ENGLISH.ideas_for(400) == ENGLISH.ideas[-1].items
    assert ENGLISH.ideas_for(-2) == ENGLISH.ideas[0].items  # corrected age before term
