"""Every per-user setting declared once, with its type, default and title, on QSettings.

Preferences (things a person chooses in Edit > Preferences) live under
``preferences/``; saved window state (geometry, header layout) lives apart
under ``window/`` so resetting one never touches the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QPoint, QRect, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type
    default: T
    title: str = ""
    zero_text: str = ""  # shown instead of 0 in a number box, e.g. "Never"
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, what the list shows)
    suffix: str = " minutes"  # after a number


def _tr(text: object) -> str:
    """A preference's text in the interface's language."""
    return QCoreApplication.translate("Preferences", str(text)) if text else ""


# Preferences. Their texts are marked QT_TRANSLATE_NOOP("Preferences", ...) below.
_MARKED = (
    QT_TRANSLATE_NOOP("Preferences", "Show closed cases in the caseload"),
    QT_TRANSLATE_NOOP("Preferences", "Refresh the caseload every"),
    QT_TRANSLATE_NOOP("Preferences", "Never"),
    QT_TRANSLATE_NOOP("Preferences", " minutes"),
    QT_TRANSLATE_NOOP("Preferences", "Text size"),
    QT_TRANSLATE_NOOP("Preferences", "As the system"),
    QT_TRANSLATE_NOOP("Preferences", "Theme"),
    QT_TRANSLATE_NOOP("Preferences", "Light"),
    QT_TRANSLATE_NOOP("Preferences", "Dark"),
    QT_TRANSLATE_NOOP("Preferences", "The caseload opens on"),
    QT_TRANSLATE_NOOP("Preferences", "The usual one for my role"),
    QT_TRANSLATE_NOOP("Preferences", "My caseload"),
    QT_TRANSLATE_NOOP("Preferences", "My team's caseload"),
    QT_TRANSLATE_NOOP("Preferences", "Lock the window after idle for"),
    QT_TRANSLATE_NOOP("Preferences", "The agency's limit"),
    QT_TRANSLATE_NOOP("Preferences", "Language"),
)
SHOW_CLOSED = Setting("preferences/show_closed", bool, False, "Show closed cases in the caseload")
REFRESH_MINUTES = Setting(
    "preferences/refresh_minutes", int, 0, "Refresh the caseload every", zero_text="Never"
)
FONT_SIZE = Setting(
    "preferences/font_size", str, "", "Text size",
    choices=(("", "As the system"), *((str(n), f"{n} pt") for n in (9, 10, 11, 12, 14, 16))),
)  # fmt: skip
THEME = Setting(
    "preferences/theme", str, "system", "Theme",
    choices=(("system", "As the system"), ("light", "Light"), ("dark", "Dark")),
)  # fmt: skip
CASELOAD_SCOPE = Setting(
    "preferences/caseload_scope", str, "", "The caseload opens on",
    choices=(("", "The usual one for my role"), ("mine", "My caseload"),
             ("team", "My team's caseload")),
)  # fmt: skip
IDLE_LOCK_MINUTES = Setting(
    "preferences/idle_lock_minutes", int, 0, "Lock the window after idle for",
    zero_text="The agency's limit",
)  # fmt: skip
# Each language in its own name, so a person who cannot read the current one finds theirs.
LANGUAGE = Setting(
    "preferences/language", str, "", "Language",
    choices=(("", "As the system"), ("en", "English"), ("es", "Español")),
)  # fmt: skip
PREFERENCES: tuple[Setting[Any], ...] = (
    SHOW_CLOSED, REFRESH_MINUTES, FONT_SIZE, THEME, CASELOAD_SCOPE, IDLE_LOCK_MINUTES, LANGUAGE,
)  # fmt: skip


def lock_minutes(agency_limit: int, chosen: int) -> int:
    """The idle lock's minutes: the person's choice, never longer than the agency's limit."""
    return min(chosen, agency_limit) if chosen > 0 else agency_limit


# Window state.
GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray())
CASELOAD_HEADER = Setting("window/caseload_header", QByteArray, QByteArray())
RECORD_SPLITTER = Setting("window/record_splitter", QByteArray, QByteArray())
WINDOW_STATE_KEYS: tuple[Setting[Any], ...] = (
    GEOMETRY,
    WINDOW_STATE,
    CASELOAD_HEADER,
    RECORD_SPLITTER,
)


class Settings:
    """Typed access to QSettings through the declarations above."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings()

    def value(self, setting: Setting[T]) -> T:
        if not self.store.contains(setting.key):
            return setting.default
        if setting.type is QByteArray:
            raw = self.store.value(setting.key)
            return raw if isinstance(raw, QByteArray) else setting.default  # type: ignore[return-value]
        try:
            return cast(T, self.store.value(setting.key, setting.default, type=setting.type))
        except (TypeError, ValueError):
            return setting.default

    def set_value(self, setting: Setting[T], value: T | Any) -> None:
        self.store.setValue(setting.key, value)

    def reset_window_state(self) -> None:
        for setting in WINDOW_STATE_KEYS:
            self.store.remove(setting.key)

    def sync(self) -> None:
        self.store.sync()


def restore_geometry(widget: QWidget, settings: Settings, default_size: tuple[int, int]) -> None:
    """Restore a window's saved geometry, then pull it back onto a screen if it is off one."""
    saved = settings.value(GEOMETRY)
    if saved.isEmpty() or not widget.restoreGeometry(saved):
        widget.resize(*default_size)
    keep_on_screen(widget)


def keep_on_screen(widget: QWidget) -> None:
    """Move and shrink ``widget`` so that it fits the screen it is (mostly) on."""
    frame = widget.frameGeometry()
    screen = QGuiApplication.screenAt(frame.center()) or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area: QRect = screen.availableGeometry()
    if area.isEmpty():
        return
    width = min(widget.width(), area.width())
    height = min(widget.height(), area.height())
    if (width, height) != (widget.width(), widget.height()):
        widget.resize(width, height)
    frame = widget.frameGeometry()
    # Clamp to the far edge first, then the near one: a window larger than the screen
    # (its minimum size) keeps its title bar on the screen.
    x = max(min(frame.left(), area.right() - frame.width() + 1), area.left())
    y = max(min(frame.top(), area.bottom() - frame.height() + 1), area.top())
    if QPoint(x, y) != frame.topLeft():
        widget.move(x, y)


class PreferencesDialog(QDialog):
    """Edit every declared preference: a check box for a flag, a list for a choice, a
    number box for a count. ``idle_limit``: the agency's idle-lock minutes, the most a
    person may choose."""

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, idle_limit: int = 120
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        form = QFormLayout()
        self.editors: dict[str, QWidget] = {}
        for setting in PREFERENCES:
            editor: QWidget
            if setting.type is bool:
                editor = QCheckBox(_tr(setting.title))
                editor.setChecked(settings.value(setting))
                form.addRow(editor)
            elif setting.choices:
                editor = QComboBox()
                for value, text in setting.choices:
                    editor.addItem(_tr(text), value)
                editor.setCurrentIndex(max(editor.findData(settings.value(setting)), 0))
                form.addRow(self.tr("%1:").replace("%1", _tr(setting.title)), editor)
            else:
                editor = QSpinBox()
                limit = idle_limit if setting is IDLE_LOCK_MINUTES else 240
                editor.setRange(0, limit)
                editor.setSuffix(_tr(setting.suffix))
                editor.setSpecialValueText(_tr(setting.zero_text))
                editor.setValue(min(settings.value(setting), limit))
                form.addRow(self.tr("%1:").replace("%1", _tr(setting.title)), editor)
            editor.setAccessibleName(_tr(setting.title))
            self.editors[setting.key] = editor
        self.editors[IDLE_LOCK_MINUTES.key].setToolTip(
            self.tr("At most the agency's limit of %n minute(s)", "", idle_limit)
        )
        self.editors[LANGUAGE.key].setToolTip(
            self.tr("Windows opened from now on use it; all of them after a restart")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _on_buttons_accepted(self) -> None:
        for setting in PREFERENCES:
            editor = self.editors[setting.key]
            if isinstance(editor, QCheckBox):
                self.settings.set_value(setting, editor.isChecked())
            elif isinstance(editor, QSpinBox):
                self.settings.set_value(setting, editor.value())
            elif isinstance(editor, QComboBox):
                self.settings.set_value(setting, editor.currentData())
        self.settings.sync()
        from imh_desktop.ui.common.i18n import install_language

        install_language(str(self.settings.value(LANGUAGE)))
        self.accept()
