"""Reading text back out of a rendered PDF (pypdf)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from unittest.mock import patch

from pypdf import PdfReader


def pdf_pages(data: bytes) -> list[str]:
    """The extracted text of each page."""
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def pdf_text(data: bytes) -> str:
    return "\n".join(pdf_pages(data))


def pdf_metadata(data: bytes) -> dict:
    return dict(PdfReader(io.BytesIO(data)).metadata or {})


@contextmanager
def drawn_strings() -> Iterator[list[str]]:
    """Record every string drawn while rendering, in the order its glyphs are drawn.

    PDF text extractors reorder right-to-left text on their own, so a test of
    the drawing order reads the strings handed to ReportLab's text objects.
    """
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.pdfgen.textobject import PDFTextObject

    drawn: list[str] = []
    text_out = PDFTextObject._textOut

    def spy_text(self, text, TStar=0):
        drawn.append(text)
        return text_out(self, text, TStar)

    def spy(name):
        method = getattr(Canvas, name)

        def draw(self, x, y, text, *args, **kwargs):
            drawn.append(text)
            return method(self, x, y, text, *args, **kwargs)

        return patch.object(Canvas, name, draw)

    with (
        patch.object(PDFTextObject, "_textOut", spy_text),
        spy("drawString"),
        spy("drawRightString"),
        spy("drawCentredString"),
    ):
        yield drawn
