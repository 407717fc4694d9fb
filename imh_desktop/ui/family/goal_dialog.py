"""Add, edit or revise a goal; example statements offered as templates with the family's names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.enums import GoalDomain, GoalStatus
from imh_desktop.domain.errors import ConflictError, DomainError
from imh_desktop.domain.inputs import GoalInput
from imh_desktop.domain.templates import fill_template, goal_templates
from imh_desktop.domain.text import MAX_GOAL_DETAIL
from imh_desktop.services.common.changes import Change, Part
from imh_desktop.services.common.records import (
    CaregiverRecord,
    ChildRecord,
    FamilyRecord,
    GoalRecord,
)
from imh_desktop.services.family import goals
from imh_desktop.services.family.goal_revisions import revise_goal
from imh_desktop.ui.common.conflict import Choice, ConflictDialog, compare
from imh_desktop.ui.common.context import AppContext
from imh_desktop.ui.common.i18n import user_message
from imh_desktop.ui.common.widgets import DateEdit, EnumCombo, FieldForm

ADD, EDIT, REVISE = "add", "edit", "revise"


def _first_name(person: CaregiverRecord | ChildRecord | None) -> str:
    return person.full_name.split()[0] if person else ""


def dyad_choices(family: FamilyRecord) -> list[tuple[str, tuple[int | None, int | None]]]:
    """ "The whole family", then every caregiver-child pair, as (label, (caregiver, child))."""
    choices: list[tuple[str, tuple[int | None, int | None]]] = [
        (QCoreApplication.translate("GoalDialog", "The whole family"), (None, None))
    ]
    for carer in family.caregivers:
        for child in family.children:
            both = QCoreApplication.translate("GoalDialog", "{0} and {1}")
            choices.append((both.format(carer.full_name, child.full_name), (carer.id, child.id)))
    return choices


class GoalDialog(QDialog):
    """One goal's form. ``mode`` is "add", "edit" or "revise" (a new statement replaces it).

    Saving publishes a Change (the family's goals) on ``ctx.bus``;
    ``result_goal`` is the goal saved (the new one for a revision).
    """

    def __init__(
        self, ctx: AppContext, family: FamilyRecord, goal: GoalRecord | None = None,
        mode: str = ADD, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx, self.family, self.goal, self.mode = ctx, family, goal, mode
        self.result_goal: GoalRecord | None = None
        titles = {
            ADD: self.tr("Add a goal"),
            EDIT: self.tr("Edit goal"),
            REVISE: self.tr("Revise goal"),
        }
        self.setWindowTitle(f"{titles[mode]} — {family.display_name}")
        layout = QVBoxLayout(self)
        if mode == REVISE:
            note = QLabel(
                "The current statement is kept in the record as “revised”; the new "
                "statement starts today and its progress is rated from now on."
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        elif mode == EDIT:
            note = QLabel(
                self.tr(
                    "A new statement or target date is saved as a revision: the current "
                    "goal is kept as “revised”, and signed notes keep what they rated."
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        self.form = FieldForm()
        f = self.form
        self.domain = f.add_field("domain", "&Domain:", EnumCombo(list(GoalDomain)))
        self.dyad = f.add_field(
            "caregiver_id", QCoreApplication.translate("GoalDialog", "&For:"), QComboBox()
        )
        self._dyads = dyad_choices(family)
        for text, _ in self._dyads:
            self.dyad.addItem(text)
        self.template = f.add_field("template", "&Example:", QComboBox())
        self.statement = f.add_field(
            "statement",
            QCoreApplication.translate("GoalDialog", "&Goal statement:"),
            QPlainTextEdit(),
        )
        self.statement.setTabChangesFocus(True)
        f.fix_height(self.statement, 80)
        self.baseline = f.add_field("baseline", "&Baseline:", QLineEdit())
        self.baseline.setMaxLength(MAX_GOAL_DETAIL)
        self.baseline.setPlaceholderText(self.tr("Where things stand now"))
        self.strategies = f.add_field("strategies", "St&rategies:", QPlainTextEdit())
        self.strategies.setTabChangesFocus(True)
        f.fix_height(self.strategies, 60)
        self.started_on = f.add_field("started_on", "&Started:", DateEdit(today=ctx.today()))
        self.target_date = f.add_field(
            "target_date",
            QCoreApplication.translate("GoalDialog", "&Target date:"),
            DateEdit(optional=True),
        )
        self.status = f.add_field(
            "status",
            QCoreApplication.translate("GoalDialog", "Stat&us:"),
            EnumCombo(list(GoalStatus)),
        )
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.domain.currentIndexChanged.connect(self._on_domain_changed)
        self.dyad.currentIndexChanged.connect(self._on_domain_changed)
        self.template.activated.connect(self._on_template_activated)
        self._fill()
        self.resize(640, 520)

    def _fill(self) -> None:
        goal, started = self.goal, self.ctx.today()
        if goal is not None:
            self.domain.set_value(goal.domain)
            pair = (goal.caregiver_id, goal.child_id)
            index = next((i for i, (_, ids) in enumerate(self._dyads) if ids == pair), 0)
            self.dyad.setCurrentIndex(index)
            self.statement.setPlainText(goal.statement)
            self.baseline.setText(goal.baseline)
            self.strategies.setPlainText(goal.strategies)
            self.target_date.set_value(goal.target_date)
            self.status.set_value(goal.status)
            if self.mode == EDIT:
                started = goal.started_on
        self.started_on.set_value(started)
        # Status changes go through the tab's buttons (achieved, discontinued, revise).
        status_row = self.status.parentWidget()  # the field's cell in the form
        if status_row is not None:
            self.form.layout_.setRowVisible(status_row, self.mode == EDIT)
        self.status.setEnabled(self.mode == EDIT and goal is not None)
        self._on_domain_changed()

    def _names(self) -> tuple[str, str]:
        carer_id, child_id = self._dyads[max(self.dyad.currentIndex(), 0)][1]
        carer = next((c for c in self.family.caregivers if c.id == carer_id), None)
        child = next((c for c in self.family.children if c.id == child_id), None)
        carer = carer or next(iter(self.family.caregivers), None)
        child = child or next(iter(self.family.children), None)
        return _first_name(child), _first_name(carer)

    def _on_domain_changed(self) -> None:
        self.template.clear()
        texts = goal_templates(GoalDomain(self.domain.value()))
        if not texts:
            self.template.addItem(self.tr("Free text: write the goal below"), None)
            return
        self.template.addItem(self.tr("Choose an example to start from…"), None)
        child, carer = self._names()
        for text in texts:
            filled = fill_template(text, child, carer)
            self.template.addItem(filled, filled)

    def _on_template_activated(self, index: int) -> None:
        text = self.template.itemData(index)
        if text:
            self.statement.setPlainText(text)
            self.statement.setFocus()

    def goal_input(self) -> GoalInput:
        carer_id, child_id = self._dyads[max(self.dyad.currentIndex(), 0)][1]
        return GoalInput(
            domain=GoalDomain(self.domain.value()),
            statement=self.statement.toPlainText(),
            started_on=self.started_on.value() or self.ctx.today(),  # required: never empty
            caregiver_id=carer_id, child_id=child_id,
            baseline=self.baseline.text().strip(),
            strategies=self.strategies.toPlainText().strip(),
            target_date=self.target_date.value(),
            status=GoalStatus(self.status.value()) if self.mode == EDIT else GoalStatus.ACTIVE,
        )  # fmt: skip

    def _save(self, data: GoalInput) -> GoalRecord:
        svc, goal = self.ctx.svc, self.goal
        if goal is None or self.mode == ADD:
            return goals.create_goal(svc, self.family.id, data)
        if self.mode == EDIT:
            return goals.update_goal(svc, goal.id, data, goal.version)
        return revise_goal(svc, goal.id, data, goal.version)[1]

    def _labels(self) -> dict[str, str]:
        return {
            "statement": self.tr("Goal statement"), "domain": self.tr("Domain"),
            "baseline": self.tr("Baseline"), "strategies": self.tr("Strategies"),
            "target_date": self.tr("Target date"), "status": self.tr("Status"),
        }  # fmt: skip

    def _on_conflict(self, data: GoalInput) -> bool:
        """Someone saved the goal since it was loaded: compare, then save mine over theirs,
        keep theirs, or decide later. True when the dialog may close."""
        assert self.goal is not None  # only an edit or a revision can conflict
        theirs = next(
            (g for g in goals.list_goals(self.ctx.svc, self.family.id) if g.id == self.goal.id),
            None,
        )
        if theirs is None:
            self.form.show_error("statement", self.tr("That goal no longer exists."))
            return False
        choice = ConflictDialog(
            self.tr("goal"),
            compare(self._labels(), _fields(data), _fields(theirs)),
            parent=self,
        ).ask()
        if choice is Choice.THEIRS:  # drop mine: the dialog closes on the saved goal
            self.result_goal = theirs
            return True
        if choice is not Choice.MINE:
            self.form.show_error(
                "statement",
                self.tr("Not saved: someone else's version is newer. Yours is kept here."),
            )
            return False
        self.goal = theirs
        self.result_goal = self._save(data)
        return True

    def _on_buttons_accepted(self) -> None:
        self.form.clear_errors()
        data = self.goal_input()
        try:
            try:
                self.result_goal = self._save(data)
            except ConflictError:
                if not self._on_conflict(data):
                    return
        except DomainError as exc:
            if not self.form.show_error(exc.field, user_message(exc)):
                self.form.show_error("statement", user_message(exc))
            return
        self.ctx.bus.publish(Change.of(self.family.id, Part.GOALS))
        self.accept()


def _fields(goal: GoalInput | GoalRecord) -> dict[str, object]:
    """A goal's compared fields, by name (see ``GoalDialog._labels``)."""
    return {
        "statement": goal.statement, "domain": goal.domain, "baseline": goal.baseline,
        "strategies": goal.strategies, "target_date": goal.target_date, "status": goal.status,
    }  # fmt: skip
