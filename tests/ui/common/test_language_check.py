"""The walk that finds texts still in English when the interface is in another language."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from imh_desktop.ui.common import fit, language_check
from imh_desktop.ui.common.language_check import english_left, readable_texts, source_patterns
from tests.factories import first_row
from tests.ui.spanish import SAME_IN_SPANISH, child_failure, demo_data, english_sources


def make_window(qtbot, *, button: str, header: str, label: str, placeholder: str) -> QWidget:
    window = QWidget()
    window.setWindowTitle("Familia")
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.addWidget(QPushButton(button))
    layout.addWidget(QLabel(label))
    edit = QLineEdit("the text someone typed stays as it is")
    edit.setPlaceholderText(placeholder)
    layout.addWidget(edit)
    model = QStandardItemModel(1, 1)
    model.setHorizontalHeaderLabels([header])
    table = QTableView()
    table.setModel(model)
    layout.addWidget(table)
    window.show()
    qtbot.waitExposed(window)
    window._keep = model  # type: ignore[attr-defined]
    return window


def test_spanish_texts_pass_and_english_ones_are_named(qtbot):
    sources = source_patterns(["&Save note", "{0} of %n family(ies)", "Case number"])
    spanish = make_window(
        qtbot, button="&Guardar nota", header="Número de caso",
        label="3 de 9 familias — Lewis / Baker", placeholder="Buscar",
    )  # fmt: skip
    assert english_left(spanish, sources, data={"Lewis / Baker"}) == []
    english = make_window(
        qtbot, button="&Save note", header="Case number",
        label="3 of 9 family(ies)", placeholder="Search the caseload",
    )  # fmt: skip
    found = english_left(english, sources)
    assert any("button 'Save note'" in f for f in found)  # a source string, & aside
    assert any("header 'Case number'" in f for f in found)
    assert any("label '3 of 9 family(ies)'" in f for f in found)  # a source with its values
    assert any("placeholder 'Search the caseload'" in f for f in found)  # English words
    # what a person typed is data: never a finding's text
    assert not any(f.split(": ", 1)[1].endswith("stays as it is'") for f in found)


def test_data_and_allowed_words_are_not_flagged(qtbot):
    window = make_window(
        qtbot, button="EPDS", header="PHQ-9", label="Visit with the Nguyen family",
        placeholder="",
    )  # fmt: skip
    assert english_left(window, [], allowed=("EPDS", "PHQ-9")) == [
        "QLabel('Visit with the Nguyen family'): label 'Visit with the Nguyen family'"
        " (family, the, visit, with)"
    ]
    assert (
        english_left(window, [], data={"Visit with the Nguyen family"}, allowed=("EPDS", "PHQ-9"))
        == []
    )
    kinds = {t.kind for t in readable_texts(window)}
    assert {"window title", "button", "label", "header"} <= kinds


def test_data_sharing_a_beginning_is_each_taken_out_whole(qtbot):
    """Two records that begin alike: the longer must not eat the other's beginning (its
    English rest would then be flagged); a value cut short with "…" still counts as data."""
    hazel = "Family staying with relatives; Hazel sleeps in the adult bed."
    emiliano = "Family staying with relatives; Emiliano sleeps in the adult bed."
    window = make_window(
        qtbot, button="Guardar", header="Meta", label=f"Línea de base: {hazel}",
        placeholder="Family staying with relatives; Emi…",
    )  # fmt: skip
    assert english_left(window, [], data={hazel, emiliano}) == []
    window.findChild(QLabel).setText(f"Línea de base: {hazel} Ask the family")
    found = english_left(window, [], data={hazel, emiliano})
    assert len(found) == 1 and found[0].endswith(" (family, the)")  # what is left of the label


# The walk: every window and dialog a user can open, in Spanish, on the demo agency ------

SCREEN = QSize(1366, 768)


class Walk:
    """Opens each window once, takes its picture and notes English, cut or unfit text."""

    def __init__(self, qtbot, monkeypatch, db, folder: Path) -> None:
        self.qtbot, self.monkeypatch, self.db, self.folder = qtbot, monkeypatch, db, folder
        self.sources = english_sources()
        self.data = demo_data(db)
        self.problems: dict[str, list[str]] = {}
        self.stops: list[str] = []

    def look(self, stop: str, widget: QWidget, size: QSize | None = None) -> None:
        QWidget.show(widget)
        if size is not None:  # as a maximised window: its frame fills the screen
            widget.resize(size - (widget.frameGeometry().size() - widget.size()))
        self.qtbot.waitExposed(widget)
        QApplication.processEvents()
        widget.grab().save(str(self.folder / f"es-{stop}.png"))
        found = fit.fit_problems(widget, SCREEN)
        found += language_check.english_left(widget, self.sources, self.data, SAME_IN_SPANISH)
        self.stops.append(stop)
        if found:
            self.problems[stop] = found

    def dialogs_of(
        self, trigger: Callable[[], object], stop: str,
        before: Callable[[QDialog], object] | None = None,
    ) -> None:  # fmt: skip
        """Run ``trigger``; the dialog it opens (``before`` done to it) is looked at, then
        cancelled."""
        seen: list[str] = []

        def exec_(dialog: QDialog) -> int:
            seen.append(type(dialog).__name__)
            if before is not None:
                before(dialog)
            self.look(stop, dialog)
            dialog.hide()
            return int(QDialog.DialogCode.Rejected)

        with self.monkeypatch.context() as m:
            m.setattr(QDialog, "exec", exec_)
            m.setattr(QDialog, "open", lambda d: exec_(d) and None)
            m.setattr(QDialog, "show", lambda d: exec_(d) and None)
            trigger()
        if not seen:
            self.problems[stop] = [f"{stop}: no dialog opened"]


@pytest.fixture
def spanish(qapp):
    from imh_desktop.ui.common.i18n import install_language

    install_language("es")
    yield
    install_language("en")


CHILD = "IMH_WALK_CHILD"  # set in the child process, whose offscreen screen is 1366 x 768


@pytest.mark.skipif(
    not os.environ.get(CHILD), reason="run by test_every_window_and_dialog_reads_in_spanish"
)
@pytest.mark.usefixtures("spanish", "keep_drafts_on_close")
def test_walk_on_this_screen(qtbot, monkeypatch, demo_agency, context_for, settings, tmp_path):
    folder = Path(os.environ.get("IMH_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    walk = Walk(qtbot, monkeypatch, demo_agency, folder)
    _walk(walk, qtbot, demo_agency, context_for, settings)
    Path(os.environ[CHILD]).write_text(json.dumps(walk.problems), encoding="utf-8")
    assert len(walk.stops) >= 40
    assert all((folder / f"es-{stop}.png").is_file() for stop in walk.stops)
    assert walk.problems == {}, json.dumps(walk.problems, indent=1, ensure_ascii=False)


@pytest.mark.ui
@pytest.mark.skipif(bool(os.environ.get(CHILD)), reason="already the child process")
def test_every_window_and_dialog_reads_in_spanish(tmp_path):
    """The walk, in a child process whose screen is an office laptop's (dialogs open at a
    size that depends on the screen)."""
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": SCREEN.width(), "height": SCREEN.height(),
         "dpr": 1, "logicalDpi": 96, "logicalBaseDpi": 96}]}), encoding="utf-8")  # fmt: skip
    report = tmp_path / "found.json"
    env = dict(
        os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}", QT_SCALE_FACTOR="1",
        IMH_SCREENSHOTS=os.environ.get("IMH_SCREENSHOTS") or str(tmp_path / "screens"),
        **{CHILD: str(report)},
    )  # fmt: skip
    test = f"{__file__}::test_walk_on_this_screen"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test],
        env=env, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert report.is_file(), child_failure(done)
    problems = json.loads(report.read_text(encoding="utf-8"))
    assert problems == {}, json.dumps(problems, indent=1, ensure_ascii=False)
    assert done.returncode == 0, child_failure(done)


def _walk(walk: Walk, qtbot, db, context_for, settings) -> None:
    """Every window and dialog, each opened once: the supervisor's, then a specialist's."""
    from imh_desktop.data.models import Alert, Family, StaffUser, Visit
    from imh_desktop.domain.enums import FamilyStatus, Role
    from imh_desktop.domain.family_context import ReleaseInput
    from imh_desktop.services.family import consents
    from imh_desktop.ui.admin.staff_dialog import StaffAccountsDialog
    from imh_desktop.ui.auth.encryption import EncryptDialog, RecoverDialog, RecoveryKeyDialog
    from imh_desktop.ui.auth.password import ChangePasswordDialog
    from imh_desktop.ui.auth.signin import SetupDialog, SignInDialog
    from imh_desktop.ui.common.errors import ErrorDialog
    from imh_desktop.ui.common.phi import PdfPasswordDialog
    from imh_desktop.ui.common.tasks import SyncRunner
    from imh_desktop.ui.shell.main_window import MainWindow
    from imh_desktop.ui.team.supervision import SupervisionDialog
    from imh_desktop.ui.visits.editor import VisitNoteEditor

    specialist = first_row(db, StaffUser, StaffUser.role == Role.SPECIALIST)
    family = first_row(
        db, Family, Family.specialist_id == specialist.id, Family.status == FamilyStatus.ACTIVE
    )
    signed = first_row(
        db, Visit, Visit.family_id == family.id, Visit.signed_at.is_not(None),
        Visit.specialist_id == specialist.id,
    )  # fmt: skip
    boss = MainWindow(context_for(db), settings)
    qtbot.addWidget(boss)
    walk.look("caseload-supervisor", boss, SCREEN)
    boss.caseload.select_family(family.id)
    main, visits = boss.main_actions, boss.visit_actions
    for stop, action in (
        ("new-family", main.new_family_action),
        ("edit-family", main.edit_family_action),
        ("reassign", main.reassign_action),
        ("close-case", main.close_case_action),
        ("preferences", main.preferences_action),
        ("open-by-case-number", main.open_by_case_action),
        ("who-looked", boss.audit_actions.access_action),
        ("backups", boss.backup_actions.backups_action),
        ("import", main.import_action),
        ("batch-reports", boss.report_actions.batch_action),
        ("caseload-report", boss.report_actions.caseload_action),
        ("this-week-team", visits.week_action),
        ("referrals-to-follow-up", visits.follow_ups_action),
        ("calendar-team", boss.calendar_actions.calendar_action),
    ):
        walk.dialogs_of(action.trigger, stop)
    tools = boss.audit_actions.tools_menu().actions()
    for action in tools:
        if action.isSeparator() or action is boss.audit_actions.log_action:
            continue
        walk.dialogs_of(action.trigger, "tools-" + action.text().replace("&", "")[:12].lower())
    boss.audit_actions.log_action.trigger()
    walk.look("audit-log", boss.audit_actions.log_window, SCREEN)
    walk.dialogs_of(lambda: StaffAccountsDialog(boss.ctx, boss).open(), "staff-accounts")
    team = boss.open_team()
    walk.look("team", boss, SCREEN)
    team.show_specialist(int(team.data.team["specialist_id"].iloc[0]))
    walk.look("team-drill-down", boss, SCREEN)
    main.measures_action.trigger()
    walk.look("program-measures", boss, SCREEN)
    boss.family_tabs.open_search()
    walk.look("search", boss, SCREEN)
    about: list[QMessageBox] = []

    def about_(parent, title, text):
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
        about.append(box)
        walk.look("about", box)

    walk.monkeypatch.setattr(QMessageBox, "about", about_)
    main.about_action.trigger()
    walk.dialogs_of(
        lambda: SupervisionDialog(boss.ctx, specialist.id, specialist.full_name, boss).open(),
        "supervision",
    )

    ana = MainWindow(context_for(db, specialist.username), settings)
    qtbot.addWidget(ana)
    walk.look("caseload", ana, SCREEN)
    for stop, action in (
        ("unsigned-notes", ana.visit_actions.unsigned_action),
        ("this-week", ana.visit_actions.week_action),
        ("calendar", ana.calendar_actions.calendar_action),
    ):
        walk.dialogs_of(action.trigger, stop)
    record = ana.open_family(family.id)
    record.tabs.setCurrentWidget(record.reports_tab)
    walk.dialogs_of(record.reports_tab.progress_button.click, "progress-report")
    for index in range(record.tabs.count()):
        record.tabs.setCurrentIndex(index)
        walk.look(f"record-{index}", ana, SCREEN)
    record.tabs.setCurrentWidget(record.overview_tab)
    walk.dialogs_of(record.member_buttons[0].click, "add-caregiver")
    walk.dialogs_of(record.member_buttons[2].click, "add-child")
    record.tabs.setCurrentWidget(record.goals_tab)
    walk.dialogs_of(record.goals_tab.add_button.click, "add-goal")
    record.goals_tab.table.selectRow(0)
    walk.dialogs_of(record.goals_tab.edit_button.click, "edit-goal")
    context = record.context_tab
    record.tabs.setCurrentWidget(context)
    for stop, opener in (
        ("stressor", context._on_add_stressor_clicked),
        ("consent", context._on_consent_clicked),
        ("release", context._on_release_clicked),
        ("referral", context._on_refer_clicked),
    ):
        walk.dialogs_of(opener, stop)
    day = ana.ctx.today()  # a release to revoke (the demo family has none)
    release = ReleaseInput(
        "Centro de Salud Mental", "Plan de servicios", day, day.replace(day.year + 1)
    )
    consents.record_release(ana.ctx.svc, record.family_id, release)
    context.refresh()
    qtbot.waitUntil(lambda: context.releases_model.rowCount() > 0)
    for stop, table, opener in (  # the dialogs that act on the selected row
        ("protective-factor", context.factors_table, context._on_rate_clicked),
        ("resolve-stressor", context.stressors_table, context._on_resolve_clicked),
        ("revoke", context.releases_table, context._on_revoke_clicked),
    ):
        assert table.model().rowCount() > 0, f"{stop}: the demo family has no row to act on"
        table.selectRow(0)
        walk.dialogs_of(opener, stop)
    screenings = record.screenings_tab
    record.tabs.setCurrentWidget(screenings)
    walk.dialogs_of(screenings.record_button.click, "screening-asq")
    walk.dialogs_of(screenings.record_button.click, "screening-epds", before=_choose_epds)
    alert = first_row(
        db, Alert, Alert.resolved_at.is_(None),
        Alert.family_id.in_(select(Family.id).where(Family.specialist_id == specialist.id)),
    )  # fmt: skip
    assert alert is not None, "the demo gives the specialist an open alert"
    alerted = ana.open_family(alert.family_id)
    alerted.tabs.setCurrentWidget(alerted.screenings_tab)
    walk.dialogs_of(alerted.screenings_tab.follow_up_button.click, "follow-up")

    new = VisitNoteEditor(ana.ctx, family.id, None, restore=False)
    qtbot.addWidget(new)
    walk.look("editor-new", new)
    old = VisitNoteEditor(ana.ctx, family.id, signed.id, restore=False)
    qtbot.addWidget(old)
    walk.look("editor-signed", old)
    walk.dialogs_of(old.ui.amend_button.click, "amend")

    _more_dialogs(walk, qtbot, db, ana, record, context_for, settings)
    runner = SyncRunner()
    for stop, dialog in (
        ("sign-in", SignInDialog(db, ana.ctx.clock, runner)),
        ("set-up", SetupDialog(db, ana.ctx.clock, runner)),
        ("change-password", ChangePasswordDialog(ana.ctx.svc, runner)),
        ("recovery-key", RecoveryKeyDialog("ABCD-EFGH-IJKL-MNOP")),
        ("encrypt", EncryptDialog(ana.ctx.svc, runner)),
        ("recover", RecoverDialog(db, ana.ctx.clock, runner)),
        ("error", ErrorDialog("Traceback (most recent call last): ...")),
        (
            "pdf-password",
            PdfPasswordDialog(
                QCoreApplication.translate("TeamExports", "this report"), required=False
            ),
        ),
    ):
        qtbot.addWidget(dialog)
        walk.look(stop, dialog)
        dialog.hide()
    for window in (new, old, ana, boss):
        if shiboken6.isValid(window):
            window.close()


def _choose_epds(dialog) -> None:
    from imh_desktop.domain.enums import Instrument

    dialog.instrument.setCurrentIndex(dialog.instrument.findData(Instrument.EPDS))


CSV = (
    "Case;Family;Specialist;Referral date;Child;Born\n"
    "A-1;Ayala;{0};03/04/2026;Mia;12/05/2025\n"
    "A-2;Brook;{0};04/04/2026;Leo;31/02/2026\n"
)


def _more_dialogs(walk: Walk, qtbot, db, ana, record, context_for, settings) -> None:
    """The dialogs a menu does not open directly: the import wizard's pages, an
    administrator's, the emergency access, a conflict, a failed save, the reschedule."""
    import datetime as dt

    from PySide6.QtCore import QSettings

    from imh_desktop.data.faults import READ_ONLY_MESSAGE
    from imh_desktop.data.models import StaffUser
    from imh_desktop.domain.enums import Role
    from imh_desktop.domain.errors import StorageError
    from imh_desktop.services.admin.accounts import list_accounts
    from imh_desktop.services.calendar.views import list_calendar
    from imh_desktop.ui.admin.new_staff import NewStaffDialog
    from imh_desktop.ui.calendar.reschedule import RescheduleDialog
    from imh_desktop.ui.common.conflict import ConflictDialog, FieldVersions
    from imh_desktop.ui.family.emergency import EmergencyAccessDialog
    from imh_desktop.ui.imports.wizard import ImportWizard
    from imh_desktop.ui.screenings.safety import SafetyCheckDialog
    from imh_desktop.ui.visits.save_failed import SaveFailedDialog

    path = walk.folder.parent / "families.csv"
    path.write_text(CSV.format(ana.ctx.user.username), encoding="utf-8")
    ini = QSettings(str(walk.folder.parent / "import.ini"), QSettings.Format.IniFormat)
    wizard = ImportWizard(ana.ctx, settings=ini)
    qtbot.addWidget(wizard)
    wizard.file_page.choose(str(path))
    walk.data |= set(CSV.replace(";", "\n").splitlines())  # the file's own headers and cells
    for stop in ("import-file", "import-columns", "import-preview"):
        walk.look(stop, wizard)
        wizard.next()
    wizard.hide()
    admin = first_row(db, StaffUser, StaffUser.role == Role.ADMIN)
    ctx = context_for(db, admin.username)
    family_id = record.family_id
    today = ana.ctx.today()
    visits = list_calendar(ana.ctx.svc, today, today + dt.timedelta(days=30)).visits
    versions = [FieldVersions("Plan", "Llamar el martes", "Llamar el jueves")]
    for stop, dialog in (
        ("new-staff", NewStaffDialog(ctx, list_accounts(ctx.svc))),
        ("emergency-access", EmergencyAccessDialog(ana.ctx, family_id, "IMH-2025-0001")),
        ("safety-check", SafetyCheckDialog(ana.ctx)),
        ("conflict", ConflictDialog("el plan", versions, "Heather Thompson")),
        ("save-failed", SaveFailedDialog(StorageError(READ_ONLY_MESSAGE))),
        *([("reschedule", RescheduleDialog(ana.ctx, visits[0]))] if visits else []),
    ):
        qtbot.addWidget(dialog)
        walk.look(stop, dialog)
        dialog.hide()
