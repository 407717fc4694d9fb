"""The fields a spreadsheet column can fill, and guessing them from the header names.

One spreadsheet row is one family: its own details, and optionally one
caregiver, one child, one goal and one visit of its history. Headers are
compared in plain form (``values.plain``: lower case, no accents), in
English and Spanish; the longest phrase found in a header wins, so
"Child date of birth" is the child's and "Mother's date of birth" the
caregiver's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from imh_desktop.domain.enums import (
    Frequency,
    GoalDomain,
    GoalStatus,
    ReferralSource,
    Sex,
    VisitMode,
    VisitOutcome,
)
from imh_desktop.domain.imports.values import plain

FAMILY, CAREGIVER, CHILD, GOAL, VISIT = "family", "caregiver", "child", "goal", "visit"


@dataclass(frozen=True)
class ImportField:
    """A field a column can be mapped to: its key, what it belongs to, its header phrases."""

    key: str
    entity: str
    phrases: tuple[str, ...]  # plain words; every word of a phrase must be in the header


def _f(key: str, entity: str, *phrases: str) -> ImportField:
    return ImportField(key, entity, phrases)


_CG = ("caregiver", "parent", "mother", "father", "mom", "cuidador", "cuidadora", "madre",
       "padre", "tutor")  # fmt: skip
_CH = ("child", "baby", "infant", "nino", "nina", "bebe", "hijo", "hija", "menor")


def _with(entities: Sequence[str], *words: str) -> tuple[str, ...]:
    return tuple(f"{e} {w}" for e in entities for w in words)


FIELDS: tuple[ImportField, ...] = (
    _f("case_number", FAMILY, "case number", "case no", "case id", "case", "numero de caso",
       "caso", "expediente", "folio"),
    _f("family_name", FAMILY, "family name", "family", "familia", "nombre de familia",
       "name", "nombre"),
    _f("specialist", FAMILY, "specialist", "home visitor", "visitor", "worker", "username",
       "especialista", "visitadora", "visitador", "usuario"),
    _f("referral_source", FAMILY, "referral source", "referred by", "source", "fuente",
       "referido por", "fuente de referencia"),
    _f("referral_date", FAMILY, "referral date", "referral", "referred", "date referred",
       "fecha de referencia", "referencia", "derivacion"),
    _f("enrolled_on", FAMILY, "enrollment date", "enrolment date", "enrolled", "enrollment",
       "enrolment", "start date", "inscripcion", "fecha de inscripcion", "ingreso"),
    _f("frequency", FAMILY, "frequency", "visit frequency", "frecuencia"),
    _f("address", FAMILY, "address", "street", "direccion", "domicilio"),
    _f("phone", FAMILY, "phone", "telephone", "tel", "mobile", "cell", "telefono", "celular"),
    _f("language", FAMILY, "language", "idioma", "lengua"),
    _f("caregiver_name", CAREGIVER, *_with(_CG, "name", "nombre"), "caregiver", "cuidador",
       "cuidadora", "nombre de la madre", "nombre del cuidador", "parent", "madre"),
    _f("caregiver_relationship", CAREGIVER, "relationship", "relation", "relacion",
       "parentesco", *_with(_CG, "relationship")),
    _f("caregiver_dob", CAREGIVER, *_with(_CG, "birth", "dob", "nacimiento", "born")),
    _f("caregiver_phone", CAREGIVER, *_with(_CG, "phone", "telefono")),
    _f("caregiver_language", CAREGIVER, *_with(_CG, "language", "idioma")),
    _f("child_name", CHILD, *_with(_CH, "name", "nombre"), "child", "baby", "nino", "bebe",
       "nombre del nino", "nombre del bebe"),
    _f("child_dob", CHILD, *_with(_CH, "birth", "dob", "nacimiento", "born"), "dob",
       "date of birth", "birth date", "birthdate", "birthday", "fecha de nacimiento",
       "nacimiento"),
    _f("child_sex", CHILD, "sex", "gender", "sexo", "genero", *_with(_CH, "sex", "sexo")),
    _f("gestational_age", CHILD, "gestational", "gestation", "weeks gestation",
       "gestacional", "semanas de gestacion", "edad gestacional"),
    _f("goal_domain", GOAL, "goal domain", "goal area", "domain", "area", "dominio",
       "area del objetivo"),
    _f("goal_statement", GOAL, "goal", "goal statement", "objetivo", "meta"),
    _f("goal_started_on", GOAL, "goal start", "goal started", "goal date",
       "fecha del objetivo", "inicio del objetivo"),
    _f("goal_target_date", GOAL, "target date", "goal target", "fecha meta",
       "fecha objetivo", "fecha limite"),
    _f("goal_status", GOAL, "goal status", "estado del objetivo"),
    _f("visit_date", VISIT, "visit date", "last visit", "visit", "fecha de visita", "visita",
       "ultima visita"),
    _f("visit_outcome", VISIT, "visit outcome", "outcome", "resultado", "visit status"),
    _f("visit_mode", VISIT, "visit mode", "mode", "visit type", "modalidad", "modo"),
    _f("visit_minutes", VISIT, "duration", "minutes", "visit length", "duracion", "minutos"),
    _f("visit_note", VISIT, "visit note", "note", "notes", "observation", "nota", "notas",
       "observacion", "observaciones", "comments", "comentarios"),
)  # fmt: skip
FIELD_KEYS = tuple(f.key for f in FIELDS)
BY_KEY = {f.key: f for f in FIELDS}
DATE_FIELDS = frozenset(
    {"referral_date", "enrolled_on", "caregiver_dob", "child_dob", "goal_started_on",
     "goal_target_date", "visit_date"}
)  # fmt: skip


_MARKERS = {
    CAREGIVER: frozenset(_CG),
    CHILD: frozenset(_CH),
    GOAL: frozenset({"goal", "goals", "objetivo", "meta"}),
    VISIT: frozenset({"visit", "visits", "visita", "visitas"}),
}


def header_score(header: str, field: ImportField) -> int:
    """How well ``header`` names ``field`` (0: not at all).

    A phrase matches when all its words are in the header; longer phrases
    score higher, an exact match a little more. A header that names a
    caregiver, a child, a goal or a visit matches only fields of those.
    """
    words = plain(header).split()
    present = set(words)
    named = {entity for entity, markers in _MARKERS.items() if present & markers}
    if named and field.entity not in named:
        return 0
    best = 0
    for phrase in field.phrases:
        needed = phrase.split()
        if present.issuperset(needed):
            best = max(best, len(needed) * 2 + (1 if needed == words else 0))
    return best


def guess_mapping(headers: Sequence[str]) -> dict[str, str]:
    """Header -> field key for the headers that name a field; each field used once.

    The best-scoring (header, field) pairs are taken first, so "Child name"
    claims ``child_name`` before a lone "Name" column could.
    """
    pairs = [
        (header_score(h, f), -i, h, f.key)
        for i, h in enumerate(headers)
        for f in FIELDS
        if h.strip()
    ]
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for score, _, header, key in sorted(pairs, reverse=True):
        if score and header not in mapping and key not in taken:
            mapping[header] = key
            taken.add(key)
    return {h: mapping[h] for h in headers if h in mapping}


E = TypeVar("E", bound=StrEnum)


def _words(pairs: Mapping[str, tuple[str, ...]], enum_type: type[E]) -> dict[str, E]:
    """The words that name each member: its value (underscores as spaces) and ``pairs``'."""
    out: dict[str, E] = {}
    for member in enum_type:
        out[plain(member.value.replace("_", " "))] = member
        for word in pairs.get(member.value, ()):
            out[plain(word)] = member
    return out


REFERRAL_WORDS = _words({
    "hospital": ("nicu", "hospital or nicu", "hospital", "ucin"),
    "pediatrician": ("doctor", "pediatra", "medico"),
    "wic": ("food", "wic office"),
    "child_welfare": ("cps", "dcfs", "child protective services", "proteccion infantil"),
    "early_intervention": ("ei", "part c", "intervencion temprana"),
    "self": ("self referral", "self-referral", "family", "propia", "la familia"),
    "community": ("community agency", "agency", "comunidad", "agencia comunitaria"),
    "other": ("otro", "otra"),
}, ReferralSource)  # fmt: skip
FREQUENCY_WORDS = _words({
    "weekly": ("every week", "1x week", "semanal", "cada semana"),
    "biweekly": ("every two weeks", "every other week", "fortnightly", "2 weeks", "quincenal",
                 "cada dos semanas"),
    "monthly": ("every month", "mensual", "cada mes"),
    "quarterly": ("every three months", "trimestral"),
}, Frequency)  # fmt: skip
SEX_WORDS = _words({
    "female": ("f", "girl", "femenino", "nina", "mujer"),
    "male": ("m", "boy", "masculino", "nino", "varon", "hombre"),
    "other": ("otro",),
    "unknown": ("u", "not known", "desconocido", "no se sabe"),
}, Sex)  # fmt: skip
GOAL_DOMAIN_WORDS = _words({
    "attachment": ("attachment and relationship", "relationship", "apego"),
    "regulation": ("regulacion",),
    "serve_and_return": ("serve and return", "ida y vuelta"),
    "caregiver_wellbeing": ("caregiver well being", "caregiver wellbeing", "well being",
                            "wellbeing", "bienestar", "bienestar del cuidador"),
    "development": ("desarrollo",),
    "safety": ("safety and basic needs", "basic needs", "seguridad", "necesidades basicas"),
    "other": ("otro",),
}, GoalDomain)  # fmt: skip
GOAL_STATUS_WORDS = _words({
    "active": ("activo", "activa", "open"),
    "achieved": ("met", "done", "logrado", "lograda", "cumplido"),
    "revised": ("revisado", "revisada"),
    "discontinued": ("stopped", "dropped", "suspendido", "descontinuado"),
}, GoalStatus)  # fmt: skip
MODE_WORDS = _words({
    "home": ("home visit", "in home", "casa", "hogar", "domicilio", "en casa"),
    "virtual": ("video", "telehealth", "zoom", "videollamada"),
    "phone": ("telephone", "call", "telefono", "llamada"),
    "office": ("clinic", "oficina"),
    "community": ("comunidad",),
}, VisitMode)  # fmt: skip
OUTCOME_WORDS = _words({
    "completed": ("done", "held", "attended", "complete", "completada", "realizada"),
    "cancelled_family": ("cancelled by family", "canceled by family", "family cancelled",
                         "cancelada por la familia"),
    "no_show": ("no show", "missed", "no se presento", "ausente"),
    "cancelled_staff": ("cancelled by staff", "canceled by staff", "staff cancelled",
                        "cancelada por el personal"),
}, VisitOutcome)  # fmt: skip
