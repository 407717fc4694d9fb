"""The import wizard driven the way a person clicks: file, columns, preview with errors, import."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWizard

from imh_desktop.data.models import Family
from imh_desktop.domain.imports.fields import guess_mapping
from imh_desktop.domain.imports.values import DateOrder
from imh_desktop.domain.inputs import FamilyInput
from imh_desktop.services.family.families import find_family, update_family
from imh_desktop.services.imports.importing import run_import
from imh_desktop.services.imports.plan import Decision, ImportOptions
from imh_desktop.services.imports.reading import read_table
from imh_desktop.ui.imports.check import ImportPage, PreviewPage
from imh_desktop.ui.imports.source import FilePage, MapPage
from imh_desktop.ui.imports.wizard import MAPPING_KEY, ImportWizard

pytestmark = pytest.mark.ui

CSV = (
    "Case;Family;Specialist;Referral date;Child;Born\n"
    "A-1;Ayala;aspecialist;03/04/2026;Mia;12/05/2025\n"
    "A-2;Brook;aspecialist;04/04/2026;Leo;31/02/2026\n"
    "A-1;Ayala;aspecialist;03/04/2026;Noa;01/06/2026\n"
)


@pytest.fixture
def wizard(qtbot, ctx, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = ImportWizard(ctx, settings=settings)
    qtbot.addWidget(w)
    w.show()
    return w


def test_a_user_fixes_the_mapping_sees_errors_and_imports(qtbot, wizard, tmp_path, db, published):
    path = tmp_path / "caseload.csv"
    path.write_text(CSV, encoding="cp1252")
    wizard.file_page.choose(str(path))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert isinstance(wizard.currentPage(), MapPage)
    combos = wizard.map_page.combos
    assert combos["Family"].currentData() == "family_name"
    assert combos["Born"].currentData() == ""  # not guessed: the user chooses it
    combos["Born"].setCurrentIndex(combos["Born"].findData("child_dob"))
    wizard.next()
    page = wizard.preview_page
    assert (
        isinstance(page, PreviewPage) and not page.isComplete()
    )  # one bad date: nothing can be imported yet
    model = page.model
    assert model.rowCount() == 3
    born = model.headers.index("Born")
    bad = model.index(1, born)
    assert "not a real date" in model.data(bad, Qt.ItemDataRole.ToolTipRole)
    assert model.data(bad, Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(2, 1)) == "skipped: same as row 2"
    listed = page.error_model.stringList()
    assert listed == ["Row 3, Born: '31/02/2026' is not a real date."]
    page.error_list.clicked.emit(page.error_model.index(0))  # the user clicks the error
    assert (page.view.currentIndex().row(), page.view.currentIndex().column()) == (1, born)
    page.write_errors(tmp_path / "errors.csv")
    assert "Born" in (tmp_path / "errors.csv").read_text(encoding="utf-8-sig")
    # The user corrects the file and goes back, then forward again.
    path.write_text(CSV.replace("31/02/2026", "28/02/2026") + "\n", encoding="cp1252")
    wizard.back()
    wizard.back()
    wizard.next()  # the file changed since it was read: read again, and Next once more
    assert isinstance(wizard.currentPage(), FilePage) and wizard.file_page.isComplete()
    wizard.next()
    wizard.next()
    assert page.isComplete()
    page.view.selectRow(2)
    page.for_selected.setCurrentIndex(page.for_selected.findData(Decision.UPDATE))
    page._on_apply_clicked()
    assert model.data(model.index(2, 1)) == "adds to row 2"
    wizard.next()
    assert wizard.import_page.status.text() == "Imported 2 new families; 1 updated; 0 skipped."
    with db.read() as s:
        assert sorted(f.case_number for f in s.query(Family)) == ["A-1", "A-2"]
    assert len(published) == 2
    assert '"Born": "child_dob"' in wizard.settings.value(MAPPING_KEY)


def test_the_mapping_is_remembered(qtbot, ctx, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(MAPPING_KEY, '{"Born": "child_dob"}')
    path = tmp_path / "c.csv"
    path.write_text(CSV, encoding="utf-8")
    w = ImportWizard(ctx, settings=settings)
    qtbot.addWidget(w)
    w.show()
    w.file_page.choose(str(path))
    w.next()
    assert w.map_page.combos["Born"].currentData() == "child_dob"


def test_cancel_saves_nothing(qtbot, wizard, tmp_path, db, monkeypatch):
    rows = "".join(f"A-{i};F{i};aspecialist;03/04/2026;C{i};12/05/2025\n" for i in range(300))
    path = tmp_path / "big.csv"
    path.write_text("Case;Family;Specialist;Referral date;Child;Child DOB\n" + rows, "utf-8")
    wizard.file_page.choose(str(path))
    wizard.next()
    wizard.next()
    assert "Choose how the dates are written" in wizard.preview_page.summary.text()
    wizard.back()  # every date reads two ways: the user says day first
    order = wizard.map_page.order
    order.setCurrentIndex(order.findText("Day/month/year (25/03/2026)"))
    wizard.next()
    assert wizard.preview_page.isComplete()
    page = wizard.import_page
    assert isinstance(page, ImportPage)
    # The user presses Cancel as soon as the first progress arrives.
    page.progress.valueChanged.connect(lambda v: v and page.cancel.click())
    wizard.next()
    assert page.status.text() == "The import was cancelled; nothing was saved."
    with db.read() as s:
        assert s.query(Family).count() == 0


def test_a_newer_check_replaces_the_one_in_flight_and_closing_stops_it(qtbot, later, tmp_path):
    """``later`` keeps each background task until the test runs it."""
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    path = tmp_path / "c.csv"
    path.write_text(CSV.replace("Born", "Child DOB"), encoding="utf-8")
    w = ImportWizard(later, settings=settings)
    qtbot.addWidget(w)
    w.show()
    w.file_page.choose(str(path))
    later.runner.run_next()  # the file is read
    w.next()
    w.next()
    page = w.preview_page
    first = page.task
    assert page.progress.isVisible() and not page.isComplete()
    page.duplicates.setCurrentIndex(page.duplicates.findData(Decision.NEW))
    page._on_duplicates_activated(page.duplicates.currentIndex())  # the user picks "new"
    assert first.is_cancelled and page.task is not first
    later.runner.run_next()  # the old check stops at its first look at the cancel flag
    assert page.plan is None
    later.runner.run_next()  # the new one delivers
    assert page.model.data(page.model.index(2, 1)) == "new, though like row 2"
    page.check()
    w.reject()  # Cancel while checking
    assert page.task is None and later.runner.pending[-1].is_cancelled


def test_a_family_edited_after_the_preview_is_not_overwritten(
    qtbot, wizard, tmp_path, db, svc, staff
):
    first = tmp_path / "first.csv"
    first.write_text("Case;Family;Specialist;Referral date\nA-1;Ayala;aspecialist;03/04/2026\n",
                     encoding="utf-8")  # fmt: skip
    table = read_table(first)
    run_import(svc, table, ImportOptions(guess_mapping(table.headers), DateOrder.DMY))
    path = tmp_path / "again.csv"
    path.write_text("Case;Family;Specialist;Referral date\n"
                    "A-1;Ayala Ruiz;aspecialist;03/04/2026\n"
                    "A-8;Dee;aspecialist;25/04/2026\n"
                    "A-7;Cruz;aspecialist;05/04/2026\n", encoding="utf-8")  # fmt: skip
    wizard.file_page.choose(str(path))
    wizard.next()
    wizard.next()
    page = wizard.preview_page
    page.duplicates.setCurrentIndex(page.duplicates.findData(Decision.UPDATE))
    page.duplicates.activated.emit(page.duplicates.currentIndex())
    assert page.model.data(page.model.index(0, 1)) == "adds to A-1"
    family = find_family(svc, "A-1")  # someone edits the family meanwhile
    update_family(svc, family.id, FamilyInput(
        family.display_name, family.specialist_id, family.referral_source,
        family.referral_date, phone="555-0101"), family.version)  # fmt: skip
    assert page.isComplete(), page.error_model.stringList()
    wizard.next()
    status = wizard.import_page.status.text()
    assert status.startswith("Row 2: family A-1 was changed by someone else after the preview")
    assert wizard.import_page.check_again.isVisible()
    with db.read() as s:
        assert s.query(Family).count() == 1  # nothing written: not even the new row
    qtbot.mouseClick(wizard.import_page.check_again, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is page and page.isComplete()
    wizard.next()
    assert wizard.import_page.status.text() == "Imported 2 new families; 1 updated; 0 skipped."
    kept = find_family(svc, "A-1")
    assert (kept.display_name, kept.phone) == ("Ayala Ruiz", "555-0101")
