"""The caseload window driven like a user: search, sort, filter, open, settings."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt

from imh_desktop.data.models import Alert
from imh_desktop.domain.enums import (
    AlertKind,
    FamilyStatus,
    FollowUpKind,
    Frequency,
    Instrument,
    ReferralSource,
    VisitOutcome,
)
from imh_desktop.domain.inputs import CaregiverInput, ChildInput, FamilyInput, VisitInput
from imh_desktop.services.family import families
from imh_desktop.services.screenings.results import (
    ScreeningInput,
    list_alerts,
    record_screening,
    resolve_alert,
)
from imh_desktop.ui.caseload.model import COLUMN_INDEX, CaseloadFilterProxy
from imh_desktop.ui.common.settings import CASELOAD_HEADER, Settings
from imh_desktop.ui.family.record import FamilyRecordWidget
from imh_desktop.ui.shell.main_window import MainWindow
from tests.factories import add_visit

pytestmark = pytest.mark.ui
D = dt.date


def _family(as_user, actor, specialist, name, child, last_visit=None, planned=None, **changes):
    values = dict(
        display_name=name, specialist_id=specialist, referral_source=ReferralSource.WIC,
        referral_date=D(2026, 1, 2), enrolled_on=D(2026, 1, 10),
        caregivers=(CaregiverInput(f"{child.split()[-1]} Parent"),),
        children=(ChildInput(child, D(2025, 12, 1)),),
    )  # fmt: skip
    values.update(changes)
    record = families.create_family(as_user(actor), FamilyInput(**values))
    for day, outcome in ((last_visit, VisitOutcome.COMPLETED), (planned, VisitOutcome.PLANNED)):
        if day is not None:
            add_visit(as_user(specialist), record.id, VisitInput(day, outcome))
    return record.id


@pytest.fixture
def agency(db, staff, as_user):
    sup, ana, ben = staff["ssupervisor"], staff["aspecialist"], staff["bspecialist"]
    ids = {
        "nguyen": _family(as_user, sup, ana, "Nguyễn family", "Bảo Nguyễn", D(2026, 11, 20)),
        "okafor": _family(as_user, sup, ben, "Okafor family", "Ada Okafor", D(2026, 10, 1),
                          frequency=Frequency.BIWEEKLY),
        "smith": _family(as_user, sup, ana, "Smith family", "Lily Smith", D(2026, 11, 24),
                         planned=D(2026, 12, 15)),
    }  # fmt: skip
    with db.session() as session:
        session.add(Alert(family_id=ids["okafor"], kind=AlertKind.URGENT,
                          text="EPDS item 10 above 0", opened_on=D(2026, 11, 1)))  # fmt: skip
    return ids


@pytest.fixture
def settings(tmp_path):
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, app_ctx, staff, agency, settings):
    win = MainWindow(app_ctx(staff["ssupervisor"]), settings)
    qtbot.addWidget(win)
    win.resize(1400, 860)
    win.show()
    qtbot.waitExposed(win)
    return win


def _shown(win) -> list[str]:
    return [r.family_name for r in win.caseload.visible_rows()]


def test_supervisor_sees_team_and_status_bar(window):
    assert window.scope == "team"
    assert sorted(_shown(window)) == ["Nguyễn family", "Okafor family", "Smith family"]
    assert window.summary_label.text() == "3 open cases: 3 served this month · 1 overdue · 1 alert"
    assert window.tabs.tabText(0) == "Whole team"


def test_specialist_starts_with_own_caseload(qtbot, app_ctx, staff, agency, settings):
    win = MainWindow(app_ctx(staff["aspecialist"]), settings)
    qtbot.addWidget(win)
    assert win.scope == "mine"
    assert sorted(_shown(win)) == ["Nguyễn family", "Smith family"]


def test_specialist_filter_only_when_there_is_more_than_one_specialist(
    qtbot, app_ctx, staff, agency, settings, window
):
    assert not window.caseload.specialist_combo.isHidden()
    own = MainWindow(app_ctx(staff["aspecialist"]), settings)
    qtbot.addWidget(own)
    assert own.caseload.specialist_combo.isHidden()


def test_search_as_you_type_folds_accents(qtbot, window):
    qtbot.keyClicks(window.caseload.search, "nguyen")
    assert _shown(window) == ["Nguyễn family"]
    window.caseload.search.clear()
    qtbot.keyClicks(window.caseload.search, "ada par")  # child's and caregiver's names
    assert _shown(window) == ["Okafor family"]
    qtbot.keyClicks(window.caseload.search, "x")
    assert _shown(window) == []
    assert window.caseload.count_label.text() == "0 of 3 families"


def test_sort_by_next_visit_due(qtbot, window):
    header = window.caseload.table.horizontalHeader()

    def click(key):
        pos = _section_center(header, COLUMN_INDEX[key])
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)

    click("family")
    assert _shown(window)[0] in ("Nguyễn family", "Smith family")
    click("next_visit_due")
    # Okafor: 1 Oct + 14 days = 15 Oct; Nguyễn: 20 Nov + 7 = 27 Nov; Smith: planned 15 Dec.
    ascending = ["Okafor family", "Nguyễn family", "Smith family"]
    assert header.sortIndicatorSection() == COLUMN_INDEX["next_visit_due"]
    first = header.sortIndicatorOrder()
    expected = ascending if first == Qt.SortOrder.AscendingOrder else ascending[::-1]
    assert _shown(window) == expected
    click("next_visit_due")
    assert header.sortIndicatorOrder() != first
    assert _shown(window) == expected[::-1]


def _section_center(header, logical):
    from PySide6.QtCore import QPoint

    x = header.sectionViewportPosition(logical) + header.sectionSize(logical) // 2
    return QPoint(x, header.height() // 2)


def test_filters(qtbot, window):
    view = window.caseload
    view.alerts_check.click()
    assert _shown(window) == ["Okafor family"]
    view.alerts_check.click()
    view.due_combo.setCurrentIndex(view.due_combo.findData(CaseloadFilterProxy.DUE_OVERDUE))
    assert _shown(window) == ["Okafor family"]
    view.due_combo.setCurrentIndex(view.due_combo.findData(CaseloadFilterProxy.DUE_SOON))
    assert sorted(_shown(window)) == ["Nguyễn family", "Okafor family"]  # not 15 Dec
    view.due_combo.setCurrentIndex(0)
    view.specialist_combo.setCurrentIndex(view.specialist_combo.findText("Ben Specialist"))
    assert _shown(window) == ["Okafor family"]
    view.specialist_combo.setCurrentIndex(0)
    view.status_combo.setCurrentIndex(view.status_combo.findText("On hold"))
    assert view.selected_status() is FamilyStatus.ON_HOLD and _shown(window) == []
    view.status_combo.setCurrentIndex(view.status_combo.findText("Active"))
    assert len(_shown(window)) == 3
    view.unsigned_check.click()  # every completed visit here is unsigned
    assert sorted(_shown(window)) == ["Nguyễn family", "Okafor family", "Smith family"]


def test_open_with_double_click_and_enter(qtbot, window, agency):
    table = window.caseload.table
    row = _shown(window).index("Smith family")
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.tabs.count() == 2
    record = window.tabs.currentWidget()
    assert isinstance(record, FamilyRecordWidget) and record.family_id == agency["smith"]
    window.tabs.setCurrentIndex(0)
    window.caseload.select_family(agency["okafor"])
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.tabs.count() == 3
    assert window.tabs.currentWidget().family_id == agency["okafor"]
    window.open_family(agency["smith"])  # already open: focused, not opened twice
    assert window.tabs.count() == 3 and window.tabs.currentWidget().family_id == agency["smith"]
    window.tabs.tabCloseRequested.emit(2)
    assert window.tabs.count() == 2


def test_ctrl_f_focuses_search(qtbot, window):
    window.caseload.table.setFocus()
    window.main_actions.find_action.trigger()
    assert window.focusWidget() is window.caseload.search
    assert window.main_actions.find_action.shortcut().toString() == "Ctrl+F"


def test_refresh_and_sorting_keep_selection(window, agency):
    window.caseload.select_family(agency["smith"])
    window.refresh()
    assert window.caseload.selected_family_id() == agency["smith"]
    window.caseload.table.sortByColumn(COLUMN_INDEX["family"], Qt.SortOrder.DescendingOrder)
    assert _shown(window) == ["Smith family", "Okafor family", "Nguyễn family"]
    assert window.caseload.selected_family_id() == agency["smith"]
    window.caseload.table.sortByColumn(COLUMN_INDEX["alerts"], Qt.SortOrder.DescendingOrder)
    assert _shown(window)[0] == "Okafor family"
    assert window.caseload.selected_family_id() == agency["smith"]


def test_models_pass_the_model_tester(qtmodeltester, window):
    qtmodeltester.check(window.caseload.model)
    qtmodeltester.check(window.caseload.proxy)


def test_header_state_round_trip(qtbot, app_ctx, staff, agency, settings, window):
    header = window.caseload.table.horizontalHeader()
    caregiver = next(a for a in window.caseload.column_actions(window) if a.text() == "Caregiver")
    caregiver.setChecked(False)  # the person hides it (View > Columns)
    header.moveSection(header.visualIndex(COLUMN_INDEX["family"]), 0)
    window.close()
    assert not settings.value(CASELOAD_HEADER).isEmpty()
    again = MainWindow(app_ctx(staff["ssupervisor"]), settings)
    qtbot.addWidget(again)
    again.resize(1366, 768)
    again.show()
    header = again.caseload.table.horizontalHeader()
    assert header.isSectionHidden(COLUMN_INDEX["caregiver"])
    assert header.logicalIndex(0) == COLUMN_INDEX["family"]
    assert not header.isSectionHidden(COLUMN_INDEX["specialist"])  # a team: who holds each


def test_column_menu_hides_a_column_but_not_an_essential_one(window):
    actions = {a.text(): a for a in window.caseload.column_actions(window)}
    actions["Goals"].setChecked(False)
    assert window.caseload.table.horizontalHeader().isSectionHidden(COLUMN_INDEX["active_goals"])
    assert not actions["Alerts"].isEnabled() and not actions["Children (age)"].isEnabled()


def test_scope_switch(window):
    # The View menu offers the scopes the permission table allows: no "All families".
    assert list(window.main_actions.scope_actions) == ["mine", "team"]
    window.main_actions.scope_actions["mine"].trigger()
    assert _shown(window) == []  # the supervisor holds no families of their own
    assert window.tabs.tabText(0) == "My caseload"
    window.main_actions.scope_actions["team"].trigger()
    assert len(_shown(window)) == 3


def test_export_writes_the_table_as_shown(window, tmp_path):
    import csv

    from imh_desktop.ui.caseload.export import export_table, visible_table

    header = window.caseload.table.horizontalHeader()
    header.setSectionHidden(COLUMN_INDEX["children"], True)
    header.moveSection(header.visualIndex(COLUMN_INDEX["family"]), 0)
    window.caseload.search.setText("okafor")
    path = tmp_path / "caseload.csv"
    export_table(visible_table(window.caseload), path)
    with path.open(encoding="utf-8-sig") as handle:
        lines = list(csv.reader(handle))
    assert lines[0][:3] == ["Family", "Case", "Caregiver"]
    assert "Children (age)" not in lines[0]
    assert len(lines) == 2 and lines[1][0] == "Okafor family"
    assert lines[1][lines[0].index("Next due")] == "15 Oct 2026"


def test_record_splitter_is_remembered(qtbot, staff, agency, settings, window):
    from imh_desktop.ui.common.settings import RECORD_SPLITTER

    record = window.open_family(agency["smith"])
    record.overview_splitter.setSizes([300, 700])
    record.overview_splitter.splitterMoved.emit(300, 1)
    assert not settings.value(RECORD_SPLITTER).isEmpty()
    window.tabs.tabCloseRequested.emit(1)
    again = window.open_family(agency["smith"])
    assert again is not record
    assert again.overview_splitter.saveState() == settings.value(RECORD_SPLITTER)


def test_window_restored_off_screen_is_pulled_back(qtbot, window):
    from PySide6.QtGui import QGuiApplication

    from imh_desktop.ui.common.settings import keep_on_screen

    area = QGuiApplication.primaryScreen().availableGeometry()
    window.move(area.right() + 2000, area.bottom() + 2000)
    keep_on_screen(window)
    frame = window.frameGeometry()
    assert area.contains(frame.topLeft())  # the title bar can be reached
    minimum = window.minimumSizeHint()
    assert window.width() <= max(area.width(), minimum.width())
    assert window.height() <= max(area.height(), minimum.height())


def test_preferences_dialog_saves_declared_settings(qtbot, settings):
    from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QSpinBox

    from imh_desktop.ui.common.settings import REFRESH_MINUTES, SHOW_CLOSED, PreferencesDialog

    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    box = dialog.editors[SHOW_CLOSED.key]
    spin = dialog.editors[REFRESH_MINUTES.key]
    assert isinstance(box, QCheckBox) and isinstance(spin, QSpinBox)
    assert spin.text() == "Never"
    box.click()
    spin.setValue(5)
    buttons = dialog.findChild(QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert settings.value(SHOW_CLOSED) is True
    assert settings.value(REFRESH_MINUTES) == 5


def test_preferences_offer_size_theme_scope_and_a_shorter_idle_lock(qtbot, settings):
    from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QSpinBox

    from imh_desktop.ui.common.settings import (
        CASELOAD_SCOPE,
        FONT_SIZE,
        IDLE_LOCK_MINUTES,
        THEME,
        PreferencesDialog,
        lock_minutes,
    )

    dialog = PreferencesDialog(settings, idle_limit=10)
    qtbot.addWidget(dialog)
    size, theme = dialog.editors[FONT_SIZE.key], dialog.editors[THEME.key]
    scope, idle = dialog.editors[CASELOAD_SCOPE.key], dialog.editors[IDLE_LOCK_MINUTES.key]
    assert isinstance(size, QComboBox) and isinstance(theme, QComboBox)
    assert isinstance(scope, QComboBox) and isinstance(idle, QSpinBox)
    assert theme.currentText() == "As the system" and idle.text() == "The agency's limit"
    assert idle.maximum() == 10  # the agency's limit is the most one may choose
    size.setCurrentIndex(size.findData("12"))
    theme.setCurrentIndex(theme.findData("dark"))
    scope.setCurrentIndex(scope.findData("mine"))
    idle.setValue(30)  # clamped to the agency's 10
    try:
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        assert settings.value(FONT_SIZE) == "12" and settings.value(THEME) == "dark"
        assert settings.value(CASELOAD_SCOPE) == "mine" and settings.value(IDLE_LOCK_MINUTES) == 10
    finally:
        settings.set_value(FONT_SIZE, "")
        settings.set_value(THEME, "system")
    assert lock_minutes(10, 0) == 10 and lock_minutes(10, 5) == 5 and lock_minutes(10, 30) == 10


def test_a_supervisor_may_open_on_her_own_caseload(qtbot, app_ctx, staff, settings):
    from imh_desktop.ui.common.settings import CASELOAD_SCOPE

    settings.set_value(CASELOAD_SCOPE, "mine")
    window = MainWindow(app_ctx(staff["ssupervisor"]), settings)
    qtbot.addWidget(window)
    assert window.scope == "mine" and window.tabs.tabText(0) == "My caseload"
    settings.set_value(CASELOAD_SCOPE, "all")  # not one her role may see: the usual one
    again = MainWindow(app_ctx(staff["ssupervisor"]), settings)
    qtbot.addWidget(again)
    assert again.scope == "team"


def test_more_rows_after_refresh_are_all_shown(qtbot, as_user, staff, window):
    from imh_desktop.domain.enums import Role
    from imh_desktop.services.admin.staff import create_staff

    admin = as_user(staff["aadmin"])
    create_staff(admin, "espec", "Eve Newcomer", Role.SPECIALIST, staff["ssupervisor"])
    other_sup = create_staff(admin, "osup", "Olu Other", Role.SUPERVISOR)
    elsewhere = create_staff(admin, "xspec", "Xia Elsewhere", Role.SPECIALIST, other_sup.id)
    newcomer = staff_ids(as_user, "espec")
    _family(as_user, staff["ssupervisor"], newcomer, "Newcomer family", "Kim Lee")
    _family(as_user, other_sup.id, elsewhere.id, "Elsewhere family", "Bo Lee")
    assert len(_shown(window)) == 3
    window.refresh()
    assert len(_shown(window)) == 4  # the team's new family; never another team's
    assert "Elsewhere family" not in _shown(window)
    assert window.caseload.proxy.rowCount() == window.caseload.model.rowCount() == 4


def staff_ids(as_user, username):
    from imh_desktop.services.admin.staff import find_staff

    return find_staff(as_user(0).db, username).id


def test_sorting_with_a_search_keeps_the_right_rows(qtbot, window):
    qtbot.keyClicks(window.caseload.search, "family")
    window.caseload.search.clear()
    qtbot.keyClicks(window.caseload.search, "okafor")
    assert _shown(window) == ["Okafor family"]
    for key in ("family", "case_number", "alerts", "next_visit_due"):
        for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
            window.caseload.table.sortByColumn(COLUMN_INDEX[key], order)
            assert _shown(window) == ["Okafor family"], (key, order)


def test_a_search_over_scattered_rows_is_one_layout_change_and_keeps_the_selection(qtbot, window):
    """A letter that hides every other family tells the view once, not once per family.

    Emptying the box over 10,000 families took 34 ms as ~2,000 separate insertions;
    as one layout change it takes 10 ms (benchmarks/caseload_table.py).
    """
    import dataclasses

    okafor, smith = (
        next(r for r in window.caseload.model.rows() if r.family_name == name)
        for name in ("Okafor family", "Smith family")
    )
    rows = [
        dataclasses.replace(
            okafor if i % 2 else smith,
            family_id=1000 + i,
            case_number=f"IMH-2026-{i:04d}",
        )
        for i in range(400)
    ]
    window.caseload.set_rows(rows)
    window.caseload.table.sortByColumn(COLUMN_INDEX["case_number"], Qt.SortOrder.AscendingOrder)
    window.caseload.select_family(1000 + 201)  # an Okafor row, which the search keeps
    proxy = window.caseload.proxy
    seen = {"inserted": 0, "removed": 0, "layout": 0}
    proxy.rowsInserted.connect(lambda *a: seen.__setitem__("inserted", seen["inserted"] + 1))
    proxy.rowsRemoved.connect(lambda *a: seen.__setitem__("removed", seen["removed"] + 1))
    proxy.layoutChanged.connect(lambda *a: seen.__setitem__("layout", seen["layout"] + 1))

    qtbot.keyClicks(window.caseload.search, "okaf")
    assert proxy.rowCount() == 200
    assert {r.family_name for r in window.caseload.visible_rows()} == {"Okafor family"}
    assert window.caseload.selected_family_id() == 1000 + 201
    window.caseload.search.clear()
    assert proxy.rowCount() == 400
    assert window.caseload.selected_family_id() == 1000 + 201
    assert window.caseload.count_label.text() == "400 families"
    assert seen == {"inserted": 0, "removed": 0, "layout": 5}  # four letters, then cleared


def test_saving_a_family_updates_its_row_alone(qtbot, window, agency, monkeypatch):
    from PySide6.QtCore import QTimer

    from imh_desktop.services.common.changes import Change, Part
    from imh_desktop.ui.family.dialogs import FamilyDialog
    from imh_desktop.ui.shell import main_window as main_window_module

    full_reads = []
    monkeypatch.setattr(
        main_window_module, "list_caseload", lambda *a, **k: full_reads.append(a) or []
    )
    window.caseload.table.sortByColumn(COLUMN_INDEX["family"], Qt.SortOrder.AscendingOrder)
    before = {r.family_id: r for r in window.caseload.model.rows()}
    record = window.open_family(agency["smith"])  # the Family menu acts on the record in front

    def rename():
        dialog = window.findChild(FamilyDialog)
        dialog.family_form.display_name.setText("Abara family")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    QTimer.singleShot(0, rename)
    window.main_actions.edit_family_action.trigger()
    assert full_reads == []  # no reload of the whole caseload
    after = {r.family_id: r for r in window.caseload.model.rows()}
    assert after[agency["smith"]].family_name == "Abara family"
    for other in ("nguyen", "okafor"):  # the other rows were left as they were
        assert after[agency[other]] is before[agency[other]]
    assert _shown(window) == ["Abara family", "Nguyễn family", "Okafor family"]  # still sorted
    assert window.caseload.selected_family_id() == agency["smith"]  # the family just saved
    assert record.title_label.text() == "Abara family"  # the open record followed
    assert window.tabs.tabText(window.tabs.indexOf(record)) == "Abara family"

    # Another family is renamed (saved elsewhere): its row moves, the selection stays.
    okafor = families.get_family(window.ctx.svc, agency["okafor"])
    data = FamilyInput(
        "Aaron family", okafor.specialist_id, okafor.referral_source, okafor.referral_date,
        okafor.enrolled_on, okafor.frequency,
    )  # fmt: skip
    families.update_family(window.ctx.svc, okafor.id, data, okafor.version)
    window.ctx.bus.publish(Change.of(okafor.id, Part.FAMILY))
    assert full_reads == []
    assert _shown(window) == ["Aaron family", "Abara family", "Nguyễn family"]
    assert window.caseload.selected_family_id() == agency["smith"]


def test_a_staff_change_reloads_the_whole_caseload(window, monkeypatch):
    from imh_desktop.services.common.changes import Change, Part
    from imh_desktop.ui.shell import main_window as main_window_module

    reads = []
    real = main_window_module.list_caseload
    monkeypatch.setattr(
        main_window_module, "list_caseload", lambda *a, **k: reads.append(1) or real(*a, **k)
    )
    window.ctx.bus.publish(Change.of(None, Part.DRAFTS))
    assert reads == []
    window.ctx.bus.publish(Change.of(None, Part.STAFF))
    assert reads == [1] and len(_shown(window)) == 3


def test_model_puts_and_removes_one_row(qtmodeltester, window, agency):
    import dataclasses

    model = window.caseload.model
    smith = model.row_record(model.row_of_family(agency["smith"]))
    model.put_row(dataclasses.replace(smith, family_name="Zed family", case_number="IMH-0"))
    assert model.row_record(model.row_of_family(agency["smith"])).family_name == "Zed family"
    assert model.remove_family(agency["smith"]) and model.row_of_family(agency["smith"]) == -1
    model.put_row(smith)  # back in, at its place in the sort order
    assert model.rowCount() == 3 and _shown(window)[-1] == "Smith family"
    qtmodeltester.check(model)
    qtmodeltester.check(window.caseload.proxy)


def test_the_caseload_and_a_record_arrive_from_the_thread_pool(
    qtbot, db, clock, staff, agency, settings
):
    from PySide6.QtCore import QThreadPool

    from imh_desktop.services.admin.staff import get_staff
    from imh_desktop.services.common.context import ServiceContext
    from imh_desktop.ui.common.context import AppContext
    from imh_desktop.ui.common.tasks import ThreadPoolRunner

    svc = ServiceContext(db, staff["ssupervisor"], clock)
    ctx = AppContext(svc, get_staff(svc, svc.user_id), ThreadPoolRunner())
    win = MainWindow(ctx, settings)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: len(_shown(win)) == 3, timeout=10_000)
    record = win.open_family(agency["smith"])
    qtbot.waitUntil(lambda: record.family is not None, timeout=10_000)
    assert win.tabs.tabText(win.tabs.indexOf(record)) == "Smith family"
    assert record.title_label.text() == "Smith family"
    QThreadPool.globalInstance().waitForDone(10_000)


def test_one_click_shows_the_teams_positive_screens_still_without_follow_up(
    qtbot, app_ctx, as_user, staff, open_window
):
    sup, ana, ben = staff["ssupervisor"], staff["aspecialist"], staff["bspecialist"]
    waiting = _family(as_user, sup, ana, "Nguyễn family", "Bảo Nguyễn")
    followed = _family(as_user, sup, ben, "Okafor family", "Ada Okafor")
    calm = _family(as_user, sup, ana, "Smith family", "Lily Smith")
    # EPDS answers as the options chosen (items 3 and 5-10 score in reverse): 18, and 0.
    positive, negative = (3, 3, 0, 3, 0, 0, 3, 3, 3, 3), (0, 0, 3, 0, 3, 3, 3, 3, 3, 3)
    for family_id, who, answers in ((waiting, ana, positive), (followed, ben, positive),
                                    (calm, ana, negative)):  # fmt: skip
        ctx = as_user(who)
        carer = families.get_family(ctx, family_id).caregivers[0].id
        record_screening(ctx, family_id, ScreeningInput(
            Instrument.EPDS, D(2026, 11, 20), caregiver_id=carer, answers=answers))  # fmt: skip
    [alert] = list_alerts(as_user(ben), followed)
    resolve_alert(as_user(ben), alert.id, FollowUpKind.NO_REFERRAL, "Already seeing a counsellor.")
    window = open_window(sup)  # the supervisor's window at 1366 x 768, the whole team shown
    view = window.caseload
    assert window.scope == "team" and len(_shown(window)) == 3
    assert view.alerts_check.isVisible() and "follow-up" in view.alerts_check.toolTip()
    qtbot.mouseClick(view.alerts_check, Qt.MouseButton.LeftButton)  # the one click
    assert _shown(window) == ["Nguyễn family"]
    [row] = view.visible_rows()
    assert row.open_alerts == 1 and "EPDS" in row.alert_text


def _cell(win, row: int, key: str) -> str:
    model = win.caseload.proxy
    return model.index(row, COLUMN_INDEX[key]).data()


@pytest.mark.usefixtures("spanish")
def test_in_spanish_dates_ages_and_counts_read_in_spanish(qtbot, app_ctx, staff, agency, settings):
    win = MainWindow(app_ctx(staff["ssupervisor"]), settings)
    qtbot.addWidget(win)
    qtbot.keyClicks(win.caseload.search, "nguyen")
    assert _shown(win) == ["Nguyễn family"]
    # Born 1 Dec 2025, last seen 20 Nov 2026, weekly: one of four visits expected so far.
    assert _cell(win, 0, "children") == "Bảo Nguyễn, 11 m 24 d"
    assert _cell(win, 0, "last_visit") == "20 nov 2026"
    assert _cell(win, 0, "enrolled") == "10 ene 2026"
    assert _cell(win, 0, "next_visit_due") == "27 nov 2026"
    assert _cell(win, 0, "visits_this_month") == "1 de 4"
    tip = Qt.ItemDataRole.ToolTipRole
    next_due = win.caseload.proxy.index(0, COLUMN_INDEX["next_visit_due"])
    assert next_due.data(tip) == "Próxima visita el 27 nov 2026"
    visits = win.caseload.proxy.index(0, COLUMN_INDEX["visits_this_month"])
    assert visits.data(tip).startswith(
        "Visitas realizadas este mes: 1; esperadas hasta ahora: 3,6 ("
    )


def test_in_english_the_same_cells_are_unchanged(qtbot, window):
    qtbot.keyClicks(window.caseload.search, "nguyen")
    assert _cell(window, 0, "children") == "Bảo Nguyễn, 11 mo 24 d"
    assert _cell(window, 0, "last_visit") == "20 Nov 2026"
    assert _cell(window, 0, "visits_this_month") == "1 of 4"
