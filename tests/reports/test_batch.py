"""Batches of progress reports in worker processes: progress, cancel, failures."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from imh_desktop.domain.errors import DomainError
from imh_desktop.reports.batch import plan_jobs, render_batch, report_file_name
from imh_desktop.services.reports import progress_report_data
from tests.factories import TODAY, add_history, make_family
from tests.reports.pdftext import pdf_text

PERIOD = (dt.date(2026, 8, 1), TODAY)


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    return folder


@pytest.fixture
def datas(db, staff, svc):
    out = []
    for i in range(3):
        family = make_family(db, staff, name=f"Family {i} Ølstad")
        add_history(db, family, staff["aspecialist"], 10, start=dt.date(2026, 8, 3))
        out.append(progress_report_data(svc, family.id, *PERIOD))
    return out


def test_batch_writes_every_report_and_reports_progress(datas, out):
    seen = []
    result = render_batch(plan_jobs(datas, out), lambda *a: seen.append(a), workers=2)
    assert not result.cancelled and result.failed == ()
    assert sorted(result.written) == sorted(str(out / report_file_name(d)) for d in datas)
    assert [s[:2] for s in seen] == [(1, 3), (2, 3), (3, 3)]
    assert {s[2] for s in seen} == {d.case_number for d in datas}
    for data in datas:
        text = pdf_text((out / report_file_name(data)).read_bytes())
        assert data.family_name in text and "1 Aug 2026 – 25 Nov 2026" in text


def test_cancel_stops_reports_not_yet_started(datas, out):
    many = [dataclasses.replace(datas[i % 3], case_number=f"IMH-2026-{i:04d}") for i in range(12)]
    result = render_batch(plan_jobs(many, out), cancelled=lambda: True, workers=1)
    assert result.cancelled
    assert len(result.written) < len(many)
    files = sorted(p.name for p in out.iterdir())
    assert files == sorted(p.rsplit("/", 1)[1] for p in result.written)  # no partial files


def test_a_failed_report_is_listed_and_the_rest_are_written(datas, out):
    jobs = plan_jobs(datas, out)
    bad = dataclasses.replace(jobs[1], path=str(out / "missing" / "x.pdf"))
    result = render_batch([jobs[0], bad, jobs[2]], workers=2)
    assert len(result.written) == 2
    assert result.failed == (
        (datas[1].case_number, f"The folder {out / 'missing'} does not exist."),
    )


def test_plan_jobs_needs_an_existing_folder(datas, out):
    with pytest.raises(DomainError) as err:
        plan_jobs(datas, out / "nope")
    assert err.value.field == "folder"
    assert render_batch([]).written == ()
