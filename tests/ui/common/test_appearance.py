"""Text size and theme from Preferences apply to the whole application, and come back."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from imh_desktop.ui.common.appearance import apply_appearance, dark_palette
from imh_desktop.ui.common.settings import FONT_SIZE, THEME

pytestmark = pytest.mark.ui


def _contrast(a, b) -> float:
    def lum(c):
        parts = [x / 255 for x in (c.red(), c.green(), c.blue())]
        parts = [p / 12.92 if p <= 0.03928 else ((p + 0.055) / 1.055) ** 2.4 for p in parts]
        return 0.2126 * parts[0] + 0.7152 * parts[1] + 0.0722 * parts[2]

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_size_and_dark_theme_apply_and_system_restores(qtbot, settings):
    app = QApplication.instance()
    before_font, before_palette = app.font(), app.palette()
    apply_appearance(app, settings)  # as the system, never changed: nothing touched
    assert app.font() == before_font and app.property("imh_base_font") is None
    try:
        settings.set_value(FONT_SIZE, "14")
        settings.set_value(THEME, "dark")
        apply_appearance(app, settings)
        assert app.font().pointSize() == 14
        window = app.palette().color(QPalette.ColorRole.Window)
        assert window.lightness() < 80
        text = app.palette().color(QPalette.ColorRole.WindowText)
        assert _contrast(text, window) >= 7
        settings.set_value(FONT_SIZE, "")
        settings.set_value(THEME, "system")
        apply_appearance(app, settings)
        assert app.font().pointSize() == before_font.pointSize()
        assert app.palette().color(QPalette.ColorRole.Window).lightness() > 150
    finally:
        app.setFont(before_font)
        app.setPalette(before_palette)
        app.setProperty("imh_base_font", None)


def test_the_dark_palette_reads_at_full_contrast():
    p = dark_palette()
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        assert _contrast(p.color(role), p.color(QPalette.ColorRole.Window)) >= 7


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_focus_is_always_visible(qtbot, theme):
    """Each kind of control looks different focused: a ring, in light and in dark."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QCheckBox,
        QComboBox,
        QLineEdit,
        QPushButton,
        QTabBar,
        QTableView,
        QVBoxLayout,
        QWidget,
    )  # fmt: skip

    from imh_desktop.ui.common.appearance import RingTable, focus_color, install_focus_ring

    app = QApplication.instance()
    before = app.palette()
    install_focus_ring(app)
    app.setPalette(dark_palette() if theme == "dark" else app.style().standardPalette())
    try:
        host = QWidget()
        qtbot.addWidget(host)
        layout = QVBoxLayout(host)
        combo, tabs, model = QComboBox(), QTabBar(), QStandardItemModel(3, 2)
        combo.addItems(["Weekly", "Monthly"])
        tabs.addTab("Overview")
        tabs.addTab("Visits")
        for row in range(3):
            for column in range(2):
                model.setItem(row, column, QStandardItem(f"{row}{column}"))
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setCurrentIndex(model.index(1, 0))
        ring_table = RingTable()  # the caseload's kind: its cells in the platform's own style
        ring_table.setModel(model)
        ring_table.setCurrentIndex(model.index(2, 1))
        controls = [QPushButton("Save"), QLineEdit("Ana"), combo, QCheckBox("Closed cases"),
                    tabs, table, ring_table]  # fmt: skip
        elsewhere = QLineEdit()
        for control in [*controls, elsewhere]:
            layout.addWidget(control)
        host.resize(420, 520)
        with qtbot.waitActive(host):
            host.show()
            host.activateWindow()
        ring = focus_color(app.palette()).rgb()
        for control in controls:
            elsewhere.setFocus(Qt.FocusReason.TabFocusReason)
            plain = control.grab().toImage()
            control.setFocus(Qt.FocusReason.TabFocusReason)
            assert control.hasFocus()
            focused = control.grab().toImage()
            name = type(control).__name__
            assert plain != focused, f"{name} looks the same focused ({theme})"
            rings = sum(
                focused.pixel(x, y) == ring and plain.pixel(x, y) != ring
                for y in range(focused.height()) for x in range(focused.width())
            )  # fmt: skip
            assert rings >= 100, f"{name}: {rings} pixels of the focus ring ({theme})"
    finally:
        app.setPalette(before)


def test_long_tables_paint_their_cells_without_calling_python(qtbot):
    """The caseload's, the team's and the search's tables: cells in the platform's own style
    (FocusRingStyle is a call into Python per cell), the ring of the current cell drawn once."""
    from PySide6.QtWidgets import QStyle

    from imh_desktop.ui.caseload.view import CaseloadTable
    from imh_desktop.ui.common.appearance import FocusRingStyle, install_focus_ring
    from imh_desktop.ui.search.view import ResultsTable
    from imh_desktop.ui.team.table import TeamTable

    app = QApplication.instance()
    install_focus_ring(app)
    assert isinstance(app.style(), FocusRingStyle)
    for table in (CaseloadTable(), TeamTable("Visits"), ResultsTable()):
        qtbot.addWidget(table)
        style = table.style()
        assert isinstance(style, QStyle) and not isinstance(style, FocusRingStyle)
        assert style.name() == app.style().baseStyle().name()  # the same look, not wrapped
