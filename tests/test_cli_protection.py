"""Command line: agency settings, PDFs with a password, and the line about leaving the store."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from imh_desktop.cli import main
from tests import test_cli_report

setup, run_report = test_cli_report.setup, test_cli_report.run_report  # the same fixtures


def test_settings_show_and_set(db, staff, capsys):
    assert main(["settings", "--database", db.url, "show"]) == 0
    assert "pdf_password_required    no" in capsys.readouterr().out
    assert main(["--user", "ssupervisor", "settings", "--database", db.url, "set",
                 "pdf_password_required", "yes"]) == 0  # fmt: skip
    assert "pdf_password_required = True" in capsys.readouterr().out
    assert main(["settings", "--database", db.url, "set", "pdf_password_required", "maybe"]) == 2
    assert "takes yes or no" in capsys.readouterr().err
    assert main(["--user", "aspecialist", "settings", "--database", db.url, "set",
                 "no_contact_days", "20"]) == 2  # fmt: skip
    assert "Only a supervisor or admin" in capsys.readouterr().err


def test_report_with_a_password_and_when_the_agency_requires_one(
    setup, run_report, tmp_path, capsys, monkeypatch
):
    url, family, _visit = setup
    out = tmp_path / "p.pdf"
    monkeypatch.setenv("IMH_PDF_PASSWORD", "from the env 1")
    assert run_report(url, "progress", "--family", family.case_number, "--out", str(out),
                      "--password") == 0  # fmt: skip
    captured = capsys.readouterr()
    assert "(password-protected, AES-256)" in captured.out
    assert "outside IMH Desktop's protected store" in captured.err
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert reader.is_encrypted and reader.decrypt("from the env 1")
    monkeypatch.delenv("IMH_PDF_PASSWORD")
    main(["--user", "ssupervisor", "settings", "--database", url, "set",
          "pdf_password_required", "yes"])  # fmt: skip
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal to type it in
    plain = tmp_path / "plain.pdf"
    assert run_report(url, "progress", "--family", family.case_number, "--out", str(plain)) == 2
    assert "The agency requires a password on PDFs" in capsys.readouterr().err
    assert not plain.exists()


@pytest.mark.parametrize("password", ["short", "tab\there long"])
def test_a_weak_password_writes_nothing(setup, run_report, tmp_path, capsys, monkeypatch, password):
    url, family, _visit = setup
    monkeypatch.setenv("IMH_PDF_PASSWORD", password)
    out = tmp_path / "p.pdf"
    assert run_report(url, "progress", "--family", family.case_number, "--out", str(out),
                      "--password") == 2  # fmt: skip
    assert "password" in capsys.readouterr().err and not out.exists()
