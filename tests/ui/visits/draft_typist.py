"""The visit note editor in a process of its own, typing until it is killed (the draft-kill test).

Run as ``python -m tests.ui.visits.draft_typist URL USER FAMILY VISIT TEXT``
(offscreen Qt; ``IMH_TYPIST_KEY``: the database key in hex, when encrypted).
It opens the editor on the note as the app does, with the app's thread-pool
runner and a short autosave interval, and answers Yes when a draft is
offered back. It prints ``restored JSON`` (the question it was asked, or
null, and the observation the editor then shows), then types ``TEXT`` (a JSON
string) at the end of the observation a few characters at a time; after each
few it waits until the autosave has stored the draft and prints ``stored N``
(the first N characters of TEXT are in the stored draft). It then prints
``done`` and waits to be killed. With an empty TEXT it exits after
``restored`` without writing anything.
"""

from __future__ import annotations

import json
import os
import sys

from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from imh_desktop.data.db import Database
from imh_desktop.domain.clock import FixedClock
from imh_desktop.services.admin.staff import get_staff
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.visits.editor import VisitNoteEditor
from tests.factories import TEST_NOW

AUTOSAVE_MS = 40
CHUNK = 4  # characters typed between two stored drafts


def _say(line: str) -> None:
    os.write(1, f"{line}\n".encode())


def _wait(app: QApplication, done) -> None:
    while not done():
        app.processEvents()
        QTest.qWait(5)


def main(argv: list[str]) -> None:
    url, user, family, visit, text = argv
    text = json.loads(text)
    key = os.environ.get("IMH_TYPIST_KEY")
    app = QApplication([])
    db = Database(url, key=bytes.fromhex(key) if key else None)
    svc = ServiceContext(db, int(user), FixedClock(TEST_NOW))
    ctx = AppContext(svc, get_staff(svc, int(user)))  # the app's thread-pool runner
    asked: list[str] = []

    def answer_yes(*args: object, **_kw: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    QMessageBox.question = answer_yes  # type: ignore[method-assign, assignment]
    VisitNoteEditor.AUTOSAVE_MS = AUTOSAVE_MS
    editor = VisitNoteEditor(ctx, int(family), int(visit))
    editor.show()
    _wait(app, lambda: editor._ready)
    edit = editor.ui.sections["observation"].edit
    shown = editor.ui.sections["observation"].value()
    _say("restored " + json.dumps({"asked": asked[0] if asked else None, "observation": shown}))
    if not text:
        os._exit(0)  # no closing: closing would write a draft
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    autosave = editor.autosave
    for start in range(0, len(text), CHUNK):
        for char in text[start : start + CHUNK]:
            if char.isascii() and char.isprintable():
                QTest.keyClicks(edit, char)
            else:  # QTest types only what the keyboard map has: the rest is entered as text
                edit.insertPlainText(char)
        _wait(app, lambda: autosave.stale is False and not autosave.in_flight)
        _say(f"stored {min(start + CHUNK, len(text))}")
    _say("done")
    while True:
        _wait(app, lambda: False)


if __name__ == "__main__":
    main(sys.argv[1:])
