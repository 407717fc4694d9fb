"""Reading text back out of a rendered PDF (pypdf)."""

from __future__ import annotations

import io

from pypdf import PdfReader


def pdf_pages(data: bytes) -> list[str]:
    """The extracted text of each page."""
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def pdf_text(data: bytes) -> str:
    return "\n".join(pdf_pages(data))


def pdf_metadata(data: bytes) -> dict:
    return dict(PdfReader(io.BytesIO(data)).metadata or {})
