"""Canonical content and digests: the same content gives the same hash on any backend."""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.domain.enums import VisitMode
from imh_desktop.domain.integrity import (
    GENESIS,
    EventContent,
    canonical_json,
    event_hash,
    field_changes,
    note_hash,
    text_digest,
)


def test_canonical_json_is_one_text_for_equal_content():
    a = {"b": (1, 2), "a": dt.date(2026, 11, 25), "m": VisitMode.HOME, "t": dt.time(9, 30)}
    b = {"m": "home", "t": dt.time(9, 30), "a": dt.date(2026, 11, 25), "b": [1, 2]}
    assert canonical_json(a) == canonical_json(b)
    assert canonical_json(a) == '{"a":"2026-11-25","b":[1,2],"m":"home","t":"09:30:00"}'
    aware = dt.datetime(2026, 11, 25, 11, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert canonical_json(aware) == canonical_json(dt.datetime(2026, 11, 25, 10, 0))
    with pytest.raises(TypeError):
        canonical_json(object())


def test_event_hash_covers_every_column_and_the_previous_hash():
    base = EventContent(1, dt.datetime(2026, 11, 25, 10), 2, "sign", "visit", 7, 3, '{"a":1}')
    first = event_hash(base, GENESIS)
    assert len(first) == 64 and first == event_hash(base, GENESIS)
    for change in ({"seq": 2}, {"at": dt.datetime(2026, 11, 25, 11)}, {"staff_id": None},
                   {"action": "read"}, {"entity": "goal"}, {"entity_id": 8}, {"family_id": 4},
                   {"detail": '{"a":2}'}):  # fmt: skip
        import dataclasses

        assert event_hash(dataclasses.replace(base, **change), GENESIS) != first, change
    assert event_hash(base, "1" * 64) != first


def test_note_hash_ignores_rating_order_but_not_content():
    note = {"id": 1, "observation": "Ánh smiled.", "visit_date": dt.date(2026, 11, 25)}
    seal = note_hash(note, [(2, 3, ""), (1, 4, "ok")])
    assert seal == note_hash(note, [(1, 4, "ok"), (2, 3, "")])
    assert seal != note_hash(note, [(1, 5, "ok"), (2, 3, "")])
    assert seal != note_hash(note | {"observation": "Ánh smiled. "}, [(1, 4, "ok"), (2, 3, "")])
    assert seal != note_hash(note | {"reflection": "x"}, [(1, 4, "ok"), (2, 3, "")])


def test_an_empty_family_section_keeps_the_seals_of_notes_signed_before_it_existed():
    note = {"id": 1, "observation": "Ánh smiled.", "visit_date": dt.date(2026, 11, 25)}
    seal = note_hash(note, [])
    assert note_hash(note | {"family_note": ""}, []) == seal
    assert note_hash(note | {"family_note": "You sang to Bảo."}, []) != seal


def test_field_changes_keep_values_and_digest_narrative():
    before = {"address": "12 Elm", "phone": "1", "plan": "Read.", "dob": dt.date(2026, 1, 1)}
    after = {"address": "4 Oak", "phone": "1", "plan": "Sing.", "dob": dt.date(2026, 1, 2)}
    changes = field_changes(before, after, digest_only={"plan"})
    assert changes == {
        "address": {"old": "12 Elm", "new": "4 Oak"},
        "dob": {"old": "2026-01-01", "new": "2026-01-02"},
        "plan": {"old": text_digest("Read."), "new": text_digest("Sing.")},
    }
    assert text_digest("Read.").startswith("sha256:") and len(text_digest("x")) == 23
