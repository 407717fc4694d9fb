"""Screenings: scoring by the published rules, alerts in the same transaction, follow-up.

Instruments and their rules (DOMAIN.md, domain/screening.py):
- EPDS, Cox, Holden & Sagovsky (1987): items 1, 2, 4 score 0-3, items 3 and
  5-10 reversed; positive at 13+, item 10 (self-harm) above 0 is urgent.
- PHQ-9, Kroenke, Spitzer & Williams (2001): nine items 0-3; positive at 10+,
  item 9 above 0 is urgent.
- ASQ-3, Squires & Bricker (2009): area scores 0-60 and the band off the sheet;
  positive when an area is below the cut-off. Interval by corrected age.
- ASQ:SE-2, Squires, Bricker & Twombly (2015): total and band; positive above
  the cut-off.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from imh_desktop.data.models import Alert, Screening
from imh_desktop.domain.enums import AlertKind, FollowUpKind, Instrument
from imh_desktop.domain.errors import DomainError, PermissionDeniedError
from imh_desktop.domain.inputs import ChildInput
from imh_desktop.services.family import families
from imh_desktop.services.screenings import results as svc
from tests.factories import TODAY, family_input

AREAS = ("communication", "gross_motor", "fine_motor", "problem_solving", "personal_social")


def epds(family, options, **kw):
    mother = family.caregivers[0]
    return svc.ScreeningInput(
        Instrument.EPDS, TODAY, caregiver_id=mother.id, answers=tuple(options), **kw
    )


def count(db, model):
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_epds_item_10_opens_an_urgent_alert_whatever_the_total(ana, family):
    # Option 0 on every item: items 1, 2, 4 score 0; reversed items score 3 -> pick option 3 for those.
    low = [0, 0, 3, 0, 3, 3, 3, 3, 3, 2]  # all zero except item 10 (option 2 -> score 1)
    rec = svc.record_screening(ana, family.id, epds(family, low))
    assert (rec.total, rec.band, rec.urgent, rec.positive) == (1, "low", True, True)
    alerts = svc.list_alerts(ana, family.id)
    assert [(a.kind, a.is_open) for a in alerts] == [(AlertKind.URGENT, True)]
    assert "item 10" in alerts[0].text and alerts[0].text.startswith("Nguyễn Thị Ánh")


def test_epds_low_score_opens_no_alert(db, ana, family):
    rec = svc.record_screening(ana, family.id, epds(family, [0, 0, 3, 0, 3, 3, 3, 3, 3, 3]))
    assert (rec.total, rec.positive) == (0, False)
    assert count(db, Alert) == 0


def test_epds_13_is_a_positive_screen(ana, family):
    options = [3, 3, 0, 3, 0, 3, 3, 3, 3, 3]  # 3+3+3+3+3 +0... = 15, item 10 score 0
    rec = svc.record_screening(ana, family.id, epds(family, options))
    assert rec.total == 15 and rec.band == "probable depression" and not rec.urgent
    assert [a.kind for a in svc.list_alerts(ana, family.id)] == [AlertKind.POSITIVE_SCREEN]


def test_phq9_item_9_is_urgent(ana, family):
    data = svc.ScreeningInput(
        Instrument.PHQ9,
        TODAY,
        caregiver_id=family.caregivers[1].id,
        answers=(0, 0, 0, 0, 0, 0, 0, 0, 1),
    )
    rec = svc.record_screening(ana, family.id, data)
    assert (rec.total, rec.band, rec.urgent) == (1, "minimal", True)
    assert svc.list_alerts(ana, family.id)[0].kind is AlertKind.URGENT


def test_wrong_subject_or_incomplete_answers_write_nothing(db, ana, family):
    child = family.children[0]
    with pytest.raises(DomainError) as err:
        svc.record_screening(
            ana,
            family.id,
            svc.ScreeningInput(Instrument.EPDS, TODAY, child_id=child.id, answers=(0,) * 10),
        )
    assert err.value.field == "subject"
    with pytest.raises(DomainError) as err:
        svc.record_screening(ana, family.id, epds(family, [0] * 9))
    assert err.value.field == "answers"
    tomorrow = TODAY + dt.timedelta(days=1)
    with pytest.raises(DomainError) as err:
        svc.record_screening(
            ana, family.id, dataclasses.replace(epds(family, [0] * 10), given_on=tomorrow)
        )
    assert err.value.field == "given_on"
    assert count(db, Screening) == count(db, Alert) == 0


def test_asq3_interval_from_corrected_age_and_below_cutoff_alert(ana, family):
    # Bảo: born 5 Jan 2026 at 33 weeks (7 weeks early): on 25 Nov 2026 corrected age is 9 mo 2 d.
    child = family.children[0]
    data = svc.ScreeningInput(
        Instrument.ASQ3,
        TODAY,
        child_id=child.id,
        area_scores=dict.fromkeys(AREAS, 40),
        area_bands={**dict.fromkeys(AREAS, "above"), "fine_motor": "below"},
    )
    rec = svc.record_screening(ana, family.id, data)
    assert rec.interval_months == 9 and rec.positive and rec.total is None
    assert "fine motor" in svc.list_alerts(ana, family.id)[0].text


def test_asq3_interval_rounds_gestational_days(as_user, ana, staff):
    """ASQ rounding (Squires & Bricker, 2009): 4 or more extra days count as the next week.

    Both born 10 Jan 2026, screened on 1 May 2026 (3 mo 21 d chronological): at 36+6
    (37 weeks, 3 early, counted from 31 Jan) the screening age is 3 mo 1 d, the 4 month
    questionnaire; at 36+3 (36 weeks, 4 early, from 7 Feb) 2 mo 24 d, the 2 month one.
    """
    kids = (ChildInput("Late", dt.date(2026, 1, 10), 36, gestational_days=6),
            ChildInput("Early", dt.date(2026, 1, 10), 36, gestational_days=3))  # fmt: skip
    fam = families.create_family(as_user(staff["ssupervisor"]), family_input(
        staff["aspecialist"], children=kids, enrolled_on=dt.date(2026, 4, 1)))  # fmt: skip
    on = dt.date(2026, 5, 1)
    months = []
    for child in fam.children:
        data = svc.ScreeningInput(
            Instrument.ASQ3, on, child_id=child.id, area_scores=dict.fromkeys(AREAS, 50),
            area_bands=dict.fromkeys(AREAS, "above"),
        )  # fmt: skip
        months.append(svc.record_screening(ana, fam.id, data).interval_months)
    assert months == [4, 2]


def test_asqse2_total_and_band(ana, family):
    child = family.children[0]
    data = svc.ScreeningInput(
        Instrument.ASQSE2, TODAY, child_id=child.id, total=35, band="monitoring"
    )
    rec = svc.record_screening(ana, family.id, data)
    assert (rec.interval_months, rec.band, rec.positive) == (12, "in the monitoring zone", False)


def test_follow_up_closes_the_alert_and_no_referral_needs_a_reason(as_user, staff, ana, family):
    svc.record_screening(ana, family.id, epds(family, [0, 0, 3, 0, 3, 3, 3, 3, 3, 0]))
    alert = svc.list_alerts(ana, family.id, open_only=True)[0]
    with pytest.raises(DomainError) as err:
        svc.resolve_alert(ana, alert.id, FollowUpKind.NO_REFERRAL, "  ")
    assert err.value.field == "follow_up_note"
    with pytest.raises(DomainError) as err:  # a referral is made as one, which closes the alert
        svc.resolve_alert(ana, alert.id, FollowUpKind.REFERRAL, "Referred to perinatal MH.")
    assert err.value.field == "follow_up_kind" and "Make a referral" in err.value.message
    with pytest.raises(PermissionDeniedError):
        svc.resolve_alert(
            as_user(staff["bspecialist"]), alert.id, FollowUpKind.SAFETY_ASSESSMENT, ""
        )
    done = svc.resolve_alert(ana, alert.id, FollowUpKind.SAFETY_ASSESSMENT, "Safe; plan made")
    assert not done.is_open and done.resolved_by_name == "Ana Specialist"
    assert done.resolved_at == dt.datetime(2026, 11, 25, 10, 0)  # the clock's time, UTC
    assert svc.list_alerts(ana, family.id, open_only=True) == []
    with pytest.raises(DomainError, match="already"):
        svc.resolve_alert(as_user(staff["ssupervisor"]), alert.id, FollowUpKind.NO_REFERRAL, "x")
