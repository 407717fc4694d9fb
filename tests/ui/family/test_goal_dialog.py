"""The goal dialog on its own: who the goal is for, examples with the pair's names, add, edit,
revise, and errors placed beside the field."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

from imh_desktop.domain.enums import GoalDomain, GoalStatus
from imh_desktop.domain.inputs import GoalInput
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.family import goals
from imh_desktop.ui.common.conflict import ConflictDialog
from imh_desktop.ui.family.goal_dialog import ADD, EDIT, REVISE, GoalDialog, dyad_choices
from tests.factories import TODAY

pytestmark = pytest.mark.ui

STARTED = dt.date(2026, 4, 1)


@pytest.fixture
def goal(svc, family):
    anh, bao = family.caregivers[0], family.children[0]
    data = GoalInput(GoalDomain.ATTACHMENT, "Ánh will notice Bảo's cues.", STARTED,
                     caregiver_id=anh.id, child_id=bao.id, baseline="Misses cues",
                     strategies="Video feedback", target_date=dt.date(2026, 12, 1))  # fmt: skip
    return goals.create_goal(svc, family.id, data)


def open_dialog(qtbot, ctx, family, goal=None, mode=ADD) -> GoalDialog:
    dialog = GoalDialog(ctx, family, goal, mode)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def save(qtbot, dialog):
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_goal_is_for_the_whole_family_or_one_caregiver_child_pair(family):
    anh, zoe = family.caregivers
    bao = family.children[0]
    assert dyad_choices(family) == [
        ("The whole family", (None, None)),
        ("Nguyễn Thị Ánh and Bảo Nguyễn", (anh.id, bao.id)),
        ("Zoë Núñez-O'Brien and Bảo Nguyễn", (zoe.id, bao.id)),
    ]


def test_adding_offers_examples_with_the_chosen_pairs_names(qtbot, ctx, svc, family, published):
    dialog = open_dialog(qtbot, ctx, family)
    assert dialog.windowTitle() == "Add a goal — Nguyễn family"
    assert dialog.started_on.value() == TODAY and not dialog.status.isEnabled()
    dialog.domain.set_value(GoalDomain.SERVE_AND_RETURN)
    dialog.dyad.setCurrentIndex(2)  # Zoë and Bảo
    examples = [dialog.template.itemText(i) for i in range(dialog.template.count())]
    assert examples[0] == "Choose an example to start from…" and len(examples) == 4
    assert (
        examples[2]
        == "Zoë will take turns with Bảo's sounds and gestures, waiting for Bảo's reply."
    )
    dialog.template.activated.emit(2)
    assert dialog.statement.toPlainText() == examples[2]
    dialog.domain.set_value(GoalDomain.OTHER)  # no examples for "other"
    assert [dialog.template.itemText(i) for i in range(dialog.template.count())] == [
        "Free text: write the goal below"
    ]
    qtbot.keyClicks(dialog.baseline, "  No turns yet  ")
    save(qtbot, dialog)
    assert not dialog.isVisible() and published == [Change.of(family.id, Part.GOALS)]
    [saved] = goals.list_goals(svc, family.id)
    assert saved == dialog.result_goal
    assert (saved.domain, saved.status, saved.started_on, saved.baseline) == (
        GoalDomain.OTHER, GoalStatus.ACTIVE, TODAY, "No turns yet")  # fmt: skip
    assert (saved.caregiver_id, saved.child_id) == (family.caregivers[1].id, family.children[0].id)


def test_editing_shows_the_goal_and_may_change_its_status(qtbot, ctx, svc, family, goal, published):
    dialog = open_dialog(qtbot, ctx, family, goal, EDIT)
    assert dialog.windowTitle() == "Edit goal — Nguyễn family"
    assert dialog.dyad.currentText() == "Nguyễn Thị Ánh and Bảo Nguyễn"
    assert (dialog.statement.toPlainText(), dialog.baseline.text()) == (
        goal.statement,
        "Misses cues",
    )
    assert dialog.started_on.value() == STARTED and dialog.target_date.value() == dt.date(
        2026, 12, 1
    )
    assert dialog.status.isEnabled()
    dialog.status.set_value(GoalStatus.ACHIEVED)
    save(qtbot, dialog)
    [saved] = goals.list_goals(svc, family.id)
    assert saved.id == goal.id and saved.status is GoalStatus.ACHIEVED
    assert saved.status_changed_on == TODAY and published == [Change.of(family.id, Part.GOALS)]


def test_revising_starts_a_new_statement_today(qtbot, ctx, svc, family, goal):
    dialog = open_dialog(qtbot, ctx, family, goal, REVISE)
    assert dialog.windowTitle() == "Revise goal — Nguyễn family"
    assert any("kept in the record as “revised”" in w.text() for w in dialog.findChildren(QLabel))
    assert dialog.started_on.value() == TODAY and not dialog.status.isEnabled()
    dialog.statement.setPlainText("Ánh will name Bảo's feelings out loud.")
    save(qtbot, dialog)
    new = dialog.result_goal
    old = next(g for g in goals.list_goals(svc, family.id) if g.id == goal.id)
    assert (old.status, old.replaced_by_id) == (GoalStatus.REVISED, new.id)
    assert (new.statement, new.started_on, new.child_id) == (
        "Ánh will name Bảo's feelings out loud.", TODAY, family.children[0].id)  # fmt: skip


def test_errors_are_shown_beside_their_field_and_nothing_is_saved(
    qtbot, ctx, svc, family, goal, published
):
    dialog = open_dialog(qtbot, ctx, family, goal, REVISE)  # the same statement: refused
    save(qtbot, dialog)
    assert dialog.isVisible() and dialog.form.error_text("statement") == (
        "Change the statement to revise the goal."
    )
    dialog.statement.setPlainText("New words")
    dialog.target_date.set_value(dt.date(2026, 1, 1))  # before today's start
    save(qtbot, dialog)
    assert dialog.form.error_text("target_date") == "The target date is before the goal's start."
    assert dialog.form.error_text("statement") == ""  # the old error is cleared
    assert goals.list_goals(svc, family.id) == [goal] and published == []


def test_a_goal_changed_by_someone_else_meanwhile_shows_both_and_is_not_overwritten(
    qtbot, ctx, svc, family, goal, published, monkeypatch
):
    shown = []

    def decide_later(dialog):
        shown.append((dialog.windowTitle(), {r.label: (r.mine, r.theirs) for r in dialog.rows}))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ConflictDialog, "exec", decide_later)
    dialog = open_dialog(qtbot, ctx, family, goal, EDIT)
    goals.update_goal(svc, goal.id, dataclasses.replace(
        GoalInput(goal.domain, goal.statement, STARTED, target_date=goal.target_date),
        baseline="Theirs"), goal.version)  # fmt: skip
    dialog.baseline.setText("Mine")
    save(qtbot, dialog)
    [(title, rows)] = shown
    assert title == "Someone else saved this goal"
    assert rows["Baseline"] == ("Mine", "Theirs")
    assert dialog.isVisible() and "Yours is kept here" in dialog.form.error_text("statement")
    assert dialog.baseline.text() == "Mine"
    [kept] = goals.list_goals(svc, family.id)
    assert kept.baseline == "Theirs" and published == []


def test_choosing_mine_over_theirs_saves_mine(
    qtbot, ctx, svc, family, goal, published, monkeypatch
):
    def save_mine(dialog):
        dialog.mine_button.click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConflictDialog, "exec", save_mine)
    dialog = open_dialog(qtbot, ctx, family, goal, EDIT)
    goals.update_goal(svc, goal.id, dataclasses.replace(
        GoalInput(goal.domain, goal.statement, STARTED, target_date=goal.target_date),
        baseline="Theirs"), goal.version)  # fmt: skip
    dialog.baseline.setText("Mine")
    save(qtbot, dialog)
    [kept] = goals.list_goals(svc, family.id)
    assert kept.baseline == "Mine" and not dialog.isVisible()
    assert published == [Change.of(family.id, Part.GOALS)]


def test_editing_the_statement_saves_a_revision_and_keeps_the_old_words(
    qtbot, ctx, svc, family, goal, published
):
    dialog = open_dialog(qtbot, ctx, family, goal, EDIT)
    assert dialog.findChild(QLabel, None) is not None
    dialog.statement.setPlainText("Ánh will name Bảo's cues out loud.")
    save(qtbot, dialog)
    new = dialog.result_goal
    old = next(g for g in goals.list_goals(svc, family.id) if g.id == goal.id)
    assert (old.statement, old.status, old.replaced_by_id) == (
        "Ánh will notice Bảo's cues.", GoalStatus.REVISED, new.id)  # fmt: skip
    assert (new.statement, new.status, new.started_on) == (
        "Ánh will name Bảo's cues out loud.", GoalStatus.ACTIVE, TODAY)  # fmt: skip
