"""A process that saves and signs visit notes until it is killed (the SIGKILL tests).

Run as ``python -m tests.services.visits.note_writer URL FAMILY GOAL GOAL SPECIALIST``
(``IMH_WRITER_KEY``: the database key in hex, when it is encrypted). It imports
everything, saves and signs one note itself (so the statement caches the
writers inherit are warm) and prints ``ready``, then waits on stdin: each
line ``go`` forks a writer and prints ``pid N``. The writer saves a note and signs it, again and again,
through the services, and after each commit prints ``saved ID`` or
``signed ID`` (written straight to the pipe, so a line is out once the commit
has returned). When a writer dies (the test kills it with SIGKILL) this
process reaps it and prints ``dead N``: every line the writer wrote comes
before that. Forking from a warm process makes a writer start in
milliseconds instead of the second and more a fresh Python takes to import
SQLAlchemy and compile its statements.
"""

from __future__ import annotations

import os
import sys
import traceback

from imh_desktop.data.db import Database
from imh_desktop.domain.clock import FixedClock
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.visits import notes
from imh_desktop.services.visits.records import NoteInput
from tests.factories import TEST_NOW, full_note


class _Goal:
    def __init__(self, goal_id: int) -> None:
        self.id = goal_id


def _say(line: str) -> None:
    os.write(1, f"{line}\n".encode())


def save_and_sign(ctx: ServiceContext, note: NoteInput, family_id: int) -> None:
    """Save a new note and sign it, saying each committed id."""
    visit = notes.save_note(ctx, family_id, note).visit
    _say(f"saved {visit.id}")
    notes.sign_visit(ctx, visit.id, visit.version)
    _say(f"signed {visit.id}")


def main(argv: list[str]) -> None:
    url, family, goal_a, goal_b, specialist = argv
    key = os.environ.get("IMH_WRITER_KEY")
    db = Database(url, key=bytes.fromhex(key) if key else None)
    ctx = ServiceContext(db, int(specialist), FixedClock(TEST_NOW))
    note = full_note([_Goal(int(goal_a)), _Goal(int(goal_b))])
    save_and_sign(ctx, note, int(family))  # warms the statement caches the writers inherit
    _say("ready")
    for line in sys.stdin:
        if line.strip() != "go":
            break
        pid = os.fork()
        if pid == 0:
            try:
                # The parent's pooled connections are not the child's to use or close.
                db.engine.dispose(close=False)
                while True:
                    save_and_sign(ctx, note, int(family))
            except BaseException:
                traceback.print_exc()
                sys.stderr.flush()
            os._exit(3)  # a writer that stops on its own is a failure the test sees
        _say(f"pid {pid}")
        _, status = os.waitpid(pid, 0)
        _say(f"dead {pid} {status}")


if __name__ == "__main__":
    main(sys.argv[1:])
