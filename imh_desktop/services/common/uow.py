"""The unit of work every service call runs in.

Contract: one session, one transaction. The acting staff user is loaded and
checked first; ``audit`` adds the audit event (built by ``audit.audit_row``)
to the same transaction; the whole thing commits once on success and rolls
back whole on any error.

Audit events are chained (services.audit.chain) at the very end of the unit
of work, after its other writes: the chain's lock is the last one taken and
is held only for the inserts and the commit.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from imh_desktop.data.db import session_now
from imh_desktop.data.models import StaffUser
from imh_desktop.domain.clock import Clock
from imh_desktop.domain.enums import Role
from imh_desktop.domain.errors import ConflictError, DomainError, PermissionDeniedError
from imh_desktop.services.audit.chain import ChainedEvent, PendingEvent, append_events, family_of
from imh_desktop.services.common.audit import audit_row
from imh_desktop.services.common.context import ServiceContext


@dataclass
class UnitOfWork:
    session: Session
    actor: StaffUser
    clock: Clock
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

    def require_role(self, *roles: Role) -> None:
        if self.actor.role not in roles:
            # the role values are the words of the message ("specialist", "supervisor", "admin")
            allowed = " or ".join(r.value for r in roles)
            raise PermissionDeniedError(f"Only a {allowed} can do this.")


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
    return PendingEvent(**row, family_id=family_id if known else None), known


def _chain(session: Session, pending: list[tuple[PendingEvent, bool]]) -> list[ChainedEvent]:
    session.flush()
    events = [
        e if known else dataclasses.replace(e, family_id=family_of(session, e.entity, e.entity_id))
        for e, known in pending
    ]
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


@contextmanager
def unit_of_work(ctx: ServiceContext) -> Iterator[UnitOfWork]:
    """Open a transaction acting as ``ctx.user_id``; commit or roll back whole."""
    try:
        with ctx.db.session(ctx.clock) as session:
            actor = session.get(StaffUser, ctx.user_id)
            if actor is None or not actor.active:
                raise DomainError("The acting staff user is unknown or inactive.", "actor")
            uow = UnitOfWork(session, actor, ctx.clock)
            yield uow
            uow.write_audit()
    except StaleDataError as exc:
        raise ConflictError(
            "Someone else saved this record at the same moment. Reopen it and try again."
        ) from exc
