"""Visit notes: save with ratings, sign rules, locking, amendments, co-sign, drafts, lists."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from imh_desktop.data.models import GoalProgress, Visit
from imh_desktop.domain.enums import GoalDomain, GoalStatus, VisitMode, VisitOutcome
from imh_desktop.domain.errors import ConflictError, DomainError, PermissionDeniedError
from imh_desktop.domain.inputs import GoalInput, VisitInput
from imh_desktop.services import families, goals, notes, visits
from imh_desktop.services.note_records import GoalRating, NoteInput
from tests.services.test_families import TODAY, family_input

MONDAY = dt.date(2026, 11, 23)


@pytest.fixture
def family(db, staff):
    return families.create_family(
        db, staff["ssupervisor"], family_input(staff["aspecialist"]), TODAY
    )


@pytest.fixture
def two_goals(db, staff, family):
    made = []
    for domain, text in ((GoalDomain.ATTACHMENT, "Ánh will comfort Bảo."),
                         (GoalDomain.REGULATION, "Ánh will use two soothing strategies.")):
        made.append(goals.create_goal(
            db, staff["aspecialist"], family.id, GoalInput(domain, text, dt.date(2026, 4, 1))
        ))
    return made


def full_note(two_goals, day=TODAY, **changes) -> NoteInput:
    visit = VisitInput(
        visit_date=day, start_time=dt.time(10, 0), duration_minutes=60,
        observation="Bảo looked at Ánh; she smiled and named it.",
        services=("emotional_support", "modelling"), plan="Read together daily.",
        **changes,
    )
    ratings = (GoalRating(two_goals[0].id, 3, "Comforted quickly twice"),
               GoalRating(two_goals[1].id, 2))
    return NoteInput(visit, {"caregivers": [], "children": [], "others": []}, ratings)


def save(db, staff, family, note, **kw):
    return notes.save_note(db, staff["aspecialist"], family.id, note, today=TODAY, **kw)


def test_save_writes_visit_and_ratings_in_one_go(db, staff, family, two_goals):
    saved = save(db, staff, family, full_note(two_goals))
    assert [(r.goal_id, r.rating) for r in saved.ratings] == [(two_goals[0].id, 3), (two_goals[1].id, 2)]
    assert saved.author_name == "Ana Specialist" and not saved.visit.is_signed
    again = save(db, staff, family, NoteInput(full_note(two_goals).visit, ratings=(GoalRating(two_goals[1].id, 4),)),
                 visit_id=saved.visit.id, expected_version=saved.visit.version)
    assert [(r.goal_id, r.rating) for r in again.ratings] == [(two_goals[1].id, 4)]


def test_bad_rating_changes_nothing(db, staff, family, two_goals):
    bad = NoteInput(full_note(two_goals).visit, ratings=(GoalRating(two_goals[0].id, 6),))
    with pytest.raises(DomainError) as err:
        save(db, staff, family, bad)
    assert err.value.field == "goals"
    with db.read() as s:
        assert s.scalars(select(Visit)).all() == []


def test_only_active_goals_can_be_rated(db, staff, family, two_goals):
    g = two_goals[0]
    goals.update_goal(db, staff["aspecialist"], g.id, GoalInput(g.domain, g.statement, g.started_on, status=GoalStatus.ACHIEVED), g.version, TODAY)
    with pytest.raises(DomainError, match="achieved"):
        save(db, staff, family, full_note(two_goals))


def test_sign_says_what_is_missing(db, staff, family, two_goals):
    empty = save(db, staff, family, NoteInput(VisitInput(TODAY)))
    with pytest.raises(notes.SignatureBlockedError) as err:
        notes.sign_visit(db, staff["aspecialist"], empty.visit.id, empty.visit.version)
    assert len(err.value.missing) == 3
    assert "Observation" in err.value.message and "What we did" in err.value.message
    assert "goal" in err.value.message
    assert not notes.get_note(db, empty.visit.id).visit.is_signed


def test_cancelled_by_staff_needs_reason(db, staff, family):
    note = save(db, staff, family, NoteInput(VisitInput(TODAY, VisitOutcome.CANCELLED_STAFF)))
    with pytest.raises(notes.SignatureBlockedError, match="Reason"):
        notes.sign_visit(db, staff["aspecialist"], note.visit.id, note.visit.version)


def test_only_author_signs_and_signed_note_is_locked(db, staff, family, two_goals):
    saved = save(db, staff, family, full_note(two_goals))
    with pytest.raises(PermissionDeniedError, match="Ana Specialist"):
        notes.sign_visit(db, staff["ssupervisor"], saved.visit.id, saved.visit.version)
    signed = notes.sign_visit(db, staff["aspecialist"], saved.visit.id, saved.visit.version)
    assert signed.visit.is_signed and signed.visit.signed_by_id == staff["aspecialist"]
    with pytest.raises(DomainError, match="signed and locked"):
        save(db, staff, family, full_note(two_goals), visit_id=saved.visit.id)
    with pytest.raises(DomainError, match="signed and locked"):
        visits.update_visit(db, staff["aspecialist"], saved.visit.id, VisitInput(TODAY, observation="changed"), today=TODAY)


def test_amendment_appends_and_never_alters_the_original(db, staff, family, two_goals):
    saved = save(db, staff, family, full_note(two_goals))
    notes.sign_visit(db, staff["aspecialist"], saved.visit.id, saved.visit.version)
    with db.read() as s:
        before = {c: getattr(s.get(Visit, saved.visit.id), c) for c in
                  ("observation", "plan", "caregiver_response", "reflection", "services", "version")}
    amendment = notes.amend_visit(db, staff["aspecialist"], saved.visit.id, "observation",
                                  "Wrong name", "It was Zoë, not Ánh, who named it.")
    assert amendment.author_name == "Ana Specialist" and amendment.created_at is not None
    with db.read() as s:
        after = {c: getattr(s.get(Visit, saved.visit.id), c) for c in before}
    assert after == before
    history = notes.get_note(db, saved.visit.id).amendments
    assert [(a.section, a.reason) for a in history] == [("observation", "Wrong name")]
    with pytest.raises(DomainError) as err:
        notes.amend_visit(db, staff["aspecialist"], saved.visit.id, "plan", " ", "x")
    assert err.value.field == "reason"
    with pytest.raises(PermissionDeniedError):
        notes.amend_visit(db, staff["bspecialist"], saved.visit.id, "plan", "why", "x")


def test_amending_an_unsigned_note_is_refused(db, staff, family, two_goals):
    saved = save(db, staff, family, full_note(two_goals))
    with pytest.raises(DomainError, match="not signed"):
        notes.amend_visit(db, staff["aspecialist"], saved.visit.id, "plan", "why", "x")


def test_cosign_permissions(db, staff, family, two_goals):
    from imh_desktop.domain.enums import Role
    from imh_desktop.services.staff import create_staff

    other_sup = create_staff(db, staff["ssupervisor"], "osup", "Olga Other", Role.SUPERVISOR).id
    saved = save(db, staff, family, full_note(two_goals))
    with pytest.raises(DomainError, match="not signed"):
        notes.cosign_visit(db, staff["ssupervisor"], saved.visit.id, None)
    signed = notes.sign_visit(db, staff["aspecialist"], saved.visit.id, saved.visit.version)
    for outsider in (staff["aspecialist"], staff["bspecialist"], other_sup):
        with pytest.raises(PermissionDeniedError):
            notes.cosign_visit(db, outsider, saved.visit.id, signed.visit.version)
    done = notes.cosign_visit(db, staff["ssupervisor"], saved.visit.id, signed.visit.version)
    assert done.cosigned_by_name == "Sam Supervisor"
    with pytest.raises(DomainError, match="already"):
        notes.cosign_visit(db, staff["ssupervisor"], saved.visit.id, done.visit.version)


def test_stale_save_shows_both_versions(db, staff, family, two_goals):
    saved = save(db, staff, family, full_note(two_goals))
    save(db, staff, family, full_note(two_goals, caregiver_response="Theirs"),
         visit_id=saved.visit.id, expected_version=saved.visit.version)
    mine = full_note(two_goals, caregiver_response="Mine")
    with pytest.raises(ConflictError) as err:
        save(db, staff, family, mine, visit_id=saved.visit.id, expected_version=saved.visit.version)
    assert err.value.loaded.visit.caregiver_response == "Mine"
    assert err.value.current.visit.caregiver_response == "Theirs"


def test_next_visit_creates_then_moves_the_planned_visit(db, staff, family, two_goals):
    note = full_note(two_goals, next_visit_date=dt.date(2026, 12, 2))
    note = NoteInput(note.visit, note.participants, note.ratings, dt.time(9, 30))
    saved = save(db, staff, family, note)
    planned = [v for v in visits.list_visits(db, family.id) if v.outcome is VisitOutcome.PLANNED]
    assert [(v.visit_date, v.start_time) for v in planned] == [(dt.date(2026, 12, 2), dt.time(9, 30))]
    assert saved.next_visit_time == dt.time(9, 30)
    moved = NoteInput(full_note(two_goals, next_visit_date=dt.date(2026, 12, 3)).visit, ratings=note.ratings)
    save(db, staff, family, moved, visit_id=saved.visit.id, expected_version=saved.visit.version)
    planned = [v for v in visits.list_visits(db, family.id) if v.outcome is VisitOutcome.PLANNED]
    assert [(v.id, v.visit_date) for v in planned] == [(planned[0].id, dt.date(2026, 12, 3))]


def test_a_planned_visit_becomes_the_note(db, staff, family, two_goals):
    plan = visits.create_visit(db, staff["aspecialist"], family.id, VisitInput(TODAY, VisitOutcome.PLANNED, VisitMode.VIRTUAL), today=TODAY)
    saved = save(db, staff, family, full_note(two_goals), visit_id=plan.id, expected_version=plan.version)
    assert saved.visit.id == plan.id and saved.visit.outcome is VisitOutcome.COMPLETED


def test_drafts_round_trip_and_are_removed_by_save(db, staff, family, two_goals):
    a = staff["aspecialist"]
    assert notes.load_draft(db, a, family.id, None) is None
    notes.save_draft(db, a, family.id, None, {"observation": "first"})
    notes.save_draft(db, a, family.id, None, {"observation": "Bảo smiled"})
    draft = notes.load_draft(db, a, family.id, None)
    assert draft.payload == {"observation": "Bảo smiled"} and draft.family_name == "Nguyễn family"
    assert [d.id for d in notes.list_drafts(db, a)] == [draft.id]
    assert notes.list_drafts(db, staff["bspecialist"]) == []
    save(db, staff, family, full_note(two_goals))
    assert notes.load_draft(db, a, family.id, None) is None
    notes.save_draft(db, a, family.id, None, {"x": 1})
    notes.discard_draft(db, a, family.id, None)
    assert notes.list_drafts(db, a) == []


def test_unsigned_list_counts_working_days(db, staff, family, two_goals):
    friday = dt.date(2026, 11, 20)
    old = notes.save_note(db, staff["aspecialist"], family.id, full_note(two_goals, day=friday), today=friday)
    fresh = save(db, staff, family, full_note(two_goals))
    visits.create_visit(db, staff["aspecialist"], family.id, VisitInput(TODAY + dt.timedelta(days=1), VisitOutcome.PLANNED), today=TODAY)
    listed = notes.list_unsigned(db, staff["aspecialist"], TODAY)
    assert [(n.visit_id, n.days_waiting, n.working_days_waiting, n.late) for n in listed] == [
        (old.visit.id, 5, 3, True), (fresh.visit.id, 0, 0, False)]
    notes.sign_visit(db, staff["aspecialist"], old.visit.id, old.visit.version)
    assert [n.visit_id for n in notes.list_unsigned(db, staff["aspecialist"], TODAY)] == [fresh.visit.id]


def test_week_agenda_is_monday_to_sunday(db, staff, family):
    a = staff["aspecialist"]
    for day, at in ((dt.date(2026, 11, 29), dt.time(9)), (dt.date(2026, 11, 26), None),
                    (dt.date(2026, 11, 26), dt.time(8)), (dt.date(2026, 11, 30), dt.time(8))):
        visits.create_visit(db, a, family.id, VisitInput(day, VisitOutcome.PLANNED, start_time=at), today=TODAY)
    items = notes.week_agenda(db, a, TODAY)
    assert [(i.visit_date.day, i.start_time) for i in items] == [
        (26, dt.time(8)), (26, None), (29, dt.time(9))]
    assert items[0].family_name == "Nguyễn family"
    assert notes.week_agenda(db, staff["bspecialist"], TODAY) == []


def test_goal_progress_lists_every_rating(db, staff, family, two_goals):
    first = notes.save_note(db, staff["aspecialist"], family.id, full_note(two_goals, day=dt.date(2026, 11, 2)), today=TODAY)
    save(db, staff, family, full_note(two_goals))
    progress = notes.goal_progress(db, family.id)
    points = progress[two_goals[0].id]
    assert [(p.visit_date, p.rating, p.note) for p in points] == [
        (dt.date(2026, 11, 2), 3, "Comforted quickly twice"), (TODAY, 3, "Comforted quickly twice")]
    assert points[0].visit_id == first.visit.id
    with db.read() as s:
        assert len(s.scalars(select(GoalProgress)).all()) == 4
