"""Tamper evidence: edits behind the app's back are caught by verify and by the note check."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from sqlalchemy import select, text

from imh_desktop.data.models import AuditEvent
from imh_desktop.domain.enums import GoalDomain
from imh_desktop.domain.errors import DomainError, PermissionDeniedError
from imh_desktop.domain.inputs import GoalInput
from imh_desktop.domain.integrity import GENESIS, EventContent, event_hash
from imh_desktop.services.audit.chain import (
    UNCHAINED,
    ChainedEvent,
    PendingEvent,
    append_events,
)
from imh_desktop.services.audit.verify import VerifyCancelled, parse_anchor, verify_audit_trail
from imh_desktop.services.family import goals
from imh_desktop.services.visits import notes
from tests.factories import TODAY, behind_the_back


def _events(db, lane: int | None = None):
    """The events in the order written, or one lane's in its order."""
    with db.read() as s:
        if lane is None:
            return s.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
        return s.scalars(
            select(AuditEvent).where(AuditEvent.lane == lane).order_by(AuditEvent.seq)
        ).all()


# The tests write events in lanes of their own choosing (3, 4, 5): the app's own go to lane 0.
pytestmark = pytest.mark.usefixtures("one_lane")


def _append(db, clock, lane: int, *numbers: int) -> list[ChainedEvent]:
    """One transaction's events (one per number) chained in ``lane``."""
    with db.session(clock) as s:
        events = [PendingEvent(UNCHAINED, clock.utc_now(), None, "viewed", "settings", n, None, "")
                  for n in numbers]  # fmt: skip
        return append_events(s, events, lane=lane)


def test_an_untouched_trail_verifies_and_names_its_head(db, sam, note):
    events = _events(db)
    for lane in {e.lane for e in events}:
        mine = _events(db, lane)
        assert [e.seq for e in mine] == list(range(1, len(mine) + 1))
        assert mine[0].prev_hash == GENESIS
        assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(mine))
    result = verify_audit_trail(sam)
    assert result.ok and result.events == len(events) and result.notes == 1
    run = _events(db)[-1]  # the verify run itself is recorded, last
    assert run.action == "verify" and (run.lane, run.seq, run.hash) == (
        result.head_lane,
        result.head_seq,
        result.head_hash,
    )
    assert notes.get_note(sam, note.visit.id).integrity == ()


def test_a_signed_note_edited_in_the_database_is_caught(db, sam, note):
    behind_the_back(db, "UPDATE visits SET observation = 'TAMPERED' WHERE id = :v", v=note.visit.id)
    assert notes.get_note(sam, note.visit.id).visit.observation == "TAMPERED"
    result = verify_audit_trail(sam)
    assert not result.ok and result.breaks == ()  # the chain itself is intact
    (finding,) = result.tampered_notes
    assert finding.visit_id == note.visit.id and finding.case_number == "IMH-2026-0001"
    assert "its text or details differ from what was signed" in finding.problems
    assert "its text or details differ" in " ".join(notes.get_note(sam, note.visit.id).integrity)


def test_a_rating_or_the_seal_itself_changed_is_caught(db, sam, note):
    behind_the_back(db, "UPDATE goal_progress SET rating = 5 WHERE visit_id = :v", v=note.visit.id)
    assert notes.get_note(sam, note.visit.id).integrity
    # Recomputing the seal on the row does not help: the sign event keeps the original.
    from imh_desktop.services.visits.seal import seal_note, stored_ratings

    with db.session() as s:
        from imh_desktop.data.models import Visit

        row = s.get(Visit, note.visit.id)
        seal_note(row, stored_ratings(s, row.id))
    problems = notes.get_note(sam, note.visit.id).integrity
    assert "its text or details differ from what was signed" in problems


def test_a_rewritten_sign_event_is_caught(db, sam, staff, note):
    sign = next(e for e in _events(db) if e.action == "sign")
    behind_the_back(
        db, "UPDATE audit_events SET staff_id = :who, at = :at WHERE id = :id",
        who=staff["ssupervisor"], at=dt.datetime(2026, 11, 20, 9, 0), id=sign.id,
    )  # fmt: skip
    result = verify_audit_trail(sam)
    assert result.breaks[0].event_id == sign.id
    assert "was changed after it was written" in result.breaks[0].message
    assert f"audit event {sign.id} about it was changed" in result.tampered_notes[0].problems
    assert f"audit event {sign.id} about it was changed" in (
        notes.get_note(sam, note.visit.id).integrity
    )


def test_the_last_event_rehashed_by_the_attacker_no_longer_matches_the_head(db, sam, note):
    sign = _events(db)[-1]
    assert sign.action == "sign"
    behind_the_back(db, "UPDATE audit_events SET hash = :h WHERE id = :id", h="0" * 64, id=sign.id)
    assert f"audit event {sign.id} does not match the recorded end of the audit trail" in (
        notes.get_note(sam, note.visit.id).integrity
    )
    # Reading the note was audited: its event follows the rehashed one, and links to the
    # hash the chain had recorded, not to the attacker's.
    assert f"no longer links to event {sign.id}" in verify_audit_trail(sam).breaks[-1].message


def test_a_sign_event_rehashed_by_the_attacker_breaks_the_next_link(db, sam, note):
    goals.create_goal(sam, note.visit.family_id, GoalInput(GoalDomain.OTHER, "Later.", TODAY))
    events = _events(db)
    sign = next(e for e in events if e.action == "sign")
    content = EventContent(sign.seq, sign.at, None, sign.action, sign.entity, sign.entity_id,
                           sign.family_id, sign.detail, sign.lane)  # fmt: skip
    behind_the_back(db, "UPDATE audit_events SET staff_id = NULL, hash = :h WHERE id = :id",
                    h=event_hash(content, sign.prev_hash), id=sign.id)  # fmt: skip
    result = verify_audit_trail(sam)
    nxt = next(e for e in events if (e.lane, e.seq) == (sign.lane, sign.seq + 1))
    assert result.breaks[0].event_id == nxt.id and "no longer links" in result.breaks[0].message
    assert f"the audit trail just after event {sign.id} was changed or cut" in (
        notes.get_note(sam, note.visit.id).integrity
    )


def test_a_deleted_audit_row_is_caught(db, sam, note):
    update = next(e for e in _events(db) if e.action == "update" and e.entity == "visit")
    assert behind_the_back(db, "DELETE FROM audit_events WHERE id = :id", id=update.id) == 1
    result = verify_audit_trail(sam)
    first = result.breaks[0]
    assert first.seq == update.seq + 1 and "1 event before event" in first.message
    assert "was deleted" in first.message
    problems = notes.get_note(sam, note.visit.id).integrity
    assert "an audit event about it was deleted or moved" in problems


def test_deleting_the_sign_event_or_cutting_the_end_is_caught(db, sam, note):
    sign = next(e for e in _events(db) if e.action == "sign")
    behind_the_back(db, "DELETE FROM audit_events WHERE lane = :l AND seq >= :s",
                    l=sign.lane, s=sign.seq)  # fmt: skip
    result = verify_audit_trail(sam)
    assert "were deleted" in result.breaks[0].message or "was deleted" in result.breaks[0].message
    problems = notes.get_note(sam, note.visit.id).integrity
    assert "its signature is missing from the audit trail" in problems


def test_unsigning_a_note_behind_the_back_is_caught(db, sam, note):
    behind_the_back(
        db, "UPDATE visits SET signed_at = NULL, signed_by_id = NULL WHERE id = :v",
        v=note.visit.id,
    )  # fmt: skip
    assert notes.get_note(sam, note.visit.id).integrity == (
        "it was signed, but its signature was removed",
    )
    assert verify_audit_trail(sam).tampered_notes[0].visit_id == note.visit.id


def test_amendments_and_cosignatures_are_chained_and_checked(db, as_user, staff, sam, note):
    ana = as_user(staff["aspecialist"])
    first = notes.amend_visit(ana, note.visit.id, "plan", "Typo", "Read daily at bedtime.")
    notes.amend_visit(ana, note.visit.id, "observation", "Detail", "She also hummed.")
    notes.cosign_visit(sam, note.visit.id, notes.get_note(sam, note.visit.id).visit.version)
    assert verify_audit_trail(sam).ok and notes.get_note(sam, note.visit.id).integrity == ()
    behind_the_back(db, "UPDATE amendments SET text = 'X' WHERE id = :a", a=first.id)
    behind_the_back(db, "UPDATE visits SET cosigned_by_id = :w WHERE id = :v",
                    w=staff["aspecialist"], v=note.visit.id)  # fmt: skip
    problems = notes.get_note(sam, note.visit.id).integrity
    assert f"amendment {first.id} was changed" in problems
    assert "its co-signature differs from the one recorded" in problems
    behind_the_back(db, "DELETE FROM amendments WHERE id = :a", a=first.id)
    assert "an amendment was deleted" in notes.get_note(sam, note.visit.id).integrity


def test_a_tampered_note_cannot_be_cosigned(db, sam, note):
    behind_the_back(db, "UPDATE visits SET plan = 'other' WHERE id = :v", v=note.visit.id)
    with pytest.raises(DomainError, match="changed outside the app"):
        notes.cosign_visit(sam, note.visit.id, note.visit.version)


def test_an_event_added_outside_the_app_is_caught(db, sam, note):
    behind_the_back(
        db, "INSERT INTO audit_events (at, staff_id, action, entity, entity_id, detail) "
        "VALUES (:at, NULL, 'read', 'family', 1, '')", at=dt.datetime(2026, 11, 25),
    )  # fmt: skip
    result = verify_audit_trail(sam)
    assert "added outside the app" in result.breaks[-1].message


def test_a_whole_chain_rewritten_from_the_start_needs_the_noted_anchor(db, sam, note):
    noted = verify_audit_trail(sam)
    prev, rows = GENESIS, []
    for e in _events(db, noted.head_lane):  # the attacker changes the lane's first event and
        detail = '{"case_number": "IMH-2026-9999"}' if e.seq == 1 else e.detail  # rehashes on
        content = EventContent(e.seq, e.at, e.staff_id, e.action, e.entity, e.entity_id,
                               e.family_id, detail, e.lane)  # fmt: skip
        digest = event_hash(content, prev)
        rows.append({"i": e.id, "d": detail, "p": prev, "h": digest})
        prev = digest
    behind_the_back(db, "UPDATE audit_chain SET head_hash = :h WHERE id = :l",
                    h=prev, l=noted.head_lane)  # fmt: skip
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE audit_events SET detail = :d, prev_hash = :p, hash = :h WHERE id = :i"),
            rows,
        )
    assert verify_audit_trail(sam).breaks == ()  # undetectable without an outside anchor…
    anchored = verify_audit_trail(sam, parse_anchor(noted.anchor))
    assert "no longer has the hash you noted" in anchored.breaks[0].message  # …caught with one


def test_the_anchor_is_checked_for_its_form():
    assert parse_anchor(f"12:sha256:{'A' * 64}") == (0, 12, "a" * 64)
    assert parse_anchor(f" 3:12:{'b' * 64}") == (3, 12, "b" * 64)
    for bad in ("12", "x:" + "a" * 64, "12:" + "g" * 64, "12:abc", "1:2:3:" + "a" * 64):
        with pytest.raises(DomainError):
            parse_anchor(bad)


def test_only_administrators_and_supervisors_verify(as_user, staff):
    with pytest.raises(PermissionDeniedError):
        verify_audit_trail(as_user(staff["aspecialist"]))


def test_two_lanes_written_in_turn_each_verify(db, sam, clock, note):
    chained = [_append(db, clock, 3 if n % 2 else 5, n) for n in range(6)]
    both = [*chained, _append(db, clock, 3, 6, 7)]  # and a transaction with two events
    for lane in (3, 5):
        mine = _events(db, lane)
        assert [e.seq for e in mine] == list(range(1, len(mine) + 1))
        assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(mine))
        assert [(c.lane, c.seq, c.hash) for run in both for c in run if c.lane == lane] == [
            (e.lane, e.seq, e.hash) for e in mine if e.action == "viewed"
        ]
    with db.read() as s:  # an event of lane 3 does not hash as one of lane 0 would
        e = s.scalars(select(AuditEvent).where(AuditEvent.lane == 3)).first()
        as_lane_0 = EventContent(e.seq, e.at, e.staff_id, e.action, e.entity, e.entity_id,
                                 e.family_id, e.detail, 0)  # fmt: skip
        assert event_hash(as_lane_0, e.prev_hash) != e.hash
    result = verify_audit_trail(sam)
    assert result.ok and result.events == len(_events(db)) - 1  # all but the run's own


def test_a_deletion_in_lane_3_is_found_and_named(db, sam, clock, note):
    lane_3 = [_append(db, clock, lane, n)[0] for n, lane in enumerate((3, 5, 3, 5, 3, 5))][::2]
    assert verify_audit_trail(sam).ok
    deleted, after = lane_3[1], _events(db, 3)[lane_3[1].seq]  # the middle one and the next
    behind_the_back(db, "DELETE FROM audit_events WHERE lane = 3 AND seq = :s", s=deleted.seq)
    (found,) = verify_audit_trail(sam).breaks
    assert (found.lane, found.event_id, found.seq) == (3, after.id, deleted.seq + 1)
    assert found.message == (
        f"lane 3: 1 event before event {after.id} (No. {deleted.seq}) was deleted"
    )


def test_an_event_moved_to_another_lane_or_cut_from_a_lanes_end_is_caught(db, sam, clock, note):
    [last] = _append(db, clock, 3, 1)
    behind_the_back(db, "UPDATE audit_events SET lane = 9, seq = 999 WHERE lane = 3 AND seq = :s",
                    s=last.seq)  # fmt: skip
    messages = [b.message for b in verify_audit_trail(sam).breaks]
    assert messages[0] == f"lane 3: the last 1 event of the lane (up to No. {last.seq}) was deleted"
    assert any(m.startswith("lane 9: event ") and "past the lane's head" in m for m in messages)


def test_an_event_forged_after_a_lanes_head_is_caught(db, sam, clock, note):
    [last] = _append(db, clock, 3, 1)
    forged = EventContent(last.seq + 1, clock.utc_now(), None, "viewed", "settings", 2, None,
                          "", 3)  # fmt: skip
    behind_the_back(
        db, "INSERT INTO audit_events (at, staff_id, action, entity, entity_id, family_id, "
        "detail, seq, lane, prev_hash, hash) VALUES (:at, NULL, 'viewed', 'settings', 2, NULL, "
        "'', :seq, 3, :p, :h)", at=forged.at, seq=forged.seq, p=last.hash,
        h=event_hash(forged, last.hash),
    )  # fmt: skip
    (found,) = verify_audit_trail(sam).breaks
    assert found.lane == 3 and "past the lane's head: it was added outside the app" in found.message


def test_the_anchor_names_its_lane(db, sam, clock, note):
    [noted] = _append(db, clock, 4, 1)
    anchor = (4, noted.seq, noted.hash)
    assert verify_audit_trail(sam, anchor).ok
    assert parse_anchor(f"4:{noted.seq}:{noted.hash}") == anchor
    behind_the_back(db, "UPDATE audit_events SET hash = :h WHERE lane = 4 AND seq = :s",
                    h="1" * 64, s=noted.seq)  # fmt: skip
    messages = [b.message for b in verify_audit_trail(sam, anchor).breaks]
    assert f"lane 4: event No. {noted.seq} no longer has the hash you noted" in " ".join(messages)


def test_the_walk_reports_its_progress_and_stops_when_asked(db, sam, note):
    seen: list[tuple[int, int]] = []
    result = verify_audit_trail(sam, progress=lambda done, total: seen.append((done, total)))
    done = result.events + result.notes  # the events walked, then the notes checked
    assert result.ok and seen and seen[-1] == (done, done)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    before = len(_events(db))
    with pytest.raises(VerifyCancelled):
        verify_audit_trail(sam, cancelled=lambda: True)
    assert len(_events(db)) == before  # a stopped check records nothing


def test_the_app_saves_and_records_reads_while_the_walk_runs(db, sam, note):
    meanwhile = []

    def read_a_note(_done: int, _total: int) -> None:
        if not meanwhile:  # an audited read writes its audit event: it must not wait for the walk
            meanwhile.append(notes.get_note(sam, note.visit.id))

    result = verify_audit_trail(sam, progress=read_a_note)
    assert meanwhile and result.ok  # the read's event, appended after the heads, is no break
    assert verify_audit_trail(sam).ok
