"""The name a handout greets a person by, from the full name as the agency wrote it.

Most names are written given name first ("Rocío Rodríguez"). Vietnamese
names put the family name first ("Nguyễn Thị Ánh": Ánh is the name she is
called by), as do Chinese, Korean, Japanese, Khmer and Hungarian names when
written in their own order. The person's language, or a Vietnamese middle
name ("Thị", "Văn") or common family name, tells which order a name is in.
"""

from __future__ import annotations

FAMILY_NAME_FIRST_LANGUAGES = frozenset(
    {"vi", "vietnamese", "tiếng việt", "zh", "chinese", "mandarin", "cantonese", "ko",
     "korean", "ja", "japanese", "km", "khmer", "hu", "hungarian"}
)  # fmt: skip
_VIETNAMESE_MIDDLE = frozenset({"thị", "văn"})
_VIETNAMESE_FAMILY = frozenset(
    {"nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi",
     "đỗ", "hồ", "ngô", "dương", "lý", "đinh", "trương", "đoàn", "lâm", "mai", "trịnh"}
)  # fmt: skip


def family_name_first(full_name: str, language: str = "") -> bool:
    """True when ``full_name`` is written family name first."""
    words = full_name.lower().split()
    if language.strip().lower() in FAMILY_NAME_FIRST_LANGUAGES:
        return len(words) > 1
    if len(words) >= 3 and words[1] in _VIETNAMESE_MIDDLE:
        return True
    return len(words) >= 3 and words[0] in _VIETNAMESE_FAMILY


def given_name(full_name: str, language: str = "") -> str:
    """The name to greet a person by: "Rocío" of "Rocío Rodríguez", "Ánh" of "Nguyễn Thị Ánh"."""
    words = full_name.split()
    if not words:
        return ""
    return words[-1] if family_name_first(full_name, language) else words[0]
