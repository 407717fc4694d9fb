"""The domain's fixed lists: stored values only, no display labels; values shared between lists."""

from __future__ import annotations

from imh_desktop.domain.enums import Instrument, ReferralSource, VisitMode
from tests.factories import DOMAIN_ENUMS, SHARED_VALUES, members_sharing_values


def test_every_list_of_the_domain_is_found():
    names = {e.__name__ for e in DOMAIN_ENUMS}
    assert {"VisitMode", "ReferralSource", "FamilyStatus", "Instrument", "Role"} <= names
    assert len(DOMAIN_ENUMS) == 19


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
