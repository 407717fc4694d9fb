"""The demo's data files: every file parses, no list is empty, every placeholder is filled."""

from __future__ import annotations

import copy
import string
import unicodedata
from importlib.resources import files
from typing import Any

import pytest

from imh_desktop.demo import datafiles
from imh_desktop.demo.datafiles import (
    DATA_FILES,
    PLACEHOLDERS,
    DataFileError,
    data_file,
    households,
    name_pool,
    prose,
)
from imh_desktop.demo.text import names
from imh_desktop.domain.enums import ClosureReason, GoalDomain

PAIRS = [  # every pronoun form a note can need
    names("Ánh", sex, "Zoë", female) for sex in ("female", "male", "unknown") for female in (1, 0)
]


def _walk(value: Any, where: str) -> list[tuple[str, Any]]:
    """Every list and string in a parsed file, with where it is."""
    found: list[tuple[str, Any]] = []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _walk(item, f"{where}.{key}")
    elif isinstance(value, list):
        found.append((where, value))
        for i, item in enumerate(value):
            found += _walk(item, f"{where}[{i}]")
    elif isinstance(value, str):
        found.append((where, value))
    return found


def test_the_data_folder_holds_exactly_the_files_read() -> None:
    folder = files("imh_desktop.demo").joinpath("data")
    on_disk = sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))
    assert on_disk == sorted(f"{name}.toml" for name in DATA_FILES)


@pytest.mark.parametrize("name", DATA_FILES)
def test_every_file_parses_with_no_empty_list_or_text(name: str) -> None:
    parsed = data_file(name)
    assert parsed
    for where, value in _walk(parsed, name):
        assert len(value) > 0 and (not isinstance(value, str) or value.strip()), where
        if isinstance(value, str):
            assert value == value.strip() and unicodedata.is_normalized("NFC", value), where


def test_loaders_build_their_tables_once() -> None:
    assert prose() is prose() and name_pool() is name_pool() and households() is households()


def test_every_placeholder_in_the_prose_is_known_and_filled() -> None:
    lines = list(prose().templates())
    assert len(lines) > 150
    for where, template in lines:
        fields = {f for _, f, _, _ in string.Formatter().parse(template) if f is not None}
        assert fields <= set(PLACEHOLDERS), f"{where}: {template}"
        for who in PAIRS:
            filled = template.format_map(who)
            assert "{" not in filled and "}" not in filled, f"{where}: {filled}"


def test_prose_covers_every_goal_domain_closure_reason_and_rating() -> None:
    text = prose()
    assert set(text.goals) == set(text.plans) == set(GoalDomain)
    assert set(text.closure) == set(ClosureReason)
    assert len(text.ratings) == 5 and all(text.ratings)
    # a note takes two different interactions for the child's age
    assert all(len(band) >= 2 for band in text.interactions) and len(text.responses) >= 2


def test_every_community_has_names_of_each_kind_and_languages() -> None:
    pool = name_pool()
    assert len(pool.communities) == len({c.key for c in pool.communities}) > 10
    for c in pool.communities:
        assert c.weight > 0 and c.women and c.men and c.girls and c.boys and c.surnames, c.key
        assert abs(sum(share for _, share in c.languages) - 1) < 1e-9, c.key
        for surname in c.surnames:
            assert all(part.strip() for part in surname.split("|")) and surname.count("|") <= 1
        if c.order == "vietnamese":
            assert c.middle_woman and c.middle_men and c.middle_girls
    assert any(not name.isascii() for c in pool.communities for name in c.surnames)
    assert pool.streets and pool.towns and pool.area_codes


def test_every_second_caregiver_list_follows_a_primary_relationship() -> None:
    roles = households()
    relationships = {r[0] for r in roles.primary}
    assert roles.second and set(roles.second) <= relationships
    for role in (*roles.primary, *(r for rs in roles.second.values() for r in rs)):
        relationship, weight, women, (young, old) = role
        assert relationship and weight > 0 and 0 <= women <= 1 and young <= old


def test_a_malformed_file_names_the_file_and_key(monkeypatch: pytest.MonkeyPatch) -> None:
    broken = copy.deepcopy(data_file("prose"))  # the cached original stays whole
    monkeypatch.setattr(datafiles, "data_file", lambda name: broken)
    broken["note"]["openings"] = []
    with pytest.raises(DataFileError, match=r"prose\.toml note\.openings: expected a non-empty"):
        datafiles.prose.__wrapped__()
    broken["note"]["openings"] = ["{child} waved."]
    del broken["closure"]["aged_out"]
    with pytest.raises(DataFileError, match="closure: missing aged_out"):
        datafiles.prose.__wrapped__()
