"""The visit editor's draft autosave: one write at a time, the newest text last, settled before
the editor writes, errors shown in the status line (module docstring of ui/visits/autosave)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject

from imh_desktop.services.visits import drafts
from imh_desktop.ui.visits.autosave import DraftAutosave, _DraftWrite

pytestmark = pytest.mark.ui


class Editor(QObject):
    """What the editor hands the autosave: its visit id and state, and the status it shows."""

    def __init__(self) -> None:
        super().__init__()
        self.visit_id: int | None = None
        self.state = {"observation": ""}
        self.statuses: list[str] = []

    def snapshot(self):
        return self.visit_id, dict(self.state)

    def type(self, autosave: DraftAutosave, text: str) -> None:
        self.state["observation"] += text
        autosave.schedule()


@pytest.fixture
def editor():
    return Editor()


def make(ctx, family_id, editor, interval_ms=60_000) -> DraftAutosave:
    autosave = DraftAutosave(ctx, family_id, editor.snapshot, interval_ms, parent=editor)
    autosave.status.connect(editor.statuses.append)
    return autosave


def stored(svc, family_id):
    draft = drafts.load_draft(svc, family_id, None)
    return None if draft is None else draft.payload["observation"]


def test_an_edit_is_written_when_the_timer_runs_out(qtbot, ctx, svc, family, editor):
    autosave = make(ctx, family.id, editor, interval_ms=50)
    editor.type(autosave, "Ánh sang to Bảo")
    assert autosave.stale and editor.statuses == ["Unsaved changes"]
    qtbot.waitUntil(lambda: stored(svc, family.id) == "Ánh sang to Bảo", timeout=3000)
    assert editor.statuses == ["Unsaved changes", "Saving…", "Draft saved at 10:00"]
    assert not autosave.stale and not autosave.in_flight
    assert not autosave.write_later()  # nothing new to write


def test_a_tick_during_a_write_asks_for_one_more_with_the_newest_text(later, svc, family, editor):
    autosave = make(later, family.id, editor)
    editor.type(autosave, "First")
    assert autosave.write_later() and autosave.in_flight
    editor.type(autosave, " and more")
    assert not autosave.write_later()  # not a second write at the same time
    assert len(later.runner.pending) == 1
    later.runner.run_next()
    assert stored(svc, family.id) == "First" and len(later.runner.pending) == 1
    later.runner.run_next()
    assert stored(svc, family.id) == "First and more" and later.runner.pending == []
    assert editor.statuses[-1] == "Draft saved at 10:00"


def test_settle_cancels_a_write_not_started_and_keeps_its_text_for_later(
    later, svc, family, editor
):
    autosave = make(later, family.id, editor)
    editor.type(autosave, "Not yet written")
    autosave.write_later()
    autosave.settle()
    assert not autosave.in_flight and autosave.stale  # its text still to be stored
    later.runner.run_next()  # the cancelled write runs: it writes nothing
    assert stored(svc, family.id) is None
    assert editor.statuses[-1] == "Saving…"  # and reports nothing back
    assert autosave.write_now() and stored(svc, family.id) == "Not yet written"


def test_write_now_stores_at_once_and_only_when_there_are_edits(ctx, svc, family, editor):
    autosave = make(ctx, family.id, editor)
    assert not autosave.write_now()
    editor.type(autosave, "Closing the window")
    assert autosave.write_now() and stored(svc, family.id) == "Closing the window"
    assert not autosave.stale and editor.statuses[-1] == "Draft saved at 10:00"


def test_a_failed_write_says_so_and_keeps_the_edits(later, family, editor):
    autosave = make(later, 9999, editor)  # a family that is gone
    editor.type(autosave, "Lost family")
    autosave.write_later()
    later.runner.run_next()
    assert editor.statuses[-1].startswith("Draft not saved: ")
    assert autosave.stale and not autosave.in_flight
    assert not autosave.write_now() and editor.statuses[-1].startswith("Draft not saved: ")


def test_stop_forgets_the_edits_and_discard_drops_the_draft(ctx, svc, family, editor):
    autosave = make(ctx, family.id, editor)
    editor.type(autosave, "Kept as a draft")
    autosave.write_now()
    editor.type(autosave, " then saved as the note")
    autosave.stop()
    assert not autosave.stale and not autosave.write_now()
    assert stored(svc, family.id) == "Kept as a draft"
    autosave.discard(None)
    assert stored(svc, family.id) is None


def test_a_draft_write_cancelled_before_it_starts_never_runs():
    calls = []
    write = _DraftWrite(lambda: calls.append("ran"))
    assert write.cancel_or_wait(1.0) is False
    assert write.run() is None and calls == [] and not write.written


def test_a_running_draft_write_is_waited_for():
    started, release = threading.Event(), threading.Event()

    def slow():
        started.set()
        release.wait(5)
        return "draft"

    write = _DraftWrite(slow)
    worker = threading.Thread(target=write.run)
    worker.start()
    started.wait(5)
    threading.Timer(0.05, release.set).start()
    assert write.cancel_or_wait(5.0) is True and write.written
    worker.join(5)
