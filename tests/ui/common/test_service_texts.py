"""Names the services give, shown in the interface's language."""

from __future__ import annotations

from imh_desktop.services.team.dashboard import PERIOD_KINDS
from imh_desktop.services.visits.notes import AMEND_SECTIONS
from imh_desktop.ui.common.i18n import install_language
from imh_desktop.ui.common.service_texts import MARKED, domain_words, service_text


def test_every_period_and_section_name_is_marked():
    marked = set(map(str, MARKED))
    assert set(PERIOD_KINDS.values()) <= marked
    assert set(AMEND_SECTIONS.values()) <= marked


def test_shown_in_spanish_and_unknown_names_unchanged(qapp):
    install_language("es")
    try:
        assert service_text("This quarter") == "Este trimestre"
        assert service_text("Plan") == "Plan"
        assert service_text("Something new") == "Something new"
    finally:
        install_language("en")
    assert service_text("This quarter") == "This quarter"


def test_words_in_domain_labels(qapp):
    install_language("es")
    try:
        assert domain_words("ASQ-3 12 month") == "ASQ-3 12 meses"
        assert domain_words("7 mo 12 d (corrected 5 mo 3 d)") == "7 mo 12 d (corregida 5 mo 3 d)"
        assert domain_words("overdue") == "atrasado"
        every = domain_words("Caregiver depression screen (EPDS or PHQ-9), every 6 months")
        assert every == "Tamizaje de depresión del cuidador (EPDS o PHQ-9), cada 6 meses"
        first = domain_words("Caregiver depression screen (EPDS), within 3 months")
        assert first == "Tamizaje de depresión del cuidador (EPDS), dentro de 3 meses"
    finally:
        install_language("en")
    assert domain_words("ASQ-3 12 month") == "ASQ-3 12 month"
