"""The widgets of the visit editor and how they are laid out.

Two columns that fit a 1366 x 768 screen: on the left the visit's date and outcome
and the note's sections, the first four above the fold; on the right the family's
goals to rate beside them, who was present, what was done, screenings, the next
visit and the note's history.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from imh_desktop.domain.clock import Clock
from imh_desktop.domain.enums import VisitOutcome
from imh_desktop.services.common.records import FamilyRecord, StaffRecord, VisitRecord
from imh_desktop.services.screenings.results import ScreeningRecord
from imh_desktop.services.visits.records import NoteRecord
from imh_desktop.ui.common.labels import label
from imh_desktop.ui.common.local_format import format_age, format_date, language_text
from imh_desktop.ui.common.screening_words import band_text
from imh_desktop.ui.common.widgets import DateEdit, finished_look, fit_to_screen, warning_color
from imh_desktop.ui.screenings.alert_banner import AlertBanner
from imh_desktop.ui.visits.amendments import AmendmentMark
from imh_desktop.ui.visits.goal_ratings import GoalRatingsPanel
from imh_desktop.ui.visits.sections import (
    NoteSection,
    PresentBox,
    ServicesBox,
    VisitDetailsBox,
)


def N(text: str) -> str:
    return text


# The note's sections: key, title, hint, caption (marked with QT_TRANSLATE_NOOP below).
_MARKED = (
    QT_TRANSLATE_NOOP("NoteSection", "Observation of the caregiver-infant interaction"),
    QT_TRANSLATE_NOOP("NoteSection", "Cues, responses, affect: what the baby did and how the caregiver answered"),  # noqa: E501
    QT_TRANSLATE_NOOP("NoteSection", "Caregiver's response and reflection"),
    QT_TRANSLATE_NOOP("NoteSection", "What the caregiver said, noticed, tried"),
    QT_TRANSLATE_NOOP("NoteSection", "Child's presentation"),
    QT_TRANSLATE_NOOP("NoteSection", "State, regulation, health, development"),
    QT_TRANSLATE_NOOP("NoteSection", "Plan"),
    QT_TRANSLATE_NOOP("NoteSection", "Next steps, ideas for the family to try, next visit"),
    QT_TRANSLATE_NOOP("NoteSection", "Specialist's reflection"),
    QT_TRANSLATE_NOOP("NoteSection", "Your own reactions and questions to bring to reflective supervision"),  # noqa: E501
    QT_TRANSLATE_NOOP("NoteSection", "For supervision — never printed for the family."),
)  # fmt: skip
SECTIONS = (
    ("observation", "Observation of the caregiver-infant interaction",
     "Cues, responses, affect: what the baby did and how the caregiver answered", ""),
    ("caregiver_response", "Caregiver's response and reflection",
     "What the caregiver said, noticed, tried", ""),
    ("child_presentation", "Child's presentation", "State, regulation, health, development", ""),
    ("plan", "Plan", "Next steps, ideas for the family to try, next visit", ""),
    ("reflection", "Specialist's reflection",
     "Your own reactions and questions to bring to reflective supervision",
     "For supervision — never printed for the family."),
)  # fmt: skip


FAMILY_CAPTION = QT_TRANSLATE_NOOP(
    "EditorLayout",
    "Printed on the family's handout. Plain, warm words in the family's language; "
    "no clinical notes.",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("EditorLayout", text)


def local_time(utc: dt.datetime, clock: Clock) -> dt.datetime:
    """A stored UTC time in the time zone of ``clock`` (the user's)."""
    return utc.replace(tzinfo=dt.UTC).astimezone(clock.now().tzinfo)


def _when(utc: dt.datetime | None, clock: Clock) -> str:
    if utc is None:
        return ""
    local = local_time(utc, clock)
    at = QCoreApplication.translate("EditorLayout", "{0} at {1}")
    return at.format(format_date(local.date()), f"{local:%H:%M}")


def history_html(note: NoteRecord | None, clock: Clock) -> str:
    """The note's signatures and amendments, oldest first, as simple HTML."""
    if note is None:
        return "<p><i>Not saved yet.</i></p>"
    v = note.visit
    lines = [f"<p>Written by {html.escape(note.author_name)}.</p>"]
    if v.signed_at:
        lines.append(
            f"<p><b>Signed</b> by {html.escape(note.signed_by_name)}, "
            f"{_when(v.signed_at, clock)}.</p>"
        )
    if v.cosigned_at:
        lines.append(
            f"<p><b>Co-signed</b> by {html.escape(note.cosigned_by_name)}, "
            f"{_when(v.cosigned_at, clock)}.</p>"
        )
    for a in note.amendments:
        text = html.escape(a.text).replace("\n", "<br>")
        lines.append(
            f"<p><b>Amendment</b> — {html.escape(a.section_label)}<br>"
            f"by {html.escape(a.author_name)}, {_when(a.created_at, clock)}<br>"
            f"<i>Reason: {html.escape(a.reason)}</i><br>{text}</p>"
        )
    if not v.signed_at:
        lines.append(
            "<p><i>Not signed yet. After signing, changes are added as amendments.</i></p>"
        )
    return "".join(lines)


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


class EditorLayout:
    """Builds the editor's widgets on ``host`` and offers small view helpers.

    The family's part (title, who can be present) is filled by ``set_family``
    once the editor's first read has come back.
    """

    def __init__(self, host: QWidget) -> None:
        self.host = host
        outer = QVBoxLayout(host)
        outer.setContentsMargins(12, 10, 12, 10)
        top = QHBoxLayout()
        self.title = QLabel()
        self.status = QLabel()
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.status.setWordWrap(True)
        top.addWidget(self.title, 3)
        top.addWidget(self.status, 2)
        outer.addLayout(top)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(QCoreApplication.translate("EditorLayout", "Message"))
        color = warning_color(host.palette()).name()
        self.message.setStyleSheet(
            f"color: {color}; border: 1px solid {color}; border-radius: 4px; padding: 6px;"
        )
        self.message.hide()
        outer.addWidget(self.message)
        # Red whatever the palette: a signed note that no longer matches its seal.
        self.tamper_banner = QLabel()
        self.tamper_banner.setWordWrap(True)
        self.tamper_banner.setAccessibleName(
            QCoreApplication.translate("EditorLayout", "Note integrity warning")
        )
        self.tamper_banner.setTextFormat(Qt.TextFormat.RichText)
        self.tamper_banner.setStyleSheet(
            "background: #a4262c; color: white; border-radius: 4px; padding: 8px;"
        )
        self.tamper_banner.hide()
        outer.addWidget(self.tamper_banner)
        self.alert_banner = AlertBanner()
        outer.addWidget(self.alert_banner)

        # Left: the visit and what was written, the primary fields first, so that the
        # date, outcome and the first four sections are above the fold on a 768-high screen.
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 8, 0)
        self.details = VisitDetailsBox()
        self.present = PresentBox()
        self.services = ServicesBox()
        self.amendment_marks: dict[str, AmendmentMark] = {}
        left_box.addWidget(self.details)
        left_box.addWidget(self._mark("visit_details"))
        self.sections: dict[str, NoteSection] = {}
        for key, title, hint, caption in SECTIONS:
            height = 120 if key == "observation" else 84
            shown = [QCoreApplication.translate("NoteSection", t) if t else t
                     for t in (title, hint, caption)]  # fmt: skip
            self.sections[key] = NoteSection(shown[0], shown[1], shown[2], height)
            left_box.addWidget(self.sections[key])
            left_box.addWidget(self._mark(key))
        self.family_box = self._family_box()
        left_box.addWidget(self.family_box)
        left_box.addWidget(self._mark("family_note"))
        left_box.addStretch(1)

        # Right: the family's goals beside the note, then who was there and what was done.
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(8, 0, 0, 0)
        self.context = QLabel()
        self.context.setWordWrap(True)
        self.context.setTextFormat(Qt.TextFormat.RichText)
        self.context.setAccessibleName(
            QCoreApplication.translate("EditorLayout", "Last visit's plan")
        )
        self.context.setStyleSheet("padding: 4px 0;")
        self.context.hide()
        right_box.addWidget(self.context)
        self.goals = GoalRatingsPanel()
        right_box.addWidget(self.goals)
        right_box.addWidget(self._mark("goals"))
        right_box.addWidget(self.present)
        right_box.addWidget(self.services)
        right_box.addWidget(self._mark("services"))
        self.screen_box = QGroupBox(
            QCoreApplication.translate("EditorLayout", "Screenings at this visit")
        )
        screen_layout = QVBoxLayout(self.screen_box)
        self.screenings = QLabel(QCoreApplication.translate("EditorLayout", "None recorded."))
        self.screenings.setWordWrap(True)
        self.screening_button = QPushButton(
            QCoreApplication.translate("EditorLayout", "Record a &screening…")
        )
        self.referral_button = QPushButton(
            QCoreApplication.translate("VisitNoteEditor", "Make a &referral…")
        )
        screen_layout.addWidget(self.screenings)
        screen_buttons = QHBoxLayout()
        screen_buttons.addWidget(self.screening_button)
        screen_buttons.addWidget(self.referral_button)
        screen_buttons.addStretch(1)
        screen_layout.addLayout(screen_buttons)
        right_box.addWidget(self.screen_box)
        self.next_box = next_box = QGroupBox(
            QCoreApplication.translate("EditorLayout", "Next visit")
        )
        self.next_box_layout = QVBoxLayout(next_box)  # the row, then planning warnings
        next_layout = QHBoxLayout()
        self.next_box_layout.addLayout(next_layout)
        self.next_check = QCheckBox(
            QCoreApplication.translate("EditorLayout", "&Plan the next visit on")
        )
        self.next_date = DateEdit()
        self.next_time = QTimeEdit()
        self.next_time.setDisplayFormat("HH:mm")
        self.next_date.setAccessibleName(
            QCoreApplication.translate("EditorLayout", "Next visit date")
        )
        self.next_time.setAccessibleName(
            QCoreApplication.translate("EditorLayout", "Next visit time")
        )
        next_layout.addWidget(self.next_check)
        next_layout.addWidget(self.next_date, 2)
        next_layout.addWidget(QLabel(QCoreApplication.translate("EditorLayout", "at")))
        next_layout.addWidget(self.next_time, 1)
        self.next_check.toggled.connect(self.on_next_toggled)
        right_box.addWidget(next_box)
        history_box = QGroupBox(QCoreApplication.translate("EditorLayout", "History"))
        history_layout = QVBoxLayout(history_box)
        self.history = QTextBrowser()
        self.history.setAccessibleName(QCoreApplication.translate("EditorLayout", "Note history"))
        self.history.setMinimumHeight(120)
        history_layout.addWidget(self.history)
        right_box.addWidget(history_box, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(_scroll(left))
        splitter.addWidget(_scroll(right))
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([620, 600])
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter, 1)

        bar = QHBoxLayout()
        self.autosave_label = QLabel("")
        self.autosave_label.setAccessibleName(
            QCoreApplication.translate("EditorLayout", "Save status")
        )
        self.amend_button = QPushButton(QCoreApplication.translate("EditorLayout", "&Amend…"))
        self.cosign_button = QPushButton(QCoreApplication.translate("EditorLayout", "&Co-sign"))
        self.sign_button = QPushButton(QCoreApplication.translate("EditorLayout", "Si&gn…"))
        self.save_button = QPushButton(QCoreApplication.translate("EditorLayout", "Save"))
        self.save_button.setDefault(False)
        self.save_button.setToolTip(
            QCoreApplication.translate("EditorLayout", "Save the note (Ctrl+S)")
        )
        self.close_button = QPushButton(QCoreApplication.translate("EditorLayout", "Close"))
        bar.addWidget(self.autosave_label, 1)
        for button in (self.amend_button, self.cosign_button, self.sign_button,
                       self.save_button, self.close_button):  # fmt: skip
            bar.addWidget(button)
        outer.addLayout(bar)
        self.details.outcome.currentIndexChanged.connect(self.show_what_applies)
        fit_to_screen(host, 1240, 780)

    def show_what_applies(self) -> None:
        """A visit that did not take place asks only for the reason, the plan to reconnect
        and the next visit: who was present, what was done, the interaction sections, the
        goals and the family's note do not apply."""
        held = self.details.outcome_value() is VisitOutcome.COMPLETED
        for part in (self.present, self.services, self.goals, self.family_box, self.screen_box):
            part.setVisible(held)
        for key in ("observation", "caregiver_response", "child_presentation"):
            self.sections[key].setVisible(held)

    def _mark(self, part: str) -> AmendmentMark:
        self.amendment_marks[part] = AmendmentMark(part)
        return self.amendment_marks[part]

    def mark_amendments(self, note: NoteRecord | None, clock: Clock) -> None:
        """Show each amendment under the part of the note it amends."""
        amendments = note.amendments if note is not None else ()
        for mark in self.amendment_marks.values():
            mark.show_amendments(amendments, lambda a: _when(a.created_at, clock))

    def _family_box(self) -> QGroupBox:
        """ "For the family": apart from the clinical sections, printed on the handout."""
        box = QGroupBox(QCoreApplication.translate("EditorLayout", "For the family"))
        box.setAccessibleName(QCoreApplication.translate("EditorLayout", "For the family"))
        layout = QVBoxLayout(box)
        self.family_caption = QLabel(
            QCoreApplication.translate("EditorLayout", str(FAMILY_CAPTION))
        )
        self.family_caption.setWordWrap(True)
        layout.addWidget(self.family_caption)
        section = NoteSection(
            QCoreApplication.translate("EditorLayout", "Your note to the family"),
            QCoreApplication.translate(
                "EditorLayout",
                "What went well, what you will try together, in the family's own words",
            ),
            "",
            110,
        )
        self.sections["family_note"] = section
        layout.addWidget(section)
        return box

    def set_family(self, family: FamilyRecord, today: dt.date) -> None:
        """Show the family's name and children, and offer its members as present."""
        children = ", ".join(
            f"{c.full_name}, {format_age(c.dob, c.gestation, today)}" for c in family.children
        )
        self.title.setText(
            f"<span style='font-size:14pt; font-weight:600'>{html.escape(family.display_name)}"
            f"</span>&nbsp;&nbsp;{family.case_number}<br>{html.escape(children)}"
        )
        self.present.set_people(family.caregivers, family.children)
        language = language_text(family.language.strip()) or QCoreApplication.translate(
            "EditorLayout", "the family's language"
        )
        self.family_caption.setText(
            "{} {}".format(
                QCoreApplication.translate("EditorLayout", str(FAMILY_CAPTION)),
                QCoreApplication.translate("EditorLayout", "Language: %s.") % language,
            )
        )

    def set_previous(self, visit: VisitRecord | None) -> None:
        """Show the last visit's plan beside the note (hidden when there was none)."""
        if visit is None:
            self.context.hide()
            return
        plan = (
            visit.plan.strip()
            or visit.cancel_reason.strip()
            or QCoreApplication.translate("EditorLayout", "No plan written.")
        )
        last_visit = QCoreApplication.translate("EditorLayout", "Last visit")
        self.context.setText(
            f"<b>{last_visit}, {format_date(visit.visit_date)} "
            f"({html.escape(label(visit.outcome).lower())}):</b> "
            f"{html.escape(plan).replace(chr(10), '<br>')}"
        )
        self.context.show()

    def next_visit_date(self) -> dt.date | None:
        """The next visit's date when one is planned (the box ticked), else None."""
        return self.next_date.value() if self.next_check.isChecked() else None

    def on_next_toggled(self) -> None:
        on = self.next_check.isChecked() and self.next_check.isEnabled()
        self.next_date.setEnabled(on)
        self.next_time.setEnabled(on)

    def set_tab_order(self) -> None:
        chain: list[QWidget] = [
            *self.details.focus_widgets(), *(s.edit for s in self.sections.values()),
            *self.goals.focus_widgets(), *self.present.focus_widgets(),
            *self.services.focus_widgets(), self.screening_button, self.referral_button,
            self.next_check,
            self.next_date, self.next_time, self.save_button, self.sign_button,
            self.close_button,
        ]  # fmt: skip
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def set_read_only(self, read_only: bool) -> None:
        for part in (self.details, self.present, self.services):
            part.setEnabled(not read_only)
        boxes: tuple[QWidget, ...] = (self.details, self.present, self.services, self.next_box)
        for box in boxes:
            finished_look(box, read_only)
        for section in self.sections.values():
            section.set_read_only(read_only)
        self.goals.set_read_only(read_only)
        self.next_check.setEnabled(not read_only)
        self.on_next_toggled()

    def set_status(self, note: NoteRecord | None, actor: StaffRecord, clock: Clock) -> None:
        if note is None:
            text = QCoreApplication.translate("EditorLayout", "New note — not saved yet")
        elif note.visit.is_signed:
            when = _when(note.visit.signed_at, clock)
            text = QCoreApplication.translate("EditorLayout", "Signed by {0}, {1} — locked").format(
                note.signed_by_name, when
            )
            if note.visit.cosigned_at:
                text += "<br>" + QCoreApplication.translate(
                    "EditorLayout", "Co-signed by {0}"
                ).format(note.cosigned_by_name)
        elif note.visit.specialist_id != actor.id:
            text = QCoreApplication.translate(
                "EditorLayout", "Unsigned note by {0} — read only"
            ).format(note.author_name)
        else:
            text = "Draft — not signed yet"
        self.status.setText(text)

    def show_message(self, text: str, field: str | None = None) -> None:
        self.message.setText(text)
        self.message.show()
        target = {
            "visit_date": self.details.date, "duration_minutes": self.details.duration,
            "outcome": self.details.outcome, "next_visit_date": self.next_date,
            "cancel_reason": self.details.reason,
        }.get(field or "")  # fmt: skip
        if field in self.sections:
            target = self.sections[field].edit  # e.g. a section over its length limit
        if field == "goals" and self.goals.focus_widgets():
            target = self.goals.focus_widgets()[0]
        if target is not None:
            target.setFocus()

    def set_tampered(self, headline: str, lead: str, details: Sequence[str], advice: str) -> None:
        """Show the red banner: ``lead`` then ``details`` (empty: hide the banner)."""
        if not details:
            self.tamper_banner.clear()
            self.tamper_banner.hide()
            return
        what = "; ".join(html.escape(d) for d in details)
        self.tamper_banner.setText(
            f"<b>{html.escape(headline)}</b><br>{html.escape(lead)} {what}."
            f"<br><i>{html.escape(advice)}</i>"
        )
        self.tamper_banner.show()

    def clear_message(self) -> None:
        self.message.clear()
        self.message.hide()

    def set_screenings(self, records: Sequence[ScreeningRecord]) -> None:
        if not records:
            self.screenings.setText(QCoreApplication.translate("EditorLayout", "None recorded."))
            return
        self.screenings.setText("<br>".join(
            f"{html.escape(label(s.instrument))} — {html.escape(s.subject_name)}: "
            f"{html.escape(band_text(s.band))}" + (
                QCoreApplication.translate("EditorLayout", " (total {0})").format(s.total)
                if s.total is not None else ""
            )
            for s in records
        ))  # fmt: skip
