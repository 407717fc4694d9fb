"""Read a list window again when a change touches what it shows: at once when shown, else later.

The list windows (This week, My unsigned notes, the calendar, Referrals to
follow up) read their rows through ``ctx.runner``. When a :class:`Change` on
``ctx.bus`` touches one of their parts, a window that is shown reads again at
once; a hidden one only marks itself stale and reads again when next shown,
so nobody waits on reads for a window nobody looks at.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from imh_desktop.services.common.changes import Change, Part
from imh_desktop.ui.common.context import ChangeBus


class RereadWhenShown:
    """Mix into a QWidget subclass (before it) that has ``refresh()``; call :meth:`reread_on`."""

    _stale = False
    _reread_parts: tuple[Part, ...] = ()

    def refresh(self) -> None:
        raise NotImplementedError

    def reread_on(self, bus: ChangeBus, *parts: Part) -> None:
        """Read again after any change on ``bus`` that touches one of ``parts``."""
        self._reread_parts = parts
        bus.changed.connect(self._on_bus_changed)

    def mark_read(self) -> None:
        """Called by ``refresh()``: what is shown is current."""
        self._stale = False

    def _on_bus_changed(self, change: Change) -> None:
        if not change.touches(*self._reread_parts):
            return
        if cast(QWidget, self).isVisible():
            self.refresh()
        else:  # read again when shown, not while nobody looks
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # type: ignore[misc]
        if self._stale:
            self.refresh()
