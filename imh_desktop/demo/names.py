"""Names for the demo data: the many communities an agency serves.

Names keep their own letters (Nguyễn, Núñez-O'Brien, Ølstad, Wójcik, Désir),
so every screen, sort, export and PDF meets real-world text. The name lists
live in ``data/names.toml`` (each community's given names for adults and for
babies, family names, how a full name is ordered, and the languages its
families prefer); this module picks from them. All people are invented.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from random import Random

from imh_desktop.demo.datafiles import Community, name_pool

WESTERN = "western"  # Given [Middle] Family
VIETNAMESE = "vietnamese"  # Family Middle Given; called by the given name
SOMALI = "somali"  # Given Father's-given Family


@dataclass(frozen=True)
class Person:
    """A generated name: the full name, the name the family calls them by, the family name."""

    full_name: str
    first_name: str
    surname: str


def pick_community(rng: Random) -> Community:
    """A community, weighted by how often an agency serves it."""
    pool = name_pool()
    return rng.choices(pool.communities, pool.weights)[0]


def pick_language(rng: Random, who: Community) -> str:
    names = [name for name, _ in who.languages]
    return rng.choices(names, [w for _, w in who.languages])[0]


def pick_surname(rng: Random, who: Community) -> str:
    """A family name as stored ("Kowalski|Kowalska" pairs stay whole; see ``gendered``)."""
    return rng.choice(who.surnames)


def gendered(surname: str, female: bool) -> str:
    """The right form of a family name for a man or a woman ("Kowalska")."""
    if "|" not in surname:
        return surname
    male_form, female_form = surname.split("|", 1)
    return female_form if female else male_form


def make_person(
    rng: Random,
    who: Community,
    female: bool,
    surname: str | None = None,
    child: bool = False,
    father: str | None = None,
) -> Person:
    """A person of community ``who``; ``surname`` as stored, ``father`` for Somali names."""
    pool = (who.girls if female else who.boys) if child else (who.women if female else who.men)
    given = rng.choice(pool)
    family = gendered(surname or pick_surname(rng, who), female)
    if who.order == VIETNAMESE:
        middle = who.middle_woman if female and not child else rng.choice(who.middle_men)
        if female and child:  # a second draw: kept so that a seed makes the same people
            middle = rng.choice(who.middle_girls)
        return Person(f"{family} {middle} {given}", given.split()[-1], family)
    if who.order == SOMALI:
        second = father or rng.choice(who.men)
        return Person(f"{given} {second} {family}", given, family)
    return Person(f"{given} {family}", given, family)


def ascii_fold(text: str) -> str:
    """Plain lowercase ASCII letters of ``text`` (for usernames): "Ølstad" -> "olstad"."""
    text = text.translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalpha()).lower()


_FOLD = str.maketrans(
    {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss"}
)


def make_address(rng: Random) -> str:
    """A made-up street address in a made-up town."""
    places = name_pool()
    number = rng.randint(100, 9899)
    unit = f", Apt {rng.randint(1, 24)}{rng.choice('ABCD')}" if rng.random() < 0.45 else ""
    return f"{number} {rng.choice(places.streets)}{unit}\n{rng.choice(places.towns)}"


def make_phone(rng: Random) -> str:
    """A phone number in the 555-01xx range reserved for fiction."""
    return f"({rng.choice(name_pool().area_codes)}) 555-01{rng.randint(0, 99):02d}"
