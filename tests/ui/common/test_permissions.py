"""The UI asks the permission table: disabled with the reason, tips given back when allowed."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from imh_desktop.domain.permissions import Permission, Relation
from imh_desktop.services.admin.staff import get_staff
from imh_desktop.ui.common.permissions import gate, may, staff_relation, why_not

pytestmark = pytest.mark.ui


def test_may_and_why_not_follow_the_table(app_ctx, staff):
    ana, sam = app_ctx(staff["aspecialist"]), app_ctx(staff["ssupervisor"])
    assert may(ana, Permission.CHANGE_FAMILY, Relation.OWN)
    assert not may(ana, Permission.REASSIGN, Relation.OWN)
    assert why_not(ana, Permission.REASSIGN, Relation.OWN).startswith("Only a supervisor")
    assert why_not(sam, Permission.REASSIGN, Relation.TEAM) == ""
    ben = get_staff(ana.svc, staff["bspecialist"])
    assert staff_relation(sam, ben) is Relation.TEAM
    assert staff_relation(ana, ben) is Relation.OTHER
    assert staff_relation(ana, ana.user) is Relation.OWN


def test_gate_disables_says_why_and_gives_the_tips_back(qtbot, app_ctx, staff):
    ana = app_ctx(staff["aspecialist"])
    action = QAction("Reassign")
    action.setToolTip("Reassign (Ctrl+R)")
    action.setStatusTip("Give the family to another specialist")
    assert not gate(action, ana, Permission.REASSIGN, Relation.OWN)
    assert not action.isEnabled() and action.toolTip().startswith("Only a supervisor")
    assert action.statusTip() == action.toolTip()
    assert gate(action, ana, Permission.CLOSE, Relation.OWN)
    assert action.isEnabled() and action.toolTip() == "Reassign (Ctrl+R)"
    assert action.statusTip() == "Give the family to another specialist"
    button = QPushButton("Edit…")
    qtbot.addWidget(button)
    assert gate(button, ana, Permission.CHANGE_FAMILY, None, enabled=False)  # not known yet
    assert not button.isEnabled() and button.toolTip() == ""
    assert not gate(button, ana, Permission.CHANGE_FAMILY, Relation.EMERGENCY)
    assert button.toolTip().startswith("Emergency access lets you read")
