"""The name a handout greets a person by, in either name order."""

from __future__ import annotations

import pytest

from imh_desktop.domain.person_names import family_name_first, given_name


@pytest.mark.parametrize(
    ("full_name", "language", "expected"),
    [
        ("Rocío Rodríguez Núñez", "", "Rocío"),
        ("Tomás Núñez", "Spanish", "Tomás"),
        ("Nguyễn Thị Ánh", "", "Ánh"),  # a Vietnamese middle name: family name first
        ("Trần Minh Quân", "", "Quân"),  # a common Vietnamese family name, three words
        ("Minh Tran", "Vietnamese", "Tran"),  # the language decides when it is known
        ("Bảo Ølstad", "", "Bảo"),
        ("רחל כהן", "", "רחל"),
        ("Cher", "vi", "Cher"),
        ("   ", "", ""),
    ],
)
def test_given_name(full_name, language, expected):
    assert given_name(full_name, language) == expected


def test_two_word_names_are_given_name_first_unless_the_language_says_otherwise():
    assert not family_name_first("Lê Anh")
    assert family_name_first("Lê Anh", "vi")
