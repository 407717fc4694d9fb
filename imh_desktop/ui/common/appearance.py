"""The application's look from the person's preferences: text size and light or dark theme.

``apply_appearance(app, settings)`` runs at start-up and after Preferences is
saved. "As the system" keeps the platform's font and colour scheme; a chosen size
changes the application font (every window follows); dark and light set the
colour scheme (Qt's style hints) and a matching palette, so that the offscreen
and older platforms that ignore the hint show it too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from imh_desktop.ui.common.settings import FONT_SIZE, THEME, Settings

_BASE_FONT = "imh_base_font"  # the application property keeping the system font


def dark_palette() -> QPalette:
    """A readable dark palette (text contrast above 7:1 on the window colour)."""
    p = QPalette()
    window, base, text = QColor(45, 45, 48), QColor(30, 30, 32), QColor(235, 235, 235)
    for role, color in (
        (QPalette.ColorRole.Window, window), (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base), (QPalette.ColorRole.AlternateBase, QColor(40, 40, 44)),
        (QPalette.ColorRole.Text, text), (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, text), (QPalette.ColorRole.ToolTipBase, base),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.Highlight, QColor(53, 132, 228)),
        (QPalette.ColorRole.HighlightedText, QColor(255, 255, 255)),
        (QPalette.ColorRole.Link, QColor(120, 180, 255)),
        (QPalette.ColorRole.PlaceholderText, QColor(160, 160, 160)),
    ):  # fmt: skip
        p.setColor(role, color)
    disabled = QColor(140, 140, 140)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):  # fmt: skip
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def apply_appearance(app: QApplication, settings: Settings) -> None:
    """Apply the text size and theme chosen in Preferences to the whole application.

    Nothing is touched while both are "as the system" and were never changed."""
    theme, size = settings.value(THEME), settings.value(FONT_SIZE)
    if theme == "system" and not size and app.property(_BASE_FONT) is None:
        return
    base = app.property(_BASE_FONT)
    if not isinstance(base, QFont):
        base = QFont(app.font())
        app.setProperty(_BASE_FONT, base)
    font = QFont(base)
    if size.isdigit():
        font.setPointSize(int(size))
    app.setFont(font)
    scheme = {"dark": Qt.ColorScheme.Dark, "light": Qt.ColorScheme.Light}.get(
        theme, Qt.ColorScheme.Unknown
    )
    QGuiApplication.styleHints().setColorScheme(scheme)
    app.setPalette(dark_palette() if theme == "dark" else app.style().standardPalette())
