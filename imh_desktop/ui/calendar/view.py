"""The calendar window: planned visits by week or month, mine or (a supervisor) my team's.

Visits that double-book a specialist or fall outside the agency's working
hours are marked. A visit is rescheduled from its context menu, by
double-click or by dragging it onto another day (each opens the reschedule
dialog); "Export my visits" writes an .ics file with case numbers and times
only. The visits are read through ``ctx.runner`` and read again when a
Change on ``ctx.bus`` touches visits (at once when shown, else when next shown).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.enums import Role
from imh_desktop.domain.errors import DomainError
from imh_desktop.services.calendar import ics, views
from imh_desktop.services.calendar.records import CalendarPage, CalendarVisit
from imh_desktop.services.common.changes import Part
from imh_desktop.ui.calendar.models import MonthModel, WeekModel
from imh_desktop.ui.calendar.reschedule import RescheduleDialog
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.errors import show_error
from imh_desktop.ui.common.local_format import (
    format_date,
    format_day_month,
    format_month,
    format_short_day,
)
from imh_desktop.ui.common.reread import RereadWhenShown
from imh_desktop.ui.common.tasks import LatestOnly

WEEK, MONTH = "week", "month"
MONTH_CELLS = 42  # six rows of seven days


def monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def shown_period(mode: str, anchor: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day on screen: a Monday-Sunday week, or the month's six weeks."""
    if mode == WEEK:
        start = monday(anchor)
        return start, start + dt.timedelta(days=6)
    start = monday(anchor.replace(day=1))
    return start, start + dt.timedelta(days=MONTH_CELLS - 1)


def moved(mode: str, anchor: dt.date, steps: int) -> dt.date:
    """``anchor`` a week or a month on (``steps`` > 0) or back."""
    if mode == WEEK:
        return anchor + dt.timedelta(days=7 * steps)
    month = anchor.year * 12 + anchor.month - 1 + steps
    return dt.date(month // 12, month % 12 + 1, 1)


class CalendarWindow(RereadWhenShown, QDialog):
    """Week and month views of planned visits; a supervisor chooses whose."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.mode = WEEK
        self.anchor = ctx.today()
        self.page: CalendarPage | None = None
        self.specialist_id: int | None = None
        self.who_ids: list[int | None] = []  # by the index of the "whose visits" choice
        self._reads = LatestOnly(ctx.runner, self)
        self.setWindowTitle(self.tr("Calendar"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_bar())
        self.stack = QStackedWidget()
        self.week_model = WeekModel(self)
        self.week_model.show_specialist = self._team_view()
        self.month_model = MonthModel(self)
        self.week_table = self._table(self.week_model, self.tr("Planned visits of the week"))
        self.week_table.verticalHeader().setDefaultSectionSize(
            self.fontMetrics().lineSpacing() * (6 if self._team_view() else 5) + 6
        )
        self.week_table.setDragEnabled(True)
        self.week_table.setAcceptDrops(True)
        self.week_table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.week_table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.week_table.setDropIndicatorShown(True)
        self.month_table = self._table(self.month_model, self.tr("Planned visits of the month"))
        self.month_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.month_table.viewport().installEventFilter(self)
        self.stack.addWidget(self.week_table)
        self.stack.addWidget(self.month_table)
        layout.addWidget(self.stack, 1)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.legend)
        layout.addWidget(self.status)
        self.week_table.activated.connect(self._on_week_activated)
        self.week_table.customContextMenuRequested.connect(self._on_week_menu_requested)
        self.week_model.move_requested.connect(self.reschedule)
        self.month_table.activated.connect(self._on_month_activated)
        self.month_table.customContextMenuRequested.connect(self._on_month_menu_requested)
        self.reread_on(ctx.bus, Part.VISITS, Part.SETTINGS)
        self.resize(1240, 700)
        self.refresh()

    def _team_view(self) -> bool:
        return self.ctx.user.role is Role.SUPERVISOR

    def _build_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("◀ &Previous"))
        self.today_button = QPushButton(self.tr("T&oday"))
        self.next_button = QPushButton(self.tr("&Next ▶"))
        self.title = QLabel()
        self.week_button = QPushButton(self.tr("&Week"))
        self.month_button = QPushButton(self.tr("&Month"))
        self.views = QButtonGroup(self)
        for button in (self.week_button, self.month_button):
            button.setCheckable(True)
            self.views.addButton(button)
        self.week_button.setChecked(True)
        self.who = QComboBox()
        self.who.setAccessibleName(self.tr("Whose visits"))
        self.who.setVisible(self._team_view())
        self.export_button = QPushButton(self.tr("&Export my visits (.ics)…"))
        self.export_button.setToolTip(self.tr(
            "Save your planned visits for the next 90 days to a calendar file for your phone: "
            "case numbers and times only, no names."
        ))  # fmt: skip
        widgets: list[QWidget] = [self.previous_button, self.today_button, self.next_button]
        for widget in widgets:
            bar.addWidget(widget)
        bar.addWidget(self.title, 1)
        widgets = [self.who, self.week_button, self.month_button, self.export_button]
        for widget in widgets:
            bar.addWidget(widget)
        self.previous_button.clicked.connect(self._on_previous_clicked)
        self.today_button.clicked.connect(self._on_today_clicked)
        self.next_button.clicked.connect(self._on_next_clicked)
        self.week_button.clicked.connect(self._on_week_clicked)
        self.month_button.clicked.connect(self._on_month_clicked)
        self.who.activated.connect(self._on_who_activated)
        self.export_button.clicked.connect(self._on_export_clicked)
        return bar

    def _table(self, model: WeekModel | MonthModel, name: str) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setAccessibleName(name)
        table.setWordWrap(True)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.setTabKeyNavigation(False)  # Tab leaves the calendar; arrows move in it
        return table

    # Reading ------------------------------------------------------------------------
    def period(self) -> tuple[dt.date, dt.date]:
        return shown_period(self.mode, self.anchor)

    def refresh(self) -> None:
        """Read the shown period again (through the runner)."""
        self.mark_read()
        svc, who = self.ctx.svc, self.specialist_id
        start, end = self.period()
        self._reads.start(
            lambda: views.list_calendar(svc, start, end, who), self._show, self._on_failed
        )

    def _on_failed(self, exc: BaseException) -> None:
        raise exc  # the application's error handler shows it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.month_table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_month()
        return False

    def _fit_month(self) -> None:
        """As many lines a month cell as its height holds (the rest: "+ n more")."""
        height = self.month_table.viewport().height() // 6
        self.month_model.set_max_lines((height - 4) // self.fontMetrics().lineSpacing())

    def _show(self, page: CalendarPage) -> None:
        self.page = page
        if self.who.count() == 0 and len(page.staff) > 1:
            self.who.addItem(self.tr("Everyone (my team and me)"))
            self.who_ids = [None, *(staff_id for staff_id, _ in page.staff)]
            for _staff_id, name in page.staff:
                self.who.addItem(name)
        today = self.ctx.today()
        if self.mode == WEEK:
            self.week_model.set_visits(page.start, today, page.visits)
            self.stack.setCurrentIndex(0)
            self.title.setText(f"<b>{format_day_month(page.start)} – {format_date(page.end)}</b>")
        else:
            self.month_model.month = self.anchor.month
            self.month_model.set_visits(page.start, today, page.visits)
            self.stack.setCurrentIndex(1)
            self._fit_month()
            self.title.setText(f"<b>{format_month(self.anchor)}</b>")
        flagged = sum(1 for v in page.visits if v.double_booked or v.outside_hours)
        self.legend.setText(
            self.tr(
                "{count} planned, {flagged} flagged ⚠ (double booking, or outside working hours: "
                "{hours}). Double-click a visit or drag it to another day to reschedule it; "
                "in the month, double-click a day to see its week."
            ).format(count=len(page.visits), flagged=flagged, hours=page.hours.describe())
        )

    # Navigation ---------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        self.mode = mode
        (self.week_button if mode == WEEK else self.month_button).setChecked(True)
        self.refresh()

    def _on_week_clicked(self) -> None:
        self.set_mode(WEEK)

    def _on_month_clicked(self) -> None:
        self.set_mode(MONTH)

    def _on_previous_clicked(self) -> None:
        self.anchor = moved(self.mode, self.anchor, -1)
        self.refresh()

    def _on_next_clicked(self) -> None:
        self.anchor = moved(self.mode, self.anchor, 1)
        self.refresh()

    def _on_today_clicked(self) -> None:
        self.anchor = self.ctx.today()
        self.refresh()

    def _on_who_activated(self, index: int) -> None:
        self.specialist_id = self.who_ids[index]
        self.refresh()

    # Rescheduling, opening, exporting -----------------------------------------------------
    def reschedule(self, visit: CalendarVisit, day: dt.date | None = None) -> None:
        """Open the reschedule dialog for ``visit`` (moved to ``day`` when dropped on one)."""
        dialog = RescheduleDialog(self.ctx, visit, day, self)
        dialog.exec()  # a saved move is published on the bus, which reads the calendar again
        if dialog.saved is not None:
            self.status.setText(self.tr("Moved {case} to {day}.").format(
                case=dialog.saved.case_number, day=format_short_day(dialog.saved.day)))  # fmt: skip

    def _on_week_activated(self, index: QModelIndex) -> None:
        visit = self.week_model.visit(index)
        if visit is not None:
            self.reschedule(visit)

    def _on_month_activated(self, index: QModelIndex) -> None:
        """A day of the month opens its week."""
        self.anchor = self.month_model.day(index)
        self.set_mode(WEEK)

    def _visit_menu(self, visits: list[CalendarVisit], titled: bool) -> QMenu:
        menu = QMenu(self)
        for visit in visits:
            text = self.tr("&Reschedule…")
            if titled:
                when = f"{visit.start:%H:%M}" if visit.start else self.tr("no time")
                text = self.tr("Reschedule {when} {case}…").format(
                    when=when, case=visit.case_number
                )
            menu.addAction(text).triggered.connect(lambda _=False, v=visit: self.reschedule(v))
            if not titled:
                note = menu.addAction(self.tr("&Open the visit note"))
                note.triggered.connect(lambda _=False, v=visit: self._on_open_requested(v))
        return menu

    def _on_week_menu_requested(self, at: QPoint) -> None:
        visit = self.week_model.visit(self.week_table.indexAt(at))
        if visit is not None:
            self._visit_menu([visit], False).popup(self.week_table.viewport().mapToGlobal(at))

    def _on_month_menu_requested(self, at: QPoint) -> None:
        index = self.month_table.indexAt(at)
        visits = self.month_model.visits(index)
        if not visits:
            return
        menu = self._visit_menu(visits, True)
        menu.addSeparator()
        menu.addAction(self.tr("Show this &week")).triggered.connect(
            lambda _=False: self._on_month_activated(index)
        )
        menu.popup(self.month_table.viewport().mapToGlobal(at))

    def _on_open_requested(self, visit: CalendarVisit) -> None:
        from imh_desktop.ui.visits.editor import open_visit_editor

        open_visit_editor(self.ctx, self.parentWidget() or self, visit.family_id, visit.visit_id)

    def _on_export_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export my visits"), str(Path.home() / "imh-visits.ics"),
            self.tr("Calendar file (*.ics)"),
        )  # fmt: skip
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        """Write the user's next 90 days of planned visits to ``path`` (an .ics file)."""
        if not self.ctx.exports.confirm(self, self.tr("The calendar file")):
            return
        try:
            count = ics.export_ics(self.ctx.svc, path)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.status.setText(self.tr("Wrote {count} planned visits to {path} (case numbers and "
                                    "times only).").format(count=count, path=path))  # fmt: skip
