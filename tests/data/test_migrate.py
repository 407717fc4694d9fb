"""Alembic migrations: fresh install, and upgrade from revision 0001 with data."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import inspect, text

from imh_desktop.data.db import Database, sqlite_url
from imh_desktop.data.migrate import current_revision, head_revision, upgrade_database


def test_fresh_database_reaches_head(tmp_path):
    db = Database(sqlite_url(tmp_path / "new.sqlite"))
    assert upgrade_database(db) is None  # nothing to back up on a new file
    assert current_revision(db) == head_revision()
    assert {"families", "visits", "note_drafts", "agency_settings"} <= set(
        inspect(db.engine).get_table_names()
    )


def test_upgrade_from_first_revision_keeps_data_and_backs_up(tmp_path):
    path = tmp_path / "old.sqlite"
    db = Database(sqlite_url(path))
    upgrade_database(db, "0001")
    assert "note_drafts" not in inspect(db.engine).get_table_names()
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO staff_users (id, username, full_name, role, active, created_at) VALUES (1, 'ølstad', 'Kari Ølstad', 'specialist', 1, :t)"
            ),
            {"t": dt.datetime(2025, 1, 1)},
        )
        conn.execute(
            text(
                "INSERT INTO families (id, case_number, display_name, address, phone, language, referral_source, referral_date, status, closure_note, specialist_id, frequency, created_at, updated_at, version) VALUES (1, 'IMH-2025-0001', 'Nguyễn family', '', '', 'Vietnamese', 'hospital', '2025-01-02', 'active', '', 1, 'weekly', :t, :t, 1)"
            ),
            {"t": dt.datetime(2025, 1, 1)},
        )
    db.dispose()

    db = Database(sqlite_url(path))
    backup = upgrade_database(db)
    assert backup is not None and backup.exists() and backup.parent == tmp_path
    assert current_revision(db) == head_revision()
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT display_name FROM families")).scalar() == "Nguyễn family"
        assert conn.execute(text("SELECT count(*) FROM note_drafts")).scalar() == 0
    old = Database(sqlite_url(backup))
    assert current_revision(old) == "0001"
    with old.engine.connect() as conn:
        assert conn.execute(text("SELECT full_name FROM staff_users")).scalar() == "Kari Ølstad"
    assert upgrade_database(db) is None  # already current: no second backup


def test_sqlite_is_opened_for_safety(tmp_path):
    db = Database(sqlite_url(tmp_path / "safe.sqlite"))
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_head_revision_agrees_with_alembic():
    from alembic.script import ScriptDirectory

    from imh_desktop.data.migrate import alembic_config

    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_upgrade_a_filled_database_whose_tables_are_referenced(tmp_path, monkeypatch):
    """0003 rebuilds `screenings`, which `alerts` refers to; the upgrade must survive it."""
    from imh_desktop.demo.generate import generate_demo
    from imh_desktop.demo.seal import DemoChain

    later = {  # columns added after 0002: the demo writes today's schema
        "children": {"gestational_days"},  # 0005
        "visits": {"content_hash"},  # 0007
        "amendments": {"hash"},  # 0007
        "audit_events": {"seq", "family_id", "prev_hash", "hash"},  # 0007
    }
    seal = DemoChain.seal

    def seal_then_strip(self, rows):  # the last step before a batch is written
        seal(self, rows)
        for table, names in later.items():
            for row in rows.tables[table]:
                for name in names:
                    row.pop(name, None)

    monkeypatch.setattr(DemoChain, "seal", seal_then_strip)
    from imh_desktop.data.models import StaffUser, Visit

    for name in ("must_change_password", "failed_sign_ins"):  # added by 0006, with defaults
        monkeypatch.setattr(StaffUser.__table__.c[name], "default", None)
    monkeypatch.setattr(Visit.__table__.c["family_note"], "default", None)  # added by 0014
    path = tmp_path / "filled.sqlite"
    db = Database(sqlite_url(path))
    upgrade_database(db, "0002")
    generate_demo(db, 40, 7, today=dt.date(2026, 11, 25))
    with db.engine.connect() as conn:
        before = conn.execute(
            text("SELECT count(*) FROM alerts WHERE screening_id IS NOT NULL")
        ).scalar()
        screenings = conn.execute(text("SELECT count(*) FROM screenings")).scalar()
    assert before > 0
    assert upgrade_database(db) is not None
    assert current_revision(db) == head_revision()
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM screenings")).scalar() == screenings
        assert (
            conn.execute(
                text("SELECT count(*) FROM alerts WHERE screening_id IS NOT NULL")
            ).scalar()
            == before
        )
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []


def test_whole_weeks_of_gestation_are_kept_with_zero_days(tmp_path):
    """0005 adds the days of the gestational age (36+6); children recorded in whole weeks
    keep their weeks, with 0 days, and a child without a gestational age stays without."""
    path = tmp_path / "weeks.sqlite"
    db = Database(sqlite_url(path))
    upgrade_database(db, "0004")
    t = dt.datetime(2025, 1, 1)
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO staff_users (id, username, full_name, role, active, created_at) "
                "VALUES (1, 'ølstad', 'Kari Ølstad', 'specialist', 1, :t)"
            ),
            {"t": t},
        )
        conn.execute(text(
            "INSERT INTO families (id, case_number, display_name, address, phone, language, "
            "referral_source, referral_date, status, closure_note, specialist_id, frequency, "
            "created_at, updated_at, version) VALUES (1, 'IMH-2025-0001', 'Nguyễn family', '', "
            "'', 'Vietnamese', 'hospital', '2025-01-02', 'active', '', 1, 'weekly', :t, :t, 1)"
        ), {"t": t})  # fmt: skip
        for child_id, weeks in ((1, 33), (2, 36), (3, None)):
            conn.execute(text(
                "INSERT INTO children (id, family_id, full_name, dob, gestational_weeks, sex, "
                "version) VALUES (:id, 1, :name, '2025-01-05', :weeks, 'unknown', 1)"
            ), {"id": child_id, "name": f"Child {child_id}", "weeks": weeks})  # fmt: skip
    db.dispose()

    db = Database(sqlite_url(path))
    assert upgrade_database(db) is not None
    assert current_revision(db) == head_revision()
    with db.engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT id, gestational_weeks, gestational_days FROM children ORDER BY id"
        )).all()  # fmt: skip
    assert [tuple(r) for r in rows] == [(1, 33, 0), (2, 36, 0), (3, None, None)]

    from imh_desktop.services.common.context import ServiceContext
    from imh_desktop.services.family.families import get_family

    children = get_family(ServiceContext(db, 1), 1).children
    assert [str(c.gestation) for c in children[:2]] == ["33+0 wk", "36+0 wk"]
    assert children[2].gestation is None
