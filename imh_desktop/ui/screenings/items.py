"""Item-by-item entry of the EPDS and PHQ-9 by the answer as worded.

Each item shows its published wording and its four answers in the printed
order, each with the score it carries, so the position of an answer on the
form and its score cannot be confused. Keyboard: on an item, pressing 0-3
picks the answer carrying that score and moves to the next item.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.instruments import Item, ItemForm

SCORE_KEYS = {Qt.Key.Key_0: 0, Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ItemsPage", text)


class ItemRow(QFrame):
    """One item: its wording and its answers; ``group`` ids are the printed positions."""

    scored = Signal()

    def __init__(self, item: Item, urgent: bool) -> None:
        super().__init__()
        self.item = item
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 6, 4, 6)
        grid.setVerticalSpacing(2)
        title = QLabel(f"{item.number}. {item.text}")
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: 600;")
        if urgent:
            title.setText(
                f"{item.number}. {item.text}  "
                + QCoreApplication.translate("ItemsPage", "(self-harm item)")
            )
        grid.addWidget(title, 0, 0, 1, 2)
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        for position, answer in enumerate(item.answers):
            button = QRadioButton(QCoreApplication.translate("ItemsPage", "{answer}  — scores {score}").format(  # noqa: E501
                answer=answer.text, score=answer.score))  # fmt: skip
            button.setAccessibleName(
                QCoreApplication.translate(
                    "ItemsPage", "Item {n}: {answer}, scores {score}"
                ).format(n=item.number, answer=answer.text, score=answer.score)
            )
            self.group.addButton(button, position)
            self.buttons.append(button)
            grid.addWidget(button, 1 + position % 2, position // 2)  # down, then across
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    def choose_score(self, score: int) -> None:
        """Pick the answer carrying ``score``, as a click would."""
        self.buttons[self.item.position_of(score)].click()
        self.scored.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        score = SCORE_KEYS.get(Qt.Key(event.key()))
        if score is None:
            super().keyPressEvent(event)
            return
        self.choose_score(score)
        event.accept()

    def focus_answer(self) -> None:
        button = self.group.checkedButton() or self.buttons[0]
        button.setFocus(Qt.FocusReason.TabFocusReason)


class ItemsPage(QWidget):
    """The instrument's items, one ``ItemRow`` each, in a scrolling list."""

    def __init__(self, form: ItemForm, urgent_item: int) -> None:
        super().__init__()
        self.form = form
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        note = QLabel(
            QCoreApplication.translate(
                "ItemsPage",
                "{instructions} Choose the answer the person gave, as worded; its score shows "
                "beside it. Keyboard: on an item, press the score (0-3).",
            ).format(instructions=form.instructions)
        )
        note.setWordWrap(True)
        outer.addWidget(note)
        body = QWidget()
        column = QVBoxLayout(body)
        self.rows: list[ItemRow] = []
        for item in form.items:
            row = ItemRow(item, item.number == urgent_item)
            row.setFrameShape(QFrame.Shape.StyledPanel)
            row.scored.connect(self._next_after(len(self.rows)))
            column.addWidget(row)
            self.rows.append(row)
        source = QLabel(
            QCoreApplication.translate("ItemsPage", "Source: {source}").format(source=form.source)
        )
        source.setWordWrap(True)
        source.setStyleSheet("font-size: 8pt;")
        column.addWidget(source)
        column.addStretch(1)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(body)
        outer.addWidget(self.scroller, 1)
        self.groups = [row.group for row in self.rows]

    def _next_after(self, index: int):  # type: ignore[no-untyped-def]
        def move() -> None:
            if index + 1 < len(self.rows):
                self.rows[index + 1].focus_answer()
                self.scroller.ensureWidgetVisible(self.rows[index + 1])

        return move

    def answers(self) -> list[int]:
        """The printed position chosen on each answered item (the domain scores them)."""
        return [g.checkedId() for g in self.groups if g.checkedId() >= 0]

    def scores(self) -> list[int]:
        """The score of the answer chosen on each answered item."""
        return [
            row.item.answers[row.group.checkedId()].score
            for row in self.rows
            if row.group.checkedId() >= 0
        ]

    def choose(self, item: int, option: int) -> None:
        """Tick the answer printed at position ``option`` (0-3) on item ``item`` (1-based)."""
        self.groups[item - 1].button(option).click()

    def button_for(self, item: int, answer_text: str) -> QRadioButton:
        """The radio button of item ``item`` whose answer is worded ``answer_text``."""
        row = self.rows[item - 1]
        for position, answer in enumerate(row.item.answers):
            if answer.text == answer_text:
                return row.buttons[position]
        raise KeyError(answer_text)
