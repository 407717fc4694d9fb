"""Making user-written text safe for ReportLab ``Paragraph`` markup.

Paragraph text is a small XML dialect: a note reading ``Mom & baby <b>smiled``
would be parsed as markup (or fail). Every string a person typed goes through
:func:`esc` before it reaches a Paragraph; fixed markup is added around the
escaped text, never inside it.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")
ELLIPSIS = "…"


def esc(text: str | None) -> str:
    """``text`` escaped for a Paragraph: ``& < >`` as entities, newlines as ``<br/>``.

    Control characters (which PDF text cannot show) are dropped and runs of
    blank lines collapse to one paragraph break.
    """
    if not text:
        return ""
    clean = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    clean = clean.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    clean = re.sub(r"\n{3,}", "\n\n", clean)
    return clean.replace("\n", "<br/>")


def paragraphs(text: str | None) -> list[str]:
    """``text`` split at blank lines into escaped paragraphs.

    A long note becomes many Paragraph flowables, each of which can break
    across pages on its own, instead of one huge block.
    """
    if not text:
        return []
    chunks = re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip())
    return [esc(chunk) for chunk in chunks if chunk.strip()]


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
