"""The application's look from the person's preferences: text size and light or dark theme.

``apply_appearance(app, settings)`` runs at start-up and after Preferences is
saved. "As the system" keeps the platform's font and colour scheme; a chosen size
changes the application font (every window follows); dark and light set the
colour scheme (Qt's style hints) and a matching palette, so that the offscreen
and older platforms that ignore the hint show it too.

Focus is always visible: :class:`FocusRingStyle` (installed by
``install_focus_ring``, which ``apply_appearance`` calls) draws a two-pixel ring
in a colour that stands out on the theme around whatever has the keyboard focus
(a button, check box, tab, the current table cell, a line edit or combo box),
whether focus came by keyboard or mouse; the platform styles often draw
nothing, or a faint dotted line only after a Tab.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QTableView,
    QWidget,
)

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


def focus_color(palette: QPalette) -> QColor:
    """The focus ring's colour: dark blue on a light theme, light blue on a dark one."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#8ab4f8") if dark else QColor("#0b57d0")


def draw_focus_ring(painter: QPainter, rect: QRect, palette: QPalette) -> None:
    """A two-pixel ring just inside ``rect``, with a one-pixel line of the base colour within."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    pen = QPen(focus_color(palette), 2)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.drawRect(rect.adjusted(1, 1, -1, -1))
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 1))
    painter.drawRect(rect.adjusted(2, 2, -3, -3))
    painter.restore()


def _has_focus(option: QStyleOption) -> bool:
    return bool(option.state & QStyle.StateFlag.State_HasFocus)


class FocusRingStyle(QProxyStyle):
    """The platform's style, with a focus ring that is always drawn and always clear."""

    def drawPrimitive(
        self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:  # fmt: skip
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            draw_focus_ring(painter, option.rect, option.palette)
            return
        super().drawPrimitive(element, option, painter, widget)
        line_edit = (QStyle.PrimitiveElement.PE_FrameLineEdit,
                     QStyle.PrimitiveElement.PE_PanelLineEdit)  # fmt: skip
        if element in line_edit and _has_focus(option):
            draw_focus_ring(painter, option.rect, option.palette)

    def drawControl(
        self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().drawControl(element, option, painter, widget)
        if widget is None or not widget.hasFocus():
            return
        if element == QStyle.ControlElement.CE_PushButton or (
            element == QStyle.ControlElement.CE_TabBarTab
            and option.state & QStyle.StateFlag.State_Selected
        ):
            draw_focus_ring(painter, option.rect, option.palette)

    def drawComplexControl(
        self, control: QStyle.ComplexControl, option: QStyleOptionComplex, painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().drawComplexControl(control, option, painter, widget)
        focused = _has_focus(option)
        if (
            control in (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox)
            and focused
        ):
            draw_focus_ring(painter, option.rect, option.palette)


_STYLES: list[FocusRingStyle] = []  # a style Qt uses must outlive every widget: kept here


def platform_style(owner: QWidget) -> QStyle:
    """A new instance of the platform's style, not wrapped in :class:`FocusRingStyle`, for
    ``owner`` alone: its child, since Qt deletes a widget's own style with the widget."""
    app_style = QApplication.style()
    if isinstance(app_style, QProxyStyle):  # FocusRingStyle: the platform's is within
        app_style = app_style.baseStyle()
    style = QStyleFactory.create(app_style.name()) or QStyleFactory.create("Fusion")
    style.setParent(owner)
    return style


class RingTable(QTableView):
    """A table whose cells the platform's style paints with no call into Python per cell.

    Under :class:`FocusRingStyle` every cell of a table is a few calls into Python
    (``drawControl``, ``drawPrimitive``): a screenful of the caseload took about 40 ms to
    paint instead of 15. The tables with many rows paint with the platform's own style
    and draw the ring of the current cell themselves, once per paint.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyle(platform_style(self))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        current = self.currentIndex()
        if not self.hasFocus() or not current.isValid():
            return
        rect = self.visualRect(current)
        if rect.isValid():
            painter = QPainter(self.viewport())
            draw_focus_ring(painter, rect, self.palette())
            painter.end()


def install_focus_ring(app: QApplication) -> None:
    """Wrap the application's style in :class:`FocusRingStyle` (once)."""
    if isinstance(app.style(), FocusRingStyle):
        return
    style = FocusRingStyle(app.style().name())
    _STYLES.append(style)
    app.setStyle(style)


def apply_appearance(app: QApplication, settings: Settings) -> None:
    """Apply the text size and theme chosen in Preferences to the whole application.

    The focus ring is always installed; nothing else is touched while both are
    "as the system" and were never changed."""
    install_focus_ring(app)
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
