"""Rows for test set-ups that no service writes directly.

A planned visit is only ever made by saving a note with a next visit date;
tests that need visits on given days and outcomes (planned ones included)
insert them here, on the context's clock, as the context's user.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from imh_desktop.data.models import Visit
from imh_desktop.domain.inputs import VisitInput
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.convert import to_record
from imh_desktop.services.common.records import VisitRecord


def add_visit(
    ctx: ServiceContext,
    family_id: int,
    data: VisitInput,
    signed_on: dt.date | None = None,
    participants: dict | None = None,
) -> VisitRecord:
    """Insert a visit by ``ctx.user_id`` as given (no validation); signed at 17:00 on ``signed_on``."""
    values = dataclasses.asdict(data)
    values["services"] = list(data.services)
    with ctx.db.session(ctx.clock) as session:
        row = Visit(
            family_id=family_id,
            specialist_id=ctx.user_id,
            participants=participants or {},
            **values,
        )
        if signed_on is not None:
            row.signed_at = dt.datetime.combine(signed_on, dt.time(17))
            row.signed_by_id = ctx.user_id
        session.add(row)
        session.flush()
        return to_record(VisitRecord, row)
