"""``imh-desktop search``: one line per result, plain-line errors, exit 2 on bad input."""

from __future__ import annotations

import pytest

from imh_desktop.cli import main
from tests.factories import TEST_PASSWORD, give_password, signed_note


@pytest.fixture
def search(db, staff, clock, capsys, password_file):
    """``search(*args, user=...)``: run ``search`` signed in; (exit code, stdout, stderr)."""
    for staff_id in staff.values():
        give_password(db, staff_id, TEST_PASSWORD)

    def run(*args: str, user: str = "aspecialist") -> tuple[int, str, str]:
        code = main(["search", *args, "--user", user, "--database", db.url], clock=clock)
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def test_search_prints_one_line_per_result(as_user, staff, search):
    family, _note = signed_note(as_user, staff, observation="Rocío talked about the housing.")
    code, out, err = search("rocio HOUSING")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"2026-11-25  {family.case_number}  Nguyễn family  Observation of the caregiver-infant "
        "interaction: [Rocío] talked about the [housing]."
    ]


def test_no_results_is_said_plainly(as_user, staff, search):
    signed_note(as_user, staff)
    assert search("eviction") == (0, "No results for eviction.\n", "")


@pytest.mark.parametrize(
    ("args", "words"),
    [(('"housing',), "closing quotation mark"), (("h*",), "at least 2 letters"),
     (("housing", "--page", "0"), "page")],
)  # fmt: skip
def test_bad_input_is_one_plain_line_and_exit_2(search, args, words):
    code, out, err = search(*args)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and words in err and "Traceback" not in err


def test_an_administrator_is_refused(search):
    code, _out, err = search("housing", user="aadmin")
    assert code == 2 and "Administrator accounts do not open" in err
