"""Audit rows: the one place the columns of an audit event are built.

Every audit event, whether a service adds it through ``UnitOfWork.audit`` or
the demo generator inserts it in bulk, is made by ``audit_row``, so a change
to what an audit row holds is made once, here. The chain's columns (its
position, the family, the previous event's hash and its own) are added when
the event is chained: ``services.audit.chain`` for the app, ``demo.seal`` for
the demo.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any


def audit_detail(detail: Mapping[str, Any]) -> str:
    """The ``detail`` column: the keyword details as JSON, or "" when there are none."""
    return json.dumps(dict(detail), default=str, ensure_ascii=False) if detail else ""


def audit_row(
    *,
    at: dt.datetime,
    staff_id: int | None,
    action: str,
    entity: str,
    entity_id: int | None,
    detail: Mapping[str, Any],
) -> dict[str, Any]:
    """The column values of one audit event (all but ``id``).

    ``at`` is naive UTC, as stored; ``staff_id`` is who acted (None for the
    system); ``action`` and ``entity`` are short names such as "create" and
    "family"; ``detail`` holds what else is worth keeping (no note text).
    """
    return {
        "at": at,
        "staff_id": staff_id,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "detail": audit_detail(detail),
    }
