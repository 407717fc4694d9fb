"""The family's Visits tab: planned and documented visits; new note; open a note.

The list is read through ``ctx.runner``. A note saved in an editor opened
from here is published on ``ctx.bus`` by the editor; the tab is reloaded by
its owner (the family record) when a Change touches the visits.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.enums import VisitOutcome
from imh_desktop.domain.permissions import Permission, Relation
from imh_desktop.services.common.records import GoalRecord, VisitRecord
from imh_desktop.services.family import goals
from imh_desktop.services.visits import lists as note_lists
from imh_desktop.services.visits import visits
from imh_desktop.services.visits.records import ProgressPoint
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.labels import label
from imh_desktop.ui.common.live import keep_place
from imh_desktop.ui.common.local_format import format_date
from imh_desktop.ui.common.permissions import gate
from imh_desktop.ui.common.tasks import LatestOnly
from imh_desktop.ui.common.widgets import ListColumn, RecordListModel, list_table
from imh_desktop.ui.visits.editor import VisitNoteEditor, open_visit_editor


def note_state(v: VisitRecord) -> str:
    """ "Planned", "Unsigned", "Signed 25 Nov 2026" or "Co-signed 26 Nov 2026"."""
    if v.outcome is VisitOutcome.PLANNED:
        return QCoreApplication.translate("VisitsTab", "Planned")
    if v.cosigned_at:
        return QCoreApplication.translate("VisitsTab", "Co-signed {0}").format(
            format_date(v.cosigned_at.date())
        )
    if v.signed_at:
        return QCoreApplication.translate("VisitsTab", "Signed {0}").format(
            format_date(v.signed_at.date())
        )
    return QCoreApplication.translate("VisitsTab", "Unsigned")


VISIT_COLUMNS = (
    ListColumn(QT_TRANSLATE_NOOP("ListColumn", "Date"), lambda v: v.visit_date),
    ListColumn(
        QT_TRANSLATE_NOOP("ListColumn", "Time"),
        lambda v: v.start_time.strftime("%H:%M") if v.start_time else "",
    ),
    ListColumn(QT_TRANSLATE_NOOP("ListColumn", "Outcome"), lambda v: v.outcome),
    ListColumn(QT_TRANSLATE_NOOP("ListColumn", "Mode"), lambda v: v.mode),
    ListColumn(
        QT_TRANSLATE_NOOP("ListColumn", "Minutes"), lambda v: v.duration_minutes, align_right=True
    ),
    ListColumn(QT_TRANSLATE_NOOP("ListColumn", "Note"), note_state),
    ListColumn(
        QT_TRANSLATE_NOOP("ListColumn", "Plan, or why it did not take place"),
        lambda v: plan_or_reason(v),
    ),
)


def plan_or_reason(v: VisitRecord) -> str:
    """The plan of a visit that took place; the reason (and plan) of one that did not."""
    plan = v.plan.replace("\n", " ").strip()
    if v.outcome in (VisitOutcome.COMPLETED, VisitOutcome.PLANNED):
        return plan
    reason = v.cancel_reason.replace("\n", " ").strip()
    return "; ".join(part for part in (f"Reason: {reason}" if reason else "", plan) if part)


def goals_addressed(
    goals: Sequence[GoalRecord], progress: dict[int, list[ProgressPoint]]
) -> dict[int, str]:
    """Visit id -> the goals it rated, "Attachment and relationship 3; Regulation 2"."""
    domain = {g.id: label(g.domain) for g in goals}
    rated: dict[int, list[str]] = {}
    for goal_id, points in progress.items():
        for p in points:
            rated.setdefault(p.visit_id, []).append(f"{domain.get(goal_id, '?')} {p.rating}")
    return {visit_id: "; ".join(sorted(texts)) for visit_id, texts in rated.items()}


class VisitsTab(QWidget):
    """A family's visits, newest first. Double-click (or Enter) opens the note."""

    def __init__(
        self, ctx: AppContext, family_id: int, parent: QWidget | None = None, load: bool = True
    ) -> None:
        super().__init__(parent)
        self.ctx, self.family_id = ctx, family_id
        self._reads = LatestOnly(ctx.runner, self)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New visit note…"))
        self.new_button.setToolTip(self.tr("Write the note of a visit (Ctrl+Shift+N)"))
        self.open_button = QPushButton(self.tr("&Open note"))
        self.open_button.setEnabled(False)  # until the visits are read
        bar.addWidget(self.new_button)
        bar.addWidget(self.open_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.addressed: dict[int, str] = {}
        columns = (
            *VISIT_COLUMNS[:-1],
            ListColumn(
                QT_TRANSLATE_NOOP("ListColumn", "Goals addressed"),
                lambda v: self.addressed.get(v.id, ""),
            ),
            VISIT_COLUMNS[-1],
        )
        self.model = RecordListModel(columns, self)
        self.table = list_table(
            self.model, QCoreApplication.translate("VisitsTab", "Visits"), alternating=True
        )
        self.table.setWordWrap(True)  # a long plan wraps in its row instead of being cut
        self.table.horizontalHeader().sectionResized.connect(self._on_header_resized)
        goals_column = len(columns) - 2  # wraps in a column of its own width, like the plan
        self.table.horizontalHeader().setSectionResizeMode(
            goals_column, QHeaderView.ResizeMode.Interactive
        )
        self.table.horizontalHeader().resizeSection(
            goals_column, self.table.fontMetrics().horizontalAdvance("Caregiver well-being 3;") + 24
        )
        layout.addWidget(self.table, 1)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.table.activated.connect(self._on_open_clicked)
        self.table.doubleClicked.connect(self._on_open_clicked)
        if load:  # the family record loads its tabs once it may read the family
            self.refresh()

    def set_access(self, relation: Relation) -> None:
        """Allow a new note only to a user who may write notes for this family (the record says)."""
        gate(self.new_button, self.ctx, Permission.WRITE_NOTE, relation)

    def refresh(self) -> None:
        """Reload the family's visits (through the runner)."""
        svc, family_id = self.ctx.svc, self.family_id

        def read() -> tuple[list[VisitRecord], dict[int, str]]:
            addressed = goals_addressed(
                goals.list_goals(svc, family_id), note_lists.goal_progress(svc, family_id)
            )
            return visits.list_visits(svc, family_id), addressed

        self._reads.start(read, self._show, self._on_failed)

    def _show(self, result: tuple[list[VisitRecord], dict[int, str]]) -> None:
        records, self.addressed = result
        with keep_place(self.table, lambda row: self.model.records[row].id):  # a colleague's save
            self.model.set_records(records)
            self.table.resizeRowsToContents()
        self.open_button.setEnabled(bool(records))

    def _on_header_resized(self, *_args: object) -> None:
        self.table.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.table.resizeRowsToContents)  # once the columns have their room

    def _on_failed(self, exc: BaseException) -> None:
        raise exc  # the application's error handler shows it

    def selected(self) -> VisitRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.records[rows[0].row()] if rows else None

    def open_editor(self, visit_id: int | None = None) -> VisitNoteEditor:
        """Open the note editor (a new note when ``visit_id`` is None) in its own window."""
        return open_visit_editor(self.ctx, self.window(), self.family_id, visit_id)

    def _on_new_clicked(self) -> None:
        self.open_editor(None)

    def _on_open_clicked(self, *_args: object) -> None:
        visit = self.selected()
        if visit is not None:
            self.open_editor(visit.id)
