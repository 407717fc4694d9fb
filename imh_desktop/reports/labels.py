"""Labels of the domain's fixed lists on printed reports and in exported files.

One table per enum and language, English and Spanish (the languages documents
are printed in, as in ``handout_text``), so equal stored values of different
enums ("community": a visit mode and a referral source) never share a label by
accident. The screens have their own translatable tables (``ui.common.labels``).
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from imh_desktop.domain.enums import (
    AlertKind,
    ClosureReason,
    FactorRating,
    FamilyStatus,
    FollowUpKind,
    Frequency,
    GoalDomain,
    GoalStatus,
    Instrument,
    ProtectiveFactor,
    ReferralSource,
    ReferralStatus,
    ReferralType,
    Role,
    Sex,
    Stressor,
    VisitMode,
    VisitOutcome,
    VisitService,
)

REPORT_LANGUAGES = ("en", "es")

# The instruments' published abbreviations are the same in every language.
_INSTRUMENTS = {i: i.abbreviation for i in Instrument}

LABELS: dict[str, dict[type[Enum], dict[Any, str]]] = {
    "en": {
        Role: {
            Role.SPECIALIST: "Specialist",
            Role.SUPERVISOR: "Supervisor",
            Role.ADMIN: "Admin",
        },
        FamilyStatus: {
            FamilyStatus.REFERRED: "Referred",
            FamilyStatus.ACTIVE: "Active",
            FamilyStatus.ON_HOLD: "On hold",
            FamilyStatus.CLOSED: "Closed",
        },
        Frequency: {
            Frequency.WEEKLY: "Weekly",
            Frequency.BIWEEKLY: "Every two weeks",
            Frequency.MONTHLY: "Monthly",
            Frequency.QUARTERLY: "Quarterly",
        },
        ReferralSource: {
            ReferralSource.HOSPITAL: "Hospital",
            ReferralSource.PEDIATRICIAN: "Pediatrician",
            ReferralSource.WIC: "WIC",
            ReferralSource.CHILD_WELFARE: "Child welfare",
            ReferralSource.EARLY_INTERVENTION: "Early intervention",
            ReferralSource.SELF: "Self-referral",
            ReferralSource.COMMUNITY: "Community agency",
            ReferralSource.OTHER: "Other",
        },
        ClosureReason: {
            ClosureReason.GOALS_MET: "Goals met",
            ClosureReason.MOVED: "Family moved",
            ClosureReason.DECLINED: "Declined further services",
            ClosureReason.UNABLE_TO_REACH: "Unable to reach",
            ClosureReason.AGED_OUT: "Child turned three",
            ClosureReason.TRANSFERRED: "Transferred",
            ClosureReason.OTHER: "Other",
        },
        Sex: {
            Sex.FEMALE: "Female",
            Sex.MALE: "Male",
            Sex.OTHER: "Other",
            Sex.UNKNOWN: "Unknown",
        },
        GoalDomain: {
            GoalDomain.ATTACHMENT: "Attachment and relationship",
            GoalDomain.REGULATION: "Regulation",
            GoalDomain.SERVE_AND_RETURN: "Serve and return",
            GoalDomain.CAREGIVER_WELLBEING: "Caregiver well-being",
            GoalDomain.DEVELOPMENT: "Development",
            GoalDomain.SAFETY: "Safety and basic needs",
            GoalDomain.OTHER: "Other",
        },
        GoalStatus: {
            GoalStatus.ACTIVE: "Active",
            GoalStatus.ACHIEVED: "Achieved",
            GoalStatus.REVISED: "Revised",
            GoalStatus.DISCONTINUED: "Discontinued",
        },
        VisitMode: {
            VisitMode.HOME: "Home",
            VisitMode.VIRTUAL: "Virtual (video)",
            VisitMode.PHONE: "Phone",
            VisitMode.OFFICE: "Office",
            VisitMode.COMMUNITY: "Community",
        },
        VisitOutcome: {
            VisitOutcome.PLANNED: "Planned",
            VisitOutcome.COMPLETED: "Completed",
            VisitOutcome.CANCELLED_FAMILY: "Cancelled by family",
            VisitOutcome.NO_SHOW: "No-show",
            VisitOutcome.CANCELLED_STAFF: "Cancelled by staff",
        },
        VisitService: {
            VisitService.EMOTIONAL_SUPPORT: "Emotional support",
            VisitService.DEVELOPMENTAL_GUIDANCE: "Developmental guidance",
            VisitService.REFLECTIVE_CONVERSATION: "Reflective conversation",
            VisitService.MODELLING: "Modelling",
            VisitService.CONCRETE_HELP: "Concrete help",
            VisitService.CRISIS_INTERVENTION: "Crisis intervention",
            VisitService.ADVOCACY: "Advocacy",
            VisitService.SCREENING: "Screening",
            VisitService.REFERRAL: "Referral",
        },
        Instrument: _INSTRUMENTS,
        AlertKind: {
            AlertKind.URGENT: "Urgent",
            AlertKind.POSITIVE_SCREEN: "Positive screen",
        },
        FollowUpKind: {
            FollowUpKind.REFERRAL: "Referral",
            FollowUpKind.SAFETY_ASSESSMENT: "Safety assessment",
            FollowUpKind.NO_REFERRAL: "No referral (reasoned)",
        },
        Stressor: {
            Stressor.CAREGIVER_DEPRESSION: "Caregiver depression or anxiety",
            Stressor.SUBSTANCE_USE: "Substance use",
            Stressor.PARTNER_VIOLENCE: "Intimate partner violence",
            Stressor.HOUSING: "Housing instability or homelessness",
            Stressor.FOOD_INSECURITY: "Food insecurity",
            Stressor.FINANCIAL_HARDSHIP: "Financial hardship",
            Stressor.CHILDHOOD_ADVERSITY: "Caregiver's own childhood adversity",
            Stressor.CHILD_WELFARE: "Child-welfare involvement",
            Stressor.INCARCERATION: "Incarceration of a family member",
            Stressor.TEEN_PARENT: "Teen parent",
            Stressor.SOCIAL_ISOLATION: "Social isolation",
            Stressor.IMMIGRATION: "Immigration stress",
            Stressor.MEDICAL_COMPLEXITY: "Child's medical complexity or NICU stay",
        },
        ProtectiveFactor: {
            ProtectiveFactor.RESILIENCE: "Parental resilience",
            ProtectiveFactor.SOCIAL_CONNECTIONS: "Social connections",
            ProtectiveFactor.KNOWLEDGE: "Knowledge of parenting and child development",
            ProtectiveFactor.CONCRETE_SUPPORT: "Concrete support in times of need",
            ProtectiveFactor.SOCIAL_EMOTIONAL: "Children's social and emotional competence",
        },
        FactorRating: {
            FactorRating.STRENGTH: "A strength",
            FactorRating.BUILDING: "Building",
            FactorRating.NEED: "A need",
        },
        ReferralType: {
            ReferralType.EARLY_INTERVENTION: "Early intervention (Part C)",
            ReferralType.MENTAL_HEALTH: "Mental health",
            ReferralType.SUBSTANCE_USE: "Substance use treatment",
            ReferralType.DOMESTIC_VIOLENCE: "Domestic violence services",
            ReferralType.HOUSING: "Housing",
            ReferralType.FOOD: "Food / WIC",
            ReferralType.PEDIATRIC: "Pediatric care",
            ReferralType.CHILD_CARE: "Child care",
            ReferralType.LEGAL_AID: "Legal aid",
            ReferralType.OTHER: "Other",
        },
        ReferralStatus: {
            ReferralStatus.MADE: "Made",
            ReferralStatus.CONNECTED: "Connected",
            ReferralStatus.DECLINED: "Declined",
            ReferralStatus.CLOSED: "Closed",
        },
    },
    "es": {
        Role: {
            Role.SPECIALIST: "Especialista",
            Role.SUPERVISOR: "Supervisor",
            Role.ADMIN: "Administrador",
        },
        FamilyStatus: {
            FamilyStatus.REFERRED: "Referido",
            FamilyStatus.ACTIVE: "Activo",
            FamilyStatus.ON_HOLD: "En pausa",
            FamilyStatus.CLOSED: "Cerrado",
        },
        Frequency: {
            Frequency.WEEKLY: "Semanal",
            Frequency.BIWEEKLY: "Cada dos semanas",
            Frequency.MONTHLY: "Mensual",
            Frequency.QUARTERLY: "Trimestral",
        },
        ReferralSource: {
            ReferralSource.HOSPITAL: "Hospital",
            ReferralSource.PEDIATRICIAN: "Pediatra",
            ReferralSource.WIC: "WIC",
            ReferralSource.CHILD_WELFARE: "Bienestar infantil",
            ReferralSource.EARLY_INTERVENTION: "Intervención temprana",
            ReferralSource.SELF: "Por iniciativa propia",
            ReferralSource.COMMUNITY: "Agencia comunitaria",
            ReferralSource.OTHER: "Otro",
        },
        ClosureReason: {
            ClosureReason.GOALS_MET: "Metas cumplidas",
            ClosureReason.MOVED: "La familia se mudó",
            ClosureReason.DECLINED: "Rechazó más servicios",
            ClosureReason.UNABLE_TO_REACH: "No se pudo contactar",
            ClosureReason.AGED_OUT: "El niño cumplió tres años",
            ClosureReason.TRANSFERRED: "Transferido",
            ClosureReason.OTHER: "Otro",
        },
        Sex: {
            Sex.FEMALE: "Femenino",
            Sex.MALE: "Masculino",
            Sex.OTHER: "Otro",
            Sex.UNKNOWN: "Desconocido",
        },
        GoalDomain: {
            GoalDomain.ATTACHMENT: "Apego y relación",
            GoalDomain.REGULATION: "Regulación",
            GoalDomain.SERVE_AND_RETURN: "Servir y devolver",
            GoalDomain.CAREGIVER_WELLBEING: "Bienestar del cuidador",
            GoalDomain.DEVELOPMENT: "Desarrollo",
            GoalDomain.SAFETY: "Seguridad y necesidades básicas",
            GoalDomain.OTHER: "Otro",
        },
        GoalStatus: {
            GoalStatus.ACTIVE: "Activa",
            GoalStatus.ACHIEVED: "Lograda",
            GoalStatus.REVISED: "Revisada",
            GoalStatus.DISCONTINUED: "Suspendida",
        },
        VisitMode: {
            VisitMode.HOME: "Hogar",
            VisitMode.VIRTUAL: "Virtual (video)",
            VisitMode.PHONE: "Teléfono",
            VisitMode.OFFICE: "Oficina",
            VisitMode.COMMUNITY: "Comunidad",
        },
        VisitOutcome: {
            VisitOutcome.PLANNED: "Programada",
            VisitOutcome.COMPLETED: "Realizada",
            VisitOutcome.CANCELLED_FAMILY: "Cancelada por la familia",
            VisitOutcome.NO_SHOW: "No se presentó",
            VisitOutcome.CANCELLED_STAFF: "Cancelada por el personal",
        },
        VisitService: {
            VisitService.EMOTIONAL_SUPPORT: "Apoyo emocional",
            VisitService.DEVELOPMENTAL_GUIDANCE: "Orientación sobre el desarrollo",
            VisitService.REFLECTIVE_CONVERSATION: "Conversación reflexiva",
            VisitService.MODELLING: "Modelado",
            VisitService.CONCRETE_HELP: "Ayuda concreta",
            VisitService.CRISIS_INTERVENTION: "Intervención en crisis",
            VisitService.ADVOCACY: "Defensa de sus derechos",
            VisitService.SCREENING: "Tamizaje",
            VisitService.REFERRAL: "Referencia",
        },
        Instrument: _INSTRUMENTS,
        AlertKind: {
            AlertKind.URGENT: "Urgente",
            AlertKind.POSITIVE_SCREEN: "Tamizaje positivo",
        },
        FollowUpKind: {
            FollowUpKind.REFERRAL: "Referencia",
            FollowUpKind.SAFETY_ASSESSMENT: "Evaluación de seguridad",
            FollowUpKind.NO_REFERRAL: "Sin referencia (razonada)",
        },
        Stressor: {
            Stressor.CAREGIVER_DEPRESSION: "Depresión o ansiedad del cuidador",
            Stressor.SUBSTANCE_USE: "Consumo de sustancias",
            Stressor.PARTNER_VIOLENCE: "Violencia de pareja",
            Stressor.HOUSING: "Vivienda inestable o falta de vivienda",
            Stressor.FOOD_INSECURITY: "Inseguridad alimentaria",
            Stressor.FINANCIAL_HARDSHIP: "Dificultades económicas",
            Stressor.CHILDHOOD_ADVERSITY: "Adversidad en la infancia del cuidador",
            Stressor.CHILD_WELFARE: "Participación de protección infantil",
            Stressor.INCARCERATION: "Encarcelamiento de un familiar",
            Stressor.TEEN_PARENT: "Padre o madre adolescente",
            Stressor.SOCIAL_ISOLATION: "Aislamiento social",
            Stressor.IMMIGRATION: "Estrés migratorio",
            Stressor.MEDICAL_COMPLEXITY: "Complejidad médica del niño o estancia en UCIN",
        },
        ProtectiveFactor: {
            ProtectiveFactor.RESILIENCE: "Resiliencia de los padres",
            ProtectiveFactor.SOCIAL_CONNECTIONS: "Conexiones sociales",
            ProtectiveFactor.KNOWLEDGE: "Conocimiento sobre crianza y desarrollo infantil",
            ProtectiveFactor.CONCRETE_SUPPORT: "Apoyo concreto en momentos de necesidad",
            ProtectiveFactor.SOCIAL_EMOTIONAL: "Competencia social y emocional de los niños",
        },
        FactorRating: {
            FactorRating.STRENGTH: "Una fortaleza",
            FactorRating.BUILDING: "En desarrollo",
            FactorRating.NEED: "Una necesidad",
        },
        ReferralType: {
            ReferralType.EARLY_INTERVENTION: "Intervención temprana (Parte C)",
            ReferralType.MENTAL_HEALTH: "Salud mental",
            ReferralType.SUBSTANCE_USE: "Tratamiento por consumo de sustancias",
            ReferralType.DOMESTIC_VIOLENCE: "Servicios contra la violencia doméstica",
            ReferralType.HOUSING: "Vivienda",
            ReferralType.FOOD: "Alimentos / WIC",
            ReferralType.PEDIATRIC: "Atención pediátrica",
            ReferralType.CHILD_CARE: "Cuidado infantil",
            ReferralType.LEGAL_AID: "Asistencia legal",
            ReferralType.OTHER: "Otro",
        },
        ReferralStatus: {
            ReferralStatus.MADE: "Hecha",
            ReferralStatus.CONNECTED: "Conectada",
            ReferralStatus.DECLINED: "Rechazada",
            ReferralStatus.CLOSED: "Cerrada",
        },
    },
}


def label(member: Enum, lang: str = "en") -> str:
    """How ``member`` reads on a printed page or in an exported file, in ``lang``."""
    return LABELS[lang][type(member)][member]
