"""An amendment shows under the part of the signed note it amends, and nowhere else."""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.services.visits.records import AmendmentRecord
from imh_desktop.ui.visits.amendments import AmendmentMark

pytestmark = pytest.mark.ui


def _amendment(section: str, text: str) -> AmendmentRecord:
    return AmendmentRecord(
        1, section, section.title(), "Wrong <name>", text, 2, "Ana Specialist",
        dt.datetime(2026, 11, 25, 10, 0),
    )  # fmt: skip


def test_a_mark_shows_only_its_own_parts_amendments_escaped(qtbot):
    mark = AmendmentMark("plan")
    qtbot.addWidget(mark)
    mark.show_amendments([_amendment("observation", "not here")], lambda a: "25 Nov")
    assert mark.isHidden() and mark.text() == ""
    mark.show_amendments(
        [_amendment("plan", "Read <b>daily</b>\nand sing."), _amendment("plan", "Second")],
        lambda a: "25 Nov 2026 at 10:00",
    )
    assert not mark.isHidden()
    text = mark.text()
    assert "&lt;b&gt;daily&lt;/b&gt;<br>and sing." in text and "Wrong &lt;name&gt;" in text
    assert text.index("Read") < text.index("Second") and text.count("Amended") == 2
    assert mark.accessibleName()
