"""Amendments shown where they belong: under the amended part of a signed note.

A signed note is never changed; an amendment is added beside it. The editor
shows each amendment right under the section (or box) it amends, marked with a
bar at its left, so that a reader sees what was added where, not only in the
note's history.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from imh_desktop.services.visits.records import AmendmentRecord

_MARKED = (QT_TRANSLATE_NOOP("Amendments", "Amended"), QT_TRANSLATE_NOOP("Amendments", "by"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("Amendments", text)


class AmendmentMark(QLabel):
    """The amendments of one part of the note (hidden while there are none)."""

    def __init__(self, part: str) -> None:
        super().__init__()
        self.part = part
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(
            QCoreApplication.translate("Amendments", "Amendments to this section")
        )
        self.setStyleSheet(
            "border-left: 4px solid palette(highlight); padding: 2px 0 2px 8px; margin: 2px 0;"
        )
        self.hide()

    def show_amendments(
        self, amendments: Sequence[AmendmentRecord], when: Callable[[AmendmentRecord], str]
    ) -> None:
        """Show the amendments of this part, oldest first (none: hide)."""
        mine = [a for a in amendments if a.section == self.part]
        if not mine:
            self.clear()
            self.hide()
            return
        self.setText("".join(
            f"<p><b>{_tr('Amended')}</b> {html.escape(when(a))} "
            f"{_tr('by')} {html.escape(a.author_name)} — <i>{html.escape(a.reason)}</i><br>"
            f"{html.escape(a.text).replace(chr(10), '<br>')}</p>"
            for a in mine
        ))  # fmt: skip
        self.show()
