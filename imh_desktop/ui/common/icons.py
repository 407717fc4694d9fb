"""The application's icon, and the menu and toolbar icons, drawn in the palette's colours.

The window icon is the SVG in ``imh_desktop/resources/icons`` (drawn from
``resources/icons/imh-desktop.svg`` at the top of the repository). Menu and
toolbar icons come from one set, Material Design Icons, drawn from the font
``qtawesome`` ships (``icon_font``: nothing is downloaded), and take the
palette's text colour, so they read in light and dark themes and follow a
change of theme while the app runs.

:data:`ACTION_ICONS` maps each window helper's class and its action
attributes (``MainActions.new_family_action`` …) to an icon name; a helper
another module adds shows up by adding its row here. :func:`install_icons`
applies them once the window is built and again when the palette changes.
"""

from __future__ import annotations

import functools
from importlib import resources

from PySide6.QtCore import QByteArray, QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from imh_desktop.ui.common.icon_font import glyph_icon

APP_ICON_FILE = "imh-desktop.svg"
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The Linux desktop entry (resources/linux/<id>.desktop) and the icon's name on the desktop.
DESKTOP_ID = "org.imhdesktop.IMHDesktop"

# Helper class name -> {action attribute -> qtawesome icon name}.
ACTION_ICONS: dict[str, dict[str, str]] = {
    "MainActions": {
        "print_action": "mdi6.printer",
        "export_action": "mdi6.file-export",
        "close_tab_action": "mdi6.tab-remove",
        "quit_action": "mdi6.exit-to-app",
        "open_by_case_action": "mdi6.card-search",
        "find_action": "mdi6.magnify",
        "search_records_action": "mdi6.text-search",
        "preferences_action": "mdi6.cog",
        "refresh_action": "mdi6.refresh",
        "new_family_action": "mdi6.home-plus",
        "open_family_action": "mdi6.folder-open",
        "edit_family_action": "mdi6.home-edit",
        "close_case_action": "mdi6.archive",
        "reopen_action": "mdi6.archive-arrow-up",
        "hold_action": "mdi6.pause-circle",
        "reassign_action": "mdi6.account-switch",
        "show_visits_action": "mdi6.format-list-checks",
        "about_action": "mdi6.information",
        "team_action": "mdi6.account-group",
    },
    "VisitActions": {
        "new_note_action": "mdi6.note-plus",
        "unsigned_action": "mdi6.note-alert",
        "week_action": "mdi6.calendar-week",
    },
    "ReportActions": {
        "progress_action": "mdi6.chart-line",
        "handout_action": "mdi6.book-open-variant",
        "caseload_action": "mdi6.file-table",
        "batch_action": "mdi6.file-multiple",
    },
    "BackupActions": {"backups_action": "mdi6.backup-restore"},
    "AuditActions": {
        "log_action": "mdi6.shield-search",
        "check_action": "mdi6.shield-check",
        "access_action": "mdi6.eye",
    },
    "AccountActions": {
        "password_action": "mdi6.key",
        "lock_action": "mdi6.lock",
        "switch_action": "mdi6.account-key",
        "staff_action": "mdi6.account-cog",
    },
}


def app_icon() -> QIcon:
    """The application's icon (window title bars, task bars, dialogs), drawn at every size.

    The SVG is read as bytes and drawn here, so the icon needs no file path
    and no icon-engine plugin (a one-folder build serves its data from inside).
    """
    data = (resources.files("imh_desktop") / "resources" / "icons" / APP_ICON_FILE).read_bytes()
    renderer = QSvgRenderer(QByteArray(data))
    icon = QIcon()
    for size in APP_ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(QPixmap.fromImage(image))
    return icon


def action_icon(name: str, palette: QPalette) -> QIcon:
    """Icon ``name`` ("mdi6.printer") in ``palette``'s text colour (greyed when disabled)."""
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if disabled == text:  # some styles give no disabled colour: fade the text's
        disabled = QColor(text)
        disabled.setAlphaF(0.4)
    return _icon(name, text.rgba(), disabled.rgba())


# One icon per name and colours: the window applies its icons when built, when first shown
# and on every palette change, and each QIcon keeps its own pixmap cache.
@functools.lru_cache(maxsize=512)
def _icon(name: str, text_rgba: int, disabled_rgba: int) -> QIcon:
    return glyph_icon(name, QColor.fromRgba(text_rgba), QColor.fromRgba(disabled_rgba))


def helper_actions(window: QWidget) -> list[tuple[str, QAction]]:
    """(icon name, action) for every action of the window's helpers named in ACTION_ICONS.

    The helpers are the window's direct children (each is made with the window
    as its parent). Only those are looked at: walking every descendant made a
    Python wrapper for each of the window's ~200 objects, and at start-up the
    enum classes of their types (~20 ms of CPU).
    """
    found = []
    for helper in window.findChildren(QObject, options=Qt.FindChildOption.FindDirectChildrenOnly):
        names = ACTION_ICONS.get(type(helper).__name__)
        for attribute, icon_name in (names or {}).items():
            action = getattr(helper, attribute, None)
            if isinstance(action, QAction):
                found.append((icon_name, action))
    return found


def apply_icons(window: QWidget) -> int:
    """Give the window's actions their icons in its current palette; how many got one."""
    palette = window.palette()
    actions = helper_actions(window)
    for icon_name, action in actions:
        icon = action_icon(icon_name, palette)
        if action.icon().cacheKey() != icon.cacheKey():  # unchanged: no relayout of its menus
            action.setIcon(icon)
    return len(actions)


class _IconKeeper(QObject):
    """Applies the icons when the window is first shown and whenever its palette changes."""

    EVENTS = (QEvent.Type.Show, QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.EVENTS and isinstance(watched, QWidget):
            apply_icons(watched)
        return False


def install_icons(window: QMainWindow) -> None:
    """Icons on ``window``'s actions now, for helpers added later, and after theme changes."""
    apply_icons(window)
    keeper = _IconKeeper(window)
    window.installEventFilter(keeper)


def install_app_icon() -> None:
    """Every window's icon: the application's; and the name of its desktop entry."""
    QApplication.setWindowIcon(app_icon())
    QApplication.setDesktopFileName(DESKTOP_ID)
