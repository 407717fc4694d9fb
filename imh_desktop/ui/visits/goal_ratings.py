"""Rating the family's goals in a visit note: 1-5 with DOMAIN.md's meanings, and a short note."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.goal_rules import past_target, review_prompt
from imh_desktop.domain.text import MAX_SHORT_NOTE
from imh_desktop.services.common.records import GoalRecord
from imh_desktop.services.visits.records import GoalRating
from imh_desktop.ui.common.i18n import translate_message
from imh_desktop.ui.common.labels import label
from imh_desktop.ui.common.widgets import WrappedLabel, finished_look, warning_color


class Translated(dict[int, Any]):
    """A table of texts marked QT_TRANSLATE_NOOP("Rating", ...), translated when read."""

    def __getitem__(self, key: int) -> str:
        return QCoreApplication.translate("Rating", super().__getitem__(key))

    def items(self) -> list[tuple[int, str]]:  # type: ignore[override]  # translated copies
        return [(k, self[k]) for k in self]


RATING_MEANINGS = Translated({
    1: QT_TRANSLATE_NOOP("Rating", "Not yet started / no change"),
    2: QT_TRANSLATE_NOOP("Rating", "Emerging: first signs, with a lot of support"),
    3: QT_TRANSLATE_NOOP("Rating", "Some progress: sometimes, with support"),
    4: QT_TRANSLATE_NOOP("Rating", "Substantial progress: often, with little support"),
    5: QT_TRANSLATE_NOOP("Rating", "Achieved: consistently, on their own"),
})  # fmt: skip
RATING_SHORT = Translated({
    1: QT_TRANSLATE_NOOP("Rating", "No change"), 2: QT_TRANSLATE_NOOP("Rating", "Emerging"),
    3: QT_TRANSLATE_NOOP("Rating", "Some progress"),
    4: QT_TRANSLATE_NOOP("Rating", "Substantial"), 5: QT_TRANSLATE_NOOP("Rating", "Achieved"),
})  # fmt: skip


class RatingCombo(QComboBox):
    """ "Not addressed" or a rating 1-5, each with its meaning in the list and as a tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("Not addressed"), None)
        for value, meaning in RATING_MEANINGS.items():
            self.addItem(f"{value} — {RATING_SHORT[value]}", value)
            self.setItemData(self.count() - 1, meaning, Qt.ItemDataRole.ToolTipRole)
        self.setToolTip("\n".join(f"{k} — {v}" for k, v in RATING_MEANINGS.items()))

    def value(self) -> int | None:
        rating = self.currentData()
        return None if rating is None else int(rating)

    def set_value(self, value: int | None) -> None:
        index = self.findData(value)
        self.setCurrentIndex(index if index >= 0 else 0)


class GoalRatingsPanel(QGroupBox):
    """One row per active goal: statement, rating and note. Unrated goals were not addressed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("GoalRatingsPanel", "Goals addressed"), parent)
        self._layout = QVBoxLayout(self)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(4)
        self._layout.addLayout(self._grid)
        self._empty = QLabel(
            self.tr("This family has no active goals yet. Add them on the Goals tab.")
        )
        self._empty.setWordWrap(True)
        self._layout.addWidget(self._empty)
        self.rows: dict[int, tuple[RatingCombo, QLineEdit]] = {}
        self.statements: dict[int, QLabel] = {}
        self.review_prompts: dict[int, QLabel] = {}  # goals past their target date
        # A signed note's progress notes, as wrapped text in place of the line edits.
        self.read_notes: dict[int, QLabel] = {}
        self._read_only = False

    def set_goals(self, goals: Sequence[GoalRecord], today: dt.date | None = None) -> None:
        """Show these goals (the family's active ones, plus any already rated in the note);
        with ``today``, an active goal past its target date is flagged for review."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows.clear()
        self.statements.clear()
        self.review_prompts.clear()
        self.read_notes.clear()
        warn = warning_color(self.palette()).name()
        for row, goal in enumerate(goals):
            statement = WrappedLabel(f"<b>{label(goal.domain)}</b><br>{_escape(goal.statement)}")
            if (
                today is not None
                and goal.target_date is not None
                and past_target(goal.status, goal.target_date, today)
            ):  # its own label: a third line in the statement's was cut short in the layout
                prompt = WrappedLabel(
                    f"<b>{_escape(translate_message(review_prompt(goal.target_date)))}</b>"
                )
                prompt.setStyleSheet(f"color: {warn};")
                self._grid.addWidget(prompt, row * 3 + 1, 0, 1, 2)
                self.review_prompts[goal.id] = prompt
            combo = RatingCombo()
            combo.setAccessibleName(self.tr("Progress on goal: {0}").format(goal.statement[:80]))
            note = QLineEdit()
            note.setMaxLength(MAX_SHORT_NOTE)
            note.setPlaceholderText(self.tr("Short note on progress (optional)"))
            note.setAccessibleName(self.tr("Progress note: {0}").format(goal.statement[:80]))
            note.setEnabled(False)
            combo.currentIndexChanged.connect(self._on_rating_changed)
            note.textEdited.connect(self.changed)
            self._grid.addWidget(statement, row * 3, 0, 1, 2)
            self._grid.addWidget(combo, row * 3 + 2, 0)
            self._grid.addWidget(note, row * 3 + 2, 1)
            read = QLabel()
            read.setWordWrap(True)
            read.setAccessibleName(self.tr("Progress note: {0}").format(goal.statement[:80]))
            read.hide()
            self._grid.addWidget(read, row * 3 + 2, 1)
            self.read_notes[goal.id] = read
            self.rows[goal.id] = (combo, note)
            self.statements[goal.id] = statement
        self._grid.setColumnStretch(0, 0)
        self._grid.setColumnStretch(1, 1)
        self._empty.setVisible(not goals)

    def _on_rating_changed(self) -> None:
        self._enable_notes()
        self.changed.emit()

    def _enable_notes(self) -> None:
        for combo, note in self.rows.values():
            note.setEnabled(self._read_only or combo.value() is not None)

    def value(self) -> tuple[GoalRating, ...]:
        """The ratings given (goals left "Not addressed" are not included)."""
        given = ((goal_id, combo.value(), note) for goal_id, (combo, note) in self.rows.items())
        return tuple(
            GoalRating(goal_id, rating, note.text().strip())
            for goal_id, rating, note in given
            if rating is not None
        )

    def set_value(self, ratings: Sequence[GoalRating]) -> None:
        given = {r.goal_id: r for r in ratings}
        for goal_id, (combo, note) in self.rows.items():
            rating = given.get(goal_id)
            combo.set_value(rating.rating if rating else None)
            note.setText(rating.note if rating else "")
        self._show_read_notes()
        self._enable_notes()

    def _show_read_notes(self) -> None:
        """Read-only: each note as wrapped text (never cut), none where none was written."""
        for goal_id, (_combo, note) in self.rows.items():
            read = self.read_notes[goal_id]
            read.setText(note.text())
            note.setVisible(not self._read_only)
            read.setVisible(self._read_only)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for combo, note in self.rows.values():
            combo.setEnabled(not read_only)
            note.setReadOnly(read_only)
            finished_look(combo, read_only)
        self._show_read_notes()
        self._enable_notes()

    def focus_widgets(self) -> list[QWidget]:
        """The rating and note fields in reading order, for the editor's tab chain."""
        return [w for pair in self.rows.values() for w in pair]


def _escape(text: str) -> str:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped.replace("\n", "<br>")
