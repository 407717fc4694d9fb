"""Search across the record: scope, privacy, accents, phrases, prefixes, paging, freshness."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import delete, select

from imh_desktop.data.models import AuditEvent, Referral, ReferralStatusChange
from imh_desktop.domain.enums import GoalDomain, ReferralStatus, ReferralType
from imh_desktop.domain.errors import DomainError, PermissionDeniedError
from imh_desktop.domain.family_context import ReferralInput
from imh_desktop.domain.search import PAGE_SIZE
from imh_desktop.services.access.emergency import grant_emergency_access
from imh_desktop.services.family import families, goals, referrals
from imh_desktop.services.family.goals import GoalInput
from imh_desktop.services.search.records import search_records
from imh_desktop.services.visits import notes
from imh_desktop.services.visits.records import GoalRating, NoteInput, VisitInput
from tests.factories import TODAY, family_input


def _note(goal_id: int, day: dt.date = TODAY, **sections: str) -> NoteInput:
    visit = VisitInput(
        visit_date=day, start_time=dt.time(10, 0), duration_minutes=60,
        observation=sections.pop("observation", "Bảo looked at Ánh; she smiled."),
        services=("emotional_support",), plan=sections.pop("plan", "Read daily."), **sections,
    )  # fmt: skip
    return NoteInput(visit, {"caregivers": []}, (GoalRating(goal_id, 3),))


@pytest.fixture
def two_caseloads(as_user, staff):
    """Ana's Nguyễn family and Ben's Rocío family, each with a goal and a saved note."""
    sam = as_user(staff["ssupervisor"])
    made = {}
    for who, name in (("aspecialist", "Nguyễn family"), ("bspecialist", "Rocío family")):
        ctx = as_user(staff[who])
        family = families.create_family(sam, family_input(staff[who], display_name=name))
        goal = goals.create_goal(
            ctx,
            family.id,
            GoalInput(GoalDomain.ATTACHMENT, "The caregiver comforts the baby.", TODAY),
        )
        made[who] = (family, goal)
    return made


def _save(ctx, family_id, goal_id, **sections):
    return notes.save_note(ctx, family_id, _note(goal_id, **sections))


def test_a_specialist_finds_only_her_caseload(as_user, staff, two_caseloads):
    ana, ben = as_user(staff["aspecialist"]), as_user(staff["bspecialist"])
    (fa, ga), (fb, gb) = two_caseloads["aspecialist"], two_caseloads["bspecialist"]
    _save(ana, fa.id, ga.id, observation="The housing problem came up first today.")
    _save(ben, fb.id, gb.id, observation="Housing is stable; the housing office called.")
    mine = search_records(ana, "housing")
    assert [h.family_id for h in mine.hits] == [fa.id]
    hit = mine.hits[0]
    assert (hit.case_number, hit.family_name, hit.section) == (
        fa.case_number, "Nguyễn family", "observation",
    )  # fmt: skip
    assert hit.section_title == "Observation of the caregiver-infant interaction"
    assert ("housing", True) in hit.snippet
    assert [h.family_id for h in search_records(ben, "housing").hits] == [fb.id]
    team = search_records(as_user(staff["ssupervisor"]), "housing")
    assert {h.family_id for h in team.hits} == {fa.id, fb.id}


def test_emergency_access_widens_the_search_while_it_lasts(as_user, staff, two_caseloads, clock):
    ana, ben = as_user(staff["aspecialist"]), as_user(staff["bspecialist"])
    (fb, gb) = two_caseloads["bspecialist"]
    _save(ben, fb.id, gb.id, plan="Call the housing office.")
    assert search_records(ana, "housing").hits == ()
    grant_emergency_access(ana, fb.id, "Covering Ben's family while he is away today")
    assert [h.family_id for h in search_records(ana, "housing").hits] == [fb.id]
    clock.set(TODAY + dt.timedelta(days=30))
    assert search_records(ana, "housing").hits == ()


def test_the_reflection_is_found_by_its_author_only(as_user, staff, two_caseloads):
    ana, sam = as_user(staff["aspecialist"]), as_user(staff["ssupervisor"])
    fa, ga = two_caseloads["aspecialist"]
    _save(ana, fa.id, ga.id, reflection="I felt worried about the eviction.")
    found = search_records(ana, "eviction").hits
    assert [(h.section, h.family_id) for h in found] == [("reflection", fa.id)]
    assert search_records(sam, "eviction").hits == ()


def test_accents_and_case_do_not_matter(as_user, staff, two_caseloads):
    ana, ben = as_user(staff["aspecialist"]), as_user(staff["bspecialist"])
    (fa, ga), (fb, gb) = two_caseloads["aspecialist"], two_caseloads["bspecialist"]
    _save(ana, fa.id, ga.id, observation="Mrs Nguyễn and Đặng held the baby.")
    _save(ben, fb.id, gb.id, observation="ROCÍO sang to her daughter.")
    assert len(search_records(ana, "nguyen").hits) == 1
    assert len(search_records(ana, "NGUYỄN").hits) == 1
    assert len(search_records(ana, "dang").hits) == 1
    hit = search_records(ben, "rocio").hits[0]
    assert ("ROCÍO", True) in hit.snippet


def test_phrases_and_prefixes(as_user, staff, two_caseloads):
    ana = as_user(staff["aspecialist"])
    fa, ga = two_caseloads["aspecialist"]
    _save(ana, fa.id, ga.id, observation="She mentioned the housing problem.")
    _save(ana, fa.id, ga.id, observation="The problem with housing was solved.",
          day=TODAY - dt.timedelta(days=7))  # fmt: skip
    assert len(search_records(ana, "housing problem").hits) == 2
    phrase = search_records(ana, '"housing problem"').hits
    assert [h.on_date for h in phrase] == [TODAY]
    assert ("housing problem", True) in phrase[0].snippet
    assert len(search_records(ana, "hous*").hits) == 2
    assert [h.on_date for h in search_records(ana, '"housing prob*"').hits] == [TODAY]
    assert search_records(ana, "hous").hits == ()
    assert [h.on_date for h in search_records(ana, "probl*").hits] == [
        TODAY, TODAY - dt.timedelta(days=7),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "query", ["", "   ", '"housing', "h*", "*", "ho*me", "!!!", "x" * 201, " ".join("ab" * 13)]
)
def test_a_query_that_cannot_be_searched_is_refused_plainly(as_user, staff, query):
    with pytest.raises(DomainError) as caught:
        search_records(as_user(staff["aspecialist"]), query)
    assert caught.value.field == "query"


@pytest.mark.parametrize("query", ["NEAR(a b)", "a OR b", "col:word", "^start", "a AND", "'x'"])
def test_fts_and_tsquery_syntax_is_searched_as_words(as_user, staff, two_caseloads, query):
    ana = as_user(staff["aspecialist"])
    assert search_records(ana, query).hits == ()


def test_the_index_stays_current_after_save_amend_and_sign(as_user, staff, two_caseloads):
    ana = as_user(staff["aspecialist"])
    fa, ga = two_caseloads["aspecialist"]
    saved = _save(ana, fa.id, ga.id, observation="She talked about the shelter.")
    assert len(search_records(ana, "shelter").hits) == 1
    changed = notes.save_note(
        ana, fa.id, _note(ga.id, observation="She talked about the landlord."),
        saved.visit.id, saved.visit.version,
    )  # fmt: skip
    assert search_records(ana, "shelter").hits == ()
    assert len(search_records(ana, "landlord").hits) == 1
    signed = notes.sign_visit(ana, changed.visit.id, changed.visit.version)
    assert [h.visit_id for h in search_records(ana, "landlord").hits] == [signed.visit.id]
    notes.amend_visit(ana, signed.visit.id, "plan", "Typo in the plan", "Visit the food bank.")
    hit = search_records(ana, "food bank").hits[0]
    assert (hit.kind, hit.section, hit.visit_id) == ("amendment", "plan", signed.visit.id)
    assert hit.section_title == "Amendment: Plan"


def test_goals_are_found(as_user, staff, two_caseloads):
    ana = as_user(staff["aspecialist"])
    fa, _ga = two_caseloads["aspecialist"]
    hit = search_records(ana, "comforts baby").hits[0]
    assert (hit.kind, hit.section, hit.family_id, hit.visit_id) == (
        "goal",
        "statement",
        fa.id,
        None,
    )


def test_results_come_newest_first_a_page_at_a_time(as_user, staff, two_caseloads):
    ana = as_user(staff["aspecialist"])
    fa, ga = two_caseloads["aspecialist"]
    days = [TODAY - dt.timedelta(days=n) for n in range(PAGE_SIZE + 2)]
    for day in days:
        _save(ana, fa.id, ga.id, observation="Tummy time went well.", day=day)
    first, second = search_records(ana, "tummy"), search_records(ana, "tummy", page=1)
    assert [h.on_date for h in first.hits] == days[:PAGE_SIZE] and first.has_more
    assert [h.on_date for h in second.hits] == days[PAGE_SIZE:] and not second.has_more
    with pytest.raises(DomainError):
        search_records(ana, "tummy", page=-1)


def test_a_search_is_audited_with_its_text(db, as_user, staff, two_caseloads):
    ana = as_user(staff["aspecialist"])
    search_records(ana, "housing")
    with db.session() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
    assert (event.action, event.entity, event.staff_id) == ("read", "search", staff["aspecialist"])
    assert '"query": "housing"' in event.detail


def test_an_administrator_sees_no_clinical_content(as_user, staff, two_caseloads):
    with pytest.raises(PermissionDeniedError):
        search_records(as_user(staff["aadmin"]), "comforts")


def test_hits_are_plain_data(as_user, staff, two_caseloads):
    hit = search_records(as_user(staff["aspecialist"]), "comforts").hits[0]
    assert dataclasses.is_dataclass(hit) and isinstance(hit.snippet, tuple)


def _refer(ctx, family_id, **changes):
    data = ReferralInput(ReferralType.HOUSING, "Maison Hébergement Québec", TODAY,
                         "The family lost its flat; needs emergency shelter.",
                         follow_up_on=TODAY + dt.timedelta(days=14))  # fmt: skip
    return referrals.make_referral(ctx, family_id, dataclasses.replace(data, **changes))


def test_referrals_are_found_by_agency_reason_and_outcome(as_user, staff, two_caseloads):
    ana = as_user(staff["aspecialist"])
    fa, _ga = two_caseloads["aspecialist"]
    made = _refer(ana, fa.id)
    hit = search_records(ana, "shelter").hits[0]
    assert (hit.kind, hit.section, hit.source_id, hit.family_id, hit.visit_id, hit.on_date) == (
        "referral", "reason", made.id, fa.id, None, TODAY,
    )  # fmt: skip
    assert hit.section_title == "Referral: reason"
    assert [h.section for h in search_records(ana, "hebergement").hits] == ["agency"]
    assert [h.section for h in search_records(ana, "QUEBEC").hits] == ["agency"]
    done = dataclasses.replace(
        _input_of(made), status=ReferralStatus.CONNECTED,
        outcome="Placed at the Rosière shelter on Monday.",
    )  # fmt: skip
    referrals.update_referral(ana, made.id, done, made.version)
    found = {h.section for h in search_records(ana, "rosiere").hits}
    assert found == {"outcome"}


def _input_of(record) -> ReferralInput:
    return ReferralInput(
        record.referral_type, record.agency, record.made_on, record.reason, record.status,
        record.follow_up_on, record.outcome, record.caregiver_id, record.child_id,
        record.visit_id, record.shares_information,
    )  # fmt: skip


def test_a_specialist_never_finds_another_caseloads_referrals(as_user, staff, two_caseloads):
    ana, ben = as_user(staff["aspecialist"]), as_user(staff["bspecialist"])
    (fa, _ga), (fb, _gb) = two_caseloads["aspecialist"], two_caseloads["bspecialist"]
    _refer(ben, fb.id, reason="Eviction notice; the family needs a lawyer.")
    assert search_records(ana, "eviction").hits == ()
    assert [h.family_id for h in search_records(ben, "eviction").hits] == [fb.id]
    sam = as_user(staff["ssupervisor"])
    _refer(ana, fa.id, reason="Eviction hearing next week.")
    assert {h.family_id for h in search_records(sam, "eviction").hits} == {fa.id, fb.id}
    assert [h.family_id for h in search_records(ana, "eviction").hits] == [fa.id]


def test_a_referral_edited_or_deleted_is_found_as_it_is_now(db, as_user, staff, two_caseloads):
    ana = as_user(staff["aspecialist"])
    fa, _ga = two_caseloads["aspecialist"]
    made = _refer(ana, fa.id, agency="Food bank of Saint-Éloi")
    assert len(search_records(ana, "eloi").hits) == 1
    moved = dataclasses.replace(_input_of(made), agency="WIC office downtown")
    referrals.update_referral(ana, made.id, moved, made.version)
    assert search_records(ana, "eloi").hits == ()
    assert [h.section for h in search_records(ana, "downtown").hits] == ["agency"]
    with db.session() as session:  # the app never deletes a referral: a row removed by hand
        session.execute(
            delete(ReferralStatusChange).where(ReferralStatusChange.referral_id == made.id)
        )
        session.delete(session.get(Referral, made.id))
    assert search_records(ana, "downtown").hits == ()
    assert search_records(ana, "shelter").hits == ()


def test_old_matches_come_after_the_recent_ones_and_are_found(as_user, staff, two_caseloads):
    ana = as_user(staff["aspecialist"])
    fa, ga = two_caseloads["aspecialist"]
    days = [TODAY - dt.timedelta(days=n) for n in (0, 40, 100, 250)]
    for day in reversed(days):  # written oldest first: the order comes from the dates
        _save(ana, fa.id, ga.id, observation="The crib arrived.", day=day)
    assert [h.on_date for h in search_records(ana, "crib").hits] == days


def _settle(ctx, made, *steps):
    """Move referral ``made`` through ``steps`` of (status, outcome); the record at the end."""
    for status, outcome in steps:
        made = referrals.update_referral(
            ctx, made.id, dataclasses.replace(_input_of(made), status=status, outcome=outcome),
            made.version,
        )  # fmt: skip
    return made


def test_a_referrals_earlier_notes_are_found_in_its_history(as_user, staff, two_caseloads):
    ana = as_user(staff["aspecialist"])
    fa, _ga = two_caseloads["aspecialist"]
    made = _refer(ana, fa.id)
    _settle(ana, made, (ReferralStatus.CONNECTED, "Staying with her sister in Mérida for now."),
            (ReferralStatus.CLOSED, "Housed at the Rosière shelter."))  # fmt: skip
    [hit] = search_records(ana, "MERIDA").hits  # accents and case do not matter
    assert (hit.kind, hit.section, hit.family_id, hit.referral_id, hit.visit_id) == (
        "referral_history", "connected", fa.id, made.id, None,
    )  # fmt: skip
    assert hit.section_title == "Referral history: connected"
    assert "Mérida" in "".join(text for text, _match in hit.snippet)
    # The note still the referral's outcome is found once, as the outcome
    assert [(h.kind, h.section) for h in search_records(ana, "rosiere").hits] == [
        ("referral", "outcome")
    ]
    assert [h.kind for h in search_records(ana, '"her sist*"').hits] == ["referral_history"]


def test_a_specialist_never_finds_another_caseloads_referral_history(as_user, staff, two_caseloads):
    ana, ben = as_user(staff["aspecialist"]), as_user(staff["bspecialist"])
    sam = as_user(staff["ssupervisor"])
    (_fa, _ga), (fb, _gb) = two_caseloads["aspecialist"], two_caseloads["bspecialist"]
    made = _refer(ben, fb.id)
    _settle(ben, made, (ReferralStatus.CONNECTED, "Tenancy lawyer agreed to take the case."),
            (ReferralStatus.CLOSED, "Case won."))  # fmt: skip
    assert search_records(ana, "tenancy").hits == ()
    assert [h.family_id for h in search_records(ben, "tenancy").hits] == [fb.id]
    assert [h.family_id for h in search_records(sam, "tenancy").hits] == [fb.id]


def test_a_reassigned_familys_history_goes_with_it(as_user, staff, two_caseloads):
    ana, ben = as_user(staff["aspecialist"]), as_user(staff["bspecialist"])
    sam = as_user(staff["ssupervisor"])
    fa, _ga = two_caseloads["aspecialist"]
    made = _refer(ana, fa.id)
    _settle(ana, made, (ReferralStatus.CONNECTED, "Tenancy lawyer called back."),
            (ReferralStatus.CLOSED, "Done."))  # fmt: skip
    _save(ana, fa.id, two_caseloads["aspecialist"][1].id, plan="Call the tenancy lawyer.")
    assert len(search_records(ana, "tenancy").hits) == 2
    version = families.get_family(sam, fa.id).version
    families.reassign_family(sam, fa.id, staff["bspecialist"], version)
    assert search_records(ana, "tenancy").hits == ()
    assert {h.kind for h in search_records(ben, "tenancy").hits} == {"note", "referral_history"}
