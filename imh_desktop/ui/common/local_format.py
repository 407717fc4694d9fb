"""The domain's dates and ages in the interface's language.

``domain.dates`` and ``domain.ages`` format in English unless given a language
(reports and exports keep English); the screens format through these, which pass
the language installed by ``i18n.install_language``: "25 nov 2026" and
"7 m 12 d (corregida 5 m 3 d)" in Spanish, the English text unchanged.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from imh_desktop.domain import ages, dates
from imh_desktop.domain.ages import Age, Gestation
from imh_desktop.services.team.tables import Period
from imh_desktop.ui.common.i18n import current_language


def format_date(day: dt.date | None, empty: str = "") -> str:
    """ "25 Nov 2026" / "25 nov 2026"; ``empty`` when there is no date."""
    return dates.format_date(day, empty, current_language())


def format_period(start: dt.date, end: dt.date) -> str:
    """ "1 Oct 2026 – 25 Nov 2026" / "1 oct 2026 – 25 nov 2026"."""
    return dates.format_period(start, end, current_language())


def format_month(day: dt.date) -> str:
    """ "November 2026" / "noviembre de 2026"."""
    return dates.format_month(day, current_language())


def format_day_month(day: dt.date) -> str:
    """ "25 Nov" / "25 nov"."""
    return dates.format_day_month(day, current_language())


def format_weekday(day: dt.date) -> str:
    """ "Wednesday" / "miércoles"."""
    return dates.format_weekday(day, current_language())


def format_short_day(day: dt.date) -> str:
    """ "Wed 05 Nov" / "mié 05 nov"."""
    return dates.format_short_day(day, current_language())


def format_age(dob: dt.date, gestation: Gestation, on: dt.date) -> str:
    """ "7 mo 12 d (corrected 5 mo 3 d)" / "7 m 12 d (corregida 5 m 3 d)"."""
    return ages.format_age(dob, gestation, on, current_language())


def age_text(age: Age) -> str:
    """ "7 mo 12 d" / "7 m 12 d"."""
    return age.text(current_language())


def months_text(months: int) -> str:
    """ "6 mo" / "6 m": a screening interval in months."""
    return ages.age_words(current_language()).months.format(months=months)


def turns_three_soon() -> str:
    """ "turns 3 soon" / "cumple 3 años pronto"."""
    return ages.age_words(current_language()).turns_three_soon


def format_decimal(value: float, places: int) -> str:
    """ "3.6" / "3,6": a number with ``places`` decimals and the language's decimal sign."""
    if current_language() == "en":
        return f"{value:.{places}f}"
    return QLocale().toString(float(value), "f", places)


def format_count(count: int) -> str:
    """ "1,900" / "1.900": a whole number grouped in thousands as the language writes it."""
    if current_language() == "en":
        return f"{count:,}"
    return QLocale().toString(int(count))


def period_text(period: Period) -> str:
    """A team period's label: "November 2026" / "noviembre de 2026", "Q4 2026" / "T4 2026"."""
    return period.label_in(current_language())


# The relationships the caregiver form offers (ui.family.dialogs.RELATIONSHIPS) are stored
# in English; a box shows them in the interface's language, any other spelling as typed.
RELATIONSHIP_WORDS = (
    QT_TRANSLATE_NOOP("Relationship", "Mother"),
    QT_TRANSLATE_NOOP("Relationship", "Father"),
    QT_TRANSLATE_NOOP("Relationship", "Grandmother"),
    QT_TRANSLATE_NOOP("Relationship", "Grandfather"),
    QT_TRANSLATE_NOOP("Relationship", "Foster parent"),
    QT_TRANSLATE_NOOP("Relationship", "Guardian"),
    QT_TRANSLATE_NOOP("Relationship", "Aunt"),
    QT_TRANSLATE_NOOP("Relationship", "Uncle"),
    QT_TRANSLATE_NOOP("Relationship", "Other"),
)


def relationship_text(relationship: str) -> str:
    """A caregiver's stored relationship in the interface's language, when it is one offered."""
    return _offered_text("Relationship", RELATIONSHIP_WORDS, relationship)


# The languages the family and caregiver forms offer (ui.family.dialogs.LANGUAGES), stored in
# English like the relationships.
LANGUAGE_WORDS = (
    QT_TRANSLATE_NOOP("LanguageName", "English"),
    QT_TRANSLATE_NOOP("LanguageName", "Spanish"),
    QT_TRANSLATE_NOOP("LanguageName", "Arabic"),
    QT_TRANSLATE_NOOP("LanguageName", "Vietnamese"),
    QT_TRANSLATE_NOOP("LanguageName", "Somali"),
    QT_TRANSLATE_NOOP("LanguageName", "French"),
    QT_TRANSLATE_NOOP("LanguageName", "Other"),
)


def language_text(language: str) -> str:
    """A stored language name in the interface's language, when it is one the forms offer."""
    return _offered_text("LanguageName", LANGUAGE_WORDS, language)


def _offered_text(context: str, offered: tuple[object, ...], stored: str) -> str:
    """``stored`` translated when a form offers it (in English); as typed otherwise."""
    return QCoreApplication.translate(context, stored) if stored in offered else stored
