"""The family dialogs' side of a save conflict: read the saved version, compare, choose.

A family, caregiver or child saved by someone else after the user opened it
comes back from the service as a ConflictError. The dialog then reads the
saved version (an audited read, like opening the family) and shows the
shared compare-and-choose dialog (``ui.common.conflict``) with the user's
values beside the saved ones.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from imh_desktop.domain.errors import DomainError, NotFoundError
from imh_desktop.services.common.records import CaregiverRecord, ChildRecord, FamilyRecord
from imh_desktop.services.family import families
from imh_desktop.ui.common.conflict import Choice, ConflictDialog, compare

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from imh_desktop.ui.common.context import AppContext


def _t(text: str) -> str:
    return QCoreApplication.translate("FamilyConflict", text)


def family_fields() -> dict[str, str]:
    return {
        "display_name": QCoreApplication.translate("FamilyConflict", "Family name"), "specialist": QCoreApplication.translate("FamilyConflict", "Specialist"),  # noqa: E501
        "status": QCoreApplication.translate("FamilyConflict", "Status"), "referral_source": QCoreApplication.translate("FamilyConflict", "Referral source"),  # noqa: E501
        "referral_date": QCoreApplication.translate("FamilyConflict", "Referral date"), "enrolled_on": QCoreApplication.translate("FamilyConflict", "Enrolled"),  # noqa: E501
        "frequency": QCoreApplication.translate("FamilyConflict", "Visit frequency"), "address": QCoreApplication.translate("FamilyConflict", "Address"), "phone": QCoreApplication.translate("FamilyConflict", "Phone"),  # noqa: E501
        "language": QCoreApplication.translate("FamilyConflict", "Language"), "closed_on": QCoreApplication.translate("FamilyConflict", "Closure date"),  # noqa: E501
        "closure_reason": QCoreApplication.translate("FamilyConflict", "Closure reason"), "closure_note": QCoreApplication.translate("FamilyConflict", "Closure note"),  # noqa: E501
    }  # fmt: skip


def caregiver_fields() -> dict[str, str]:
    return {
        "full_name": QCoreApplication.translate("FamilyConflict", "Name"), "relationship": QCoreApplication.translate("FamilyConflict", "Relationship to the child"),  # noqa: E501
        "dob": QCoreApplication.translate("FamilyConflict", "Date of birth"), "language": QCoreApplication.translate("FamilyConflict", "Language"), "phone": QCoreApplication.translate("FamilyConflict", "Phone"),  # noqa: E501
        "is_primary": QCoreApplication.translate("FamilyConflict", "Primary caregiver"),
    }  # fmt: skip


def child_fields() -> dict[str, str]:
    return {
        "full_name": QCoreApplication.translate("FamilyConflict", "Name"), "dob": QCoreApplication.translate("FamilyConflict", "Date of birth"), "gestation": QCoreApplication.translate("FamilyConflict", "Gestation"),  # noqa: E501
        "sex": QCoreApplication.translate("FamilyConflict", "Sex"),
    }  # fmt: skip


def child_values(data: object) -> dict[str, object]:
    """A child (input or record) as compared: the gestation as on the birth record (36+6 wk)."""
    values = values_of(data)
    weeks, days = values.pop("gestational_weeks"), values.pop("gestational_days")
    values["gestation"] = (
        QCoreApplication.translate("FamilyConflict", "{0}+{1} wk").format(weeks, days or 0)
        if weeks
        else QCoreApplication.translate("FamilyConflict", "Term")
    )
    return values


def family_values(record: FamilyRecord) -> dict[str, object]:
    """A family's fields as the conflict dialog compares them (the specialist by name)."""
    values = {name: getattr(record, name, None) for name in family_fields()}
    values["specialist"] = record.specialist_name
    return values


def saved_family(ctx: AppContext, family_id: int) -> FamilyRecord | None:
    """The family as saved now (None when it is gone or out of reach)."""
    try:
        return families.get_family(ctx.svc, family_id)
    except NotFoundError:
        return None


def saved_member(
    ctx: AppContext, family_id: int, member: CaregiverRecord | ChildRecord
) -> CaregiverRecord | ChildRecord | None:
    """The caregiver or child as saved now (None when removed)."""
    family = saved_family(ctx, family_id)
    if family is None:
        return None
    rows = family.caregivers if isinstance(member, CaregiverRecord) else family.children
    return next((row for row in rows if row.id == member.id), None)


def choose(
    parent: QWidget, what: str, labels: Mapping[str, str], mine: Mapping[str, object],
    theirs: Mapping[str, object],
) -> Choice:  # fmt: skip
    """Show the user's values beside the saved ones; what the user chose."""
    return ConflictDialog(what, compare(labels, mine, theirs), parent=parent).ask()


def values_of(data: object) -> dict[str, object]:
    """A dataclass (an input or a record) as a dict of its fields."""
    return dataclasses.asdict(data)  # type: ignore[call-overload, no-any-return]


def not_saved_message() -> str:
    return _t(
        "Not saved: someone else's version is newer. Your changes are still here; "
        "press OK to compare again."
    )


def report_gone(show: Callable[[DomainError], None], what: str) -> None:
    """The record went away meanwhile: nothing to compare with."""
    show(
        DomainError(
            QCoreApplication.translate(
                "FamilyConflict", "This {0} was removed after you opened it; nothing was saved."
            ).format(what)
        )
    )


def resolve_case(
    parent: QWidget, ctx: AppContext, loaded: FamilyRecord, mine: Mapping[str, object]
) -> tuple[Choice, FamilyRecord | None]:
    """A change to the case (status, closure, specialist) met a newer saved family.

    ``mine``: the fields the user's change sets; the rest are as loaded. Returns
    the choice and the saved family (None, with Decide later, when it is gone).
    """
    theirs = saved_family(ctx, loaded.id)
    if theirs is None:
        return Choice.LATER, None
    values = {**family_values(loaded), **mine}
    return choose(
        parent,
        QCoreApplication.translate("FamilyConflict", "case"),
        family_fields(),
        values,
        family_values(theirs),
    ), theirs
