"""ORM rows to frozen records by field name; cleaning typed text."""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace

import pytest

from imh_desktop.domain.enums import GoalStatus
from imh_desktop.services.common.convert import clean, to_record


@dataclasses.dataclass(frozen=True)
class Point:
    id: int
    name: str
    tags: tuple[str, ...] = ()
    note: str = "none"
    derived: int = dataclasses.field(default=0, init=False)


def test_fields_are_taken_by_name_and_extra_wins():
    row = SimpleNamespace(id=7, name="Ánh", tags=["a", "b"], note="kept", other="ignored")
    assert to_record(Point, row) == Point(7, "Ánh", ("a", "b"), "kept")
    assert to_record(Point, row, name="Bảo", note="changed") == Point(
        7, "Bảo", ("a", "b"), "changed"
    )


def test_lists_become_tuples_so_the_record_stays_hashable():
    record = to_record(Point, SimpleNamespace(id=1, name="x", tags=["b", "a"]))
    assert record.tags == ("b", "a") and isinstance(record.tags, tuple)
    assert hash(record) == hash(Point(1, "x", ("b", "a")))


def test_a_field_the_row_lacks_takes_its_default_and_init_false_fields_are_left_alone():
    record = to_record(Point, SimpleNamespace(id=2, name="y", derived=99))
    assert (record.tags, record.note, record.derived) == ((), "none", 0)


def test_a_required_field_missing_everywhere_is_an_error():
    with pytest.raises(TypeError):
        to_record(Point, SimpleNamespace(id=3))


def test_clean_strips_plain_strings_and_leaves_everything_else():
    assert clean("  Nguyễn Thị Ánh \n") == "Nguyễn Thị Ánh"
    assert clean(GoalStatus.ACTIVE) is GoalStatus.ACTIVE  # an enum is a str, but not plain
    assert clean(None) is None and clean(5) == 5
    tags = ["  a "]
    assert clean(tags) is tags
