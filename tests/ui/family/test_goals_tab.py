"""The Goals tab, driven like a user: templates with names, edit, revise, status, progress chart."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from imh_desktop.domain.enums import GoalDomain, GoalStatus
from imh_desktop.domain.inputs import GoalInput, VisitInput
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.family import goals
from imh_desktop.services.visits import notes
from imh_desktop.services.visits.records import GoalRating, NoteInput
from imh_desktop.ui.family.goal_chart import point_tooltip
from imh_desktop.ui.family.goals_tab import GoalsTab
from tests.factories import TODAY

pytestmark = pytest.mark.ui


@pytest.fixture
def tab(qtbot, ctx, family, published):
    widget = GoalsTab(ctx, family.id)
    qtbot.addWidget(widget)
    # The tab's owner (the family record) reloads it when a change touches the goals.
    ctx.bus.changed.connect(lambda change: change.touches(Part.GOALS) and widget.refresh())
    widget.show()
    return widget


def save_dialog(qtbot, dialog):
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_add_a_goal_from_a_template_with_the_familys_names(
    qtbot, svc, family, tab, qtmodeltester, published
):
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    dialog.domain.setCurrentIndex(dialog.domain.findText("Regulation"))
    dialog.dyad.setCurrentIndex(1)  # Nguyễn Thị Ánh and Bảo Nguyễn
    assert dialog.template.count() == 4
    dialog.template.activated.emit(1)
    text = dialog.statement.toPlainText()
    assert text == (
        "Nguyễn will use two soothing strategies (holding close, rocking, a quiet voice, "
        "swaddling) when Bảo is upset."
    )
    dialog.statement.selectAll()
    qtbot.keyClicks(dialog.statement, "Anh will rock and sing to Bao when he cries.")
    save_dialog(qtbot, dialog)
    assert not dialog.isVisible()
    assert published == [Change.of(family.id, Part.GOALS)]
    [goal] = goals.list_goals(svc, family.id)
    assert goal.statement == "Anh will rock and sing to Bao when he cries."
    assert (goal.caregiver_id, goal.child_id) == (family.caregivers[0].id, family.children[0].id)
    assert tab.model.rowCount() == 1 and tab.selected().id == goal.id
    qtmodeltester.check(tab.model)


def test_empty_statement_is_refused_next_to_the_field(qtbot, svc, family, tab, published):
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    save_dialog(qtbot, tab.dialog)
    assert tab.dialog.isVisible()
    assert "statement is required" in tab.dialog.form.error_text("statement")
    assert goals.list_goals(svc, family.id) == []
    assert published == []


def test_revise_keeps_the_old_statement_and_links_the_new(qtbot, svc, family, tab):
    old = goals.create_goal(
        svc, family.id, GoalInput(GoalDomain.ATTACHMENT, "Old words", dt.date(2026, 4, 1))
    )
    tab.refresh(old.id)
    qtbot.mouseClick(tab.revise_button, Qt.MouseButton.LeftButton)
    tab.dialog.statement.selectAll()
    qtbot.keyClicks(tab.dialog.statement, "New words")
    save_dialog(qtbot, tab.dialog)
    by_status = {g.status: g for g in goals.list_goals(svc, family.id)}
    assert by_status[GoalStatus.REVISED].statement == "Old words"
    assert by_status[GoalStatus.REVISED].status_changed_on == TODAY
    assert by_status[GoalStatus.REVISED].replaced_by_id == by_status[GoalStatus.ACTIVE].id
    assert tab.selected().statement == "New words"
    tab.refresh(old.id)
    assert "Replaced by" in tab.detail.text() and not tab.revise_button.isEnabled()


def test_mark_achieved_dates_the_change(qtbot, svc, family, tab, published, clock):
    goal = goals.create_goal(
        svc, family.id, GoalInput(GoalDomain.SAFETY, "Safe sleep", dt.date(2026, 4, 1))
    )
    tab.refresh(goal.id)
    clock.set(dt.date(2026, 12, 3))
    qtbot.mouseClick(tab.achieved_button, Qt.MouseButton.LeftButton)
    [stored] = goals.list_goals(svc, family.id)
    assert stored.status is GoalStatus.ACHIEVED and stored.status_changed_on == dt.date(2026, 12, 3)
    assert published == [Change.of(family.id, Part.GOALS)]
    assert tab.model.data(tab.model.index(0, 2)) == "Achieved 3 Dec 2026"


def test_progress_chart_shows_every_rating_with_notes(qtbot, svc, family, tab):
    goal = goals.create_goal(
        svc, family.id, GoalInput(GoalDomain.SERVE_AND_RETURN, "Turn taking", dt.date(2026, 4, 1))
    )
    for day, rating, note in (
        (dt.date(2026, 10, 1), 1, ""),
        (dt.date(2026, 10, 29), 3, "Waited for his reply"),
        (TODAY, 4, "Often, little prompting"),
    ):
        visit = VisitInput(day, observation="x", services=("modelling",))
        notes.save_note(
            svc, family.id, NoteInput(visit, ratings=(GoalRating(goal.id, rating, note),))
        )
    tab.refresh(goal.id)
    chart = tab.chart
    assert [p.rating for p in chart.points] == [1, 3, 4]
    spots = chart.positions()
    assert spots[0].x() < spots[1].x() < spots[2].x()
    assert spots[0].y() > spots[1].y() > spots[2].y()  # higher rating, higher on screen
    assert (
        point_tooltip(chart.points[1])
        == "29 Oct 2026: 3 — Some progress: sometimes, with support\nWaited for his reply"
    )
    ratings = tab.ratings.toPlainText()
    assert ratings.index("25 Nov 2026") < ratings.index("29 Oct 2026")  # newest first
    assert "Often, little prompting" in ratings
    assert "4 Substantial" in tab.model.data(tab.model.index(0, 3))
    qtbot.mouseMove(chart, QPoint(int(spots[1].x()), int(spots[1].y())))
    image = chart.grab().toImage()
    assert image.pixelColor(int(spots[1].x()), int(spots[1].y())) != image.pixelColor(2, 2)


def test_the_tab_reads_through_the_runner_and_waits_for_its_goals(qtbot, ctx, svc, family):
    from imh_desktop.ui.common.tasks import SyncRunner, Task

    class LaterRunner(SyncRunner):
        def __init__(self) -> None:
            self.pending: list[Task] = []

        def start(self, task: Task) -> Task:
            self.pending.append(task)
            return task

    goals.create_goal(
        svc, family.id, GoalInput(GoalDomain.SAFETY, "Safe sleep", dt.date(2026, 4, 1))
    )
    ctx.runner = LaterRunner()
    widget = GoalsTab(ctx, family.id)
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 0 and not widget.add_button.isEnabled()
    [read] = ctx.runner.pending
    read.run()
    assert widget.model.rowCount() == 1 and widget.add_button.isEnabled()
    assert widget.selected().statement == "Safe sleep"


def test_an_active_goal_past_its_target_date_is_flagged_for_review(qtbot, svc, family, tab):
    late = goals.create_goal(svc, family.id, GoalInput(
        GoalDomain.SAFETY, "Safe sleep", dt.date(2026, 4, 1), target_date=dt.date(2026, 9, 30)))  # fmt: skip
    goals.create_goal(svc, family.id, GoalInput(
        GoalDomain.REGULATION, "Bedtime", dt.date(2026, 4, 1), target_date=dt.date(2027, 1, 31)))  # fmt: skip
    tab.refresh(late.id)
    texts = {tab.model.data(tab.model.index(r, 1)): tab.model.data(tab.model.index(r, 2))
             for r in range(tab.model.rowCount())}  # fmt: skip
    assert texts["Safe sleep"] == "Active — Past its target date (30 Sep 2026): review this goal."
    assert texts["Bedtime"] == "Active"
    assert "review this goal" in tab.detail.text()
