"""The family's Goals tab: the goals, their status history, and each goal's progress over time.

Its loads go through ``ctx.runner``. A goal saved here (in the goal dialog,
or by the status buttons) is published on ``ctx.bus``; the tab is reloaded
by its owner (the family record) when a Change touches the goals.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.enums import GoalStatus
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.goal_rules import past_target, review_prompt
from imh_desktop.domain.inputs import GoalInput
from imh_desktop.domain.permissions import Permission
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.records import FamilyRecord, GoalRecord
from imh_desktop.services.family import families, goals
from imh_desktop.services.visits import lists as note_lists
from imh_desktop.services.visits.records import ProgressPoint
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.i18n import translate_message, user_message
from imh_desktop.ui.common.labels import label
from imh_desktop.ui.common.local_format import format_date
from imh_desktop.ui.common.permissions import gate
from imh_desktop.ui.common.tasks import LatestOnly
from imh_desktop.ui.common.widgets import ListColumn, RecordListModel
from imh_desktop.ui.family.goal_chart import GoalProgressChart
from imh_desktop.ui.family.goal_dialog import ADD, EDIT, REVISE, GoalDialog
from imh_desktop.ui.visits.goal_ratings import RATING_SHORT


def who_for(goal: GoalRecord, family: FamilyRecord) -> str:
    """ "Family", or the caregiver and child the goal is about."""
    names = [c.full_name for c in family.caregivers if c.id == goal.caregiver_id]
    names += [c.full_name for c in family.children if c.id == goal.child_id]
    if not names:
        return QCoreApplication.translate("GoalsTab", "Family")
    return QCoreApplication.translate("GoalsTab", " and ").join(names)


def status_text(goal: GoalRecord, today: dt.date | None = None) -> str:
    """The goal's status and its date; an active goal past its target date asks for review."""
    if (
        today is not None
        and goal.target_date is not None
        and past_target(goal.status, goal.target_date, today)
    ):
        return f"{label(goal.status)} — {translate_message(review_prompt(goal.target_date))}"
    if goal.status is GoalStatus.ACTIVE or goal.status_changed_on is None:
        return label(goal.status)
    return f"{label(goal.status)} {format_date(goal.status_changed_on)}"


@dataclass(frozen=True)
class GoalsData:
    """What the tab shows, read in one task."""

    family: FamilyRecord
    goals: list[GoalRecord]
    progress: dict[int, list[ProgressPoint]]


def read_goals(svc: ServiceContext, family_id: int) -> GoalsData:
    """The family (for names), its goals and every goal's ratings."""
    return GoalsData(
        families.get_family(svc, family_id),
        goals.list_goals(svc, family_id),
        note_lists.goal_progress(svc, family_id),
    )


class GoalsTab(QWidget):
    """Goals of one family, with add / edit / revise / achieved / discontinued and a chart."""

    def __init__(
        self, ctx: AppContext, family_id: int, parent: QWidget | None = None, load: bool = True
    ) -> None:
        super().__init__(parent)
        self.ctx, self.family_id = ctx, family_id
        self.family: FamilyRecord | None = None  # until the first read is back
        self.progress: dict[int, list[ProgressPoint]] = {}
        self.dialog: GoalDialog | None = None
        self._select_id: int | None = None  # the goal to select once it is loaded
        self._reads = LatestOnly(ctx.runner, self)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add goal…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.revise_button = QPushButton(self.tr("&Revise…"))
        self.achieved_button = QPushButton(self.tr("Mark a&chieved"))
        self.discontinue_button = QPushButton(self.tr("&Discontinue"))
        for button in (self.add_button, self.edit_button, self.revise_button,
                       self.achieved_button, self.discontinue_button):  # fmt: skip
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.model = RecordListModel(
            [
                ListColumn(QT_TRANSLATE_NOOP("ListColumn", "Domain"), lambda g: label(g.domain)),
                ListColumn(QT_TRANSLATE_NOOP("ListColumn", "Goal"), self._statement),
                ListColumn(
                    QT_TRANSLATE_NOOP("ListColumn", "Status"),
                    lambda g: status_text(g, self.ctx.today()),
                ),
                ListColumn(QT_TRANSLATE_NOOP("ListColumn", "Latest rating"), self._latest),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Goals"))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # A status with its review reminder wraps in a column of its own width.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(
            2, header.fontMetrics().horizontalAdvance("Discontinued 29 Jun 2026") + 16
        )
        header.sectionResized.connect(self._on_header_resized)
        detail = QWidget()
        detail_box = QVBoxLayout(detail)
        detail_box.setContentsMargins(8, 0, 0, 0)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.chart = GoalProgressChart()
        self.ratings = QTextBrowser()
        self.ratings.setAccessibleName(self.tr("Ratings of the goal"))
        detail_box.addWidget(self.detail)
        detail_box.addWidget(QLabel(self.tr("<b>Progress</b> (1 = no change … 5 = achieved)")))
        detail_box.addWidget(self.chart)
        detail_box.addWidget(self.ratings, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 520])  # the goal statements need the room
        layout.addWidget(splitter, 1)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.revise_button.clicked.connect(self._on_revise_clicked)
        self.achieved_button.clicked.connect(self._on_achieved_clicked)
        self.discontinue_button.clicked.connect(self._on_discontinue_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection)
        self.table.doubleClicked.connect(self._on_edit_clicked)
        self.add_button.setEnabled(False)
        self._show_selected()
        if load:  # the family record loads its tabs once it may read the family
            self.refresh()

    def _statement(self, goal: GoalRecord) -> str:
        """The statement; a revision of an earlier goal says so."""
        if any(g.replaced_by_id == goal.id for g in self.model.records):
            return self.tr("{0} (revision)").format(goal.statement)
        return goal.statement

    def _latest(self, goal: GoalRecord) -> str:
        points = self.progress.get(goal.id)
        if not points:
            return ""
        last = points[-1]
        return f"{last.rating} {RATING_SHORT[last.rating]} ({format_date(last.visit_date)})"

    def refresh(self, select_id: int | None = None) -> None:
        """Reload goals and ratings (through the runner); keep (or move to) the selected goal."""
        if select_id is not None:
            self._select_id = select_id
        svc, family_id = self.ctx.svc, self.family_id
        self._reads.start(lambda: read_goals(svc, family_id), self._show, self._on_failed)

    def _on_failed(self, exc: BaseException) -> None:
        raise exc  # the application's error handler shows it

    def _show(self, data: GoalsData) -> None:
        selected = self.selected()
        current = self._select_id or (selected.id if selected else None)
        self._select_id = None
        self.family, self.progress = data.family, data.progress
        self.model.set_records(data.goals)
        self.table.resizeRowsToContents()
        row = next((i for i, g in enumerate(self.model.records) if g.id == current), 0)
        if self.model.records:
            self.table.selectRow(row)
        self._gate(self.add_button)
        self._show_selected()

    def _gate(self, button: QPushButton, enabled: bool = True) -> None:
        """Enable ``button`` when ``enabled`` and the user may change this family's goals."""
        relation = self.family.relation if self.family is not None else None
        gate(button, self.ctx, Permission.CHANGE_FAMILY, relation, enabled=enabled)

    def select_goal(self, goal_id: int) -> None:
        """Select that goal, now or (when not loaded yet) once the next read is back."""
        row = next((i for i, g in enumerate(self.model.records) if g.id == goal_id), None)
        if row is None:
            self._select_id = goal_id
        else:
            self.table.selectRow(row)

    def _on_header_resized(self, *_args: object) -> None:
        self.table.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def selected(self) -> GoalRecord | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.records[rows[0].row()] if rows else None

    def _on_table_selection(self, *_args: object) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        goal = self.selected()
        active = goal is not None and goal.status is GoalStatus.ACTIVE
        self._gate(self.edit_button, goal is not None)
        for button in (self.revise_button, self.achieved_button, self.discontinue_button):
            self._gate(button, active)
        if goal is None or self.family is None:
            self.detail.setText(self.tr("<i>No goals yet. Add the family's first goal.</i>"))
            self.chart.set_points([])
            self.ratings.clear()
            return
        self.detail.setText(self._detail_html(goal, self.family))
        points = self.progress.get(goal.id, [])
        self.chart.set_points(points)
        self.ratings.setHtml(
            "".join(
                f"<p><b>{format_date(p.visit_date)}</b> — {p.rating} {RATING_SHORT[p.rating]}"
                + (f"<br>{html.escape(p.note)}" if p.note else "")
                + ("" if p.signed else " <i>(note not signed yet)</i>")
                + "</p>"
                for p in reversed(points)
            )
            or "<p><i>Not rated at any visit yet.</i></p>"
        )

    def _detail_html(self, goal: GoalRecord, family: FamilyRecord) -> str:
        rows = [
            (self.tr("For"), who_for(goal, family)),
            (self.tr("Status"), status_text(goal, self.ctx.today())),
            (self.tr("Started"), format_date(goal.started_on)),
            (self.tr("Target"), format_date(goal.target_date)),
            (self.tr("Baseline"), goal.baseline),
            (self.tr("Strategies"), goal.strategies),
        ]
        if goal.replaced_by_id:
            successor = next((g for g in self.model.records if g.id == goal.replaced_by_id), None)
            rows.append((self.tr("Replaced by"), successor.statement if successor else ""))
        earlier = next((g for g in self.model.records if g.replaced_by_id == goal.id), None)
        if earlier is not None:
            rows.append((
                self.tr("Revision of"),
                self.tr("{0} (revised {1})").format(
                    earlier.statement, format_date(earlier.status_changed_on)
                ),
            ))  # fmt: skip
        cells = "".join(
            f"<tr><td style='padding-right:8px'><b>{k}</b></td><td>{html.escape(v)}</td></tr>"
            for k, v in rows
            if v
        )
        return (
            f"<p style='font-size:12pt'>{html.escape(goal.statement)}</p>"
            f"<p>{label(goal.domain)}</p><table>{cells}</table>"
        )

    def _open_dialog(self, mode: str, goal: GoalRecord | None = None) -> None:
        if self.family is None:
            return
        self.dialog = GoalDialog(self.ctx, self.family, goal, mode, parent=self)
        self.dialog.finished.connect(self._on_dialog_finished)
        self.dialog.open()

    def _on_dialog_finished(self, result: int) -> None:
        # The dialog published its change; the owner reloads this tab through the bus.
        saved = self.dialog.result_goal if self.dialog is not None else None
        if result == QDialog.DialogCode.Accepted and saved is not None:
            self.select_goal(saved.id)

    def _on_add_clicked(self) -> None:
        self._open_dialog(ADD)

    def _on_edit_clicked(self, *_args: object) -> None:
        if self.selected() is not None and self.edit_button.isEnabled():
            self._open_dialog(EDIT, self.selected())

    def _on_revise_clicked(self) -> None:
        if self.selected() is not None:
            self._open_dialog(REVISE, self.selected())

    def _set_status(self, status: GoalStatus) -> None:
        goal = self.selected()
        if goal is None:
            return
        data = GoalInput(
            goal.domain, goal.statement, goal.started_on, goal.caregiver_id, goal.child_id,
            goal.baseline, goal.strategies, goal.target_date, status,
        )  # fmt: skip
        try:
            goals.update_goal(self.ctx.svc, goal.id, data, goal.version)
        except DomainError as exc:
            self.message.setText(user_message(exc))
            self.message.show()
            return
        self.message.hide()
        self.ctx.bus.publish(Change.of(self.family_id, Part.GOALS))

    def _on_achieved_clicked(self) -> None:
        self._set_status(GoalStatus.ACHIEVED)

    def _on_discontinue_clicked(self) -> None:
        self._set_status(GoalStatus.DISCONTINUED)
