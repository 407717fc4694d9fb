"""The permission table, asked by the UI: what the signed-in user may do, and why not.

The services check every call (``services/common/uow.py``); the UI asks the
same table (``domain/permissions.py``) first so that an action the user may
not take is disabled, with a tooltip saying why, instead of failing after a
click.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from imh_desktop.domain.permissions import Permission, Relation, allowed, refusal
from imh_desktop.ui.common.i18n import translate_message

if TYPE_CHECKING:
    from imh_desktop.services.common.records import StaffRecord
    from imh_desktop.ui.common.context import AppContext


def may(ctx: AppContext, permission: Permission, relation: Relation = Relation.AGENCY) -> bool:
    """True when the signed-in user may do ``permission`` to a family they stand ``relation`` to."""
    return allowed(ctx.user.role, permission, relation)


def staff_relation(ctx: AppContext, staff: StaffRecord) -> Relation:
    """How the signed-in user stands to a staff member's caseload: own, team or other."""
    if staff.id == ctx.user.id:
        return Relation.OWN
    if staff.supervisor_id == ctx.user.id:
        return Relation.TEAM
    return Relation.OTHER


def why_not(ctx: AppContext, permission: Permission, relation: Relation = Relation.AGENCY) -> str:
    """The refusal in words ("" when allowed)."""
    return translate_message(refusal(ctx.user.role, permission, relation))


def gate(
    control: QWidget | QAction, ctx: AppContext, permission: Permission,
    relation: Relation | None = Relation.AGENCY, tip: str = "", enabled: bool = True,
) -> bool:  # fmt: skip
    """Enable ``control`` when ``enabled`` and the table allows it; when not, say why.

    A refused control's tooltip (and an action's status tip) says why; once
    allowed again it gets back the tips it had (``tip``, when given, replaces
    them). ``relation`` None means "not known yet" (the family is still being
    read): the control follows ``enabled`` alone, as the service checks anyway.
    Returns whether the table allows it.
    """
    ok = relation is None or may(ctx, permission, relation)
    control.setEnabled(enabled and ok)
    # Plain strings in the Qt properties (a Python bool there upsets PySide's refcounts).
    refused = _text_property(control, _REFUSED) == "yes"
    if not ok:
        if not refused:  # keep the tips it had, for when it is allowed again
            control.setProperty(_TIPS, control.toolTip() + _SEP + _status_tip(control))
            control.setProperty(_REFUSED, "yes")
        reason = why_not(ctx, permission, relation or Relation.AGENCY)
        control.setToolTip(reason)
        if isinstance(control, QAction):
            control.setStatusTip(reason)
        return False
    if refused:
        control.setProperty(_REFUSED, "no")
        tool, _, status = _text_property(control, _TIPS).partition(_SEP)
        control.setToolTip(tool)
        if isinstance(control, QAction):
            control.setStatusTip(status)
    if tip:
        control.setToolTip(tip)
        if isinstance(control, QAction):
            control.setStatusTip(tip)
    return True


_REFUSED, _TIPS, _SEP = "imh_refused", "imh_tips", "\x1f"


def _text_property(control: QWidget | QAction, name: str) -> str:
    """A dynamic property's text, "" when never set.

    Asking ``property()`` for a name never set loses a reference to None in
    PySide6 6.12 (thousands of calls crash the interpreter at exit), so the
    names are looked up first.
    """
    if name.encode() not in {bytes(n.data()) for n in control.dynamicPropertyNames()}:
        return ""
    return str(control.property(name) or "")


def _status_tip(control: QWidget | QAction) -> str:
    return control.statusTip()
