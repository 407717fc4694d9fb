"""The unit of work every service call runs in.

Contract: one session, one transaction. The acting staff user is loaded and
checked first; ``audit`` adds the audit event (built by ``audit.audit_row``)
to the same transaction; the whole thing commits once on success and rolls
back whole on any error.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from imh_desktop.data.db import session_now
from imh_desktop.data.models import AuditEvent, StaffUser
from imh_desktop.domain.clock import Clock
from imh_desktop.domain.enums import Role
from imh_desktop.domain.errors import ConflictError, DomainError, PermissionDeniedError
from imh_desktop.services.common.audit import audit_row
from imh_desktop.services.common.context import ServiceContext


@dataclass
class UnitOfWork:
    session: Session
    actor: StaffUser
    clock: Clock

    @property
    def today(self) -> dt.date:
        return self.clock.today()

    def now(self) -> dt.datetime:
        """The current time in UTC without a zone, as stored."""
        return self.clock.utc_now()

    def audit(self, action: str, entity: str, entity_id: int | None, **detail: Any) -> None:
        """Record who did what to which record, in this transaction."""
        write_audit(self.session, self.actor.id, action, entity, entity_id, **detail)

    def require_role(self, *roles: Role) -> None:
        if self.actor.role not in roles:
            # the role values are the words of the message ("specialist", "supervisor", "admin")
            allowed = " or ".join(r.value for r in roles)
            raise PermissionDeniedError(f"Only a {allowed} can do this.")


def write_audit(
    session: Session,
    staff_id: int | None,
    action: str,
    entity: str,
    entity_id: int | None,
    **detail: Any,
) -> None:
    """Add one audit event to ``session``'s transaction.

    Every audit row a service writes goes through here: ``UnitOfWork.audit``
    for signed-in work, and sign-in itself, which is audited before there is
    an acting user (``staff_id`` None for a username that matches no account).
    The row is built by ``audit.audit_row``, as the demo generator's are, and
    timed by the session's clock.
    """
    row = audit_row(
        at=session_now(session),
        staff_id=staff_id,
        action=action,
        entity=entity,
        entity_id=entity_id,
        detail=detail,
    )
    session.add(AuditEvent(**row))


@contextmanager
def unit_of_work(ctx: ServiceContext) -> Iterator[UnitOfWork]:
    """Open a transaction acting as ``ctx.user_id``; commit or roll back whole."""
    try:
        with ctx.db.session(ctx.clock) as session:
            actor = session.get(StaffUser, ctx.user_id)
            if actor is None or not actor.active:
                raise DomainError("The acting staff user is unknown or inactive.", "actor")
            yield UnitOfWork(session, actor, ctx.clock)
    except StaleDataError as exc:
        raise ConflictError(
            "Someone else saved this record at the same moment. Reopen it and try again."
        ) from exc
