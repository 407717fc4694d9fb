"""The benchmark harness: pass/miss rules, crash handling, and that the baseline SQL is the same work.

The benchmarks themselves run in CI as ``python -m benchmarks --smoke``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from benchmarks.handsql import pg_caseload, sqlite_caseload
from benchmarks.harness import ERROR, INFO, MISS, PASS, SKIP, Row, Target, guarded, render_table
from benchmarks.reports import strings

TODAY = dt.date(2026, 11, 25)


@pytest.mark.parametrize(
    ("value", "baseline", "target", "status"),
    [
        (0.012, 0.010, Target(max_ratio=1.5), PASS),
        (0.016, 0.010, Target(max_ratio=1.5), MISS),
        (0.012, 0.010, Target(max_ratio=1.5, max_value=0.011), MISS),
        (0.100, None, Target(max_value=0.150), PASS),
        (0.100, None, Target(max_ratio=1.5), MISS),  # no baseline: a ratio cannot be met
        (0.100, 0.050, Target(), INFO),
        (None, None, Target(max_value=1.0), SKIP),
    ],
)
def test_row_status(value, baseline, target, status) -> None:
    assert Row("x", value, baseline, target).status == status


def test_table_shows_values_ratio_target_and_result() -> None:
    table = render_table(
        [Row("sign a note", 0.0042, 0.0021, Target(max_value=0.020), runs=7, note="n"),
         Row("memory", 148.0, 93.0, Target(max_value=350), unit="MB", runs=3)]
    )  # fmt: skip
    assert "| sign a note" in table
    assert "4.20 ms" in table and "2.00×" in table and "< 20 ms" in table and "pass" in table
    assert "148 MB" in table and "< 350 MB" in table


def test_a_crash_becomes_an_error_row_and_a_missing_feature_a_skip() -> None:
    def crash() -> list[Row]:
        raise ValueError("boom")

    def missing() -> list[Row]:
        raise ModuleNotFoundError(
            "No module named 'imh_desktop.nothing'", name="imh_desktop.nothing"
        )

    assert guarded("crash", crash)[0].status == ERROR
    assert "boom" in guarded("crash", crash)[0].note
    assert guarded("missing", missing)[0].status == SKIP


def test_strings_walks_report_data_in_order() -> None:
    @dataclass(frozen=True)
    class Line:
        on: dt.date
        text: str

    @dataclass(frozen=True)
    class Data:
        title: str
        lines: tuple[Line, ...]
        count: int
        empty: str | None

    data = Data("Report", (Line(TODAY, "first"), Line(TODAY, "")), 3, None)
    assert list(strings(data)) == ["Report", "25 Nov 2026", "first", "25 Nov 2026", "3"]


def _hand_rows(db) -> list[tuple]:
    if db.is_sqlite:
        import sqlite3

        from imh_desktop.data import cipher

        # The encrypted file through the bare SQLCipher driver, as the benchmark's baseline.
        conn = cipher.connect(db.sqlite_path, db.key) if db.key else sqlite3.connect(db.sqlite_path)
        try:
            return sqlite_caseload(conn, TODAY)
        finally:
            conn.close()
    import psycopg

    url = db.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(url) as conn:
        return pg_caseload(conn, TODAY)


def test_hand_written_caseload_sql_returns_the_same_rows_as_list_caseload(db, as_user) -> None:
    from benchmarks.dataset import lead_whole_agency
    from imh_desktop.demo.generate import generate_demo
    from imh_desktop.services.admin.staff import default_user
    from imh_desktop.services.caseload.table import list_caseload

    generate_demo(db, 24, 3, today=TODAY)  # TODAY is the day of the ``clock`` fixture
    lead_whole_agency(db.url, db.key)  # the benchmarks' supervisor leads every specialist
    ours = list_caseload(as_user(default_user(db).id), "team")
    hand = _hand_rows(db)

    def day(value) -> dt.date | None:
        return dt.date.fromisoformat(str(value)[:10]) if value else None

    assert len(ours) == len(hand) > 0
    assert [
        (
            r.family_id,
            r.last_visit,
            r.visits_this_month,
            r.unsigned_notes,
            r.active_goals,
            r.open_alerts,
            r.urgent_alerts,
            r.overdue_referrals,
            r.expiring_releases,
        )
        for r in ours
    ] == [
        (h[0], day(h[9]), h[11] or 0, h[12] or 0, h[13] or 0, h[14] or 0, h[20] or 0,
         h[22] or 0, h[23] or 0)
        for h in hand
    ]  # fmt: skip


def test_benchmarks_act_on_the_data_sets_day(db, staff) -> None:
    from benchmarks.dataset import DatasetInfo, service_context

    info = DatasetInfo(24, 3, "head", "2025-03-04")
    ctx = service_context(db, info)
    assert ctx.today() == dt.date(2025, 3, 4) and ctx.user_id == staff["ssupervisor"]
    assert service_context(db, info, staff["aspecialist"]).user_id == staff["aspecialist"]


def test_the_search_baseline_is_the_same_match_order_and_page(db, as_user, staff) -> None:
    from benchmarks.search import PG_BARE, QUERIES, SQLITE_BARE
    from imh_desktop.domain.search import fts5_match, parse_query, ts_query
    from imh_desktop.services.search.records import search_records
    from tests.factories import signed_note

    signed_note(as_user, staff, observation="Call the housing navigator; housing is late.")
    ctx = as_user(staff["ssupervisor"])
    raw = db.engine.raw_connection()
    try:
        for query in QUERIES:
            parsed = parse_query(query)
            if db.is_sqlite:
                bare = raw.cursor().execute(SQLITE_BARE, (fts5_match(parsed),)).fetchall()
            else:
                cursor = raw.cursor()
                cursor.execute(PG_BARE, (ts_query(parsed),))
                bare = cursor.fetchall()
            hits = search_records(ctx, query).hits
            assert len(hits) == len(bare) == 1
            assert [(h.family_id, str(h.on_date)) for h in hits] == [
                (b[1], str(b[2])) for b in bare
            ]
    finally:
        raw.close()
