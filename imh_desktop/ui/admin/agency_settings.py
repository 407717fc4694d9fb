"""Tools > Agency settings…: the agency's working hours (days, start and end of the day).

Visits planned outside them are flagged in the calendar, in "This week" and
when a visit is planned; a flag is a warning, never a refusal. The service
checks the hours (the day ends after it starts, at least one working day) and
audits the change; Save publishes ``Part.SETTINGS`` so open windows read again.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QWidget,
)

from imh_desktop.domain.planning import DAY_NAMES
from imh_desktop.services.admin.agency import get_settings
from imh_desktop.ui.admin.settings_dialog import SettingsDialog, settings_action
from imh_desktop.ui.common.context import AppContext


class AgencySettingsDialog(SettingsDialog):
    """The working days (a box each) and the working day's start and end (HH:MM)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Agency settings"))
        self.intro.setText(self.tr(
            "Visits planned on other days or at other times are flagged ⚠ in the calendar, "
            "in “This week” and when a visit is planned. The flag is a warning: a visit "
            "can still be planned outside these hours."
        ))  # fmt: skip
        hours = get_settings(ctx.svc).working_hours
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
        self.lay_out(form, grow=False)
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
        refused = self.save(lambda current: replace(
            current, working_days=days, working_start=self.start.text().strip(),
            working_end=self.end.text().strip(),
        ))  # fmt: skip
        if refused is None:
            self.accept()
            return
        field = {"working_start": self.start, "working_end": self.end}.get(refused.field or "")
        (field or self.day_boxes[0]).setFocus()


def agency_settings_action(ctx: AppContext, parent: QWidget) -> QAction | None:
    """The Tools menu's "Agency settings…" (working hours)."""

    return settings_action(
        ctx, parent, QCoreApplication.translate("AgencySettings", "&Agency settings (working hours)…"),  # noqa: E501
        QCoreApplication.translate("AgencySettings", "The agency's working days and hours, for the planning warnings"),  # noqa: E501
        lambda: AgencySettingsDialog(ctx, parent),
    )  # fmt: skip
