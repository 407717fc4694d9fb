"""Tools > Agency settings…: the agency's working hours (days, start and end of the day).

Visits planned outside them are flagged in the calendar, in "This week" and
when a visit is planned; a flag is a warning, never a refusal. The service
checks the hours (the day ends after it starts, at least one working day) and
audits the change; Save publishes ``Part.SETTINGS`` so open windows read again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.permissions import Permission
from imh_desktop.domain.planning import DAY_NAMES
from imh_desktop.services.admin.agency import AgencySettings, get_settings, save_settings
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.permissions import may
from imh_desktop.ui.common.widgets import warning_color


class AgencySettingsDialog(QDialog):
    """The working days (a box each) and the working day's start and end (HH:MM)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Agency settings"))
        hours = get_settings(ctx.svc).working_hours
        intro = QLabel(self.tr(
            "Visits planned on other days or at other times are flagged ⚠ in the calendar, "
            "in “This week” and when a visit is planned. The flag is a warning: a visit "
            "can still be planned outside these hours."
        ))  # fmt: skip
        intro.setWordWrap(True)
        names = (
            self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
            self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday"),
        )  # fmt: skip
        days = QGridLayout()
        self.day_boxes: list[QCheckBox] = []
        for number, name in enumerate(names):
            box = QCheckBox(name)
            box.setChecked(number in hours.days)
            days.addWidget(box, number // 4, number % 4)
            self.day_boxes.append(box)
        self.start = self._time_edit(f"{hours.start:%H:%M}", self.tr("The working day starts at"))
        self.end = self._time_edit(f"{hours.end:%H:%M}", self.tr("The working day ends at"))
        form = QFormLayout()
        form.addRow(self.tr("Working days:"), days)
        form.addRow(self.tr("Day &starts at:"), self.start)
        form.addRow(self.tr("Day &ends at:"), self.end)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {warning_color(self.palette()).name()};")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, 300)

    def _time_edit(self, text: str, name: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setMaxLength(5)
        edit.setPlaceholderText(self.tr("HH:MM"))
        edit.setAccessibleName(name)
        edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("00:00") * 3)
        return edit

    def _on_save(self) -> None:
        days = " ".join(DAY_NAMES[i] for i, box in enumerate(self.day_boxes) if box.isChecked())
        refused = save_and_tell(self.ctx, self.error, lambda current: replace(
            current, working_days=days, working_start=self.start.text().strip(),
            working_end=self.end.text().strip(),
        ))  # fmt: skip
        if refused is None:
            self.accept()
            return
        field = {"working_start": self.start, "working_end": self.end}.get(refused.field or "")
        (field or self.day_boxes[0]).setFocus()


def save_and_tell(
    ctx: AppContext, error: QLabel, change: Callable[[AgencySettings], AgencySettings]
) -> DomainError | None:
    """Save the agency's settings as ``change`` makes them and tell the open windows.

    A refusal is shown in ``error`` and returned; nothing is saved then.
    """
    try:
        save_settings(ctx.svc, change(get_settings(ctx.svc)))
    except DomainError as exc:
        error.setText(exc.message)
        error.show()
        return exc
    ctx.bus.publish(Change.of(None, Part.SETTINGS))
    return None


def settings_action(
    ctx: AppContext, parent: QWidget, text: str, tip: str, dialog: Callable[[], QDialog]
) -> QAction | None:
    """A Tools menu item opening ``dialog()``, for those who may change the agency's settings."""
    if not may(ctx, Permission.CLINICAL_SETTINGS):
        return None
    action = QAction(text, parent)
    action.setStatusTip(tip)
    action.triggered.connect(lambda _=False: dialog().open())
    return action


def agency_settings_action(ctx: AppContext, parent: QWidget) -> QAction | None:
    """The Tools menu's "Agency settings…" (working hours)."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("AgencySettings", text)

    return settings_action(
        ctx, parent, tr("&Agency settings (working hours)…"),
        tr("The agency's working days and hours, for the planning warnings"),
        lambda: AgencySettingsDialog(ctx, parent),
    )  # fmt: skip
