"""The team dashboard's tables: narrow screens drop the named columns first; Enter opens a row."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from imh_desktop.services.team import dashboard as team
from imh_desktop.ui.team.table import (
    FAMILY_DROP_ORDER,
    TEAM_DROP_ORDER,
    family_columns,
    family_table,
    team_table,
)
from tests.factories import TODAY

pytestmark = pytest.mark.ui


@pytest.fixture
def data(as_user, agency):
    return team.load_team(as_user(agency.ids["ssupervisor"]), team.period_for("this_month", TODAY))


def _hidden(table) -> list[str]:
    keys = [c.key for c in table.model().sourceModel().columns]
    return [keys[c] for c in range(len(keys)) if table.isColumnHidden(c)]


def test_a_narrow_team_table_gives_up_the_named_columns_in_order(qtbot, data):
    table, model = team_table(None)
    qtbot.addWidget(table)
    model.set_frame(data.team, pinned=data.totals())
    table.resize(2400, 400)
    table.show()
    table.fit_columns()
    assert _hidden(table) == []
    table.resize(500, 400)
    table.fit_columns()
    hidden = _hidden(table)
    assert hidden and set(hidden) == set(TEAM_DROP_ORDER[: len(hidden)])
    assert table.needed_height() > 3 * table.verticalHeader().defaultSectionSize()


def test_enter_opens_the_current_family_and_the_attention_column_sorts_first(qtbot, data, agency):
    table, model = family_table(None)
    qtbot.addWidget(table)
    ana = agency.ids["aspecialist"]
    model.set_frame(data.families_of(ana), columns=family_columns(data.no_contact_days))
    table.resize(700, 400)
    table.show()
    table.fit_columns()
    hidden = _hidden(table)
    assert hidden and set(hidden) == set(FAMILY_DROP_ORDER[: len(hidden)])
    assert table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    opened = []
    table.open_requested.connect(lambda index: opened.append(index.row()))
    table.setCurrentIndex(table.model().index(1, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == [1]


def test_days_since_contact_warns_past_the_agencys_limit():
    columns = family_columns(45)
    assert [c.key for c in columns] == [c.key for c in team.FAMILY_COLUMNS]
    for column, stored in zip(columns, team.FAMILY_COLUMNS, strict=True):
        if column.key == "days_since_contact":
            assert column.warn_above == 45 and stored.warn_above != 45
        else:
            assert column == stored
