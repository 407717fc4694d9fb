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
        """Record who did what to which record, in this transaction (row from ``audit_row``)."""
        row = audit_row(
            at=self.now(),
            staff_id=self.actor.id,
            action=action,
            entity=entity,
            entity_id=entity_id,
            detail=detail,
        )
        self.session.add(AuditEvent(**row))

    def require_role(self, *roles: Role) -> None:
        if self.actor.role not in roles:
            allowed = " or ".join(r.label.lower() for r in roles)
            raise PermissionDeniedError(f"Only a {allowed} can do this.")


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
