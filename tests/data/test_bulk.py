"""Many rows at once: COPY on PostgreSQL writes what an INSERT of the same rows writes."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, select

from imh_desktop.data.bulk import insert_many
from imh_desktop.data.models import Base
from imh_desktop.domain.enums import Sex
from tests.factories import make_family


def _children(db, family_ids: list[int]) -> list[tuple]:  # without the family
    table = Base.metadata.tables["children"]
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(table.c.family_id, table.c.full_name, table.c.dob, table.c.sex,
                   table.c.gestational_weeks)
            .where(table.c.family_id.in_(family_ids)).order_by(table.c.id)
        ).all()  # fmt: skip
    return [tuple(r)[1:] for r in rows]


def test_insert_many_writes_what_an_insert_writes(db, staff) -> None:
    copied = make_family(db, staff, "Ánh family").id
    inserted = make_family(db, staff, "Bảo family").id
    table = Base.metadata.tables["children"]

    def rows(family_id: int) -> list[dict]:
        # ``sex`` is left out: the column's Python-side default (an enum) fills it in.
        return [
            {"family_id": family_id, "full_name": "Ánh", "dob": dt.date(2025, 1, 31),
             "gestational_weeks": 34},
            {"family_id": family_id, "full_name": "Bảo", "dob": dt.date(2024, 2, 29),
             "gestational_weeks": None},
        ]  # fmt: skip

    with db.engine.begin() as conn:
        insert_many(conn, table, rows(copied))
        conn.execute(insert(table), rows(inserted))
        insert_many(conn, table, [])  # nothing to write: nothing happens
    assert _children(db, [copied]) == _children(db, [inserted])
    added = _children(db, [copied])[-2:]  # after the child the family was made with
    assert [r[0] for r in added] == ["Ánh", "Bảo"]
    assert [r[2] for r in added] == [Sex.UNKNOWN, Sex.UNKNOWN]
