"""Escaping user text for Paragraph markup; shortening; dates."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from imh_desktop.reports.base import BaseReport
from imh_desktop.reports.text import esc, paragraphs, shorten


def test_esc_escapes_markup_and_keeps_line_breaks():
    assert esc("Mom & baby <b>smiled</b>\nthen slept") == (
        "Mom &amp; baby &lt;b&gt;smiled&lt;/b&gt;<br/>then slept"
    )
    assert esc(None) == "" and esc("") == ""
    assert esc("a\x00b\x07c") == "abc"


class _Probe(BaseReport):
    def story(self):
        return []


def test_escaped_text_builds_a_paragraph_whatever_it_holds():
    nasty = "<para> & </b> <font name='x'> &amp; <br> <<>> &#xx; ]]>"
    para = Paragraph(esc(nasty), _Probe().style["body"])
    assert para.wrap(300, 1000)[1] > 0
    assert "<para>" in para.getPlainText() and "&amp;" in para.getPlainText()


def test_paragraphs_split_at_blank_lines():
    assert paragraphs("one\n\n\ntwo\nlines") == ["one", "two<br/>lines"]
    assert paragraphs("  ") == []


def test_shorten_prefers_a_sentence_end_then_a_word():
    text = "Ánh held Bảo close and sang. He settled quickly. Then they read a book together."
    assert shorten(text, 200) == text
    assert shorten(text, 50) == "Ánh held Bảo close and sang. He settled quickly."
    cut = shorten("word " * 40, 30)
    assert cut.endswith("…") and len(cut) <= 30 and "  " not in cut
    assert shorten(None, 10) == ""
