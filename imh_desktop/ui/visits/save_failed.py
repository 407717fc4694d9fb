"""When a note cannot be saved because the database went away: keep the text, say why.

The disk is full, the folder or network drive is gone, the server stopped:
the editor keeps every word, and :class:`SaveFailedDialog` tells the person
what happened in plain words and offers to try again or to save a copy of
the note to a file of their choosing (readable by them only), which they can
paste back once the database is back.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from imh_desktop.domain.errors import StorageError
from imh_desktop.ui.common.i18n import user_message
from imh_desktop.ui.common.local_format import format_date
from imh_desktop.ui.visits.editor_layout import SECTIONS

RETRY, TO_FILE, KEEP = "retry", "file", "keep"


def _tr(text: str) -> str:
    return QCoreApplication.translate("SaveFailedDialog", text)


def note_as_text(family_name: str, state: dict[str, Any]) -> str:
    """The note's sections as plain text, headed by the family and the visit's date."""
    day = dt.date.fromisoformat(state["visit_date"])
    heading = QCoreApplication.translate(
        "SaveFailedDialog", "Visit note: {0}, {1} (not saved in IMH Desktop)"
    )
    lines = [heading.format(family_name, format_date(day)), ""]
    for key, title, _hint, _caption in SECTIONS:
        lines += [title, "-" * len(title), state.get(key) or "", ""]
    return "\n".join(lines)


def write_private_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path``, readable and writable by its owner only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(path, 0o600)


class SaveFailedDialog(QMessageBox):
    """ "Your note was not saved": why, and Try again / Save a copy to a file / Keep editing."""

    def __init__(self, exc: StorageError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Note not saved"))
        self.setText(self.tr("Your note was not saved. {0}").format(user_message(exc)))
        self.setInformativeText(self.tr(
            "Everything you wrote is still here in the editor. Try again in a moment, or "
            "save a copy to a file to keep it safe until the database is back."
        ))  # fmt: skip
        self.retry_button = self.addButton(self.tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
        self.file_button = self.addButton(
            self.tr("Save a copy to a file…"), QMessageBox.ButtonRole.ActionRole
        )
        self.keep_button = self.addButton(
            self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole
        )
        self.setDefaultButton(self.retry_button)

    def choose(self) -> str:
        """Show the question; RETRY, TO_FILE or KEEP."""
        self.exec()
        clicked = self.clickedButton()
        if clicked is self.retry_button:
            return RETRY
        return TO_FILE if clicked is self.file_button else KEEP


def wants_retry(
    parent: QWidget, exc: StorageError, family_name: str, state: dict[str, Any],
    show: Callable[[str], None],
) -> bool:  # fmt: skip
    """After a failed save: say why (``show`` puts it in the editor), ask; True: try again.

    Saving a copy to a file keeps the question open until the copy is written
    or the person chooses to try again or to keep editing.
    """
    show(
        QCoreApplication.translate(
            "SaveFailedDialog", "Not saved: {0} Your text is still here."
        ).format(user_message(exc))
    )
    while True:
        choice = SaveFailedDialog(exc, parent).choose()
        if choice != TO_FILE:
            return choice == RETRY
        path = save_copy(parent, family_name, state, Path.home())
        if path is not None:
            show(_tr(
                "Not saved in the database: {0} A copy of the note is saved at {1}. "
                "Your text is still here."
            ).format(user_message(exc), path))  # fmt: skip
            return False


def save_copy(
    parent: QWidget, family_name: str, state: dict[str, Any], folder: Path
) -> Path | None:
    """Ask where, then write the note there as text; the path, or None if cancelled or failed."""
    suggested = folder / f"Visit note {family_name} {state['visit_date']}.txt"
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("SaveFailedDialog", "Save a copy of the note"),
        str(suggested),
        QCoreApplication.translate("SaveFailedDialog", "Text (*.txt)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    try:
        write_private_text(path, note_as_text(family_name, state))
    except OSError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("SaveFailedDialog", "Copy not saved"),
            QCoreApplication.translate("SaveFailedDialog", "The copy could not be written to {0}: {1}.").format(  # noqa: E501
                path, exc.strerror or exc
            ),
        )  # fmt: skip
        return None
    return path
