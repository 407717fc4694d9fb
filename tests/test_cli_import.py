"""``imh-desktop import``: a file and a mapping; errors as plain lines, nothing half-imported."""

from __future__ import annotations

import json

import pytest

from imh_desktop.cli import main
from imh_desktop.data.models import Family
from tests.factories import TEST_PASSWORD, give_password

CSV = (
    "\ufeffCase;Family;Specialist;Referral date;Child;Child DOB\n"
    "A-1;Ayala;aspecialist;03/04/2026;Mia;12/05/2025\n"
    "\n"
    "A-2;Brook;aspecialist;25/04/2026;Leo;01/02/2026\n"
)


@pytest.fixture
def files(db, staff, password_file, tmp_path):
    give_password(db, staff["aspecialist"], TEST_PASSWORD)
    sheet = tmp_path / "families.csv"
    sheet.write_text(CSV, encoding="utf-8")
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"columns": {
        "Case": "case_number", "Family": "family_name", "Specialist": "specialist",
        "Referral date": "referral_date", "Child": "child_name", "Child DOB": "child_dob"}}))  # fmt: skip
    return sheet, mapping


def run(capsys, clock, db, *argv):
    code = main(["--user", "aspecialist", "--database", db.url, *argv], clock=clock)
    out = capsys.readouterr()
    return code, out.out, out.err


def families(db):
    with db.read() as s:
        return sorted(f.case_number for f in s.query(Family))


def test_dry_run_then_import(db, files, capsys, clock):
    sheet, mapping = files
    code, out, _ = run(capsys, clock, db, "import", str(sheet), "--mapping", str(mapping),
                       "--dry-run")  # fmt: skip
    assert code == 0 and out.strip() == "Would import 2 new families, updated 0, skipped 0."
    assert families(db) == []
    code, out, _ = run(capsys, clock, db, "import", str(sheet), "--mapping", str(mapping))
    assert code == 0 and out.startswith("Imported 2 new families")
    assert families(db) == ["A-1", "A-2"]


def test_errors_are_plain_lines_and_nothing_is_written(db, files, capsys, clock, tmp_path):
    sheet, mapping = files
    sheet.write_text(CSV.replace("01/02/2026", "31/02/2026").replace("aspecialist;25", "nobody;25"))
    errors = tmp_path / "errors.csv"
    code, _, err = run(capsys, clock, db, "import", str(sheet), "--mapping", str(mapping),
                       "--errors", str(errors))  # fmt: skip
    assert code == 2
    lines = err.strip().splitlines()
    assert lines[0] == "row 4, Specialist: No active specialist has the username 'nobody'."
    assert lines[1] == "row 4, Child DOB: '31/02/2026' is not a real date."
    assert "Traceback" not in err and lines[-1].endswith("2 errors; nothing was imported.")
    assert errors.read_text(encoding="utf-8-sig").count("\n") == 3
    assert families(db) == []


def test_a_bad_mapping_is_one_line(db, files, capsys, clock, tmp_path):
    sheet, mapping = files
    mapping.write_text('{"columns": {"Case": "shoe_size"}}')
    code, _, err = run(capsys, clock, db, "import", str(sheet), "--mapping", str(mapping))
    assert code == 2 and "'shoe_size' (for 'Case') is not a field" in err
    assert len(err.strip().splitlines()) == 1
