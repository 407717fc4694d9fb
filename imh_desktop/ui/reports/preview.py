"""Preview a rendered PDF report, then save, print or open it in the system viewer.

The PDF is shown with QtPdf (``QPdfDocument`` + ``QPdfView``) from memory:
no copy is written to a temporary folder. Saving it or opening it in
another program first asks for a password (``AppContext.exports``, with the
plain line that the file leaves the program's protected store) and renders
the report again, encrypted, from the same data; printing shows that notice
once per session. A PDF opened in another program is written owner-only to
the program's own cache folder (:func:`viewer_folder`), emptied when the
program starts and when it quits. ``BackgroundPreview`` gathers the data and
renders the report through the context's runner, then opens the preview.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QRect,
    QSize,
    QStandardPaths,
    Qt,
    QUrl,
)
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
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.errors import show_error
from imh_desktop.ui.common.phi import ExportGuard, viewer_folder
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


@dataclass(frozen=True)
class Outgoing:
    """How a previewed report leaves the program.

    ``render(password)`` lays the same report out again, encrypted; it runs
    on ``runner``. ``guard`` is the session's notice and password prompt;
    ``audit`` records the disclosure before it happens.
    """

    guard: ExportGuard
    render: Callable[[str | None], bytes]
    runner: Runner
    audit: Audit | None = None  # checks and records the save or print first (may refuse)


class ReportPreviewDialog(QDialog):
    """A PDF report on screen with Save as…, Print… and Open in system viewer."""

    def __init__(
        self, pdf: bytes, file_name: str, title: str, outgoing: Outgoing,
        parent: QWidget | None = None, notice: str = "",
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(title)
        # What the user should know before the report leaves (never on the page).
        self.notice = QLabel(notice)
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Before you print"))
        self.notice.setStyleSheet(
            "background: #fff4ce; color: #3b2f00; border: 1px solid #c19c00; "
            "border-radius: 4px; padding: 6px;"
        )
        self.notice.setVisible(bool(notice))
        self.setAccessibleName(self.tr("Report preview"))
        self.pdf = pdf
        self.file_name = file_name
        self.outgoing = outgoing
        self.opened_path: Path | None = None  # the copy handed to the system viewer
        self.buffer = QBuffer(self)
        self.buffer.setData(QByteArray(pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self.buffer)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Report pages"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.pages_label = QLabel()
        self._count_pages()
        self.save_button = QPushButton(self.tr("&Save as…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.open_button = QPushButton(self.tr("&Open in system viewer"))
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
        self.layout_ = layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(900, screen.width() - 80), min(1000, screen.height() - 80))

    def _count_pages(self) -> None:
        pages = self.document.pageCount()
        text = (self.tr("{0} page") if pages == 1 else self.tr("{0} pages")).format(pages)
        self.pages_label.setText(text)

    def add_panel(self, panel: QWidget) -> None:
        """Show ``panel`` (e.g. the family section's editor) between the notice and the pages."""
        self.layout_.insertWidget(1, panel)

    def show_pdf(self, pdf: bytes, render: Callable[[str | None], bytes]) -> None:
        """Show ``pdf`` instead (the same report laid out again); ``render`` makes it again
        with a password when it is saved."""
        self.pdf = pdf
        self.outgoing = replace(self.outgoing, render=render)
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.close()
        self.document.load(buffer)
        self.buffer.close()
        self.buffer = buffer
        self._count_pages()

    def set_outgoing_enabled(self, enabled: bool) -> None:
        """Allow or hold back saving, printing and opening (e.g. while an edit is unsaved)."""
        for button in (self.save_button, self.print_button, self.open_button):
            button.setEnabled(enabled)

    # Actions ---------------------------------------------------------------
    def save_to(self, target: str | os.PathLike[str], password: str | None = None) -> Path:
        """Write the PDF to ``target`` whole and owner-only; encrypted with ``password``."""
        from imh_desktop.reports.base import write_pdf

        return write_pdf(self.outgoing.render(password) if password else self.pdf, target)

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
        go_on, password = self.outgoing.guard.pdf_password(self, self.tr("this report"))
        if not go_on:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        target, _ = QFileDialog.getSaveFileName(
            self, "Save report", str(Path(folder) / self.file_name), "PDF files (*.pdf)"
        )
        if target and self._audited("pdf"):
            self._write(target, password, lambda _path: None)

    def _on_print_clicked(self) -> None:
        if not self.outgoing.guard.confirm(self, self.tr("this report")):
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.document.pageCount()))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if not self._audited("print"):
            return
        try:
            self.print_to(printer)
        except DomainError as exc:
            show_error(self, exc)

    def _on_open_clicked(self) -> None:
        go_on, password = self.outgoing.guard.pdf_password(self, self.tr("this report"))
        if go_on and self._audited("pdf"):
            self._write(viewer_folder() / self.file_name, password, self._on_opened_written)

    def _audited(self, kind: str) -> bool:
        """Check and record the save ("pdf") or print before it happens; False when refused."""
        if self.outgoing.audit is None:
            return True
        try:
            self.outgoing.audit(kind)
        except DomainError as exc:
            show_error(self, exc)
            return False
        return True

    def _on_opened_written(self, path: Path) -> None:
        self.opened_path = path
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _write(self, target: str | Path, password: str | None, then: Callable[[Path], Any]) -> None:
        """Save (re-rendering with the password off the GUI thread), then ``then(path)``."""
        run_task(
            self.outgoing.runner,
            lambda: self.save_to(target, password),
            then,
            lambda exc: show_error(self, exc),
            self,
        )

    def done(self, result: int) -> None:
        self.document.close()
        super().done(result)


class BackgroundPreview(QObject):
    """Gather a report's data and render it through the context's runner, then open its preview.

    ``gather()`` reads the data (once); ``render(data, password)`` lays it out,
    again with a password when the user saves it. The window stays
    responsive meanwhile, with a busy cursor; a DomainError from gathering
    the data, or any failure, is shown to the user when the work ends, and no
    preview opens. ``notice(data)``, when given, is shown above the pages (never
    printed). ``extend(dialog, data)``, when given, adds to the preview before it opens
    (the handout's family section editor). ``dialog`` is the preview once it is open. With a
    ``SyncRunner`` it is open when the constructor returns.
    """

    def __init__(
        self, ctx: AppContext, gather: Callable[[], Any],
        render: Callable[[Any, str | None], bytes], file_name: str, title: str,
        parent: QWidget | None = None, audit: Audit | None = None,
        notice: Callable[[Any], str] | None = None,
        extend: Callable[[ReportPreviewDialog, Any], None] | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._notice, self._extend = notice, extend
        self._parent, self.file_name, self.title = parent, file_name, title
        self._ctx, self._render, self._audit = ctx, render, audit
        self.dialog: ReportPreviewDialog | None = None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

        def work() -> tuple[Any, bytes]:
            data = gather()
            return data, render(data, None)

        self.task = run_task(ctx.runner, work, self._on_task_succeeded, self._on_task_failed, self)

    def _on_task_succeeded(self, result: tuple[Any, bytes]) -> None:
        QGuiApplication.restoreOverrideCursor()
        data, pdf = result
        render = self._render
        outgoing = Outgoing(self._ctx.exports, lambda password: render(data, password),
                            self._ctx.runner, self._audit)  # fmt: skip
        notice = self._notice(data) if self._notice is not None else ""
        self.dialog = ReportPreviewDialog(
            pdf, self.file_name, self.title, outgoing, self._parent, notice
        )
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self._extend is not None:
            self._extend(self.dialog, data)
        self.dialog.open()

    def _on_task_failed(self, exc: BaseException) -> None:
        QGuiApplication.restoreOverrideCursor()
        show_error(self._parent, exc)
