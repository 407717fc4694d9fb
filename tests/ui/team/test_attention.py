"""The drill-down's "Needs attention" words in the interface's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from imh_desktop.ui.common.i18n import install_language
from imh_desktop.ui.team.attention import AttentionWords, in_interface_language
from imh_desktop.ui.team.view import TeamView

pytestmark = pytest.mark.ui


@pytest.fixture
def view(qtbot, app_ctx, agency):
    widget = TeamView(app_ctx(agency.ids["ssupervisor"]))
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=1000):  # the hand-worked month
        widget.period_combo.setCurrentIndex(widget.period_combo.findData("this_month"))
    return widget


def test_in_english_the_words_are_the_services_own(view):
    install_language("en")
    families = view.data.families
    words = AttentionWords()
    assert [words.reasons(row) for row in families.itertuples(index=False)] == list(
        families["attention"]
    )
    assert any(";" in text for text in families["attention"])  # several reasons somewhere
    assert in_interface_language(families) is families


@pytest.mark.usefixtures("spanish")
def test_in_spanish_the_drill_down_says_why_in_spanish(view, agency):
    view.show_specialist(agency.ids["aspecialist"])
    col = [c.key for c in view.family_model.columns].index("attention")
    shown = view.family_table.model()  # as sorted on screen: by clinical risk
    texts = [shown.index(r, col).data(Qt.ItemDataRole.DisplayRole) for r in range(shown.rowCount())]
    assert texts[0] == (
        "1 tamizaje positivo sin seguimiento; sin visita en 56 días; "
        "visita vencida desde el 30 oct 2026"
    )
    assert "1 tamizaje vencido" in texts[1] and "notas atrasadas" in texts[1]
    assert view.data.families["attention"].str.contains("overdue").any()  # the export's words
