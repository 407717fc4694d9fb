"""Exports and prints of what is already on screen: checked and audited before the file is written.

The caseload window and the team dashboard export or print rows the user
has already read (that read was audited). Writing them to a file or a
printer is a disclosure of its own: the UI calls one of these first, and
writes nothing when it is refused.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlalchemy import select

from imh_desktop.data.models import Family
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.permissions import Permission
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.uow import reading

# What can be exported or printed from the screen (the audit row's entity).
SUBJECTS = frozenset(
    {"caseload", "team_table", "team_families", "progress_report", "handout", "caseload_report"}
)


def record_export(ctx: ServiceContext, subject: str, family_ids: Collection[int], fmt: str) -> None:
    """Check and audit an export of ``family_ids``' rows as ``subject`` to a ``fmt`` file.

    Refused (PermissionDeniedError, nothing recorded but the refusal) unless
    the actor may export every one of the families.
    """
    _disclose(ctx, Permission.EXPORT, subject, family_ids, {"format": fmt})


def record_print(ctx: ServiceContext, subject: str, family_ids: Collection[int]) -> None:
    """Check and audit a print of ``family_ids``' rows as ``subject``."""
    _disclose(ctx, Permission.PRINT, subject, family_ids, {})


def _disclose(
    ctx: ServiceContext, permission: Permission, subject: str, family_ids: Collection[int],
    detail: dict[str, Any],
) -> None:  # fmt: skip
    if subject not in SUBJECTS:
        raise DomainError(f"Unknown kind of export '{subject}'.", "subject")
    ids = sorted(set(family_ids))
    with reading(ctx, permission, subject, families=len(ids), **detail) as uow:
        uow.require(specialist_id=uow.actor.id)  # the role may do this at all
        found = list(uow.session.scalars(select(Family).where(Family.id.in_(ids))))
        if len(found) != len(ids):
            raise DomainError("Some of these families no longer exist; refresh and try again.")
        uow.require_families(found)
        if len(ids) == 1:
            uow.read_id = ids[0]
