"""Garbage cycles are collected on the GUI thread, never on a worker thread."""

from __future__ import annotations

import gc
import threading

from imh_desktop.ui.common.collector import GuiThreadCollector


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
