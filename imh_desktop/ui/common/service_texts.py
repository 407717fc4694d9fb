"""Names the services give to fixed choices, marked for lupdate and shown translated.

The services name a team period ("This quarter") or a note's section ("Plan") in
English, as their reports and exports do; the screens show them through
``service_text``. A name not listed here shows as the service gave it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

MARKED = (
    # services.team.tables.PERIOD_KINDS
    QT_TRANSLATE_NOOP("ServiceText", "This month"),
    QT_TRANSLATE_NOOP("ServiceText", "Last month"),
    QT_TRANSLATE_NOOP("ServiceText", "This quarter"),
    QT_TRANSLATE_NOOP("ServiceText", "Last 4 weeks"),
    QT_TRANSLATE_NOOP("ServiceText", "Custom dates"),
    # ui.reports.tab.PERIODS (services.reports.period_for)
    QT_TRANSLATE_NOOP("ServiceText", "Last quarter"),
    QT_TRANSLATE_NOOP("ServiceText", "Last 6 months"),
    QT_TRANSLATE_NOOP("ServiceText", "Year to date"),
    QT_TRANSLATE_NOOP("ServiceText", "Since enrolment"),
    QT_TRANSLATE_NOOP("ServiceText", "Custom"),
    # services.visits.notes.AMEND_SECTIONS
    QT_TRANSLATE_NOOP("ServiceText", "Observation of the caregiver-infant interaction"),
    QT_TRANSLATE_NOOP("ServiceText", "What we did"),
    QT_TRANSLATE_NOOP("ServiceText", "Caregiver's response and reflection"),
    QT_TRANSLATE_NOOP("ServiceText", "Child's presentation"),
    QT_TRANSLATE_NOOP("ServiceText", "Plan"),
    QT_TRANSLATE_NOOP("ServiceText", "Specialist's reflection"),
    QT_TRANSLATE_NOOP("ServiceText", "For the family"),
    QT_TRANSLATE_NOOP("ServiceText", "Goals and progress"),
    QT_TRANSLATE_NOOP("ServiceText", "Visit details (date, time, who was present)"),
)


def service_text(text: str) -> str:
    """``text`` (a name a service gave) in the interface's language."""
    return QCoreApplication.translate("ServiceText", text)
