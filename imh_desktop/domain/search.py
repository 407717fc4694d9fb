"""Searching the record's text: one fold, a safe query language and highlighted snippets.

Everything here is pure. The same :func:`fold_text` folds what is indexed
(``data/search.py``) and what is typed, on SQLite and on PostgreSQL alike, so
"nguyen" finds "Nguyễn" and "dang" finds "Đặng" on both.

The query a user types is parsed here and never handed to the database as
typed: words (letters and digits), ``"a phrase"`` and ``prefix*``, all of
them required. :func:`fts5_match` and :func:`ts_query` rebuild a query from
the parsed words only, so no user syntax can reach FTS5 or ``to_tsquery``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from imh_desktop.domain.errors import DomainError

# Combining marks left by NFKD decomposition (diacritics of Latin, Greek, Cyrillic, Vietnamese).
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_FOLD = str.maketrans({"đ": "d", "Đ": "d", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "ß": "ss"})
_WORD = re.compile(r"[^\W_]+")  # letters and digits, as FTS5's unicode61 tokenizer sees words
# Every ASCII character but a letter or digit, as a space: plain text's words are _WORD's.
_ASCII_GAPS = str.maketrans({c: " " for c in map(chr, range(128)) if not c.isalnum()})

QUERY_MAX = 200  # characters a query may have
TERMS_MAX = 12  # words and phrases in one query
PREFIX_MIN = 2  # letters before a "*"
PAGE_SIZE = 50


@functools.lru_cache(maxsize=65536)
def fold_text(text: str) -> str:
    """Lower-case ``text`` and drop accents, so "nguyen" matches "Nguyễn"."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    return _COMBINING.sub("", unicodedata.normalize("NFKD", folded.translate(_FOLD)))


def index_text(text: str) -> str:
    """What is indexed for ``text``: its folded words, one space apart (no punctuation).

    Both backends' tokenizers then see plain words only (PostgreSQL's parser
    would otherwise read "rent/housing" as a file name and "a.b" as a host).
    """
    folded = fold_text(text)
    if folded.isascii():  # most text: the same words, split without the regex
        return " ".join(folded.translate(_ASCII_GAPS).split())
    return " ".join(_WORD.findall(folded))


@dataclass(frozen=True)
class Term:
    """One required part of a query: a word, a prefix (``hous*``) or a phrase (several words)."""

    words: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True)
class SearchQuery:
    """A parsed query: every term must match (in any order, within one section)."""

    text: str  # as typed, stripped
    terms: tuple[Term, ...]


_TOKEN = re.compile(r'"([^"]*)"|(\S+)')


def parse_query(text: str) -> SearchQuery:
    """Parse what the user typed; DomainError (field "query") when it cannot be searched."""
    typed = " ".join((text or "").split())
    if not typed:
        raise DomainError("Type a word to search for.", "query")
    if len(typed) > QUERY_MAX:
        raise DomainError(f"The search is too long (at most {QUERY_MAX} characters).", "query")
    if typed.count('"') % 2:
        raise DomainError('A phrase needs a closing quotation mark (").', "query")
    terms: list[Term] = []
    for match in _TOKEN.finditer(typed):
        phrase, bare = match.groups()
        if phrase is not None:  # "a phrase", its last word a prefix when it ends in *
            words = tuple(_WORD.findall(fold_text(phrase)))
            prefix = phrase.rstrip().endswith("*")
            if prefix and (not words or len(words[-1]) < PREFIX_MIN):
                raise DomainError(
                    f"Put at least {PREFIX_MIN} letters before a * (for example hous*).", "query"
                )
            if words:
                terms.append(Term(words, prefix))
            continue
        terms.extend(_bare_terms(bare))
    if not terms:
        raise DomainError("Type letters or digits to search for.", "query")
    if len(terms) > TERMS_MAX:
        raise DomainError(f"Search for at most {TERMS_MAX} words or phrases at once.", "query")
    return SearchQuery(typed, tuple(dict.fromkeys(terms)))


def _bare_terms(token: str) -> list[Term]:
    """Terms of an unquoted token: "hous*" a prefix; "self-care" the phrase "self care"."""
    prefix = token.endswith("*")
    words = tuple(_WORD.findall(fold_text(token.rstrip("*"))))
    if prefix and not words:
        raise DomainError(
            f"Put at least {PREFIX_MIN} letters before a * (for example hous*).", "query"
        )
    if "*" in token.rstrip("*"):
        raise DomainError("A * can only end a word (for example hous*).", "query")
    if prefix and len(words[-1]) < PREFIX_MIN:
        raise DomainError(
            f"Put at least {PREFIX_MIN} letters before a * (for example hous*).", "query"
        )
    if not words:
        return []
    return [Term(words, prefix)]


def fts5_match(query: SearchQuery) -> str:
    """The FTS5 MATCH expression: each term a quoted string ("a b" a phrase, "a"* a prefix)."""
    parts = []
    for term in query.terms:
        quoted = '"' + " ".join(term.words) + '"'
        parts.append(quoted + "*" if term.prefix else quoted)
    return " AND ".join(parts)


def ts_query(query: SearchQuery) -> str:
    """The ``to_tsquery('simple', …)`` text: terms joined by &, phrases by <->, prefixes :*."""
    parts = []
    for term in query.terms:
        words = [f"'{w}'" for w in term.words]
        if term.prefix:
            words[-1] += ":*"
        parts.append(words[0] if len(words) == 1 else "(" + " <-> ".join(words) + ")")
    return " & ".join(parts)


# Snippets ------------------------------------------------------------------

Snippet = tuple[tuple[str, bool], ...]  # (text, is it a match) pieces, in order


def _word_matches(word: str, expected: str, prefix: bool) -> bool:
    return word.startswith(expected) if prefix else word == expected


def match_spans(text: str, query: SearchQuery) -> list[tuple[int, int]]:
    """Where the terms of ``query`` occur in ``text`` (character spans in the original text)."""
    flat = [(m.start(), m.end(), fold_text(m.group())) for m in _WORD.finditer(text)]
    spans: list[tuple[int, int]] = []
    for term in query.terms:
        n = len(term.words)
        for i in range(len(flat) - n + 1):
            ok = all(
                _word_matches(flat[i + k][2], term.words[k], term.prefix and k == n - 1)
                for k in range(n)
            )
            if ok:
                spans.append((flat[i][0], flat[i + n - 1][1]))
    return sorted(set(spans))


def snippet(text: str, query: SearchQuery, width: int = 160) -> Snippet:
    """About ``width`` characters of ``text`` around its first match, the matches marked."""
    text = " ".join(text.split())  # line breaks and runs of spaces read as one space
    spans = match_spans(text, query)
    start = 0
    if spans and len(text) > width and spans[0][0] > width // 3:
        start = min(spans[0][0] - width // 3, len(text) - width)
        start = text.rfind(" ", 0, start + 1) + 1  # at a word's start (0 when there is none)
    end = min(len(text), start + width)
    first_end = spans[0][1] if spans else 0
    if end < len(text) and first_end <= end:
        cut = text.rfind(" ", max(start + width // 2, first_end), end)
        end = cut if cut > 0 else end
    end = max(end, first_end)
    pieces: list[tuple[str, bool]] = [("…", False)] if start > 0 else []
    at = start
    for s, e in spans:
        if s < at or e > end:
            continue
        if s > at:
            pieces.append((text[at:s], False))
        pieces.append((text[s:e], True))
        at = e
    if at < end:
        pieces.append((text[at:end], False))
    if end < len(text):
        pieces.append(("…", False))
    return tuple(pieces)
