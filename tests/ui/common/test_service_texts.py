"""Names the services give, shown in the interface's language."""

from __future__ import annotations

from imh_desktop.services.team.dashboard import PERIOD_KINDS
from imh_desktop.services.visits.notes import AMEND_SECTIONS
from imh_desktop.ui.common.i18n import install_language
from imh_desktop.ui.common.service_texts import MARKED, service_text


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
