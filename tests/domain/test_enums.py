"""The domain's fixed lists: stored values only, no display labels; values shared between lists."""

from __future__ import annotations

import inspect
from collections import defaultdict
from enum import Enum

from imh_desktop.domain import enums
from imh_desktop.domain.enums import Instrument, ReferralSource, VisitMode

DOMAIN_ENUMS: tuple[type[Enum], ...] = tuple(
    cls
    for name, cls in inspect.getmembers(enums, inspect.isclass)
    if issubclass(cls, Enum) and cls.__module__ == enums.__name__ and not name.startswith("_")
)

# Stored values that more than one list uses, and whether the word means the same in each.
# A value added to a second list must be added here, deciding whether the two may read alike.
SHARED_VALUES = {
    "other": True,  # referral source, closure reason, sex, goal domain
    "active": True,  # a family's status, a goal's status
    "referral": True,  # a service given at a visit, the follow-up of an alert
    "community": False,  # a visit held in the community; a community agency that referred
}


def members_sharing_values() -> dict[str, list[Enum]]:
    """Stored value -> the members of different enums that store it."""
    by_value: dict[str, list[Enum]] = defaultdict(list)
    for enum in DOMAIN_ENUMS:
        for member in enum:
            by_value[member.value].append(member)
    return {value: members for value, members in by_value.items() if len(members) > 1}


def test_every_list_of_the_domain_is_found():
    names = {e.__name__ for e in DOMAIN_ENUMS}
    assert {"VisitMode", "ReferralSource", "FamilyStatus", "Instrument", "Role"} <= names
    assert len(DOMAIN_ENUMS) == 14


def test_the_domain_gives_no_display_labels():
    """What people read is chosen by the UI and the reports, never by the enum."""
    for enum in DOMAIN_ENUMS:
        assert not hasattr(enum, "label"), enum.__name__
        assert not any(hasattr(member, "label") for member in enum), enum.__name__


def test_values_shared_between_lists_are_known():
    shared = members_sharing_values()
    assert set(shared) == set(SHARED_VALUES)
    assert {type(m) for m in shared["community"]} == {VisitMode, ReferralSource}


def test_instruments_keep_their_published_abbreviations():
    assert [i.abbreviation for i in Instrument] == ["EPDS", "PHQ-9", "ASQ-3", "ASQ:SE-2"]
