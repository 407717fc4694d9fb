"""Looking at windows in Spanish: what is content, what is data, and the English still left.

A helper module shared by the UI tests (not a test module): the fit tour
(tests/ui/common/test_fit.py) and the walk of every window and dialog
(tests/ui/common/test_language_check.py) use it.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

from sqlalchemy import Enum, String, Text, select

from imh_desktop.ui.common import language_check

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n"
# Texts the same in Spanish: instruments, codes, units, the languages' own names.
SAME_IN_SPANISH = ("EPDS", "PHQ-9", "ASQ-3", "ASQ:SE-2", "OK", "English", "Español", "PDF", "CSV")

# Tables whose texts are codes or copies, not what a person wrote: never taken as data.
NOT_RECORDS = frozenset({"audit_events", "audit_chain", "search_index"})


def english_sources() -> list[re.Pattern[str]]:
    """The English source strings the Spanish .ts translates differently, as patterns."""
    sources = []
    for message in ET.parse(TS / "imh_desktop_es.ts").getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        texts = [translation.text or ""] + [
            f.text or "" for f in translation.findall("numerusform")
        ]
        if source not in texts:
            sources.append(source)
    return language_check.source_patterns(sources)


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def content() -> set[str]:
    """What is content, not interface: the instruments' validated English wording (a
    Spanish version must be the licensed translation, not ours), the goal examples a
    specialist adapts, and the stored spellings offered for a relationship or language
    (the handouts match a family's language by these names)."""
    from imh_desktop.domain.templates import GOAL_TEMPLATES
    from imh_desktop.ui.family.dialogs import LANGUAGES, RELATIONSHIPS

    found: set[str] = set(LANGUAGES) | set(RELATIONSHIPS)
    for name in ("epds.json", "phq9.json"):
        text = (resources.files("imh_desktop.domain.instruments") / name).read_text("utf-8")
        found.update(_strings(json.loads(text)))
    for templates in GOAL_TEMPLATES.values():
        for template in templates:
            found.update(p.strip() for p in re.split(r"\[\w+\]", template) if p.strip())
    return found


def demo_data(db) -> set[str]:
    """Every text the demo agency's records hold: names, case numbers, statements, notes,
    and the content above."""
    from imh_desktop.data import models

    found: set[str] = set()
    with db.session() as session:
        for mapper in models.Base.registry.mappers:  # every record's text, not the log's
            table = mapper.class_.__table__
            if table.name in NOT_RECORDS:
                continue
            columns = [
                c for c in table.columns
                if isinstance(c.type, String | Text) and not isinstance(c.type, Enum)
            ]  # fmt: skip
            if not columns:
                continue
            for row in session.execute(select(*columns)):
                found.update(v for v in row if isinstance(v, str) and len(v) > 1)
    from imh_desktop.services.admin.agency import AgencySettings

    with db.session() as session:  # the agency's own name, address and lines
        found.update(session.scalars(select(models.AgencySetting.value)))
    agency = AgencySettings()
    found.update(v for v in vars(agency).values() if isinstance(v, str) and len(v) > 1)
    return found | content()


def child_failure(done) -> str:
    """What a child pytest run printed, without the offscreen plugin's warnings (hundreds of
    lines that would push the failure itself out of the message)."""
    lines = [line for line in done.stdout.splitlines() if "QtWarningMsg" not in line]
    return "\n".join(lines)[-4000:] + done.stderr[-2000:]
