"""Labels of the fixed lists on printed reports and in exports, English and Spanish."""

from __future__ import annotations

import itertools

import pytest

from imh_desktop.domain.enums import ReferralSource, VisitMode
from imh_desktop.reports.labels import LABELS, REPORT_LANGUAGES, label
from tests.factories import DOMAIN_ENUMS, SHARED_VALUES, members_sharing_values


@pytest.mark.parametrize("lang", REPORT_LANGUAGES)
def test_every_member_of_every_list_has_a_label(lang):
    assert set(LABELS[lang]) == set(DOMAIN_ENUMS)
    for enum in DOMAIN_ENUMS:
        table = LABELS[lang][enum]
        # keyed by the enum's own members: a member of another list with the same
        # value would be found too (StrEnum members compare as their values)
        assert all(type(key) is enum for key in table), enum.__name__
        assert len(table) == len(enum), enum.__name__
        names = [label(member, lang) for member in enum]
        assert all(isinstance(n, str) and n.strip() == n and n for n in names), enum.__name__
        assert len(set(names)) == len(names), f"two {enum.__name__} members read alike"


@pytest.mark.parametrize("lang", REPORT_LANGUAGES)
def test_a_value_shared_by_two_lists_reads_alike_only_when_it_means_the_same(lang):
    for value, members in members_sharing_values().items():
        if SHARED_VALUES[value]:
            continue
        for a, b in itertools.combinations(members, 2):
            assert label(a, lang) != label(b, lang), (value, type(a), type(b))


def test_a_community_visit_is_not_a_community_agency():
    assert label(VisitMode.COMMUNITY) == "Community"
    assert label(ReferralSource.COMMUNITY) == "Community agency"
    assert label(VisitMode.COMMUNITY, "es") == "Comunidad"
    assert label(ReferralSource.COMMUNITY, "es") == "Agencia comunitaria"
