"""Demo name pools: how each community's full names are built, folded to usernames, weighted."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from random import Random

import pytest

from imh_desktop.demo import names as pool
from imh_desktop.demo.datafiles import Community, name_pool


def community(key: str) -> Community:
    return next(c for c in name_pool().communities if c.key == key)


class First:
    """A stand-in for ``random.Random`` that always takes the first option."""

    def choice(self, seq):
        return seq[0]

    def choices(self, population, weights=None):
        return [population[0]]


def test_western_order_given_then_family():
    anglo = community("anglo")
    person = pool.make_person(First(), anglo, female=True)
    assert person == pool.Person("Ashley Walker", "Ashley", "Walker")
    baby = pool.make_person(First(), anglo, female=False, surname="Núñez-O'Brien", child=True)
    assert baby == pool.Person("Liam Núñez-O'Brien", "Liam", "Núñez-O'Brien")


def test_vietnamese_order_family_middle_given_called_by_the_given_name():
    viet = community("vietnamese")
    mother = pool.make_person(First(), viet, female=True)
    assert mother == pool.Person("Nguyễn Thị Ánh", "Ánh", "Nguyễn")
    father = pool.make_person(First(), viet, female=False)
    assert father == pool.Person("Nguyễn Văn Minh", "Minh", "Nguyễn")
    # A girl's given name of two words: called by its last word.
    girl = pool.make_person(First(), viet, female=True, child=True, surname="Trần")
    assert girl == pool.Person("Trần Ngọc Hân", "Hân", "Trần")
    two = Community("v", 1, (), (), ("Ngọc Anh",), (), ("Lê",), (("Vietnamese", 1),),
                    pool.VIETNAMESE, "Thị", ("Văn",), ("Gia",))  # fmt: skip
    assert pool.make_person(First(), two, female=True, child=True).first_name == "Anh"


def test_somali_names_carry_the_fathers_given_name():
    somali = community("somali")
    child = pool.make_person(First(), somali, female=False, child=True, father="Abdi")
    given = somali.boys[0]
    assert child.full_name == f"{given} Abdi {somali.surnames[0]}"
    assert (child.first_name, child.surname) == (given, somali.surnames[0])
    no_father = pool.make_person(First(), somali, female=True)
    assert no_father.full_name.split()[1] == somali.men[0]


@pytest.mark.parametrize(
    ("stored", "female", "shown"),
    [("Kowalski|Kowalska", True, "Kowalska"), ("Kowalski|Kowalska", False, "Kowalski"),
     ("Wójcik", True, "Wójcik")],
)  # fmt: skip
def test_gendered_family_names(stored, female, shown):
    assert pool.gendered(stored, female) == shown


def test_a_polish_woman_gets_the_feminine_form():
    polish = community("polish")
    woman = pool.make_person(First(), polish, female=True, surname="Zieliński|Zielińska")
    assert woman.full_name == "Małgorzata Zielińska" and woman.surname == "Zielińska"


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Ølstad", "olstad"), ("Nguyễn", "nguyen"), ("Núñez-O'Brien", "nunezobrien"),
     ("Łukasz Strauß", "lukaszstrauss"), ("Đặng", "dang"), ("Ja'Nya", "janya"), ("Æsa", "aesa")],
)  # fmt: skip
def test_ascii_fold_for_usernames(text, folded):
    assert pool.ascii_fold(text) == folded


def test_names_keep_their_own_letters_composed():
    """NFC everywhere: "Nguyễn" typed on a phone and read from the file compare equal."""
    for who in name_pool().communities:
        for name in (*who.women, *who.men, *who.girls, *who.boys, *who.surnames):
            assert name == unicodedata.normalize("NFC", name) and name.strip() == name


def test_communities_are_drawn_by_weight():
    rng = Random(11)
    drawn = Counter(pool.pick_community(rng).key for _ in range(20_000))
    total = sum(c.weight for c in name_pool().communities)
    for who in name_pool().communities:
        assert drawn[who.key] / 20_000 == pytest.approx(who.weight / total, abs=0.01), who.key


def test_languages_come_from_the_community():
    rng = Random(3)
    latino = community("latino")
    drawn = Counter(pool.pick_language(rng, latino) for _ in range(5_000))
    assert set(drawn) == {"Spanish", "English"}
    assert drawn["Spanish"] / 5_000 == pytest.approx(0.6, abs=0.03)


def test_addresses_and_phone_numbers_are_fictional_and_well_formed():
    rng = Random(5)
    for _ in range(500):
        street, city = pool.make_address(rng).split("\n")
        match = re.fullmatch(r"(\d+) (.+?)(, Apt (\d+)[ABCD])?", street)
        assert match and 100 <= int(match[1]) <= 9899 and match[2] in name_pool().streets
        assert match[4] is None or 1 <= int(match[4]) <= 24
        assert city in name_pool().towns
        phone = pool.make_phone(rng)
        assert re.fullmatch(r"\((\d{3})\) 555-01\d\d", phone)
        assert int(phone[1:4]) in name_pool().area_codes
