"""The team dashboard driven as a supervisor would: rows, period, drill-down, open, export."""

from __future__ import annotations

import dataclasses
import threading

import openpyxl
import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog

from imh_desktop.domain.errors import DomainError
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.team import dashboard as team
from imh_desktop.ui.common.local_format import period_text
from imh_desktop.ui.common.tasks import ThreadPoolRunner
from imh_desktop.ui.team.charts import DomainRatingsChart, WeeklyVisitsChart
from imh_desktop.ui.team.model import FrameTableModel, PinnedSortProxy
from imh_desktop.ui.team.view import TeamView
from tests.factories import TODAY, visit_on

pytestmark = pytest.mark.ui


@pytest.fixture
def ctx(app_ctx, agency):
    """The supervisor's application context (reads run at once: ``SyncRunner``)."""
    return app_ctx(agency.ids["ssupervisor"])


@pytest.fixture
def view(qtbot, ctx):
    widget = TeamView(ctx)
    qtbot.addWidget(widget)
    assert widget.data is not None  # read while it was built
    widget.resize(1300, 700)
    widget.show()
    qtbot.waitExposed(widget)
    _set_period(qtbot, widget, "this_month")  # the hand-worked answers are November's
    return widget


def _set_period(qtbot, view, kind: str) -> None:
    with qtbot.waitSignal(view.loaded, timeout=1000):
        view.period_combo.setCurrentIndex(view.period_combo.findData(kind))


def _column(view_table, title: str) -> list[str]:
    model = view_table.model()
    titles = [
        model.headerData(c, Qt.Horizontal).replace("\n", " ") for c in range(model.columnCount())
    ]
    col = titles.index(title)
    return [model.index(r, col).data() for r in range(model.rowCount())]


def _double_click_row(qtbot, table, text: str) -> None:
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == text)
    rect = table.visualRect(model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.LeftButton, pos=rect.center())


def test_team_rows_and_totals(view):
    table = view.team_table
    assert _column(table, "Specialist") == ["Ana Specialist", "Ben Specialist", "Team total"]
    # Ana: 5 of 6.6 expected = 76 %; Ben (quarterly): 1 of 25/92 = 368 %; team: 6 of 6.9 = 87 %
    assert _column(table, "% of expected") == ["76%", "368%", "87%"]
    assert _column(table, "Late notes") == ["3", "0", "3"]
    assert "6 of 6.9 expected visits (87%)" in view.summary.text()
    assert "3 late notes" in view.summary.text()
    assert not view.back_button.isVisible()


def test_sorting_keeps_the_totals_row_last(qtbot, view):
    table = view.team_table
    col = [table.model().headerData(c, Qt.Horizontal) for c in range(12)].index("Visits")
    assert table.model().headerData(4, Qt.Horizontal) == "% of\nexpected"
    table.sortByColumn(col, Qt.DescendingOrder)
    assert _column(table, "Specialist") == ["Ana Specialist", "Ben Specialist", "Team total"]
    table.sortByColumn(col, Qt.AscendingOrder)
    assert _column(table, "Specialist") == ["Ben Specialist", "Ana Specialist", "Team total"]


def test_changing_the_period_updates_the_rows(qtbot, view):
    _set_period(qtbot, view, "last_month")
    assert view.data.period.label == "October 2026"
    # October: Ana completed 1 (Ayala, 6 Oct); Ben's Gold had no visit yet
    assert _column(view.team_table, "Visits") == ["1", "0", "1"]
    assert "October 2026" in view.summary.text()
    _set_period(qtbot, view, "custom")
    assert view.start_edit.isVisible() and view.end_edit.isVisible()
    # the custom dates start as the period shown (October); move the end first
    assert view.start_edit.value() == TODAY.replace(month=10, day=1)
    with qtbot.waitSignal(view.loaded, timeout=1000):
        view.end_edit.set_value(TODAY.replace(day=20))
    with qtbot.waitSignal(view.loaded, timeout=1000):
        view.start_edit.set_value(TODAY.replace(day=10))
    # 10-20 Nov: Ayala 10 and 17 Nov
    assert _column(view.team_table, "Visits") == ["2", "0", "2"]
    view.end_edit.set_value(TODAY.replace(day=5))
    assert view.period_error.text() == "The period ends before it starts."
    assert _column(view.team_table, "Visits") == ["2", "0", "2"]  # unchanged


def test_double_click_drills_down_and_back(qtbot, view):
    _double_click_row(qtbot, view.team_table, "Ana Specialist")
    assert view.stack.currentWidget() is view.family_table
    assert view.crumb.text() == "Team  ›  Ana Specialist"
    # by clinical risk: Castro (a positive screen without follow-up) before Ayala (an overdue
    # screening, late notes); then the rest by case number
    assert _column(view.family_table, "Family") == ["Castro", "Ayala", "Brook", "Dinh", "Evans"]
    assert _column(view.family_table, "Needs attention")[0] == (
        "1 positive screen without follow-up; no visit in 56 days; "
        "visit overdue since 30 Oct 2026")  # fmt: skip
    assert _column(view.family_table, "Days since contact")[0] == "56"
    castro = view.family_model
    row = [castro.row_key(r) for r in range(castro.rowCount())].index(view.data.families.loc[
        view.data.families["family"] == "Castro", "family_id"].iloc[0])  # fmt: skip
    days_col = [c.key for c in castro.columns].index("days_since_contact")
    assert castro.index(row, days_col).data(Qt.FontRole).bold()  # past 30 days: flagged
    assert view.summary.text().startswith(
        "November 2026: 4 families served (1 closed during it) · 1 on hold · 5 of 6.6 expected visits (76%)"
    )
    qtbot.mouseClick(view.back_button, Qt.LeftButton)
    assert view.stack.currentWidget() is view.team_table and view.specialist_id is None


def test_enter_on_the_totals_row_opens_nothing(qtbot, view):
    table = view.team_table
    table.setCurrentIndex(table.model().index(2, 0))
    qtbot.keyClick(table, Qt.Key_Return)
    assert view.stack.currentWidget() is view.team_table


def test_double_click_on_a_family_asks_to_open_it(qtbot, view, agency):
    _double_click_row(qtbot, view.team_table, "Ben Specialist")
    with qtbot.waitSignal(view.family_open_requested, timeout=1000) as signal:
        _double_click_row(qtbot, view.family_table, view.family_table.model().index(0, 0).data())
    assert signal.args == [agency.fam["g1"]]


def test_export_buttons_write_what_is_shown(qtbot, view, tmp_path, monkeypatch):
    chosen = tmp_path / "team"  # no extension typed: the format's is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    qtbot.mouseClick(view.xlsx_button, Qt.LeftButton)
    ws = openpyxl.load_workbook(tmp_path / "team.xlsx").active
    assert [r[0].value for r in ws.iter_rows(min_row=2)] == [
        "Ana Specialist", "Ben Specialist", "Team total"]  # fmt: skip
    assert view.summary.text() == "Saved team.xlsx"
    _double_click_row(qtbot, view.team_table, "Ben Specialist")
    chosen = tmp_path / "ben.csv"
    qtbot.mouseClick(view.csv_button, Qt.LeftButton)
    assert "Gold" in (tmp_path / "ben.csv").read_text(encoding="utf-8-sig")


def test_model_passes_qtmodeltester(qtmodeltester, ctx):
    data = team.load_team(ctx.svc, team.period_for("this_month", TODAY))
    model = FrameTableModel(team.FAMILY_COLUMNS, "family_id")
    model.set_frame(data.families)
    qtmodeltester.check(model)
    teams = FrameTableModel(team.TEAM_COLUMNS, "specialist_id")
    teams.set_frame(data.team, pinned=data.totals())
    qtmodeltester.check(teams)
    proxy = PinnedSortProxy()
    proxy.setSourceModel(teams)
    proxy.sort(0, Qt.DescendingOrder)
    qtmodeltester.check(proxy)
    assert teams.rowCount() == 3 and teams.is_pinned(2) and teams.row_key(2) is None


def test_charts_paint_in_light_and_dark(qtbot, ctx):
    data = team.load_team(ctx.svc, team.period_for("this_month", TODAY))
    weekly, ratings = WeeklyVisitsChart(), DomainRatingsChart()
    for chart in (weekly, ratings):
        qtbot.addWidget(chart)
        chart.resize(480, 200)
    weekly.set_data(*data.weekly_rows())
    ratings.set_data(data.rating_rows())
    assert "Ana Specialist: 2, 1, 1, 1" in weekly.accessibleDescription()
    assert "Regulation: 3.0 (1 goal)" in ratings.accessibleDescription()
    dark = QPalette()
    dark.setColor(QPalette.Window, QColor("#1e1e1e"))
    dark.setColor(QPalette.WindowText, QColor("#f0f0f0"))
    for palette in (QPalette(), dark):
        for chart in (weekly, ratings):
            chart.setPalette(palette)
            image = chart.grab().toImage()
            assert not image.isNull()
            # something was drawn in the text colour (the title at least)
            text = palette.color(QPalette.WindowText).rgb()
            assert any(image.pixel(x, y) == text for x in range(0, 200) for y in range(0, 30))


def test_only_the_newest_read_is_shown(qtbot, ctx, monkeypatch):
    """A quick change of period: the older, slower read's answer is dropped."""
    threaded = dataclasses.replace(ctx, runner=ThreadPoolRunner())
    widget = TeamView(threaded)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.data is not None, timeout=10_000)
    gate = threading.Event()
    real = team.load_team

    def slow_october(svc, period, *args):
        if period.kind == "last_month":
            gate.wait(10)
        return real(svc, period, *args)

    shown: list[str] = []
    widget.loaded.connect(lambda: shown.append(widget.data.period.kind))
    monkeypatch.setattr(team, "load_team", slow_october)
    try:
        widget.period_combo.setCurrentIndex(widget.period_combo.findData("last_month"))
        with qtbot.waitSignal(widget.loaded, timeout=10_000):
            widget.period_combo.setCurrentIndex(widget.period_combo.findData("this_month"))
    finally:
        gate.set()
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)  # let the October answer's queued delivery arrive, to be dropped
    assert shown == ["this_month"] and widget.data.period.kind == "this_month"
    assert widget.summary.text().startswith("November 2026")


def test_a_failed_read_is_shown(qtbot, ctx, monkeypatch):
    from imh_desktop.ui.team import view as team_view

    shown: list[str] = []
    monkeypatch.setattr(team_view, "show_error", lambda parent, exc: shown.append(str(exc)))

    def refuse(*_args, **_kwargs):
        raise DomainError("Only a supervisor can do this.")

    monkeypatch.setattr(team, "load_team", refuse)
    widget = TeamView(ctx)
    qtbot.addWidget(widget)
    assert shown == ["Only a supervisor can do this."]
    assert widget.data is None and widget.summary.text() == ""
    assert not widget.csv_button.isEnabled()


def test_pdf_button_writes_the_caseload_report(qtbot, view, tmp_path, monkeypatch):
    from pypdf import PdfReader

    chosen = tmp_path / "ben.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    _double_click_row(qtbot, view.team_table, "Ben Specialist")
    with qtbot.waitSignal(view.exports.saved, timeout=20_000):
        qtbot.mouseClick(view.pdf_button, Qt.LeftButton)
    text = "".join(page.extract_text() for page in PdfReader(chosen).pages)
    assert "Gold" in text and "Ayala" not in text  # only Ben's families
    assert view.summary.text() == "Saved ben.pdf"


def _main_window(qtbot, ctx, tmp_path):
    from PySide6.QtCore import QSettings

    from imh_desktop.ui.common.settings import Settings
    from imh_desktop.ui.shell.main_window import MainWindow

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(ctx, settings=settings)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()  # window shortcuts need the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    return window


def test_main_window_opens_the_dashboard_and_a_family_from_it(qtbot, ctx, agency, tmp_path):
    from imh_desktop.ui.family.record import FamilyRecordWidget

    window = _main_window(qtbot, ctx, tmp_path)
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert window.main_actions.team_action in view_menu.actions()
    qtbot.keyClick(window, Qt.Key_T, Qt.ControlModifier)
    team_view = window.tabs.currentWidget()
    assert (
        isinstance(team_view, TeamView)
        and window.tabs.tabText(window.tabs.currentIndex()) == "Team"
    )
    qtbot.waitUntil(lambda: team_view.data is not None, timeout=10_000)
    _double_click_row(qtbot, team_view.team_table, "Ben Specialist")
    _double_click_row(qtbot, team_view.family_table, "IMH-2026-0007")
    record = window.tabs.currentWidget()
    assert isinstance(record, FamilyRecordWidget) and record.family_id == agency.fam["g1"]
    window.open_team()  # a second Ctrl+T brings the same tab forward
    assert window.tabs.currentWidget() is team_view
    assert sum(isinstance(window.tabs.widget(i), TeamView) for i in range(window.tabs.count())) == 1


def test_specialists_have_no_team_dashboard(qtbot, app_ctx, agency, tmp_path):
    window = _main_window(qtbot, app_ctx(agency.ids["aspecialist"]), tmp_path)
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert window.main_actions.team_action not in view_menu.actions()
    qtbot.keyClick(window, Qt.Key_T, Qt.ControlModifier)
    assert not any(isinstance(window.tabs.widget(i), TeamView) for i in range(window.tabs.count()))


def test_a_change_while_hidden_is_read_when_shown_again(qtbot, as_user, ctx, view, agency):
    from imh_desktop.domain.enums import VisitOutcome

    _double_click_row(qtbot, view.team_table, "Ben Specialist")
    view.hide()
    visit_on(as_user(agency.ids["bspecialist"]), agency.fam["g1"], TODAY, VisitOutcome.COMPLETED)
    loads: list[None] = []
    view.loaded.connect(lambda: loads.append(None))
    ctx.bus.publish(Change.of(agency.fam["g1"], Part.VISITS))
    assert view.stale and loads == []  # hidden: nothing read yet
    assert _column(view.family_table, "Visits") == ["1"]
    view.show()
    assert loads == [None] and not view.stale
    assert view.specialist_id == agency.ids["bspecialist"]  # still on Ben's families
    assert _column(view.family_table, "Visits") == ["2"]
    view.hide()
    view.show()  # nothing changed meanwhile: not read again
    assert loads == [None]


def test_a_change_while_visible_is_read_at_once(qtbot, as_user, ctx, view, agency):
    from imh_desktop.domain.enums import VisitOutcome

    visit_on(as_user(agency.ids["bspecialist"]), agency.fam["g1"], TODAY, VisitOutcome.COMPLETED)
    with qtbot.waitSignal(view.loaded, timeout=1000):
        ctx.bus.publish(Change.of(agency.fam["g1"], Part.VISITS))
    assert _column(view.team_table, "Visits") == ["5", "2", "7"]
    assert not view.stale


def test_a_saved_draft_does_not_read_again(qtbot, ctx, view, agency):
    loads: list[None] = []
    view.loaded.connect(lambda: loads.append(None))
    ctx.bus.publish(Change.of(agency.fam["g1"], Part.DRAFTS))
    view.hide()
    ctx.bus.publish(Change.of(agency.fam["g1"], Part.DRAFTS))
    assert loads == [] and not view.stale


def test_the_dashboard_opens_on_the_last_complete_month_with_visits(qtbot, ctx):
    widget = TeamView(ctx)
    qtbot.addWidget(widget)
    assert widget.period_combo.currentData() == "last_month"
    assert widget.data is not None and widget.data.period.label == "October 2026"
    assert widget.summary.text().startswith("October 2026")
    assert widget.start_edit.isHidden()


@pytest.mark.usefixtures("spanish")
def test_in_spanish_the_period_reads_in_spanish(qtbot, ctx):
    view = TeamView(ctx)
    qtbot.addWidget(view)
    _set_period(qtbot, view, "this_month")
    assert view.period_bar.period_label.text() == "1 nov 2026 – 30 nov 2026"
    assert period_text(view.data.period) == "noviembre de 2026"
    assert view.summary.text().startswith("noviembre de 2026: ")
    _set_period(qtbot, view, "this_quarter")
    assert view.period_bar.period_label.text() == "1 oct 2026 – 31 dic 2026"
    assert period_text(view.data.period) == "T4 2026" and view.data.period.label == "Q4 2026"


def test_in_english_the_period_reads_as_before(view):
    assert view.period_bar.period_label.text() == "1 Nov 2026 – 30 Nov 2026"
    assert period_text(view.data.period) == view.data.period.label == "November 2026"
