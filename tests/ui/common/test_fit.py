"""Every main screen and dialog fits an office laptop and reads in full.

The tour opens the caseload (a supervisor's and a specialist's own), each tab of a
family record, the visit editor (new and signed), the team view and its drill-down,
and the main dialogs, on the demo agency, and checks each with
``imh_desktop.ui.common.fit``: no window larger than the screen, no header, cell,
label or button cut, no table that needs horizontal scrolling; every control named
for a screen reader.

Two screens, each in a child process whose offscreen screen has that size (Qt's
offscreen platform reads the screen from a ``configfile``), main windows sized to it
as maximised, dialogs and the editor at the size they open with:
- 1366 x 768 at 100 %;
- 1920 x 1080 at 150 %: ``QT_SCALE_FACTOR=1.5`` (Qt's own high-DPI scaling), a logical
  screen of 1280 x 720 with fonts and widgets drawn 1.5 times larger, the
  screenshots 1920 x 1080 pixels.

And in Spanish at 1366 x 768 (``IMH_FIT_LANGUAGE=es``): Spanish runs about a quarter
longer, so the same checks again, and at every stop ``language_check.english_left``:
no text a person reads (titles, labels, buttons, tooltips, placeholders, headers,
tabs, menus and actions) is still English, the demo's own data aside.

Screenshots of every stop go to ``$IMH_SCREENSHOTS`` (a folder; the test's tmp folder
when unset), named ``<screen>-<stop>.png``.
"""

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
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from imh_desktop.data.models import Family, StaffUser, Visit
from imh_desktop.domain.enums import FamilyStatus, Role
from imh_desktop.services.visits import notes
from imh_desktop.ui.common import fit, language_check
from imh_desktop.ui.shell.main_window import MainWindow
from imh_desktop.ui.visits.editor import VisitNoteEditor
from tests.factories import first_row
from tests.ui.spanish import SAME_IN_SPANISH, child_failure, demo_data, english_sources

pytestmark = [pytest.mark.ui, pytest.mark.usefixtures("keep_drafts_on_close")]

INNER = "IMH_FIT_SCREEN"  # set in the child process: the screen's name
LANGUAGE = "IMH_FIT_LANGUAGE"  # the interface's language in the child process ("en" unless set)


def _screen() -> tuple[str, QSize]:
    """The child process's screen: its name and logical size."""
    return os.environ[INNER], QApplication.primaryScreen().availableGeometry().size()


class Tour:
    """Opens screens, sizes them, takes their picture and notes what is cut or unnamed."""

    def __init__(self, qtbot, folder: Path, db=None) -> None:
        self.qtbot = qtbot
        self.name, self.screen = _screen()
        self.folder = folder
        self.problems: dict[str, list[str]] = {}
        self.stops: list[str] = []
        self.spanish = os.environ.get(LANGUAGE) == "es"
        self.sources = english_sources() if self.spanish else []
        self.db = db
        self.data: set[str] = set()

    def look(self, stop: str, widget: QWidget, maximise: bool = False) -> None:
        QWidget.show(widget)
        if maximise:  # as a maximised window: its frame fills the screen
            frame = widget.frameGeometry().size() - widget.size()
            widget.resize(self.screen - frame)
        self.qtbot.waitExposed(widget)
        QApplication.processEvents()
        widget.grab().save(str(self.folder / f"{self.name}-{stop}.png"))
        found = fit.fit_problems(widget, self.screen) + fit.unnamed(widget)
        if self.spanish:
            self.data = demo_data(self.db)  # with what the tour itself wrote (an amendment)
            found += language_check.english_left(widget, self.sources, self.data, SAME_IN_SPANISH)
        self.stops.append(stop)
        if found:
            self.problems[stop] = found

    def dialogs_of(self, monkeypatch, trigger: Callable[[], object], stop: str) -> None:
        """Run ``trigger``; the dialog it opens is looked at, then cancelled."""
        seen: list[str] = []

        def exec_(dialog: QDialog) -> int:
            seen.append(type(dialog).__name__)
            self.look(stop, dialog)
            dialog.hide()
            return int(QDialog.DialogCode.Rejected)

        def open_(dialog: QDialog) -> None:
            exec_(dialog)

        with monkeypatch.context() as m:
            m.setattr(QDialog, "exec", exec_)
            m.setattr(QDialog, "open", open_)
            m.setattr(QDialog, "show", open_)
            trigger()
        if not seen:
            self.problems[stop] = [f"{stop}: no dialog opened"]


def _tools_action(window: MainWindow, context: str, text: str) -> QAction:
    """The Tools menu item whose text is ``text``, in the language the tour runs in."""
    menu = window.audit_actions.tools_menu()
    shown = QCoreApplication.translate(context, text)
    return next(a for a in menu.actions() if a.text() == shown)


def _tour(tour: Tour, qtbot, monkeypatch, demo_agency, context_for, settings) -> None:
    db = demo_agency
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
    tour.look("caseload-supervisor", boss, maximise=True)
    team = boss.open_team()
    tour.look("team", boss, maximise=True)
    first = team.data.team["specialist_id"].iloc[0]
    team.show_specialist(int(first))
    tour.look("team-drill-down", boss, maximise=True)
    boss.tabs.setCurrentIndex(0)
    boss.caseload.select_family(family.id)
    actions = boss.main_actions
    for stop, action in (
        ("dialog-new-family", actions.new_family_action),
        ("dialog-edit-family", actions.edit_family_action),
        ("dialog-reassign", actions.reassign_action),
        ("dialog-close-case", actions.close_case_action),
        ("dialog-preferences", actions.preferences_action),
        ("dialog-batch-reports", boss.report_actions.batch_action),
        (
            "dialog-agency-settings",
            _tools_action(boss, "AgencySettings", "&Agency settings (working hours)…"),
        ),
        ("calendar-team", boss.calendar_actions.calendar_action),
        ("dialog-this-week-team", boss.visit_actions.week_action),
    ):
        tour.dialogs_of(monkeypatch, action.trigger, stop)

    ana = MainWindow(context_for(db, specialist.username), settings)
    qtbot.addWidget(ana)
    tour.look("caseload", ana, maximise=True)
    for stop, action in (
        ("dialog-unsigned-notes", ana.visit_actions.unsigned_action),
        ("dialog-this-week", ana.visit_actions.week_action),
        ("calendar", ana.calendar_actions.calendar_action),
    ):
        tour.dialogs_of(monkeypatch, action.trigger, stop)
    record = ana.open_family(family.id)
    for index in range(record.tabs.count()):
        record.tabs.setCurrentIndex(index)
        title = record.tabs.tabText(index).replace("&", "").lower()
        tour.look(f"record-{title}", ana, maximise=True)
    record.tabs.setCurrentWidget(record.overview_tab)
    tour.dialogs_of(monkeypatch, record.member_buttons[0].click, "dialog-add-caregiver")
    tour.dialogs_of(monkeypatch, record.member_buttons[2].click, "dialog-add-child")
    record.tabs.setCurrentWidget(record.goals_tab)
    tour.dialogs_of(monkeypatch, record.goals_tab.add_button.click, "dialog-add-goal")
    record.tabs.setCurrentWidget(record.screenings_tab)
    tour.dialogs_of(monkeypatch, record.screenings_tab.record_button.click, "dialog-screening")

    new = VisitNoteEditor(ana.ctx, family.id, None, restore=False)
    qtbot.addWidget(new)
    tour.look("editor-new", new)
    notes.amend_visit(  # a signed note shows its amendment where it belongs
        ana.ctx.svc, signed.id, "plan", "Added after a phone call",
        "The family asked to move the next visit to the afternoon.",
    )  # fmt: skip
    old = VisitNoteEditor(ana.ctx, family.id, signed.id, restore=False)
    qtbot.addWidget(old)
    tour.look("editor-signed", old)
    tour.dialogs_of(monkeypatch, old.ui.amend_button.click, "dialog-amend")
    for window in (new, old, ana, boss):
        if shiboken6.isValid(window):
            window.close()


@pytest.fixture
def folder(tmp_path) -> Path:
    chosen = os.environ.get("IMH_SCREENSHOTS")
    path = Path(chosen) if chosen else tmp_path / "screens"
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture
def quiet(monkeypatch):
    """Questions are answered No and information boxes noted, never shown."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)


@pytest.mark.skipif(not os.environ.get(INNER), reason="run by test_every_screen_fits")
@pytest.mark.usefixtures("quiet")
def test_tour_on_this_screen(qtbot, monkeypatch, demo_agency, context_for, settings, folder):
    from imh_desktop.ui.common.i18n import install_language

    install_language(os.environ.get(LANGUAGE, "en"))
    tour = Tour(qtbot, folder, demo_agency)
    _tour(tour, qtbot, monkeypatch, demo_agency, context_for, settings)
    report = os.environ.get("IMH_FIT_REPORT")
    if report:  # the child process hands its findings to the parent
        Path(report).write_text(json.dumps(tour.problems), encoding="utf-8")
    assert len(tour.stops) >= 20
    assert all((folder / f"{tour.name}-{stop}.png").is_file() for stop in tour.stops)
    assert tour.problems == {}, json.dumps(tour.problems, indent=1, ensure_ascii=False)


@pytest.mark.skipif(bool(os.environ.get(INNER)), reason="already a child process")
@pytest.mark.parametrize(
    ("name", "width", "height", "scale", "language"),
    [
        ("1366x768", 1366, 768, "1", "en"),
        ("1920x1080-150", 1920, 1080, "1.5", "en"),
        ("es-1366x768", 1366, 768, "1", "es"),
    ],
)
def test_every_screen_fits(tmp_path, folder, name, width, height, scale, language):
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height, "dpr": 1,
         "logicalDpi": 96, "logicalBaseDpi": 96}]}), encoding="utf-8")  # fmt: skip
    report = tmp_path / "found.json"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
        QT_SCALE_FACTOR=scale,
        IMH_SCREENSHOTS=str(folder),
        IMH_FIT_REPORT=str(report),
        **{INNER: name, LANGUAGE: language},
    )
    test = f"{__file__}::test_tour_on_this_screen"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test],
        env=env, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert report.is_file(), child_failure(done)
    problems = json.loads(report.read_text(encoding="utf-8"))
    assert problems == {}, json.dumps(problems, indent=1, ensure_ascii=False)
    assert done.returncode == 0, child_failure(done)
    assert (folder / f"{name}-caseload.png").is_file()


def test_the_checks_find_what_is_cut_too_big_or_unnamed(qtbot):
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QTableView

    host = QWidget()
    qtbot.addWidget(host)
    form = QFormLayout(host)
    bare, named, buddied = QLineEdit(), QLineEdit(), QLineEdit()
    named.setAccessibleName("Phone")
    form.addRow(bare)
    form.addRow(named)
    form.addRow("&Name:", buddied)  # the form's label is its buddy
    cut = QLabel("A label far too long for the room it is given on this screen")
    form.addRow(cut)
    model = QStandardItemModel(1, 1)
    model.setHorizontalHeaderLabels(["A rather long column title"])
    table = QTableView()
    table.setAccessibleName("Visits")
    table.setModel(model)
    table.horizontalHeader().setStretchLastSection(False)
    table.setColumnWidth(0, 30)
    form.addRow(table)
    host.resize(1300, 500)
    host.show()
    qtbot.waitExposed(host)
    cut.setFixedWidth(60)
    QApplication.processEvents()
    assert fit.unnamed(host) == [f"QLineEdit('') in {fit.describe(host)} has no accessible name"]
    found = fit.fit_problems(host, QSize(1280, 720))
    assert any("larger than the screen 1280x720" in p for p in found)
    assert any(p.startswith("QLabel('A label far") for p in found)
    assert any(p.startswith("header 'A rather long column title'") for p in found)
