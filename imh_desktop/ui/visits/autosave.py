"""The visit editor's draft autosave: off the GUI thread, one write at a time.

Threading contract (GUI thread only, except ``_DraftWrite.run``):

- ``schedule()`` (every edit) restarts a timer; when it runs out the editor's
  state is read from the widgets here, in the GUI thread, and written with
  ``note_drafts.save_draft`` through ``ctx.runner``; the result comes back here.
- While a write is in flight a new tick does not start another one: it asks
  for one more write, started as soon as the first has finished. Two writes
  of the same draft never overlap, and the newest text is written last.
- Before the editor writes synchronously (save, sign, discard, the last draft
  on close) it calls ``settle()``: a write not started yet is cancelled, a
  running one is waited for. No autosave can land after the editor's write
  and bring back a draft it dropped or overwrite newer text.

Each write passes the version of the draft this window holds (``version``:
None before its first draft). A draft saved meanwhile by another window or
process is not overwritten: ``conflict`` is emitted (with the ConflictError,
whose ``current`` is their draft) and writing pauses until the editor has
settled it with ``take_theirs`` or ``overwrite``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from imh_desktop.domain.errors import ConflictError, DomainError
from imh_desktop.services.common.diagnostics import short_reason
from imh_desktop.services.visits import drafts as note_drafts
from imh_desktop.services.visits.records import DraftRecord
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.i18n import user_message
from imh_desktop.ui.common.tasks import run_task
from imh_desktop.ui.visits.editor_layout import local_time

log = logging.getLogger(__name__)

# How long closing or saving waits for a draft write already running (a short
# transaction; the limit only guards against a database that stopped answering).
SETTLE_TIMEOUT_S = 30.0

# What the editor hands over: the note's visit id (None while new) and its state.
Snapshot = Callable[[], tuple[int | None, dict[str, Any]]]


class _DraftWrite:
    """One draft write; a lock decides between the worker starting it and ``cancel_or_wait``."""

    def __init__(self, fn: Callable[[], DraftRecord]) -> None:
        self._fn = fn
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._state = "queued"  # -> "running" or "cancelled"
        self.written = False

    def run(self) -> DraftRecord | None:
        """The work (in the runner's thread): None when cancelled before it started."""
        with self._lock:
            if self._state == "cancelled":
                return None
            self._state = "running"
        try:
            draft = self._fn()
            self.written = True
            return draft
        finally:
            self._done.set()

    def cancel_or_wait(self, timeout: float) -> bool:
        """Cancel the write if not started, else wait for it; True when the draft was stored."""
        with self._lock:
            if self._state == "queued":
                self._state = "cancelled"
                return False
        self._done.wait(timeout)
        return self.written


class DraftAutosave(QObject):
    """Keeps the draft of one note of ``family_id`` up to date while its editor is open."""

    status = Signal(str)  # what the editor's save-status label says
    conflict = Signal(object)  # a ConflictError: another window saved a newer draft

    def __init__(
        self, ctx: AppContext, family_id: int, snapshot: Snapshot, interval_ms: int,
        parent: QObject | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx, self.family_id, self._snapshot = ctx, family_id, snapshot
        self.stale = False  # edits not in a stored draft yet
        self.version: int | None = None  # of the draft this window holds (None: none yet)
        self.paused = False  # a conflict waits for the editor's decision
        self._write: _DraftWrite | None = None
        self._again = False  # a tick came while a write was in flight
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def in_flight(self) -> bool:
        """True while a draft write started by the timer has not come back."""
        return self._write is not None

    def schedule(self) -> None:
        """The user edited: write a draft once the timer runs out."""
        self.stale = True
        self.status.emit(self.tr("Unsaved changes"))
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        self.write_later()

    def write_later(self) -> bool:
        """Start writing the draft through the runner; False when not needed or queued."""
        if not self.stale or self.paused:
            return False
        if self._write is not None:
            self._again = True
            return False
        visit_id, state = self._snapshot()
        svc, family_id, version = self.ctx.svc, self.family_id, self.version
        write = _DraftWrite(
            lambda: note_drafts.save_draft(svc, family_id, visit_id, state, version)
        )
        self._write, self.stale = write, False
        self.status.emit(self.tr("Saving…"))
        run_task(
            self.ctx.runner,
            write.run,
            lambda draft: self._on_write_done(write, draft),
            lambda exc: self._on_write_failed(write, exc),
            self,
        )
        return True

    def _on_write_done(self, write: _DraftWrite, draft: DraftRecord | None) -> None:
        if write is not self._write:  # settled: a synchronous write came after it
            return
        self._write = None
        if draft is not None:
            self.version = draft.version
            self._show_saved(draft)
        if self._again:
            self._again = False
            self.write_later()

    def _on_write_failed(self, write: _DraftWrite, exc: BaseException) -> None:
        if write is not self._write:
            return
        self._write, self._again, self.stale = None, False, True
        if isinstance(exc, ConflictError):
            self._on_conflict(exc)
            return
        if not isinstance(exc, DomainError):
            log.error("Draft autosave failed for family %s", self.family_id, exc_info=exc)
        message = user_message(exc) if isinstance(exc, DomainError) else short_reason(exc)
        self.status.emit(self.tr("Draft not saved: {0}").format(message))

    def _on_conflict(self, exc: ConflictError) -> None:
        self.paused = True
        self._timer.stop()
        self.status.emit(self.tr("Draft not saved: another window saved a newer one"))
        self.conflict.emit(exc)

    def take_theirs(self, theirs: DraftRecord | None) -> None:
        """The editor now shows ``theirs`` (or the saved note when their draft is gone)."""
        self._timer.stop()
        self.version = None if theirs is None else theirs.version
        self.stale = self.paused = False

    def overwrite(self, theirs: DraftRecord | None) -> bool:
        """Write this window's draft over ``theirs`` (None: theirs is gone) now."""
        self.version = None if theirs is None else theirs.version
        self.paused, self.stale = False, True
        return self.write_now()

    def _show_saved(self, draft: DraftRecord) -> None:
        when = local_time(draft.saved_at, self.ctx.clock)
        self.status.emit(self.tr("Draft saved at {0}").format(f"{when:%H:%M}"))

    def settle(self) -> None:
        """Make sure no autosave lands after what the caller writes next (module docstring)."""
        write, self._write, self._again = self._write, None, False
        if write is not None and not write.cancel_or_wait(SETTLE_TIMEOUT_S):
            self.stale = True  # its text was not stored: keep it for the next write
            self._timer.start()

    def write_now(self) -> bool:
        """Write the draft synchronously (closing, a refused save); True when one was stored."""
        self.settle()
        self._timer.stop()  # also when settle() restarted it: this write covers its text
        if not self.stale:
            return False
        visit_id, state = self._snapshot()
        try:
            draft = note_drafts.save_draft(
                self.ctx.svc, self.family_id, visit_id, state, self.version
            )
        except ConflictError as exc:
            self._on_conflict(exc)  # the editor decides (synchronously) before this returns
            return not self.stale
        except DomainError as exc:
            self.status.emit(self.tr("Draft not saved: {0}").format(user_message(exc)))
            return False
        self.stale, self.version = False, draft.version
        self._show_saved(draft)
        return True

    def stop(self) -> None:
        """Forget the pending edits: the note was saved or signed (which drops the draft)."""
        self.settle()
        self._timer.stop()
        self.stale = self.paused = False
        self.version = None  # the save or sign dropped the draft

    def discard(self, visit_id: int | None) -> None:
        """Drop the draft (the user declined it or discarded the changes)."""
        self.stop()
        note_drafts.discard_draft(self.ctx.svc, self.family_id, visit_id)
