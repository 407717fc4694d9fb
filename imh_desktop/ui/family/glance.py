"""The family at a glance: what a specialist needs before the next visit, in one box.

The record's Overview shows it above the household's tables: the last visit and
its plan, the next planned visit, open alerts, active goals with their latest
rating, screenings due or overdue, and who is in the household. The visit editor
shows the part that matters while writing (the last visit's plan, open alerts).

Everything is read with the services the record's tabs already use, in one task
through the context's runner (each read checked and audited there).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from imh_desktop.domain.enums import GoalStatus, VisitOutcome
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.records import FamilyRecord, GoalRecord, VisitRecord
from imh_desktop.services.family import families, goals
from imh_desktop.services.screenings import due as screenings_due
from imh_desktop.services.screenings.due import DueItem
from imh_desktop.services.screenings.results import AlertRecord, list_alerts
from imh_desktop.services.visits import lists as note_lists
from imh_desktop.services.visits import visits
from imh_desktop.services.visits.records import ProgressPoint
from imh_desktop.ui.common.labels import label
from imh_desktop.ui.common.local_format import format_age, format_date, relationship_text
from imh_desktop.ui.common.screening_words import alert_text
from imh_desktop.ui.common.service_texts import domain_words
from imh_desktop.ui.visits.goal_ratings import RATING_SHORT

# Texts used inside f-strings below, marked here for lupdate.
_MARKED = (
    QT_TRANSLATE_NOOP("Glance", "Goals"),
    QT_TRANSLATE_NOOP("Glance", "Household"),
    QT_TRANSLATE_NOOP("Glance", "Its plan"),
    QT_TRANSLATE_NOOP("Glance", "Last visit"),
    QT_TRANSLATE_NOOP("Glance", "Next visit"),
    QT_TRANSLATE_NOOP("Glance", "Open alerts"),
    QT_TRANSLATE_NOOP("Glance", "Screenings due"),
    QT_TRANSLATE_NOOP("Glance", "at"),
    QT_TRANSLATE_NOOP("Glance", "by"),
    QT_TRANSLATE_NOOP("Glance", "caregiver"),
    QT_TRANSLATE_NOOP("Glance", "for"),
    QT_TRANSLATE_NOOP("Glance", "no active goal"),
    QT_TRANSLATE_NOOP("Glance", "no plan written"),
    QT_TRANSLATE_NOOP("Glance", "nobody recorded"),
    QT_TRANSLATE_NOOP("Glance", "none yet"),
    QT_TRANSLATE_NOOP("Glance", "none"),
    QT_TRANSLATE_NOOP("Glance", "since"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Glance", text)


@dataclass(frozen=True)
class Glance:
    """What the glance shows, read in one task."""

    today: dt.date
    family: FamilyRecord
    last_visit: VisitRecord | None  # the latest visit that took place (or was missed)
    next_visit: VisitRecord | None  # the earliest planned visit from today on
    alerts: list[AlertRecord]  # open ones
    goals: list[tuple[GoalRecord, ProgressPoint | None]]  # active goals, latest rating
    due: list[DueItem]  # due and overdue screenings


def read_glance(svc: ServiceContext, family_id: int) -> Glance:
    """Read the family's glance (through the services; each read is checked and audited)."""
    today = svc.today()
    family = families.get_family(svc, family_id)
    records = visits.list_visits(svc, family_id)
    held = [v for v in records if v.outcome is not VisitOutcome.PLANNED and v.visit_date <= today]
    planned = [v for v in records if v.outcome is VisitOutcome.PLANNED and v.visit_date >= today]
    progress = note_lists.goal_progress(svc, family_id)
    active = [g for g in goals.list_goals(svc, family_id) if g.status is GoalStatus.ACTIVE]
    due = screenings_due.family_screenings_due(svc, family_id, today)
    return Glance(
        today=today,
        family=family,
        last_visit=max(held, key=lambda v: (v.visit_date, v.id), default=None),
        next_visit=min(planned, key=lambda v: (v.visit_date, v.id), default=None),
        alerts=list_alerts(svc, family_id, open_only=True),
        goals=[(g, _latest(progress.get(g.id, []))) for g in active],
        due=[d for d in due if d.due.status in ("due", "overdue")],
    )


def _latest(points: Sequence[ProgressPoint]) -> ProgressPoint | None:
    return points[-1] if points else None


def _e(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _when(visit: VisitRecord) -> str:
    at = (
        f" {QCoreApplication.translate('Glance', 'at')} {visit.start_time:%H:%M}"
        if visit.start_time
        else ""
    )
    return format_date(visit.visit_date) + at


def last_visit_html(glance: Glance) -> str:
    """The last visit, its outcome and its plan."""
    v = glance.last_visit
    if v is None:
        return f"<b>{QCoreApplication.translate('Glance', 'Last visit')}:</b> {QCoreApplication.translate('Glance', 'none yet')}"  # noqa: E501
    plan = (
        _e(v.plan.strip() or v.cancel_reason.strip())
        or f"<i>{QCoreApplication.translate('Glance', 'no plan written')}</i>"
    )
    return (
        f"<b>{QCoreApplication.translate('Glance', 'Last visit')}:</b> {_when(v)} ({_e(label(v.outcome).lower())})<br>"  # noqa: E501
        + (f"<b>{QCoreApplication.translate('Glance', 'Its plan')}:</b> {plan}")
    )


def alerts_html(alerts: Sequence[AlertRecord]) -> str:
    if not alerts:
        return f"<b>{QCoreApplication.translate('Glance', 'Open alerts')}:</b> {QCoreApplication.translate('Glance', 'none')}"  # noqa: E501
    items = "".join(
        f"<li>{_e(alert_text(a.text))} ({QCoreApplication.translate('Glance', 'since')} {format_date(a.opened_on)})</li>"  # noqa: E501
        for a in alerts
    )
    return f"<b>{QCoreApplication.translate('Glance', 'Open alerts')}:</b><ul style='margin:0'>{items}</ul>"  # noqa: E501


def glance_html(glance: Glance) -> str:
    """The whole glance as simple HTML."""
    parts = [last_visit_html(glance)]
    n = glance.next_visit
    parts.append(
        f"<b>{QCoreApplication.translate('Glance', 'Next visit')}:</b> "
        + (
            f"{_when(n)} ({_e(label(n.mode).lower())})"
            if n
            else QCoreApplication.translate("Glance", "none planned")
        )
    )
    parts.append(alerts_html(glance.alerts))
    if glance.goals:
        rows = "".join(
            f"<li>{_e(label(g.domain))}: {_e(g.statement)} — "
            + (
                f"{p.rating} {_e(RATING_SHORT[p.rating])} ({format_date(p.visit_date)})"
                if p
                else QCoreApplication.translate("Glance", "not rated yet")
            )
            + "</li>"
            for g, p in glance.goals
        )
        parts.append(
            f"<b>{QCoreApplication.translate('Glance', 'Goals')}:</b><ul style='margin:0'>{rows}</ul>"  # noqa: E501
        )
    else:
        parts.append(
            f"<b>{QCoreApplication.translate('Glance', 'Goals')}:</b> {QCoreApplication.translate('Glance', 'no active goal')}"  # noqa: E501
        )
    due = "; ".join(
        f"{_e(domain_words(d.due.label))} {QCoreApplication.translate('Glance', 'for')} {_e(d.subject_name)} ({_e(domain_words(d.due.status))}, "  # noqa: E501
        f"{QCoreApplication.translate('Glance', 'by')} {format_date(d.due.window_end)})"
        for d in glance.due
    )
    parts.append(
        f"<b>{QCoreApplication.translate('Glance', 'Screenings due')}:</b> {due or QCoreApplication.translate('Glance', 'none')}"  # noqa: E501
    )
    f = glance.family
    people = [
        f"{_e(c.full_name)} ({_e(relationship_text(c.relationship) or QCoreApplication.translate('Glance', 'caregiver'))})"  # noqa: E501
        for c in f.caregivers
    ]
    people += [
        f"{_e(c.full_name)}, {_e(format_age(c.dob, c.gestation, glance.today))}" for c in f.children
    ]
    parts.append(
        f"<b>{QCoreApplication.translate('Glance', 'Household')}:</b> {'; '.join(people) or QCoreApplication.translate('Glance', 'nobody recorded')}"  # noqa: E501
    )
    return "<br>".join(parts)


class GlanceLabel(QLabel):
    """A word-wrapped, selectable label showing a glance."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(name)
