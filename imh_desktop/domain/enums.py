"""Fixed lists of the IMH domain (DOMAIN.md), shared by every layer.

Each enum's value is what the database stores; ``label`` is what people read.
"""

from __future__ import annotations

from enum import StrEnum


class _Labelled(StrEnum):
    @property
    def label(self) -> str:
        return _LABELS.get(self.value, self.value.replace("_", " ").capitalize())


class Role(_Labelled):
    SPECIALIST = "specialist"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class FamilyStatus(_Labelled):
    REFERRED = "referred"
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    CLOSED = "closed"


class Frequency(_Labelled):
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


class ReferralSource(_Labelled):
    HOSPITAL = "hospital"
    PEDIATRICIAN = "pediatrician"
    WIC = "wic"
    CHILD_WELFARE = "child_welfare"
    EARLY_INTERVENTION = "early_intervention"
    SELF = "self"
    COMMUNITY = "community"
    OTHER = "other"


class ClosureReason(_Labelled):
    GOALS_MET = "goals_met"
    MOVED = "moved"
    DECLINED = "declined"
    UNABLE_TO_REACH = "unable_to_reach"
    AGED_OUT = "aged_out"
    TRANSFERRED = "transferred"
    OTHER = "other"


class Sex(_Labelled):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class GoalDomain(_Labelled):
    ATTACHMENT = "attachment"
    REGULATION = "regulation"
    SERVE_AND_RETURN = "serve_and_return"
    CAREGIVER_WELLBEING = "caregiver_wellbeing"
    DEVELOPMENT = "development"
    SAFETY = "safety"
    OTHER = "other"


class GoalStatus(_Labelled):
    ACTIVE = "active"
    ACHIEVED = "achieved"
    REVISED = "revised"
    DISCONTINUED = "discontinued"


class VisitMode(_Labelled):
    HOME = "home"
    VIRTUAL = "virtual"
    PHONE = "phone"
    OFFICE = "office"
    COMMUNITY = "community"


class VisitOutcome(_Labelled):
    PLANNED = "planned"
    COMPLETED = "completed"
    CANCELLED_FAMILY = "cancelled_family"
    NO_SHOW = "no_show"
    CANCELLED_STAFF = "cancelled_staff"


class VisitService(_Labelled):
    EMOTIONAL_SUPPORT = "emotional_support"
    DEVELOPMENTAL_GUIDANCE = "developmental_guidance"
    REFLECTIVE_CONVERSATION = "reflective_conversation"
    MODELLING = "modelling"
    CONCRETE_HELP = "concrete_help"
    CRISIS_INTERVENTION = "crisis_intervention"
    ADVOCACY = "advocacy"
    SCREENING = "screening"
    REFERRAL = "referral"


class Instrument(_Labelled):
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


class AlertKind(_Labelled):
    URGENT = "urgent"
    POSITIVE_SCREEN = "positive_screen"


class FollowUpKind(_Labelled):
    REFERRAL = "referral"
    SAFETY_ASSESSMENT = "safety_assessment"
    NO_REFERRAL = "no_referral"


_LABELS = {
    "on_hold": "On hold",
    "biweekly": "Every two weeks",
    "wic": "WIC",
    "child_welfare": "Child welfare",
    "early_intervention": "Early intervention",
    "self": "Self-referral",
    "community": "Community agency",
    "goals_met": "Goals met",
    "moved": "Family moved",
    "declined": "Declined further services",
    "unable_to_reach": "Unable to reach",
    "aged_out": "Child turned three",
    "attachment": "Attachment and relationship",
    "serve_and_return": "Serve and return",
    "caregiver_wellbeing": "Caregiver well-being",
    "safety": "Safety and basic needs",
    "virtual": "Virtual (video)",
    "cancelled_family": "Cancelled by family",
    "no_show": "No-show",
    "cancelled_staff": "Cancelled by staff",
    "modelling": "Modelling",
    "epds": "EPDS",
    "phq9": "PHQ-9",
    "asq3": "ASQ-3",
    "asqse2": "ASQ:SE-2",
    "positive_screen": "Positive screen",
    "safety_assessment": "Safety assessment",
    "no_referral": "No referral (reasoned)",
}
