"""The demo data generator: realistic mix, consistent rows, repeatable, refuses to overwrite.

Self-contained: each database is made here (an SQLite file in tmp_path, or a
throwaway database on the server named by ``IMH_TEST_DATABASE`` when that is
a PostgreSQL URL) and migrated with ``upgrade_database``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import unicodedata
import uuid
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import create_engine, func, select, text

from imh_desktop.data.db import Database, sqlite_url
from imh_desktop.data.migrate import upgrade_database
from imh_desktop.data.models import (
    Alert,
    Caregiver,
    Child,
    Family,
    Goal,
    GoalProgress,
    Screening,
    SearchEntry,
    StaffUser,
    Visit,
)
from imh_desktop.demo.generate import DemoSummary, generate_demo, staff_counts, status_counts
from imh_desktop.domain.ages import Age, age_on
from imh_desktop.domain.enums import FamilyStatus, GoalDomain, Instrument, Role, VisitOutcome
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.screening import asq3_result, asqse2_result, score_epds, score_phq9

TODAY = dt.date(2026, 11, 25)
FAMILIES = 40
SEED = 20261125
SERVER = os.environ.get("IMH_TEST_DATABASE", "")

MakeDb = Callable[..., Database]


@pytest.fixture(scope="module")
def make_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MakeDb]:
    """Makes fresh databases (migrated unless asked not to); drops them afterwards."""
    made: list[tuple[Database, str | None]] = []

    def make(migrate: bool = True) -> Database:
        if SERVER.startswith("postgresql"):
            name = f"imh_demo_{uuid.uuid4().hex[:10]}"
            admin = create_engine(SERVER, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            admin.dispose()
            db = Database(SERVER.rsplit("/", 1)[0] + "/" + name)
        else:
            name = None
            db = Database(sqlite_url(tmp_path_factory.mktemp("demo") / "demo.sqlite"))
        if migrate:
            upgrade_database(db)
        made.append((db, name))
        return db

    yield make
    for db, name in made:
        db.dispose()
        if name:
            admin = create_engine(SERVER, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


@pytest.fixture(scope="module")
def demo(make_db: MakeDb) -> tuple[Database, DemoSummary]:
    """One small demo agency shared by the read-only tests below."""
    db = make_db()
    messages: list[str] = []
    summary = generate_demo(db, FAMILIES, SEED, today=TODAY, progress=messages.append)
    assert messages and messages[-1].startswith("Done")
    return db, summary


def _count(db: Database, model: type, *where: object) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


def _fingerprint(db: Database) -> str:
    """A hash of the rows of the main tables, in id order."""
    digest = hashlib.sha256()
    with db.engine.connect() as conn:
        for table in ("staff_users", "families", "caregivers", "children", "goals", "visits",
                      "goal_progress", "screenings", "alerts", "amendments"):  # fmt: skip
            for row in conn.execute(text(f"SELECT * FROM {table} ORDER BY id")):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def test_counts_are_sensible(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    assert summary.counts["families"] == _count(db, Family) == FAMILIES
    for model, table in ((Visit, "visits"), (GoalProgress, "goal_progress"), (Goal, "goals"),
                         (Screening, "screenings"), (Alert, "alerts")):  # fmt: skip
        assert summary.counts[table] == _count(db, model) > 0
    assert FAMILIES <= _count(db, Caregiver) <= 2 * FAMILIES
    assert FAMILIES <= _count(db, Child) <= 2 * FAMILIES
    assert _count(db, Visit) > 15 * FAMILIES
    # Bulk rows skip the session's flush: the generator indexes them for search itself.
    assert summary.counts["search_index"] == _count(db, SearchEntry) > _count(db, Visit)
    assert summary.seconds > 0 and summary.timings["total"] == summary.seconds


def test_staff_in_teams_with_usernames_listed_supervisors_first(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, summary = demo
    with db.read() as s:
        staff = s.scalars(select(StaffUser).order_by(StaffUser.id)).all()
    by_name = {u.username: u for u in staff}
    assert [u.role for u in staff].count(Role.ADMIN) == 1 and by_name[
        summary.admin
    ].role is Role.ADMIN
    assert summary.usernames == summary.supervisors + summary.specialists
    assert [by_name[n].role for n in summary.usernames] == (
        [Role.SUPERVISOR] * len(summary.supervisors) + [Role.SPECIALIST] * len(summary.specialists)
    )
    assert (len(summary.supervisors), len(summary.specialists)) == staff_counts(FAMILIES)
    supervisor_ids = {by_name[n].id for n in summary.supervisors}
    assert all(by_name[n].supervisor_id in supervisor_ids for n in summary.specialists)
    assert all(re.fullmatch(r"[a-z]+[0-9]*", u.username) for u in staff)


def test_agency_scale_numbers() -> None:
    counts = status_counts(10_000)
    assert counts[FamilyStatus.ACTIVE] == 1500 and sum(counts.values()) == 10_000
    assert counts[FamilyStatus.CLOSED] > 7000
    assert staff_counts(10_000) == (9, 60)
    small = status_counts(120)
    assert 0.55 <= small[FamilyStatus.ACTIVE] / 120 <= 0.65
    assert status_counts(1) == {FamilyStatus.ACTIVE: 1, FamilyStatus.REFERRED: 0,
                                FamilyStatus.ON_HOLD: 0, FamilyStatus.CLOSED: 0}  # fmt: skip


def test_every_status_with_its_dates(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.read() as s:
        families = s.scalars(select(Family)).all()
    assert {f.status for f in families} == set(FamilyStatus)
    for f in families:
        assert (
            (f.closed_on is not None)
            == (f.closure_reason is not None)
            == (f.status is FamilyStatus.CLOSED)
        )
        assert (f.enrolled_on is None) == (f.status is FamilyStatus.REFERRED)
        assert f.enrolled_on is None or f.referral_date <= f.enrolled_on
        year = (f.enrolled_on or f.referral_date).year
        assert re.fullmatch(rf"IMH-{year}-\d{{4}}", f.case_number)
    assert len({f.case_number for f in families}) == FAMILIES


def test_every_goal_domain_and_ratings_in_range(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.read() as s:
        assert set(s.scalars(select(Goal.domain).distinct())) == set(GoalDomain)
        ratings = set(s.scalars(select(GoalProgress.rating).distinct()))
    assert ratings <= {1, 2, 3, 4, 5} and len(ratings) >= 3


def test_premature_children_and_twins(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.read() as s:
        children = s.scalars(select(Child)).all()
    assert any(
        c.gestational_weeks is not None and 26 <= c.gestational_weeks <= 36 for c in children
    )
    pairs = {(c.family_id, c.dob) for c in children}
    assert len(pairs) < len(children)  # twins share a family and a date of birth
    # Gestational age in weeks and days (36+6); days only where weeks are recorded.
    recorded = [c for c in children if c.gestational_weeks is not None]
    assert all(0 <= c.gestational_days <= 6 for c in recorded)
    assert any(c.gestational_days >= 4 for c in recorded)
    assert all(c.gestational_days is None for c in children if c.gestational_weeks is None)
    twins: dict[tuple, set] = {}
    for c in children:
        twins.setdefault((c.family_id, c.dob), set()).add((c.gestational_weeks, c.gestational_days))
    assert all(len(ages) == 1 for ages in twins.values())  # twins share their gestational age


def test_active_children_are_under_three(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.read() as s:
        rows = s.execute(
            select(Child.family_id, Child.dob, Family.enrolled_on, Family.status).join(Family)
        ).all()
        active_ids = set(s.scalars(select(Family.id).where(Family.status == FamilyStatus.ACTIVE)))
    active = [r for r in rows if r.status is FamilyStatus.ACTIVE]
    # Every active family has at least one child, and there are as many as planned.
    assert len(active_ids) == status_counts(FAMILIES)[FamilyStatus.ACTIVE] > 0
    assert {r.family_id for r in active} == active_ids
    ages = [age_on(r.dob, TODAY) for r in active]
    assert max(ages) < Age(36), max(ages)  # served until the third birthday
    enrolled = [r for r in rows if r.enrolled_on is not None]
    assert len(enrolled) >= len(active) > 0
    assert [r for r in enrolled if r.dob > r.enrolled_on] == []


def test_unicode_names_survive(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.read() as s:
        names = [*s.scalars(select(Caregiver.full_name)), *s.scalars(select(Child.full_name)),
                 *s.scalars(select(Family.display_name))]  # fmt: skip
    assert any(not n.isascii() for n in names)
    for name in names:
        assert unicodedata.is_normalized("NFC", name)
        assert "Ã" not in name and "?" not in name and "\ufffd" not in name


def test_visits_stay_inside_service_and_planned_only_ahead(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, _ = demo
    with db.read() as s:
        rows = s.execute(select(Visit, Family).join(Family, Visit.family_id == Family.id)).all()
    planned: dict[int, int] = {}
    for visit, family in rows:
        assert visit.visit_date >= family.enrolled_on
        assert visit.visit_date.weekday() < 5
        if visit.outcome is VisitOutcome.PLANNED:
            assert visit.visit_date > TODAY and visit.signed_at is None
            planned[family.id] = planned.get(family.id, 0) + 1
        else:
            assert visit.visit_date < TODAY
            assert family.closed_on is None or visit.visit_date <= family.closed_on
        if visit.next_visit_date is not None:
            assert visit.next_visit_date > visit.visit_date
        if visit.signed_at is not None:
            assert visit.visit_date <= visit.signed_at.date() < TODAY
    active = {f.id for _, f in rows if f.status is FamilyStatus.ACTIVE}
    assert set(planned) <= active and set(planned.values()) == {1}
    assert 0.6 * len(active) <= len(planned) < len(active)  # most, not all, are scheduled


def test_completed_notes_are_written_and_mostly_signed(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.read() as s:
        done = s.scalars(select(Visit).where(Visit.outcome == VisitOutcome.COMPLETED)).all()
        rated = set(s.scalars(select(GoalProgress.visit_id)))
    unsigned = [v for v in done if v.signed_at is None]
    assert 0 < len(unsigned) < 0.05 * len(done)
    assert any((TODAY - v.visit_date).days >= 4 for v in unsigned)  # waiting > 2 working days
    assert any(v.cosigned_at is not None for v in done)
    for visit in done:
        assert visit.observation and visit.caregiver_response and visit.plan
        assert visit.services and visit.participants["caregivers"] and visit.id in rated


def test_screenings_scored_by_the_rules_and_alerts_follow(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, _ = demo
    with db.read() as s:
        screenings = s.scalars(select(Screening)).all()
        alerts = {a.screening_id: a for a in s.scalars(select(Alert))}
        status = {fid: st for fid, st in s.execute(select(Family.id, Family.status))}
    assert {x.instrument for x in screenings} >= {Instrument.ASQ3, Instrument.ASQSE2}
    for x in screenings:
        if x.instrument is Instrument.EPDS:
            result = score_epds(x.answers["options"])
        elif x.instrument is Instrument.PHQ9:
            result = score_phq9(x.answers["options"])
        elif x.instrument is Instrument.ASQ3:
            result = asq3_result(x.answers["scores"], x.answers["bands"])
            assert x.interval_months in (4, 9, 18, 24, 30)
        else:
            result = asqse2_result(x.answers["total"], x.answers["band"])
            assert x.interval_months in (6, 12, 18, 24, 30, 36)
        assert (x.total, x.positive, x.urgent) == (result.total, result.positive, result.urgent)
        assert (x.caregiver_id is None) == (x.instrument in (Instrument.ASQ3, Instrument.ASQSE2))
        assert (x.id in alerts) == x.positive
    open_alerts = [a for a in alerts.values() if a.resolved_at is None]
    assert open_alerts and all(status[a.family_id] is FamilyStatus.ACTIVE for a in open_alerts)
    closed = [a for a in alerts.values() if a.resolved_at is not None]
    assert all(a.follow_up_kind is not None and a.follow_up_note for a in closed)


def test_new_rows_after_the_demo_get_fresh_ids(demo: tuple[Database, DemoSummary]) -> None:
    """On PostgreSQL this needs the id sequences moved past the demo's ids."""
    db, summary = demo
    with db.session() as s:
        user = StaffUser(username="zz_new_user", full_name="New User", role=Role.SPECIALIST)
        s.add(user)
        s.flush()
        assert user.id > summary.counts["staff_users"]
        s.delete(user)


def test_same_seed_same_rows_and_another_seed_differs(make_db: MakeDb) -> None:
    first, second, other = make_db(), make_db(), make_db()
    a = generate_demo(first, 12, 5, today=TODAY)
    b = generate_demo(second, 12, 5, today=TODAY)
    generate_demo(other, 12, 6, today=TODAY)
    assert (a.counts, a.usernames, a.admin) == (b.counts, b.usernames, b.admin)
    assert _fingerprint(first) == _fingerprint(second)
    assert _fingerprint(first) != _fingerprint(other)


def test_refuses_a_database_with_families(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with pytest.raises(DomainError, match="already has 40 families"):
        generate_demo(db, 5, 1, today=TODAY)
    assert _count(db, Family) == FAMILIES


def test_refuses_bad_requests(make_db: MakeDb) -> None:
    db = make_db()
    for bad in (0, -3):
        with pytest.raises(DomainError, match="at least one family") as caught:
            generate_demo(db, bad, 1, today=TODAY)
        assert caught.value.field == "families"
    assert _count(db, StaffUser) == 0
    with pytest.raises(DomainError, match="no tables"):
        generate_demo(make_db(migrate=False), 3, 1, today=TODAY)


def test_a_single_family_works(make_db: MakeDb) -> None:
    db = make_db()
    summary = generate_demo(db, 1, 3, today=TODAY)
    assert summary.counts["families"] == 1 and len(summary.specialists) == 2
    assert _count(db, Visit, Visit.outcome == VisitOutcome.PLANNED) == 1


def test_the_demo_fills_family_context(demo: tuple[Database, DemoSummary]) -> None:
    from imh_desktop.data.models import Consent, FactorRatingRow, FamilyStressor, Referral
    from imh_desktop.domain.enums import ReferralStatus

    db, summary = demo
    for model, table in ((FamilyStressor, "family_stressors"), (FactorRatingRow, "factor_ratings"),
                         (Consent, "consents"), (Referral, "referrals")):  # fmt: skip
        assert summary.counts[table] == _count(db, model) > 0
    for status in ReferralStatus:
        assert _count(db, Referral, Referral.status == status) > 0, status
    assert _count(db, Referral, Referral.status == ReferralStatus.MADE,
                  Referral.follow_up_on < TODAY) > 0  # fmt: skip
    from imh_desktop.data.models import SupervisionSession

    assert summary.counts["supervision_sessions"] == _count(db, SupervisionSession) > 0


def test_program_measures_have_something_to_count(demo: tuple[Database, DemoSummary]) -> None:
    """Every program measure (issue 17) has families in its denominator and a share counted."""
    from imh_desktop.domain.clock import FixedClock
    from imh_desktop.domain.measures import Measure
    from imh_desktop.services.common.context import ServiceContext
    from imh_desktop.services.measures.program import program_measures

    db, _ = demo
    with db.read() as s:
        admin = s.scalar(select(StaffUser.id).where(StaffUser.role == Role.ADMIN))
    assert admin is not None
    ctx = ServiceContext(db, admin, FixedClock(dt.datetime(2026, 11, 25, 10, tzinfo=dt.UTC)))
    data = program_measures(ctx, dt.date(2024, 12, 1), TODAY)  # two years
    for measure in Measure:
        ratio = data.ratio(measure)
        assert 0 < ratio.count < ratio.denominator or ratio.count == ratio.denominator > 0, measure
        assert ratio.denominator >= 2, measure
