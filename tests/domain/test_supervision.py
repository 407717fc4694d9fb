"""Reflective supervision sessions as typed: date, minutes, families, a bounded private note."""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.supervision import (
    MAX_SUPERVISION_NOTE,
    SupervisionInput,
    validate_supervision,
)

TODAY = dt.date(2026, 11, 25)


@pytest.mark.parametrize(("changes", "field"), [
    ({"held_on": TODAY + dt.timedelta(days=1)}, "held_on"),
    ({"minutes": 0}, "minutes"),
    ({"minutes": 481}, "minutes"),
    ({"private_note": "x" * (MAX_SUPERVISION_NOTE + 1)}, "private_note"),
    ({"family_ids": tuple(range(61))}, "families"),
])  # fmt: skip
def test_bad_sessions_are_refused(changes, field):
    data = SupervisionInput(**{**dict(specialist_id=1, held_on=TODAY, minutes=60), **changes})
    with pytest.raises(DomainError) as err:
        validate_supervision(data, TODAY)
    assert err.value.field == field


def test_a_good_session_keeps_its_families_once_and_its_note_trimmed():
    data = SupervisionInput(3, TODAY, 90, (4, 5, 4), "  Felt stuck with the Okafors.\r\n")
    ok = validate_supervision(data, TODAY)
    assert ok.family_ids == (4, 5) and ok.private_note == "Felt stuck with the Okafors."
