"""Reads the team dashboard's data off the GUI thread.

Threading contract: ``TeamLoader.load`` starts the read on Qt's global
thread pool; the result (or the exception) comes back on the GUI thread
through ``loaded`` / ``failed``, tagged with the request number, and only the
newest request's answer is delivered, so a quick change of period never
shows an older answer. Each read opens its own database session.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    done = Signal(int, object)
    error = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, number: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.number, self.work, self.relay = number, work, relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # handed to the GUI thread, which shows it
            self._emit(self.relay.error, exc)
        else:
            self._emit(self.relay.done, result)

    def _emit(self, signal: Any, value: object) -> None:
        try:
            signal.emit(self.number, value)
        except RuntimeError:  # the view was closed while this ran: nobody to tell
            pass


class TeamLoader(QObject):
    """Runs one read at a time in the background and reports the newest one."""

    loaded = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._number = 0
        self._pending = False
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_relay_done)
        self._relay.error.connect(self._on_relay_error)

    @property
    def busy(self) -> bool:
        """True while the newest request has not answered."""
        return self._pending

    def load(self, work: Callable[[], Any]) -> None:
        """Start ``work`` in the thread pool; earlier unfinished requests are forgotten."""
        self._number += 1
        self._pending = True
        QThreadPool.globalInstance().start(_Job(self._number, work, self._relay))

    @Slot(int, object)
    def _on_relay_done(self, number: int, result: object) -> None:
        if number == self._number:
            self._pending = False
            self.loaded.emit(result)

    @Slot(int, object)
    def _on_relay_error(self, number: int, exc: object) -> None:
        if number == self._number:
            self._pending = False
            self.failed.emit(exc)
