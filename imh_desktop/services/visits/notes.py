"""Visit notes: save with goal ratings, sign, amend, co-sign; autosaved drafts.

A note is a ``visits`` row plus its ``goal_progress`` rows. Saving writes both
in one transaction, moves (or creates) the planned next visit, and removes
the author's draft. Once signed, the row's text is never changed again: later
changes are appended as amendments (DOMAIN.md "Visit notes").

Read-only lists (unsigned notes, the week's agenda, goal progress) live in
``note_lists`` and are re-exported here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from imh_desktop.data.models import (
    Amendment,
    Family,
    Goal,
    GoalProgress,
    StaffUser,
    Visit,
)
from imh_desktop.domain.enums import GoalStatus, VisitOutcome
from imh_desktop.domain.errors import ConflictError, DomainError, NotFoundError
from imh_desktop.domain.errors import PermissionDeniedError as Denied
from imh_desktop.domain.inputs import VisitInput, validate_participants, validate_visit
from imh_desktop.domain.integrity import cosign_hash
from imh_desktop.domain.permissions import Permission
from imh_desktop.domain.sign_rules import RATING_MAX, RATING_MIN, NoteForSigning
from imh_desktop.domain.sign_rules import missing_for_signature as _missing
from imh_desktop.domain.text import (
    MAX_NOTE_SECTION,
    MAX_REASON,
    MAX_SHORT_NOTE,
    check_text,
    require_text,
)
from imh_desktop.services.audit.changes import changes, snapshot
from imh_desktop.services.common.access import load_family
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.convert import clean, to_record
from imh_desktop.services.common.records import VisitRecord
from imh_desktop.services.common.uow import UnitOfWork, reading, retry_transient, unit_of_work
from imh_desktop.services.screenings.safety import check_safety_recorded
from imh_desktop.services.visits.drafts import (  # noqa: F401  (re-exported)
    discard_draft,
    drop_drafts,
    list_drafts,
    load_draft,
    save_draft,
)
from imh_desktop.services.visits.lists import (  # noqa: F401  (re-exported)
    goal_progress,
    list_unsigned,
)
from imh_desktop.services.visits.records import (
    AmendmentRecord,
    GoalRating,
    NoteInput,
    NoteRecord,
    ProgressRecord,
)
from imh_desktop.services.visits.seal import (
    check_notes,
    link_amendment,
    note_seal,
    seal_note,
    visit_history,
)
from imh_desktop.services.visits.snapshot import (
    rated_goals,
    snapshot_family_name,
    snapshot_goals,
    take_snapshot,
)

AMEND_SECTIONS = {
    "observation": "Observation of the caregiver-infant interaction",
    "services": "What we did",
    "caregiver_response": "Caregiver's response and reflection",
    "child_presentation": "Child's presentation",
    "plan": "Plan",
    "reflection": "Specialist's reflection",
    "family_note": "For the family",
    "goals": "Goals and progress",
    "visit_details": "Visit details (date, time, who was present)",
}
# What a note's "update" audit event compares, before and after.
NOTE_AUDITED = (*(f.name for f in dataclasses.fields(VisitInput)), "participants")


def _note_state(session: Session, row: Visit) -> dict[str, Any]:
    """The note's audited fields and its ratings (notes as one digest), to diff on update."""
    state = snapshot(row, NOTE_AUDITED)
    rated = session.execute(
        select(GoalProgress.goal_id, GoalProgress.rating, GoalProgress.note)
        .where(GoalProgress.visit_id == row.id)
        .order_by(GoalProgress.goal_id)
    ).all()
    state["ratings"] = {str(g): r for g, r, _ in rated}
    state["rating_notes"] = {str(g): n for g, _, n in rated if n}
    return state


class SignatureBlockedError(DomainError):
    """The note lacks something the signing rules require; ``missing`` lists it."""

    def __init__(self, missing: list[str]) -> None:
        lines = "\n".join(f"• {m}" for m in missing)
        super().__init__(f"This note cannot be signed yet:\n{lines}", "signature")
        self.missing = missing


def _visit(session: Session, visit_id: int) -> Visit:
    row = session.get(Visit, visit_id)
    if row is None:
        raise NotFoundError("That visit note no longer exists.", "visit")
    return row


def _values(data: VisitInput) -> dict[str, Any]:
    values = dataclasses.asdict(data)
    values["services"] = list(data.services)
    return {k: clean(v) for k, v in values.items()}


def _participants(participants: dict[str, Any]) -> dict[str, Any]:
    """Who was present as stored: the "others" names normalised like every other text."""
    stored = dict(participants)
    if "others" in stored:
        stored["others"] = [clean(name) for name in stored["others"]]
    return stored


def _check_ratings(
    session: Session, family_id: int, visit_id: int | None, ratings: tuple[GoalRating, ...]
) -> None:
    already = set()
    if visit_id is not None:
        already = set(
            session.scalars(select(GoalProgress.goal_id).where(GoalProgress.visit_id == visit_id))
        )
    seen: set[int] = set()
    asked = {r.goal_id for r in ratings if isinstance(r.goal_id, int)}  # read in one query
    goals: dict[int, Goal] = {}
    if asked:
        goals = {g.id: g for g in session.scalars(select(Goal).where(Goal.id.in_(asked)))}
    for rating in ratings:
        goal = goals.get(rating.goal_id) if isinstance(rating.goal_id, int) else None
        if goal is None or goal.family_id != family_id:
            raise DomainError("That goal is not one of this family's goals.", "goals")
        if goal.status is not GoalStatus.ACTIVE and goal.id not in already:
            raise DomainError(
                f"The goal “{goal.statement[:60]}” is {goal.status.value}; "
                "only active goals can be rated.",
                "goals",
            )
        if goal.id in seen:
            raise DomainError("A goal is rated twice in this note.", "goals")
        seen.add(goal.id)
        if not isinstance(rating.rating, int) or not RATING_MIN <= rating.rating <= RATING_MAX:
            raise DomainError(f"Rate progress on “{goal.statement[:60]}” from 1 to 5.", "goals")
        check_text(rating.note, "goals", "A goal's progress note", MAX_SHORT_NOTE, multiline=True)


def _move_planned(
    uow: UnitOfWork, row: Visit, when: dt.date, at: dt.time | None, today: dt.date
) -> Visit | None:
    """Create, or move, the planned visit that follows ``row``."""
    if when < today:
        return None
    planned = uow.session.scalar(
        select(Visit)
        .where(
            Visit.family_id == row.family_id,
            Visit.specialist_id == row.specialist_id,
            Visit.outcome == VisitOutcome.PLANNED,
            Visit.visit_date > row.visit_date,
            Visit.id != row.id,
        )
        .order_by(Visit.visit_date, Visit.id)
        .limit(1)
    )
    if planned is None:
        planned = Visit(
            family_id=row.family_id,
            specialist_id=row.specialist_id,
            outcome=VisitOutcome.PLANNED,
            mode=row.mode,
            participants={},
            services=[],
        )
        uow.session.add(planned)
    elif planned.visit_date == when and planned.start_time == at:
        return planned
    planned.visit_date, planned.start_time = when, at
    uow.session.flush()
    uow.audit("plan", "visit", planned.id, date=when, follows=row.id)
    return planned


def _loaded(expected_version: int | None) -> int:
    """The version a change was loaded at: a change to a stored note always names it."""
    if expected_version is None:
        raise TypeError("a change to a stored note needs the version it was loaded at")
    return expected_version


@retry_transient
def save_note(
    ctx: ServiceContext,
    family_id: int,
    note: NoteInput,
    visit_id: int | None = None,
    expected_version: int | None = None,
) -> NoteRecord:
    """Save a visit note and its goal ratings in one transaction; drop the author's draft.

    Creates the visit when ``visit_id`` is None, else updates it (refused
    once signed, or by anyone but its author) and then ``expected_version``,
    the version the author loaded, is required. A stale ``expected_version``
    raises ConflictError with ``loaded`` = the note being saved and
    ``current`` = the stored note, so nothing typed is lost. A next visit
    date (today or later) creates or moves the family's planned visit.
    """
    today = ctx.today()
    with unit_of_work(ctx, Permission.WRITE_NOTE, family_id=family_id) as uow:
        family = load_family(uow.session, family_id)
        data = note.visit
        if data.outcome is VisitOutcome.PLANNED:
            raise DomainError("Choose what happened at the visit (the outcome).", "outcome")
        validate_visit(data, family.enrolled_on, family.referral_date, today)
        validate_participants(note.participants)
        _check_ratings(uow.session, family_id, visit_id, note.ratings)
        before: dict[str, Any] = {}
        if visit_id is None:
            row = Visit(family_id=family_id, specialist_id=uow.actor.id)
            uow.session.add(row)
        else:
            row = _visit(uow.session, visit_id)
            if row.family_id != family_id:
                raise NotFoundError("That visit belongs to another family.", "visit")
            if row.signed_at is not None:
                raise DomainError(
                    "This note is signed and locked. Add an amendment instead.", "signed_at"
                )
            if row.specialist_id != uow.actor.id:
                raise Denied("Only the note's author can edit it.", "author")
            if row.version != _loaded(expected_version):
                raise ConflictError(
                    "Someone else saved this note after you opened it. Compare the two "
                    "versions; yours is not lost.",
                    loaded=note,
                    current=_note_record(uow.session, row),
                )
            before = _note_state(uow.session, row)
        for name, value in _values(data).items():
            setattr(row, name, value)
        row.participants = _participants(note.participants)
        uow.session.flush()
        uow.session.execute(delete(GoalProgress).where(GoalProgress.visit_id == row.id))
        for rating in note.ratings:
            uow.session.add(
                GoalProgress(
                    visit_id=row.id,
                    goal_id=rating.goal_id,
                    rating=rating.rating,
                    note=clean(rating.note),
                )
            )
        if data.next_visit_date is not None:
            _move_planned(uow, row, data.next_visit_date, note.next_visit_time, today)
        drop_drafts(uow.session, uow.actor.id, family_id, visit_id)
        uow.session.flush()
        detail: dict[str, Any] = {"family_id": family_id, "goals": len(note.ratings)}
        if visit_id is not None:
            detail["changes"] = changes(before, _note_state(uow.session, row))
        uow.audit("create" if visit_id is None else "update", "visit", row.id, **detail)
        return _note_record(uow.session, row)


def _name(session: Session, staff_id: int | None) -> str:
    staff = session.get(StaffUser, staff_id) if staff_id else None
    return staff.full_name if staff else ""


def _note_record(
    session: Session, row: Visit, integrity: tuple[str, ...] = (), *,
    rated: list[tuple[GoalProgress, Goal]] | None = None, family: Family | None = None,
) -> NoteRecord:  # fmt: skip
    """The note as the screens show it. ``rated`` (from ``rated_goals``) and ``family``: when
    the caller has them loaded; with ``rated`` the note is one just signed, without amendments."""
    amendments: list[Any] = []
    if rated is None:
        rated = rated_goals(session, row.id)
        amendments = list(session.execute(
            select(Amendment, StaffUser.full_name)
            .join(StaffUser, StaffUser.id == Amendment.author_id)
            .where(Amendment.visit_id == row.id)
            .order_by(Amendment.created_at, Amendment.id)
        ))  # fmt: skip
    next_time = None
    if row.next_visit_date is not None:
        next_time = session.scalar(
            select(Visit.start_time)
            .where(
                Visit.family_id == row.family_id,
                Visit.outcome == VisitOutcome.PLANNED,
                Visit.visit_date == row.next_visit_date,
            )
            .limit(1)
        )
    family = family or session.get(Family, row.family_id)
    signed = snapshot_goals(session, row, [g for _, g in rated])

    def progress(p: GoalProgress, statement: str) -> ProgressRecord:
        kept = signed.get(p.goal_id)
        if kept is None:
            return ProgressRecord(p.goal_id, statement, p.rating, p.note)
        return ProgressRecord(p.goal_id, kept.statement, p.rating, p.note,
                              kept.current_statement, kept.revised)  # fmt: skip

    return NoteRecord(
        visit=to_record(VisitRecord, row),
        family_name=snapshot_family_name(row) or (family.display_name if family else ""),
        author_name=_name(session, row.specialist_id),
        signed_by_name=_name(session, row.signed_by_id),
        cosigned_by_name=_name(session, row.cosigned_by_id),
        ratings=tuple(progress(p, g.statement) for p, g in rated),
        amendments=tuple(
            AmendmentRecord(
                a.id,
                a.section,
                AMEND_SECTIONS.get(a.section, a.section),
                a.reason,
                a.text,
                a.author_id,
                name,
                a.created_at,
            )
            for a, name in amendments
        ),
        next_visit_time=next_time,
        integrity=integrity,
    )


def get_note(ctx: ServiceContext, visit_id: int) -> NoteRecord:
    """A visit note with its goal ratings, amendments and signers' names (a read: audited).

    ``integrity`` lists what was changed behind the app's back since the note
    was signed (empty when nothing was; see services.visits.seal).
    """
    with reading(ctx, Permission.READ_FAMILY, "visit", entity_id=visit_id) as uow:
        row = _visit(uow.session, visit_id)
        family = load_family(uow.session, row.family_id)  # held: the check and the record read it
        uow.require(note=row)
        problems = check_notes(uow.session, [row.id]).get(row.id, ())
        return _note_record(uow.session, row, problems, family=family)


def _signing_view(row: Visit, ratings: list[tuple[int, int]]) -> NoteForSigning:
    return NoteForSigning(
        outcome=row.outcome,
        observation=row.observation,
        services=tuple(row.services or ()),
        caregiver_response=row.caregiver_response,
        child_presentation=row.child_presentation,
        plan=row.plan,
        goal_ratings=tuple((g, r) for g, r in ratings),
        cancel_reason=row.cancel_reason,
    )


def missing_for_signature(ctx: ServiceContext, visit_id: int) -> list[str]:
    """What the stored note still lacks before it can be signed (empty: ready)."""
    with reading(ctx, Permission.READ_FAMILY, "visit", entity_id=visit_id) as uow:
        row = _visit(uow.session, visit_id)
        uow.require(note=row)
        ratings = uow.session.execute(
            select(GoalProgress.goal_id, GoalProgress.rating).where(GoalProgress.visit_id == row.id)
        ).all()
        return _missing(_signing_view(row, [(g, r) for g, r in ratings]))


@retry_transient
def sign_visit(ctx: ServiceContext, visit_id: int, expected_version: int) -> NoteRecord:
    """Sign a note as its author; it is locked from then on.

    Raises SignatureBlockedError listing what is missing (domain/sign_rules),
    DomainError while a self-harm answer of the visit has no safety check,
    PermissionDeniedError for anyone but the author, ConflictError when the
    note changed since ``expected_version``.
    """
    with unit_of_work(ctx, Permission.SIGN) as uow:
        row = _visit(uow.session, visit_id)
        # Held here: the check, the snapshot and the record below read it from the session.
        family = load_family(uow.session, row.family_id)
        uow.require(note=row)
        if row.specialist_id != uow.actor.id:
            raise Denied(
                f"Only the note's author ({_name(uow.session, row.specialist_id)}) can sign it.",
                "author",
            )
        if row.signed_at is not None:
            raise DomainError("This note is already signed.", "signed_at")
        if row.version != _loaded(expected_version):
            raise ConflictError(
                "The note changed since you opened it. Reopen it before signing.",
                loaded=expected_version,
                current=row.version,
            )
        rated = rated_goals(uow.session, row.id)  # read once: the check, seal, snapshot, record
        missing = _missing(_signing_view(row, [(p.goal_id, p.rating) for p, _ in rated]))
        if missing:
            raise SignatureBlockedError(missing)
        check_safety_recorded(uow.session, row)
        # Every change to the row made before the next write: one UPDATE of the visit.
        goals_digest = take_snapshot(uow.session, row, rated, family.display_name)
        row.signed_at, row.signed_by_id = uow.now(), uow.actor.id
        seal = seal_note(row, [(p.goal_id, p.rating, p.note) for p, _ in rated])
        drop_drafts(uow.session, uow.actor.id, row.family_id, row.id)
        uow.audit(
            "sign", "visit", row.id, family_id=row.family_id, content_hash=seal,
            history=visit_history(uow.session, row.id), snapshot=goals_digest,
        )  # fmt: skip
        return _note_record(uow.session, row, rated=rated, family=family)


@retry_transient
def amend_visit(
    ctx: ServiceContext, visit_id: int, section: str, reason: str, text: str
) -> AmendmentRecord:
    """Append an amendment to a signed note (author or their supervisor).

    The original text is never altered; the amendment keeps author, time,
    section and reason.
    """
    if section not in AMEND_SECTIONS:
        raise DomainError("Choose the section the amendment is about.", "section")
    reason = require_text(reason, "reason", "The reason for the amendment", MAX_REASON)
    text = require_text(text, "text", "The amendment text", MAX_NOTE_SECTION, multiline=True)
    with unit_of_work(ctx, Permission.AMEND) as uow:
        row = _visit(uow.session, visit_id)
        uow.require(note=row)
        if row.signed_at is None:
            raise DomainError("This note is not signed yet: edit it directly.", "signed_at")
        author = uow.session.get(StaffUser, row.specialist_id)
        is_supervisor = author is not None and author.supervisor_id == uow.actor.id
        if uow.actor.id != row.specialist_id and not is_supervisor:
            raise Denied("Only the note's author or their supervisor can amend it.", "author")
        amendment = Amendment(
            visit_id=row.id, author_id=uow.actor.id, section=section, reason=reason, text=text,
            created_at=uow.now(),
        )  # fmt: skip
        uow.session.add(amendment)
        uow.session.flush()
        uow.audit(
            "amend", "visit", row.id, family_id=row.family_id, amendment_id=amendment.id,
            section=section, amendment_hash=link_amendment(uow.session, row, amendment),
        )  # fmt: skip
        return AmendmentRecord(
            amendment.id,
            section,
            AMEND_SECTIONS[section],
            reason,
            text,
            uow.actor.id,
            uow.actor.full_name,
            amendment.created_at,
        )


@retry_transient
def cosign_visit(ctx: ServiceContext, visit_id: int, expected_version: int) -> NoteRecord:
    """Co-sign a signed note as the author's supervisor."""
    with unit_of_work(ctx, Permission.COSIGN) as uow:
        row = _visit(uow.session, visit_id)
        uow.require(note=row)
        author = uow.session.get(StaffUser, row.specialist_id)
        if author is None or author.supervisor_id != uow.actor.id:
            raise Denied("Only the supervisor of the note's author can co-sign it.", "cosign")
        if row.signed_at is None:
            raise DomainError("The author has not signed this note yet.", "signed_at")
        if row.cosigned_at is not None:
            raise DomainError("This note is already co-signed.", "cosigned_at")
        if row.version != _loaded(expected_version):
            raise ConflictError("The note changed since you opened it. Reopen it.")
        if check_notes(uow.session, [row.id]):
            raise DomainError(
                "This note was changed outside the app after it was signed, so it cannot be "
                "co-signed. Tell your administrator.",
                "integrity",
            )
        row.cosigned_at, row.cosigned_by_id = uow.now(), uow.actor.id
        uow.session.flush()
        bound = cosign_hash(note_seal(uow.session, row), row.cosigned_by_id, row.cosigned_at)
        uow.audit("cosign", "visit", row.id, family_id=row.family_id, cosign_hash=bound)
        return _note_record(uow.session, row)
