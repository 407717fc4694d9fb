"""Appending to the audit chain, one transaction at a time.

Contract: :func:`append_events` runs inside the caller's transaction, after
its other writes are flushed. It first UPDATEs the chain's head row
(``audit_chain``), which on SQLite takes the database's write lock and on
PostgreSQL locks that row until commit; only then does it read the head's
hash and compute the new events' hashes. A second transaction appending at
the same moment waits at that UPDATE and then builds on the first one's
events, so the chain never forks. Both commit or roll back whole with the
caller's work: a rolled-back append leaves no gap in ``seq``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select, text, update
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

HEAD_ID = 1
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
_LOCK_HEAD = "UPDATE audit_chain SET seq = seq + {n} WHERE id = 1"
_READ_HEAD = "SELECT seq, head_hash FROM audit_chain WHERE id = 1"
_INSERT = AuditEvent.__table__.insert()  # type: ignore[attr-defined]
_MOVE_HEAD = text("UPDATE audit_chain SET head_hash = :h WHERE id = 1")
# Events sent as one multi-row statement on PostgreSQL (ten parameters each: the server takes
# at most 65,535 in a statement, so an import of thousands of families goes the other way).
ONE_STATEMENT_EVENTS = 1000


def append_events(session: Session, events: Sequence[PendingEvent]) -> list[ChainedEvent]:
    """Chain ``events`` after the current head, in order, in the session's transaction."""
    if not events:
        return []
    session.flush()
    conn = session.connection()
    lock = _LOCK_HEAD.format(n=len(events))
    if conn.dialect.name == "postgresql":  # one round trip: lock and read the head
        head = conn.exec_driver_sql(lock + " RETURNING seq, head_hash").one_or_none()
    elif conn.exec_driver_sql(lock).rowcount == 1:
        head = conn.exec_driver_sql(_READ_HEAD).one_or_none()
    else:
        head = None
    if head is None:
        raise RuntimeError("The audit chain's head row is missing; upgrade the database.")
    last_seq, prev = head
    seq = last_seq - len(events)
    rows, chained = [], []
    for event in events:
        seq += 1
        content = dataclasses.replace(event, seq=seq)
        digest = event_hash(content, prev)
        rows.append({**dataclasses.asdict(content), "prev_hash": prev, "hash": digest})
        chained.append(ChainedEvent(seq, digest))
        prev = digest
    if conn.dialect.name == "postgresql" and len(rows) <= ONE_STATEMENT_EVENTS:
        # The head stays locked until commit, and every audited unit of the agency waits
        # for it: the events and the head's new hash go in one statement (one round trip).
        moved = update(AuditChain).where(AuditChain.id == HEAD_ID).values(head_hash=prev)
        conn.execute(_INSERT.values(rows).add_cte(moved.cte("moved_head")))
    else:
        conn.execute(_INSERT, rows)
        conn.execute(_MOVE_HEAD, {"h": prev})
    return chained


def chain_head(session: Session) -> tuple[int, str]:
    """(seq, hash) of the last event the head row records: (0, GENESIS) when none."""
    row = session.execute(
        select(AuditChain.seq, AuditChain.head_hash).where(AuditChain.id == HEAD_ID)
    ).one_or_none()
    if row is None:
        raise RuntimeError("The audit chain's head row is missing; upgrade the database.")
    return int(row[0]), str(row[1])
