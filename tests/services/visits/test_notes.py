"""Visit notes: save with ratings, visit rules, sign rules, locking, amendments, co-sign, drafts, lists."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, select

from imh_desktop.data.models import GoalProgress, Visit
from imh_desktop.domain.enums import GoalStatus, VisitMode, VisitOutcome
from imh_desktop.domain.errors import ConflictError, DomainError, PermissionDeniedError
from imh_desktop.domain.inputs import NOTE_SECTIONS, GoalInput, VisitInput
from imh_desktop.domain.text import MAX_FAMILY_NOTE, normalise
from imh_desktop.services.family import families, goals
from imh_desktop.services.visits import notes, visits
from imh_desktop.services.visits.lists import week_start
from imh_desktop.services.visits.records import GoalRating, NoteInput
from tests.factories import TODAY, family_input, full_note, save_note

MONDAY = dt.date(2026, 11, 23)


def test_save_writes_visit_and_ratings_in_one_go(ana, family, two_goals):
    saved = save_note(ana, family, full_note(two_goals))
    assert [(r.goal_id, r.rating) for r in saved.ratings] == [
        (two_goals[0].id, 3),
        (two_goals[1].id, 2),
    ]
    assert saved.author_name == "Ana Specialist" and not saved.visit.is_signed
    again = save_note(
        ana,
        family,
        NoteInput(full_note(two_goals).visit, ratings=(GoalRating(two_goals[1].id, 4),)),
        visit_id=saved.visit.id,
        expected_version=saved.visit.version,
    )
    assert [(r.goal_id, r.rating) for r in again.ratings] == [(two_goals[1].id, 4)]


def test_visit_date_rules(ana, family):
    # Enrolled 10 Mar 2026: a visit before that is refused, naming the field.
    with pytest.raises(DomainError) as err:
        save_note(ana, family, NoteInput(VisitInput(dt.date(2026, 3, 1))))
    assert err.value.field == "visit_date" and "enrolment" in err.value.message
    # A visit tomorrow can only be planned, not documented.
    with pytest.raises(DomainError, match="only be planned") as err:
        save_note(ana, family, NoteInput(VisitInput(TODAY + dt.timedelta(days=1))))
    assert err.value.field == "visit_date"
    # A note says what happened: "planned" is not an outcome it can be saved with.
    with pytest.raises(DomainError) as err:
        save_note(ana, family, NoteInput(VisitInput(TODAY, VisitOutcome.PLANNED)))
    assert err.value.field == "outcome"
    with pytest.raises(DomainError) as err:
        save_note(ana, family, NoteInput(VisitInput(TODAY, next_visit_date=TODAY)))
    assert err.value.field == "next_visit_date"
    with pytest.raises(DomainError) as err:
        save_note(ana, family, NoteInput(VisitInput(TODAY, duration_minutes=0)))
    assert err.value.field == "duration_minutes"
    with ana.db.read() as s:
        assert s.scalars(select(Visit)).all() == []


def test_save_keeps_text_as_typed_and_update_bumps_the_version(ana, family):
    saved = save_note(
        ana, family, NoteInput(VisitInput(TODAY, observation="Ánh & baby <b>smiled</b>"))
    )
    visit = saved.visit
    assert visit.observation == "Ánh & baby <b>smiled</b>"
    assert visit.specialist_id == ana.user_id and not visit.is_signed
    again = save_note(
        ana,
        family,
        NoteInput(VisitInput(TODAY, plan="Read together")),
        visit_id=visit.id,
        expected_version=visit.version,
    )
    assert again.visit.plan == "Read together" and again.visit.version == visit.version + 1
    assert again.visit.observation == ""  # the whole note is saved, not merged


def test_only_the_author_edits_a_note(as_user, staff, ana, family, two_goals):
    saved = save_note(ana, family, full_note(two_goals))
    # Ben: not his family; Sam may write notes for his team's families, but not edit Ana's.
    for other, why in (("bspecialist", "not on your caseload"), ("ssupervisor", "author")):
        with pytest.raises(PermissionDeniedError, match=why):
            save_note(
                as_user(staff[other]),
                family,
                full_note(two_goals, reflection="Mine now"),
                visit_id=saved.visit.id,
                expected_version=saved.visit.version,
            )
    assert notes.get_note(ana, saved.visit.id).visit.reflection == ""


def test_a_visit_of_another_family_is_not_saved_over(as_user, staff, ana, family, two_goals):
    saved = save_note(ana, family, full_note(two_goals))
    other = families.create_family(
        as_user(staff["ssupervisor"]), family_input(staff["aspecialist"])
    )
    with pytest.raises(DomainError, match="another family"):
        save_note(ana, other, NoteInput(VisitInput(TODAY)), visit_id=saved.visit.id)


def test_bad_rating_changes_nothing(ana, family, two_goals):
    bad = NoteInput(full_note(two_goals).visit, ratings=(GoalRating(two_goals[0].id, 6),))
    with pytest.raises(DomainError) as err:
        save_note(ana, family, bad)
    assert err.value.field == "goals"
    with ana.db.read() as s:
        assert s.scalars(select(Visit)).all() == []


def test_a_goal_not_of_this_family_is_refused_and_nothing_saved(
    as_user, staff, ana, family, two_goals
):
    other = families.create_family(
        as_user(staff["ssupervisor"]), family_input(staff["aspecialist"])
    )
    theirs = goals.create_goal(ana, other.id, GoalInput(two_goals[0].domain, "Theirs.", TODAY))
    visit = full_note(two_goals).visit
    for goal_id in (theirs.id, 999_999, "1", None):
        rated = (GoalRating(two_goals[0].id, 3), GoalRating(goal_id, 3))  # type: ignore[arg-type]
        with pytest.raises(DomainError, match="not one of this family's goals"):
            save_note(ana, family, NoteInput(visit, ratings=rated))
    with ana.db.read() as s:
        assert s.scalars(select(Visit).where(Visit.family_id == family.id)).all() == []


def test_only_active_goals_can_be_rated(ana, family, two_goals):
    g = two_goals[0]
    goals.update_goal(
        ana,
        g.id,
        GoalInput(g.domain, g.statement, g.started_on, status=GoalStatus.ACHIEVED),
        g.version,
    )
    with pytest.raises(DomainError, match="achieved"):
        save_note(ana, family, full_note(two_goals))


def test_sign_says_what_is_missing(ana, family, two_goals):
    empty = save_note(ana, family, NoteInput(VisitInput(TODAY)))
    with pytest.raises(notes.SignatureBlockedError) as err:
        notes.sign_visit(ana, empty.visit.id, empty.visit.version)
    assert len(err.value.missing) == 3
    assert "Observation" in err.value.message and "What we did" in err.value.message
    assert "goal" in err.value.message
    assert not notes.get_note(ana, empty.visit.id).visit.is_signed


def test_cancelled_by_staff_needs_reason(ana, family):
    note = save_note(ana, family, NoteInput(VisitInput(TODAY, VisitOutcome.CANCELLED_STAFF)))
    with pytest.raises(notes.SignatureBlockedError, match="Reason"):
        notes.sign_visit(ana, note.visit.id, note.visit.version)


def test_only_author_signs_and_signed_note_is_locked(as_user, staff, ana, family, two_goals):
    saved = save_note(ana, family, full_note(two_goals))
    with pytest.raises(PermissionDeniedError, match="author"):
        notes.sign_visit(as_user(staff["ssupervisor"]), saved.visit.id, saved.visit.version)
    signed = notes.sign_visit(ana, saved.visit.id, saved.visit.version)
    assert signed.visit.is_signed and signed.visit.signed_by_id == staff["aspecialist"]
    assert signed.visit.signed_at == dt.datetime(2026, 11, 25, 10, 0)  # the clock's time, UTC
    with pytest.raises(DomainError, match="signed and locked"):
        save_note(ana, family, full_note(two_goals), visit_id=saved.visit.id)
    with pytest.raises(DomainError, match="signed and locked"):
        save_note(
            as_user(staff["ssupervisor"]),
            family,
            NoteInput(VisitInput(TODAY, observation="changed")),
            visit_id=saved.visit.id,
        )


def test_signing_writes_the_note_once_and_returns_it_as_it_reads(ana, family, two_goals):
    saved = save_note(ana, family, full_note(two_goals))
    g = two_goals[0]  # reworded after the note was saved: the note shows the revision
    reworded = GoalInput(g.domain, "New words.", g.started_on, target_date=g.target_date,
                         caregiver_id=g.caregiver_id, child_id=g.child_id)  # fmt: skip
    goals.update_goal(ana, g.id, reworded, g.version)
    sent: list[str] = []

    def record(_conn, _cursor, statement, *_args):
        sent.append(" ".join(statement.split()))

    event.listen(ana.db.engine, "before_cursor_execute", record)
    try:
        signed = notes.sign_visit(ana, saved.visit.id, saved.visit.version)
    finally:
        event.remove(ana.db.engine, "before_cursor_execute", record)
    # One UPDATE of the visit (signature, seal, snapshot), the ratings read once.
    assert sum(s.startswith("UPDATE visits") for s in sent) == 1
    assert sum("FROM goal_progress" in s for s in sent) == 1
    assert sum("FROM families" in s for s in sent) == 1
    assert signed == notes.get_note(ana, saved.visit.id)
    assert [r.current_statement for r in signed.ratings] == ["New words.", ""]
    assert signed.ratings[0].revised and signed.ratings[0].statement == g.statement


def test_amendment_appends_and_never_alters_the_original(as_user, staff, ana, family, two_goals):
    saved = save_note(ana, family, full_note(two_goals))
    notes.sign_visit(ana, saved.visit.id, saved.visit.version)
    with ana.db.read() as s:
        before = {
            c: getattr(s.get(Visit, saved.visit.id), c)
            for c in (
                "observation",
                "plan",
                "caregiver_response",
                "reflection",
                "services",
                "version",
            )
        }
    amendment = notes.amend_visit(
        ana, saved.visit.id, "observation", "Wrong name", "It was Zoë, not Ánh, who named it."
    )
    assert amendment.author_name == "Ana Specialist"
    assert amendment.created_at == dt.datetime(2026, 11, 25, 10, 0)
    with ana.db.read() as s:
        after = {c: getattr(s.get(Visit, saved.visit.id), c) for c in before}
    assert after == before
    history = notes.get_note(ana, saved.visit.id).amendments
    assert [(a.section, a.reason) for a in history] == [("observation", "Wrong name")]
    with pytest.raises(DomainError) as err:
        notes.amend_visit(ana, saved.visit.id, "plan", " ", "x")
    assert err.value.field == "reason"
    with pytest.raises(PermissionDeniedError):
        notes.amend_visit(as_user(staff["bspecialist"]), saved.visit.id, "plan", "why", "x")


def test_amending_an_unsigned_note_is_refused(ana, family, two_goals):
    saved = save_note(ana, family, full_note(two_goals))
    with pytest.raises(DomainError, match="not signed"):
        notes.amend_visit(ana, saved.visit.id, "plan", "why", "x")


def test_cosign_permissions(as_user, staff, ana, family, two_goals):
    from imh_desktop.domain.enums import Role
    from imh_desktop.services.admin.staff import create_staff

    sam = as_user(staff["ssupervisor"])
    other_sup = create_staff(as_user(staff["aadmin"]), "osup", "Olga Other", Role.SUPERVISOR).id
    saved = save_note(ana, family, full_note(two_goals))
    with pytest.raises(DomainError, match="not signed"):
        notes.cosign_visit(sam, saved.visit.id, saved.visit.version)
    signed = notes.sign_visit(ana, saved.visit.id, saved.visit.version)
    for outsider in (staff["aspecialist"], staff["bspecialist"], other_sup):
        with pytest.raises(PermissionDeniedError):
            notes.cosign_visit(as_user(outsider), saved.visit.id, signed.visit.version)
    done = notes.cosign_visit(sam, saved.visit.id, signed.visit.version)
    assert done.cosigned_by_name == "Sam Supervisor"
    with pytest.raises(DomainError, match="already"):
        notes.cosign_visit(sam, saved.visit.id, done.visit.version)


def test_stale_save_shows_both_versions(ana, family, two_goals):
    saved = save_note(ana, family, full_note(two_goals))
    save_note(
        ana,
        family,
        full_note(two_goals, caregiver_response="Theirs"),
        visit_id=saved.visit.id,
        expected_version=saved.visit.version,
    )
    mine = full_note(two_goals, caregiver_response="Mine")
    with pytest.raises(ConflictError) as err:
        save_note(ana, family, mine, visit_id=saved.visit.id, expected_version=saved.visit.version)
    assert err.value.loaded.visit.caregiver_response == "Mine"
    assert err.value.current.visit.caregiver_response == "Theirs"


def test_next_visit_creates_then_moves_the_planned_visit(ana, family, two_goals):
    note = full_note(two_goals, next_visit_date=dt.date(2026, 12, 2))
    note = NoteInput(note.visit, note.participants, note.ratings, dt.time(9, 30))
    saved = save_note(ana, family, note)
    planned = [v for v in visits.list_visits(ana, family.id) if v.outcome is VisitOutcome.PLANNED]
    assert [(v.visit_date, v.start_time) for v in planned] == [
        (dt.date(2026, 12, 2), dt.time(9, 30))
    ]
    assert saved.next_visit_time == dt.time(9, 30)
    moved = NoteInput(
        full_note(two_goals, next_visit_date=dt.date(2026, 12, 3)).visit, ratings=note.ratings
    )
    save_note(ana, family, moved, visit_id=saved.visit.id, expected_version=saved.visit.version)
    after = [v for v in visits.list_visits(ana, family.id) if v.outcome is VisitOutcome.PLANNED]
    assert [(v.id, v.visit_date) for v in after] == [(planned[0].id, dt.date(2026, 12, 3))]


def test_a_planned_visit_becomes_the_note(ana, clock, family, two_goals):
    # Last week's note planned today's visit (a virtual one, like last week's).
    clock.set(dt.date(2026, 11, 18))
    save_note(
        ana,
        family,
        full_note(
            two_goals, day=dt.date(2026, 11, 18), mode=VisitMode.VIRTUAL, next_visit_date=TODAY
        ),
    )
    clock.set(TODAY)
    [plan] = [v for v in visits.list_visits(ana, family.id) if v.outcome is VisitOutcome.PLANNED]
    assert (plan.visit_date, plan.mode) == (TODAY, VisitMode.VIRTUAL)
    saved = save_note(
        ana, family, full_note(two_goals), visit_id=plan.id, expected_version=plan.version
    )
    assert saved.visit.id == plan.id and saved.visit.outcome is VisitOutcome.COMPLETED
    assert [v.outcome for v in visits.list_visits(ana, family.id)] == [VisitOutcome.COMPLETED] * 2


def test_drafts_round_trip_and_are_removed_by_save(as_user, staff, ana, family, two_goals):
    assert notes.load_draft(ana, family.id, None) is None
    first = notes.save_draft(ana, family.id, None, {"observation": "first"}, None)
    notes.save_draft(ana, family.id, None, {"observation": "Bảo smiled"}, first.version)
    draft = notes.load_draft(ana, family.id, None)
    assert draft.payload == {"observation": "Bảo smiled"} and draft.family_name == "Nguyễn family"
    assert [d.id for d in notes.list_drafts(ana)] == [draft.id]
    assert notes.list_drafts(as_user(staff["bspecialist"])) == []
    save_note(ana, family, full_note(two_goals))
    assert notes.load_draft(ana, family.id, None) is None
    notes.save_draft(ana, family.id, None, {"x": 1}, None)
    notes.discard_draft(ana, family.id, None)
    assert notes.list_drafts(ana) == []


def test_unsigned_list_counts_working_days(ana, clock, family, two_goals):
    friday = dt.date(2026, 11, 20)
    clock.set(friday)
    old = save_note(ana, family, full_note(two_goals, day=friday))
    clock.set(TODAY)
    # Today's note plans tomorrow's visit: a planned visit is never in the list.
    fresh = save_note(
        ana, family, full_note(two_goals, next_visit_date=TODAY + dt.timedelta(days=1))
    )
    assert any(v.outcome is VisitOutcome.PLANNED for v in visits.list_visits(ana, family.id))
    listed = notes.list_unsigned(ana, ana.user_id, TODAY)
    assert [
        (n.visit_id, n.days_waiting, n.working_days_waiting, n.late, n.working_days_left)
        for n in listed
    ] == [
        (old.visit.id, 5, 3, True, 0),
        (fresh.visit.id, 0, 0, False, 2),  # signed within 2 working days by default
    ]
    notes.sign_visit(ana, old.visit.id, old.visit.version)
    assert [n.visit_id for n in notes.list_unsigned(ana, ana.user_id, TODAY)] == [fresh.visit.id]


def test_a_week_starts_on_its_monday():
    assert week_start(TODAY) == MONDAY
    assert week_start(MONDAY) == MONDAY
    assert week_start(MONDAY + dt.timedelta(days=6)) == MONDAY


def test_goal_progress_lists_every_rating(ana, family, two_goals):
    first = save_note(ana, family, full_note(two_goals, day=dt.date(2026, 11, 2)))
    save_note(ana, family, full_note(two_goals))
    progress = notes.goal_progress(ana, family.id)
    points = progress[two_goals[0].id]
    assert [(p.visit_date, p.rating, p.note) for p in points] == [
        (dt.date(2026, 11, 2), 3, "Comforted quickly twice"),
        (TODAY, 3, "Comforted quickly twice"),
    ]
    assert points[0].visit_id == first.visit.id
    with ana.db.read() as s:
        assert len(s.scalars(select(GoalProgress)).all()) == 4


def test_the_family_section_has_a_length_limit_and_is_sealed_when_signed(ana, family, two_goals):
    with pytest.raises(DomainError) as err:
        save_note(ana, family, full_note(two_goals, family_note="x" * (MAX_FAMILY_NOTE + 1)))
    assert err.value.field == "family_note" and "for the family" in err.value.message
    saved = save_note(ana, family, full_note(two_goals, family_note="You sang to Bảo."))
    signed = notes.sign_visit(ana, saved.visit.id, saved.visit.version)
    assert signed.visit.family_note == "You sang to Bảo."
    with pytest.raises(DomainError, match="signed and locked"):
        save_note(
            ana, family, full_note(two_goals, family_note="Changed."), visit_id=signed.visit.id
        )
    with ana.db.session() as s:  # changed behind the app's back: the seal no longer matches
        s.get(Visit, saved.visit.id).family_note = "Changed."
    assert notes.get_note(ana, saved.visit.id).integrity


# Any character a person can type: every category but unpaired surrogates and
# control characters, plus the line breaks and tabs multi-line fields allow.
_TYPED = st.characters(exclude_categories=("Cs", "Cc"), exclude_characters="\ufffe\uffff")
MULTI_LINE = st.lists(
    st.one_of(st.text(_TYPED, max_size=80), st.sampled_from(["\n", "\r\n", "\r", "\t", " "])),
    max_size=8,
).map("".join)
SINGLE_LINE = st.text(_TYPED, max_size=60).filter(lambda t: normalise(t) != "")


def test_any_text_in_any_note_field_reads_back_as_typed(ana, family, two_goals):
    """Hypothesis: every note field stores what was typed, after ``domain.text.normalise``."""
    sections = st.fixed_dictionaries({name: MULTI_LINE for name in NOTE_SECTIONS})

    @settings(max_examples=25, deadline=None)
    @given(sections=sections, rating_note=MULTI_LINE, cancel=MULTI_LINE,
           others=st.lists(SINGLE_LINE, max_size=3))  # fmt: skip
    @example(sections=dict.fromkeys(NOTE_SECTIONS, " Ánh\r\nsang\rto Bảo\t "), rating_note="\n a ",
             cancel="\r\nill ", others=[" Grandma Lý ", "Tía\u00a0"])  # fmt: skip
    def check(sections: dict[str, str], rating_note: str, cancel: str, others: list[str]) -> None:
        note = full_note(two_goals)
        note = dataclasses.replace(
            note,
            visit=dataclasses.replace(note.visit, **sections),
            participants={"caregivers": [], "children": [], "others": others},
            ratings=(GoalRating(two_goals[0].id, 4, rating_note),),
        )
        saved = notes.get_note(ana, save_note(ana, family, note).visit.id)
        for name, typed in sections.items():
            assert getattr(saved.visit, name) == normalise(typed), name
        assert [r.note for r in saved.ratings] == [normalise(rating_note)]
        assert saved.visit.participants["others"] == [normalise(o) for o in others]
        cancelled = VisitInput(TODAY, VisitOutcome.CANCELLED_FAMILY, cancel_reason=cancel)
        visit = save_note(ana, family, NoteInput(cancelled)).visit
        assert notes.get_note(ana, visit.id).visit.cancel_reason == normalise(cancel)

    check()
