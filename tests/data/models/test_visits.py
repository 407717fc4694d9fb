"""Visit-side schema details that matter on PostgreSQL as much as on SQLite."""

from __future__ import annotations

import datetime as dt

from imh_desktop.data.models import Family, Screening
from imh_desktop.domain.enums import FamilyStatus, Frequency, Instrument, ReferralSource
from imh_desktop.domain.screening import asq3_result


def test_longest_asq3_band_fits_the_column(db, clock, staff):
    areas = ("communication", "gross_motor", "fine_motor", "problem_solving", "personal_social")
    result = asq3_result(
        dict.fromkeys(areas, 10),
        dict(zip(areas, ["below", "below", "close", "close", "close"], strict=True)),
    )
    assert len(result.band) > 60
    with db.session(clock) as s:
        family = Family(
            case_number="IMH-2026-0001",
            display_name="Wójcik family",
            referral_source=ReferralSource.WIC,
            referral_date=dt.date(2026, 1, 2),
            status=FamilyStatus.ACTIVE,
            specialist_id=staff["aspecialist"],
            frequency=Frequency.WEEKLY,
        )
        s.add(family)
        s.flush()
        s.add(
            Screening(
                family_id=family.id,
                instrument=Instrument.ASQ3,
                given_on=dt.date(2026, 2, 1),
                band=result.band,
                created_by_id=staff["aspecialist"],
            )
        )
    with db.read() as s:
        assert s.query(Screening).one().band == result.band


def test_the_partial_index_of_new_note_drafts_is_declared_for_alembic_only_when_asked():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from imh_desktop.data.models.visits import NoteDraft, declare_partial_indexes\n"
        "before = sorted(i.name for i in NoteDraft.__table__.indexes)\n"
        "dialects = sorted(m for m in sys.modules if m.startswith('sqlalchemy.dialects.'))\n"
        "declare_partial_indexes(); declare_partial_indexes()\n"
        "(index,) = [i for i in NoteDraft.__table__.indexes if i.name == 'uq_note_drafts_new_note']\n"
        "print(before, dialects, index.unique, [c.name for c in index.columns],\n"
        "      str(index.dialect_options['postgresql']['where']),\n"
        "      str(index.dialect_options['sqlite']['where']))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == [
        "[]", "[]", "True", "['author_id',", "'family_id']", "visit_id", "IS", "NULL",
        "visit_id", "IS", "NULL",
    ]  # fmt: skip


def test_the_partial_index_of_open_families_is_declared_with_the_drafts_one():
    import subprocess
    import sys

    code = (
        "from imh_desktop.data.models import Family\n"
        "from imh_desktop.data.models.visits import declare_partial_indexes\n"
        "declare_partial_indexes(); declare_partial_indexes()\n"
        "(index,) = [i for i in Family.__table__.indexes if i.name == 'ix_families_open_specialist']\n"
        "print(index.unique, [c.name for c in index.columns],\n"
        "      str(index.dialect_options['postgresql']['where']))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "['specialist_id']", "status", "<>", "'closed'"]
