"""Python's cycle collector, run on the GUI thread only, and held while the app starts.

Python collects reference cycles in whichever thread happens to allocate when
a generation's threshold is crossed: in this app also the runner's pool
threads (reads and saves) and the live-updates thread. A cycle that holds a
widget's wrapper (a dialog and a slot that refers back to it, say) would then
delete that widget from a thread that is not the GUI thread, which Qt does not
allow and which can crash the program outside any Python ``try``.
:class:`GuiThreadCollector` switches the automatic collector off and runs it
from a timer on the GUI thread, generation by generation, with the same
thresholds Python uses.

Start-up: the GUI's entry (``app.hold_cycle_collection``, before its imports)
switches the collector off, and a collector made with ``hold`` collects
nothing until the main window's first caseload has been painted
(:func:`settle_after_next_paint`); the start-up allocates a few hundred thousand
objects that live for the whole session (modules, classes, the window) and
collecting them again and again on the way cost a quarter of its CPU. Then
:meth:`GuiThreadCollector.settle` runs one full collection and freezes what
survives (``gc.freeze``): later collections no longer walk it. Frozen objects
are never collected as cycles, so before a window made then is dropped (sign-out,
a restore) :func:`thaw` unfreezes them and the next pass collects everything.
If no paint comes (a failed read, an empty screen), the hold ends after
``HOLD_LIMIT_MS`` all the same.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

INTERVAL_MS = 500
HOLD_LIMIT_MS = 60_000
FULL_PASSES_AFTER_THAW = 2

_running: GuiThreadCollector | None = None  # the program's collector, while it runs


class GuiThreadCollector(QObject):
    """While it lives, garbage cycles are collected on the thread that made it (the GUI's).

    With ``hold``, nothing is collected until :meth:`settle` (module docstring).
    ``was_enabled``: whether Python's own collector was on before the program
    switched it off (restored by :meth:`stop`); by default, whether it is on now.
    """

    def __init__(
        self,
        parent: QObject | None = None,
        interval_ms: int = INTERVAL_MS,
        hold: bool = False,
        was_enabled: bool | None = None,
    ) -> None:
        global _running
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.was_enabled = gc.isenabled() if was_enabled is None else was_enabled
        gc.disable()
        self.held = hold
        self.full_due = 0  # thaw(): the next passes collect every generation
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        if hold:
            QTimer.singleShot(HOLD_LIMIT_MS, self, self.settle)
        _running = self

    def check(self) -> int:
        """Collect the generations past their thresholds now; the number of objects found."""
        if self.held:
            return 0
        if self.full_due:
            self.full_due -= 1
            return gc.collect()
        counts = gc.get_count()
        found = 0
        if counts[0] > self.thresholds[0]:
            found += gc.collect(0)
            if counts[1] > self.thresholds[1]:
                found += gc.collect(1)
                if counts[2] > self.thresholds[2]:
                    found += gc.collect(2)
        return found

    def settle(self) -> None:
        """The start-up is over: its garbage collected, the rest frozen, collecting resumes."""
        if not self.held:
            return
        self.held = False
        gc.collect()
        gc.freeze()

    def stop(self) -> None:
        """Back to Python's own collector (as it was before), the timer stopped."""
        global _running
        self.timer.stop()
        self.held = False
        if _running is self:
            _running = None
        if self.was_enabled:
            gc.enable()


def running() -> GuiThreadCollector | None:
    """The collector of the program, if one runs."""
    return _running


def settle_after_next_paint(widget: QWidget) -> None:
    """Settle a held collector once ``widget`` has been painted (the first caseload, say)."""
    if _running is not None and _running.held:
        widget.installEventFilter(_PaintThenSettle(widget))


def thaw() -> None:
    """Before windows made while starting are dropped: frozen objects collectable again.

    The running collector's next two passes collect every generation, so a
    window closed at sign-out does not outlive them (the second comes after
    the window's deferred deletion, whichever of the two Qt runs first).
    """
    gc.unfreeze()
    if _running is not None:
        _running.full_due = FULL_PASSES_AFTER_THAW


class _PaintThenSettle(QObject):
    """After the first paint of the widget it watches, the start-up's collector settles."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, _settle_running)  # once this paint has been handled
            self.deleteLater()
        return False


def _settle_running() -> None:
    if _running is not None:
        _running.settle()
