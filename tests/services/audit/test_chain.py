"""The audit chain: positions without gaps in each lane, links, the family filed, the heads,
no forks, and concurrent transactions in different lanes."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select, text

from imh_desktop.data.models import AuditEvent
from imh_desktop.domain.enums import GoalDomain
from imh_desktop.domain.inputs import GoalInput
from imh_desktop.domain.integrity import GENESIS, EventContent, event_hash
from imh_desktop.domain.permissions import Permission
from imh_desktop.services.audit.chain import LANES, chain_head, chain_heads, family_of
from imh_desktop.services.audit.verify import verify_audit_trail
from imh_desktop.services.common.uow import unit_of_work, write_audit
from imh_desktop.services.family import goals
from tests.factories import ON_POSTGRES, TODAY

# The events below are the test's own: any signed-in user's unit of work carries them.
ANY_USER = Permission.USE_OWN_ACCOUNT


def _events(db):
    """Every event in the order written (``seq`` counts within a lane)."""
    with db.read() as s:
        return s.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()


def _lanes(events) -> dict[int, list]:
    lanes: dict[int, list] = {}
    for e in events:
        lanes.setdefault(e.lane, []).append(e)
    return lanes


def test_each_event_links_to_the_one_before_in_its_lane_and_the_head_to_the_last(db, note):
    lanes = _lanes(_events(db))
    if db.is_sqlite:
        assert list(lanes) == [0]  # one writer at a time: one lane
    for lane, events in lanes.items():
        prev = GENESIS
        for number, e in enumerate(events, start=1):
            content = EventContent(e.seq, e.at, e.staff_id, e.action, e.entity, e.entity_id,
                                   e.family_id, e.detail, lane)  # fmt: skip
            assert (e.seq, e.prev_hash, e.hash) == (number, prev, event_hash(content, prev))
            prev = e.hash
        with db.read() as s:
            assert chain_head(s, lane) == (len(events), prev)
    with db.read() as s:
        heads = chain_heads(s)
    assert sorted(heads) == list(range(LANES))
    assert all(heads[lane] == (0, GENESIS) for lane in heads if lane not in lanes)


def test_events_are_filed_under_their_family(db, as_user, staff, note):
    family_id = note.visit.family_id
    with db.read() as s:
        by_entity = {(e.entity, e.action): e.family_id for e in s.scalars(select(AuditEvent))}
        assert family_of(s, "visit", note.visit.id) == family_id
        assert family_of(s, "staff_user", staff["aspecialist"]) is None
        assert family_of(s, "visit", None) is None
    for key in (("family", "create"), ("goal", "create"), ("visit", "create"), ("visit", "sign")):
        assert by_entity[key] == family_id, key
    with unit_of_work(as_user(staff["aspecialist"]), ANY_USER) as uow:
        uow.audit("read", "goal", 1)  # no family_id given: found from the goal
    assert _events(db)[-1].family_id == family_id


def test_a_unit_of_work_that_fails_leaves_no_event_and_no_gap(db, as_user, staff, note):
    before = _events(db)
    with pytest.raises(RuntimeError), unit_of_work(as_user(staff["aspecialist"]), ANY_USER) as uow:
        uow.audit("read", "family", note.visit.family_id)
        raise RuntimeError("boom")
    assert len(_events(db)) == len(before)
    with unit_of_work(as_user(staff["aspecialist"]), ANY_USER) as uow:
        uow.audit("read", "family", note.visit.family_id)
        uow.audit("read", "family", note.visit.family_id)
    lane = uow.chained[0].lane  # one unit, one lane: its events follow that lane's last
    had = len([e for e in before if e.lane == lane])
    assert [e.seq for e in _events(db) if e.lane == lane][-2:] == [had + 1, had + 2]
    assert [(c.lane, c.seq) for c in uow.chained] == [(lane, had + 1), (lane, had + 2)]


def test_sign_in_events_are_chained_at_once_on_the_session_clock(db, clock, note):
    with db.session(clock) as session:
        write_audit(session, None, "sign_in_failed", "staff_user", None, username="nobody")
    events = _events(db)
    last = events[-1]
    in_its_lane = len([e for e in events if e.lane == last.lane])
    assert (last.action, last.seq, last.at) == ("sign_in_failed", in_its_lane, clock.utc_now())


def test_audit_rows_cannot_be_changed_or_deleted_while_the_triggers_stand(db, note):
    for sql in ("UPDATE audit_events SET detail = 'x'", "DELETE FROM audit_events"):
        with pytest.raises(Exception, match="append-only"), db.engine.begin() as conn:
            conn.execute(text(sql))
    if not db.is_sqlite:
        with pytest.raises(Exception, match="append-only"), db.engine.begin() as conn:
            conn.execute(text("TRUNCATE audit_events CASCADE"))
    assert len(_events(db)) > 0


def test_two_transactions_appending_at_once_do_not_fork_the_chain(db, sam, as_user, staff, note):
    family_id = note.visit.family_id
    errors: list[BaseException] = []
    writers = ("aspecialist", "ssupervisor")  # both may change Ana's family
    start = threading.Barrier(len(writers))

    def add_goals(user: str) -> None:
        ctx = as_user(staff[user])
        start.wait()
        try:
            for i in range(12):
                data = GoalInput(GoalDomain.REGULATION, f"{user} goal {i}", TODAY)
                goals.create_goal(ctx, family_id, data)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=add_goals, args=(u,)) for u in writers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    events = _events(db)
    for lane_events in _lanes(events).values():
        assert [e.seq for e in lane_events] == list(range(1, len(lane_events) + 1))
    assert sum(e.action == "create" and e.entity == "goal" for e in events) == 1 + len(writers) * 12
    assert verify_audit_trail(sam).ok


# 7,000 events (an import of that many families): more parameters than one statement may carry.
@pytest.mark.parametrize("count", [1, 3, 8, 9, 150, 7000])
def test_a_unit_with_many_events_chains_them_all_in_order(db, sam, as_user, staff, count):
    with unit_of_work(as_user(staff["aspecialist"]), ANY_USER) as uow:
        uow.require()
        for number in range(count):
            uow.audit("viewed", "settings", number)
    last = [e for e in _events(db) if e.action == "viewed"]
    assert [e.entity_id for e in last] == list(range(count))
    assert {e.lane for e in last} == {last[0].lane}  # one unit: one lane, in order
    assert [e.seq for e in last] == list(range(last[0].seq, last[0].seq + count))
    with db.read() as s:
        assert chain_head(s, last[-1].lane) == (last[-1].seq, last[-1].hash)
    assert verify_audit_trail(sam).ok


def test_concurrent_transactions_take_different_lanes_without_waiting(db, sam, as_user, staff):
    if db.is_sqlite:
        pytest.skip("SQLite has one writer at a time: it appends to lane 0 only")
    ana = as_user(staff["aspecialist"])
    with unit_of_work(ana, ANY_USER) as first:
        first.audit("viewed", "settings", 1)
        first.write_audit()  # holds its lane until it commits
        with unit_of_work(ana, ANY_USER) as second:  # must not wait for the first: it would
            second.session.connection().exec_driver_sql("SET LOCAL lock_timeout = '2s'")
            second.audit("viewed", "settings", 2)
    assert first.chained[0].lane != second.chained[0].lane
    assert verify_audit_trail(sam).ok


def test_a_unit_chains_in_one_lane_even_when_it_appends_twice(db, as_user, staff):
    with unit_of_work(as_user(staff["aspecialist"]), ANY_USER) as uow:
        uow.audit("viewed", "settings", 1)
        uow.write_audit()
        uow.audit("viewed", "settings", 2)
    first, second = uow.chained
    assert (second.lane, second.seq) == (first.lane, first.seq + 1)


@pytest.mark.skipif(not ON_POSTGRES, reason="PostgreSQL appends in one statement")
def test_appending_one_event_reuses_the_compiled_statement(db, as_user, staff):
    """Nearly every unit of work appends one event: its statement is compiled once."""
    from sqlalchemy import event
    from sqlalchemy.engine.interfaces import CacheStats

    seen = []

    def before(conn, cursor, statement, params, context, executemany):
        if statement.lstrip().startswith("WITH moved_head"):
            seen.append(context.cache_hit)

    event.listen(db.engine, "before_cursor_execute", before)
    try:
        for number in range(3):
            with unit_of_work(as_user(staff["aspecialist"]), ANY_USER) as uow:
                uow.require()
                uow.audit("viewed", "settings", number)
    finally:
        event.remove(db.engine, "before_cursor_execute", before)
    assert len(seen) == 3 and seen[1:] == [CacheStats.CACHE_HIT, CacheStats.CACHE_HIT]
