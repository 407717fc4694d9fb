"""Menu and toolbar icons drawn from the Material Design Icons font that ``qtawesome`` ships.

qtawesome's own ``icon()`` costs the start-up about a quarter of a second of
CPU before the first icon: importing it imports ``qtpy``, whose
``from PySide6.QtCore import *`` (and QtGui, QtWidgets) makes every one of
PySide6's lazily created enum classes, and its first icon loads all ten of
its fonts. The icons here are the same glyphs drawn the same way (the
font's character at 7/8 of the icon's height, centred, in one colour per
mode), from the same font and charmap files, found without importing the
package: only the one font is loaded, once, when the first icon is drawn.
"""

from __future__ import annotations

import functools
import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QIconEngine, QPainter, QPixmap

PREFIX = "mdi6"  # the set every name in ACTION_ICONS comes from: "mdi6.printer"
_FONT_GLOB, _CHARMAP_GLOB = "materialdesignicons6-webfont-*.ttf", "materialdesignicons6-*.json"
GLYPH_SCALE = 0.875  # qtawesome's: a 16 px icon draws a 14 px glyph (room for the bearing)


class IconFontError(RuntimeError):
    """The icon font or its charmap is missing or unreadable (a broken installation)."""


def _fonts_dir() -> Path:
    """qtawesome's ``fonts`` folder, found without running the package's ``__init__``."""
    spec = importlib.util.find_spec("qtawesome")
    locations = list(spec.submodule_search_locations or []) if spec else []
    for location in locations:
        folder = Path(location) / "fonts"
        if folder.is_dir():
            return folder
    raise IconFontError("The icon font (qtawesome's fonts folder) is not installed.")


@functools.cache
def charmap() -> dict[str, str]:
    """Icon name (without the prefix) -> its code point in hexadecimal, as the charmap has it.

    Turned into a character only for the names used (:func:`glyph`): the set has
    over 7,000 icons, the app uses about 30.
    """
    files = sorted(_fonts_dir().glob(_CHARMAP_GLOB))
    if not files:
        raise IconFontError("The icon font's charmap is missing.")
    codes: dict[str, str] = json.loads(files[-1].read_text(encoding="utf-8"))
    return codes


@functools.cache
def font_family() -> str:
    """The icon font's family, loaded into the application's font database once."""
    files = sorted(_fonts_dir().glob(_FONT_GLOB))
    families = QFontDatabase.applicationFontFamilies(
        QFontDatabase.addApplicationFont(str(files[-1]))
    ) if files else []  # fmt: skip
    if not families:
        raise IconFontError("The icon font could not be loaded.")
    return families[0]


def glyph(name: str) -> str:
    """The character of icon ``name`` ("mdi6.printer"); KeyError for a name not in the set."""
    prefix, _, bare = name.partition(".")
    code = charmap().get(bare) if prefix == PREFIX else None
    if code is None:
        raise KeyError(f"no icon named {name!r} in the icon font")
    return chr(int(code, 16))


@dataclass(frozen=True)
class GlyphColors:
    """The glyph's colour in each mode (qtawesome's color, color_active, color_selected…)."""

    normal: QColor
    disabled: QColor

    def for_mode(self, mode: QIcon.Mode) -> QColor:
        return self.disabled if mode == QIcon.Mode.Disabled else self.normal


class GlyphIconEngine(QIconEngine):
    """Draws one character of the icon font at any size, in the mode's colour."""

    def __init__(self, char: str, colors: GlyphColors) -> None:
        super().__init__()
        self.char, self.colors = char, colors

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        painter.setPen(self.colors.for_mode(mode))
        font = QFont()
        font.setFamily(font_family())
        font.setPixelSize(round(GLYPH_SCALE * rect.height()))
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return GlyphIconEngine(self.char, self.colors)


def glyph_icon(name: str, color: QColor, disabled: QColor) -> QIcon:
    """Icon ``name`` drawn in ``color``, and in ``disabled`` when its action is disabled."""
    return QIcon(GlyphIconEngine(glyph(name), GlyphColors(QColor(color), QColor(disabled))))
