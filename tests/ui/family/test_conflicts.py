"""Someone else saved first: every family dialog compares the two versions and lets the user
choose, the way a user clicks (the conflict dialog's ``exec`` is answered, never nested)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from imh_desktop.domain.enums import ClosureReason, FamilyStatus, ReferralSource, Sex
from imh_desktop.domain.inputs import CaregiverInput, ChildInput, FamilyInput
from imh_desktop.services.admin.staff import list_staff
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.family import families
from imh_desktop.ui.common.conflict import ConflictDialog
from imh_desktop.ui.common.labels import label
from imh_desktop.ui.common.settings import Settings
from imh_desktop.ui.family.case_dialogs import CloseCaseDialog, ReassignDialog
from imh_desktop.ui.family.conflicts import caregiver_fields, child_fields
from imh_desktop.ui.family.member_dialogs import CaregiverDialog, ChildDialog
from imh_desktop.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.ui
D = dt.date


def _when_conflict(monkeypatch, *buttons: str) -> list[dict[str, tuple[str, str]]]:
    """Conflict dialogs about to open are answered by clicking ``buttons`` in turn;
    returns the differing fields each one showed (label: (mine, theirs))."""
    shown, answers = [], list(buttons)

    def click(dialog) -> int:
        shown.append({row.label: (row.mine, row.theirs) for row in dialog.rows if row.differs})
        getattr(dialog, answers.pop(0)).click()
        return dialog.result()

    monkeypatch.setattr(ConflictDialog, "exec", click)
    return shown


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


@pytest.fixture
def okafor(ctx):
    data = FamilyInput(
        display_name="Okafor family", specialist_id=ctx.user.id,
        referral_source=ReferralSource.PEDIATRICIAN, referral_date=D(2026, 2, 1),
        enrolled_on=D(2026, 2, 10), caregivers=(CaregiverInput("Ngozi Okafor"),),
        children=(ChildInput("Ada Okafor", D(2026, 1, 5), gestational_weeks=33),),
    )  # fmt: skip
    return families.create_family(ctx.svc, data)


def test_caregiver_edited_elsewhere_keep_mine_saves_over_theirs(qtbot, ctx, okafor, published,
                                                                 monkeypatch):  # fmt: skip
    carer = okafor.caregivers[0]
    dialog = CaregiverDialog(ctx, okafor.id, carer)
    qtbot.addWidget(dialog)
    theirs = CaregiverInput("Ngozi Okafor", "Mother", phone="555 0199", is_primary=True)
    families.save_caregiver(ctx.svc, okafor.id, theirs, carer.id, carer.version)
    shown = _when_conflict(monkeypatch, "mine_button")
    dialog.form.language.setCurrentText("Igbo")
    _ok(dialog)
    assert shown == [{"Language": ("Igbo", "—"), "Phone": ("—", "555 0199")}]
    saved = families.get_family(ctx.svc, okafor.id).caregivers[0]
    assert (saved.language, saved.phone, saved.version) == ("Igbo", "", carer.version + 2)
    assert dialog.result() == 1 and published == [Change.of(okafor.id, Part.MEMBERS)]
    assert "relationship" in caregiver_fields()


def test_child_edited_elsewhere_decide_later_keeps_what_was_typed(qtbot, ctx, okafor, published,
                                                                  monkeypatch):  # fmt: skip
    child = okafor.children[0]
    dialog = ChildDialog(ctx, okafor.id, child)
    qtbot.addWidget(dialog)
    theirs = ChildInput("Ada Okafor", child.dob, 33, sex=Sex.FEMALE)
    families.save_child(ctx.svc, okafor.id, theirs, child.id, child.version)
    shown = _when_conflict(monkeypatch, "later_button", "theirs_button")
    dialog.form.full_name.setText("Adaeze Okafor")
    _ok(dialog)
    assert shown == [{"Name": ("Adaeze Okafor", "Ada Okafor"), "Sex": ("Unknown", "Female")}]
    assert dialog.form.full_name.text() == "Adaeze Okafor" and dialog.result() == 0
    assert "Not saved" in dialog.general_error.text() and published == []
    _ok(dialog)  # compare again, and keep theirs this time
    saved = families.get_family(ctx.svc, okafor.id).children[0]
    assert (saved.full_name, saved.sex) == ("Ada Okafor", Sex.FEMALE)
    assert dialog.record == saved and published == [Change.of(okafor.id, Part.MEMBERS)]
    assert "sex" in child_fields()


def test_closing_a_case_someone_changed_meanwhile(qtbot, ctx, staff, okafor, as_user,
                                                  published, monkeypatch):  # fmt: skip
    dialog = CloseCaseDialog(ctx, okafor)
    qtbot.addWidget(dialog)
    sam = as_user(staff["ssupervisor"])
    data = FamilyInput("Okafor family", okafor.specialist_id, ReferralSource.PEDIATRICIAN,
                       D(2026, 2, 1), D(2026, 2, 10), phone="555 0142")  # fmt: skip
    families.update_family(sam, okafor.id, data, okafor.version)
    shown = _when_conflict(monkeypatch, "mine_button")
    dialog.reason.set_value(ClosureReason.MOVED)
    dialog.closed_on.set_value(D(2026, 11, 20))
    _ok(dialog)
    [fields] = shown
    assert fields["Phone"] == ("—", "555 0142") and fields["Status"] == ("Closed", "Active")
    assert fields["Closure date"] == ("20 Nov 2026", "—")
    assert fields["Closure reason"][0] == label(ClosureReason.MOVED)
    closed = families.get_family(sam, okafor.id)
    assert closed.status is FamilyStatus.CLOSED and closed.phone == "555 0142"
    assert published == [Change.of(okafor.id, Part.FAMILY)]


def test_reassigning_a_case_closed_meanwhile_keep_theirs(qtbot, ctx, staff, okafor, app_ctx,
                                                         monkeypatch):  # fmt: skip
    boss = app_ctx(staff["ssupervisor"])
    sam = boss.svc
    dialog = ReassignDialog(boss, okafor, list_staff(sam))
    qtbot.addWidget(dialog)
    families.close_family(ctx.svc, okafor.id, D(2026, 11, 20), ClosureReason.MOVED, "",
                          okafor.version)  # fmt: skip
    shown = _when_conflict(monkeypatch, "theirs_button")
    dialog.specialist.setCurrentIndex(dialog.specialist.findText("Ben Specialist"))
    _ok(dialog)
    [fields] = shown
    assert fields["Specialist"] == ("Ben Specialist", "Ana Specialist")
    assert fields["Status"] == ("Active", "Closed")
    kept = families.get_family(sam, okafor.id)
    assert kept.specialist_name == "Ana Specialist" and kept.status is FamilyStatus.CLOSED
    assert dialog.result() == 0 and dialog.family == kept


def test_holding_a_case_renamed_meanwhile_from_the_family_menu(qtbot, ctx, okafor, tmp_path,
                                                               published, monkeypatch):  # fmt: skip
    window = MainWindow(ctx, Settings(QSettings(str(tmp_path / "s.ini"),
                                                QSettings.Format.IniFormat)))  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    window.refresh()
    window.caseload.select_family(okafor.id)
    real_get = families.get_family
    renamed = []

    def get_then_rename(svc, family_id):  # the record read, then someone renames it
        record = real_get(svc, family_id)
        if not renamed:
            data = FamilyInput("Okafor-Bello family", okafor.specialist_id,
                               ReferralSource.PEDIATRICIAN, D(2026, 2, 1), D(2026, 2, 10))  # fmt: skip
            renamed.append(families.update_family(svc, family_id, data, record.version))
        return record

    monkeypatch.setattr(families, "get_family", get_then_rename)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    shown = _when_conflict(monkeypatch, "mine_button")
    window.main_actions.hold_action.trigger()
    [fields] = shown
    assert fields == {
        "Family name": ("Okafor family", "Okafor-Bello family"), "Status": ("On hold", "Active"),
    }  # fmt: skip
    held = real_get(ctx.svc, okafor.id)
    assert held.status is FamilyStatus.ON_HOLD and held.display_name == "Okafor-Bello family"
    assert published[-1] == Change.of(okafor.id, Part.FAMILY)
