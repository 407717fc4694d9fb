"""Family dialogs and the family record, driven like a user."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from imh_desktop.domain.enums import (
    ClosureReason,
    FamilyStatus,
    GoalDomain,
    ReferralSource,
    VisitOutcome,
)
from imh_desktop.domain.errors import ConflictError, DomainError
from imh_desktop.domain.inputs import CaregiverInput, ChildInput, FamilyInput, GoalInput, VisitInput
from imh_desktop.services.admin.staff import list_staff
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.family import families, goals
from imh_desktop.ui.common import errors as ui_errors
from imh_desktop.ui.common.conflict import ConflictDialog
from imh_desktop.ui.common.settings import Settings
from imh_desktop.ui.family.case_dialogs import CloseCaseDialog
from imh_desktop.ui.family.dialogs import FamilyDialog
from imh_desktop.ui.family.member_dialogs import ChildDialog
from imh_desktop.ui.family.record import FamilyRecordWidget
from imh_desktop.ui.shell.main_window import MainWindow
from tests.factories import add_visit

pytestmark = pytest.mark.ui
D = dt.date


@pytest.fixture
def user(ctx):
    return ctx.user


@pytest.fixture
def window(qtbot, ctx, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    win = MainWindow(ctx, settings)
    qtbot.addWidget(win)
    win.show()
    return win


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _fill_new_family(qtbot, dialog, child_dob):
    # QTest cannot type letters outside the keyboard map, so accented names are pasted.
    dialog.family_form.display_name.insert("Nguyễn family")
    dialog.family_form.referral_date.set_value(D(2026, 11, 2))
    dialog.family_form.enrolled_on.set_value(D(2026, 11, 10))
    dialog.caregiver_form.full_name.insert("Nguyễn Thị Ánh")
    dialog.child_form.full_name.insert("Bảo")
    dialog.child_form.dob.set_value(child_dob)


def test_child_born_in_the_future_is_shown_next_to_the_field(qtbot, ctx, published):
    dialog = FamilyDialog(ctx, list_staff(ctx.svc))
    qtbot.addWidget(dialog)
    _fill_new_family(qtbot, dialog, D(2026, 12, 24))
    _ok(dialog)
    assert "in the future" in dialog.child_form.error_text("dob")
    assert dialog.family_form.error_text("display_name") == ""
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.result() == 0 and families.count_families(ctx.db) == 0
    assert published == []
    # Fix it; the error goes and the family is saved.
    dialog.child_form.dob.set_value(D(2026, 10, 1))
    _ok(dialog)
    assert dialog.child_form.error_text("dob") == ""
    assert families.count_families(ctx.db) == 1
    assert dialog.record.children[0].dob == D(2026, 10, 1)
    assert published == [Change.of(dialog.record.id, Part.FAMILY, Part.MEMBERS)]


def test_dates_start_on_the_clocks_today(qtbot, clock, app_ctx, staff):
    clock.set(D(2027, 3, 4))
    ctx = app_ctx(staff["aspecialist"])
    dialog = FamilyDialog(ctx, list_staff(ctx.svc))
    qtbot.addWidget(dialog)
    assert dialog.family_form.referral_date.value() == D(2027, 3, 4)
    assert dialog.child_form.dob.value() is None  # a birth date is never "today" by default
    assert dialog.family_form.enrolled_on.value() is None


def test_empty_family_name_and_caregiver_name_both_shown(qtbot, ctx):
    dialog = FamilyDialog(ctx, list_staff(ctx.svc))
    qtbot.addWidget(dialog)
    dialog.child_box.setChecked(False)
    _ok(dialog)
    assert dialog.family_form.error_text("display_name") == "The family name is required."
    assert dialog.caregiver_form.error_text("full_name") == "The caregiver's name is required."
    assert families.count_families(ctx.db) == 0


def test_the_cursor_goes_to_the_first_field_with_a_problem(qtbot, ctx):
    dialog = FamilyDialog(ctx, list_staff(ctx.svc))
    qtbot.addWidget(dialog)
    _ok(dialog)  # family, caregiver and child names all missing
    assert dialog.child_form.error_text("full_name") != ""
    assert dialog.focusWidget() is dialog.family_form.display_name


def test_gestational_weeks_term_is_none_and_premature_is_kept(qtbot, ctx):
    dialog = FamilyDialog(ctx, list_staff(ctx.svc))
    qtbot.addWidget(dialog)
    _fill_new_family(qtbot, dialog, D(2026, 9, 1))
    gestation = dialog.child_form.gestation
    assert gestation.weeks.text() == "Term (not recorded)"
    assert not gestation.days.isEnabled()
    data = dialog.child_form.to_input()
    assert (data.gestational_weeks, data.gestational_days) == (None, None)
    gestation.weeks.setValue(32)
    _ok(dialog)
    assert dialog.record.children[0].gestational_weeks == 32
    assert dialog.record.children[0].gestational_days == 0


def _type_into(qtbot, spin, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def test_gestational_age_is_typed_in_weeks_and_days(qtbot, ctx):
    """36+6 as on the birth record. For the ASQ 6 extra days round up (Squires & Bricker,
    2009): 37 weeks, so 3 weeks early, and the record shows "36+6 wk" and the age corrected
    by 3 weeks."""
    dialog = FamilyDialog(ctx, list_staff(ctx.svc))
    qtbot.addWidget(dialog)
    dialog.show()
    _fill_new_family(qtbot, dialog, D(2026, 9, 1))
    gestation = dialog.child_form.gestation
    _type_into(qtbot, gestation.weeks, "36")
    assert gestation.days.isEnabled()
    _type_into(qtbot, gestation.days, "6")
    assert (gestation.weeks.text(), gestation.days.text()) == ("36 weeks", "+ 6 days")
    _ok(dialog)
    child = dialog.record.children[0]
    assert (child.gestational_weeks, child.gestational_days) == (36, 6)

    record = FamilyRecordWidget(ctx, dialog.record.id)
    qtbot.addWidget(record)
    children = record.children_model
    # Born 1 Sep 2026: 2 mo 24 d on 25 Nov; due 22 Sep (3 weeks later), so corrected 2 mo 3 d
    # (by 4 weeks, as whole weeks 36 would give, it would be 1 mo 27 d).
    assert [children.index(0, c).data() for c in (2, 3, 4)] == ["2 mo 24 d", "2 mo 3 d", "36+6 wk"]

    # Editing the child shows what was saved; back to "not recorded" clears the days.
    edit = ChildDialog(ctx, dialog.record.id, child)
    qtbot.addWidget(edit)
    assert edit.form.gestation.value() == (36, 6)
    edit.form.gestation.weeks.setValue(edit.form.gestation.weeks.minimum())
    assert edit.form.gestation.value() == (None, None) and edit.form.gestation.days.value() == 0


def test_new_family_appears_in_the_caseload(qtbot, window):
    def fill_dialog():
        dialog = window.findChild(FamilyDialog)
        _fill_new_family(qtbot, dialog, D(2026, 10, 1))
        _ok(dialog)

    QTimer.singleShot(0, fill_dialog)
    window.main_actions.new_family_action.trigger()
    rows = window.caseload.visible_rows()
    assert [r.family_name for r in rows] == ["Nguyễn family"]
    assert rows[0].children_text.startswith("Bảo, 1 mo 24 d")
    assert window.caseload.selected_family_id() == rows[0].family_id


def _make_family(ctx) -> int:
    data = FamilyInput(
        display_name="Okafor family", specialist_id=ctx.user.id,
        referral_source=ReferralSource.PEDIATRICIAN, referral_date=D(2026, 2, 1),
        enrolled_on=D(2026, 2, 10), caregivers=(CaregiverInput("Ngozi Okafor"),),
        children=(ChildInput("Ada Okafor", D(2026, 1, 5), gestational_weeks=33),),
    )  # fmt: skip
    return families.create_family(ctx.svc, data).id


def test_close_and_reopen_a_case(qtbot, ctx, window, published, monkeypatch):
    actions = window.main_actions
    family_id = _make_family(ctx)
    window.refresh()
    window.caseload.select_family(family_id)
    assert actions.close_case_action.isEnabled() and not actions.reopen_action.isEnabled()

    def close_dialog():
        dialog = window.findChild(CloseCaseDialog)
        dialog.reason.set_value(ClosureReason.MOVED)
        dialog.closed_on.set_value(D(2026, 11, 20))
        _ok(dialog)

    QTimer.singleShot(0, close_dialog)
    actions.close_case_action.trigger()
    assert families.get_family(ctx.svc, family_id).status is FamilyStatus.CLOSED
    assert published == [Change.of(family_id, Part.FAMILY)]
    assert window.caseload.visible_rows() == []  # closed cases hidden by default
    actions.show_closed_action.trigger()
    window.caseload.select_family(family_id)
    assert actions.reopen_action.isEnabled() and not actions.close_case_action.isEnabled()
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question",
        lambda *args, **kw: asked.append(args[2]) or QMessageBox.StandardButton.Yes,
    )  # fmt: skip
    actions.reopen_action.trigger()
    assert asked and "Reopen the case of the Okafor family" in asked[0]
    assert families.get_family(ctx.svc, family_id).status is FamilyStatus.ACTIVE
    assert published[-1] == Change.of(family_id, Part.FAMILY)
    assert window.caseload.visible_rows()[0].status is FamilyStatus.ACTIVE


def test_close_case_other_reason_needs_a_note(qtbot, ctx, published):
    family = families.get_family(ctx.svc, _make_family(ctx))
    dialog = CloseCaseDialog(ctx, family)
    qtbot.addWidget(dialog)
    assert dialog.closed_on.value() == D(2026, 11, 25)  # the clock's today
    dialog.reason.set_value(ClosureReason.OTHER)
    _ok(dialog)
    assert dialog.form.error_text("closure_note") == "Say why the case is closing."
    assert families.get_family(ctx.svc, family.id).status is FamilyStatus.ACTIVE
    assert published == []


def _when_conflict(monkeypatch, *buttons: str) -> list:
    """The conflict dialogs about to open are answered by clicking ``buttons`` in turn."""
    shown, answers = [], list(buttons)

    def click(dialog) -> int:
        shown.append({row.label: (row.mine, row.theirs) for row in dialog.rows if row.differs})
        getattr(dialog, answers.pop(0)).click()
        return dialog.result()

    monkeypatch.setattr(ConflictDialog, "exec", click)
    return shown


def _saved_elsewhere(ctx, family, user):
    """Someone else renames the family after the dialog opened it."""
    data = FamilyInput(
        display_name="Okafor-Bello family", specialist_id=user.id,
        referral_source=family.referral_source, referral_date=family.referral_date,
        enrolled_on=family.enrolled_on,
    )  # fmt: skip
    families.update_family(ctx.svc, family.id, data, family.version)


def test_stale_edit_is_shown_as_a_conflict(qtbot, ctx, user, published, monkeypatch):
    family = families.get_family(ctx.svc, _make_family(ctx))
    dialog = FamilyDialog(ctx, list_staff(ctx.svc), family)
    qtbot.addWidget(dialog)
    _saved_elsewhere(ctx, family, user)
    shown = _when_conflict(monkeypatch, "later_button", "mine_button")
    dialog.family_form.phone.setText("555 0100")
    _ok(dialog)
    assert shown == [{
        "Family name": ("Okafor family", "Okafor-Bello family"), "Phone": ("555 0100", "—"),
    }]  # fmt: skip
    assert "Not saved" in dialog.general_error.text() and dialog.result() == 0
    assert dialog.family_form.phone.text() == "555 0100"  # nothing typed is lost
    assert families.get_family(ctx.svc, family.id).phone == ""
    assert published == []  # nothing saved, nothing published
    _ok(dialog)  # OK again: the same comparison; this time save mine over theirs
    saved = families.get_family(ctx.svc, family.id)
    assert (saved.display_name, saved.phone) == ("Okafor family", "555 0100")
    assert saved.version == family.version + 2 and dialog.result() == 1
    assert published == [Change.of(family.id, Part.FAMILY)]


def test_keep_theirs_closes_the_dialog_and_refreshes_the_views(
    qtbot, ctx, user, published, monkeypatch
):
    family = families.get_family(ctx.svc, _make_family(ctx))
    dialog = FamilyDialog(ctx, list_staff(ctx.svc), family)
    qtbot.addWidget(dialog)
    _saved_elsewhere(ctx, family, user)
    _when_conflict(monkeypatch, "theirs_button")
    dialog.family_form.phone.setText("555 0100")
    _ok(dialog)
    saved = families.get_family(ctx.svc, family.id)
    assert (saved.display_name, saved.phone) == ("Okafor-Bello family", "")
    assert dialog.result() == 0 and dialog.record == saved
    assert published == [Change.of(family.id, Part.FAMILY, Part.MEMBERS)]


def test_family_record_lists_and_model_tester(qtbot, qtmodeltester, ctx):
    family_id = _make_family(ctx)
    goals.create_goal(ctx.svc, family_id,
                      GoalInput(GoalDomain.REGULATION, "Two soothing strategies", D(2026, 3, 1)))  # fmt: skip
    add_visit(ctx.svc, family_id, VisitInput(D(2026, 11, 18)))
    add_visit(ctx.svc, family_id, VisitInput(D(2026, 12, 2), VisitOutcome.PLANNED))
    record = FamilyRecordWidget(ctx, family_id)
    qtbot.addWidget(record)
    assert record.title_label.text() == "Okafor family"
    assert "Active" in record.subtitle_label.text()
    assert [record.tabs.tabText(i) for i in range(5)] == [
        "Overview", "Context", "Goals", "Visits", "Screenings",
    ]  # fmt: skip
    children = record.children_model
    # Born 5 Jan 2026 at 33 weeks (7 early): 10 mo 20 d, corrected 9 mo 2 d on 25 Nov 2026.
    assert children.index(0, 2).data() == "10 mo 20 d"
    assert children.index(0, 3).data() == "9 mo 2 d"
    assert record.goals_model.index(0, 1).data() == "Two soothing strategies"
    assert [record.visits_model.index(r, 0).data() for r in range(2)] == [
        "2 Dec 2026", "18 Nov 2026",
    ]  # fmt: skip
    assert record.visits_model.index(1, 5).data() == "Unsigned"  # after Date, Time, Outcome…
    for model in (children, record.goals_model, record.visits_model, record.screenings_model):
        qtmodeltester.check(model)


def test_add_child_from_the_record(qtbot, ctx, published):
    family_id = _make_family(ctx)
    record = FamilyRecordWidget(ctx, family_id)
    qtbot.addWidget(record)

    def fill():
        dialog = record.findChild(ChildDialog)
        qtbot.keyClicks(dialog.form.full_name, "Chidi Okafor")
        dialog.form.dob.set_value(D(2026, 11, 1))
        _ok(dialog)

    QTimer.singleShot(0, fill)
    add = next(b for b in record.findChildren(QPushButton) if b.text() == "Add child…")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert published == [Change.of(family_id, Part.MEMBERS)]
    names = [record.children_model.index(r, 0).data() for r in range(2)]
    assert names == ["Ada Okafor", "Chidi Okafor"]  # the record reloaded from the bus


def test_the_record_reloads_only_what_a_change_of_its_family_touches(qtbot, ctx, monkeypatch):
    from imh_desktop.ui.family import record as family_record

    family_id = _make_family(ctx)
    record = FamilyRecordWidget(ctx, family_id)
    qtbot.addWidget(record)
    reloads = []
    for name in ("goals_tab", "visits_tab", "screenings_tab", "reports_tab"):
        monkeypatch.setattr(getattr(record, name), "refresh", lambda n=name: reloads.append(n))
    real_alerts = family_record.list_alerts
    monkeypatch.setattr(
        family_record,
        "list_alerts",
        lambda *a, **k: reloads.append("overview") or real_alerts(*a, **k),
    )
    ctx.bus.publish(Change.of(family_id + 1, Part.GOALS, Part.FAMILY))  # another family
    ctx.bus.publish(Change.of(None, Part.STAFF))
    assert reloads == []
    ctx.bus.publish(Change.of(family_id, Part.GOALS))
    assert reloads == ["goals_tab"]
    reloads.clear()
    ctx.bus.publish(Change.of(family_id, Part.VISITS, Part.DRAFTS))
    assert reloads == ["visits_tab", "reports_tab"]
    reloads.clear()
    ctx.bus.publish(Change.of(family_id, Part.SCREENINGS, Part.ALERTS))
    assert reloads == ["overview", "screenings_tab"]  # the alert badges, and the tab once


def test_error_handler_shows_domain_errors_plainly(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[1:3]))
    ui_errors.show_error(None, DomainError("The visit date is before enrolment.", "visit_date"))
    ui_errors.show_error(None, ConflictError("Someone else changed this family."))
    assert shown == [
        ("IMH Desktop", "The visit date is before enrolment."),
        ("Someone else saved first", "Someone else changed this family."),
    ]


def test_unexpected_error_dialog_has_copyable_details(qtbot):
    try:
        raise RuntimeError("disk on fire")
    except RuntimeError as exc:
        error = exc
    import traceback

    details = "".join(traceback.format_exception(error))
    dialog = ui_errors.ErrorDialog(details)
    qtbot.addWidget(dialog)
    assert "RuntimeError: disk on fire" in dialog.text.toPlainText()
    copy = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Copy details")
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    from PySide6.QtGui import QGuiApplication

    assert "disk on fire" in QGuiApplication.clipboard().text()


def test_hold_then_reopen(ctx, window, monkeypatch):
    actions = window.main_actions
    family_id = _make_family(ctx)
    window.refresh()
    window.caseload.select_family(family_id)
    assert actions.hold_action.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    actions.hold_action.trigger()
    assert window.caseload.visible_rows()[0].status is FamilyStatus.ON_HOLD
    assert not actions.hold_action.isEnabled() and actions.reopen_action.isEnabled()
    actions.reopen_action.trigger()
    assert families.get_family(ctx.svc, family_id).status is FamilyStatus.ACTIVE
    assert window.caseload.visible_rows()[0].status is FamilyStatus.ACTIVE


def test_closing_a_tab_with_unsaved_edits_asks_first(qtbot, ctx, window, monkeypatch):
    from PySide6.QtWidgets import QWidget

    class DirtyEditor(QWidget):
        def has_unsaved_changes(self) -> bool:
            return True

    record = window.open_family(_make_family(ctx))
    record._add_tab("Draft", DirtyEditor())
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or answers.pop(0)
    )
    window.tabs.tabCloseRequested.emit(1)
    assert window.tabs.count() == 2 and "not saved" in asked[0]
    window.tabs.tabCloseRequested.emit(1)
    assert window.tabs.count() == 1


def test_reassign_from_the_family_menu(qtbot, app_ctx, ctx, staff, window, tmp_path):
    from imh_desktop.ui.family.case_dialogs import ReassignDialog

    family_id = _make_family(ctx)
    window.refresh()
    window.caseload.select_family(family_id)
    # Ana may not give her family away: the action says why instead of failing after a click.
    reassign = window.main_actions.reassign_action
    assert not reassign.isEnabled()
    assert reassign.toolTip() == "Only a supervisor can give this family to another specialist."
    assert window.main_actions.edit_family_action.isEnabled()
    sam = app_ctx(staff["ssupervisor"])
    settings = Settings(QSettings(str(tmp_path / "sam.ini"), QSettings.Format.IniFormat))
    sams = MainWindow(sam, settings)
    qtbot.addWidget(sams)
    sams.show()
    sams.caseload.select_family(family_id)
    assert sams.main_actions.reassign_action.isEnabled()

    offered = []

    def choose_ben():
        dialog = sams.findChild(ReassignDialog)
        offered.extend(dialog.specialist.itemText(i) for i in range(dialog.specialist.count()))
        dialog.specialist.setCurrentIndex(dialog.specialist.findText("Ben Specialist"))
        _ok(dialog)

    QTimer.singleShot(0, choose_ben)
    sams.main_actions.reassign_action.trigger()
    assert sorted(offered) == ["Ben Specialist", "Sam Supervisor"]  # his team, Ana aside
    assert families.get_family(sam.svc, family_id).specialist_id == staff["bspecialist"]
    window.refresh()
    assert window.caseload.visible_rows() == []  # no longer in Ana's own caseload


def test_nothing_is_pre_chosen_that_the_user_must_undo(qtbot, app_ctx, ctx, staff):
    from imh_desktop.services.family.families import get_family
    from imh_desktop.ui.family.case_dialogs import ReassignDialog
    from imh_desktop.ui.family.member_dialogs import ChildDialog

    sam = app_ctx(staff["ssupervisor"])
    new = FamilyDialog(sam, list_staff(sam.svc))  # a supervisor chooses whose family it is
    qtbot.addWidget(new)
    assert new.family_form.specialist.currentIndex() == -1
    assert new.family_form.specialist.placeholderText() == "Choose a specialist"
    mine = FamilyDialog(ctx, list_staff(ctx.svc))  # a specialist adds to her own caseload
    qtbot.addWidget(mine)
    assert mine.family_form.specialist.currentData() == staff["aspecialist"]
    family_id = _make_family(ctx)
    reassign = ReassignDialog(sam, get_family(sam.svc, family_id), list_staff(sam.svc))
    qtbot.addWidget(reassign)
    assert reassign.specialist.currentIndex() == -1
    _ok(reassign)  # nothing chosen: refused, nothing changed
    assert reassign.result() == 0
    assert get_family(sam.svc, family_id).specialist_id == staff["aspecialist"]
    child = ChildDialog(ctx, family_id)
    qtbot.addWidget(child)
    child.form.full_name.insert("Mai")
    _ok(child)
    assert child.form.error_text("dob") == "Enter the child's date of birth."
    assert len(get_family(ctx.svc, family_id).children) == 1
