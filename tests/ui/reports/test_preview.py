"""The report preview dialog: shows the PDF from memory, saves it whole (with a password when
asked), prints every page, hands an owner-only copy to the system viewer."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from imh_desktop.reports.progress import render_progress_report
from imh_desktop.services.reports import progress_report_data
from imh_desktop.ui.common.phi import ExportGuard
from imh_desktop.ui.common.tasks import SyncRunner
from imh_desktop.ui.reports.preview import BackgroundPreview, Outgoing, ReportPreviewDialog
from tests.factories import TODAY, add_history, make_family
from tests.reports.pdftext import pdf_pages

pytestmark = pytest.mark.ui


@pytest.fixture
def data(db, staff, as_user):
    family = make_family(db, staff)
    add_history(db, family, staff["aspecialist"], 120, start=dt.date(2024, 6, 3))
    return progress_report_data(
        as_user(staff["ssupervisor"]), family.id, dt.date(2024, 6, 1), TODAY
    )


@pytest.fixture
def pdf(data):
    return render_progress_report(data)


@pytest.fixture
def ctx(app_ctx, staff):
    return app_ctx(staff["ssupervisor"])


def outgoing(ctx, data) -> Outgoing:
    return Outgoing(ctx.exports, lambda password: render_progress_report(data, password),
                    SyncRunner())  # fmt: skip


def test_preview_loads_the_pdf_from_memory(qtbot, ctx, data, pdf, tmp_path):
    dialog = ReportPreviewDialog(pdf, "IMH-2023-0001 progress.pdf", "Progress report",
                                 outgoing(ctx, data))  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.document.status() is QPdfDocument.Status.Ready
    pages = len(pdf_pages(pdf))
    assert dialog.document.pageCount() == pages > 1
    assert dialog.pages_label.text() == f"{pages} pages"
    assert dialog.view.document() is dialog.document
    saved = dialog.save_to(tmp_path / "copy.pdf")
    assert saved.read_bytes() == pdf
    assert saved.stat().st_mode & 0o777 == 0o600
    protected = dialog.save_to(tmp_path / "locked.pdf", "a long passphrase")
    assert protected.read_bytes().count(b"/Encrypt") == 1
    dialog.reject()


def test_print_paints_every_page(qtbot, ctx, data, pdf, tmp_path):
    dialog = ReportPreviewDialog(pdf, "report.pdf", "Progress report", outgoing(ctx, data))
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.print_to(printer)
    printed = (tmp_path / "printed.pdf").read_bytes()
    assert len(pdf_pages(printed)) == dialog.document.pageCount()


def test_a_domain_error_while_rendering_is_shown_not_raised(qtbot, ctx, monkeypatch):
    from imh_desktop.domain.errors import DomainError
    from imh_desktop.ui.reports import preview as report_preview

    shown = []
    monkeypatch.setattr(report_preview, "show_error", lambda parent, exc: shown.append(exc))

    def gather() -> object:
        raise DomainError("The period ends before it starts.", "period_end")

    job = BackgroundPreview(ctx, gather, lambda data, password: b"", "x.pdf", "X")
    assert job.dialog is None
    assert [e.message for e in shown] == ["The period ends before it starts."]


def test_a_rendered_report_opens_its_preview_and_saves_it_again_with_a_password(
    qtbot, ctx, data, pdf, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    gathered = []

    def gather():
        gathered.append(1)
        return data

    job = BackgroundPreview(ctx, gather, render_progress_report, "x.pdf", "Progress report")
    assert job.dialog is not None and job.dialog.isVisible()
    assert pdf_pages(job.dialog.pdf) == pdf_pages(pdf)
    assert job.dialog.windowTitle() == "Progress report"
    target = tmp_path / "saved.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(
        ExportGuard, "pdf_password", lambda self, parent, what: (True, "s3cret-pass")
    )
    job.dialog.save_button.click()
    assert gathered == [1]  # rendered again from the data read once, not read again
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert reader.is_encrypted and reader.decrypt("s3cret-pass")
    assert "Nguyễn Thị Ánh" in reader.pages[0].extract_text()
    job.dialog.reject()


def test_open_in_viewer_writes_an_owner_only_copy_in_the_programs_folder(
    qtbot, ctx, data, pdf, tmp_path, monkeypatch
):
    from imh_desktop.ui.reports import preview as report_preview

    folder = tmp_path / "opened"
    folder.mkdir(mode=0o700)
    monkeypatch.setattr(report_preview, "viewer_folder", lambda: folder)
    opened = []
    monkeypatch.setattr(report_preview.QDesktopServices, "openUrl", opened.append)
    dialog = ReportPreviewDialog(pdf, "r.pdf", "Progress report", outgoing(ctx, data))
    qtbot.addWidget(dialog)
    dialog.open_button.click()
    assert [u.toLocalFile() for u in opened] == [str(folder / "r.pdf")]
    assert (folder / "r.pdf").stat().st_mode & 0o777 == 0o600
    dialog.reject()
