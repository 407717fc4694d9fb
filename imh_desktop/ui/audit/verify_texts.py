"""The words of an audit trail check: the service's findings in the user's language, the report.

The check (services.audit.verify, services.visits.seal) words each broken
link and each problem of a note in English, as the command line prints them.
The screen shows them through :func:`finding_text`, which matches them
against the templates below (marked for lupdate, context ``AuditCheck``) and
puts the numbers back in; a wording not listed shows as the service gave it.
:func:`report_text` composes the plain text report the user may save: counts,
the head, each break, each changed note by case number and visit date (never
a note's text).
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from imh_desktop.services.audit.verify import AuditVerification, ChainBreak, NoteFinding
from imh_desktop.ui.common.local_format import format_date

CONTEXT = "AuditCheck"

# (the service's wording as a regular expression, its template with %1, %2 ... for the groups)
FINDINGS: tuple[tuple[str, object], ...] = (
    # services.audit.verify: broken links (the "lane N: " before them is shown in its own column)
    (r"(\d+) events? before event (\d+) \(No\. ([\d–]+)\) (?:was|were) deleted",
     QT_TRANSLATE_NOOP("AuditCheck", "%1 event(s) before event %2 (No. %3) deleted")),
    (r"event (\d+) \(No\. (\d+)\) no longer links to event (\d+): one of them was rewritten",
     QT_TRANSLATE_NOOP("AuditCheck",
                       "event %1 (No. %2) no longer links to event %3: one of them was rewritten")),
    (r"event (\d+) \(No\. (\d+)\) no longer links to the start of the lane: one of them was "
     r"rewritten",
     QT_TRANSLATE_NOOP(
        "AuditCheck", "event %1 (No. %2) no longer links to the start of the lane: it was rewritten"
     )),
    (r"event (\d+) \(No\. (\d+)\) was changed after it was written: its content does not match "
     r"its hash",
     QT_TRANSLATE_NOOP(
        "AuditCheck", "event %1 (No. %2) was changed after it was written: its content does not match its hash"  # noqa: E501
     )),
    (r"event No\. (\d+) no longer has the hash you noted: the lane was rewritten up to there",
     QT_TRANSLATE_NOOP(
        "AuditCheck", "event No. %1 no longer has the hash you noted: the lane was rewritten up to there"  # noqa: E501
     )),
    (r"the last (\d+) events? of the lane \(up to No\. (\d+)\) (?:was|were) deleted",
     QT_TRANSLATE_NOOP("AuditCheck", "the last %1 event(s) of the lane (up to No. %2) deleted")),
    (r"the lane's head does not match its last event",
     QT_TRANSLATE_NOOP("AuditCheck", "the lane's head does not match its last event")),
    (r"event No\. (\d+) is not in the lane",
     QT_TRANSLATE_NOOP("AuditCheck", "event No. %1 is not in the lane")),
    (r"lane (\d+) is not in the chain",
     QT_TRANSLATE_NOOP("AuditCheck", "lane %1 is not in the chain")),
    (r"event (\d+) is not part of the chain: it was added outside the app",
     QT_TRANSLATE_NOOP("AuditCheck",
                       "event %1 is not part of the chain: it was added outside the app")),
    (r"event (\d+) \(No\. (\S+)\) is past the lane's head: it was added outside the app",
     QT_TRANSLATE_NOOP("AuditCheck",
                       "event %1 (No. %2) is past the lane's head: it was added outside the app")),
    # services.visits.seal: what is wrong with a signed note
    (r"its seal was removed", QT_TRANSLATE_NOOP("AuditCheck", "its seal was removed")),
    (r"its text or details differ from what was signed",
     QT_TRANSLATE_NOOP("AuditCheck", "its text or details differ from what was signed")),
    (r"its signature is missing from the audit trail",
     QT_TRANSLATE_NOOP("AuditCheck", "its signature is missing from the audit trail")),
    (r"its co-signature is missing from the audit trail",
     QT_TRANSLATE_NOOP("AuditCheck", "its co-signature is missing from the audit trail")),
    (r"its co-signature differs from the one recorded",
     QT_TRANSLATE_NOOP("AuditCheck", "its co-signature differs from the one recorded")),
    (r"its co-signature was removed",
     QT_TRANSLATE_NOOP("AuditCheck", "its co-signature was removed")),
    (r"an amendment was deleted", QT_TRANSLATE_NOOP("AuditCheck", "an amendment was deleted")),
    (r"an audit event about it was deleted or moved",
     QT_TRANSLATE_NOOP("AuditCheck", "an audit event about it was deleted or moved")),
    (r"amendment (\d+) was added outside the app",
     QT_TRANSLATE_NOOP("AuditCheck", "amendment %1 was added outside the app")),
    (r"amendment (\d+) was changed", QT_TRANSLATE_NOOP("AuditCheck", "amendment %1 was changed")),
    (r"audit event (\d+) about it was added outside the app",
     QT_TRANSLATE_NOOP("AuditCheck", "audit event %1 about it was added outside the app")),
    (r"audit event (\d+) about it was changed",
     QT_TRANSLATE_NOOP("AuditCheck", "audit event %1 about it was changed")),
    (r"the audit trail just (before|after) event (\d+) was changed or cut",
     QT_TRANSLATE_NOOP("AuditCheck", "the audit trail just %1 event %2 was changed or cut")),
    (r"audit event (\d+) does not match the recorded end of the audit trail",
     QT_TRANSLATE_NOOP(
         "AuditCheck", "audit event %1 does not match the recorded end of the audit trail"
     )),
    (r"it was signed, but its signature was removed",
     QT_TRANSLATE_NOOP("AuditCheck", "it was signed, but its signature was removed")),
    (r"audit events after event (\d+) were removed",
     QT_TRANSLATE_NOOP("AuditCheck", "audit events after event %1 were removed")),
)  # fmt: skip

WORDS = (QT_TRANSLATE_NOOP("AuditCheck", "before"), QT_TRANSLATE_NOOP("AuditCheck", "after"))
LANE_PREFIX = re.compile(r"lane \d+: ")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(pattern + r"\Z"), str(template)) for pattern, template in FINDINGS)


def finding_text(text: str) -> str:
    """A break's message (without its lane) or a note's problem, in the interface's language."""
    text = LANE_PREFIX.sub("", text, count=1)
    for pattern, template in _patterns():
        if match := pattern.match(text):
            values = [_tr(v) if v in WORDS else v for v in match.groups()]
            return _fill(_tr(template), *values)
    return text


def break_row(b: ChainBreak) -> tuple[str, str, str]:
    """(lane, event number, what is wrong) of one broken link, as the table shows it."""
    lane = "" if b.lane is None else str(b.lane)
    return lane, "" if b.seq is None else str(b.seq), finding_text(b.message)


def note_row(n: NoteFinding) -> tuple[str, str, str]:
    """(case number, visit date, what is wrong) of one note changed outside the app."""
    return n.case_number, format_date(n.visit_date), "; ".join(map(finding_text, n.problems))


def _fill(template: str, *values: object) -> str:
    """``template`` (already translated) with %1, %2 ... replaced, in one pass."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m[1]) - 1]), template)


def headline(result: AuditVerification) -> str:
    """Intact or not, in a few words."""
    if result.ok:
        return QCoreApplication.translate("AuditCheck", "The audit trail is intact.")
    return QCoreApplication.translate("AuditCheck", "The audit trail was changed outside the app.")


class AuditCheck(QObject):
    """The sentences with counts, each count in a part of its own with its own plural form
    ("1 signed note", "2 signed notes"). A class of the context's name: lupdate finds a
    plural form in a ``self.tr`` call with a count, not in ``QCoreApplication.translate``."""

    def checked(self, events: int, notes: int) -> str:
        first = self.tr("Checked %Ln event(s)", "", events)
        second = self.tr("and %Ln signed note(s).", "", notes)
        return f"{first} {second}"

    def found(self, breaks: int, changed: int) -> str:
        first = self.tr("Found %Ln broken link(s)", "", breaks)
        second = self.tr("and %Ln note(s) changed outside the app.", "", changed)
        return f"{first} {second}"


def details(result: AuditVerification) -> str:
    """What was checked, and (when not intact) how much was found."""
    counts = AuditCheck()
    checked = counts.checked(result.events, result.notes)
    if result.ok:
        return checked
    found = counts.found(len(result.breaks), len(result.tampered_notes))
    return f"{found} {checked}"


def report_text(result: AuditVerification, when: str) -> str:
    """The plain text report of a check made ``when``: no note's text, only where and what."""
    lines = [
        QCoreApplication.translate("AuditCheck", "IMH Desktop: audit trail check"),
        _fill(QCoreApplication.translate("AuditCheck", "Checked: %1"), when),
        headline(result),
        details(result),
        _fill(
            QCoreApplication.translate("AuditCheck", "Head of the trail (for a later check): %1"),
            result.anchor,
        ),
    ]
    if result.breaks:
        lines += ["", QCoreApplication.translate(
            "AuditCheck", "Broken links (lane, event No., what is wrong):"
        )]  # fmt: skip
        lines += ["\t".join(break_row(b)) for b in result.breaks]
    if result.tampered_notes:
        lines += ["", QCoreApplication.translate(
            "AuditCheck",
            "Signed notes changed outside the app (case number, visit date, problems):",
        )]  # fmt: skip
        lines += ["\t".join(note_row(n)) for n in result.tampered_notes]
    return "\n".join(lines) + "\n"
