"""Command line: agency settings, PDFs with a password, and the line about leaving the store."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from imh_desktop.cli import main
from tests.factories import TEST_PASSWORD, add_admin, give_password


@pytest.fixture
def admin(db, staff):
    admin_id = add_admin(db, "kolstad", "Kari Ølstad")
    give_password(db, admin_id, TEST_PASSWORD)
    return admin_id


def settings(url: str, user: str, *args: str) -> int:
    return main(["--user", user, "settings", "--database", url, *args])


def pdf_password_file(tmp_path, monkeypatch, text: str):
    path = tmp_path / "pdf-password"
    path.write_text(text + "\n", encoding="utf-8")
    path.chmod(0o600)
    monkeypatch.setenv("IMH_PDF_PASSWORD_FILE", str(path))
    return path


def test_settings_show_and_set(report_setup, admin, capsys):
    url = report_setup[0]
    assert settings(url, "ssupervisor", "show") == 0
    assert "pdf_password_required    no" in capsys.readouterr().out
    assert settings(url, "ssupervisor", "set", "pdf_password_required", "yes") == 2
    assert "Only an administrator" in capsys.readouterr().err
    assert settings(url, "kolstad", "set", "pdf_password_required", "maybe") == 2
    assert "takes yes or no" in capsys.readouterr().err
    assert settings(url, "kolstad", "set", "pdf_password_required", "yes") == 0
    assert "pdf_password_required = True" in capsys.readouterr().out


def test_a_supervisor_sets_the_working_hours(report_setup, capsys):
    url = report_setup[0]
    assert settings(url, "ssupervisor", "set", "working_days", "Mon Tue Wed Thu Fri Sat") == 0
    assert "working_days = Mon Tue Wed Thu Fri Sat" in capsys.readouterr().out
    assert settings(url, "ssupervisor", "set", "working_end", "25:00") == 2
    assert "HH:MM" in capsys.readouterr().err
    assert settings(url, "ssupervisor", "show") == 0
    assert "working_start            08:00" in capsys.readouterr().out


def test_report_with_a_password_and_when_the_agency_requires_one(
    report_setup, admin, run_report, tmp_path, capsys, monkeypatch
):
    url, family, _visit = report_setup
    out = tmp_path / "p.pdf"
    secret = pdf_password_file(tmp_path, monkeypatch, "from a file 1")
    assert run_report(url, "progress", "--family", family.case_number, "--out", str(out),
                      "--password") == 0  # fmt: skip
    captured = capsys.readouterr()
    assert "(password-protected, AES-256)" in captured.out
    assert "outside IMH Desktop's protected store" in captured.err
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert reader.is_encrypted and reader.decrypt("from a file 1")
    secret.chmod(0o644)
    assert run_report(url, "progress", "--family", family.case_number, "--out", str(out),
                      "--password") == 2  # fmt: skip
    assert "which other users can read" in capsys.readouterr().err
    monkeypatch.delenv("IMH_PDF_PASSWORD_FILE")
    assert settings(url, "kolstad", "set", "pdf_password_required", "yes") == 0
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal to type it in
    plain = tmp_path / "plain.pdf"
    assert run_report(url, "progress", "--family", family.case_number, "--out", str(plain)) == 2
    assert "The agency requires a password on PDFs" in capsys.readouterr().err
    assert not plain.exists()


@pytest.mark.parametrize("password", ["short", "tab\there long"])
def test_a_weak_password_writes_nothing(
    report_setup, run_report, tmp_path, capsys, monkeypatch, password
):
    url, family, _visit = report_setup
    pdf_password_file(tmp_path, monkeypatch, password)
    out = tmp_path / "p.pdf"
    assert run_report(url, "progress", "--family", family.case_number, "--out", str(out),
                      "--password") == 2  # fmt: skip
    assert "password" in capsys.readouterr().err and not out.exists()


@pytest.fixture
def signed_in(db, staff, admin, password_file):
    """Sam and Kari (an administrator) can sign in to the test database; its URL."""
    give_password(db, staff["ssupervisor"], TEST_PASSWORD)
    return db.url


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["colour", "blue"], "No setting 'colour'; see 'imh-desktop settings show'."),
        (["no_contact_days", "a month"], "no_contact_days takes a whole number."),
    ],
)
def test_a_bad_key_or_value_is_one_line_and_changes_nothing(signed_in, capsys, args, message):
    assert settings(signed_in, "kolstad", "set", *args) == 2
    captured = capsys.readouterr()
    assert captured.err == f"imh-desktop: {message}\n" and captured.out == ""
    assert settings(signed_in, "kolstad", "show") == 0
    assert "no_contact_days          30 " in capsys.readouterr().out


def test_a_whole_number_setting_is_saved(signed_in, capsys):
    assert settings(signed_in, "kolstad", "set", "no_contact_days", " 45 ") == 0
    assert capsys.readouterr().out == "no_contact_days = 45\n"
    assert settings(signed_in, "ssupervisor", "show") == 0
    assert "no_contact_days          45 " in capsys.readouterr().out


def test_the_database_named_before_the_command_is_used(signed_in, tmp_path, capsys, monkeypatch):
    """``imh-desktop --database URL settings show`` reads URL, not the default database."""
    default = tmp_path / "default.sqlite"
    monkeypatch.setattr(
        "imh_desktop.data.db.default_database_path",
        lambda demo=False: tmp_path / "default-demo.sqlite" if demo else default,
    )
    assert main(["--database", signed_in, "--user", "kolstad", "settings", "show"]) == 0
    assert "pdf_password_required" in capsys.readouterr().out and not default.exists()
