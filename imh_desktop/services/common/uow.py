"""The unit of work every service call runs in, and the one place permissions are checked.

Contract: one session, one transaction. The acting staff user is loaded and
checked first; the call names the action it performs (a
:class:`~imh_desktop.domain.permissions.Permission`) and the unit checks it
against the permission table for the family concerned before the work is
done. ``audit`` adds the audit event (built by ``audit.audit_row``) to the
same transaction; the whole thing commits once on success and rolls back
whole on any error.

Two doors, so a new service cannot forget either check:

- ``unit_of_work(ctx, permission, family_id=...)`` for writes and for reads
  of things that are not clinical (staff, settings).
- ``reading(ctx, permission, entity, family_id=...)`` for every read of a
  family's records, a report, an export or a print: the same checks, plus
  one audit row written in the same transaction as the read.

When the family is known only after a lookup (a note by its id, a goal), the
service calls ``uow.require(permission, family=row)`` (or ``note=``,
``specialist_id=``, ``scope=``) itself; a unit that ends without the check it
was opened for raises :class:`UncheckedPermissionError` and rolls back. A
refusal is recorded in the audit trail in a transaction of its own.

Audit events are chained (services.audit.chain) at the very end of the unit
of work, after its other writes (the read's audit row too): the chain's lock
is the last one taken and is held only for the inserts and the commit.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import logging
import random
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, ParamSpec, TypeVar

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from imh_desktop.data.db import session_now
from imh_desktop.data.models import Family, StaffUser, Visit
from imh_desktop.data.search import index_pending
from imh_desktop.domain.clock import Clock
from imh_desktop.domain.enums import Role
from imh_desktop.domain.errors import (
    ConflictError,
    DomainError,
    PermissionDeniedError,
    TransientDatabaseError,
)
from imh_desktop.domain.permissions import (
    OUT_OF_SCOPE,
    Permission,
    Relation,
    allowed,
    is_clinician,
    refusal,
)
from imh_desktop.services.audit.chain import (
    UNCHAINED,
    ChainedEvent,
    PendingEvent,
    append_events,
    family_of,
)
from imh_desktop.services.common.access import (
    SCOPE_RELATIONS,
    family_relation,
    load_family,
    note_relation,
    staff_relation,
)
from imh_desktop.services.common.audit import audit_row
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.live import notify_written

# What a read of each kind is called in the audit trail.
READ_ACTIONS: dict[Permission, str] = {
    Permission.READ_FAMILY: "read",
    Permission.REPORT: "report",
    Permission.EXPORT: "export",
    Permission.PRINT: "print",
    Permission.VIEW_TEAM: "read",
    Permission.LOCATE_FAMILY: "locate",
    Permission.READ_SUPERVISION: "read",
    Permission.VIEW_MEASURES: "read",
}


# Units that only read what is not clinical (names, roles, settings): no audit row, so they
# work on a read-only database too.
PLAIN_READS = frozenset({Permission.READ_STAFF, Permission.READ_SETTINGS})


class UncheckedPermissionError(RuntimeError):
    """A service ended its unit of work without checking the permission it opened it for.

    A programming error, never a user's: the transaction is rolled back.
    """


@dataclass
class UnitOfWork:
    session: Session
    actor: StaffUser
    clock: Clock
    permission: Permission
    family: Family | None = None  # the family the unit's permission was checked against
    relation: Relation | None = None
    read_id: int | None = None  # a reading unit's record id, when found inside the unit
    read_detail: dict[str, Any] = field(default_factory=dict)
    checked: bool = False
    _pending: list[tuple[PendingEvent, bool]] = field(default_factory=list)
    chained: list[ChainedEvent] = field(default_factory=list)

    @property
    def today(self) -> dt.date:
        return self.clock.today()

    def now(self) -> dt.datetime:
        """The current time in UTC without a zone, as stored."""
        return self.clock.utc_now()

    def audit(self, action: str, entity: str, entity_id: int | None, **detail: Any) -> None:
        """Record who did what to which record, in this transaction.

        The event is filed under ``detail["family_id"]`` when given, else under
        the family of the record (a visit, goal, caregiver, child, screening,
        alert, or the family itself). It is chained when the unit of work ends.
        The detail keys ``action``, ``entity`` and ``entity_id`` are taken.
        """
        self._pending.append(_pending(self.now(), self.actor.id, action, entity, entity_id, detail))

    def write_audit(self) -> list[ChainedEvent]:
        """Chain the events recorded so far (done by ``unit_of_work`` before it commits)."""
        if not self._pending:
            return []
        chained = _chain(self.session, self._pending)
        self._pending.clear()
        self.chained.extend(chained)
        return chained

    # Permission checks ---------------------------------------------------
    def relation_to(
        self, family: Family | None = None, *, note: Visit | None = None,
        specialist_id: int | None = None,
    ) -> Relation:  # fmt: skip
        """How the actor stands to ``family``, ``note`` or staff member ``specialist_id``."""
        if note is not None:
            return note_relation(self.session, self.actor, note, self.now())
        if family is not None:
            return family_relation(self.session, self.actor, family, self.now())
        if specialist_id is not None:
            return staff_relation(self.session, self.actor, specialist_id)
        return Relation.AGENCY

    def may(
        self, permission: Permission, family: Family | None = None, *,
        note: Visit | None = None, specialist_id: int | None = None,
    ) -> bool:  # fmt: skip
        """True when the actor may do ``permission`` (no refusal raised, nothing marked)."""
        relation = self.relation_to(family, note=note, specialist_id=specialist_id)
        return allowed(self.actor.role, permission, relation)

    def require(
        self, permission: Permission | None = None, family: Family | None = None, *,
        note: Visit | None = None, specialist_id: int | None = None,
    ) -> Relation:  # fmt: skip
        """Refuse with PermissionDeniedError unless the permission table allows it.

        ``permission`` defaults to the one the unit was opened for; the check
        is about ``family``, ``note`` (its family and its author) or the staff
        member ``specialist_id``, or the agency when none is given.
        """
        permission = permission or self.permission
        if permission.about_family and family is None and note is None and specialist_id is None:
            raise UncheckedPermissionError(f"{permission.name} needs a family to be checked")
        relation = self.relation_to(family, note=note, specialist_id=specialist_id)
        self._check(permission, relation)
        if family is not None and permission is self.permission and self.family is None:
            self.family, self.relation = family, relation
        return relation

    def require_scope(self, scope: str, permission: Permission | None = None) -> None:
        """Refuse a list of families in ``scope`` ("mine", "team", "all") the actor may not see."""
        permission = permission or self.permission
        relations = SCOPE_RELATIONS.get(scope)
        if relations is None:
            raise DomainError(f"Unknown caseload scope '{scope}'.", "scope")
        refused = [r for r in relations if not allowed(self.actor.role, permission, r)]
        if refused:
            raise PermissionDeniedError(_scope_refusal(self.actor.role, permission, scope))
        if permission is self.permission:
            self.checked = True

    def require_families(
        self, families: Iterable[Family], permission: Permission | None = None
    ) -> None:
        """Refuse unless ``permission`` is allowed for every one of ``families``."""
        permission = permission or self.permission
        for family in families:
            self._check(permission, self.relation_to(family))
        if permission is self.permission:
            self.checked = True

    def _check(self, permission: Permission, relation: Relation) -> None:
        if not allowed(self.actor.role, permission, relation):
            field = OUT_OF_SCOPE if relation is Relation.OTHER else "permission"
            raise PermissionDeniedError(refusal(self.actor.role, permission, relation), field)
        if permission is self.permission:
            self.checked = True


def _pending(
    at: dt.datetime, staff_id: int | None, action: str, entity: str, entity_id: int | None,
    detail: dict[str, Any],
) -> tuple[PendingEvent, bool]:  # fmt: skip
    """The event to chain (its columns from ``audit_row``), and whether its family is known."""
    family_id = detail.get("family_id")
    known = isinstance(family_id, int) and not isinstance(family_id, bool)
    row = audit_row(
        at=at, staff_id=staff_id, action=action, entity=entity, entity_id=entity_id,
        detail=detail,
    )  # fmt: skip
    return PendingEvent(UNCHAINED, **row, family_id=family_id if known else None), known


def _chain(session: Session, pending: list[tuple[PendingEvent, bool]]) -> list[ChainedEvent]:
    # The changes flushed and their search entries written (else the commit would): not
    # while the chain's head is locked.
    index_pending(session)
    events = [
        e if known else dataclasses.replace(e, family_id=family_of(session, e.entity, e.entity_id))
        for e, known in pending
    ]
    # PostgreSQL: colleagues hear of it once this commits. Sent before the chain's head is
    # locked, so the lock is held for as few round trips as possible.
    notify_written(session, events)
    return append_events(session, events)


def write_audit(
    session: Session,
    staff_id: int | None,
    action: str,
    entity: str,
    entity_id: int | None,
    **detail: Any,
) -> None:
    """Chain one audit event in ``session``'s transaction, now.

    For work outside a unit of work: sign-in, which is audited before there is
    an acting user (``staff_id`` None for a username that matches no account).
    The event is timed by the session's clock. The chain's head stays locked
    until the session commits, so call it last.
    """
    _chain(session, [_pending(session_now(session), staff_id, action, entity, entity_id, detail)])


def _scope_refusal(role: Role, permission: Permission, scope: str) -> str:
    if not is_clinician(role):
        return refusal(role, permission, Relation.OWN)
    if scope == "team":
        return "Only a supervisor can list a whole team's families."
    if scope == "all":
        return (
            "Families outside your caseload are not listed. In an emergency, open one with "
            "File > Open family by case number."
        )
    return refusal(role, permission, Relation.OWN)


def _actor(session: Session, user_id: int) -> StaffUser:
    actor = session.get(StaffUser, user_id)
    if actor is None or not actor.active:
        raise PermissionDeniedError(
            "This staff account is unknown or inactive. Ask an administrator.", "actor"
        )
    return actor


def _record_refusal(
    ctx: ServiceContext, permission: Permission, entity: str, entity_id: int | None
) -> None:
    """Keep a refused attempt in the audit trail (its own transaction: the work rolled back)."""
    if ctx.db.read_only:  # nothing can be written to a read-only file
        return
    try:
        with ctx.db.session(ctx.clock) as session:
            actor = session.get(StaffUser, ctx.user_id)
            if actor is None:
                return
            uow = UnitOfWork(session, actor, ctx.clock, permission)
            uow.audit("denied", entity, entity_id, permission=permission.name)
            uow.write_audit()
    except Exception:  # the refusal itself must reach the user, whatever happens here
        logging.getLogger(__name__).warning("A refused attempt could not be recorded.")


@contextmanager
def _unit(
    ctx: ServiceContext, permission: Permission, family_id: int | None,
    read: tuple[str, int | None, dict[str, Any]] | None,
) -> Iterator[UnitOfWork]:  # fmt: skip
    entity = read[0] if read else "family"
    marked: list[int] = []
    committed = False
    try:
        # A read-only file (opened so, or in a read-only folder) is read without a transaction
        # that writes, and keeps no audit row; a write there is refused by ``Database.session``.
        reads_only = ctx.db.read_only and (read is not None or permission in PLAIN_READS)
        with ctx.db.read() if reads_only else ctx.db.session(ctx.clock) as session:
            uow = UnitOfWork(session, _actor(session, ctx.user_id), ctx.clock, permission)
            if not permission.about_family:
                uow.require(permission)
            elif family_id is not None:
                uow.require(permission, load_family(session, family_id))
            yield uow
            if not uow.checked:
                raise UncheckedPermissionError(
                    f"the service never checked {permission.name}; nothing was saved"
                )
            if read is not None and not reads_only:
                entity_id = read[1] if read[1] is not None else uow.read_id
                if entity_id is None and uow.family is not None:
                    entity_id = uow.family.id
                detail = {**read[2], **uow.read_detail}
                if uow.family is not None and entity != "family":
                    detail.setdefault("family_id", uow.family.id)
                uow.audit(READ_ACTIONS[permission], entity, entity_id, **detail)
            if not reads_only:
                uow.write_audit()
                if ctx.db.is_sqlite:  # live updates skip what this process wrote (see .live)
                    marked = [e.seq for e in uow.chained]
                    ctx.db.own_writes.mark(marked)
        committed = True
    except StaleDataError as exc:
        raise ConflictError(
            "Someone else saved this record at the same moment. Reopen it and try again."
        ) from exc
    except PermissionDeniedError as exc:
        if exc.field != "actor":
            _record_refusal(ctx, permission, entity, read[1] if read and read[1] else family_id)
        raise
    finally:
        if marked and not committed:  # rolled back: those numbers will be someone else's
            ctx.db.own_writes.unmark(marked)


@contextmanager
def unit_of_work(
    ctx: ServiceContext, permission: Permission, *, family_id: int | None = None
) -> Iterator[UnitOfWork]:
    """Open a transaction acting as ``ctx.user_id`` for ``permission``; commit or roll back whole.

    With ``family_id`` the family is loaded (``uow.family``) and checked at
    once; otherwise a family-level permission must be checked inside with
    ``uow.require``. Reads of clinical records go through :func:`reading`.
    """
    if permission in READ_ACTIONS:
        raise UncheckedPermissionError(f"{permission.name} is a read: open it with reading()")
    with _unit(ctx, permission, family_id, None) as uow:
        yield uow


@contextmanager
def reading(
    ctx: ServiceContext, permission: Permission, entity: str, *,
    family_id: int | None = None, entity_id: int | None = None, **detail: Any,
) -> Iterator[UnitOfWork]:  # fmt: skip
    """A checked read that leaves one audit row, written in the read's own transaction.

    The row says who (the actor), when (the clock), what action (read,
    report, export, print, locate by ``permission``), which record
    (``entity`` and ``entity_id``, else ``uow.read_id``, else the family
    checked) and ``detail`` plus ``uow.read_detail``. A list is one row.
    """
    if permission not in READ_ACTIONS:
        raise UncheckedPermissionError(f"{permission.name} is not a read")
    with _unit(ctx, permission, family_id, (entity, entity_id, detail)) as uow:
        yield uow


@contextmanager
def checked_long_read(ctx: ServiceContext, permission: Permission) -> Iterator[Session]:
    """A long read outside any writing transaction (the audit trail's check, a minute on a
    large database): ``permission`` checked in a unit of its own first (a refusal recorded
    as any other), then a read-only session. On SQLite a writing transaction would hold the
    write lock for the whole read, and every save in the app would wait for it. The caller
    records what it did in a unit of work afterwards."""
    with unit_of_work(ctx, permission):
        pass
    with ctx.db.read() as session:
        yield session


# Pauses before running a unit again after the server rolled it back; the last failure is
# reported to the user. Jittered so two clients that collided do not collide again.
RETRY_DELAYS_S = (0.02, 0.1, 0.4)
# Units run again in this process, by function name; a load test or diagnostics reads it.
retried: Counter[str] = Counter()

P = ParamSpec("P")
T = TypeVar("T")


def retry_transient(fn: Callable[P, T]) -> Callable[P, T]:
    """Run a service again when the server rolled its transaction back (deadlock, serialization).

    Only for a function that is ONE unit of work (one transaction, nothing
    committed before it): a :class:`TransientDatabaseError` means that
    transaction was aborted whole, so nothing of it was saved and running it
    again cannot save anything twice. Any other error (a conflict, a lost
    connection whose commit may have happened) is never retried. After
    ``RETRY_DELAYS_S`` the error reaches the user in plain words.
    """

    @functools.wraps(fn)
    def run(*args: P.args, **kwargs: P.kwargs) -> T:
        for delay in (*RETRY_DELAYS_S, None):
            try:
                return fn(*args, **kwargs)
            except TransientDatabaseError:
                if delay is None:
                    raise
                retried[fn.__name__] += 1
                logging.getLogger(__name__).info("%s rolled back by the server; retrying",
                                                 fn.__name__)  # fmt: skip
                time.sleep(delay * (0.5 + random.random()))
        raise AssertionError("unreachable")  # pragma: no cover

    return run
