"""Screening results and alerts in the interface's language.

The scoring rules (``domain.screening``) write a result's band and a positive
screen's alert in English, and the alert is stored as written when it is
raised. Their wording is a small closed set, so a screen shows them in the
interface's language by reading them back: a band or alert the rules did not
write (an imported one, an older wording) is shown as stored. In English every
text reads exactly as stored.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "ScreeningWords"

# Every band the scoring rules write (domain.screening: epds_band, phq9_band, ASQ3_BANDS,
# ASQSE2_BANDS) and the ASQ-3 area names they list.
_WORDS = (
    QT_TRANSLATE_NOOP("ScreeningWords", "low"),
    QT_TRANSLATE_NOOP("ScreeningWords", "possible depression"),
    QT_TRANSLATE_NOOP("ScreeningWords", "probable depression"),
    QT_TRANSLATE_NOOP("ScreeningWords", "minimal"),
    QT_TRANSLATE_NOOP("ScreeningWords", "mild"),
    QT_TRANSLATE_NOOP("ScreeningWords", "moderate"),
    QT_TRANSLATE_NOOP("ScreeningWords", "moderately severe"),
    QT_TRANSLATE_NOOP("ScreeningWords", "severe"),
    QT_TRANSLATE_NOOP("ScreeningWords", "mild depression"),
    QT_TRANSLATE_NOOP("ScreeningWords", "moderate depression"),
    QT_TRANSLATE_NOOP("ScreeningWords", "moderately severe depression"),
    QT_TRANSLATE_NOOP("ScreeningWords", "severe depression"),
    QT_TRANSLATE_NOOP("ScreeningWords", "above the cut-off (on schedule)"),
    QT_TRANSLATE_NOOP("ScreeningWords", "close to the cut-off (monitor)"),
    QT_TRANSLATE_NOOP("ScreeningWords", "below the cut-off (refer for assessment)"),
    QT_TRANSLATE_NOOP("ScreeningWords", "above the cut-off in all areas (on schedule)"),
    QT_TRANSLATE_NOOP("ScreeningWords", "below the monitoring zone"),
    QT_TRANSLATE_NOOP("ScreeningWords", "in the monitoring zone"),
    QT_TRANSLATE_NOOP("ScreeningWords", "above the cut-off (refer)"),
    QT_TRANSLATE_NOOP("ScreeningWords", "communication"),
    QT_TRANSLATE_NOOP("ScreeningWords", "gross motor"),
    QT_TRANSLATE_NOOP("ScreeningWords", "fine motor"),
    QT_TRANSLATE_NOOP("ScreeningWords", "problem solving"),
    QT_TRANSLATE_NOOP("ScreeningWords", "personal-social"),
)

_NAME = r"(?P<name>EPDS|PHQ-9)"
_LIST = r"[a-z -]+(?:, [a-z -]+)*"  # "communication, fine motor"
# The ASQ-3 band: the areas below, then the areas close (at least one of the two; the
# function checks that).
_ASQ3_BAND = re.compile(
    rf"(?:below the cut-off in (?P<below>{_LIST}))?(?:; )?"
    rf"(?:close to the cut-off in (?P<close>{_LIST}))?"
)
_SELF_HARM = re.compile(
    rf"{_NAME} item (?P<item>\d+) \(self-harm\) scored (?P<score>\d+): same-day safety check, "
    r"and record the follow-up"
)
_REFER = re.compile(rf"{_NAME} (?P<total>\d+): (?P<finding>[a-z ]+), refer")
_ASQ3_REFER = re.compile(
    rf"ASQ-3 below the cut-off in (?P<areas>{_LIST}): refer for developmental assessment"
)
_ASQSE2_REFER = re.compile(r"ASQ:SE-2 (?P<total>\d+): above the cut-off, refer")
# "<who was screened>: <what to do>", the what-to-do starting with the instrument's name.
_SUBJECT = re.compile(r"(?P<subject>.*?): (?P<body>(?:EPDS|PHQ-9|ASQ-3|ASQ:SE-2) .*)", re.DOTALL)


def _word(word: str) -> str | None:
    return QCoreApplication.translate(_CONTEXT, word) if word in _WORDS else None


def _areas(areas: str) -> str | None:
    words = [_word(a) for a in areas.split(", ")]
    return None if None in words else ", ".join(w for w in words if w)


def band_text(band: str) -> str:
    """A stored screening band in the interface's language (as stored when not the rules')."""
    word = _word(band)
    if word is not None:
        return word
    match = _ASQ3_BAND.fullmatch(band)
    if not band or match is None:
        return band
    below, close = (_areas(match[k]) if match[k] else "" for k in ("below", "close"))
    if below is None or close is None or not (below or close):
        return band
    parts = []
    if below:
        parts.append(
            QCoreApplication.translate("ScreeningWords", "below the cut-off in {areas}").format(
                areas=below
            )
        )
    if close:
        parts.append(
            QCoreApplication.translate("ScreeningWords", "close to the cut-off in {areas}").format(
                areas=close
            )
        )
    return "; ".join(parts)


def _alert_part(part: str) -> str | None:
    if match := _SELF_HARM.fullmatch(part):
        return QCoreApplication.translate(
            "ScreeningWords",
            "{name} item {item} (self-harm) scored {score}: same-day safety check, "
            "and record the follow-up",
        ).format(name=match["name"], item=match["item"], score=match["score"])
    if (match := _REFER.fullmatch(part)) and (finding := _word(match["finding"])):
        return QCoreApplication.translate(
            "ScreeningWords", "{name} {total}: {finding}, refer"
        ).format(name=match["name"], total=match["total"], finding=finding)
    if (match := _ASQ3_REFER.fullmatch(part)) and (areas := _areas(match["areas"])):
        return QCoreApplication.translate(
            "ScreeningWords",
            "ASQ-3 below the cut-off in {areas}: refer for developmental assessment",
        ).format(areas=areas)
    if match := _ASQSE2_REFER.fullmatch(part):
        return QCoreApplication.translate(
            "ScreeningWords", "ASQ:SE-2 {total}: above the cut-off, refer"
        ).format(total=match["total"])
    return None


def result_alert_text(text: str) -> str:
    """A result's alert (without who was screened) in the interface's language."""
    parts = [_alert_part(p) for p in text.split(". ")]
    return text if None in parts else ". ".join(p for p in parts if p)


def alert_text(text: str) -> str:
    """A stored alert ("<who>: <what to do>") in the interface's language."""
    match = _SUBJECT.fullmatch(text)
    if match is None:
        return text
    body = result_alert_text(match["body"])
    return text if body == match["body"] else f"{match['subject']}: {body}"
