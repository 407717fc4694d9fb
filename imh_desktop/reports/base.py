"""The report base class: geometry, fonts, styles and page decorations in one place.

A report subclass sets its class attributes (page size, title) and builds its
story from data a service prepared (``imh_desktop.services.reports``);
it never queries or reshapes data itself.

Fonts are the bundled DejaVu Sans faces, loaded through ``importlib.resources``
so they are found in an installed wheel too, and registered as one family so
``<b>`` and ``<i>`` work in Paragraphs. Every page gets the confidentiality
footer and "Page x of y", drawn by :class:`NumberedCanvas` once the page count
is known.
"""

from __future__ import annotations

import errno
import io
import os
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from imh_desktop.data.files import atomic_write
from imh_desktop.domain.errors import DiskFullError, DomainError
from imh_desktop.reports.bidi import visual

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
_FACES = (FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC)

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
ACCENT = colors.HexColor("#2b6777")
RULE = colors.HexColor("#c5ccd3")
SHADE = colors.HexColor("#eef2f4")
DRAFT = colors.HexColor("#a4262c")

CONFIDENTIAL = (
    "Confidential: contains protected health information. Do not share without the "
    "family's written consent."
)


# Compressed streams are written as binary, not also ASCII85-encoded: smaller
# files (about a fifth) and less work per report. Every PDF reader takes both.
rl_config.useA85 = 0


def register_fonts() -> None:
    """Register the bundled DejaVu Sans faces once per process, as one family."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = resources.files("imh_desktop") / "resources" / "fonts"
    for face in _FACES:
        with resources.as_file(folder / f"{face}.ttf") as path:
            pdfmetrics.registerFont(TTFont(face, str(path)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )


class NumberedCanvas(pdfcanvas.Canvas):  # type: ignore[misc]  # ReportLab is untyped
    """A canvas that holds pages back until the end so it can print "Page x of y".

    The report's ``draw_footer(canvas, page, total)`` hook is called for each
    page once the total is known.
    """

    def __init__(self, *args: Any, report: BaseReport, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._report = report
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        self._report.page_count = total
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._report.draw_footer(self, number, total)
            super().showPage()
        super().save()


class BaseReport:
    """Page size, margins, fonts, styles and page decorations shared by every report.

    Subclasses set ``title`` and ``subject`` and implement :meth:`story`;
    they may override :meth:`draw_header` (drawn on every page) and
    :meth:`styles`. :meth:`render` returns the PDF as bytes.
    """

    pagesize: ClassVar[tuple[float, float]] = LETTER
    margin_left: ClassVar[float] = 0.8 * inch
    margin_right: ClassVar[float] = 0.8 * inch
    margin_top: ClassVar[float] = 0.85 * inch
    margin_bottom: ClassVar[float] = 0.8 * inch
    base_size: ClassVar[float] = 9.5
    footer_size: ClassVar[float] = 7.0
    title: str = "Report"
    subject: str = ""
    author: str = ""
    confidential: str = CONFIDENTIAL  # the footer line; a report may set its own
    page_count: int = 0  # set by render()

    def __init__(self) -> None:
        register_fonts()
        self.style = self.styles()

    # -- hooks -------------------------------------------------------------
    def styles(self) -> dict[str, ParagraphStyle]:
        """Named paragraph styles; subclasses may add or adjust."""
        size = self.base_size
        body = ParagraphStyle(
            "body", fontName=FONT, fontSize=size, leading=size * 1.35, textColor=INK
        )
        return {
            "body": body,
            "para": ParagraphStyle("para", body, spaceAfter=size * 0.5),
            "small": ParagraphStyle("small", body, fontSize=size - 1.5, leading=(size - 1.5) * 1.3),
            "muted": ParagraphStyle("muted", body, textColor=MUTED),
            "right": ParagraphStyle("right", body, alignment=TA_RIGHT),
            "h1": ParagraphStyle(
                "h1", body, fontName=FONT_BOLD, fontSize=size + 7, leading=(size + 7) * 1.2,
                textColor=ACCENT, spaceAfter=2,
            ),
            "h2": ParagraphStyle(
                "h2", body, fontName=FONT_BOLD, fontSize=size + 2.5, leading=(size + 2.5) * 1.25,
                textColor=ACCENT, spaceBefore=12, spaceAfter=5,
            ),
            "h3": ParagraphStyle(
                "h3", body, fontName=FONT_BOLD, fontSize=size + 0.5, leading=(size + 0.5) * 1.3,
                spaceBefore=6, spaceAfter=2,
            ),
            "cell": ParagraphStyle("cell", body, fontSize=size - 1, leading=(size - 1) * 1.25),
            "cell_head": ParagraphStyle(
                "cell_head", body, fontName=FONT_BOLD, fontSize=size - 1,
                leading=(size - 1) * 1.25, textColor=colors.white,
            ),
        }  # fmt: skip

    def story(self) -> list[Flowable]:
        """The report's flowables, built from its prepared data."""
        raise NotImplementedError

    def header_text(self) -> tuple[str, str]:
        """Plain (not markup) text for the running header: left and right."""
        return "", self.title

    def draw_header(self, canvas: pdfcanvas.Canvas, page: int) -> None:
        """The running header, on every page after the first."""
        if page == 1:
            return
        left, right = self.header_text()
        width, height = self.pagesize
        y = height - self.margin_top + 0.3 * inch
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(self.margin_left + 6, y, visual(left, "L"))
        canvas.drawRightString(width - self.margin_right - 6, y, visual(right, "L"))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(self.margin_left + 6, y - 4, width - self.margin_right - 6, y - 4)
        canvas.restoreState()

    def draw_footer(self, canvas: pdfcanvas.Canvas, page: int, total: int) -> None:
        """Confidentiality notice and "Page x of y", on every page."""
        width, _ = self.pagesize
        y = self.margin_bottom - 0.38 * inch
        canvas.saveState()
        self.draw_header(canvas, page)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(self.margin_left + 6, y + 10, width - self.margin_right - 6, y + 10)
        canvas.setFont(FONT, self.footer_size)
        canvas.setFillColor(MUTED)
        canvas.drawString(self.margin_left + 6, y, self.confidential)
        canvas.drawRightString(width - self.margin_right - 6, y, self.page_label(page, total))
        canvas.restoreState()

    def page_label(self, page: int, total: int) -> str:
        return f"Page {page} of {total}"

    # -- rendering ---------------------------------------------------------
    def render(self, password: str | None = None) -> bytes:
        """Lay the story out and return the finished PDF.

        With a ``password`` the file is encrypted with AES-256 (``reports.protect``)
        and opens only with it.
        """
        encrypt = None
        if password:
            from imh_desktop.reports.protect import Aes256Encryption

            encrypt = Aes256Encryption(password)
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(
            buffer,
            pagesize=self.pagesize,
            leftMargin=self.margin_left,
            rightMargin=self.margin_right,
            topMargin=self.margin_top,
            bottomMargin=self.margin_bottom,
            title=self.title,
            author=self.author,
            subject=self.subject,
            creator="IMH Desktop",
            invariant=False,
            encrypt=encrypt,
        )
        doc.build(self.story(), canvasmaker=self._canvas)
        return buffer.getvalue()

    def _canvas(self, *args: Any, **kwargs: Any) -> NumberedCanvas:
        return NumberedCanvas(*args, report=self, **kwargs)

    @property
    def frame_width(self) -> float:
        """The usable width inside the page frame (which pads 6 pt on each side)."""
        return self.pagesize[0] - self.margin_left - self.margin_right - 12


def col_widths(total: float, fractions: Sequence[float]) -> list[float]:
    """Column widths summing to ``total``, in proportion to ``fractions``."""
    scale = total / sum(fractions)
    return [f * scale for f in fractions]


def write_pdf(data: bytes, path: str | os.PathLike[str]) -> Path:
    """Write ``data`` to ``path`` whole or not at all, owner-only (0600).

    Written to an owner-only temporary file in the same folder, then moved
    into place (``data.files.atomic_write``), so a failure never leaves half a
    PDF behind. An unwritable place raises a DomainError naming the path.
    """
    target = Path(path).expanduser()
    if target.is_dir():
        raise DomainError(f"{target} is a folder; give a file name ending in .pdf.", "out")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise DomainError(f"The folder {folder} does not exist.", "out")
    try:
        atomic_write(target, lambda tmp: tmp.write_bytes(data))
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DiskFullError(
                f"The disk is full, so {target} was not written. Free some space and try again.",
                "out",
            ) from exc
        reason = exc.strerror or str(exc)
        raise DomainError(f"Cannot write {target}: {reason}.", "out") from exc
    return target
