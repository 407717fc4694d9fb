"""Right-to-left text in our PDFs: Hebrew and Arabic in the right order, Arabic letters joined.

ReportLab draws the characters of a string left to right in the order they
are stored, so "משפחת כהן" would print mirrored and Arabic letters would
stand apart. :func:`visual` turns one line into the order it is drawn in
(the Unicode bidirectional algorithm, python-bidi) after joining Arabic
letters into their connected forms (arabic-reshaper). A whole paragraph
cannot be reordered before it is broken into lines, or its first line would
show its last words: :class:`RtlParagraph` breaks the logical text into lines
first and reorders each line, right-aligned, and splits across pages.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import arabic_reshaper
from bidi import get_display
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

# Hebrew, Arabic, Syriac, Thaana, N'Ko and the Hebrew/Arabic presentation forms.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
# Phone numbers, times and dates in digits: kept left to right as one piece inside
# right-to-left text (else "(555) 010-7788" would print as "7788-010 (555)").
_NUMBER = re.compile(r"[+(]?\d[\d ()\-./:]*\d\)?")
_ISOLATES = re.compile("[\u2066-\u2069]")
LRI, PDI = "\u2066", "\u2069"


def has_rtl(text: str) -> bool:
    """True when ``text`` holds a right-to-left letter."""
    return bool(_RTL.search(text))


def rtl_first(text: str) -> bool:
    """True when the first strong letter of ``text`` is right to left: a paragraph written
    in Hebrew or Arabic (laid out with :class:`RtlParagraph`), not an English one that
    only names someone in Hebrew."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def visual(line: str, base: str | None = None) -> str:
    """One line in drawing order: shaped Arabic, right-to-left runs reversed.

    ``base`` is the paragraph direction ("R" or "L"); by default the first
    strong letter decides. Text without right-to-left letters is returned as is.
    """
    if not has_rtl(line):
        return line
    return _display(arabic_reshaper.reshape(line), base)


def _display(shaped: str, base: str | None) -> str:
    """Shaped text in drawing order, its numbers kept whole (no isolate marks left in)."""
    marked = _NUMBER.sub(lambda m: LRI + m.group(0) + PDI, shaped)
    shown = get_display(marked, base_dir=base) if base else get_display(marked)
    return _ISOLATES.sub("", str(shown))


class RtlParagraph(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """Plain text laid out right to left: broken into lines, each reordered, right-aligned.

    ``bullet`` (e.g. "•") is drawn at the right edge with the text indented
    beside it. Takes the style's font, size, leading, colour, indents, space
    before and after; the alignment is right unless the style centres it.
    """

    def __init__(
        self, text: str, style: ParagraphStyle, bullet: str = "", lines: list[str] | None = None
    ) -> None:
        super().__init__()
        self.text = text.replace("\r\n", "\n").replace("\r", "\n")
        self.style = style
        self.bullet = bullet
        self._lines = lines
        self._broken_at: float | None = None if lines is None else -1.0

    @property
    def _indent(self) -> float:
        return float(self.style.bulletIndent or 0) + (
            self.style.fontSize * 1.3 if self.bullet else 0
        )

    def _break(self, width: float) -> list[str]:
        font, size = self.style.fontName, self.style.fontSize
        room = width - self.style.leftIndent - self.style.rightIndent - self._indent
        lines: list[str] = []
        for paragraph in self.text.split("\n"):
            line = ""
            for word in arabic_reshaper.reshape(paragraph).split():
                trial = f"{line} {word}" if line else word
                if line and stringWidth(trial, font, size) > room:
                    lines.append(line)
                    line = word
                else:
                    line = trial
            lines.append(line)
        return lines

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._lines is None or (self._broken_at not in (-1.0, available_width)):
            self._lines = self._break(available_width)
            self._broken_at = available_width
        self.width = available_width
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Any]:
        self.wrap(available_width, available_height)
        assert self._lines is not None
        fit = int(available_height // self.style.leading)
        if fit <= 0:
            return []
        if fit >= len(self._lines):
            return [self]
        first = RtlParagraph(self.text, self.style, self.bullet, self._lines[:fit])
        rest = RtlParagraph(self.text, self.style, "", self._lines[fit:])
        return [first, rest]

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def draw(self) -> None:
        style = self.style
        canvas = self.canv
        canvas.saveState()
        canvas.setFont(style.fontName, style.fontSize)
        canvas.setFillColor(style.textColor)
        right = self.width - style.rightIndent
        y = (
            self.height
            - style.leading
            + (style.leading - style.fontSize) * 0.5
            + 0.2 * style.fontSize
        )
        if self.bullet:
            canvas.drawRightString(right - float(style.bulletIndent or 0), y, self.bullet)
        for line in self._lines or ():
            # already shaped by _break; a line without right-to-left letters stays as typed
            shown = _display(line, "R") if has_rtl(line) else line
            if style.alignment == TA_CENTER:
                canvas.drawCentredString(self.width / 2, y, shown)
            else:
                canvas.drawRightString(right - self._indent, y, shown)
            y -= style.leading
        canvas.restoreState()
