"""The caseload model marks a family with an open alert on its name, where it is never cut off."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

from imh_desktop.services.caseload.table import list_caseload
from imh_desktop.ui.caseload.columns import COLUMN_INDEX
from imh_desktop.ui.caseload.model import CaseloadTableModel

pytestmark = pytest.mark.ui


def _alert_rows(rows):
    return [r for r in rows if r.open_alerts]


def test_a_family_with_an_open_alert_has_a_sign_and_the_alert_on_its_name(qtbot, demo_agency,
                                                                            context_for):  # fmt: skip
    ctx = context_for(demo_agency)
    rows = list_caseload(ctx.svc, "team")  # no role lists the whole agency
    model = CaseloadTableModel()
    model.set_rows(rows)
    family = COLUMN_INDEX["family"]
    flagged = _alert_rows(model.rows())
    assert flagged, "the demo agency has families with open alerts"
    for i, row in enumerate(model.rows()):
        index = model.index(i, family)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        if row.open_alerts:
            assert icon is not None and not icon.isNull()
            kind = "Urgent alert" if row.urgent_alerts else "Open alert"
            assert tip.startswith(f"{kind}: {row.alert_text}")
            assert index.data(Qt.ItemDataRole.FontRole).bold()
        else:
            assert icon is None and tip == row.family_name


def test_the_alert_sign_stays_in_view_at_1366_by_768(qtbot, window):
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    table = window.caseload.table
    proxy = table.model()
    family = COLUMN_INDEX["family"]
    flagged = [
        r for r in range(proxy.rowCount())
        if proxy.index(r, family).data(Qt.ItemDataRole.DecorationRole) is not None
    ]  # fmt: skip
    assert flagged
    table.scrollTo(proxy.index(flagged[0], family))
    rect = table.visualRect(proxy.index(flagged[0], family))
    assert table.viewport().rect().contains(rect.topLeft())  # the name's start: its sign
    if os.environ.get("IMH_SCREENSHOTS"):
        window.grab().save(os.environ["IMH_SCREENSHOTS"] + "/caseload-1366.png")
