"""Icons drawn from the Material Design Icons font, as qtawesome draws them, without importing it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon

from imh_desktop.ui.common.icon_font import charmap, glyph, glyph_icon

pytestmark = pytest.mark.ui


def test_a_glyph_is_the_character_the_charmap_names():
    assert glyph("mdi6.printer") == chr(int(charmap()["printer"], 16)) == "\U000f042a"
    assert len(charmap()) > 5000  # the whole Material Design Icons 6 set


@pytest.mark.parametrize("name", ["mdi6.no-such-icon", "fa5s.print", "printer"])
def test_a_name_outside_the_set_is_refused(name):
    with pytest.raises(KeyError):
        glyph(name)


@pytest.mark.parametrize("name", ["mdi6.printer", "mdi6.home-plus", "mdi6.account-switch"])
def test_the_icons_are_drawn_pixel_for_pixel_as_qtawesome_draws_them(qapp, name):
    import qtawesome

    ink = QColor("#1c1c1c")
    faded = QColor(ink)
    faded.setAlphaF(0.4)
    theirs = qtawesome.icon(name, color=ink, color_active=ink, color_selected=ink,
                            color_disabled=faded)  # fmt: skip
    ours = glyph_icon(name, ink, faded)
    for size in (16, 24, 32):
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled, QIcon.Mode.Active):
            expected = theirs.pixmap(QSize(size, size), mode).toImage()
            assert ours.pixmap(QSize(size, size), mode).toImage() == expected, (size, mode)


def test_a_disabled_icon_is_drawn_in_the_disabled_colour(qapp):
    icon = glyph_icon("mdi6.printer", QColor("#000000"), QColor("#ff0000"))
    image = icon.pixmap(QSize(32, 32), QIcon.Mode.Disabled).toImage()
    inks = [image.pixelColor(x, y) for x in range(32) for y in range(32)]
    assert any(c.alpha() == 255 and c.red() == 255 and c.green() == 0 for c in inks)


def test_making_the_window_icons_imports_neither_qtawesome_nor_qtpy():
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from imh_desktop.ui.common.icons import ACTION_ICONS, action_icon\n"
        "for names in ACTION_ICONS.values():\n"
        "    for name in names.values():\n"
        "        assert not action_icon(name, app.palette()).pixmap(16, 16).isNull()\n"
        "print(sorted(m for m in ('qtawesome', 'qtpy') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                          timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr[-800:]
    assert done.stdout.strip().splitlines()[-1] == "[]"
