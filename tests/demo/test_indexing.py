"""The demo's search entries, made batch by batch from its own rows, are the rebuild's rows."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, text

from imh_desktop.data.models import SearchEntry, Visit
from imh_desktop.data.search import rebuild
from imh_desktop.demo.generate import generate_demo
from tests.factories import ON_POSTGRES

TODAY = dt.date(2026, 11, 25)


def _entries(db) -> list[tuple]:
    with db.read() as session:
        rows = session.execute(
            select(SearchEntry.id, SearchEntry.kind, SearchEntry.source_id, SearchEntry.section,
                   SearchEntry.family_id, SearchEntry.visit_id, SearchEntry.on_date,
                   SearchEntry.private_to, SearchEntry.body, SearchEntry.words)
        ).all()  # fmt: skip
    return sorted(tuple(r) for r in rows)


def _matches(db, word: str) -> int:
    if ON_POSTGRES:
        sql = f"SELECT count(*) FROM search_index WHERE tsv @@ to_tsquery('simple', '{word}')"
    else:
        sql = f"SELECT count(*) FROM search_fts WHERE search_fts MATCH '{word}'"
    with db.engine.connect() as conn:
        return int(conn.execute(text(sql)).scalar() or 0)


def test_the_demo_indexes_what_a_rebuild_would(db) -> None:
    summary = generate_demo(db, 30, 11, today=TODAY)
    made = _entries(db)
    kinds = {e[1] for e in made}
    assert {"note", "goal", "screening", "referral"} <= kinds
    assert summary.counts["search_index"] == len(made)
    with db.engine.begin() as conn:
        assert rebuild(conn) == len(made)
    assert _entries(db) == made


def test_the_full_text_index_is_made_at_the_end_and_kept_after(db) -> None:
    generate_demo(db, 12, 5, today=TODAY)
    with db.read() as session:
        visit = session.scalars(select(Visit).where(Visit.observation != "").limit(1)).one()
        word = sorted(visit.observation.split(), key=len)[-1].strip(".,;:!?\"'()").lower()
    assert word.isalpha() and _matches(db, word) >= 1
    with db.session() as session:  # the ORM's own writes are indexed again after the demo
        session.get(Visit, visit.id).observation = "Mirabelle plums on the windowsill."
    assert _matches(db, "mirabelle") == 1
