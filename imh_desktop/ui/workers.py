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

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


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


class ThreadPoolRunner:
    """Starts tasks on a ``QThreadPool`` (the global one by default)."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self.pool = pool or QThreadPool.globalInstance()
        self._active: set[Task] = set()

    def start(self, task: Task) -> Task:
        self._active.add(task)  # keep the task alive until it has finished
        task.finished.connect(lambda: self._active.discard(task))
        self.pool.start(_Runnable(task))
        return task


class SyncRunner:
    """Runs each task at once in the calling thread: deterministic tests."""

    def start(self, task: Task) -> Task:
        task.run()
        return task


Runner = ThreadPoolRunner | SyncRunner
