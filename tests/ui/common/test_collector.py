"""Garbage cycles are collected on the GUI thread, never on a worker thread."""

from __future__ import annotations

import gc
import threading

from imh_desktop.ui.common.collector import GuiThreadCollector, running, thaw
from imh_desktop.ui.shell.main_window import MainWindow


class _Cycle:
    """Half of a reference cycle that notes the thread it was collected on."""

    def __init__(self, seen: list[str]) -> None:
        self.seen = seen
        self.me = self

    def __del__(self) -> None:
        self.seen.append(threading.current_thread().name)


def _allocate_in_a_worker() -> None:
    def churn() -> None:
        junk = [[i] for i in range(200_000)]  # crosses every generation's threshold
        del junk

    worker = threading.Thread(target=churn, name="worker")
    worker.start()
    worker.join()


def test_a_cycle_left_by_the_gui_is_not_collected_on_a_worker_thread(qapp):
    before = gc.isenabled()
    collector = GuiThreadCollector()
    try:
        assert not gc.isenabled()
        seen: list[str] = []
        _Cycle(seen)
        _allocate_in_a_worker()
        assert seen == []  # the worker's allocations did not collect it
        collector.thresholds = (0, 0, 0)  # as if every generation were due
        assert collector.check() >= 1
        assert seen == [threading.current_thread().name]
    finally:
        collector.stop()
    assert gc.isenabled() == before


def test_the_timer_collects_when_a_generation_is_due(qtbot):
    collector = GuiThreadCollector(interval_ms=10)
    try:
        seen: list[str] = []
        _Cycle(seen)
        collector.thresholds = (0, 0, 0)
        qtbot.waitUntil(lambda: seen == [threading.current_thread().name], timeout=2000)
    finally:
        collector.stop()


def test_nothing_is_collected_before_the_first_generation_is_due(qapp):
    collector = GuiThreadCollector()
    try:
        seen: list[str] = []
        gc.collect()
        collector.thresholds = (10**9, 10, 10)
        _Cycle(seen)
        assert collector.check() == 0 and seen == []
    finally:
        collector.stop()
    gc.collect()


def test_a_held_collector_collects_nothing_until_it_settles(qapp):
    collector = GuiThreadCollector(hold=True)
    try:
        seen: list[str] = []
        _Cycle(seen)
        collector.thresholds = (0, 0, 0)
        assert collector.check() == 0 and seen == []  # held: the start-up is not over
        collector.settle()
        assert not collector.held and seen == [threading.current_thread().name]
        assert gc.get_freeze_count() > 0  # what survived the start-up is frozen
        again: list[str] = []
        _Cycle(again)
        assert collector.check() >= 1 and again == [threading.current_thread().name]
    finally:
        collector.stop()
        gc.unfreeze()
    assert running() is None


def test_the_main_windows_first_caseload_paint_ends_the_hold(qtbot, app_ctx, staff, settings):
    collector = GuiThreadCollector(hold=True)
    try:
        seen: list[str] = []
        _Cycle(seen)
        window = MainWindow(app_ctx(staff["ssupervisor"]), settings)
        qtbot.addWidget(window)
        assert collector.held and seen == []  # built, rows read, nothing painted yet
        window.resize(1366, 768)
        window.show()
        qtbot.waitUntil(lambda: not collector.held, timeout=5000)
        assert seen == [threading.current_thread().name]  # collected, on the GUI thread
        assert gc.get_freeze_count() > 0
        collector.thresholds = (0, 0, 0)
        later: list[str] = []
        _Cycle(later)
        assert collector.check() >= 1 and later == [threading.current_thread().name]
    finally:
        collector.stop()
        gc.unfreeze()


def test_thaw_unfreezes_and_the_next_pass_collects_every_generation(qapp):
    collector = GuiThreadCollector(hold=True)
    try:
        seen: list[str] = []
        kept = _Cycle(seen)
        collector.settle()
        assert seen == [] and gc.get_freeze_count() > 0  # alive, so frozen with the rest
        del kept
        collector.thresholds = (10**9, 10, 10)
        assert collector.check() == 0 and seen == []  # frozen: no pass reaches it
        thaw()
        assert gc.get_freeze_count() == 0 and collector.full_due
        assert collector.check() >= 1 and seen == [threading.current_thread().name]
        collector.check()
        assert not collector.full_due  # two full passes, then by the thresholds again
    finally:
        collector.stop()
        gc.unfreeze()
