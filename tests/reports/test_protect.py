"""Password-protected PDFs: AES-256 (revision 6) that other readers open with the password."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.text import check_pdf_password as check_password
from imh_desktop.reports.caseload import render_caseload_report
from imh_desktop.reports.handout import render_handout
from imh_desktop.reports.progress import render_progress_report
from imh_desktop.services.reports import (
    CaseloadFilters,
    caseload_report_data,
    handout_data,
    progress_report_data,
)
from tests.factories import TODAY, add_history
from tests.reports.pdftext import pdf_text

PASSWORD = "correct horse ßattery"  # not ASCII: the handler takes UTF-8


def opened(pdf: bytes, password: str) -> PdfReader:
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.is_encrypted
    assert reader.decrypt(password), "the password does not open it"
    return reader


def test_progress_report_is_aes256_and_opens_only_with_the_password(db, staff, family, svc):
    add_history(db, family, staff["aspecialist"], 30, plan="Read together at bedtime.")
    data = progress_report_data(svc, family.id, dt.date(2026, 10, 1), TODAY)
    pdf = render_progress_report(data, PASSWORD)
    reader = opened(pdf, PASSWORD)
    encrypt = reader.trailer["/Encrypt"]
    assert (encrypt["/V"], encrypt["/R"]) == (5, 6)
    assert encrypt["/CF"]["/StdCF"]["/CFM"] == "/AESV3"
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Nguyễn Thị Ánh" in text and "Read together at bedtime." in text
    assert reader.metadata["/Title"].startswith("Progress report: Nguyễn family")
    # Neither the text nor the title can be read without the password.
    assert b"Nguy" not in pdf and b"Progress report" not in pdf
    assert not PdfReader(io.BytesIO(pdf)).decrypt("wrong password")


def test_handout_and_caseload_report_take_a_password_too(db, staff, family, svc):
    add_history(db, family, staff["aspecialist"], 3, plan="Sing at bath time.")
    visit_id = _completed_visit(svc, family.id)
    handout = render_handout(handout_data(svc, visit_id, "en"), PASSWORD)
    assert "For Ánh and Zoë" in _text(opened(handout, PASSWORD))
    data = caseload_report_data(svc, "team", CaseloadFilters())
    plain = pdf_text(render_caseload_report(data))
    assert "IMH-2023-0001" in plain
    assert _text(opened(render_caseload_report(data, PASSWORD), PASSWORD)) == plain


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_poppler_opens_it_with_the_password(db, staff, family, svc, tmp_path):
    """Evince and Okular read PDFs through poppler, which refused ReportLab's revision 5."""
    add_history(db, family, staff["aspecialist"], 3, plan="Sing at bath time.")
    path = tmp_path / "report.pdf"
    data = progress_report_data(svc, family.id, dt.date(2026, 10, 1), TODAY)
    path.write_bytes(render_progress_report(data, PASSWORD))
    run = subprocess.run(["pdftotext", "-upw", PASSWORD, str(path), "-"],
                         capture_output=True, text=True, check=False)  # fmt: skip
    assert run.returncode == 0 and "Sing at bath time." in run.stdout, run.stderr
    refused = subprocess.run(["pdftotext", "-upw", "nope nope", str(path), "-"],
                             capture_output=True, text=True, check=False)  # fmt: skip
    assert refused.returncode != 0


@pytest.mark.parametrize("password", ["short", "tab\tinside ok", "x" * 128])
def test_weak_or_unusable_passwords_are_refused(password):
    with pytest.raises(DomainError) as caught:
        check_password(password)
    assert caught.value.field == "password"


def _text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def _completed_visit(svc, family_id: int) -> int:
    from imh_desktop.domain.enums import VisitOutcome
    from imh_desktop.services.visits.visits import list_visits

    return next(v.id for v in list_visits(svc, family_id) if v.outcome is VisitOutcome.COMPLETED)
