"""The one background mechanism: ``run_task`` and ``LatestOnly`` on both runners."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool

from imh_desktop.domain.errors import DomainError
from imh_desktop.ui.common.tasks import LatestOnly, SyncRunner, ThreadPoolRunner, run_task

pytestmark = pytest.mark.ui


def _refuse() -> str:
    raise DomainError("Only a supervisor can do this.")


def test_latest_only_delivers_only_the_newest_answer(qtbot):
    reads = LatestOnly(ThreadPoolRunner())
    got: list[object] = []
    gate = threading.Event()
    reads.start(lambda: "old" if gate.wait(10) else "timed out", got.append, got.append)
    assert reads.busy
    reads.start(lambda: "new", got.append, got.append)
    qtbot.waitUntil(lambda: got == ["new"], timeout=10_000)
    gate.set()
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)  # let the old answer's queued delivery arrive, to be dropped
    assert got == ["new"] and not reads.busy


def test_latest_only_drops_a_stale_failure_too(qtbot):
    reads = LatestOnly(ThreadPoolRunner())
    results: list[object] = []
    errors: list[BaseException] = []
    gate = threading.Event()

    def old() -> str:
        gate.wait(10)
        raise DomainError("stale")

    reads.start(old, results.append, errors.append)
    reads.start(lambda: "new", results.append, errors.append)
    qtbot.waitUntil(lambda: results == ["new"], timeout=10_000)
    gate.set()
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)
    assert results == ["new"] and errors == []


def test_latest_only_reports_a_failure(qtbot):
    reads = LatestOnly(ThreadPoolRunner())
    errors: list[BaseException] = []
    reads.start(_refuse, lambda _value: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert [str(e) for e in errors] == ["Only a supervisor can do this."]
    assert not reads.busy


def test_latest_only_on_a_sync_runner_answers_at_once():
    reads = LatestOnly(SyncRunner())
    got: list[object] = []
    reads.start(lambda: 42, got.append, got.append)
    assert got == [42] and not reads.busy
    reads.start(_refuse, got.append, got.append)
    assert isinstance(got[-1], DomainError) and not reads.busy


def test_a_relay_delivered_at_once_is_freed_at_once_and_its_owner_survives_deleting_later():
    owner = QObject()
    got: list[object] = []
    run_task(SyncRunner(), lambda: 7, got.append, got.append, owner)
    run_task(SyncRunner(), _refuse, got.append, got.append, owner)
    assert got[0] == 7 and isinstance(got[1], DomainError)
    assert owner.children() == []  # nothing left waiting to be deleted later
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # crashed before
    assert owner.objectName() == ""


def test_a_relay_delivered_from_a_worker_is_deleted_later(qtbot):
    owner = QObject()
    got: list[object] = []
    run_task(ThreadPoolRunner(), lambda: 7, got.append, got.append, owner)
    qtbot.waitUntil(lambda: got == [7], timeout=10_000)
    qtbot.waitUntil(lambda: owner.children() == [], timeout=10_000)


def test_run_task_delivers_on_the_gui_thread(qtbot):
    gui = threading.get_ident()
    seen: list[tuple[object, bool]] = []
    owner = QObject()
    run_task(
        ThreadPoolRunner(),
        lambda: threading.get_ident() != gui,  # the work ran in a worker thread
        lambda value: seen.append((value, threading.get_ident() == gui)),
        lambda exc: seen.append((exc, False)),
        owner,
    )
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen == [(True, True)]


def test_run_task_delivers_nothing_once_its_owner_is_gone(qtbot):
    seen: list[object] = []
    gate = threading.Event()
    owner = QObject()
    run_task(ThreadPoolRunner(), lambda: gate.wait(10), seen.append, seen.append, owner)
    owner.deleteLater()
    qtbot.wait(20)  # the owner (and its relay) is deleted before the answer comes
    gate.set()
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)
    assert seen == []


def test_a_relay_deleted_later_does_not_hold_the_last_reference_to_its_reads():
    """The relay goes with ``deleteLater``; once the view has let go of its ``LatestOnly``,
    deleting the relay must not delete the ``LatestOnly`` (and the relay again) with it."""
    reads = LatestOnly(ThreadPoolRunner())
    gone: list[str] = []
    reads.destroyed.connect(lambda: gone.append("reads"))
    got: list[object] = []
    reads.start(lambda: 7, got.append, got.append)
    QThreadPool.globalInstance().waitForDone(10_000)
    while not got:  # delivered outside any event loop: its deleteLater waits
        QCoreApplication.processEvents()
    del reads  # the view is gone; only the relay's delivery could still hold it
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # segfaulted before
    assert got == [7] and gone == ["reads"]
