"""The visit editor is killed (SIGKILL) while a note is typed: the draft comes back whole.

Each round a fresh process (``tests.ui.visits.draft_typist``: the real editor,
offscreen, with the app's thread-pool runner and autosave) opens the same
note, takes the draft offered back, and types more of it: ASCII typed key by
key, accents, emoji and typographic quotes entered as text. It says how much
its stored drafts hold; at a random moment after its first stored draft it is
killed. The next process must be offered the draft, and the observation it
restores must hold every character the killed one reported stored (and
nothing that was never typed). ``IMH_DRAFT_KILL_ROUNDS`` sets the rounds (5).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from imh_desktop.domain.inputs import VisitInput
from imh_desktop.services.visits import drafts, notes
from imh_desktop.services.visits.records import NoteInput
from tests.factories import TODAY

pytestmark = pytest.mark.ui

ROUNDS = int(os.environ.get("IMH_DRAFT_KILL_ROUNDS", "5"))
ROOT = Path(__file__).resolve().parents[3]
BASE = "Visit began at the kitchen table."


def _text(round_: int) -> str:
    return f" [{round_}] Ánh hummed to Bảo 🎵 — he reached for the spoon, “again!” ½ ok."


class Typist:
    """One typist process: ``restored`` (what it was offered), then ``stored`` counts."""

    def __init__(self, db, user: int, family: int, visit: int, text: str, log: Path) -> None:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        if db.key is not None:
            env["IMH_TYPIST_KEY"] = db.key.hex()
        self._log = log.open("ab")
        args = [db.url, user, family, visit, json.dumps(text)]
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.ui.visits.draft_typist", *map(str, args)],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=self._log,
        )  # fmt: skip
        self._buffer = b""
        kind, _, rest = self.line().partition(" ")
        assert kind == "restored", kind
        self.restored = json.loads(rest)

    def line(self) -> str:
        assert self.proc.stdout is not None
        while b"\n" not in self._buffer:
            chunk = os.read(self.proc.stdout.fileno(), 65536)
            assert chunk, "the typist ended"
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode()

    def kill_after(self, delay: float, when_done: bool = False) -> int:
        """Kill it ``delay`` seconds after its first stored draft (or once all is typed);
        how many characters it reported stored by then (some may still be in the pipe)."""
        stored = int(self.line().split()[1])
        while when_done and (line := self.line()) != "done":
            stored = int(line.split()[1])
        time.sleep(delay)
        self.proc.send_signal(signal.SIGKILL)
        assert self.proc.stdout is not None
        rest = (self._buffer + self.proc.stdout.read()).decode().split("\n")
        for line in rest:
            if line.startswith("stored "):
                stored = int(line.split()[1])
        assert self.proc.wait(timeout=30) == -signal.SIGKILL
        self._log.close()
        return stored

    def finish(self) -> None:
        assert self.proc.wait(timeout=60) == 0
        self._log.close()


def test_a_draft_typed_in_a_killed_editor_is_offered_back_with_every_character(
    db, svc, family, tmp_path
):
    ana = svc
    rng = random.Random(14)
    note = notes.save_note(ana, family.id, NoteInput(VisitInput(TODAY, observation=BASE)))
    visit, log = note.visit.id, tmp_path / "typist.stderr"
    have = BASE  # what the observation holds for sure: the note, then each stored draft
    typed = BASE  # everything typed so far (the draft can hold no more than this)
    reported = beyond = 0  # characters reported stored; restored beyond what was reported
    for round_ in range(ROUNDS):
        text = _text(round_)
        typist = Typist(db, ana.user_id, family.id, visit, text, log)
        shown = typist.restored["observation"]
        if round_:
            assert typist.restored["asked"].startswith("Restore the unsaved note for Nguyễn")
        assert shown.startswith(have) and typed.startswith(shown), (have, shown)
        beyond += len(shown) - len(have)
        stored = typist.kill_after(rng.uniform(0.0, 0.3), when_done=round_ == ROUNDS - 1)
        have, typed = shown + text[:stored], shown + text
        reported += stored
    last = Typist(db, ana.user_id, family.id, visit, "", log)
    last.finish()
    assert last.restored["asked"] == "Restore the unsaved note for Nguyễn family from 10:00?"
    kept = last.restored["observation"]
    assert kept.startswith(have) and typed.startswith(kept), log.read_text()[-2000:]
    assert kept.endswith(_text(ROUNDS - 1))  # the last round typed all, emoji and quotes too
    assert drafts.load_draft(ana, family.id, visit).payload["observation"] == kept
    assert notes.get_note(ana, visit).visit.observation == BASE  # the note itself: unsaved
    beyond += len(kept) - len(have)
    if os.environ.get("IMH_KILL_STATS"):
        Path(os.environ["IMH_KILL_STATS"]).write_text(
            f"{ROUNDS} kills, {reported} characters reported stored, all restored, "
            f"{beyond} more restored than reported, {len(kept)} in the final draft\n"
        )
