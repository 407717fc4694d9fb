"""The Reports menu of the main window and the Reports tab in a family record."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QSettings, QThreadPool

from imh_desktop.ui.common.settings import Settings
from imh_desktop.ui.common.tasks import ThreadPoolRunner
from imh_desktop.ui.reports.batch import BatchReportDialog
from imh_desktop.ui.reports.tab import ReportsTab
from imh_desktop.ui.shell.main_window import MainWindow
from tests.factories import add_history, make_family
from tests.reports.pdftext import pdf_text

pytestmark = pytest.mark.ui


@pytest.fixture
def ctx(app_ctx, staff):
    """The supervisor's application context (work runs at once: ``SyncRunner``)."""
    return app_ctx(staff["ssupervisor"])


def _window(qtbot, ctx, tmp_path) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(ctx, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def families(db, staff):
    family = make_family(db, staff, name="Ølstad family")
    add_history(db, family, staff["aspecialist"], 10, start=dt.date(2026, 9, 7), unsigned_last=2)
    make_family(db, staff, name="Núñez family")


@pytest.fixture
def window(qtbot, ctx, families, tmp_path):
    return _window(qtbot, ctx, tmp_path)


def _titles(window) -> list[str]:
    return [a.text() for a in window.reports_menu.actions() if not a.isSeparator()]


def test_reports_menu_lists_the_reports(window):
    assert _titles(window) == [
        "&Progress report for the selected family…",
        "Family &handout for a visit…",
        "&Caseload report…",
        "&Batch progress reports…",
    ]


def test_progress_report_action_opens_the_reports_tab(qtbot, window):
    actions = window.report_actions
    window.caseload.select_family(1)
    assert actions.progress_action.isEnabled()
    actions.progress_action.trigger()
    record = window.tabs.currentWidget()
    assert isinstance(record.reports_tab, ReportsTab)
    assert record.tabs.currentWidget() is record.reports_tab
    assert record.tabs.tabText(record.tabs.currentIndex()) == "Reports"
    record.reports_tab.progress_button.click()
    assert "Ølstad family" in pdf_text(record.reports_tab.preview.pdf)
    record.reports_tab.preview.reject()


def test_caseload_report_follows_the_filter_bar(qtbot, window):
    window.caseload.unsigned_check.setChecked(True)
    assert window.report_actions.caseload_filters().unsigned_only
    window.report_actions.caseload_action.trigger()  # SyncRunner: the preview is open now
    preview = window.report_actions.caseload_job.dialog
    text = pdf_text(preview.pdf)
    assert (
        "1 open case: 1 served this month" in text
        and "with unsigned notes" in text
        and "Núñez" not in text
    )
    preview.reject()


def test_batch_action_opens_the_dialog_with_the_caseload(qtbot, window):
    window.report_actions.batch_action.trigger()
    dialog = window.report_actions.batch_dialog
    assert isinstance(dialog, BatchReportDialog) and dialog.isVisible()
    assert dialog.family_list.count() == 2 and dialog.checked_family_ids() == []  # none ticked
    dialog.reject()


def test_caseload_report_renders_in_the_background(qtbot, ctx, families, tmp_path):
    window = _window(qtbot, dataclasses.replace(ctx, runner=ThreadPoolRunner()), tmp_path)
    qtbot.waitUntil(lambda: window.caseload.model.rowCount() == 2, timeout=10_000)
    window.report_actions.caseload_action.trigger()
    job = window.report_actions.caseload_job
    qtbot.waitUntil(lambda: job.dialog is not None, timeout=20_000)
    assert "Caseload report" in pdf_text(job.dialog.pdf)
    job.dialog.reject()
    QThreadPool.globalInstance().waitForDone(10_000)
