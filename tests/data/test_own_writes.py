"""What a process wrote itself: kept only while a poller reads it, handed out once."""

from __future__ import annotations

from imh_desktop.data.own_writes import OwnWrites


def test_marks_are_kept_only_while_watched_and_handed_out_once():
    own = OwnWrites()
    own.mark([1, 2])  # nobody polls: nothing to remember
    own.watch(True)
    own.mark([3, 4, 9])
    own.unmark([4])  # rolled back
    assert own.take_until(5) == frozenset({3})
    assert own.take_until(5) == frozenset()
    own.watch(False)
    own.watch(True)
    assert own.take_until(100) == frozenset()  # the last watcher's stop forgot 9


def test_backends_are_remembered():
    own = OwnWrites()
    own.add_backend(4242)
    assert own.backends == frozenset({4242})
