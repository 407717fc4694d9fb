"""Fixed lists of the IMH domain (DOMAIN.md), shared by every layer.

Each enum's value is what the database stores. What people read is not kept
here: the UI labels members in ``ui/common/labels.py`` (translatable, one
table per enum, so equal values of different enums cannot share a label) and
printed reports and exports in ``reports/labels.py``.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    SPECIALIST = "specialist"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class FamilyStatus(StrEnum):
    REFERRED = "referred"
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    CLOSED = "closed"


class Frequency(StrEnum):
    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"

    @property
    def days(self) -> int:
        """Typical days between visits, for planning the next one.

        Expected visits for dosage count monthly and quarterly visits by
        calendar month and quarter, not by these days (``dosage``).
        """
        # A lookup by member: ``self.value`` goes through Enum's descriptor, and the
        # caseload asks this once per family per refresh.
        return _FREQUENCY_DAYS[self]


_FREQUENCY_DAYS = {
    Frequency.WEEKLY: 7,
    Frequency.BIWEEKLY: 14,
    Frequency.MONTHLY: 30,
    Frequency.QUARTERLY: 91,
}


class ReferralSource(StrEnum):
    HOSPITAL = "hospital"
    PEDIATRICIAN = "pediatrician"
    WIC = "wic"
    CHILD_WELFARE = "child_welfare"
    EARLY_INTERVENTION = "early_intervention"
    SELF = "self"
    COMMUNITY = "community"
    OTHER = "other"


class ClosureReason(StrEnum):
    GOALS_MET = "goals_met"
    MOVED = "moved"
    DECLINED = "declined"
    UNABLE_TO_REACH = "unable_to_reach"
    AGED_OUT = "aged_out"
    TRANSFERRED = "transferred"
    OTHER = "other"


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class GoalDomain(StrEnum):
    ATTACHMENT = "attachment"
    REGULATION = "regulation"
    SERVE_AND_RETURN = "serve_and_return"
    CAREGIVER_WELLBEING = "caregiver_wellbeing"
    DEVELOPMENT = "development"
    SAFETY = "safety"
    OTHER = "other"


class GoalStatus(StrEnum):
    ACTIVE = "active"
    ACHIEVED = "achieved"
    REVISED = "revised"
    DISCONTINUED = "discontinued"


class VisitMode(StrEnum):
    HOME = "home"
    VIRTUAL = "virtual"
    PHONE = "phone"
    OFFICE = "office"
    COMMUNITY = "community"


class VisitOutcome(StrEnum):
    PLANNED = "planned"
    COMPLETED = "completed"
    CANCELLED_FAMILY = "cancelled_family"
    NO_SHOW = "no_show"
    CANCELLED_STAFF = "cancelled_staff"


class VisitService(StrEnum):
    EMOTIONAL_SUPPORT = "emotional_support"
    DEVELOPMENTAL_GUIDANCE = "developmental_guidance"
    REFLECTIVE_CONVERSATION = "reflective_conversation"
    MODELLING = "modelling"
    CONCRETE_HELP = "concrete_help"
    CRISIS_INTERVENTION = "crisis_intervention"
    ADVOCACY = "advocacy"
    SCREENING = "screening"
    REFERRAL = "referral"


class Instrument(StrEnum):
    EPDS = "epds"
    PHQ9 = "phq9"
    ASQ3 = "asq3"
    ASQSE2 = "asqse2"

    @property
    def abbreviation(self) -> str:
        """The instrument's published abbreviation: "EPDS", "PHQ-9", "ASQ-3", "ASQ:SE-2".

        A clinical name, the same in every language, used where the domain
        names an instrument (questionnaire names, due screenings, messages).
        """
        return _ABBREVIATIONS[self]


_ABBREVIATIONS = {
    Instrument.EPDS: "EPDS",
    Instrument.PHQ9: "PHQ-9",
    Instrument.ASQ3: "ASQ-3",
    Instrument.ASQSE2: "ASQ:SE-2",
}


class AlertKind(StrEnum):
    URGENT = "urgent"
    POSITIVE_SCREEN = "positive_screen"


class FollowUpKind(StrEnum):
    REFERRAL = "referral"
    SAFETY_ASSESSMENT = "safety_assessment"
    NO_REFERRAL = "no_referral"


class Stressor(StrEnum):
    """Sources of toxic stress a family lives with (DOMAIN.md, "Family context")."""

    CAREGIVER_DEPRESSION = "caregiver_depression"
    SUBSTANCE_USE = "substance_use"
    PARTNER_VIOLENCE = "partner_violence"
    HOUSING = "housing_instability"
    FOOD_INSECURITY = "food_insecurity"
    FINANCIAL_HARDSHIP = "financial_hardship"
    CHILDHOOD_ADVERSITY = "childhood_adversity"
    CHILD_WELFARE = "welfare_involvement"
    INCARCERATION = "incarceration"
    TEEN_PARENT = "teen_parent"
    SOCIAL_ISOLATION = "social_isolation"
    IMMIGRATION = "immigration_stress"
    MEDICAL_COMPLEXITY = "medical_complexity"


class ProtectiveFactor(StrEnum):
    """The five protective factors of the Strengthening Families framework."""

    RESILIENCE = "parental_resilience"
    SOCIAL_CONNECTIONS = "social_connections"
    KNOWLEDGE = "parenting_knowledge"
    CONCRETE_SUPPORT = "concrete_support"
    SOCIAL_EMOTIONAL = "social_emotional"


class FactorRating(StrEnum):
    STRENGTH = "strength"
    BUILDING = "building"
    NEED = "need"


class ReferralType(StrEnum):
    EARLY_INTERVENTION = "part_c"
    MENTAL_HEALTH = "mental_health"
    SUBSTANCE_USE = "substance_use_treatment"
    DOMESTIC_VIOLENCE = "domestic_violence"
    HOUSING = "housing"
    FOOD = "food_wic"
    PEDIATRIC = "pediatric_care"
    CHILD_CARE = "child_care"
    LEGAL_AID = "legal_aid"
    OTHER = "other"


class ReferralStatus(StrEnum):
    MADE = "made"
    CONNECTED = "connected"
    DECLINED = "referral_declined"
    CLOSED = "referral_closed"

    @property
    def open(self) -> bool:
        """True while the referral still waits for its follow-up (made, not yet settled)."""
        return self is ReferralStatus.MADE
