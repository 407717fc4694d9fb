"""Escaping user text for Paragraph markup; shortening; dates."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from imh_desktop.reports.base import BaseReport
from imh_desktop.reports.text import CHUNK, esc, paragraph_chunks, shorten


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
    assert paragraph_chunks("one\n\n\ntwo\nlines") == [["one"], ["two<br/>lines"]]
    assert paragraph_chunks("  ") == []


def test_a_long_paragraph_is_cut_into_chunks_at_lines_sentences_spaces_or_anywhere():
    lines = "\n".join(f"line {i} & more" for i in range(10))
    assert paragraph_chunks(lines, size=50) == [[
        "line 0 &amp; more<br/>line 1 &amp; more<br/>line 2 &amp; more",
        "line 3 &amp; more<br/>line 4 &amp; more<br/>line 5 &amp; more",
        "line 6 &amp; more<br/>line 7 &amp; more<br/>line 8 &amp; more",
        "line 9 &amp; more",
    ]]  # fmt: skip
    sentences = "Ánh sang to Bảo. He settled quickly and smiled at her. Then a book."
    assert paragraph_chunks(sentences, size=60) == [
        ["Ánh sang to Bảo. He settled quickly and smiled at her.", "Then a book."]
    ]
    assert paragraph_chunks("word " * 20, size=22) == [["word word word word"] * 5]
    assert paragraph_chunks("x" * 25, size=10) == [["x" * 10, "x" * 10, "x" * 5]]
    text = ("Ánh sang. " * 700 + "\n") * 3 + "\n" + "y" * 7000
    chunks = paragraph_chunks(text)
    assert all(len(c) <= CHUNK for para in chunks for c in para)
    joined = ["".join(para).replace("<br/>", "") for para in chunks]  # nothing lost
    assert ["".join(j.split()) for j in joined] == ["".join(t.split()) for t in text.split("\n\n")]


def test_shorten_prefers_a_sentence_end_then_a_word():
    text = "Ánh held Bảo close and sang. He settled quickly. Then they read a book together."
    assert shorten(text, 200) == text
    assert shorten(text, 50) == "Ánh held Bảo close and sang. He settled quickly."
    cut = shorten("word " * 40, 30)
    assert cut.endswith("…") and len(cut) <= 30 and "  " not in cut
    assert shorten(None, 10) == ""
