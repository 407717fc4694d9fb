"""Text a person types: its length limits and the characters it may hold.

Every text field has a limit here, checked in the domain before anything
reaches a database, a log, a PDF or an export, so SQLite and PostgreSQL
behave the same (PostgreSQL alone would refuse a NUL byte or a 41-character
phone, and SQLite would keep both). Control characters are refused with a
message naming the field: a line break and a tab are allowed in multi-line
fields only. Lone surrogates and the non-characters U+FFFE/U+FFFF are refused
too (they cannot be written as UTF-8 or XML).

``normalise`` is what gets stored: line endings as ``\\n``, no whitespace at
either end. Everything else (right-to-left marks, markup such as
``<b>&amp;``, a leading ``=``) is stored literally; reports escape it and
exports neutralise it where it is written.
"""

from __future__ import annotations

import re
from typing import Any

from imh_desktop.domain.accounts import MAX_USERNAME as ACCOUNT_USERNAME_LIMIT
from imh_desktop.domain.errors import DomainError

# Limits in characters. Names, phones and the like match their columns' sizes;
# free text is generous (a long visit note is a few thousand characters).
MAX_NAME = 200  # family, caregiver, child and staff names
MAX_USERNAME = ACCOUNT_USERNAME_LIMIT  # letters, digits, . - _ only (domain.accounts)
MAX_PHONE = 40
MAX_LANGUAGE = 40
MAX_RELATIONSHIP = 60
MAX_ADDRESS = 500
MAX_GOAL_STATEMENT = 2_000
MAX_GOAL_DETAIL = 4_000  # a goal's baseline and strategies
MAX_NOTE_SECTION = 20_000  # each section of a visit note, and an amendment's text
MAX_FAMILY_NOTE = 3_000  # a visit note's section for the family (printed on the handout)
MAX_SHORT_NOTE = 2_000  # a goal's progress note, a cancellation or closure reason
MAX_REASON = 500  # why a signed note is amended
MAX_FOLLOW_UP = 4_000  # an alert's follow-up note (screenings)
MAX_OTHERS_PRESENT = 12  # "others present" entries on a visit
MAX_OTHER_PRESENT = 60
MIN_PDF_PASSWORD = 8
MAX_PDF_PASSWORD = 127  # bytes of UTF-8: what a PDF's security handler uses

_SINGLE_LINE_BAD = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_MULTI_LINE_BAD = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def normalise(value: str) -> str:
    """``value`` as stored: Windows and old Mac line endings as ``\\n``, stripped."""
    return value.replace("\r\n", "\n").replace("\r", "\n").strip()


def bad_character(value: str, multiline: bool = False) -> str | None:
    """The first character ``value`` may not hold (after ``normalise``), or None."""
    found = (_MULTI_LINE_BAD if multiline else _SINGLE_LINE_BAD).search(normalise(value))
    return found.group() if found else None


def check_text(
    value: Any,
    field: str,
    label: str,
    max_len: int,
    *,
    required: bool = False,
    multiline: bool = False,
) -> str:
    """``value`` normalised, or a DomainError for ``field`` saying what is wrong.

    ``label`` starts the message ("The family name"); ``required`` refuses an
    empty value; ``multiline`` allows line breaks and tabs.
    """
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise DomainError(f"{label} must be text.", field)
    text = normalise(value)
    if required and not text:
        raise DomainError(f"{label} is required.", field)
    if len(text) > max_len:
        raise DomainError(
            f"{label} is too long: {len(text):,} characters, at most {max_len:,}.", field
        )
    bad = bad_character(text, multiline)
    if bad is not None:
        what = {"\n": "a line break", "\t": "a tab"}.get(bad) or (
            f"a control character (U+{ord(bad):04X})"
        )
        raise DomainError(f"{label} contains {what}, which cannot be kept; remove it.", field)
    return text


def require_text(
    value: str, field_name: str, label: str, max_len: int = MAX_NAME, multiline: bool = False
) -> str:
    """Normalise ``value``; refuse it when empty, too long or holding a control character."""
    return check_text(value, field_name, label, max_len, required=True, multiline=multiline)


def check_pdf_password(password: str) -> bytes:
    """A PDF's password as its security handler uses it (UTF-8), or a DomainError for "password"."""
    if len(password) < MIN_PDF_PASSWORD:
        raise DomainError(
            f"Choose a password of at least {MIN_PDF_PASSWORD} characters.", "password"
        )
    raw = password.encode("utf-8", errors="replace")
    if len(raw) > MAX_PDF_PASSWORD or bad_character(password) is not None:
        raise DomainError(
            f"The password must be at most {MAX_PDF_PASSWORD} characters, without control keys.",
            "password",
        )
    return raw
