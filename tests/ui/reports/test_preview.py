"""The report preview dialog: loads the PDF, saves it whole, prints every page."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from imh_desktop.reports.progress import render_progress_report
from imh_desktop.services.reports import progress_report_data
from imh_desktop.ui.common.tasks import SyncRunner
from imh_desktop.ui.reports.preview import BackgroundPreview, ReportPreviewDialog
from tests.factories import TODAY, add_history, make_family
from tests.reports.pdftext import pdf_pages

pytestmark = pytest.mark.ui


@pytest.fixture
def pdf(db, staff, as_user):
    family = make_family(db, staff)
    add_history(db, family, staff["aspecialist"], 120, start=dt.date(2024, 6, 3))
    data = progress_report_data(
        as_user(staff["ssupervisor"]), family.id, dt.date(2024, 6, 1), TODAY
    )
    return render_progress_report(data)


def test_preview_loads_the_pdf_and_cleans_up(qtbot, pdf, tmp_path):
    dialog = ReportPreviewDialog(pdf, "IMH-2023-0001 progress.pdf", "Progress report")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.document.status() is QPdfDocument.Status.Ready
    pages = len(pdf_pages(pdf))
    assert dialog.document.pageCount() == pages > 1
    assert dialog.pages_label.text() == f"{pages} pages"
    assert dialog.view.document() is dialog.document
    saved = dialog.save_to(tmp_path / "copy.pdf")
    assert saved.read_bytes() == pdf
    temp = dialog.path
    assert temp.exists()
    dialog.reject()
    assert not temp.exists()


def test_print_paints_every_page(qtbot, pdf, tmp_path):
    dialog = ReportPreviewDialog(pdf, "report.pdf", "Progress report")
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.print_to(printer)
    printed = (tmp_path / "printed.pdf").read_bytes()
    assert len(pdf_pages(printed)) == dialog.document.pageCount()


def test_a_domain_error_while_rendering_is_shown_not_raised(qtbot, monkeypatch):
    from imh_desktop.domain.errors import DomainError
    from imh_desktop.ui.reports import preview as report_preview

    shown = []
    monkeypatch.setattr(report_preview, "show_error", lambda parent, exc: shown.append(exc))

    def render() -> bytes:
        raise DomainError("The period ends before it starts.", "period_end")

    job = BackgroundPreview(SyncRunner(), render, "x.pdf", "X")
    assert job.dialog is None
    assert [e.message for e in shown] == ["The period ends before it starts."]


def test_a_rendered_report_opens_its_preview(qtbot, pdf):
    job = BackgroundPreview(SyncRunner(), lambda: pdf, "x.pdf", "Progress report")
    assert job.dialog is not None and job.dialog.isVisible()
    assert job.dialog.pdf == pdf and job.dialog.windowTitle() == "Progress report"
    job.dialog.reject()
