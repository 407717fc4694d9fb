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

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from imh_desktop.domain.errors import DomainError
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.team import dashboard as team
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.errors import show_error
from imh_desktop.ui.common.i18n import user_message
from imh_desktop.ui.common.local_format import format_period, period_text
from imh_desktop.ui.common.tasks import LatestOnly
from imh_desktop.ui.common.widgets import warning_color
from imh_desktop.ui.team.attention import in_interface_language
from imh_desktop.ui.team.bars import TeamNavBar, TeamPeriodBar
from imh_desktop.ui.team.bottom import TeamBottomTabs
from imh_desktop.ui.team.export import TeamExports, shown_table, slug
from imh_desktop.ui.team.summary import summary_html
from imh_desktop.ui.team.table import TeamTable, family_columns, family_table, team_table

# What the dashboard counts: everything but a draft (not a note yet) and the audit trail's
# own records moves its numbers.
TEAM_PARTS = tuple(part for part in Part if part not in (Part.DRAFTS, Part.AUDIT))


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
        self.period_bar.set_exports_enabled(False)

        def read() -> team.TeamData:
            return team.load_team(svc, team.opening_period(svc))

        self.loader.start(read, self._on_opening_loaded, self._on_loader_failed)

    def _on_opening_loaded(self, data: team.TeamData) -> None:
        self.period_combo.blockSignals(True)
        self.period_combo.setCurrentIndex(max(self.period_combo.findData(data.period.kind), 0))
        self.period_combo.blockSignals(False)
        self.period_bar.set_custom_dates_shown(False)
        self._on_loader_loaded(data)
        self.emergency.load(data.period.start)  # who used emergency access in that period

    # ----- building
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)
        for bar in self._build_bars():
            layout.addLayout(bar)
        self.team_table, self.team_model = team_table(self)
        self.family_table, self.family_model = family_table(self)
        self.team_table.open_requested.connect(self._on_team_table_open)
        self.family_table.open_requested.connect(self._on_family_table_open)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.team_table)
        self.stack.addWidget(self.family_table)
        self.bottom = TeamBottomTabs(self.ctx)
        self.emergency = self.bottom.emergency
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        QShortcut(QKeySequence("Alt+Left"), self, self._on_back_clicked)

    def _build_bars(self) -> tuple[TeamPeriodBar, TeamNavBar]:
        self.period_bar = period_bar = TeamPeriodBar(self.ctx.today())
        self.period_combo, self.period_error = period_bar.period_combo, period_bar.period_error
        self.start_edit, self.end_edit = period_bar.start_edit, period_bar.end_edit
        self.csv_button, self.xlsx_button = period_bar.csv_button, period_bar.xlsx_button
        self.pdf_button = period_bar.pdf_button
        for button, fmt in ((self.csv_button, "csv"), (self.xlsx_button, "xlsx")):
            button.clicked.connect(lambda _=False, f=fmt: self._on_export_clicked(f))
        self.pdf_button.clicked.connect(self._on_pdf_clicked)
        self.period_combo.currentIndexChanged.connect(self._on_period_changed)
        self.start_edit.dateChanged.connect(self._on_custom_dates_changed)
        self.end_edit.dateChanged.connect(self._on_custom_dates_changed)
        self.nav_bar = nav_bar = TeamNavBar()
        self.back_button, self.crumb, self.summary = (
            nav_bar.back_button,
            nav_bar.crumb,
            nav_bar.summary,
        )
        self.supervision_button = nav_bar.supervision_button
        self.measures_button = nav_bar.measures_button
        self.back_button.clicked.connect(self._on_back_clicked)
        self.supervision_button.clicked.connect(self._on_supervision_clicked)
        self.measures_button.clicked.connect(self.measures_requested)
        return period_bar, nav_bar

    def _on_supervision_clicked(self) -> None:
        from imh_desktop.ui.team.supervision import SupervisionDialog

        if self._specialist is None or self._data is None:
            return
        name = str(self._data.team_row(self._specialist)["specialist"])
        self.supervision_dialog = SupervisionDialog(self.ctx, self._specialist, name, self)
        self.supervision_dialog.open()

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
        self.summary.setText(self.tr("Reading {0}…").format(period_text(period)))
        self.period_bar.set_exports_enabled(False)
        self.loader.start(
            lambda: team.load_team(svc, period), self._on_loader_loaded, self._on_loader_failed
        )
        self.emergency.load(period.start)

    def _on_loader_loaded(self, data: team.TeamData) -> None:
        self._data = data
        period = data.period
        self.period_bar.period_label.setText(
            format_period(period.start, period.end) if period.kind != "custom" else ""
        )
        self.period_bar.set_exports_enabled(True)
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
        columns = family_columns(self._data.no_contact_days)
        families = in_interface_language(self._data.families_of(specialist_id))
        self.family_model.set_frame(families, columns=columns)
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
        needed = table.needed_height()
        first = min(needed, int(total * share))
        self.splitter.setSizes([first, total - first])

    def _show_summary(self, specialist_id: int | None) -> None:
        assert self._data is not None
        warn = warning_color(self.palette()).name()
        self.summary.setText(summary_html(self._data, specialist_id, warn))

    def _show_charts(self, specialist_id: int | None) -> None:
        assert self._data is not None
        self.bottom.show_charts(self._data, specialist_id)

    # ----- slots
    def _on_period_changed(self, *_args: object) -> None:
        custom = self.period_combo.currentData() == "custom"
        if custom and self._data is not None:
            for edit, day in ((self.start_edit, self._data.period.start),
                              (self.end_edit, self._data.period.end)):  # fmt: skip
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        self.period_bar.set_custom_dates_shown(custom)
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
        frame, columns, name = shown_table(self._data, self._specialist)
        on_team = self._specialist is None
        shown = self._data.families if on_team else frame
        ids = [int(i) for i in shown["family_id"]]
        self.exports.write_table(frame, columns, name, self.crumb.text(), fmt, on_team, ids)

    def _on_exports_saved(self, name: str) -> None:
        self.summary.setText(self.tr("Saved {0}").format(name))

    def _on_pdf_clicked(self) -> None:
        if self._data is None:
            return
        on_team = self._specialist is None
        name = "team" if on_team else slug(str(self._data.team_row(self._specialist)["specialist"]))
        self.exports.write_caseload_pdf(self._specialist, f"caseload-{name}-{self.today()}")

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
