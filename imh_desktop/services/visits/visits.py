"""Visits: read one, list a family's. Writing, signing and amending live in ``notes``."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from imh_desktop.data.models import Visit
from imh_desktop.domain.errors import NotFoundError
from imh_desktop.domain.permissions import Permission
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.convert import to_record
from imh_desktop.services.common.records import VisitRecord
from imh_desktop.services.common.uow import reading, retry_transient


def get_visit(ctx: ServiceContext, visit_id: int) -> VisitRecord:
    """One visit as a record; NotFoundError when it no longer exists."""
    with reading(ctx, Permission.READ_FAMILY, "visit", entity_id=visit_id) as uow:
        row = uow.session.get(Visit, visit_id)
        if row is None:
            raise NotFoundError(f"No visit with id {visit_id}.", "visit")
        uow.require(note=row)
        return to_record(VisitRecord, row)


@retry_transient
def list_visits(
    ctx: ServiceContext, family_id: int, start: dt.date | None = None, end: dt.date | None = None
) -> list[VisitRecord]:
    """A family's visits, newest first, optionally within [start, end]."""
    stmt = select(Visit).where(Visit.family_id == family_id)
    if start is not None:
        stmt = stmt.where(Visit.visit_date >= start)
    if end is not None:
        stmt = stmt.where(Visit.visit_date <= end)
    with reading(ctx, Permission.READ_FAMILY, "visits", family_id=family_id) as uow:
        rows = uow.session.scalars(stmt.order_by(Visit.visit_date.desc(), Visit.id.desc()))
        return [to_record(VisitRecord, v) for v in rows]
