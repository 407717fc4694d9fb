"""What the screens call the members of the domain's fixed lists, translatable.

One table per enum, so equal stored values of different enums ("community":
a visit mode and a referral source) never share a label by accident. Each
table is its own translation context, named after its enum, so a translator
sees "Community" as a visit mode. The strings are marked for lupdate with
QT_TRANSLATE_NOOP and translated each time they are asked for, so a
translator installed later is used at once.

Printed reports and exported files have their own tables (``reports.labels``).
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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

# QT_TRANSLATE_NOOP returns its text unchanged (typed as object in the stubs)
TABLES: dict[type[Enum], dict[Any, Any]] = {
    Role: {
        Role.SPECIALIST: QT_TRANSLATE_NOOP("Role", "Specialist"),
        Role.SUPERVISOR: QT_TRANSLATE_NOOP("Role", "Supervisor"),
        Role.ADMIN: QT_TRANSLATE_NOOP("Role", "Admin"),
    },
    FamilyStatus: {
        FamilyStatus.REFERRED: QT_TRANSLATE_NOOP("FamilyStatus", "Referred"),
        FamilyStatus.ACTIVE: QT_TRANSLATE_NOOP("FamilyStatus", "Active"),
        FamilyStatus.ON_HOLD: QT_TRANSLATE_NOOP("FamilyStatus", "On hold"),
        FamilyStatus.CLOSED: QT_TRANSLATE_NOOP("FamilyStatus", "Closed"),
    },
    Frequency: {
        Frequency.WEEKLY: QT_TRANSLATE_NOOP("Frequency", "Weekly"),
        Frequency.BIWEEKLY: QT_TRANSLATE_NOOP("Frequency", "Every two weeks"),
        Frequency.MONTHLY: QT_TRANSLATE_NOOP("Frequency", "Monthly"),
        Frequency.QUARTERLY: QT_TRANSLATE_NOOP("Frequency", "Quarterly"),
    },
    ReferralSource: {
        ReferralSource.HOSPITAL: QT_TRANSLATE_NOOP("ReferralSource", "Hospital"),
        ReferralSource.PEDIATRICIAN: QT_TRANSLATE_NOOP("ReferralSource", "Pediatrician"),
        ReferralSource.WIC: QT_TRANSLATE_NOOP("ReferralSource", "WIC"),
        ReferralSource.CHILD_WELFARE: QT_TRANSLATE_NOOP("ReferralSource", "Child welfare"),
        ReferralSource.EARLY_INTERVENTION: QT_TRANSLATE_NOOP(
            "ReferralSource", "Early intervention"
        ),
        ReferralSource.SELF: QT_TRANSLATE_NOOP("ReferralSource", "Self-referral"),
        ReferralSource.COMMUNITY: QT_TRANSLATE_NOOP("ReferralSource", "Community agency"),
        ReferralSource.OTHER: QT_TRANSLATE_NOOP("ReferralSource", "Other"),
    },
    ClosureReason: {
        ClosureReason.GOALS_MET: QT_TRANSLATE_NOOP("ClosureReason", "Goals met"),
        ClosureReason.MOVED: QT_TRANSLATE_NOOP("ClosureReason", "Family moved"),
        ClosureReason.DECLINED: QT_TRANSLATE_NOOP("ClosureReason", "Declined further services"),
        ClosureReason.UNABLE_TO_REACH: QT_TRANSLATE_NOOP("ClosureReason", "Unable to reach"),
        ClosureReason.AGED_OUT: QT_TRANSLATE_NOOP("ClosureReason", "Child turned three"),
        ClosureReason.TRANSFERRED: QT_TRANSLATE_NOOP("ClosureReason", "Transferred"),
        ClosureReason.OTHER: QT_TRANSLATE_NOOP("ClosureReason", "Other"),
    },
    Sex: {
        Sex.FEMALE: QT_TRANSLATE_NOOP("Sex", "Female"),
        Sex.MALE: QT_TRANSLATE_NOOP("Sex", "Male"),
        Sex.OTHER: QT_TRANSLATE_NOOP("Sex", "Other"),
        Sex.UNKNOWN: QT_TRANSLATE_NOOP("Sex", "Unknown"),
    },
    GoalDomain: {
        GoalDomain.ATTACHMENT: QT_TRANSLATE_NOOP("GoalDomain", "Attachment and relationship"),
        GoalDomain.REGULATION: QT_TRANSLATE_NOOP("GoalDomain", "Regulation"),
        GoalDomain.SERVE_AND_RETURN: QT_TRANSLATE_NOOP("GoalDomain", "Serve and return"),
        GoalDomain.CAREGIVER_WELLBEING: QT_TRANSLATE_NOOP("GoalDomain", "Caregiver well-being"),
        GoalDomain.DEVELOPMENT: QT_TRANSLATE_NOOP("GoalDomain", "Development"),
        GoalDomain.SAFETY: QT_TRANSLATE_NOOP("GoalDomain", "Safety and basic needs"),
        GoalDomain.OTHER: QT_TRANSLATE_NOOP("GoalDomain", "Other"),
    },
    GoalStatus: {
        GoalStatus.ACTIVE: QT_TRANSLATE_NOOP("GoalStatus", "Active"),
        GoalStatus.ACHIEVED: QT_TRANSLATE_NOOP("GoalStatus", "Achieved"),
        GoalStatus.REVISED: QT_TRANSLATE_NOOP("GoalStatus", "Revised"),
        GoalStatus.DISCONTINUED: QT_TRANSLATE_NOOP("GoalStatus", "Discontinued"),
    },
    VisitMode: {
        VisitMode.HOME: QT_TRANSLATE_NOOP("VisitMode", "Home"),
        VisitMode.VIRTUAL: QT_TRANSLATE_NOOP("VisitMode", "Virtual (video)"),
        VisitMode.PHONE: QT_TRANSLATE_NOOP("VisitMode", "Phone"),
        VisitMode.OFFICE: QT_TRANSLATE_NOOP("VisitMode", "Office"),
        VisitMode.COMMUNITY: QT_TRANSLATE_NOOP("VisitMode", "Community"),
    },
    VisitOutcome: {
        VisitOutcome.PLANNED: QT_TRANSLATE_NOOP("VisitOutcome", "Planned"),
        VisitOutcome.COMPLETED: QT_TRANSLATE_NOOP("VisitOutcome", "Completed"),
        VisitOutcome.CANCELLED_FAMILY: QT_TRANSLATE_NOOP("VisitOutcome", "Cancelled by family"),
        VisitOutcome.NO_SHOW: QT_TRANSLATE_NOOP("VisitOutcome", "No-show"),
        VisitOutcome.CANCELLED_STAFF: QT_TRANSLATE_NOOP("VisitOutcome", "Cancelled by staff"),
    },
    VisitService: {
        VisitService.EMOTIONAL_SUPPORT: QT_TRANSLATE_NOOP("VisitService", "Emotional support"),
        VisitService.DEVELOPMENTAL_GUIDANCE: QT_TRANSLATE_NOOP(
            "VisitService", "Developmental guidance"
        ),
        VisitService.REFLECTIVE_CONVERSATION: QT_TRANSLATE_NOOP(
            "VisitService", "Reflective conversation"
        ),
        VisitService.MODELLING: QT_TRANSLATE_NOOP("VisitService", "Modelling"),
        VisitService.CONCRETE_HELP: QT_TRANSLATE_NOOP("VisitService", "Concrete help"),
        VisitService.CRISIS_INTERVENTION: QT_TRANSLATE_NOOP("VisitService", "Crisis intervention"),
        VisitService.ADVOCACY: QT_TRANSLATE_NOOP("VisitService", "Advocacy"),
        VisitService.SCREENING: QT_TRANSLATE_NOOP("VisitService", "Screening"),
        VisitService.REFERRAL: QT_TRANSLATE_NOOP("VisitService", "Referral"),
    },
    Instrument: {  # the published abbreviations
        Instrument.EPDS: QT_TRANSLATE_NOOP("Instrument", "EPDS"),
        Instrument.PHQ9: QT_TRANSLATE_NOOP("Instrument", "PHQ-9"),
        Instrument.ASQ3: QT_TRANSLATE_NOOP("Instrument", "ASQ-3"),
        Instrument.ASQSE2: QT_TRANSLATE_NOOP("Instrument", "ASQ:SE-2"),
    },
    AlertKind: {
        AlertKind.URGENT: QT_TRANSLATE_NOOP("AlertKind", "Urgent"),
        AlertKind.POSITIVE_SCREEN: QT_TRANSLATE_NOOP("AlertKind", "Positive screen"),
    },
    FollowUpKind: {
        FollowUpKind.REFERRAL: QT_TRANSLATE_NOOP("FollowUpKind", "Referral"),
        FollowUpKind.SAFETY_ASSESSMENT: QT_TRANSLATE_NOOP("FollowUpKind", "Safety assessment"),
        FollowUpKind.NO_REFERRAL: QT_TRANSLATE_NOOP("FollowUpKind", "No referral (reasoned)"),
    },
    Stressor: {
        Stressor.CAREGIVER_DEPRESSION: QT_TRANSLATE_NOOP(
            "Stressor", "Caregiver depression or anxiety"
        ),
        Stressor.SUBSTANCE_USE: QT_TRANSLATE_NOOP("Stressor", "Substance use"),
        Stressor.PARTNER_VIOLENCE: QT_TRANSLATE_NOOP("Stressor", "Intimate partner violence"),
        Stressor.HOUSING: QT_TRANSLATE_NOOP("Stressor", "Housing instability or homelessness"),
        Stressor.FOOD_INSECURITY: QT_TRANSLATE_NOOP("Stressor", "Food insecurity"),
        Stressor.FINANCIAL_HARDSHIP: QT_TRANSLATE_NOOP("Stressor", "Financial hardship"),
        Stressor.CHILDHOOD_ADVERSITY: QT_TRANSLATE_NOOP(
            "Stressor", "Caregiver's own childhood adversity"
        ),
        Stressor.CHILD_WELFARE: QT_TRANSLATE_NOOP("Stressor", "Child-welfare involvement"),
        Stressor.INCARCERATION: QT_TRANSLATE_NOOP("Stressor", "Incarceration of a family member"),
        Stressor.TEEN_PARENT: QT_TRANSLATE_NOOP("Stressor", "Teen parent"),
        Stressor.SOCIAL_ISOLATION: QT_TRANSLATE_NOOP("Stressor", "Social isolation"),
        Stressor.IMMIGRATION: QT_TRANSLATE_NOOP("Stressor", "Immigration stress"),
        Stressor.MEDICAL_COMPLEXITY: QT_TRANSLATE_NOOP(
            "Stressor", "Child's medical complexity or NICU stay"
        ),
    },
    ProtectiveFactor: {
        ProtectiveFactor.RESILIENCE: QT_TRANSLATE_NOOP("ProtectiveFactor", "Parental resilience"),
        ProtectiveFactor.SOCIAL_CONNECTIONS: QT_TRANSLATE_NOOP(
            "ProtectiveFactor", "Social connections"
        ),
        ProtectiveFactor.KNOWLEDGE: QT_TRANSLATE_NOOP(
            "ProtectiveFactor", "Knowledge of parenting and child development"
        ),
        ProtectiveFactor.CONCRETE_SUPPORT: QT_TRANSLATE_NOOP(
            "ProtectiveFactor", "Concrete support in times of need"
        ),
        ProtectiveFactor.SOCIAL_EMOTIONAL: QT_TRANSLATE_NOOP(
            "ProtectiveFactor", "Children's social and emotional competence"
        ),
    },
    FactorRating: {
        FactorRating.STRENGTH: QT_TRANSLATE_NOOP("FactorRating", "A strength"),
        FactorRating.BUILDING: QT_TRANSLATE_NOOP("FactorRating", "Building"),
        FactorRating.NEED: QT_TRANSLATE_NOOP("FactorRating", "A need"),
    },
    ReferralType: {
        ReferralType.EARLY_INTERVENTION: QT_TRANSLATE_NOOP(
            "ReferralType", "Early intervention (Part C)"
        ),
        ReferralType.MENTAL_HEALTH: QT_TRANSLATE_NOOP("ReferralType", "Mental health"),
        ReferralType.SUBSTANCE_USE: QT_TRANSLATE_NOOP("ReferralType", "Substance use treatment"),
        ReferralType.DOMESTIC_VIOLENCE: QT_TRANSLATE_NOOP(
            "ReferralType", "Domestic violence services"
        ),
        ReferralType.HOUSING: QT_TRANSLATE_NOOP("ReferralType", "Housing"),
        ReferralType.FOOD: QT_TRANSLATE_NOOP("ReferralType", "Food / WIC"),
        ReferralType.PEDIATRIC: QT_TRANSLATE_NOOP("ReferralType", "Pediatric care"),
        ReferralType.CHILD_CARE: QT_TRANSLATE_NOOP("ReferralType", "Child care"),
        ReferralType.LEGAL_AID: QT_TRANSLATE_NOOP("ReferralType", "Legal aid"),
        ReferralType.OTHER: QT_TRANSLATE_NOOP("ReferralType", "Other"),
    },
    ReferralStatus: {
        ReferralStatus.MADE: QT_TRANSLATE_NOOP("ReferralStatus", "Made"),
        ReferralStatus.CONNECTED: QT_TRANSLATE_NOOP("ReferralStatus", "Connected"),
        ReferralStatus.DECLINED: QT_TRANSLATE_NOOP("ReferralStatus", "Declined"),
        ReferralStatus.CLOSED: QT_TRANSLATE_NOOP("ReferralStatus", "Closed"),
    },
}


def label(member: Enum) -> str:
    """How ``member`` reads on screen, in the user's language.

    The translation context is the enum's name ("VisitMode", "ReferralSource").
    """
    kind = type(member)
    return QCoreApplication.translate(kind.__name__, TABLES[kind][member])
