"""The caseload's columns fit the window: the important ones always, sized by their content."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from imh_desktop.ui.caseload.columns import COLUMN_INDEX, COLUMNS
from imh_desktop.ui.caseload.widths import DROP_ORDER, ESSENTIAL
from imh_desktop.ui.common.fit import cell_truncations, header_truncations
from imh_desktop.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.ui


def _shown(table) -> set[str]:
    header = table.horizontalHeader()
    return {c.key for i, c in enumerate(COLUMNS) if not header.isSectionHidden(i)}


@pytest.fixture
def caseload(qtbot, window):
    window.resize(1366, 768)
    qtbot.wait(1)
    return window.caseload


def test_wide_window_shows_every_column_uncut(qtbot, caseload, window):
    window.resize(2400, 900)
    caseload.fit_columns()
    table = caseload.table
    assert _shown(table) == {c.key for c in COLUMNS}
    assert header_truncations(table.horizontalHeader()) == []
    assert cell_truncations(table) == []
    assert not table.horizontalScrollBar().isVisible()
    # the room left goes to the children, not to the last column
    header = table.horizontalHeader()
    assert (
        header.sectionSize(COLUMN_INDEX["children"])
        > header.sectionSize(COLUMN_INDEX["alerts"]) * 4
    )


def test_narrow_window_drops_the_least_needed_columns_first(qtbot, caseload, window):
    window.resize(700, 600)
    caseload.fit_columns()
    shown = _shown(caseload.table)
    assert set(ESSENTIAL) <= shown
    assert "enrolled" not in shown and "caregiver" not in shown
    dropped = [key for key in DROP_ORDER if key not in shown]
    assert dropped == list(DROP_ORDER[: len(dropped)])
    window.resize(2400, 900)
    caseload.fit_columns()
    assert _shown(caseload.table) == {c.key for c in COLUMNS}  # back when there is room


def _fit_with_children(caseload, width: int) -> set[str]:
    """Fit as the view does, with the children's widest line ``width`` px."""
    from imh_desktop.ui.caseload.widths import GROWING_COLUMN, fit_columns

    def measure(column: int, title: int) -> int:
        return width if column == GROWING_COLUMN else caseload._cell_widths(column, title)

    return fit_columns(caseload.table, set(), set(), measure)


def _sections(table) -> int:
    header = table.horizontalHeader()
    return sum(
        header.sectionSize(i) for i in range(header.count()) if not header.isSectionHidden(i)
    )


def test_one_long_line_of_children_cuts_short_instead_of_pushing_columns_out(caseload):
    """Two children with corrected ages make a 750-px line: it counts as ``CHILDREN_WIDTH``, so
    the table keeps its columns and fits the window without a scroll bar, and that line ends in
    "…" (its tooltip shows it whole)."""
    from imh_desktop.ui.caseload.widths import CHILDREN_WIDTH

    table = caseload.table
    at_most = _fit_with_children(caseload, CHILDREN_WIDTH)
    assert _fit_with_children(caseload, 2000) == at_most
    assert "specialist" in _shown(table)  # the supervisor's team at 1366 x 768
    assert _sections(table) == table.viewport().width()
    children = table.horizontalHeader().sectionSize(COLUMN_INDEX["children"])
    assert children >= CHILDREN_WIDTH


def test_short_of_room_the_children_give_way_before_a_scroll_bar(qtbot, caseload, window):
    from imh_desktop.ui.caseload.widths import CHILDREN_WIDTH

    window.resize(900, 700)
    qtbot.wait(1)
    caseload.fit_columns()
    _fit_with_children(caseload, 2000)
    table = caseload.table
    header = table.horizontalHeader()
    children = header.sectionSize(COLUMN_INDEX["children"])
    assert children < CHILDREN_WIDTH and _sections(table) == table.viewport().width()
    assert _shown(table) >= set(ESSENTIAL)


def test_own_caseload_has_no_specialist_column(qtbot, demo_agency, context_for, settings):
    from sqlalchemy import select

    from imh_desktop.data.models import StaffUser
    from imh_desktop.domain.enums import Role

    with demo_agency.session() as session:
        name = session.scalars(select(StaffUser.username).where(
            StaffUser.role == Role.SPECIALIST).order_by(StaffUser.id)).first()  # fmt: skip
    own = MainWindow(context_for(demo_agency, name), settings)
    qtbot.addWidget(own)
    own.resize(1366, 768)
    own.show()
    assert own.caseload.model.rowCount() > 0
    assert "specialist" not in _shown(own.caseload.table)
    assert {"case_number", "family", "children", "next_visit_due", "alerts"} <= _shown(
        own.caseload.table
    )


def test_tab_leaves_the_table(qtbot, caseload, window):
    table = caseload.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()
    assert caseload.table.tabKeyNavigation() is False


def test_this_month_reads_in_whole_visits(caseload):
    column = COLUMN_INDEX["visits_this_month"]
    texts = {caseload.model.index(r, column).data() for r in range(caseload.model.rowCount())}
    assert texts and all("/" not in t and "." not in t for t in texts)
    assert any(" of " in t for t in texts)


def test_columns_measured_from_the_model_match_those_measured_through_the_table(caseload):
    from imh_desktop.ui.caseload.widths import _cells_width, shown_source_rows

    table = caseload.table
    source = caseload.model
    assert source.rowCount() > 0
    assert any(source.row_record(r).open_alerts for r in range(source.rowCount()))  # bold, icon
    rows = shown_source_rows(table, 400)
    assert rows is not None and len(rows) == table.model().rowCount()
    for column in range(len(COLUMNS)):
        assert _cells_width(table, column, rows) == _cells_width(table, column), COLUMNS[column].key


def test_a_columns_width_is_its_widest_cells_size_hint(caseload):
    """Only the widest text of each font is asked for its size hint, and texts and fonts are
    measured once (``widths._Fonts``): the same width as asking every cell, bold ones too."""
    from imh_desktop.ui.caseload.widths import PADDING, _cells_width, shown_source_rows

    table, model = caseload.table, caseload.table.model()
    rows = shown_source_rows(table, 400)
    for column in range(len(COLUMNS)):
        hints = [table.sizeHintForIndex(model.index(r, column)).width() for r in range(len(rows))]
        assert _cells_width(table, column, rows) == max(hints) + PADDING, COLUMNS[column].key


def test_a_cells_font_is_measured_as_itself(qapp):
    from PySide6.QtGui import QFont, QFontMetrics

    from imh_desktop.ui.caseload.widths import _Fonts

    base = QFont(qapp.font())
    bold, italic = QFont(base), QFont(base)
    bold.setBold(True)
    italic.setItalic(True)
    fonts = _Fonts(base)
    text = "Wide words in a cell"
    for font in (None, bold, bold, italic, None, bold):
        key, metrics = fonts.of(font)
        real = base if font is None else font.resolve(base)
        assert key == real.key()
        assert metrics.horizontalAdvance(text) == QFontMetrics(real).horizontalAdvance(text)
    assert fonts.of(bold)[1].horizontalAdvance(text) > fonts.of(None)[1].horizontalAdvance(text)


def test_a_cells_looks_are_what_the_model_gives_the_view(caseload):
    model = caseload.model
    bold = model.bold_font
    for row in range(model.rowCount()):
        for column in range(len(COLUMNS)):
            index = model.index(row, column)
            text, is_bold, icon = model.cell_looks(row, column)
            assert text == model.data(index, Qt.ItemDataRole.DisplayRole)
            assert model.data(index, Qt.ItemDataRole.FontRole) == (bold if is_bold else None)
            assert (model.data(index, Qt.ItemDataRole.DecorationRole) is not None) == icon
