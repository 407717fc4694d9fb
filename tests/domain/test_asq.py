"""ASQ-3 and ASQ:SE-2 intervals and age windows, from the bundled data file.

Windows are those printed on the questionnaires: ASQ-3 (Squires & Bricker,
2009) and ASQ:SE-2 (Squires, Bricker & Twombly, 2015).
"""

from __future__ import annotations

import itertools
from datetime import date
from importlib import resources

import pytest

from imh_desktop.domain import asq
from imh_desktop.domain.ages import Age
from imh_desktop.domain.asq import asq3_interval_for, asqse2_interval_for
from imh_desktop.domain.enums import Instrument
from imh_desktop.domain.errors import DomainError

ASQ3_MONTHS = [2, 4, 6, 8, 9, 10, 12, 14, 16, 18, 20, 22, 24, 27, 30, 33, 36, 42, 48, 54, 60]
ASQSE2_MONTHS = [2, 6, 12, 18, 24, 30, 36, 48, 60]


def test_data_file_ships_inside_the_package() -> None:
    assert resources.files("imh_desktop.domain").joinpath(asq.DATA_FILE).is_file()


def test_sources_are_named() -> None:
    assert "Squires" in asq.source(Instrument.ASQ3)
    assert "2009" in asq.source(Instrument.ASQ3)
    assert "Twombly" in asq.source(Instrument.ASQSE2)
    assert "2015" in asq.source(Instrument.ASQSE2)


def test_asq3_has_its_21_questionnaires() -> None:
    """ASQ-3: 21 questionnaires from 2 to 60 months (Squires & Bricker, 2009)."""
    assert [row.interval for row in asq.intervals(Instrument.ASQ3)] == ASQ3_MONTHS


def test_asqse2_has_its_9_questionnaires() -> None:
    """ASQ:SE-2: 9 questionnaires from 2 to 60 months (Squires et al., 2015)."""
    assert [row.interval for row in asq.intervals(Instrument.ASQSE2)] == ASQSE2_MONTHS


# The window printed on each questionnaire, first and last age inclusive.
ASQ3_WINDOWS = {
    2: (Age(1, 0), Age(2, 30)),
    4: (Age(3, 0), Age(4, 30)),
    6: (Age(5, 0), Age(6, 30)),
    8: (Age(7, 0), Age(8, 30)),
    9: (Age(8, 0), Age(9, 30)),
    10: (Age(9, 0), Age(10, 30)),
    12: (Age(11, 0), Age(12, 30)),
    14: (Age(13, 0), Age(14, 30)),
    16: (Age(15, 0), Age(16, 30)),
    18: (Age(17, 0), Age(18, 30)),
    20: (Age(19, 0), Age(20, 30)),
    22: (Age(21, 0), Age(22, 30)),
    24: (Age(23, 0), Age(25, 15)),
    27: (Age(25, 16), Age(28, 15)),
    30: (Age(28, 16), Age(31, 15)),
    33: (Age(31, 16), Age(34, 15)),
    36: (Age(34, 16), Age(38, 30)),
    42: (Age(39, 0), Age(44, 30)),
    48: (Age(45, 0), Age(50, 30)),
    54: (Age(51, 0), Age(56, 30)),
    60: (Age(57, 0), Age(66, 0)),
}
ASQSE2_WINDOWS = {
    2: (Age(1, 0), Age(2, 30)),
    6: (Age(3, 0), Age(8, 30)),
    12: (Age(9, 0), Age(14, 30)),
    18: (Age(15, 0), Age(20, 30)),
    24: (Age(21, 0), Age(26, 30)),
    30: (Age(27, 0), Age(32, 30)),
    36: (Age(33, 0), Age(41, 30)),
    48: (Age(42, 0), Age(53, 30)),
    60: (Age(54, 0), Age(72, 0)),
}
# The questionnaire each age gets: the windows above, with the 8/9/10 month overlaps
# given to the interval nearest the completed months (8 mo x d -> 8, 9 mo x d -> 9).
ASQ3_BY_AGE = [
    *((first, last, months) for months, (first, last) in ASQ3_WINDOWS.items()
      if months not in (8, 9, 10)),
    (Age(7, 0), Age(8, 30), 8),
    (Age(9, 0), Age(9, 30), 9),
    (Age(10, 0), Age(10, 30), 10),
]  # fmt: skip
ASQSE2_BY_AGE = [(first, last, months) for months, (first, last) in ASQSE2_WINDOWS.items()]


def _ages(last: Age) -> list[Age]:
    """Every age from 0 mo 0 d to ``last``, a day at a time (days run 0-30)."""
    return [Age(m, d) for m in range(last.months + 1) for d in range(31) if Age(m, d) <= last]


def _next_day(age: Age) -> Age:
    return Age(age.months + 1, 0) if age.days == 30 else Age(age.months, age.days + 1)


def _expected(by_age: list[tuple[Age, Age, int]], age: Age) -> int | None:
    found = [months for first, last, months in by_age if first <= age <= last]
    assert len(found) <= 1, (age, found)
    return found[0] if found else None


@pytest.mark.parametrize(("months", "window"), ASQ3_WINDOWS.items())
def test_asq3_windows_as_printed(months: int, window: tuple[Age, Age]) -> None:
    """Windows printed on the ASQ-3 questionnaires (Squires & Bricker, 2009)."""
    row = asq.interval(Instrument.ASQ3, months)
    assert (row.start, row.end) == window


@pytest.mark.parametrize(("months", "window"), ASQSE2_WINDOWS.items())
def test_asqse2_windows_as_printed(months: int, window: tuple[Age, Age]) -> None:
    """Windows printed on the ASQ:SE-2 questionnaires (Squires, Bricker & Twombly, 2015)."""
    row = asq.interval(Instrument.ASQSE2, months)
    assert (row.start, row.end) == window


@pytest.mark.parametrize("by_age", [ASQ3_BY_AGE, ASQSE2_BY_AGE], ids=["asq3", "asqse2"])
def test_the_expected_tables_tile_the_ages_without_gaps(by_age: list[tuple[Age, Age, int]]) -> None:
    spans = sorted(by_age)
    assert spans[0][0] == Age(1, 0)
    for (_, last, _), (first, _, _) in itertools.pairwise(spans):
        assert first == _next_day(last)


def test_asq3_interval_for_every_age_from_0_to_67_months() -> None:
    """1 mo 0 d to 66 mo 0 d: no gap, each day the interval worked out above; else None."""
    ages = _ages(Age(66, 30))
    assert len(ages) == 67 * 31
    got = {age: asq3_interval_for(age) for age in ages}
    assert got == {age: _expected(ASQ3_BY_AGE, age) for age in ages}
    assert {a for a, months in got.items() if months is None} == {
        *_ages(Age(0, 30)),
        *(Age(66, d) for d in range(1, 31)),
    }
    assert [got[Age(m, 15)] for m in range(1, 12)] == [2, 2, 4, 4, 6, 6, 8, 8, 9, 10, 12]


def test_asqse2_interval_for_every_age_from_0_to_73_months() -> None:
    """1 mo 0 d to 72 mo 0 d: no gap, each day the interval worked out above; else None."""
    ages = _ages(Age(72, 30))
    got = {age: asqse2_interval_for(age) for age in ages}
    assert got == {age: _expected(ASQSE2_BY_AGE, age) for age in ages}
    assert {a for a, months in got.items() if months is None} == {
        *_ages(Age(0, 30)),
        *(Age(72, d) for d in range(1, 31)),
    }
    assert sorted(set(got.values()) - {None}) == ASQSE2_MONTHS


def test_windows_are_in_order_and_well_formed() -> None:
    for instrument, months in ((Instrument.ASQ3, ASQ3_MONTHS), (Instrument.ASQSE2, ASQSE2_MONTHS)):
        rows = asq.intervals(instrument)
        assert len(rows) == len(months)
        for row in rows:
            assert row.start <= row.end
            assert row.contains(row.start) and row.contains(row.end)
        assert [r.start for r in rows] == sorted(r.start for r in rows)


@pytest.mark.parametrize(
    ("age", "expected"),
    [
        (Age(0, 30), None),
        (Age(1, 0), 2),
        (Age(2, 30), 2),
        (Age(3, 0), 4),
        (Age(4, 30), 4),
        (Age(5, 0), 6),
        (Age(7, 0), 8),
        (Age(8, 0), 8),  # 8 and 9 month windows overlap: nearest interval
        (Age(8, 30), 8),
        (Age(9, 0), 9),  # 9 and 10 overlap
        (Age(9, 30), 9),
        (Age(10, 0), 10),
        (Age(11, 0), 12),
        (Age(22, 30), 22),
        (Age(23, 0), 24),
        (Age(25, 15), 24),
        (Age(25, 16), 27),
        (Age(28, 15), 27),
        (Age(28, 16), 30),
        (Age(31, 15), 30),
        (Age(31, 16), 33),
        (Age(34, 16), 36),
        (Age(38, 30), 36),
        (Age(39, 0), 42),
        (Age(57, 0), 60),
        (Age(66, 0), 60),
        (Age(66, 1), None),
    ],
)
def test_asq3_interval_for_window_boundaries(age: Age, expected: int | None) -> None:
    """The questionnaire whose printed window holds the age (Squires & Bricker, 2009)."""
    assert asq3_interval_for(age) == expected


@pytest.mark.parametrize(
    ("age", "expected"),
    [
        (Age(0, 30), None),
        (Age(1, 0), 2),
        (Age(2, 30), 2),
        (Age(3, 0), 6),
        (Age(8, 30), 6),
        (Age(9, 0), 12),
        (Age(14, 30), 12),
        (Age(15, 0), 18),
        (Age(20, 30), 18),
        (Age(21, 0), 24),
        (Age(26, 30), 24),
        (Age(27, 0), 30),
        (Age(32, 30), 30),
        (Age(33, 0), 36),
        (Age(41, 30), 36),
        (Age(42, 0), 48),
        (Age(53, 30), 48),
        (Age(54, 0), 60),
        (Age(72, 0), 60),
        (Age(72, 1), None),
    ],
)
def test_asqse2_interval_for_window_boundaries(age: Age, expected: int | None) -> None:
    """ASQ:SE-2 windows (Squires, Bricker & Twombly, 2015)."""
    assert asqse2_interval_for(age) == expected


def test_unknown_interval_is_refused() -> None:
    with pytest.raises(DomainError) as err:
        asq.interval(Instrument.ASQ3, 5)
    assert err.value.field == "interval"
    assert "4, 6" in err.value.message


def test_instruments_without_intervals() -> None:
    with pytest.raises(DomainError):
        asq.intervals(Instrument.EPDS)


def test_labels() -> None:
    row = asq.interval(Instrument.ASQ3, 24)
    assert row.label == "ASQ-3 24 month"
    assert row.window_text == "23 mo 0 d to 25 mo 15 d"


class TestWindowDates:
    def test_term_child(self) -> None:
        row = asq.interval(Instrument.ASQ3, 2)
        assert row.dates_for(date(2024, 1, 10), None) == (date(2024, 2, 10), date(2024, 4, 9))

    def test_premature_child_by_corrected_age(self) -> None:
        """Premature children are screened by corrected age until 24 months (ASQ-3, 2009)."""
        row = asq.interval(Instrument.ASQ3, 2)
        # 37 weeks: 3 weeks early, so counted from 31 Jan 2024. That month-end
        # base is 3 mo 0 d on 30 Apr, so the window closes on 29 Apr (2 mo 29 d).
        assert row.dates_for(date(2024, 1, 10), 37) == (date(2024, 2, 29), date(2024, 4, 29))

    def test_window_skipped_by_the_jump_at_24_months(self) -> None:
        # 24 weeks: 16 weeks early. On the second birthday corrected age is
        # about 20 months, then chronological 24 months: the 22 month window
        # (21 mo 0 d - 22 mo 30 d) never holds the screening age.
        row = asq.interval(Instrument.ASQ3, 22)
        assert row.dates_for(date(2024, 1, 10), 24) is None
