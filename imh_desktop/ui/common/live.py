"""Live updates: colleagues' committed writes, put on this window's change bus.

One background thread per signed-in session waits on the backend's change
source (``services.common.live``: LISTEN/NOTIFY on PostgreSQL, ``PRAGMA
data_version`` polling on SQLite and SQLCipher) and hands what it hears to
the GUI thread through a queued signal. There each change is published on
``ctx.bus`` as if it had been saved here, so the caseload row and the open
record refresh exactly what it touched, keeping selection, scroll and any
unsaved edits (views refresh in place; the note editor never reloads its
text).

The source is opened on the thread; if the connection fails or the server
drops it, the thread waits (``RETRY_S``, growing) and opens it again, and
then publishes an agency-wide "everything" change, since notices may have
been missed meanwhile. ``stop`` ends the thread and closes its connection;
it is called on sign-out and close, and before the application quits.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QAbstractItemView, QTableView

from imh_desktop.data.db import Database
from imh_desktop.services.common.changes import Change
from imh_desktop.services.common.live import EVERYTHING, ChangeSource, coalesce, open_source
from imh_desktop.ui.common.context import AppContext

log = logging.getLogger(__name__)

POLL_S = 0.5  # SQLite: between two looks at data_version; PostgreSQL: notices gathered
RETRY_S = (1.0, 2.0, 5.0, 10.0)  # waits before opening the source again, then the last


class LiveUpdates(QObject):
    """Brings other processes' changes onto ``ctx.bus`` (see the module docstring).

    ``arrived`` carries one batch (a list of coalesced changes) to the GUI thread.
    """

    arrived = Signal(object)

    def __init__(
        self, ctx: AppContext, parent: QObject | None = None, *, poll_s: float = POLL_S,
        opener: Callable[[Database], ChangeSource] = open_source,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx = ctx
        self.poll_s = poll_s
        self.opener = opener
        self.delivered = 0  # changes published, for tests and the cost measured in the docs
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.arrived.connect(self._publish)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Start listening (once); nothing happens on a locked (not yet opened) database."""
        if self.running or self.ctx.db.locked:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="imh-live-updates", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop listening and wait for the thread to end (within one poll)."""
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=5 * self.poll_s + 10)

    def _run(self) -> None:
        source: ChangeSource | None = None
        failures = 0
        while not self._stop.is_set():
            try:
                if source is None:
                    source = self.opener(self.ctx.db)
                    if failures:  # notices may have been missed while it was away
                        self.arrived.emit([EVERYTHING])
                    failures = 0
                changes = source.wait(self.poll_s)
                if changes:
                    self.arrived.emit(changes)
                if self.ctx.db.is_sqlite:
                    self._stop.wait(self.poll_s)
            except Exception as exc:  # the server went away, the file is busy: try again
                log.warning("Live updates paused (%s); trying again.", type(exc).__name__)
                _closed(source)
                source = None
                self._stop.wait(RETRY_S[min(failures, len(RETRY_S) - 1)])
                failures += 1
        _closed(source)

    def _publish(self, changes: list[Change]) -> None:
        """On the GUI thread: each change on the bus, as if it had been saved here."""
        if self._stop.is_set():
            return
        for change in coalesce(changes):
            self.delivered += 1
            self.ctx.bus.publish_remote(change)


def _closed(source: ChangeSource | None) -> None:
    if source is not None:
        try:
            source.close()
        except Exception:  # a connection the server already dropped
            log.debug("A live-updates connection could not be closed cleanly.")


@contextmanager
def keep_place(table: QAbstractItemView, key_of_row: Callable[[int], object]) -> Iterator[None]:
    """Reload ``table``'s model inside: the selected row (by ``key_of_row``) and scroll stay.

    For lists a colleague's change reloads while the user is looking at them.
    """
    model = table.model()
    selection = table.selectionModel()
    rows = selection.selectedRows() if selection is not None else []
    chosen = key_of_row(rows[0].row()) if rows else None
    bars = (table.verticalScrollBar(), table.horizontalScrollBar())
    scrolled = [bar.value() for bar in bars]
    yield
    if chosen is not None:
        row = next((r for r in range(model.rowCount()) if key_of_row(r) == chosen), None)
        if row is not None:
            if isinstance(table, QTableView):
                table.selectRow(row)
    for bar, value in zip(bars, scrolled, strict=True):
        bar.setValue(min(value, bar.maximum()))
