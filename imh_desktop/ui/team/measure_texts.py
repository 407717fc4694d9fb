"""The program measures' names and definitions, as the window, the PDF and the Excel file say them.

One place for the words, translatable; the counting itself is ``domain.measures``
and these sentences must say what it does (numerator, denominator, window).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from imh_desktop.domain.measures import REFERRAL_WITHIN_DAYS, Measure
from imh_desktop.reports.measures import MeasureText


def measure_texts() -> tuple[MeasureText, ...]:
    """Every measure's name and definition, in the order they are shown."""
    days = str(REFERRAL_WITHIN_DAYS)
    return (
        MeasureText(
            Measure.DEPRESSION_SCREENED,
            QCoreApplication.translate("measures", "Caregivers screened for depression on time"),
            QCoreApplication.translate(
                "measures",
                "Of the families whose primary caregiver's first depression-screen window "
                "(3 months from enrolment, or from the birth for families enrolled in "
                "pregnancy) ended in the period while the family was enrolled, those whose "
                "caregiver was given an EPDS or PHQ-9 inside that window.",
            ),
        ),
        MeasureText(
            Measure.ASQ_SCREENED,
            QCoreApplication.translate("measures", "Children screened with ASQ-3 on time"),
            QCoreApplication.translate(
                "measures",
                "Of the scheduled ASQ-3 windows (4, 9, 18, 24 and 30 months, by corrected "
                "age) that ended in the period while the child's family was enrolled, one per "
                "child and window, those with an ASQ-3 given inside the window.",
            ),
        ),
        MeasureText(
            Measure.DEPRESSION_REFERRED,
            QCoreApplication.translate(
                "measures", "Positive depression screens with a completed referral"
            ),
            QCoreApplication.translate(
                "measures",
                "Of the positive EPDS (13 or more, or item 10 above 0) and PHQ-9 (10 or more, "
                "or item 9 above 0) screens given in the period, those with a completed "
                "referral (status connected or closed): one made from the screen's alert, or "
                "a mental health referral made within %1 days after the screen.",
            ).replace("%1", days),
        ),
        MeasureText(
            Measure.DEVELOPMENT_REFERRED,
            QCoreApplication.translate(
                "measures", "Positive developmental screens with a completed referral"
            ),
            QCoreApplication.translate(
                "measures",
                "Of the positive ASQ-3 (an area below the cut-off) and ASQ:SE-2 (above the "
                "cut-off) screens given in the period, those with a completed referral (status "
                "connected or closed): one made from the screen's alert, or an early "
                "intervention (Part C) referral made within %1 days after the screen.",
            ).replace("%1", days),
        ),
        MeasureText(
            Measure.PART_C_CONNECTED,
            QCoreApplication.translate(
                "measures", "Referrals to early intervention (Part C) connected"
            ),
            QCoreApplication.translate(
                "measures",
                "Of the early intervention (Part C) referrals made in the period, those whose "
                "status is now connected or closed.",
            ),
        ),
        MeasureText(
            Measure.RETAINED_6,
            QCoreApplication.translate("measures", "Families retained 6 months"),
            QCoreApplication.translate(
                "measures",
                "Of the families whose 6-month enrolment anniversary fell in the period, those "
                "still enrolled on that day, or closed before it with their goals met.",
            ),
        ),
        MeasureText(
            Measure.RETAINED_12,
            QCoreApplication.translate("measures", "Families retained 12 months"),
            QCoreApplication.translate(
                "measures",
                "Of the families whose 12-month enrolment anniversary fell in the period, those "
                "still enrolled on that day, or closed before it with their goals met.",
            ),
        ),
    )


def common_note() -> str:
    """What holds for every measure."""
    return QCoreApplication.translate(
        "measures",
        "Counted up to today: a window, anniversary or screen after today does not count yet. "
        "Each family counts under its specialist today.",
    )
