"""The open-alert banner: one line per open alert, urgent ones first and in red.

Shown in the family's header and at the top of the visit editor, so an open
alert (a positive screen, a self-harm answer) is in view wherever the family
is worked on, until its follow-up is recorded.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from imh_desktop.domain.enums import AlertKind
from imh_desktop.services.screenings.results import AlertRecord
from imh_desktop.ui.common.labels import label
from imh_desktop.ui.common.local_format import format_date
from imh_desktop.ui.common.screening_words import alert_text
from imh_desktop.ui.common.widgets import alert_colors

_URGENT_STYLE = "background: #a4262c; color: white; border-radius: 4px; padding: 6px 10px;"


def ranked(alerts: Sequence[AlertRecord]) -> list[AlertRecord]:
    """Open alerts, urgent first, then oldest first."""
    return sorted(
        (a for a in alerts if a.is_open),
        key=lambda a: (a.kind is not AlertKind.URGENT, a.opened_on, a.id),
    )


class AlertBanner(QLabel):
    """A banner listing a family's open alerts; hidden when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAccessibleName(self.tr("Open alerts"))
        self.alerts: list[AlertRecord] = []
        self.hide()

    def set_alerts(self, alerts: Sequence[AlertRecord]) -> None:
        """Show ``alerts`` (closed ones are left out); hide when none is open."""
        self.alerts = ranked(alerts)
        if not self.alerts:
            self.clear()
            self.hide()
            return
        lines = [
            self.tr("<b>{kind}</b> — {text} (open since {day})").format(
                kind=escape(label(a.kind)),
                text=escape(alert_text(a.text)),
                day=format_date(a.opened_on),
            )
            for a in self.alerts
        ]
        advice = self.tr("Record the follow-up in the family's Screenings tab.")
        self.setText("<br>".join(lines) + f"<br><i>{advice}</i>")
        if any(a.kind is AlertKind.URGENT for a in self.alerts):
            self.setStyleSheet(_URGENT_STYLE)
        else:
            background, text = alert_colors(self.palette())
            self.setStyleSheet(
                f"background: {background.name()}; color: {text.name()}; "
                "border: 1px solid #b58900; border-radius: 4px; padding: 6px 10px;"
            )
        self.show()

    def plain_text(self) -> str:
        """The banner's lines without markup (for tests and screen readers)."""
        return "\n".join(f"{label(a.kind)} — {alert_text(a.text)}" for a in self.alerts)
