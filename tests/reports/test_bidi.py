"""Right-to-left text: drawing order, joined Arabic letters, numbers kept whole, line breaks."""

from __future__ import annotations

import io

import arabic_reshaper
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas

from imh_desktop.reports.base import FONT, register_fonts
from imh_desktop.reports.bidi import RtlParagraph, has_rtl, visual
from imh_desktop.reports.text import esc


def test_visual_order_of_hebrew_and_mixed_lines():
    assert visual("משפחת כהן") == "ןהכ תחפשמ"
    assert visual("For רחל and Tomás") == "For לחר and Tomás"
    assert visual("Rocío Núñez") == "Rocío Núñez"  # nothing to do
    assert has_rtl("כהן") and has_rtl("سارة") and not has_rtl("Nguyễn Thị Ánh")


def test_arabic_letters_are_joined_and_phone_numbers_stay_whole():
    shown = visual("الهاتف: (555) 010-7788", "R")
    assert shown.startswith("(555) 010-7788")  # the number reads left to right, at the left
    assert "\u2066" not in shown and "\u2069" not in shown
    assert "ﺍﻟﻬﺎﺗﻒ"[::-1] in shown  # the joined (presentation) forms, in drawing order


def test_esc_puts_each_line_of_a_name_in_drawing_order():
    assert esc("משפחת כהן & co\nשרה") == "co &amp; ןהכ תחפשמ<br/>הרש"


def test_rtl_paragraph_breaks_lines_before_reordering_and_splits_across_pages():
    register_fonts()
    style = ParagraphStyle("p", fontName=FONT, fontSize=12, leading=16)
    words = " ".join(f"كلمة{n}" for n in range(60))
    para = RtlParagraph(words, style)
    width, height = para.wrap(200, 1000)
    assert width == 200 and height > 16 * 3
    first, rest = para.split(200, 16 * 2)
    assert first.wrap(200, 32)[1] == 32
    assert rest.wrap(200, 1000)[1] == height - 32
    canvas = Canvas(io.BytesIO())
    first.drawOn(canvas, 0, 0)  # draws without error; each line reordered on its own
    # lines are broken in reading order: the first line holds the first words
    assert first._lines[0].split()[0] == arabic_reshaper.reshape("كلمة0")
    assert rest._lines[-1].split()[-1] == arabic_reshaper.reshape("كلمة59")
