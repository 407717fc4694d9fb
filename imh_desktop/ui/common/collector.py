"""Python's cycle collector, run on the GUI thread only.

Python collects reference cycles in whichever thread happens to allocate when
a generation's threshold is crossed: in this app also the runner's pool
threads (reads and saves) and the live-updates thread. A cycle that holds a
widget's wrapper (a dialog and a slot that refers back to it, say) would then
delete that widget from a thread that is not the GUI thread, which Qt does not
allow and which can crash the program outside any Python ``try``.
:class:`GuiThreadCollector` switches the automatic collector off and runs it
from a timer on the GUI thread, generation by generation, with the same
thresholds Python uses.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """While it lives, garbage cycles are collected on the thread that made it (the GUI's)."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.was_enabled = gc.isenabled()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> int:
        """Collect the generations past their thresholds now; the number of objects found."""
        counts = gc.get_count()
        found = 0
        if counts[0] > self.thresholds[0]:
            found += gc.collect(0)
            if counts[1] > self.thresholds[1]:
                found += gc.collect(1)
                if counts[2] > self.thresholds[2]:
                    found += gc.collect(2)
        return found

    def stop(self) -> None:
        """Back to Python's own collector (as it was before), the timer stopped."""
        self.timer.stop()
        if self.was_enabled:
            gc.enable()
