"""Names the services give to fixed choices, marked for lupdate and shown translated.

The services name a team period ("This quarter") or a note's section ("Plan") in
English, as their reports and exports do; the screens show them through
``service_text``. A name not listed here shows as the service gave it.
"""

from __future__ import annotations

import re

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

# Values the domain's messages put in words (domain.permissions: the permissions, who may).
DOMAIN_VALUES = (
    QT_TRANSLATE_NOOP("DomainValue", "open this family's record"),
    QT_TRANSLATE_NOOP("DomainValue", "add a family to this caseload"),
    QT_TRANSLATE_NOOP("DomainValue", "change this family's details, caregivers, children or goals"),
    QT_TRANSLATE_NOOP(
        "DomainValue", "write visit notes, drafts, screenings and follow-ups for this family"
    ),
    QT_TRANSLATE_NOOP("DomainValue", "sign this note"),
    QT_TRANSLATE_NOOP("DomainValue", "co-sign this note"),
    QT_TRANSLATE_NOOP("DomainValue", "amend this note"),
    QT_TRANSLATE_NOOP("DomainValue", "give this family to another specialist"),
    QT_TRANSLATE_NOOP("DomainValue", "close, hold or reopen this case"),
    QT_TRANSLATE_NOOP("DomainValue", "export these families to a file"),
    QT_TRANSLATE_NOOP("DomainValue", "print these families"),
    QT_TRANSLATE_NOOP("DomainValue", "make a report of these families"),
    QT_TRANSLATE_NOOP("DomainValue", "see the team dashboard"),
    QT_TRANSLATE_NOOP("DomainValue", "ask for emergency access to a family"),
    QT_TRANSLATE_NOOP("DomainValue", "look up a family by case number"),
    QT_TRANSLATE_NOOP("DomainValue", "see the staff list"),
    QT_TRANSLATE_NOOP("DomainValue", "see the agency settings"),
    QT_TRANSLATE_NOOP(
        "DomainValue", "lock, unlock or sign out of your own account, or change its passphrase"
    ),
    QT_TRANSLATE_NOOP("DomainValue", "add a staff account"),
    QT_TRANSLATE_NOOP("DomainValue", "add or change staff accounts"),
    QT_TRANSLATE_NOOP("DomainValue", "change the agency's clinical settings"),
    QT_TRANSLATE_NOOP(
        "DomainValue", "change the agency's sign-in, lock, PDF and emergency-access settings"
    ),
    QT_TRANSLATE_NOOP("DomainValue", "encrypt the database or see its unencrypted copies"),
    QT_TRANSLATE_NOOP("DomainValue", "make, look into or restore backups"),
    QT_TRANSLATE_NOOP("DomainValue", "read, save or verify the audit trail"),
    QT_TRANSLATE_NOOP("DomainValue", "see who looked at this family"),
    QT_TRANSLATE_NOOP(
        "DomainValue", "record reflective supervision with a specialist on your team"
    ),
    QT_TRANSLATE_NOOP("DomainValue", "see reflective supervision sessions"),
    QT_TRANSLATE_NOOP("DomainValue", "a specialist"),
    QT_TRANSLATE_NOOP("DomainValue", "a supervisor"),
    QT_TRANSLATE_NOOP("DomainValue", "an administrator"),
    QT_TRANSLATE_NOOP("DomainValue", "a specialist or a supervisor"),
    QT_TRANSLATE_NOOP("DomainValue", "a supervisor or an administrator"),
    QT_TRANSLATE_NOOP("DomainValue", "a specialist or a supervisor or an administrator"),
    QT_TRANSLATE_NOOP("DomainValue", "a specialist or an administrator"),
)


def service_text(text: str) -> str:
    """``text`` (a name a service gave) in the interface's language."""
    return QCoreApplication.translate("ServiceText", text)


# Words inside labels the domain composes (a screening's "12 month" questionnaire, its
# "overdue" status, a "corrected" age, the caregiver screen's "every 6 months"), each
# replaced where it stands as a whole word.
DOMAIN_WORDS = (
    QT_TRANSLATE_NOOP("DomainWord", "month"),
    QT_TRANSLATE_NOOP("DomainWord", "overdue"),
    QT_TRANSLATE_NOOP("DomainWord", "due"),
    QT_TRANSLATE_NOOP("DomainWord", "upcoming"),
    QT_TRANSLATE_NOOP("DomainWord", "corrected"),
    QT_TRANSLATE_NOOP("DomainWord", "due in"),
    QT_TRANSLATE_NOOP("DomainWord", "Caregiver depression screen"),
    QT_TRANSLATE_NOOP("DomainWord", "or"),
    QT_TRANSLATE_NOOP("DomainWord", "every"),
    QT_TRANSLATE_NOOP("DomainWord", "within"),
    QT_TRANSLATE_NOOP("DomainWord", "months"),
)


def domain_words(text: str) -> str:
    """``text`` (a label the domain composed) with its known words in the interface's
    language; names, numbers and instrument names stay as they are."""
    words = sorted(map(str, DOMAIN_WORDS), key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b")
    return pattern.sub(lambda m: QCoreApplication.translate("DomainWord", m[1]), text)
