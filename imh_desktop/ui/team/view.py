"""The supervisor's team dashboard: a period, the team table, a specialist's families, charts.

Reads everything for a period with one service call (``services.team``);
the tables are ``FrameTableModel``s behind sorting proxies. Double-click or
Enter on a specialist shows their families (Back, or Alt+Left, returns); on a
family it asks the main window to open the record (``family_open_requested``).
Exports write what is on screen to CSV or Excel, or the caseload report to PDF. Reading runs
through the context's runner (``LatestOnly``: only the newest read is shown); ``loaded`` is
emitted when new data is shown. A change published on the context's bus reads the period again
at once when the view is visible, else when it is next shown.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.errors import DomainError
from imh_desktop.services.common import export
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.team import dashboard as team
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.counts import served_text
from imh_desktop.ui.common.errors import show_error
from imh_desktop.ui.common.i18n import user_message
from imh_desktop.ui.common.local_format import format_period
from imh_desktop.ui.common.service_texts import service_text
from imh_desktop.ui.common.tasks import LatestOnly
from imh_desktop.ui.common.widgets import DateEdit, warning_color
from imh_desktop.ui.team.charts import DomainRatingsChart, WeeklyVisitsChart
from imh_desktop.ui.team.emergency import EmergencyAccessList
from imh_desktop.ui.team.export import TeamExports
from imh_desktop.ui.team.model import FrameTableModel, PinnedSortProxy

FAMILY_DROP_ORDER = (
    "enrolled_on", "goals_discontinued", "goals_revised", "goals_achieved", "goals_active",
    "screens_due", "no_shows", "cancelled", "frequency", "expected", "status",
)  # fmt: skip
# The team table likewise gives up the goal counts first on a narrow screen (150 % scaling).
TEAM_DROP_ORDER = ("goals_discontinued", "goals_revised", "goals_achieved", "no_shows")
MAX_COLUMN_WIDTH = 320  # longer text is elided; the tooltip shows all of it
# What the dashboard counts: everything but a draft (not a note yet) moves its numbers.
TEAM_PARTS = tuple(part for part in Part if part is not Part.DRAFTS)


class TeamTable(QTableView):
    """A read-only, sortable table whose rows open with Enter as well as a double-click."""

    open_requested = Signal(QModelIndex)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table
        self.verticalHeader().hide()
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setStretchLastSection(False)
        self.proxy = PinnedSortProxy(self)  # sorts by precomputed keys; totals stay last
        self.setModel(self.proxy)
        self.doubleClicked.connect(self.open_requested)
        self.drop_order: list[int] = []  # columns that give way first when it is narrow

    def fit_columns(self) -> None:
        """Size each column to its widest cell or header line, without the room Qt keeps
        for a sort arrow on every column (which pushes a wide table off screen).

        When the columns are wider than the table, those named in ``drop_order``
        are hidden in that order until the rest fit (the exports keep them all).
        """
        model = self.model()
        header = self.horizontalHeader()
        bold = QFont(self.font())
        bold.setBold(True)
        strong = QFontMetrics(bold)
        heads = QFontMetrics(header.font())
        widths = []
        for col in range(model.columnCount()):
            header.setSectionHidden(col, False)
            title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
            width = max(heads.horizontalAdvance(line) for line in title.split("\n"))
            for row in range(min(model.rowCount(), 300)):
                text = str(model.index(row, col).data() or "")
                width = max(width, strong.horizontalAdvance(text))  # bold rows are widest
            widths.append(min(width + (26 if col == 0 else 16), MAX_COLUMN_WIDTH))
            self.setColumnWidth(col, widths[-1])
        room, shown = self.viewport().width(), set(range(len(widths)))
        for col in self.drop_order:
            if room <= 0 or sum(widths[c] for c in shown) <= room:
                break
            shown.discard(col)
            header.setSectionHidden(col, True)
        if self.wordWrap():
            self.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.drop_order and event.size().width() != event.oldSize().width():
            self.fit_columns()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


class TeamView(QWidget):
    """The team dashboard for the signed-in supervisor: their team, and emergency accesses."""

    family_open_requested = Signal(int)
    measures_requested = Signal()  # the program measures window, for funders
    loaded = Signal()  # new data is on screen

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._data: team.TeamData | None = None
        self._specialist: int | None = None
        self._stale = False  # something changed while hidden: read again when shown
        self.setWindowTitle(self.tr("Team dashboard"))
        self.loader = LatestOnly(ctx.runner, self)
        self._build()
        self.exports = TeamExports(ctx, self)
        self.exports.saved.connect(self._on_exports_saved)
        self.exports.started.connect(self.summary.setText)
        ctx.bus.changed.connect(self._on_bus_changed)
        self._open_on_a_period_with_data()

    def _open_on_a_period_with_data(self) -> None:
        """Start on the last complete month with visits (else the last 4 weeks), chosen
        and read in the runner; the period list follows when the data arrives."""
        svc = self.ctx.svc
        self.summary.setText(self.tr("Reading…"))
        for button in (self.csv_button, self.xlsx_button, self.pdf_button):
            button.setEnabled(False)

        def read() -> team.TeamData:
            return team.load_team(svc, team.opening_period(svc))

        self.loader.start(read, self._on_opening_loaded, self._on_loader_failed)

    def _on_opening_loaded(self, data: team.TeamData) -> None:
        self.period_combo.blockSignals(True)
        self.period_combo.setCurrentIndex(max(self.period_combo.findData(data.period.kind), 0))
        self.period_combo.blockSignals(False)
        for widget in (self.start_edit, self.to_label, self.end_edit):
            widget.setVisible(False)
        self._on_loader_loaded(data)
        self.emergency.load(data.period.start)  # who used emergency access in that period

    # ----- building
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)
        layout.addLayout(self._build_period_bar())
        layout.addLayout(self._build_nav_bar())
        self.team_model = FrameTableModel(team.TEAM_COLUMNS, "specialist_id", self)
        self.family_model = FrameTableModel(team.FAMILY_COLUMNS, "family_id", self)
        self.team_table = self._table("Team table", self.team_model)
        self.family_table = self._table(
            QCoreApplication.translate("TeamView", "Families table"), self.family_model
        )
        keys = [c.key for c in team.FAMILY_COLUMNS]
        attention = keys.index("attention")
        # At 1366 px the drill-down shows what needs attention without sideways scrolling:
        # the period's goal counts and the less pressing counts give way first.
        self.family_table.drop_order = [keys.index(k) for k in FAMILY_DROP_ORDER if k in keys]
        team_keys = [c.key for c in team.TEAM_COLUMNS]
        self.team_table.drop_order = [team_keys.index(k) for k in TEAM_DROP_ORDER]
        self.family_table.setWordWrap(True)  # a long "needs attention" wraps, never cut
        self.family_table.sortByColumn(attention, Qt.SortOrder.DescendingOrder)
        self.team_table.open_requested.connect(self._on_team_table_open)
        self.family_table.open_requested.connect(self._on_family_table_open)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.team_table)
        self.stack.addWidget(self.family_table)
        self.weekly_chart = WeeklyVisitsChart()
        self.ratings_chart = DomainRatingsChart()
        charts = QWidget()
        row = QHBoxLayout(charts)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.weekly_chart, 3)
        row.addWidget(self.ratings_chart, 2)
        # Below the tables: the charts, and who used emergency access (break the glass).
        self.emergency = EmergencyAccessList(self.ctx)
        self.bottom = QTabWidget()
        self.bottom.setDocumentMode(True)
        self.bottom.addTab(charts, self.tr("Charts"))
        self.bottom.addTab(self.emergency, self.tr("Emergency access"))
        self.emergency.loaded.connect(self._on_emergency_loaded)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        QShortcut(QKeySequence("Alt+Left"), self, self._on_back_clicked)

    def _build_period_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        label = QLabel(self.tr("&Period:"))
        self.period_combo = QComboBox()
        self.period_combo.setAccessibleName(self.tr("Period"))
        for kind, title in team.PERIOD_KINDS.items():
            self.period_combo.addItem(service_text(title), kind)
        label.setBuddy(self.period_combo)
        self.start_edit = DateEdit(today=self.ctx.today())
        self.end_edit = DateEdit(today=self.ctx.today())
        self.start_edit.setAccessibleName(self.tr("First day"))
        self.end_edit.setAccessibleName(self.tr("Last day"))
        self.to_label = QLabel(self.tr("to"))
        self.period_label = QLabel()
        self.period_error = QLabel()
        self.period_error.setAccessibleName(self.tr("Period error"))
        for widget in (label, self.period_combo, self.start_edit, self.to_label, self.end_edit):
            bar.addWidget(widget)
        bar.addSpacing(8)
        bar.addWidget(self.period_label)
        bar.addWidget(self.period_error)
        bar.addStretch(1)
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.xlsx_button = QPushButton(self.tr("Export Excel…"))
        for button, fmt in ((self.csv_button, "csv"), (self.xlsx_button, "xlsx")):
            button.setToolTip(self.tr("Save the table shown, for the period shown"))
            button.clicked.connect(lambda _=False, f=fmt: self._on_export_clicked(f))
            bar.addWidget(button)
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.pdf_button.setToolTip(
            QCoreApplication.translate(
                "TeamView", "Save the caseload report (PDF) of the team, or of the specialist shown"
            )
        )
        self.pdf_button.clicked.connect(self._on_pdf_clicked)
        bar.addWidget(self.pdf_button)
        self.period_combo.currentIndexChanged.connect(self._on_period_changed)
        self.start_edit.dateChanged.connect(self._on_custom_dates_changed)
        self.end_edit.dateChanged.connect(self._on_custom_dates_changed)
        return bar

    def _build_nav_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.back_button = QPushButton(self.tr("‹ Team"))
        self.back_button.setToolTip(self.tr("Back to the team (Alt+Left)"))
        self.back_button.clicked.connect(self._on_back_clicked)
        self.crumb = QLabel()
        font = self.crumb.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.crumb.setFont(font)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        bar.addWidget(self.back_button)
        bar.addWidget(self.crumb)
        bar.addSpacing(12)
        bar.addWidget(self.summary, 1)
        self.supervision_button = QPushButton(self.tr("Reflective &supervision…"))
        self.supervision_button.clicked.connect(self._on_supervision_clicked)
        self.supervision_button.hide()  # on a specialist's page only
        bar.addWidget(self.supervision_button)
        self.measures_button = QPushButton(self.tr("Program &measures…"))
        self.measures_button.setToolTip(self.tr("Measures for funders, with their definitions"))
        self.measures_button.clicked.connect(self.measures_requested)
        bar.addWidget(self.measures_button)
        return bar

    def _on_supervision_clicked(self) -> None:
        from imh_desktop.ui.team.supervision import SupervisionDialog

        if self._specialist is None or self._data is None:
            return
        name = str(self._data.team_row(self._specialist)["specialist"])
        self.supervision_dialog = SupervisionDialog(self.ctx, self._specialist, name, self)
        self.supervision_dialog.open()

    def _table(self, name: str, model: FrameTableModel) -> TeamTable:
        table = TeamTable(name)
        table.proxy.setSourceModel(model)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        return table

    # ----- state
    @property
    def data(self) -> team.TeamData | None:
        return self._data

    @property
    def specialist_id(self) -> int | None:
        """The specialist whose families are shown, or None on the team page."""
        return self._specialist

    @property
    def stale(self) -> bool:
        """True when a change arrived while hidden and has not been read yet."""
        return self._stale

    def today(self) -> dt.date:
        return self.ctx.today()

    def current_period(self) -> team.Period:
        kind = self.period_combo.currentData()
        if kind == "custom":
            return team.period_for(kind, self.today(), self.start_edit.value(),
                                   self.end_edit.value())  # fmt: skip
        return team.period_for(kind, self.today())

    def refresh(self) -> None:
        """Read the period again (after changes elsewhere) and show it when it arrives."""
        try:
            period = self.current_period()
        except DomainError as exc:
            self.period_error.setText(user_message(exc))
            self.period_error.setStyleSheet(f"color: {warning_color(self.palette()).name()}")
            return
        self.period_error.clear()
        self._stale = False
        svc = self.ctx.svc
        self.summary.setText(self.tr("Reading {0}…").format(period.label))
        for button in (self.csv_button, self.xlsx_button, self.pdf_button):
            button.setEnabled(False)
        self.loader.start(
            lambda: team.load_team(svc, period), self._on_loader_loaded, self._on_loader_failed
        )
        self.emergency.load(period.start)

    def _on_emergency_loaded(self, count: int) -> None:
        title = self.tr("Emergency access")
        self.bottom.setTabText(1, f"{title} ({count})" if count else title)

    def _on_loader_loaded(self, data: team.TeamData) -> None:
        self._data = data
        period = data.period
        self.period_label.setText(
            format_period(period.start, period.end) if period.kind != "custom" else ""
        )
        for button in (self.csv_button, self.xlsx_button, self.pdf_button):
            button.setEnabled(True)
        self.team_model.set_frame(data.team, pinned=data.totals())
        self.team_table.fit_columns()
        if self._specialist is not None and self._specialist in set(data.team.specialist_id):
            self.show_specialist(self._specialist)
        else:
            self.show_team()
        self.loaded.emit()

    def _on_loader_failed(self, exc: BaseException) -> None:
        self.summary.setText("")
        show_error(self, exc)

    def show_team(self) -> None:
        """The team page: one row per specialist and the totals."""
        self._specialist = None
        self.stack.setCurrentWidget(self.team_table)
        self.back_button.hide()
        self.supervision_button.hide()
        self.crumb.setText(self.tr("Team"))
        self._show_summary(None)
        self._show_charts(None)
        self._share_height(self.team_table, share=0.5)
        self.team_table.setFocus()

    def show_specialist(self, specialist_id: int) -> None:
        """A specialist's families, with the same measures per family."""
        assert self._data is not None
        self._specialist = specialist_id
        days = self._data.no_contact_days
        columns = [
            dataclasses.replace(c, warn_above=days) if c.key == "days_since_contact" else c
            for c in team.FAMILY_COLUMNS
        ]
        self.family_model.set_frame(self._data.families_of(specialist_id), columns=columns)
        self.family_table.fit_columns()
        self.stack.setCurrentWidget(self.family_table)
        self.back_button.show()
        self.supervision_button.show()
        name = self._data.team_row(specialist_id)["specialist"]
        self.crumb.setText(self.tr("Team  ›  {0}").format(name))
        self._show_summary(specialist_id)
        self._show_charts(specialist_id)
        self._share_height(self.family_table, share=0.7)
        self.family_table.setFocus()

    def _share_height(self, table: TeamTable, share: float) -> None:
        """Give the table the height its rows need, up to ``share``; the charts the rest."""
        total = sum(self.splitter.sizes()) or self.height()
        rows = table.model().rowCount()
        needed = (
            table.horizontalHeader().height() + rows * table.verticalHeader().defaultSectionSize()
        )
        needed += table.horizontalScrollBar().sizeHint().height() + 6
        first = min(needed, int(total * share))
        self.splitter.setSizes([first, total - first])

    def _show_summary(self, specialist_id: int | None) -> None:
        assert self._data is not None
        row = self._data.team_row(specialist_id)
        parts = [served_text(self._data.period_counts(specialist_id))]
        visits = self.tr("{0} of {1} expected visits").format(
            row["completed"], QLocale().toString(float(row["expected"]), "f", 1)
        )
        if row["percent"] is not None:
            visits += f" ({QLocale().toString(float(row['percent']), 'f', 0)}%)"
        parts.append(visits)
        warn = warning_color(self.palette()).name()

        def count_of(key: str) -> int:
            return int(row.get(key) or 0)

        for key, text in (
            ("late_notes", self.tr("%n late note(s)", "", count_of("late_notes"))),
            ("screens_overdue",
             self.tr("%n overdue screening(s)", "", count_of("screens_overdue"))),
            ("open_alerts", self.tr("%n open alert(s)", "", count_of("open_alerts"))),
            ("no_contact", self.tr("%n family(ies) without contact for {0}+ days", "",
                                   count_of("no_contact")).format(self._data.no_contact_days)),
        ):  # fmt: skip
            if count_of(key):
                parts.append(f"<span style='color:{warn}'>{text}</span>")
        self.summary.setText(f"{self._data.period.label}: " + " · ".join(parts))

    def _show_charts(self, specialist_id: int | None) -> None:
        assert self._data is not None
        weeks, rows = self._data.weekly_rows(specialist_id)
        partial = bool(weeks) and self._data.period.last_week_partial(weeks[-1], self._data.today)
        self.weekly_chart.set_data(weeks, rows, last_week_partial=partial)
        self.ratings_chart.set_data(self._data.rating_rows(specialist_id))

    # ----- slots
    def _on_period_changed(self, *_args: object) -> None:
        custom = self.period_combo.currentData() == "custom"
        if custom and self._data is not None:
            for edit, day in ((self.start_edit, self._data.period.start),
                              (self.end_edit, self._data.period.end)):  # fmt: skip
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        for widget in (self.start_edit, self.to_label, self.end_edit):
            widget.setVisible(custom)
        self.refresh()

    def _on_custom_dates_changed(self, *_args: object) -> None:
        if self.period_combo.currentData() == "custom":
            self.refresh()

    def _on_team_table_open(self, index: QModelIndex) -> None:
        row = self.team_table.proxy.mapToSource(index).row()
        specialist_id = self.team_model.row_key(row)
        if specialist_id is not None:  # the totals row opens nothing
            self.show_specialist(int(specialist_id))

    def _on_family_table_open(self, index: QModelIndex) -> None:
        row = self.family_table.proxy.mapToSource(index).row()
        self.family_open_requested.emit(int(self.family_model.row_key(row)))

    def _on_back_clicked(self) -> None:
        if self._specialist is not None:
            self.show_team()

    def _on_export_clicked(self, fmt: str) -> None:
        if self._data is None:
            return
        frame, columns, name = self._current_table()
        on_team = self._specialist is None
        shown = self._data.families if on_team else frame
        ids = [int(i) for i in shown["family_id"]]
        self.exports.write_table(frame, columns, name, self.crumb.text(), fmt, on_team, ids)

    def _on_exports_saved(self, name: str) -> None:
        self.summary.setText(self.tr("Saved {0}").format(name))

    def _on_pdf_clicked(self) -> None:
        if self._data is None:
            return
        name = "team" if self._specialist is None else _slug(self._specialist_name())
        self.exports.write_caseload_pdf(self._specialist, f"caseload-{name}-{self.today()}")

    def _specialist_name(self) -> str:
        assert self._data is not None and self._specialist is not None
        return str(self._data.team_row(self._specialist)["specialist"])

    def _current_table(self) -> tuple[Any, tuple[export.ColumnSpec, ...], str]:
        assert self._data is not None
        period = _slug(self._data.period.label)
        if self._specialist is None:
            return self._data.team_with_totals(), team.TEAM_COLUMNS, f"team-{period}"
        frame = self._data.families_of(self._specialist)
        name = _slug(self._specialist_name())
        return frame, team.FAMILY_COLUMNS, f"families-{name}-{period}"

    def _on_bus_changed(self, change: Change) -> None:
        if not change.touches(*TEAM_PARTS):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # back on this tab after changes elsewhere: read again, so they show
        if self._stale:
            self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # after the layout has given the splitter its new height
        QTimer.singleShot(0, self._reshare)

    def _reshare(self) -> None:
        if self._data is not None:
            on_team = self._specialist is None
            table = self.team_table if on_team else self.family_table
            self._share_height(table, share=0.5 if on_team else 0.7)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            for model in (self.team_model, self.family_model):
                model.set_palette(self.palette())
            if self._data is not None:
                self._show_summary(self._specialist)
        super().changeEvent(event)
