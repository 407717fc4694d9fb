"""Making user-written text safe for ReportLab ``Paragraph`` markup.

Paragraph text is a small XML dialect: a note reading ``Mom & baby <b>smiled``
would be parsed as markup (or fail). Every string a person typed goes through
:func:`esc` before it reaches a Paragraph; fixed markup is added around the
escaped text, never inside it.
"""

from __future__ import annotations

import re

from imh_desktop.reports.bidi import has_rtl, visual

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")
ELLIPSIS = "…"
CHUNK = 3000  # characters per Paragraph of a long text: about half a page


def esc(text: str | None) -> str:
    """``text`` escaped for a Paragraph: ``& < >`` as entities, newlines as ``<br/>``.

    Control characters (which PDF text cannot show) are dropped and runs of
    blank lines collapse to one paragraph break. A line with Hebrew or Arabic
    letters is put in drawing order (``reports.bidi.visual``), so a name such
    as "משפחת כהן" prints right to left.
    """
    if not text:
        return ""
    clean = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    if has_rtl(clean):
        clean = "\n".join(visual(line) for line in clean.split("\n"))
    clean = clean.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    clean = re.sub(r"\n{3,}", "\n\n", clean)
    return clean.replace("\n", "<br/>")


def paragraphs(text: str | None) -> list[str]:
    """``text`` split at blank lines, control characters dropped, empty ones left out."""
    if not text:
        return []
    clean = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return [p.strip() for p in re.split(r"\n\s*\n", clean.strip()) if p.strip()]


def paragraph_chunks(text: str | None, size: int = CHUNK) -> list[list[str]]:
    """``text`` split at blank lines into paragraphs, each split into escaped chunks.

    Lay each chunk out as its own Paragraph (the last of a paragraph with the
    space after it). ReportLab re-wraps the whole rest of a Paragraph every
    time it splits one across a page, so a note of one huge paragraph made
    layout quadratic in its length (a 1 MB plan took minutes). Chunks of at
    most ``size`` characters (about half a page) keep it linear. A paragraph
    is split at its line breaks first; a longer line at the last sentence end
    (or else space) before ``size``, a single longer word where it must.
    """
    if not text:
        return []
    out = []
    for para in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n").strip()):
        pieces: list[str] = []
        current = ""
        for line in para.split("\n"):
            for part in _cut(line, size):
                if current and len(current) + 1 + len(part) <= size:
                    current += "\n" + part
                    continue
                if current:
                    pieces.append(current)
                current = part
        pieces.append(current)
        chunks = [esc(piece) for piece in pieces]
        chunks = [chunk for chunk in chunks if chunk]
        if chunks:
            out.append(chunks)
    return out


def _cut(line: str, size: int) -> list[str]:
    """``line`` cut into parts of at most ``size`` characters, at sentence ends or spaces."""
    parts = []
    while len(line) > size:
        head = line[:size]
        ends = [m.end() for m in _SENTENCE_END.finditer(head)]
        at = ends[-1] if ends and ends[-1] >= size // 2 else head.rfind(" ") + 1
        if at < size // 2:
            at = size
        parts.append(line[:at])
        line = line[at:]
    parts.append(line)
    return parts


def shorten(text: str | None, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, at a sentence end if one is near.

    Otherwise cut at a word boundary and end with an ellipsis. Whitespace
    (including newlines) is folded to single spaces. Not escaped.
    """
    flat = " ".join((text or "").split())
    if len(flat) <= limit:
        return flat
    head = flat[:limit]
    ends = [m.end() for m in _SENTENCE_END.finditer(head)]
    if ends and ends[-1] >= limit * 0.5:
        return head[: ends[-1]]
    cut = head[: limit - 1].rsplit(" ", 1)[0] if " " in head else head[: limit - 1]
    return cut.rstrip(" ,;:-–—") + ELLIPSIS
