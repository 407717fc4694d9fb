"""Fixed wording of the family handout, in English and Spanish (usted).

Plain, warm words with no clinical jargon. Dates are spelled out from our own
tables, so Spanish dates need no installed locale.
"""

from __future__ import annotations

import datetime as dt

from imh_desktop.domain.enums import VisitService

TEXT: dict[str, dict[str, str]] = {
    "en": {
        "title": "Our visit today",
        "prepared_for": "For {family}",
        "did": "What we did today",
        "did_default": "We spent time together with you and your child.",
        "noticed": "What we noticed",
        "ideas": "Ideas to try with {child} before next time",
        "ideas_no_child": "Ideas to try before next time",
        "steps": "Five steps of serve and return",
        "next": "Our next visit",
        "next_date": "{date}",
        "next_unknown": "I will call you to set up our next visit.",
        "reach": "How to reach me",
        "phone": "Phone: {phone}",
        "agency_phone": "Office: {phone}",
        "draft": "DRAFT — unsigned",
        "tampered": "This note was changed outside the app after it was signed.",
        "footer": "This page is about your family. Please keep it somewhere private.",
        "page": "Page {page} of {total}",
        "doc_title": "Family handout: {family}, {date}",
        "subject": "Family visit handout",
    },
    "es": {
        "title": "Nuestra visita de hoy",
        "prepared_for": "Para: {family}",
        "did": "Lo que hicimos hoy",
        "did_default": "Pasamos un rato juntos con usted y su pequeño.",
        "noticed": "Lo que notamos",
        "ideas": "Ideas para probar con {child} antes de la próxima visita",
        "ideas_no_child": "Ideas para probar antes de la próxima visita",
        "steps": "Cinco pasos para el ir y venir (“servir y devolver”)",
        "next": "Nuestra próxima visita",
        "next_date": "{date}",
        "next_unknown": "Le llamaré para ponernos de acuerdo sobre la próxima visita.",
        "reach": "Cómo comunicarse conmigo",
        "phone": "Teléfono: {phone}",
        "agency_phone": "Oficina: {phone}",
        "draft": "BORRADOR — sin firmar (DRAFT — unsigned)",
        "tampered": "Esta nota se cambió fuera de la aplicación después de firmarse "
        "(This note was changed outside the app after it was signed).",
        "footer": "Esta hoja trata de su familia. Por favor, guárdela en un lugar privado.",
        "page": "Página {page} de {total}",
        "doc_title": "Hoja para la familia: {family}, {date}",
        "subject": "Hoja de la visita para la familia",
    },
}

SERVICES: dict[str, dict[VisitService, str]] = {
    "en": {
        VisitService.EMOTIONAL_SUPPORT: "We talked about how you are doing and how things are "
        "going for your family.",
        VisitService.DEVELOPMENTAL_GUIDANCE: "We talked about how your child is growing and "
        "learning, and what comes next.",
        VisitService.REFLECTIVE_CONVERSATION: "We wondered together what your child might be "
        "feeling and needing.",
        VisitService.MODELLING: "We tried out some ways to play and talk together.",
        VisitService.CONCRETE_HELP: "We worked on things your family needs, like forms, "
        "supplies or appointments.",
        VisitService.CRISIS_INTERVENTION: "We made a plan together for getting through a "
        "hard time.",
        VisitService.ADVOCACY: "We spoke up together with other services for what your "
        "family needs.",
        VisitService.SCREENING: "We filled in a short check-in questionnaire together.",
        VisitService.REFERRAL: "We talked about other services that could help, and how to "
        "reach them.",
    },
    "es": {
        VisitService.EMOTIONAL_SUPPORT: "Hablamos de cómo está usted y de cómo van las cosas "
        "en su familia.",
        VisitService.DEVELOPMENTAL_GUIDANCE: "Hablamos de cómo su pequeño está creciendo y "
        "aprendiendo, y de lo que viene después.",
        VisitService.REFLECTIVE_CONVERSATION: "Pensamos juntos en lo que su pequeño podría "
        "estar sintiendo y necesitando.",
        VisitService.MODELLING: "Probamos algunas formas de jugar y platicar juntos.",
        VisitService.CONCRETE_HELP: "Trabajamos en cosas que su familia necesita, como "
        "formularios, cosas para el bebé o citas.",
        VisitService.CRISIS_INTERVENTION: "Hicimos juntos un plan para salir adelante en un "
        "momento difícil.",
        VisitService.ADVOCACY: "Hablamos juntos con otros servicios sobre lo que su familia "
        "necesita.",
        VisitService.SCREENING: "Llenamos juntos un cuestionario corto.",
        VisitService.REFERRAL: "Hablamos de otros servicios que pueden ayudar y de cómo "
        "comunicarse con ellos.",
    },
}

_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}
_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
}  # fmt: skip


def text(lang: str, key: str, **values: str) -> str:
    """The fixed string ``key`` in ``lang``, with ``values`` filled in (not escaped)."""
    return TEXT[lang][key].format(**values)


def service_text(lang: str, service: VisitService) -> str:
    """What a ticked service means, in plain words."""
    return SERVICES[lang][service]


def long_date(lang: str, day: dt.date) -> str:
    """ "Tuesday, 25 November 2026" or "martes, 25 de noviembre de 2026"."""
    weekday = _WEEKDAYS[lang][day.weekday()]
    month = _MONTHS[lang][day.month - 1]
    if lang == "es":
        return f"{weekday}, {day.day} de {month} de {day.year}"
    return f"{weekday}, {day.day} {month} {day.year}"
