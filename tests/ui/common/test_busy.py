"""The status bar's busy bar: shown only when background work lasts, hidden when it ends."""

from __future__ import annotations

from imh_desktop.ui.common.busy import SHOW_AFTER_MS, BusyIndicator
from imh_desktop.ui.common.tasks import Activity, SyncRunner, Task


def test_quick_work_never_shows_the_bar(qtbot) -> None:
    activity = Activity()
    bar = BusyIndicator(activity)
    qtbot.addWidget(bar)
    activity.begin()
    activity.end()
    qtbot.wait(SHOW_AFTER_MS + 100)
    assert bar.isHidden()


def test_lasting_work_shows_the_bar_until_it_ends(qtbot) -> None:
    activity = Activity()
    bar = BusyIndicator(activity)
    qtbot.addWidget(bar)
    activity.begin()
    qtbot.waitUntil(bar.isVisible, timeout=SHOW_AFTER_MS + 1000)
    activity.begin()  # a second task while the first runs
    activity.end()
    assert bar.isVisible()
    activity.end()
    assert bar.isHidden()
    assert activity.running == 0


def test_runners_count_their_tasks(qtbot) -> None:
    runner = SyncRunner()
    seen: list[int] = []
    runner.activity.changed.connect(seen.append)
    runner.start(Task(lambda _context: 42))
    assert seen == [1, 0]
