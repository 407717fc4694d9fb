"""The application's icon, and the menu and toolbar icons in the palette's colours."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from imh_desktop.ui.common.icons import (
    ACTION_ICONS,
    DESKTOP_ID,
    action_icon,
    app_icon,
    apply_icons,
    helper_actions,
    install_app_icon,
)

pytestmark = pytest.mark.ui


def _darkest_opaque_lightness(icon) -> int:
    """Lightness of the icon's strongest ink at 32 px (its drawn pixels, not the background)."""
    image = icon.pixmap(QSize(32, 32)).toImage()
    inks = [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200
    ]
    assert inks, "the icon draws nothing"
    return round(sum(c.lightness() for c in inks) / len(inks))


def _palette(window: str, text: str) -> QPalette:
    palette = QPalette(QColor(window))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    return palette


def test_the_app_icon_is_drawn_at_every_size_a_desktop_asks_for(qapp):
    icon = app_icon()
    assert not icon.isNull()
    for size in (16, 32, 48, 256):
        pixmap = icon.pixmap(QSize(size, size))
        assert pixmap.width() == size
        assert pixmap.toImage().pixelColor(size // 2, size // 2).alpha() == 255


def test_every_window_gets_the_app_icon(qtbot, window):
    app = QApplication.instance()
    install_app_icon()
    assert app.desktopFileName() == DESKTOP_ID
    assert not app.windowIcon().isNull()
    assert not window.windowIcon().isNull()
    assert window.windowIcon().cacheKey() == app.windowIcon().cacheKey()


def test_every_toolbar_button_has_an_icon(window):
    from PySide6.QtWidgets import QToolButton

    bar = window.toolbar  # buttons only: the search field is a widget of its own
    buttons = [a for a in bar.actions() if isinstance(bar.widgetForAction(a), QToolButton)]
    assert len(buttons) >= 8
    missing = [a.text() for a in buttons if a.icon().isNull()]
    assert missing == []


def test_menu_actions_named_in_the_table_have_icons(window):
    found = helper_actions(window)
    assert len(found) >= 25  # File, Edit, View, Family, Visit, Reports, Tools menus
    assert all(not action.icon().isNull() for _name, action in found)
    assert not window.main_actions.quit_action.icon().isNull()
    assert not window.report_actions.progress_action.icon().isNull()


def test_every_helper_named_in_the_table_is_found_among_the_windows_direct_children(window):
    from PySide6.QtCore import QObject

    everywhere = [o for o in window.findChildren(QObject) if type(o).__name__ in ACTION_ICONS]
    assert len(everywhere) >= 5
    found = {id(action) for _name, action in helper_actions(window)}
    for helper in everywhere:  # a helper parented deeper would lose its icons
        for attribute in ACTION_ICONS[type(helper).__name__]:
            action = getattr(helper, attribute, None)
            assert action is None or id(action) in found, attribute


def test_every_icon_name_exists_in_the_icon_set(qapp):
    for names in ACTION_ICONS.values():
        for name in names.values():
            assert not action_icon(name, qapp.palette()).isNull(), name


def test_icons_follow_a_light_and_a_dark_palette(qapp):
    light = _darkest_opaque_lightness(action_icon("mdi6.printer", _palette("#f6f6f6", "#1c1c1c")))
    dark = _darkest_opaque_lightness(action_icon("mdi6.printer", _palette("#202124", "#e8eaed")))
    assert light < 60
    assert dark > 200


def test_a_change_of_palette_redraws_the_icons(qtbot, window):
    apply_icons(window)
    before = _darkest_opaque_lightness(window.main_actions.print_action.icon())
    window.setPalette(_palette("#202124", "#e8eaed"))  # the window's own theme changes
    after = _darkest_opaque_lightness(window.main_actions.print_action.icon())
    assert after > before + 100
