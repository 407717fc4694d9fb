"""The one small mechanism for work off the GUI thread.

A :class:`Task` wraps a function ``fn(context) -> result``. A runner starts
it: :class:`ThreadPoolRunner` on a ``QThreadPool`` thread, :class:`SyncRunner`
right away in the calling thread (tests). The function reports progress and
checks for cancellation through its :class:`TaskContext`; the task's signals
carry progress, the result or the exception back to the GUI thread.

Threading contract: create the task and connect its signals in the GUI
thread, to slots of QObjects living there, so deliveries from the worker
thread are queued onto the GUI thread. The function itself must not touch
widgets; it may use services (each opens its own session).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class TaskContext:
    """What the work function sees: progress reporting and the cancel flag."""

    def __init__(self, task: Task) -> None:
        self._task = task

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._task.progressed.emit(done, total, text)

    def cancelled(self) -> bool:
        return self._task.is_cancelled


class Task(QObject):
    """One piece of background work and its outcome signals.

    Exactly one of ``succeeded`` or ``failed`` is emitted, then ``finished``.
    """

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, fn: Callable[[TaskContext], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fn = fn
        self._cancel = threading.Event()
        self.running = False

    def cancel(self) -> None:
        """Ask the work to stop at its next check; it is not interrupted."""
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        """Run the work in the current thread and emit the outcome."""
        self.running = True
        try:
            result = self.fn(TaskContext(self))
        except BaseException as exc:  # handed to the GUI thread, shown there
            self.running = False
            self.failed.emit(exc)
        else:
            self.running = False
            self.succeeded.emit(result)
        self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task.run()


class Activity(QObject):
    """How many tasks are running, for a busy indicator. Lives in the GUI thread."""

    changed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.running = 0

    def begin(self) -> None:
        self.running += 1
        self.changed.emit(self.running)

    @Slot()
    def end(self) -> None:
        self.running = max(0, self.running - 1)
        self.changed.emit(self.running)


class ThreadPoolRunner:
    """Starts tasks on a ``QThreadPool`` (the global one by default).

    Create it in the GUI thread: ``activity`` counts the tasks in flight there
    (each task's ``finished`` is queued back to it).
    """

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self.pool = pool or QThreadPool.globalInstance()
        self.activity = Activity()
        self._active: set[Task] = set()

    def start(self, task: Task) -> Task:
        self._active.add(task)  # keep the task alive until it has finished
        task.finished.connect(lambda: self._active.discard(task))
        self.activity.begin()
        task.finished.connect(self.activity.end)
        self.pool.start(_Runnable(task))
        return task


class SyncRunner:
    """Runs each task at once in the calling thread: deterministic tests."""

    def __init__(self) -> None:
        self.activity = Activity()

    def start(self, task: Task) -> Task:
        self.activity.begin()
        try:
            task.run()
        finally:
            self.activity.end()
        return task


Runner = ThreadPoolRunner | SyncRunner


class _Relay(QObject):
    """Receives a task's outcome in the GUI thread (its own thread) and hands it on.

    Connecting a worker's signal to a bound method of a QObject queues the call
    into that object's thread; a bare lambda would run in the worker.
    """

    def __init__(
        self,
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        parent: QObject | None,
        accept: Callable[[_Relay], bool] = lambda _relay: True,
    ) -> None:
        super().__init__(parent)
        self._on_result, self._on_error, self._accept = on_result, on_error, accept
        self.starting = False  # True while the runner's start() runs
        self.delivered = False

    @Slot(object)
    def succeeded(self, value: object) -> None:
        if self._accept(self):
            self._on_result(value)
        self._done()

    @Slot(object)
    def failed(self, exc: object) -> None:
        if self._accept(self):
            self._on_error(exc)  # type: ignore[arg-type]
        self._done()

    def _done(self) -> None:
        """Delivered once: let go of the callbacks and of the relay itself.

        Delivered inside ``start()`` (a ``SyncRunner``), the relay is let go
        by ``release()`` once ``start()`` returns; a ``deleteLater`` posted
        there, outside any event loop, crashed Qt when it ran later.

        Every callback goes now, ``accept`` too (a ``LatestOnly``'s bound
        method): a relay deleted later must not hold the last reference to
        its parent, or dropping it deletes the parent, and with it the relay
        again, in the middle of the relay's own deletion (a segfault).
        """
        self.delivered = True
        self._on_result = self._on_error = _ignore
        self._accept = _accept_none
        if not self.starting:
            self.deleteLater()

    def release(self) -> None:
        """After ``start()``: a relay already delivered leaves its parent and is freed."""
        self.starting = False
        if self.delivered:
            self.setParent(None)  # Python owns it now; it goes with the last reference


def _ignore(_value: object) -> None:
    """What a relay calls once it has delivered."""


def _accept_none(_relay: _Relay) -> bool:
    """What a relay asks once it has delivered: nothing more is delivered."""
    return False


def run_task(
    runner: Runner,
    fn: Callable[[], Any],
    on_result: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    parent: QObject | None = None,
) -> Task:
    """Run ``fn()`` through ``runner``; its result or exception comes back to the GUI thread.

    ``parent`` (living in the GUI thread) owns the delivery: once it is
    deleted, nothing is delivered.
    """
    return _start(runner, fn, _Relay(on_result, on_error, parent))


def _start(runner: Runner, fn: Callable[[], Any], relay: _Relay) -> Task:
    task = Task(lambda _context: fn())
    task.succeeded.connect(relay.succeeded)
    task.failed.connect(relay.failed)
    relay.starting = True
    try:
        return runner.start(task)
    finally:
        relay.release()


class LatestOnly(QObject):
    """Runs reads for one view and delivers only the newest one's outcome.

    A quick change of filter or period starts a new read; an older read that
    finishes later is dropped, so the view never shows a stale answer.
    """

    def __init__(self, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._newest: _Relay | None = None

    @property
    def busy(self) -> bool:
        return self._newest is not None

    def start(
        self,
        fn: Callable[[], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> Task:
        relay = _Relay(on_result, on_error, self, accept=self._is_newest)
        self._newest = relay
        return _start(self.runner, fn, relay)

    def _is_newest(self, relay: _Relay) -> bool:
        if relay is not self._newest:
            return False
        self._newest = None
        return True
