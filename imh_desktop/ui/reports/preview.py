"""Preview a rendered PDF report, then save, print or open it in the system viewer.

The PDF is shown with QtPdf (``QPdfDocument`` + ``QPdfView``) from a file in
a private temporary folder, removed when the dialog closes unless the user
opened it in another program (which still needs it). ``BackgroundPreview``
renders a report through a runner (the context's), then opens the preview.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Collection
from pathlib import Path

from PySide6.QtCore import QObject, QRect, QSize, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.errors import DomainError
from imh_desktop.services.access.disclosures import record_export, record_print
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.ui.common.errors import show_error
from imh_desktop.ui.common.tasks import Runner, run_task

PRINT_DPI_CAP = 300  # enough for text on paper; keeps page images a sane size
# Records a save ("pdf") or a print ("print") of the report before it happens; may refuse.
Audit = Callable[[str], None]


def audit_for(svc: ServiceContext, subject: str, family_ids: Collection[int]) -> Audit:
    """The preview's ``audit``: records the export or print of ``family_ids``' report."""
    ids = tuple(family_ids)

    def record(kind: str) -> None:
        if kind == "print":
            record_print(svc, subject, ids)
        else:
            record_export(svc, subject, ids, kind)

    return record


class ReportPreviewDialog(QDialog):
    """A PDF report on screen with Save as…, Print… and Open in system viewer."""

    def __init__(
        self, pdf: bytes, file_name: str, title: str, parent: QWidget | None = None,
        audit: Audit | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.audit = audit
        self.setWindowTitle(title)
        self.setAccessibleName("Report preview")
        self.pdf = pdf
        self.file_name = file_name
        self._folder = Path(tempfile.mkdtemp(prefix="imh-report-"))
        self.path = self._folder / file_name
        self.path.write_bytes(pdf)
        self._keep_file = False
        self.document = QPdfDocument(self)
        self.document.load(str(self.path))
        self.view = QPdfView(self)
        self.view.setAccessibleName("Report pages")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        pages = self.document.pageCount()
        self.pages_label = QLabel(f"{pages} page{'s' if pages != 1 else ''}")
        self.save_button = QPushButton("&Save as…")
        self.print_button = QPushButton("&Print…")
        self.open_button = QPushButton("&Open in system viewer")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        bar = QHBoxLayout()
        bar.addWidget(self.pages_label)
        bar.addStretch(1)
        for button in (self.save_button, self.print_button, self.open_button):
            bar.addWidget(button)
        bar.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(900, screen.width() - 80), min(1000, screen.height() - 80))

    # Actions ---------------------------------------------------------------
    def save_to(self, target: str | os.PathLike[str]) -> Path:
        """Write the PDF to ``target`` whole (temporary file, then moved into place)."""
        from imh_desktop.reports.base import write_pdf

        return write_pdf(self.pdf, target)

    def print_to(self, printer: QPrinter) -> None:
        """Paint every page onto ``printer``, scaled to fit its page, centred."""
        painter = QPainter()
        if not painter.begin(printer):
            raise DomainError("The printer could not be started.", "printer")
        try:
            dpi = min(printer.resolution(), PRINT_DPI_CAP)
            count = self.document.pageCount()
            first = max(printer.fromPage(), 1) - 1
            last = printer.toPage() or count
            for number, index in enumerate(range(first, min(last, count))):
                if number:
                    printer.newPage()
                points = self.document.pagePointSize(index)
                pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = self.document.render(index, pixels)
                area = painter.viewport()
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                x = area.x() + (area.width() - size.width()) // 2
                y = area.y() + (area.height() - size.height()) // 2
                painter.drawImage(QRect(x, y, size.width(), size.height()), image)
        finally:
            painter.end()

    def _on_save_clicked(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        target, _ = QFileDialog.getSaveFileName(
            self, "Save report", str(Path(folder) / self.file_name), "PDF files (*.pdf)"
        )
        if not target:
            return
        try:
            if self.audit is not None:  # checked and recorded before the file is written
                self.audit("pdf")
            self.save_to(target)
        except DomainError as exc:
            show_error(self, exc)

    def _on_print_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.document.pageCount()))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            if self.audit is not None:  # checked and recorded before a page is printed
                self.audit("print")
            self.print_to(printer)
        except DomainError as exc:
            show_error(self, exc)

    def _on_open_clicked(self) -> None:
        self._keep_file = True  # the other program reads it after we close
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))

    def done(self, result: int) -> None:
        self.document.close()
        if not self._keep_file:
            shutil.rmtree(self._folder, ignore_errors=True)
        super().done(result)


class BackgroundPreview(QObject):
    """Render a report through ``runner`` (off the GUI thread), then open its preview.

    The window stays responsive meanwhile, with a busy cursor; a DomainError
    from gathering the data, or any failure, is shown to the user when the
    work ends, and no preview opens. ``dialog`` is the preview once it is open.
    With a ``SyncRunner`` it is open when the constructor returns.
    """

    def __init__(
        self, runner: Runner, render: Callable[[], bytes], file_name: str, title: str,
        parent: QWidget | None = None, audit: Audit | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._parent, self.file_name, self.title = parent, file_name, title
        self.audit = audit
        self.dialog: ReportPreviewDialog | None = None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self.task = run_task(runner, render, self._on_task_succeeded, self._on_task_failed, self)

    def _on_task_succeeded(self, pdf: bytes) -> None:
        QGuiApplication.restoreOverrideCursor()
        self.dialog = ReportPreviewDialog(pdf, self.file_name, self.title, self._parent, self.audit)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()

    def _on_task_failed(self, exc: BaseException) -> None:
        QGuiApplication.restoreOverrideCursor()
        show_error(self._parent, exc)
