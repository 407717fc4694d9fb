"""The search index: written in the same transaction as the text it indexes.

Why here and not database triggers: the text is folded once, in Python
(``domain.search.index_text``), the same way on SQLite and PostgreSQL and
the same way the typed query is folded, so "dang" finds "Đặng" on both
(FTS5's ``remove_diacritics`` leaves "đ" alone, and PostgreSQL's
``unaccent`` is an extension a shared server may not offer). Which section
is private (the specialist's reflection) is decided in one place, too.

Every ORM write of a visit, a goal rating, an amendment, a goal, a
screening, a referral or a change of its status is noted in the session's
``after_flush`` and that source reindexed once, as the transaction commits
(``before_commit``, or just before the audit chain's head is locked): the
index rows commit or roll back with the write.
Each entry also carries its family's specialist (revision 0026: the index
of a specialist's own search), rewritten in the flush that reassigns the
family. Writers that bypass the ORM (the
demo generator's bulk inserts, the migration's backfill) call
:func:`rebuild`. From ``search_index`` on, each backend keeps its full-text
index itself: SQLite's FTS5 table ``search_fts`` by triggers, PostgreSQL's
``tsv`` column as a generated column (DDL in :func:`create_fulltext`).

A new kind of searchable text adds a ``_<kind>_rows`` function, an entry
in ``_SOURCES``, ``_INDEXED`` and ``KINDS`` and a query in :func:`rebuild`.

An entry's id is its sort key (revision 0023, :func:`entry_key`): the date
in the high bits, then the kind, the section and the source's id, so id
order is newest-first order. Both full-text indexes can then hand out their
matches in result order and stop at the page: FTS5 walks its doclists by
rowid (``ORDER BY rowid DESC``), PostgreSQL walks the primary key backwards
and checks ``tsv @@`` on each row, or, for rare words, takes the GIN bitmap
and sorts the few matches. Before, every match was read and sorted by date
(736 ms for a common word agency-wide; see docs/performance.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import (
    Connection,
    Table,
    column,
    delete,
    exists,
    insert,
    inspect,
    or_,
    select,
    table,
    update,
)
from sqlalchemy.orm import Session, SessionTransaction, UOWTransaction

from imh_desktop.data.bulk import ROOM_TO_BUILD, insert_many
from imh_desktop.data.models import (
    Amendment,
    Family,
    Goal,
    GoalProgress,
    Referral,
    ReferralStatusChange,
    Screening,
    SearchEntry,
    Visit,
)
from imh_desktop.data.search_ddl import GIN_DDL, SQLITE_DDL, SQLITE_TRIGGERS, index_names
from imh_desktop.data.search_ddl import create_fulltext as create_fulltext
from imh_desktop.data.search_ddl import drop_fulltext as drop_fulltext
from imh_desktop.domain.enums import ReferralStatus
from imh_desktop.domain.search import index_text

TABLE: Table = SearchEntry.__table__  # type: ignore[assignment]
# The note's sections as their keys in the visit editor; "reflection" is its author's alone.
NOTE_SECTIONS = (
    "observation", "caregiver_response", "child_presentation", "plan", "reflection",
    "family_note", "cancel_reason",
)  # fmt: skip
PRIVATE_SECTIONS = frozenset({"reflection"})
GOAL_SECTIONS = ("statement", "baseline", "strategies")
SCREENING_SECTIONS = ("band", "safety_action", "safety_outcome")
REFERRAL_SECTIONS = ("agency", "reason", "outcome")
# A referral's status history (revision 0022): one entry per change with a note, its section
# the status the change reached (new statuses go at the end: a section's place is in the key).
HISTORY = "referral_history"
HISTORY_SECTIONS = tuple(status.value for status in ReferralStatus)
RATINGS = "goals"  # the section of a note's goal ratings
# Each kind's code and its sections' codes in an entry's key (never renumber: keys are stored).
KINDS: dict[str, tuple[int, tuple[str, ...]]] = {
    "note": (1, (*NOTE_SECTIONS, RATINGS)),
    "amendment": (2, ()),  # one entry per amendment, whatever section it amends
    "goal": (3, GOAL_SECTIONS),
    "screening": (4, SCREENING_SECTIONS),
    "referral": (5, REFERRAL_SECTIONS),
    HISTORY: (6, HISTORY_SECTIONS),
}
SOURCE_BITS = 32
BATCH = 2000
_PENDING = "search_pending"  # session.info: sources noted since the last commit

Row = dict[str, Any]


def entry_key(kind: str, section: str, source_id: int, on_date: dt.date) -> int:
    """An entry's id: its date, kind, section and source id in one integer, newest largest.

    Unique, since a source has one entry per section (an amendment has one);
    at most 2**60, inside a signed 64-bit integer.
    """
    code, sections = KINDS[kind]
    part = sections.index(section) if sections else 0
    if not 0 < source_id < 1 << SOURCE_BITS:
        raise ValueError("source id out of range for the search key")
    return (on_date.toordinal() << 40) | (code << 36) | (part << SOURCE_BITS) | source_id


def day_floor(day: dt.date) -> int:
    """The smallest key of an entry dated ``day``: ``id >= day_floor(d)`` is "on or after d"."""
    return day.toordinal() << 40


def _row(kind: str, source_id: int, section: str, family_id: int, visit_id: int | None,
         on_date: Any, text: str | None, private_to: int | None = None) -> Row | None:  # fmt: skip
    words = index_text(text or "")
    if not words:
        return None
    return {
        "id": entry_key(kind, section, source_id, on_date),
        "kind": kind, "source_id": source_id, "section": section, "family_id": family_id,
        "visit_id": visit_id, "on_date": on_date, "private_to": private_to,
        "body": text, "words": words,
    }  # fmt: skip


def note_rows(visit: Any, ratings: Iterable[str]) -> list[Row]:
    """The entries of one visit note: its sections and its goal ratings' notes."""
    rows = [
        _row("note", visit.id, key, visit.family_id, visit.id, visit.visit_date,
             getattr(visit, key), visit.specialist_id if key in PRIVATE_SECTIONS else None)
        for key in NOTE_SECTIONS
    ]  # fmt: skip
    text = "\n".join(r for r in ratings if r)
    rows.append(_row("note", visit.id, RATINGS, visit.family_id, visit.id, visit.visit_date, text))
    return [r for r in rows if r]


def amendment_rows(amendment: Any, family_id: int) -> list[Row]:
    """The entry of one amendment (private to its author when it amends the reflection)."""
    private = amendment.author_id if amendment.section in PRIVATE_SECTIONS else None
    row = _row("amendment", amendment.id, amendment.section, family_id, amendment.visit_id,
               amendment.created_at.date(), amendment.text, private)  # fmt: skip
    return [row] if row else []


def goal_rows(goal: Any) -> list[Row]:
    """The entries of one goal: statement, baseline, strategies."""
    rows = [_row("goal", goal.id, key, goal.family_id, None, goal.started_on, getattr(goal, key))
            for key in GOAL_SECTIONS]  # fmt: skip
    return [r for r in rows if r]


def screening_rows(screening: Any) -> list[Row]:
    """The entries of one screening: its result and the safety check's action and outcome."""
    rows = [
        _row("screening", screening.id, key, screening.family_id, screening.visit_id,
             screening.given_on, getattr(screening, key))
        for key in SCREENING_SECTIONS
    ]  # fmt: skip
    return [r for r in rows if r]


def referral_rows(referral: Any) -> list[Row]:
    """The entries of one referral: the agency, the reason and the outcome note."""
    rows = [_row("referral", referral.id, key, referral.family_id, None, referral.made_on,
                 getattr(referral, key)) for key in REFERRAL_SECTIONS]  # fmt: skip
    return [r for r in rows if r]


def history_rows(change: Any, family_id: int, outcome: str) -> list[Row]:
    """The entry of one change of a referral's status: the outcome note as it then stood.

    Not while that note is still the referral's outcome (``outcome``): the
    referral's own entry holds it, and one text is one result.
    """
    if change.note == outcome:
        return []
    status = ReferralStatus(change.status).value
    row = _row(HISTORY, change.id, status, family_id, None, change.changed_on, change.note)
    return [row] if row else []


# Kept current by the session -------------------------------------------------


def _visit_of(session: Session, visit_id: int) -> Visit | None:
    return session.get(Visit, visit_id)


def _reindex_visit(session: Session, visit: Visit, gone: bool) -> None:
    _drop(session, "note", [visit.id])
    if gone:
        return
    ratings = session.scalars(
        select(GoalProgress.note).where(GoalProgress.visit_id == visit.id)
    ).all()
    _add(session, note_rows(visit, ratings))


def _reindex_amendment(session: Session, row: Amendment, gone: bool) -> None:
    _drop(session, "amendment", [row.id])
    visit = _visit_of(session, row.visit_id)
    if not gone and visit is not None:
        _add(session, amendment_rows(row, visit.family_id))


def _reindex_goal(session: Session, row: Goal, gone: bool) -> None:
    _drop(session, "goal", [row.id])
    if not gone:
        _add(session, goal_rows(row))


def _reindex_screening(session: Session, row: Screening, gone: bool) -> None:
    _drop(session, "screening", [row.id])
    if not gone:
        _add(session, screening_rows(row))


def _reindex_referral(session: Session, row: Referral, gone: bool) -> None:
    """The referral's entries and its history's (whose notes hang on its outcome)."""
    _drop(session, "referral", [row.id])
    if not gone:
        _add(session, referral_rows(row))
    change = ReferralStatusChange
    # Its changes' entries, and any whose change is gone (deleted by SQL, say, with the referral).
    session.execute(
        delete(TABLE).where(
            TABLE.c.kind == HISTORY,
            TABLE.c.family_id == row.family_id,
            or_(
                TABLE.c.source_id.in_(select(change.id).where(change.referral_id == row.id)),
                ~exists().where(change.id == TABLE.c.source_id),
            ),
        )
    )
    if not gone:
        changes = session.scalars(select(change).where(change.referral_id == row.id)).all()
        _add(session, [r for c in changes for r in history_rows(c, row.family_id, row.outcome)])


_SOURCES: dict[type, Callable[[Session, Any, bool], None]] = {
    Visit: _reindex_visit,
    Amendment: _reindex_amendment,
    Goal: _reindex_goal,
    Screening: _reindex_screening,
    Referral: _reindex_referral,
}


def _drop(session: Session, kind: str, ids: list[int]) -> None:
    session.execute(delete(TABLE).where(TABLE.c.kind == kind, TABLE.c.source_id.in_(ids)))


def _add(session: Session, rows: list[Row]) -> None:
    for row in rows:  # the family's specialist now: the narrow scope's index (revision 0026)
        family = session.get(Family, row["family_id"])
        row["specialist_id"] = family.specialist_id if family is not None else None
    if rows:
        session.execute(insert(TABLE), rows)


def _reassigned(session: Session, family: Family) -> None:
    """A family given to another specialist: its entries follow it (in the same flush)."""
    if inspect(family).attrs.specialist_id.history.has_changes():
        session.execute(
            update(TABLE)
            .where(TABLE.c.family_id == family.id)
            .values(specialist_id=family.specialist_id)
        )


# What a source's entries are made of: a change to anything else (a signature, a version)
# leaves its entries as they are.
_INDEXED: dict[type, tuple[str, ...]] = {
    Visit: (*NOTE_SECTIONS, "visit_date", "family_id", "specialist_id"),
    GoalProgress: ("note", "visit_id"),
    Amendment: ("text", "section", "visit_id", "author_id"),
    Goal: (*GOAL_SECTIONS, "started_on", "family_id"),
    Screening: (*SCREENING_SECTIONS, "given_on", "family_id", "visit_id"),
    Referral: (*REFERRAL_SECTIONS, "made_on", "family_id"),
    ReferralStatusChange: ("note", "status", "changed_on", "referral_id"),
}


def _text_changed(obj: object) -> bool:
    state = inspect(obj)
    names = _INDEXED.get(type(obj), ())
    return any(state.attrs[name].history.has_changes() for name in names)


def index_flushed(session: Session, _flush: UOWTransaction) -> None:
    """``after_flush`` hook: note every searchable row this flush added, changed or deleted.

    A goal rating reindexes its visit (the ratings' notes are a section of the note), a
    change of a referral's status its referral. The entries are written once, when the
    transaction commits (:func:`index_pending`): a note saved in three flushes (the visit,
    its ratings, the planned visit after it) was indexed three times. Inside a savepoint
    they are written at once, to go with it if it is rolled back.
    """
    deleted = set(session.deleted)
    waiting: dict[tuple[type, int], tuple[Any, bool]] = session.info.setdefault(_PENDING, {})
    noted: dict[tuple[type, int], tuple[Any, bool]] = {}
    for obj in [*session.new, *session.dirty, *deleted]:
        if isinstance(obj, Family):
            if obj in session.dirty:
                _reassigned(session, obj)
            continue
        target, gone = obj, obj in deleted
        if isinstance(obj, GoalProgress):
            target = _visit_of(session, obj.visit_id)
            gone = target in deleted
        elif isinstance(obj, ReferralStatusChange):  # reindexes its referral's history
            target = session.get(Referral, obj.referral_id)
            gone = target in deleted
        kind = type(target)
        if target is None or kind not in _SOURCES or (kind, target.id) in noted:
            continue
        if obj in session.dirty and not _text_changed(obj):
            continue
        noted[(kind, target.id)] = (target, gone)
    if session.in_nested_transaction():
        _write_pending(session, noted)
    else:
        waiting.update(noted)


def index_pending(session: Session) -> None:
    """``before_commit`` hook: write the entries of every source noted since the last commit.

    The session's last changes are flushed first (the commit would flush them after this
    hook), so their entries are written too; the entries commit with the write.
    """
    if session.in_nested_transaction():
        return
    session.flush()
    _write_pending(session, session.info.pop(_PENDING, {}))


def forget_pending(session: Session, previous: SessionTransaction) -> None:
    """``after_soft_rollback`` hook: a transaction rolled back takes its noted sources along."""
    if previous.parent is None:
        session.info.pop(_PENDING, None)


def _write_pending(session: Session, noted: dict[tuple[type, int], tuple[Any, bool]]) -> None:
    for (kind, _id), (target, gone) in noted.items():
        _SOURCES[kind](session, target, gone)


# Filled in bulk --------------------------------------------------------------


def _pages(conn: Connection, table: Any, columns: list[Any]) -> Iterator[list[Any]]:
    """The rows of ``table`` in pages of ``BATCH``, by id."""
    last = 0
    while True:
        rows = conn.execute(
            select(*columns).where(table.c.id > last).order_by(table.c.id).limit(BATCH)
        ).all()
        if not rows:
            return
        yield list(rows)
        last = rows[-1].id


def rebuild(conn: Connection, keyed: bool = True) -> int:
    """Index every searchable row again from scratch, in ``conn``'s transaction; the row count.

    For writers that bypass the ORM (demo data, the migration's backfill).
    ``keyed=False`` leaves the ids to the table's sequence (revision 0021's
    table, for the downgrade from 0023). On
    SQLite the FTS5 table is built once at the end (its triggers are set aside
    meanwhile, in the same transaction): row by row it is ten times slower. On
    PostgreSQL the rows go in by ``COPY`` and the GIN index is dropped and made
    again at the end, for the same reason.
    """
    with filled_in_bulk(conn):
        conn.execute(delete(TABLE))
        count = _fill(conn, keyed)
    return count


def _gins(conn: Connection) -> list[str]:
    """The GIN indexes ``search_index`` has now (``GIN_DDL``'s names)."""
    found = index_names(conn)
    return [name for name in GIN_DDL if name in found]


@contextmanager
def filled_in_bulk(conn: Connection) -> Iterator[None]:
    """Set the full-text indexes aside while a bulk writer inserts ``search_index`` rows itself
    (:func:`rebuild`, and the demo generator batch by batch), and make them once at the end.

    On PostgreSQL the GIN indexes are built with more ``maintenance_work_mem``
    (for this transaction only): millions of rows build several times faster.
    """
    sqlite = conn.dialect.name == "sqlite"
    if sqlite:
        for name in SQLITE_TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    gins = [] if sqlite else _gins(conn)
    for name in gins:
        conn.exec_driver_sql(f"DROP INDEX {name}")
    yield
    if sqlite:
        conn.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
        for statement in SQLITE_DDL[1:]:
            conn.exec_driver_sql(statement)
    if gins:
        conn.exec_driver_sql(ROOM_TO_BUILD)
    for name in gins:
        conn.exec_driver_sql(GIN_DDL[name])


def _fill(conn: Connection, keyed: bool) -> int:
    count = 0
    names = inspect(conn)
    columns = {c["name"] for c in names.get_columns(TABLE.name)}
    # Revision 0026's column, and 0022's history table (older revisions' rebuilds run this too)
    specialists = _specialists(conn) if "specialist_id" in columns else None
    history = names.has_table(ReferralStatusChange.__tablename__)

    def _insert(conn: Connection, rows: list[Row]) -> int:
        if specialists is not None:
            for row in rows:
                row["specialist_id"] = specialists.get(row["family_id"])
        if rows:
            if keyed:
                insert_many(conn, TABLE, rows)
            else:
                conn.execute(insert(_UNKEYED), [_unkeyed(r) for r in rows])
        return len(rows)

    visits = Visit.__table__
    cols = [visits.c.id, visits.c.family_id, visits.c.visit_date, visits.c.specialist_id,
            *(visits.c[k] for k in NOTE_SECTIONS)]  # fmt: skip
    progress = GoalProgress.__table__
    for page in _pages(conn, visits, cols):
        low, high = page[0].id, page[-1].id
        ratings: dict[int, list[str]] = {}
        for visit_id, note in conn.execute(
            select(progress.c.visit_id, progress.c.note)
            .where(progress.c.visit_id.between(low, high), progress.c.note != "")
            .order_by(progress.c.visit_id, progress.c.id)
        ):
            ratings.setdefault(visit_id, []).append(note)
        count += _insert(conn, [r for v in page for r in note_rows(v, ratings.get(v.id, ()))])
    amendments = Amendment.__table__
    for page in _pages(conn, amendments, list(amendments.c)):
        families = dict(
            conn.execute(
                select(visits.c.id, visits.c.family_id).where(
                    visits.c.id.in_({a.visit_id for a in page})
                )
            ).all()
        )
        count += _insert(conn, [r for a in page for r in amendment_rows(a, families[a.visit_id])])
    goals, screenings = Goal.__table__, Screening.__table__
    for page in _pages(conn, goals, list(goals.c)):
        count += _insert(conn, [r for g in page for r in goal_rows(g)])
    for page in _pages(conn, screenings, list(screenings.c)):
        count += _insert(conn, [r for s in page for r in screening_rows(s)])
    referrals = Referral.__table__
    for page in _pages(conn, referrals, list(referrals.c)):
        count += _insert(conn, [r for f in page for r in referral_rows(f)])
    for rows in history_pages(conn) if history else ():
        count += _insert(conn, rows)
    return count


def _specialists(conn: Connection) -> dict[int, int]:
    families = Family.__table__
    return dict(conn.execute(select(families.c.id, families.c.specialist_id)).all())


def history_pages(conn: Connection) -> Iterator[list[Row]]:
    """The entries of every referral's status history, a page of changes at a time."""
    changes, referrals = ReferralStatusChange.__table__, Referral.__table__
    cols = [changes.c.id, changes.c.referral_id, changes.c.status, changes.c.changed_on,
            changes.c.note]  # fmt: skip
    for page in _pages(conn, changes, cols):
        of = {
            r.id: r
            for r in conn.execute(
                select(referrals.c.id, referrals.c.family_id, referrals.c.outcome).where(
                    referrals.c.id.in_({c.referral_id for c in page})
                )
            )
        }
        yield [
            r
            for c in page
            for r in history_rows(c, of[c.referral_id].family_id, of[c.referral_id].outcome)
        ]


def index_history(conn: Connection) -> int:
    """(Re)index every referral's status history alone, in ``conn``'s transaction; the count.

    For revision 0026, which adds the kind to an index already filled.
    """
    conn.execute(delete(TABLE).where(TABLE.c.kind == HISTORY))
    if not inspect(conn).has_table(ReferralStatusChange.__tablename__):
        return 0  # a data set made without revision 0022's table: no history to index
    specialists, count = _specialists(conn), 0
    for rows in history_pages(conn):
        for row in rows:
            row["specialist_id"] = specialists.get(row["family_id"])
        if rows:
            insert_many(conn, TABLE, rows)
        count += len(rows)
    return count


# The table as revision 0021 wrote it: ids from its sequence.
_UNKEYED = table(
    "search_index", *(column(c.name) for c in TABLE.c if c.name not in ("id", "specialist_id"))
)


def _unkeyed(row: Row) -> Row:
    return {k: v for k, v in row.items() if k not in ("id", "specialist_id")}
