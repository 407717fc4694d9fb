"""No PHI in the log or in the error dialog's "Copy details": the canary test.

Every text field of a family, its members, a goal and a note holds a canary
string. Then each error once seen leaking PHI is provoked: a save on a
read-only database (now a plain message, its cause checked), a value too long for its column and a NUL byte (on
PostgreSQL; SQLite keeps both, so they are inserted past the domain there
too), a unique key and a NOT NULL refused by the database (PostgreSQL quotes
the row), an export failure whose message quotes a cell, and an unexpected
error in a command. Each goes through the program's own error handling; the
log file, the dialog's text and the clipboard must not contain the canary.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging

import pytest
from PySide6.QtGui import QGuiApplication
from sqlalchemy import event

from imh_desktop.data.models import Family
from imh_desktop.domain.enums import GoalDomain, ReferralSource
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.inputs import CaregiverInput, ChildInput, FamilyInput, GoalInput, VisitInput
from imh_desktop.services.common import diagnostics, export
from imh_desktop.services.family import families, goals
from imh_desktop.services.visits import notes
from imh_desktop.services.visits.records import GoalRating, NoteInput
from imh_desktop.ui.common import errors
from tests.factories import ON_POSTGRES

CANARY = "CANARY-Zq9"
TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def log_file(tmp_path, monkeypatch):
    monkeypatch.setattr(diagnostics, "default_log_folder", lambda: tmp_path / "log")
    path = diagnostics.log_to_file()
    yield path
    logger = logging.getLogger("imh_desktop")
    for handler in list(logger.handlers):
        if getattr(handler, "baseFilename", None) == str(path):
            logger.removeHandler(handler)
            handler.close()


@pytest.fixture
def dialogs(qapp, monkeypatch):
    """The text of each error dialog shown, and what "Copy details" put on the clipboard."""
    shown: list[str] = []

    def exec_(dialog: errors.ErrorDialog) -> int:
        dialog._on_copy_clicked()
        shown.append(dialog.text.toPlainText())
        shown.append(QGuiApplication.clipboard().text())
        return 0

    monkeypatch.setattr(errors.ErrorDialog, "exec", exec_)
    return shown


@pytest.fixture
def family(as_user, staff):
    data = FamilyInput(
        display_name=f"{CANARY} family", specialist_id=staff["aspecialist"],
        referral_source=ReferralSource.HOSPITAL, referral_date=dt.date(2026, 1, 5),
        enrolled_on=dt.date(2026, 1, 12), address=f"12 {CANARY} Road\nRiverbend",
        phone=f"555 {CANARY}", language=CANARY,
        caregivers=(CaregiverInput(f"{CANARY} mother", CANARY, phone=f"555 {CANARY}",
                                   language=CANARY),),
        children=(ChildInput(f"{CANARY} baby", dt.date(2026, 3, 1)),),
    )  # fmt: skip
    return families.create_family(as_user(staff["ssupervisor"]), data)


def canary_note(goal_id: int) -> NoteInput:
    text = f"{CANARY} observed, with <b>markup</b> & more"
    visit = VisitInput(
        visit_date=TODAY, observation=text, caregiver_response=text, child_presentation=text,
        plan=text, reflection=text, services=("emotional_support",),
    )  # fmt: skip
    participants = {"caregivers": [], "children": [], "others": [CANARY]}
    return NoteInput(visit, participants, (GoalRating(goal_id, 3, CANARY),))


def shown_through_the_app(exc: BaseException) -> None:
    """What the app does with an exception escaping a slot (``install_error_handler``)."""
    errors._excepthook(type(exc), exc, exc.__traceback__)


def assert_no_canary(log_file, dialogs, at_least: int) -> None:
    for handler in logging.getLogger("imh_desktop").handlers:
        handler.flush()
    logged = log_file.read_text(encoding="utf-8")
    assert len(dialogs) >= 2 * at_least and logged.count("Unexpected error") >= at_least
    assert CANARY not in logged
    for text in dialogs:
        assert CANARY not in text
        assert "Traceback" in text


def test_a_save_on_a_read_only_database(db, as_user, staff, family, log_file, dialogs, monkeypatch):
    """Told in plain words (a StorageError, no dialog of details); its cause keeps no data."""
    from PySide6.QtWidgets import QMessageBox

    from imh_desktop.data.faults import READ_ONLY_MESSAGE
    from imh_desktop.domain.errors import ReadOnlyDatabaseError

    ana = as_user(staff["aspecialist"])
    goal = goals.create_goal(ana, family.id, GoalInput(GoalDomain.ATTACHMENT, CANARY, TODAY))

    @event.listens_for(db.engine, "connect")
    def read_only(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        if ON_POSTGRES:
            cursor.execute("SET default_transaction_read_only = on")
            dbapi_connection.commit()  # a SET rolled back would be undone
        else:
            cursor.execute("PRAGMA query_only = ON")
        cursor.close()

    db.engine.dispose()  # new connections, read-only from now on
    with pytest.raises(ReadOnlyDatabaseError) as caught:
        notes.save_note(ana, family.id, canary_note(goal.id))
    assert caught.value.message == READ_ONLY_MESSAGE
    assert CANARY not in str(caught.value.__cause__)  # hide_parameters: the note is not in it
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warned.append(text))
    shown_through_the_app(caught.value)
    assert warned == [READ_ONLY_MESSAGE] and dialogs == []
    details = diagnostics.redacted_details(caught.value)
    assert CANARY not in details
    assert ("SQLSTATE 25006" if ON_POSTGRES else "SQLITE_READONLY") in details
    # The refused statement, placeholders only: the INSERT on PostgreSQL, SQLite's write lock.
    assert ("SQL: INSERT INTO visits" if ON_POSTGRES else "SQL: BEGIN IMMEDIATE") in details
    assert CANARY not in log_file.read_text(encoding="utf-8")


def test_too_long_and_nul_are_refused_in_the_domain_before_the_database(as_user, staff, family):
    ana = as_user(staff["aspecialist"])
    carer = family.caregivers[0]
    with pytest.raises(DomainError) as caught:
        families.save_caregiver(ana, family.id, CaregiverInput(carer.full_name, phone="5" * 41),
                                carer.id, carer.version)  # fmt: skip
    assert caught.value.field == "phone"
    goal = goals.create_goal(ana, family.id, GoalInput(GoalDomain.ATTACHMENT, "Play", TODAY))
    note = canary_note(goal.id)
    nul = dataclasses.replace(note, visit=dataclasses.replace(note.visit, plan="a\x00b"))
    with pytest.raises(DomainError) as caught:
        notes.save_note(ana, family.id, nul)
    assert caught.value.field == "plan"


def test_database_errors_that_quote_values(db, family, log_file, dialogs):
    """Past the domain: PostgreSQL refuses the long phone and the NUL (and quotes the row for a
    NOT NULL or a duplicate key); SQLite keeps the first two and refuses the last two."""
    rows = {
        "too long": dict(phone=CANARY * 5),
        "nul": dict(address=f"{CANARY}\x00"),
        "duplicate": dict(case_number=family.case_number),
        "not null": dict(display_name=None),
    }
    failures = 0
    for index, changes in enumerate(rows.values()):
        values = dict(
            case_number=f"{CANARY}-{index}", display_name=f"{CANARY} family",
            address=CANARY, phone="555", language="English",
            referral_source=ReferralSource.HOSPITAL, referral_date=TODAY,
            status="active", specialist_id=family.specialist_id, frequency="weekly",
        )  # fmt: skip
        values.update(changes)
        try:
            with db.session() as session:
                session.add(Family(**values))
        except Exception as exc:
            assert CANARY not in errors.redacted_details(exc)
            shown_through_the_app(exc)
            failures += 1
    assert failures == (4 if ON_POSTGRES else 2)
    assert_no_canary(log_file, dialogs, failures)


def test_an_export_failure_that_quotes_a_cell(family, log_file, dialogs, tmp_path, monkeypatch):
    import pandas as pd

    frame = pd.DataFrame({"family": [f"{CANARY}\x07 family"], "child": [f"{CANARY} baby"]})
    columns = [export.ColumnSpec("family", "Family"), export.ColumnSpec("child", "Child")]
    # Control characters no longer break the export (they once did, quoting the child's name):
    export.write_table(frame, columns, tmp_path / "ok.xlsx", "xlsx")

    def fails(rows, *_args):  # as openpyxl's IllegalCharacterError did
        raise ValueError(f"{rows[0][1]} cannot be used in worksheets.")

    monkeypatch.setattr(export, "_xlsx", fails)
    with pytest.raises(ValueError) as caught:
        export.write_table(frame, columns, tmp_path / "bad.xlsx", "xlsx")
    shown_through_the_app(caught.value)
    assert_no_canary(log_file, dialogs, 1)
    assert "ValueError" in dialogs[0]
    assert not list(tmp_path.glob(".bad*"))


def test_a_logged_exception_and_an_unexpected_command_error(log_file, monkeypatch, capsys):
    from imh_desktop import cli, cli_staff

    try:
        {}[f"{CANARY} mother"]
    except KeyError as exc:  # as the draft autosave logs a failure
        logging.getLogger("imh_desktop.ui.visits.autosave").error("Draft autosave failed for "
                                                                  "family 7", exc_info=exc)  # fmt: skip

    def boom(_args):
        raise RuntimeError(f"{CANARY} could not be listed")

    monkeypatch.setattr(cli_staff, "run_list", boom)
    assert cli.main(["staff", "list"]) == 1
    err = capsys.readouterr().err
    assert "something unexpected went wrong (RuntimeError)" in err and CANARY not in err
    logged = log_file.read_text(encoding="utf-8")
    assert "KeyError" in logged and "RuntimeError" in logged and CANARY not in logged
