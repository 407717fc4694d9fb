"""The search index: kept by the session's flushes, rebuilt whole to the same rows."""

from __future__ import annotations

import dataclasses

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
