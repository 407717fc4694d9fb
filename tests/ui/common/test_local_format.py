"""The domain's dates and ages in the interface's language: Spanish words, English unchanged."""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.domain.ages import Age
from imh_desktop.ui.common import local_format as local

DAY = dt.date(2026, 11, 25)
DOB = dt.date(2024, 1, 10)


def test_english_reads_as_the_domain_writes_it(qapp):
    assert local.format_date(DAY) == "25 Nov 2026" and local.format_date(None, "—") == "—"
    assert local.format_period(dt.date(2026, 10, 1), DAY) == "1 Oct 2026 – 25 Nov 2026"
    assert local.format_month(DAY) == "November 2026"
    assert local.format_day_month(DAY) == "25 Nov" and local.format_weekday(DAY) == "Wednesday"
    assert local.format_age(DOB, 30, dt.date(2024, 8, 22)) == "7 mo 12 d (corrected 5 mo 2 d)"
    assert local.age_text(Age(4, 12)) == "4 mo 12 d"
    assert local.turns_three_soon() == "turns 3 soon"
    assert local.format_decimal(1234.56, 1) == "1234.6"
    assert local.format_count(12052) == "12,052"
    assert local.months_text(6) == "6 mo"
    assert (
        local.relationship_text("Mother") == "Mother"
        and local.language_text("Spanish") == "Spanish"
    )


@pytest.mark.usefixtures("spanish")
def test_spanish_has_its_months_units_and_words(qapp):
    assert local.format_date(DAY) == "25 nov 2026"
    assert local.format_period(dt.date(2026, 10, 1), DAY) == "1 oct 2026 – 25 nov 2026"
    assert local.format_month(DAY) == "noviembre de 2026"
    assert local.format_day_month(DAY) == "25 nov" and local.format_weekday(DAY) == "miércoles"
    assert local.format_age(DOB, 30, dt.date(2024, 8, 22)) == "7 m 12 d (corregida 5 m 2 d)"
    assert local.age_text(Age(4, 12)) == "4 m 12 d"
    assert local.turns_three_soon() == "cumple 3 años pronto"
    assert local.format_decimal(3.64, 1) == "3,6"
    assert local.format_count(12052) == "12.052"  # the audit log's and the backups' counts
    assert local.months_text(6) == "6 m"
    assert local.relationship_text("Foster parent") == "Cuidador/a de acogida"
    assert local.relationship_text("Tía abuela") == "Tía abuela"  # typed: shown as typed
    assert (
        local.language_text("Spanish") == "Español" and local.language_text("Tagalog") == "Tagalog"
    )
