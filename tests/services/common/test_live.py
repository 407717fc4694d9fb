"""Colleagues' committed writes as changes: the audit events' meaning, the SQLite poller
(another Database on the same file is another process as far as SQLite can tell) and
the PostgreSQL NOTIFY sent only on commit, carrying ids and part names only."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from imh_desktop.data.db import Database
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.live import (
    CHANNEL,
    PgListener,
    SqlitePoller,
    change_of,
    coalesce,
    open_source,
    parse_payload,
    payload,
)
from imh_desktop.services.family import families
from tests.factories import ON_POSTGRES, family_input, family_version


@pytest.fixture
def colleague_db(db: Database):
    """The same database opened a second time: a colleague's program on another machine."""
    other = Database(db.url, key=db.key)
    yield other
    other.dispose()


@pytest.fixture
def colleague(colleague_db: Database, clock, staff) -> ServiceContext:
    """Sam the supervisor, writing through the second opening."""
    return ServiceContext(colleague_db, staff["ssupervisor"], clock)


@pytest.fixture
def family_id(as_user, staff) -> int:
    return families.create_family(
        as_user(staff["ssupervisor"]), family_input(staff["aspecialist"])
    ).id


def _rename(ctx: ServiceContext, family_id: int, name: str) -> None:
    data = family_input(ctx_specialist(ctx, family_id), display_name=name)
    families.update_family(ctx, family_id, data, family_version(ctx, family_id))


def ctx_specialist(ctx: ServiceContext, family_id: int) -> int:
    return families.get_family(ctx, family_id).specialist_id


def _rename_but_the_commit_fails(
    ctx: ServiceContext, family_id: int, specialist_id: int, monkeypatch
) -> None:  # fmt: skip
    """A rename whose commit fails (the disk is gone): it raises and nothing is saved."""
    data = family_input(specialist_id, display_name="Lost family")
    version = family_version(ctx, family_id)

    def commit_fails(session: Session) -> None:
        raise OSError("disk gone")

    with monkeypatch.context() as patch:
        patch.setattr(Session, "commit", commit_fails)
        with pytest.raises(OSError):
            families.update_family(ctx, family_id, data, version)


def _wait(source, seconds: float = 5.0) -> list[Change]:
    """What the source hears within ``seconds`` (polling as the live-updates thread does)."""
    heard: list[Change] = []
    deadline = time.monotonic() + seconds
    while not heard and time.monotonic() < deadline:
        heard = source.wait(0.2)
    return heard


def test_writes_name_their_part_and_reads_or_sign_ins_name_none():
    assert change_of("sign", "visit", 7) == Change.of(7, Part.VISITS, Part.DRAFTS)
    assert change_of("reassign", "family", 7) == Change.of(7, Part.FAMILY)
    assert change_of("create", "caregiver", 7) == Change.of(7, Part.MEMBERS)
    assert change_of("update", "referral", 7) == Change.of(7, Part.CONTEXT)
    assert change_of("create", "staff_user", 3) == Change.of(None, Part.STAFF)
    assert change_of("read", "family", 7) is None
    assert change_of("print", "visit", 7) is None
    assert change_of("sign_in", "staff_user", 3) is None
    assert change_of("update", "visit", None) is None  # no family: nothing to refresh


def test_a_burst_is_one_change_per_family_with_every_part():
    burst = [Change.of(1, Part.VISITS), None, Change.of(2, Part.GOALS), Change.of(1, Part.DRAFTS)]
    assert coalesce(burst) == [Change.of(1, Part.VISITS, Part.DRAFTS), Change.of(2, Part.GOALS)]


def test_the_notice_text_holds_ids_and_part_names_only():
    change = Change.of(42, Part.VISITS, Part.DRAFTS)
    assert payload(change) == "42:drafts,visits"
    assert parse_payload(payload(change)) == change
    assert parse_payload(payload(Change.of(None, Part.STAFF))) == Change.of(None, Part.STAFF)
    for junk in ("", "42", "x:visits", "42:nothing", "42:"):
        assert parse_payload(junk) is None


@pytest.mark.skipif(ON_POSTGRES, reason="the SQLite poller")
def test_sqlite_hears_a_colleagues_commit_and_not_its_own(db, as_user, staff, colleague, family_id):
    poller = open_source(db)
    assert isinstance(poller, SqlitePoller)
    try:
        assert poller.wait(0) == []  # nothing committed since it opened
        _rename(as_user(staff["ssupervisor"]), family_id, "Mine family")  # this process
        families.get_family(colleague, family_id)  # a colleague's read: audited, not a change
        assert poller.wait(0) == []
        _rename(colleague, family_id, "Theirs family")
        assert poller.wait(0) == [Change.of(family_id, Part.FAMILY)]
        assert poller.wait(0) == []  # heard once
        assert poller.queries == 2  # one look at the audit events per commit seen, none idle
    finally:
        poller.close()


@pytest.mark.skipif(ON_POSTGRES, reason="the SQLite poller")
def test_a_write_whose_commit_fails_leaves_no_mark_that_would_hide_a_colleagues(
    db, as_user, staff, colleague, family_id, monkeypatch
):
    poller = open_source(db)
    try:
        mine = as_user(staff["ssupervisor"])
        _rename_but_the_commit_fails(mine, family_id, staff["aspecialist"], monkeypatch)
        assert db.own_writes.take_until(10**9) == frozenset()
        _rename(colleague, family_id, "Theirs family")  # takes the numbers the failed one had
        assert poller.wait(0) == [Change.of(family_id, Part.FAMILY)]
    finally:
        poller.close()


@pytest.mark.skipif(not ON_POSTGRES, reason="PostgreSQL LISTEN/NOTIFY")
def test_postgres_notifies_on_commit_only_and_not_the_writer_itself(
    db, as_user, staff, colleague, colleague_db, family_id
):
    listener = open_source(db)
    assert isinstance(listener, PgListener)
    try:
        _rename(as_user(staff["ssupervisor"]), family_id, "Mine family")  # this process
        assert listener.wait(0.5) == []
        with colleague_db.session() as session:  # a NOTIFY in a transaction rolled back
            session.execute(text("SELECT pg_notify(:c, :p)"), {"c": CHANNEL, "p": "1:family"})
            session.rollback()
        assert listener.wait(0.5) == []
        _rename(colleague, family_id, "Theirs family")
        _rename(colleague, family_id, "Theirs again")
        assert _wait(listener) == [Change.of(family_id, Part.FAMILY)]  # two commits, one change
    finally:
        listener.close()


@pytest.mark.skipif(not ON_POSTGRES, reason="PostgreSQL LISTEN/NOTIFY")
def test_postgres_notice_carries_no_name(db, colleague, family_id):
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(db.url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"LISTEN {CHANNEL}")
        _rename(colleague, family_id, "Ortiz-Nakamura family")
        notices = list(conn.notifies(timeout=2))
    assert [n.payload for n in notices] == [f"{family_id}:family"]


@pytest.mark.skipif(not ON_POSTGRES, reason="PostgreSQL LISTEN/NOTIFY")
def test_postgres_a_write_whose_commit_fails_sends_no_notice(
    db, staff, colleague, family_id, monkeypatch
):  # fmt: skip
    listener = open_source(db)
    try:
        _rename_but_the_commit_fails(colleague, family_id, staff["aspecialist"], monkeypatch)
        assert listener.wait(1.0) == []
    finally:
        listener.close()
