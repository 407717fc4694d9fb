"""The search index: kept by the session as it commits, rebuilt whole to the same rows."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select, text

from imh_desktop.data.models import SearchEntry, Visit
from imh_desktop.data.search import rebuild
from imh_desktop.domain.enums import VisitOutcome
from imh_desktop.services.visits.records import VisitInput
from tests.factories import ON_POSTGRES, TODAY, add_visit, migrate_to, signed_note


def _entries(db) -> list[tuple]:
    with db.read() as session:
        rows = session.execute(
            select(SearchEntry.kind, SearchEntry.source_id, SearchEntry.section,
                   SearchEntry.family_id, SearchEntry.visit_id, SearchEntry.on_date,
                   SearchEntry.private_to, SearchEntry.words)
        ).all()  # fmt: skip
    return sorted(tuple(r) for r in rows)


def test_a_rebuild_makes_the_rows_the_flushes_made(db, as_user, staff):
    signed_note(as_user, staff, observation="Ánh read to Bảo.")
    kept = _entries(db)
    assert ("note", "observation") in {(k, s) for k, _i, s, *_ in kept}
    with db.engine.begin() as conn:
        assert rebuild(conn) == len(kept)
    assert _entries(db) == kept


def test_the_full_text_index_follows_the_rows(db, as_user, staff):
    signed_note(as_user, staff, observation="Ánh read to the kittens.")
    if ON_POSTGRES:
        sql = "SELECT count(*) FROM search_index WHERE tsv @@ to_tsquery('simple', 'kittens')"
    else:
        sql = "SELECT count(*) FROM search_fts WHERE search_fts MATCH 'kittens'"
    with db.engine.begin() as conn:
        assert conn.execute(text(sql)).scalar() == 1
    family, _note = signed_note(as_user, staff)
    ana = as_user(staff["aspecialist"])
    missed = add_visit(ana, family.id, VisitInput(TODAY, VisitOutcome.NO_SHOW, cancel_reason="Flu"))
    assert ("note", missed.id, "cancel_reason") in {e[:3] for e in _entries(db)}
    with db.session() as session:  # a deleted note leaves nothing to find
        session.delete(session.get(Visit, missed.id))
    assert missed.id not in {e[1] for e in _entries(db) if e[0] == "note"}


def test_a_signature_leaves_the_entries_as_they_are(db, as_user, staff):
    from sqlalchemy import event

    from imh_desktop.services.visits import notes

    _family, note = signed_note(as_user, staff)
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        notes.cosign_visit(as_user(staff["ssupervisor"]), note.visit.id, note.visit.version)
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert any("UPDATE visits" in s for s in statements)
    assert not [s for s in statements if "search_index" in s]


def test_an_entrys_id_is_its_place_newest_first():
    import datetime as dt

    from imh_desktop.data.search import KINDS, entry_key

    day = dt.date(2026, 11, 25)
    older = entry_key("note", "plan", 4_000_000_000, day - dt.timedelta(days=1))
    assert older < entry_key("amendment", "plan", 1, day) < entry_key("referral", "agency", 1, day)
    keys = {entry_key(kind, section, 7, day) for kind, (_c, sections) in KINDS.items()
            for section in sections or ("any",)}  # fmt: skip
    assert len(keys) == sum(len(sections) or 1 for _c, sections in KINDS.values())
    assert entry_key("note", "plan", (1 << 32) - 1, dt.date(9999, 12, 31)) < 1 << 63


def test_a_rebuild_indexes_referrals_too(db, as_user, staff):
    from imh_desktop.domain.enums import ReferralType
    from imh_desktop.domain.family_context import ReferralInput
    from imh_desktop.services.family.referrals import make_referral

    family, _note = signed_note(as_user, staff)
    made = make_referral(as_user(staff["aspecialist"]), family.id, ReferralInput(
        ReferralType.FOOD, "Épicerie solidaire", TODAY, "Formula runs out mid-month.",
        follow_up_on=TODAY))  # fmt: skip
    kept = _entries(db)
    assert ("referral", made.id, "agency") in {e[:3] for e in kept}
    with db.engine.begin() as conn:
        assert rebuild(conn) == len(kept)
    assert _entries(db) == kept


@pytest.mark.usefixtures("one_lane")  # taken back past 0028: one chain
def test_revision_0023_goes_down_to_0021s_table_and_up_again(db, as_user, staff):
    from alembic import command

    from imh_desktop.domain.enums import ReferralType
    from imh_desktop.domain.family_context import ReferralInput
    from imh_desktop.services.family.referrals import make_referral
    from imh_desktop.services.search.records import search_records

    family, _note = signed_note(as_user, staff, observation="Ánh read to the kittens.")
    ana = as_user(staff["aspecialist"])
    make_referral(ana, family.id, ReferralInput(
        ReferralType.FOOD, "Épicerie solidaire", TODAY, "Formula runs out.", follow_up_on=TODAY))  # fmt: skip
    kept = _entries(db)

    migrate_to(db, command.downgrade, "0021")
    with db.engine.begin() as conn:  # 0021's table: ids from its sequence, no referrals
        ids = [r[0] for r in conn.execute(text("SELECT id FROM search_index ORDER BY id"))]
        assert ids == list(range(ids[0], ids[0] + len(ids))) and ids[-1] < 1 << 31
        assert (
            conn.execute(text("SELECT count(*) FROM search_index WHERE kind = 'referral'")).scalar()
            == 0
        )
    migrate_to(db, command.upgrade, "head")  # through 0023's rebuild and 0026's scope column
    assert _entries(db) == kept
    assert [h.kind for h in search_records(ana, "kittens").hits] == ["note"]
    assert [h.kind for h in search_records(ana, "epicerie").hits] == ["referral"]


def _settled_referral(as_user, staff):
    """A family's referral whose first outcome note was replaced (so kept in its history)."""
    from imh_desktop.domain.enums import ReferralStatus, ReferralType
    from imh_desktop.domain.family_context import ReferralInput
    from imh_desktop.services.family.referrals import make_referral, update_referral

    family, _note = signed_note(as_user, staff)
    ana = as_user(staff["aspecialist"])
    data = ReferralInput(ReferralType.FOOD, "Épicerie solidaire", TODAY, "Formula runs out.",
                         follow_up_on=TODAY)  # fmt: skip
    made = make_referral(ana, family.id, data)
    for status, outcome in ((ReferralStatus.CONNECTED, "Paniers chaque jeudi."),
                            (ReferralStatus.CLOSED, "No longer needed.")):  # fmt: skip
        data = dataclasses.replace(data, status=status, outcome=outcome)
        made = update_referral(ana, made.id, data, made.version)
    return family, made


def test_a_rebuild_indexes_the_referral_history_too(db, as_user, staff):
    _family, _made = _settled_referral(as_user, staff)
    kept = _entries(db)
    history = [e for e in kept if e[0] == "referral_history"]
    assert [(e[2], e[-1]) for e in history] == [("connected", "paniers chaque jeudi")]
    with db.engine.begin() as conn:
        assert rebuild(conn) == len(kept)
    assert _entries(db) == kept


def _specialists(db) -> set:
    with db.read() as session:
        return set(session.scalars(select(SearchEntry.specialist_id)).all())


def test_each_entry_carries_its_familys_specialist_and_follows_a_reassignment(db, as_user, staff):
    from imh_desktop.services.family.families import get_family, reassign_family

    family, _made = _settled_referral(as_user, staff)
    assert _specialists(db) == {staff["aspecialist"]}
    sam = as_user(staff["ssupervisor"])
    version = get_family(sam, family.id).version
    reassign_family(sam, family.id, staff["bspecialist"], version)
    assert _specialists(db) == {staff["bspecialist"]}
    with db.engine.begin() as conn:
        rebuild(conn)
    assert _specialists(db) == {staff["bspecialist"]}


def _search_statements(db, work) -> list[str]:
    from sqlalchemy import event

    sent: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        sent.append(" ".join(statement.split()))

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        work()
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    return sent


def test_a_note_saved_in_several_flushes_is_indexed_once_before_the_chain(db, as_user, staff):
    from imh_desktop.services.visits import notes
    from imh_desktop.services.visits.records import GoalRating, NoteInput

    family, signed = signed_note(as_user, staff)
    ana = as_user(staff["aspecialist"])
    rating = GoalRating(signed.ratings[0].goal_id, 4, "Ánh hummed to the kittens.")
    week = TODAY + dt.timedelta(days=7)
    visit = VisitInput(TODAY, observation="Bảo reached for Ánh.", next_visit_date=week)
    note = NoteInput(visit, {"caregivers": [family.caregivers[0].id]}, (rating,))
    saved: list = []
    # The visit, its ratings and the planned visit after it: three flushes, one reindex each.
    sent = _search_statements(db, lambda: saved.append(notes.save_note(ana, family.id, note)))
    note_id = saved[0].visit.id
    drops = [s for s in sent if s.startswith("DELETE FROM search_index")]
    assert len(drops) == 2  # the note, and the planned visit made after it
    writes = [i for i, s in enumerate(sent) if s.startswith("INSERT INTO search_index")]
    chain = next(i for i, s in enumerate(sent) if "audit_chain" in s and "UPDATE" in s)
    assert writes and max(writes) < chain  # not while the chain's head is locked
    found = {(s, w) for k, i, s, *_r, w in _entries(db) if k == "note" and i == note_id}
    assert {s for s, _w in found} == {"observation", "goals"}
    assert any("kittens" in w for s, w in found if s == "goals")


def test_a_rolled_back_write_leaves_no_entries_behind(db, as_user, staff):
    family, _signed = signed_note(as_user, staff)
    before = _entries(db)
    with db.session() as session:
        row = Visit(family_id=family.id, specialist_id=staff["aspecialist"], visit_date=TODAY,
                    outcome=VisitOutcome.NO_SHOW, cancel_reason="Kittens at the vet",
                    participants={}, services=[])  # fmt: skip
        session.add(row)
        session.flush()
        session.rollback()  # noted for the index, then rolled back: nothing is kept
        session.add(Visit(family_id=family.id, specialist_id=staff["aspecialist"],
                          visit_date=TODAY, outcome=VisitOutcome.NO_SHOW,
                          cancel_reason="Flu", participants={}, services=[]))  # fmt: skip
    after = [e for e in _entries(db) if e not in before]
    assert [e[2] for e in after] == ["cancel_reason"]
    assert not any("kittens" in e[-1] for e in after)


def test_entries_written_inside_a_savepoint_go_with_it(db, as_user, staff):
    family, _signed = signed_note(as_user, staff)
    before = _entries(db)
    with db.session() as session:
        kept = Visit(family_id=family.id, specialist_id=staff["aspecialist"], visit_date=TODAY,
                     outcome=VisitOutcome.NO_SHOW, cancel_reason="Flu", participants={},
                     services=[])  # fmt: skip
        session.add(kept)
        savepoint = session.begin_nested()
        session.add(Visit(family_id=family.id, specialist_id=staff["aspecialist"],
                          visit_date=TODAY, outcome=VisitOutcome.NO_SHOW,
                          cancel_reason="Kittens at the vet", participants={},
                          services=[]))  # fmt: skip
        session.flush()
        savepoint.rollback()
    after = [e for e in _entries(db) if e not in before]
    assert [(e[1], e[2]) for e in after] == [(kept.id, "cancel_reason")]
