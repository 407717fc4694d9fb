"""Appending to the audit chain, one transaction at a time per lane.

The chain is made of independent lanes (revision 0028): ``audit_chain`` has
one head row per lane (its ``id`` is the lane), and each event is linked to
the event before it in its own lane. Contract: :func:`append_events` runs
inside the caller's transaction, after its other writes are flushed. It
first UPDATEs one lane's head row, which on SQLite takes the database's
write lock and on PostgreSQL locks that row until commit; only then does it
read the head's hash and compute the new events' hashes. A second
transaction appending to the same lane at the same moment waits at that
UPDATE and then builds on the first one's events, so a lane never forks.
Both commit or roll back whole with the caller's work: a rolled-back append
leaves no gap in the lane's ``seq``.

Which lane: SQLite has one writer at a time anyway, so it always appends to
lane 0. On PostgreSQL a transaction takes the first lane no other
transaction holds (``FOR UPDATE SKIP LOCKED``), starting from one its
connection prefers (the server process id modulo the lanes, or the lane it
already holds), so concurrent units rarely wait for each other; only when
every lane is held does it wait for its preferred one.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Insert, bindparam, select, text, update
from sqlalchemy.orm import Session

from imh_desktop.data.models import (
    Alert,
    AuditChain,
    AuditEvent,
    Caregiver,
    Child,
    Goal,
    Screening,
    Visit,
)
from imh_desktop.domain.integrity import EventContent, event_hash

LANES = 16  # the head rows revision 0028 makes; lanes are numbered 0 .. LANES - 1
_HELD = "imh_audit_lane"  # session.info: the lane this session appended to last
# Entities whose rows name their family: an event about one is filed under that family.
_FAMILY_OF = {
    "visit": Visit,
    "goal": Goal,
    "caregiver": Caregiver,
    "child": Child,
    "screening": Screening,
    "alert": Alert,
}


# An event waiting for the end of its unit of work to be chained: the domain's
# EventContent with ``seq`` 0 until :func:`append_events` gives it its place.
PendingEvent = EventContent
UNCHAINED = 0


@dataclass(frozen=True)
class ChainedEvent:
    seq: int
    hash: str
    lane: int = 0


def family_of(session: Session, entity: str, entity_id: int | None) -> int | None:
    """The family an event about ``entity`` ``entity_id`` concerns, when it has one."""
    if entity_id is None:
        return None
    if entity == "family":
        return entity_id
    model = _FAMILY_OF.get(entity)
    if model is None:
        return None
    row = session.get(model, entity_id)  # usually already in the session: no query
    family_id = getattr(row, "family_id", None)
    return int(family_id) if family_id is not None else None


# Plain SQL, no ORM: an audited write pays for four short statements on its connection.
_LOCK_HEAD = "UPDATE audit_chain SET seq = seq + {n} WHERE id = {lane}"
_READ_HEAD = "SELECT seq, head_hash FROM audit_chain WHERE id = {lane}"
# PostgreSQL: lock the first lane nobody holds, from the preferred one on (wrapping round);
# when all are held, wait for the preferred one. One round trip: lock and read the head.
# Preferred: the lane this session holds, else the server process's id modulo LANES (steady
# for a connection, spread over a pool's and the agency's connections).
_PREFERRED = f"coalesce(CAST(:held AS integer), pg_backend_pid() % {LANES})"
_TAKE_LANE = text(
    "UPDATE audit_chain SET seq = seq + :n WHERE id = coalesce(("
    f"SELECT id FROM audit_chain ORDER BY id < {_PREFERRED}, id "
    f"LIMIT 1 FOR UPDATE SKIP LOCKED), {_PREFERRED}) RETURNING id, seq, head_hash"
)
_INSERT = AuditEvent.__table__.insert()  # type: ignore[attr-defined]
_MOVE_HEAD = text("UPDATE audit_chain SET head_hash = :h WHERE id = :lane")
# Events sent as one multi-row statement on PostgreSQL (eleven parameters each: the server
# takes at most 65,535 in a statement, so an import of thousands of families goes the other way).
ONE_STATEMENT_EVENTS = 1000


@functools.lru_cache(maxsize=4)
def _one_event_moving_head(keys: tuple[str, ...]) -> Insert:
    """One event and the head's new hash in one statement, built once per column list.

    Its parameters are ``e_<column>`` (a parameter named as a column would also set that
    column of the head's row) and ``lane_`` and ``head_``.
    SQLAlchemy caches a single-row VALUES (a list of rows it compiles on every call),
    and nearly every unit of work appends one event.
    """
    moved = (
        update(AuditChain)
        .where(AuditChain.id == bindparam("lane_"))
        .values(head_hash=bindparam("head_"))
    )
    row: dict[str, Any] = {k: bindparam(f"e_{k}") for k in keys}
    statement: Insert = _INSERT.values(row).add_cte(moved.cte("moved_head"))
    return statement


def _lock_head(session: Session, n: int, lane: int | None) -> tuple[int, int, str]:
    """Lock one lane's head for ``n`` more events: (lane, its new last seq, its hash)."""
    conn = session.connection()
    head: Any = None
    if conn.dialect.name == "postgresql" and lane is None:
        head = conn.execute(_TAKE_LANE, {"n": n, "held": session.info.get(_HELD)}).one_or_none()
    elif conn.exec_driver_sql(_LOCK_HEAD.format(n=n, lane=int(lane or 0))).rowcount == 1:
        seq_hash = conn.exec_driver_sql(_READ_HEAD.format(lane=int(lane or 0))).one_or_none()
        head = None if seq_hash is None else (int(lane or 0), *seq_hash)
    if head is None:
        raise RuntimeError("The audit chain's head row is missing; upgrade the database.")
    session.info[_HELD] = int(head[0])
    return int(head[0]), int(head[1]), str(head[2])


def append_events(
    session: Session, events: Sequence[PendingEvent], lane: int | None = None
) -> list[ChainedEvent]:
    """Chain ``events`` after the head of one lane, in order, in the session's transaction.

    The lane is chosen as the module says; a given ``lane`` (0 .. LANES - 1) is
    used instead, waiting for it if another transaction holds it.
    """
    if not events:
        return []
    session.flush()
    conn = session.connection()
    lane, last_seq, prev = _lock_head(session, len(events), lane)
    seq = last_seq - len(events)
    rows, chained = [], []
    for event in events:
        seq += 1
        content = dataclasses.replace(event, seq=seq, lane=lane)
        digest = event_hash(content, prev)
        rows.append({**dataclasses.asdict(content), "prev_hash": prev, "hash": digest})
        chained.append(ChainedEvent(seq, digest, lane))
        prev = digest
    if conn.dialect.name == "postgresql" and len(rows) <= ONE_STATEMENT_EVENTS:
        # The lane stays locked until commit: the events and the head's new hash go in one
        # statement (one round trip).
        if len(rows) == 1:
            statement = _one_event_moving_head(tuple(rows[0]))
            params = {f"e_{k}": value for k, value in rows[0].items()}
            conn.execute(statement, {**params, "lane_": lane, "head_": prev})
        else:
            moved = update(AuditChain).where(AuditChain.id == lane).values(head_hash=prev)
            conn.execute(_INSERT.values(rows).add_cte(moved.cte("moved_head")))
    else:
        conn.execute(_INSERT, rows)
        conn.execute(_MOVE_HEAD, {"h": prev, "lane": lane})
    return chained


def chain_heads(session: Session) -> dict[int, tuple[int, str]]:
    """Every lane's head: {lane: (seq, hash) of its last event}, (0, GENESIS) for an empty lane."""
    rows = session.execute(
        select(AuditChain.id, AuditChain.seq, AuditChain.head_hash).order_by(AuditChain.id)
    ).all()
    if not rows:
        raise RuntimeError("The audit chain's head row is missing; upgrade the database.")
    return {int(r[0]): (int(r[1]), str(r[2])) for r in rows}


def chain_head(session: Session, lane: int = 0) -> tuple[int, str]:
    """(seq, hash) of the last event one lane's head row records: (0, GENESIS) when none."""
    head = chain_heads(session).get(lane)
    if head is None:
        raise RuntimeError("The audit chain's head row is missing; upgrade the database.")
    return head
