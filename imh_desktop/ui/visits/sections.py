"""The parts of the visit editor: visit details, who was present, what we did, note sections."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, Qt, QTime, Signal
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.enums import VisitMode, VisitOutcome, VisitService
from imh_desktop.domain.text import MAX_SHORT_NOTE
from imh_desktop.services.common.records import CaregiverRecord, ChildRecord
from imh_desktop.ui.common.labels import label
from imh_desktop.ui.common.local_format import relationship_text
from imh_desktop.ui.common.widgets import DateEdit, EnumCombo

OTHERS_PRESENT = {
    "sibling": QT_TRANSLATE_NOOP("PresentBox", "Sibling"),
    "grandparent": QT_TRANSLATE_NOOP("PresentBox", "Grandparent"),
    "professional": QT_TRANSLATE_NOOP("PresentBox", "Another professional"),
    "interpreter": QT_TRANSLATE_NOOP("PresentBox", "Interpreter"),
}


DOCUMENTED_OUTCOMES = (
    VisitOutcome.COMPLETED,
    VisitOutcome.CANCELLED_FAMILY,
    VisitOutcome.NO_SHOW,
    VisitOutcome.CANCELLED_STAFF,
)


def to_qtime(value: dt.time | None) -> QTime:
    return QTime(value.hour, value.minute) if value else QTime(9, 0)


def from_qtime(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


class VisitDetailsBox(QGroupBox):
    """Date, start time, duration, mode, outcome and (when not completed) the reason."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("VisitDetailsBox", "Visit"), parent)
        form = QFormLayout(self)
        self.date = DateEdit()
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm")
        self.duration = QSpinBox()
        self.duration.setRange(0, 480)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setSpecialValueText(self.tr("— min"))  # reads "at 09:00 for — min" until set
        self.mode = EnumCombo(list(VisitMode))
        self.outcome = EnumCombo(DOCUMENTED_OUTCOMES)
        self.reason = QLineEdit()
        self.reason.setMaxLength(MAX_SHORT_NOTE)
        self.reason.setPlaceholderText(
            self.tr("Why the visit did not take place, or the plan to reconnect")
        )
        self.reason_label = QLabel(self.tr("&Reason:"))
        self.reason_label.setBuddy(self.reason)
        when = QHBoxLayout()
        when.addWidget(self.date, 2)
        when.addWidget(QLabel(self.tr("at")))
        when.addWidget(self.start, 1)
        when.addWidget(QLabel(self.tr("for")))
        when.addWidget(self.duration, 1)
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.date)
        form.addRow(date_label, when)
        kind = QHBoxLayout()
        kind.addWidget(self.mode, 1)
        outcome_label = QLabel(self.tr("&Outcome:"))
        outcome_label.setBuddy(self.outcome)
        kind.addWidget(outcome_label)
        kind.addWidget(self.outcome, 1)
        mode_label = QLabel(self.tr("&Mode:"))
        mode_label.setBuddy(self.mode)
        form.addRow(mode_label, kind)
        form.addRow(self.reason_label, self.reason)
        for widget, name in (
            (self.date, "Visit date"), (self.start, "Start time"), (self.duration, "Duration"),
            (self.mode, "Mode"), (self.outcome, "Outcome"), (self.reason, "Reason"),
        ):  # fmt: skip
            widget.setAccessibleName(name)
        self.date.dateChanged.connect(self.changed)
        self.start.timeChanged.connect(self.changed)
        self.duration.valueChanged.connect(self.changed)
        self.mode.currentIndexChanged.connect(self.changed)
        self.outcome.currentIndexChanged.connect(self._on_outcome_changed)
        self.reason.textEdited.connect(self.changed)
        self._on_outcome_changed()

    def visit_date(self) -> dt.date:
        day = self.date.value()
        assert day is not None  # a required date is never empty
        return day

    def outcome_value(self) -> VisitOutcome:
        return VisitOutcome(self.outcome.value())

    def mode_value(self) -> VisitMode:
        return VisitMode(self.mode.value())

    def _on_outcome_changed(self) -> None:
        completed = self.outcome_value() is VisitOutcome.COMPLETED
        self.reason.setVisible(not completed)
        self.reason_label.setVisible(not completed)
        self.changed.emit()

    def focus_widgets(self) -> list[QWidget]:
        return [self.date, self.start, self.duration, self.mode, self.outcome, self.reason]


class PresentBox(QGroupBox):
    """Who was present: the family's caregivers and children, plus others."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PresentBox", "Who was present"), parent)
        self._grid = QGridLayout(self)
        # Not ``children``: that name is QObject's list of child objects.
        self.caregivers: dict[int, QCheckBox] = {}
        self.kids: dict[int, QCheckBox] = {}
        self.others: dict[str, QCheckBox] = {}

    def set_people(
        self, caregivers: Sequence[CaregiverRecord], children: Sequence[ChildRecord]
    ) -> None:
        self._grid.addWidget(_caption(self.tr("Caregivers")), 0, 0)
        for row, carer in enumerate(caregivers, start=1):
            relationship = relationship_text(carer.relationship)
            self._add_person(self.caregivers, carer.id, f"{carer.full_name} ({relationship})",
                             row, 0)  # fmt: skip
        self._grid.addWidget(_caption(QCoreApplication.translate("PresentBox", "Children")), 0, 1)
        for row, child in enumerate(children, start=1):
            self._add_person(self.kids, child.id, child.full_name, row, 1)
        self._grid.addWidget(
            _caption(QCoreApplication.translate("PresentBox", "Others")), 0, 2, 1, 2
        )
        for i, (key, text) in enumerate(OTHERS_PRESENT.items()):
            box = QCheckBox(QCoreApplication.translate("PresentBox", str(text)))
            box.toggled.connect(self.changed)
            self.others[key] = box
            self._grid.addWidget(box, 1 + i // 2, 2 + i % 2)
        self._grid.setColumnStretch(4, 1)

    def _add_person(
        self, store: dict[int, QCheckBox], ident: int, label: str, row: int, col: int
    ) -> None:
        box = QCheckBox(label)
        box.toggled.connect(self.changed)
        store[ident] = box
        self._grid.addWidget(box, row, col)

    def _boxes(self) -> dict[str, dict[int, QCheckBox] | dict[str, QCheckBox]]:
        return {"caregivers": self.caregivers, "children": self.kids, "others": self.others}

    def value(self) -> dict[str, list[Any]]:
        return {
            key: [ident for ident, box in boxes.items() if box.isChecked()]
            for key, boxes in self._boxes().items()
        }

    def set_value(self, value: dict[str, list[Any]]) -> None:
        for key, boxes in self._boxes().items():
            chosen = set(value.get(key, ()))
            for ident, box in boxes.items():
                box.setChecked(ident in chosen)

    def focus_widgets(self) -> list[QWidget]:
        return [*self.caregivers.values(), *self.kids.values(), *self.others.values()]


class ServicesBox(QGroupBox):
    """What we did: the services given this visit (DOMAIN.md), as check boxes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ServicesBox", "What we did"), parent)
        grid = QGridLayout(self)
        self.boxes: dict[str, QCheckBox] = {}
        for i, service in enumerate(VisitService):
            box = QCheckBox(label(service))
            box.toggled.connect(self.changed)
            self.boxes[service.value] = box
            grid.addWidget(box, i // 2, i % 2)

    def value(self) -> tuple[str, ...]:
        return tuple(k for k, b in self.boxes.items() if b.isChecked())

    def set_value(self, services: Sequence[str]) -> None:
        for key, box in self.boxes.items():
            box.setChecked(key in services)

    def focus_widgets(self) -> list[QWidget]:
        return list(self.boxes.values())


class NoteSection(QWidget):
    """A titled free-text section of the note. Tab moves on to the next field."""

    changed = Signal()

    def __init__(
        self, title: str, hint: str = "", caption: str = "", height: int = 110,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        heading = QLabel(f"<b>{title}</b>")
        layout.addWidget(heading)
        if caption:
            note = QLabel(caption)
            note.setWordWrap(True)
            note.setStyleSheet("font-style: italic;")
            layout.addWidget(note)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setPlaceholderText(hint)
        self.edit.setAccessibleName(title)
        self.edit.setFixedHeight(height)
        self._height = height
        self._hint = hint
        self.edit.textChanged.connect(self.changed)
        heading.setBuddy(self.edit)
        layout.addWidget(self.edit)

    def value(self) -> str:
        return self.edit.toPlainText()

    def set_value(self, text: str) -> None:
        if text != self.edit.toPlainText():
            self.edit.setPlainText(text)
            self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Read-only, the text takes the height it needs (up to the writing height); no gap."""
        if not self.edit.isReadOnly():
            self.edit.setFixedHeight(self._height)
            return
        metrics = self.edit.fontMetrics()
        width = max(self.edit.viewport().width() - 8, 50)
        box = metrics.boundingRect(
            QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), self.edit.toPlainText()
        )
        need = max(box.height(), metrics.lineSpacing()) + 14
        self.edit.setFixedHeight(min(need, self._height))

    def set_read_only(self, read_only: bool) -> None:
        """Read-only reads as finished text: full contrast, no box, no cursor."""
        self.edit.setReadOnly(read_only)
        self.edit.setPlaceholderText("" if read_only else self._hint)  # no prompt to write
        self._fit_height()
        self.edit.setFrameShape(QFrame.Shape.NoFrame if read_only else QFrame.Shape.StyledPanel)
        self.edit.setBackgroundVisible(False)
        palette = self.edit.palette()
        base = self.palette().color(QPalette.ColorRole.Window) if read_only else None
        palette.setColor(
            QPalette.ColorRole.Base,
            base or self.style().standardPalette().color(QPalette.ColorRole.Base),
        )
        self.edit.setPalette(palette)


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)  # a font, not a style sheet: a locked note keeps its full contrast
    label.setFont(font)
    return label
