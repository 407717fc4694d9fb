"""A small busy bar for the status bar while reads and saves run off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressBar, QWidget

from imh_desktop.ui.common.tasks import Activity

# Work that ends sooner than this never shows the bar, so quick reads do not flicker.
SHOW_AFTER_MS = 400


class BusyIndicator(QProgressBar):
    """An indeterminate bar that appears when background work has run for a moment."""

    def __init__(self, activity: Activity, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 0)
        self.setMaximumWidth(120)
        self.setMaximumHeight(14)
        self.setTextVisible(False)
        self.setAccessibleName(self.tr("Working"))
        self.setToolTip(self.tr("Reading or saving in the background…"))
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_AFTER_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._activity = activity
        activity.changed.connect(self._on_activity_changed)

    def _on_activity_changed(self, running: int) -> None:
        if running and not self._timer.isActive() and self.isHidden():
            self._timer.start()
        elif not running:
            self._timer.stop()
            self.hide()

    def _on_timer_timeout(self) -> None:
        if self._activity.running:
            self.show()
