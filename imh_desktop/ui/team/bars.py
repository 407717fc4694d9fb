"""The team dashboard's two bars: the period and the exports; where you are and what opens.

The bars hold their widgets only; the view (``ui.team.view``) connects them
to what they do. They are layouts, not widgets, so the summary's wrapped lines
give the row the height they need.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton

from imh_desktop.services.team.tables import PERIOD_KINDS
from imh_desktop.ui.common.service_texts import service_text
from imh_desktop.ui.common.widgets import DateEdit


class TeamPeriodBar(QHBoxLayout):
    """The period (a kind, or custom first and last days), the dates it covers, the exports."""

    def __init__(self, today: dt.date) -> None:
        super().__init__()
        bar = self
        label = QLabel(self.tr("&Period:"))
        self.period_combo = QComboBox()
        self.period_combo.setAccessibleName(self.tr("Period"))
        for kind, title in PERIOD_KINDS.items():
            self.period_combo.addItem(service_text(title), kind)
        label.setBuddy(self.period_combo)
        self.start_edit = DateEdit(today=today)
        self.end_edit = DateEdit(today=today)
        self.start_edit.setAccessibleName(self.tr("First day"))
        self.end_edit.setAccessibleName(self.tr("Last day"))
        self.to_label = QLabel(self.tr("to"))
        self.period_label = QLabel()
        self.period_error = QLabel()
        self.period_error.setAccessibleName(self.tr("Period error"))
        for widget in (label, self.period_combo, self.start_edit, self.to_label, self.end_edit):
            bar.addWidget(widget)
        bar.addSpacing(8)
        bar.addWidget(self.period_label)
        bar.addWidget(self.period_error)
        bar.addStretch(1)
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.xlsx_button = QPushButton(self.tr("Export Excel…"))
        for button in (self.csv_button, self.xlsx_button):
            button.setToolTip(self.tr("Save the table shown, for the period shown"))
            bar.addWidget(button)
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.pdf_button.setToolTip(
            self.tr("Save the caseload report (PDF) of the team, or of the specialist shown")
        )
        bar.addWidget(self.pdf_button)

    def set_custom_dates_shown(self, shown: bool) -> None:
        """Show the first and last day only for a custom period."""
        for widget in (self.start_edit, self.to_label, self.end_edit):
            widget.setVisible(shown)

    def set_exports_enabled(self, enabled: bool) -> None:
        """The exports work on data on screen: off while a period is read."""
        for button in (self.csv_button, self.xlsx_button, self.pdf_button):
            button.setEnabled(enabled)


class TeamNavBar(QHBoxLayout):
    """Back to the team, where you are, the period's summary, supervision and measures."""

    def __init__(self) -> None:
        super().__init__()
        bar = self
        self.back_button = QPushButton(self.tr("‹ Team"))
        self.back_button.setToolTip(self.tr("Back to the team (Alt+Left)"))
        self.crumb = QLabel()
        font = self.crumb.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.crumb.setFont(font)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        bar.addWidget(self.back_button)
        bar.addWidget(self.crumb)
        bar.addSpacing(12)
        bar.addWidget(self.summary, 1)
        self.supervision_button = QPushButton(self.tr("Reflective &supervision…"))
        self.supervision_button.hide()  # on a specialist's page only
        bar.addWidget(self.supervision_button)
        self.measures_button = QPushButton(self.tr("Program &measures…"))
        self.measures_button.setToolTip(self.tr("Measures for funders, with their definitions"))
        bar.addWidget(self.measures_button)
