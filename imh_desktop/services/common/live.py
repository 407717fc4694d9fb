"""Colleagues' committed writes, brought to this program as :class:`Change` records.

Every write in the program leaves audit events in its own transaction
(``uow.audit``); an event's action, entity and family say which part of
which record changed. This module turns those into changes, and gives each
backend one way to hear about other processes' commits:

- **PostgreSQL**: ``notify_written`` runs ``pg_notify`` in the writing
  transaction itself, so the notice is delivered only if it commits. The
  payload is ``"<family id>:<part>,<part>"`` and nothing else (ids are not
  PHI; no name, no text). :class:`PgListener` LISTENs on a connection of its
  own and waits on it with a timeout.
- **SQLite** (plain or SQLCipher): :class:`SqlitePoller` asks ``PRAGMA
  data_version`` on a connection of its own; the number moves only when
  another connection committed. Then it reads the audit events after the last
  one it saw, one short query: SQLite appends to lane 0 of the audit chain
  only (services.audit.chain), where ``seq`` is indexed with the lane and
  gap-free.

A process does not hear its own writes back: the units of work mark the
audit ``seq`` numbers they committed (SQLite) and the engine records its
connections' backend pids (PostgreSQL) on the :class:`Database`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from sqlalchemy import Connection, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from imh_desktop.data.db import Database
from imh_desktop.domain.integrity import EventContent
from imh_desktop.services.common.changes import Change, Part

log = logging.getLogger(__name__)

CHANNEL = "imh_changes"
# Everything may have changed (a listener reconnected after missing notices).
EVERYTHING = Change(frozenset(Part), None)
GATHER_S = 0.05  # PostgreSQL: notices this close behind the first are delivered with it
BATCH = 2_000  # audit events read per poll at most; the rest at the next poll

# Audit actions that change nothing another person sees (reads, sign-ins, checks).
QUIET_ACTIONS = frozenset({
    "read", "report", "export", "print", "locate", "denied", "verify", "check", "backup",
    "sign_in", "sign_in_failed", "sign_out", "lock", "emergency_access", "change_password",
    "reset_password", "recover_with_key", "set_up",
})  # fmt: skip
ENTITY_PARTS: dict[str, tuple[Part, ...]] = {
    "family": (Part.FAMILY,),
    "caregiver": (Part.MEMBERS,),
    "child": (Part.MEMBERS,),
    "goal": (Part.GOALS,),
    "visit": (Part.VISITS, Part.DRAFTS),
    "note_draft": (Part.DRAFTS,),
    "screening": (Part.SCREENINGS, Part.ALERTS),
    "alert": (Part.ALERTS,),
    "stressor": (Part.CONTEXT,),
    "factor_rating": (Part.CONTEXT,),
    "consent": (Part.CONTEXT,),
    "release": (Part.CONTEXT,),
    "referral": (Part.CONTEXT,),
    "staff_user": (Part.STAFF,),
    "supervision": (Part.STAFF,),
    "agency_settings": (Part.SETTINGS,),
}
AGENCY_PARTS = frozenset({Part.STAFF, Part.SETTINGS})  # changes about no one family


def change_of(action: str, entity: str, family_id: int | None) -> Change | None:
    """The change an audit event records, or None when it changed nothing shown."""
    parts = ENTITY_PARTS.get(entity)
    if action in QUIET_ACTIONS or parts is None:
        return None
    if family_id is None and not AGENCY_PARTS.intersection(parts):
        return None
    return Change.of(None if AGENCY_PARTS.intersection(parts) else family_id, *parts)


def coalesce(changes: Iterable[Change | None]) -> list[Change]:
    """One change per family (and one agency-wide), the parts of a burst merged, in order."""
    merged: dict[int | None, frozenset[Part]] = {}
    for change in changes:
        if change is not None:
            merged[change.family_id] = merged.get(change.family_id, frozenset()) | change.parts
    return [Change(parts, family_id) for family_id, parts in merged.items()]


def payload(change: Change) -> str:
    """The NOTIFY text of ``change``: its family id and part names only."""
    family = "" if change.family_id is None else str(change.family_id)
    return family + ":" + ",".join(sorted(p.value for p in change.parts))


def parse_payload(text_: str) -> Change | None:
    """The change a NOTIFY text names (None for anything malformed)."""
    family, sep, names = text_.partition(":")
    try:
        parts = frozenset(Part(name) for name in names.split(",") if name)
        family_id = int(family) if family else None
    except ValueError:
        return None
    return Change(parts, family_id) if sep and parts else None


def notify_written(session: Session, events: Sequence[EventContent]) -> None:
    """On PostgreSQL, announce the changes ``events`` record, in the session's transaction."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for change in coalesce(change_of(e.action, e.entity, e.family_id) for e in events):
        session.execute(text("SELECT pg_notify(:c, :p)"), {"c": CHANNEL, "p": payload(change)})


class ChangeSource(Protocol):
    """Where other processes' changes come from; one thread waits on it."""

    def wait(self, timeout: float) -> list[Change]:
        """Changes committed by others since the last call, waiting up to ``timeout`` seconds."""
        ...

    def close(self) -> None: ...


def open_source(db: Database) -> ChangeSource:
    """The backend's way to hear of other processes' commits, on a connection of its own."""
    return SqlitePoller(db) if db.is_sqlite else PgListener(db)


class SqlitePoller:
    """``PRAGMA data_version`` on its own connection; the audit events after the last seen."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.conn: Connection = db.engine.connect()
        db.own_writes.watch(True)  # from now on this process's units mark what they commit
        try:
            self.version = self._data_version()
            last = self.conn.exec_driver_sql(
                "SELECT coalesce(max(seq), 0) FROM audit_events WHERE lane = 0"
            )
            self.last_seq = int(last.scalar() or 0)
            self.conn.rollback()
        except BaseException:
            self.close()
            raise
        db.own_writes.take_until(self.last_seq)  # already counted in: forget their marks
        self.polls = self.queries = 0  # for the cost measured in docs/architecture.md

    def _data_version(self) -> int:
        return int(self.conn.exec_driver_sql("PRAGMA data_version").scalar() or 0)

    def wait(self, timeout: float) -> list[Change]:
        """Poll once (the caller sleeps ``timeout`` between polls)."""
        self.polls += 1
        version = self._data_version()
        self.conn.rollback()  # hold no read snapshot between polls
        if version == self.version:
            return []
        self.version = version
        return self.read_new()

    def read_new(self) -> list[Change]:
        """The changes of the audit events after the last one seen, others' only."""
        self.queries += 1
        rows = self.conn.execute(
            text(
                "SELECT seq, action, entity, family_id FROM audit_events "
                "WHERE lane = 0 AND seq > :last ORDER BY seq LIMIT :n"
            ),
            {"last": self.last_seq, "n": BATCH},
        ).all()
        self.conn.rollback()
        if len(rows) == BATCH:
            self.version = -1  # more to read: poll again next time whatever the version says
        if not rows:
            return []
        self.last_seq = int(rows[-1][0])
        own = self.db.own_writes.take_until(self.last_seq)
        return coalesce(change_of(r[1], r[2], r[3]) for r in rows if r[0] not in own)

    def close(self) -> None:
        self.db.own_writes.watch(False)
        self.conn.close()


class PgListener:
    """LISTEN on its own autocommit psycopg connection, waiting on it with a timeout."""

    def __init__(self, db: Database) -> None:
        import psycopg

        self.db = db
        url = make_url(db.url).set(drivername="postgresql")
        self.conn: Any = psycopg.connect(
            url.render_as_string(hide_password=False), autocommit=True, connect_timeout=10
        )
        self.conn.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout: float) -> list[Change]:
        """Others' commits: the first notice within ``timeout`` s and those just behind it."""
        notices = list(self.conn.notifies(timeout=timeout, stop_after=1))
        if notices:  # a burst: what follows within GATHER_S comes in the same batch
            notices += self.conn.notifies(timeout=GATHER_S)
        mine = self.db.own_writes.backends
        return coalesce(parse_payload(n.payload) for n in notices if n.pid not in mine)

    def close(self) -> None:
        self.conn.close()
