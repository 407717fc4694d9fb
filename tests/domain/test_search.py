"""Folding, the safe query language and snippets (pure)."""

from __future__ import annotations

import re

import pytest

from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.search import (
    Term,
    fts5_match,
    index_text,
    parse_query,
    snippet,
    ts_query,
)


def test_index_text_folds_case_accents_and_punctuation():
    assert (
        index_text("Nguyễn, Đặng & ROCÍO: rent/housing.She") == "nguyen dang rocio rent housing she"
    )


def test_plain_text_splits_into_the_words_the_unicode_rule_finds():
    # ASCII text takes a quicker path than the regex; every character splits the same way.
    for code in range(128):
        text = f"Ab{chr(code)}9c_d {chr(code)}"
        expected = " ".join(re.findall(r"[^\W_]+", text.casefold()))
        assert index_text(text) == expected, code
    assert index_text("x_y\tz\x1fw") == "x y z w"


def test_a_query_is_words_phrases_and_prefixes():
    query = parse_query('Rocío  "Housing problem" hous* self-care')
    assert query.terms == (
        Term(("rocio",)), Term(("housing", "problem")), Term(("hous",), True),
        Term(("self", "care")),
    )  # fmt: skip
    assert fts5_match(query) == '"rocio" AND "housing problem" AND "hous"* AND "self care"'
    assert ts_query(query) == "'rocio' & ('housing' <-> 'problem') & 'hous':* & ('self' <-> 'care')"


def test_operators_typed_are_only_words():
    query = parse_query("NEAR(a b) OR col:x ^y 'z'")
    assert fts5_match(query) == '"near a" AND "b" AND "or" AND "col x" AND "y" AND "z"'


@pytest.mark.parametrize(
    ("typed", "words"),
    [("", "Type a word"), ('"open', "closing quotation"), ("a*", "at least 2"),
     ("ho*me", "can only end"), ("?!", "letters or digits"), ("x" * 201, "too long")],
)  # fmt: skip
def test_bad_queries_say_why(typed, words):
    with pytest.raises(DomainError) as caught:
        parse_query(typed)
    assert words in caught.value.message and caught.value.field == "query"


def test_snippet_marks_the_matches_in_the_text_as_written():
    query = parse_query("nguyen hous*")
    pieces = snippet("Mrs Nguyễn asked\nabout Housing.", query)
    assert pieces == (
        ("Mrs ", False),
        ("Nguyễn", True),
        (" asked about ", False),
        ("Housing", True),
        (".", False),
    )


def test_a_long_text_is_cut_around_the_first_match():
    text = "word " * 100 + "the eviction notice came " + "more " * 100
    pieces = snippet(text, parse_query('"eviction notice"'))
    assert pieces[0] == ("…", False) and pieces[-1] == ("…", False)
    assert ("eviction notice", True) in pieces
    assert sum(len(t) for t, _ in pieces) < 180


def test_a_short_text_is_never_cut_and_a_match_at_the_end_is_kept():
    short = "Safe-sleep teaching; help with applications; advocacy with housing."
    assert snippet(short, parse_query("housing"))[0] == (short[:-8], False)
    pieces = snippet("word " * 100 + "the eviction", parse_query("eviction"))
    assert pieces[0] == ("…", False) and pieces[-1] == ("eviction", True)


def test_a_phrase_may_end_in_a_prefix():
    query = parse_query('"housing navig*"')
    assert query.terms == (Term(("housing", "navig"), True),)
    assert fts5_match(query) == '"housing navig"*'
    assert ts_query(query) == "('housing' <-> 'navig':*)"
