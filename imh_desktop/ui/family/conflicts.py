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
        "display_name": _t("Family name"), "specialist": _t("Specialist"),
        "status": _t("Status"), "referral_source": _t("Referral source"),
        "referral_date": _t("Referral date"), "enrolled_on": _t("Enrolled"),
        "frequency": _t("Visit frequency"), "address": _t("Address"), "phone": _t("Phone"),
        "language": _t("Language"), "closed_on": _t("Closure date"),
        "closure_reason": _t("Closure reason"), "closure_note": _t("Closure note"),
    }  # fmt: skip


def caregiver_fields() -> dict[str, str]:
    return {
        "full_name": _t("Name"), "relationship": _t("Relationship to the child"),
        "dob": _t("Date of birth"), "language": _t("Language"), "phone": _t("Phone"),
        "is_primary": _t("Primary caregiver"),
    }  # fmt: skip


def child_fields() -> dict[str, str]:
    return {
        "full_name": _t("Name"), "dob": _t("Date of birth"), "gestation": _t("Gestation"),
        "sex": _t("Sex"),
    }  # fmt: skip


def child_values(data: object) -> dict[str, object]:
    """A child (input or record) as compared: the gestation as on the birth record (36+6 wk)."""
    values = values_of(data)
    weeks, days = values.pop("gestational_weeks"), values.pop("gestational_days")
    values["gestation"] = _t("{0}+{1} wk").format(weeks, days or 0) if weeks else _t("Term")
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
        DomainError(_t("This {0} was removed after you opened it; nothing was saved.").format(what))
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
    return choose(parent, _t("case"), family_fields(), values, family_values(theirs)), theirs
