"""The team dashboard's bars: custom dates only for a custom period; exports off while reading."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from imh_desktop.ui.team.bars import TeamNavBar, TeamPeriodBar
from tests.factories import TODAY

pytestmark = pytest.mark.ui


def test_the_period_bar_lists_the_periods_and_shows_dates_for_a_custom_one(qtbot):
    bar = TeamPeriodBar(TODAY)
    host = QWidget()
    host.setLayout(bar)
    qtbot.addWidget(host)
    host.show()
    kinds = [bar.period_combo.itemData(i) for i in range(bar.period_combo.count())]
    assert "this_month" in kinds and "custom" in kinds
    bar.set_custom_dates_shown(False)
    assert not bar.start_edit.isVisible() and not bar.end_edit.isVisible()
    bar.set_custom_dates_shown(True)
    assert bar.start_edit.isVisible() and bar.to_label.isVisible() and bar.end_edit.isVisible()
    bar.set_exports_enabled(False)
    assert not any(b.isEnabled() for b in (bar.csv_button, bar.xlsx_button, bar.pdf_button))
    bar.set_exports_enabled(True)
    assert all(b.isEnabled() for b in (bar.csv_button, bar.xlsx_button, bar.pdf_button))


def test_the_nav_bar_offers_supervision_only_when_asked(qtbot):
    bar = TeamNavBar()
    host = QWidget()
    host.setLayout(bar)
    qtbot.addWidget(host)
    host.show()
    assert bar.back_button.isVisible() and bar.measures_button.isVisible()
    assert not bar.supervision_button.isVisible()
    assert bar.measures_button.text() == "Program &measures…"
