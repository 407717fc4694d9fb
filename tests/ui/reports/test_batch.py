"""Batch progress reports: the background task, progress, cancel, the dialog."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading

import pytest
from PySide6.QtCore import Qt

from imh_desktop.services.caseload.table import list_caseload
from imh_desktop.ui.common.tasks import SyncRunner, Task, ThreadPoolRunner
from imh_desktop.ui.reports.batch import BatchReportDialog
from tests.factories import TODAY, add_history, make_family
from tests.reports.pdftext import pdf_text

pytestmark = pytest.mark.ui


@pytest.fixture
def ctx(app_ctx, staff):
    """The supervisor's application context (work runs at once: ``SyncRunner``)."""
    return app_ctx(staff["ssupervisor"])


@pytest.fixture
def rows(db, staff, ctx):
    for i, who in enumerate(("aspecialist", "aspecialist", "bspecialist")):
        family = make_family(db, staff, name=f"Family {i} Núñez")
        add_history(db, family, staff[who], 8, start=dt.date(2026, 10, 5))
    with db.session() as s:  # give the third family to Ben
        from imh_desktop.data.models import Family

        s.get(Family, 3).specialist_id = staff["bspecialist"]
    return list_caseload(ctx.svc, "team")


def _dialog(qtbot, ctx, rows, tmp_path):
    dialog = BatchReportDialog(ctx, rows)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path))
    dialog.show()
    assert dialog.checked_family_ids() == []  # nothing ticked until the user ticks
    assert not dialog.generate_button.isEnabled() and not dialog.progress_bar.isVisible()
    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    return dialog


def test_batch_for_one_specialists_caseload(qtbot, ctx, rows, tmp_path):
    dialog = _dialog(qtbot, ctx, rows, tmp_path)
    assert dialog.from_edit.value() == dt.date(2026, 10, 1) and dialog.to_edit.value() == TODAY
    dialog.specialist_combo.setCurrentText("Ana Specialist")
    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    assert len(dialog.checked_family_ids()) == 2
    assert dialog.generate_button.text() == "&Write 2 reports"
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    assert dialog.batch_result is not None and len(dialog.batch_result.written) == 2
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum() == 4
    assert "Wrote 2 reports" in dialog.status_label.text()
    assert dialog.open_folder_button.isVisible()
    names = sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf")
    assert len(names) == 2 and all(n.endswith("to 2026-11-25.pdf") for n in names)
    assert "Núñez" in pdf_text((tmp_path / names[0]).read_bytes())


def test_batch_runs_in_the_background_and_can_be_cancelled(qtbot, ctx, rows, tmp_path, monkeypatch):
    from imh_desktop.services import reports as report_data

    gathering, release = threading.Event(), threading.Event()
    real = report_data.progress_report_data

    def slow(*args, **kwargs):  # hold the worker on the first family until the test cancels
        gathering.set()
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(report_data, "progress_report_data", slow)
    threaded = dataclasses.replace(ctx, runner=ThreadPoolRunner())
    dialog = _dialog(qtbot, threaded, rows, tmp_path)
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    assert gathering.wait(10)
    assert dialog.cancel_button.isEnabled() and not dialog.close_button.isEnabled()
    with qtbot.waitSignal(dialog.task.finished, timeout=10_000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        release.set()
    qtbot.waitUntil(lambda: dialog.batch_result is not None, timeout=5_000)
    assert dialog.batch_result.cancelled and dialog.batch_result.written == ()
    assert dialog.close_button.isEnabled() and not dialog.cancel_button.isEnabled()
    assert "Cancelled" in dialog.status_label.text()
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".pdf"]


def test_a_bad_folder_is_refused_before_starting(qtbot, ctx, rows, tmp_path, monkeypatch):
    from imh_desktop.ui.reports import batch as report_batch

    shown = []
    monkeypatch.setattr(report_batch, "show_error", lambda parent, exc: shown.append(exc.message))
    dialog = _dialog(qtbot, ctx, rows, tmp_path / "missing")
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    assert shown and "does not exist" in shown[0] and dialog.task is None


def test_a_failing_task_reports_its_error(qtbot):
    seen = []

    def work(context):
        context.progress(1, 2, "half")
        raise ValueError("boom")

    task = Task(work)
    task.progressed.connect(lambda *a: seen.append(a))
    task.failed.connect(lambda exc: seen.append(str(exc)))
    task.succeeded.connect(lambda result: seen.append("succeeded"))
    SyncRunner().start(task)
    assert seen == [(1, 2, "half"), "boom"] and not task.running


def test_an_inverted_period_is_shown_and_nothing_written(qtbot, ctx, rows, tmp_path, monkeypatch):
    from imh_desktop.ui.reports import batch as report_batch

    shown = []
    monkeypatch.setattr(report_batch, "show_error", lambda parent, exc: shown.append(exc.message))
    dialog = _dialog(qtbot, ctx, rows, tmp_path)
    dialog.from_edit.set_value(dt.date(2026, 11, 1))
    dialog.to_edit.set_value(dt.date(2026, 10, 1))
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    assert shown and "before it starts" in shown[0]
    assert dialog.status_label.text() == "No reports were written."
    assert dialog.generate_button.isEnabled()
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".pdf"]
