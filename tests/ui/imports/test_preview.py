"""The preview model: rows as saved, error cells marked; passes Qt's model tester."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from imh_desktop.domain.imports.fields import guess_mapping
from imh_desktop.domain.imports.table import tabulate
from imh_desktop.domain.imports.values import DateOrder
from imh_desktop.services.imports.importing import preview_import
from imh_desktop.services.imports.plan import ImportOptions
from imh_desktop.ui.imports.preview import ImportPreviewModel

pytestmark = pytest.mark.ui


def test_error_cells_are_marked_and_the_model_is_sound(qtmodeltester, svc):
    table = tabulate([["Family", "Specialist", "Referral date"], ["Ayala", "ana2", "2026-01-01"],
                      ["Brook", "aspecialist", "2026-13-01"]])  # fmt: skip
    plan = preview_import(svc, table, ImportOptions(guess_mapping(table.headers), DateOrder.DMY))
    model = ImportPreviewModel()
    model.load(table, plan)
    qtmodeltester.check(model)
    assert model.headers == ["Row", "Will be", "Family", "Specialist", "Referral date"]
    assert [model.data(model.index(r, 0)) for r in range(2)] == ["2", "3"]
    assert "No active specialist" in model.data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, 2), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(1, 4), Qt.ItemDataRole.BackgroundRole) is not None
