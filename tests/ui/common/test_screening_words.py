"""Screening bands and alerts read in the interface's language, and as stored in English."""

from __future__ import annotations

import itertools
import re

import pytest

from imh_desktop.domain.screening import (
    ASQ3_AREAS,
    ASQSE2_BANDS,
    ScreenResult,
    asq3_result,
    asqse2_result,
    score_epds,
    score_phq9,
)
from imh_desktop.ui.common.screening_words import alert_text, band_text

# The English words the scoring rules write; none may be left in a Spanish text.
ENGLISH = re.compile(
    r"\b(refer|cut-off|depression|self-harm|scored|same-day|record|monitor|motor|area|zone|"
    r"low|mild|moderate|severe|minimal|possible|below|above|close|communication|"
    r"problem|schedule|assessment|item)\b"
)


def every_result() -> list[ScreenResult]:
    """Every band and alert wording the rules write: each EPDS and PHQ-9 total with and
    without the self-harm item, every ASQ-3 mix of bands, every ASQ:SE-2 band."""
    results = []
    for harm in range(4):
        for rest in range(0, 28):
            epds = [min(3, max(0, rest - 3 * i)) for i in range(9)] + [harm]
            results.append(score_epds(epds))
            phq = [min(3, max(0, rest - 3 * i)) for i in range(8)] + [harm]
            results.append(score_phq9(phq))
    for bands in itertools.product(("above", "close", "below"), repeat=len(ASQ3_AREAS)):
        chosen = dict(zip(ASQ3_AREAS, bands, strict=True))
        results.append(asq3_result(dict.fromkeys(ASQ3_AREAS, 30), chosen))
    results += [asqse2_result(120, band) for band in ASQSE2_BANDS]
    return results


def test_every_band_and_alert_reads_as_stored_in_english(qapp):
    results = every_result()
    alerts = [r.alert_for("Ana Lopez") for r in results if r.alert_text]
    assert len(alerts) > 300 and any("self-harm" in a and ". PHQ-9" in a for a in alerts)
    assert [band_text(r.band) for r in results] == [r.band for r in results]
    assert [alert_text(a) for a in alerts] == alerts


def test_every_band_and_alert_reads_in_spanish(qapp, spanish):
    results = every_result()
    for result in results:
        band = band_text(result.band)
        assert band != result.band and not ENGLISH.search(band), band
        if result.alert_text:
            alert = alert_text(result.alert_for("Ana Lopez: mamá"))
            assert alert.startswith("Ana Lopez: mamá: "), alert
            assert not ENGLISH.search(alert), alert


@pytest.mark.parametrize(
    ("stored", "spanish_text"),
    [
        (
            "Bao Tran: EPDS item 10 (self-harm) scored 2: same-day safety check, and record the "
            "follow-up. EPDS 15: probable depression, refer",
            "Bao Tran: EPDS, ítem 10 (autolesión): puntuación 2; verificación de seguridad el "
            "mismo día, y registre el seguimiento. EPDS 15: depresión probable, derivar",
        ),
        (
            "Mai: ASQ-3 below the cut-off in gross motor, personal-social: refer for "
            "developmental assessment",
            "Mai: ASQ-3 por debajo del punto de corte en motricidad gruesa, personal-social: "
            "derivar para evaluación del desarrollo",
        ),
    ],
)
def test_an_alert_reads_in_spanish_word_for_word(qapp, spanish, stored, spanish_text):
    assert alert_text(stored) == spanish_text


@pytest.mark.parametrize(
    "stored",
    [
        "Bao Tran: EPDS 15: probable sadness, refer",  # a finding the rules do not write
        "An alert someone typed",
        "Mai: ASQ-3 below the cut-off in reading: refer for developmental assessment",
        "",
    ],
)
def test_text_the_rules_did_not_write_is_shown_as_stored(qapp, spanish, stored):
    assert alert_text(stored) == stored
    assert band_text(stored) == stored
