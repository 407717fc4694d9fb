"""A list window reads again on a change it shows: at once when shown, else when next shown."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from imh_desktop.services.common.changes import Change, Part
from imh_desktop.ui.common.context import ChangeBus
from imh_desktop.ui.common.reread import RereadWhenShown

pytestmark = pytest.mark.ui


class Listing(RereadWhenShown, QDialog):
    def __init__(self, bus: ChangeBus) -> None:
        super().__init__()
        self.reads = 0
        self.reread_on(bus, Part.VISITS)

    def refresh(self) -> None:
        self.mark_read()
        self.reads += 1


def test_reads_now_when_shown_later_when_hidden_never_for_other_parts(qtbot):
    bus = ChangeBus()
    listing = Listing(bus)
    qtbot.addWidget(listing)
    bus.publish(Change.of(1, Part.VISITS))  # hidden: only marked
    assert listing.reads == 0
    listing.show()
    assert listing.reads == 1
    bus.publish(Change.of(1, Part.GOALS))  # not what it shows
    assert listing.reads == 1
    bus.publish(Change.of(1, Part.VISITS))
    assert listing.reads == 2
    listing.hide()
    listing.show()  # nothing changed meanwhile: no read
    assert listing.reads == 2
