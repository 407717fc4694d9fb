"""Command-line faults: each ends in one plain line on stderr and a non-zero exit, no traceback."""

from __future__ import annotations

import errno
import io

import pytest

from imh_desktop.cli import EXIT_REFUSED, EXIT_STORAGE, EXIT_UNEXPECTED, main
from imh_desktop.data.db import Database, sqlite_url
from imh_desktop.data.migrate import UpgradePlan, upgrade_database
from imh_desktop.demo.generate import DEMO_PASSWORD, generate_demo
from tests.factories import ON_POSTGRES
from tests.faults import closed_port, fill


@pytest.fixture
def run(capsys, clock):
    """Run the command line on the test clock: (exit code, stdout, stderr lines)."""

    def run(*argv: str) -> tuple[int, str, list[str]]:
        code = main(list(argv), clock=clock)
        captured = capsys.readouterr()
        return code, captured.out, captured.err.strip().splitlines()

    return run


@pytest.fixture
def agency(tmp_path, run, password_file) -> str:
    """A small demo agency in an SQLite file; its URL. Commands sign in with the demo's
    password (IMH_PASSWORD_FILE), as its supervisor sboiko unless they say otherwise."""
    url = sqlite_url(tmp_path / "agency.sqlite")
    code, _, _ = run("demo", "--families", "12", "--database", url)
    assert code == 0
    password_file(DEMO_PASSWORD)
    return url


@pytest.fixture
def new_database(run, password_file):
    """``new_database(path) -> url``: a database made by ``setup``, its administrator kolstad
    (the test passphrase, from IMH_PASSWORD_FILE)."""

    def make(path) -> str:
        url = sqlite_url(path)
        code, _, err = run(
            "setup", "--username", "kolstad", "--full-name", "Kari Ølstad", "--database", url
        )
        assert code == 0, err
        return url

    return make


def one_line(err: list[str], text: str) -> None:
    assert len(err) == 1 and err[0] == f"imh-desktop: {text}", err


@pytest.mark.parametrize(
    ("url", "says"),
    [
        (
            "postgresql+psycopg://imh@127.0.0.1:{port}/imh",
            "Cannot reach the database server 127.0.0.1:{port}: it is not running or not "
            "accepting connections.",
        ),
        (
            "postgresql+psycopg://imh@nohost.invalid/imh",
            "The database server 'nohost.invalid' was not found. Check the server name in the "
            "database address.",
        ),
        (
            "mongodb://localhost/imh",
            "'mongodb' is not a kind of database IMH Desktop can use. Write the address like "
            "sqlite:////path/to/imh.sqlite or postgresql+psycopg://user@server/imh.",
        ),
        (
            "agency database on the server",
            "'agency database on the server' is not a database address. Write it like "
            "sqlite:////path/to/imh.sqlite or postgresql+psycopg://user@server/imh.",
        ),
    ],
)
def test_databases_that_cannot_be_reached(run, url, says):
    port = closed_port()
    for argv in (
        ("--database", url.format(port=port), "staff", "list"),
        ("export", "caseload", "--out", "/tmp/never.csv", "--database", url.format(port=port)),
    ):
        code, out, err = run(*argv)
        assert code == EXIT_STORAGE and out == ""
        one_line(err, says.format(port=port))


def test_a_file_that_is_not_a_database(run, tmp_path):
    path = tmp_path / "minutes.sqlite"
    path.write_text("Team meeting minutes\n")
    code, _, err = run("staff", "list", "--database", sqlite_url(path))
    assert code == EXIT_STORAGE
    one_line(
        err,
        f"{path} is not a database file (IMH Desktop keeps its data in an SQLite file). If it "
        f"is an encrypted one, its key file {path.name}.keys is missing beside it: put it back "
        "from where the database was backed up.",
    )


def test_a_folder_as_the_database_path(run, tmp_path):
    code, _, err = run("--database", sqlite_url(tmp_path), "staff", "list")
    assert code == EXIT_STORAGE
    one_line(
        err,
        f"{tmp_path} is a folder, not a database file. Give the database file's path, "
        f"e.g. {tmp_path / 'imh.sqlite'}.",
    )


def test_a_typo_in_the_path_makes_nothing(run, tmp_path, monkeypatch, password_file):
    typo = tmp_path / "path" / "to" / "agency.sqlite"
    monkeypatch.setenv("IMH_DATABASE_URL", sqlite_url(typo))
    for argv in ((), ("staff", "list"), ("staff", "add", "kolstad", "Kari Ølstad")):
        code, _, err = run(*argv)
        assert code == EXIT_STORAGE
        one_line(
            err,
            f"There is no database at {typo}. Check the path for a typo. To make a new "
            "database there, run the command again with --create.",
        )
    assert not (tmp_path / "path").exists()
    code, _, err = run("setup", "--username", "kolstad", "--full-name", "Kari Ølstad")
    assert code == 0 and typo.exists(), err  # the first-run set-up makes it


def test_export_onto_a_folder(run, agency, tmp_path):
    code, _, err = run("export", "caseload", "--out", str(tmp_path), "--database", agency)
    assert code == EXIT_REFUSED
    one_line(err, f"{tmp_path} is a folder; give a file name ending in .csv or .xlsx.")


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_onto_a_full_disk_written_by_monkeypatch(run, agency, tmp_path, monkeypatch, fmt):
    """Writing the export's file fails as on a full disk (open for writing raises ENOSPC)."""
    import builtins

    real_builtin_open = builtins.open

    def full_builtin_open(file, mode="r", *args, **kwargs):
        if str(file).endswith(f".{fmt}") and any(c in mode for c in "wa"):
            raise OSError(errno.ENOSPC, "No space left on device", str(file))
        return real_builtin_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", full_builtin_open)
    monkeypatch.setattr(io, "open", full_builtin_open)
    out = tmp_path / f"caseload.{fmt}"
    code, _, err = run("--user", "sboiko", "export", "caseload", "--out", str(out),
                       "--database", agency)  # fmt: skip
    assert code == EXIT_STORAGE
    one_line(err, f"The disk is full, so {out} was not written. Free some space and try again.")
    assert sorted(p.name for p in tmp_path.iterdir() if fmt in p.name) == []


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_onto_a_full_tmpfs(run, agency, tiny_disk, fmt):
    disk = tiny_disk(64)
    fill(disk)
    out = disk / f"caseload.{fmt}"
    code, _, err = run("--user", "sboiko", "export", "caseload", "--out", str(out),
                       "--database", agency)  # fmt: skip
    assert code == EXIT_STORAGE
    one_line(err, f"The disk is full, so {out} was not written. Free some space and try again.")
    assert sorted(p.name for p in disk.iterdir()) == ["filler"]


def staff_adds_until_full(run, url) -> tuple[int, str, list[str]]:
    """The administrator adds accounts until one fails; that one's outcome."""
    for n in range(80):
        result = run("--user", "kolstad", "staff", "add", f"user{n}", "Ánh " + "Ø" * 150,
                     "--database", url)  # fmt: skip
        if result[0] != 0:
            return result
    raise AssertionError("the disk never filled")


def test_staff_add_on_a_full_disk(run, tiny_disk, new_database):
    disk = tiny_disk(1024)
    url = new_database(disk / "agency.sqlite")
    fill(disk)
    code, _, err = staff_adds_until_full(run, url)
    assert code == EXIT_STORAGE
    one_line(
        err,
        f"The disk holding the database {disk / 'agency.sqlite'} is full, so nothing was "
        "saved. Free some space and try again.",
    )


def test_staff_add_when_the_database_cannot_grow(run, tmp_path, page_cap, new_database):
    url = new_database(tmp_path / "agency.sqlite")
    page_cap.cap()
    code, _, err = staff_adds_until_full(run, url)
    assert code == EXIT_STORAGE
    one_line(
        err,
        f"The disk holding the database {tmp_path / 'agency.sqlite'} is full, so nothing was "
        "saved. Free some space and try again.",
    )


def test_reports_and_exports_from_a_read_only_folder(run, agency, tmp_path, read_only_folder):
    folder = tmp_path / "agency.sqlite"
    shared = tmp_path / "shared"
    shared.mkdir()
    folder.rename(shared / "agency.sqlite")
    (tmp_path / "agency.sqlite.keys").rename(shared / "agency.sqlite.keys")  # encrypted: with it
    view = read_only_folder(shared)
    url = sqlite_url(view / "agency.sqlite")
    out = tmp_path / "out"
    out.mkdir()
    code, stdout, err = run("--user", "sboiko", "export", "caseload", "--out", str(out / "c.csv"),
                            "--database", url)  # fmt: skip
    assert code == 0 and stdout.startswith("Wrote ") and (out / "c.csv").exists()
    assert not any(line.startswith("imh-desktop:") for line in err)  # a notice, no failure
    code, stdout, _ = run("--user", "sboiko", "report", "caseload", "--out", str(out / "c.pdf"),
                          "--database", url)  # fmt: skip
    assert code == 0 and (out / "c.pdf").exists()
    code, _, err = run("--user", "sboiko", "staff", "add", "newperson", "New Person",
                       "--database", url)  # fmt: skip
    assert code == EXIT_STORAGE
    one_line(err, "This database is read-only: you can read and print, not save.")
    # Nothing made beside the file (no -wal, no -shm): the database and its key slots only.
    assert sorted(p.name for p in shared.iterdir()) == ["agency.sqlite", "agency.sqlite.keys"]


def test_the_global_database_reaches_every_command_before_or_after_it(run, agency, tmp_path):
    expected = run("staff", "list", "--database", agency, "--user", "sboiko")
    assert expected[0] == 0 and "Sofiia Boiko" in expected[1]
    assert run("--database", agency, "--user", "sboiko", "staff", "list")[:2] == expected[:2]
    assert run("staff", "--database", agency, "list", "--user", "sboiko")[:2] == expected[:2]
    assert run("--user", "sboiko", "staff", "--database", agency, "list")[:2] == expected[:2]
    other = sqlite_url(tmp_path / "second.sqlite")
    code, out, _ = run("--database", other, "demo", "--families", "3")
    assert code == 0 and str(tmp_path / "second.sqlite") in out
    code, out, _ = run(
        "demo", "--families", "3", "--database", sqlite_url(tmp_path / "third.sqlite")
    )
    assert code == 0 and (tmp_path / "third.sqlite").exists()


@pytest.fixture
def plain_agency(tmp_path, clock, password_file) -> str:
    """A small demo agency in an unencrypted SQLite file (opened without a sign-in)."""
    url = sqlite_url(tmp_path / "plain.sqlite")
    db = Database(url)
    upgrade_database(db)
    generate_demo(db, 6, 2026, clock.today())  # the seed the demo command uses: sboiko
    db.dispose()
    password_file(DEMO_PASSWORD)
    return url


def test_a_postgresql_upgrade_is_explained_and_needs_yes(run, plain_agency, monkeypatch):
    """A shared database is never upgraded unasked (here the plan is a server's)."""
    from imh_desktop.data import migrate

    agency = plain_agency

    plan = UpgradePlan("0003", migrate.head_revision(), "db.agency.example:5432", is_sqlite=False)
    monkeypatch.setattr(migrate, "upgrade_plan", lambda db, revision="head": plan)
    upgraded = []
    monkeypatch.setattr(migrate, "upgrade_database", lambda db, revision="head": upgraded.append(1))
    code, _, err = run("staff", "list", "--database", agency)
    assert code == EXIT_REFUSED and not upgraded
    assert err == [
        plan.describe(),
        "imh-desktop: Not upgraded. Back it up first (imh-desktop backup --to FOLDER), then run "
        "the command again with --yes to upgrade.",
    ]
    assert "schema 0003" in plan.describe() and "cannot be undone" in plan.describe()
    code, _, err = run("staff", "list", "--database", agency, "--yes", "--user", "sboiko")
    assert code == 0 and upgraded == [1] and err == ["Upgraded the database."]


def test_an_unexpected_error_is_one_line_and_logged(run, agency, monkeypatch, tmp_path):
    from imh_desktop.services.admin import staff

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))

    def broken(ctx, active_only=True):
        raise RuntimeError("a bug")

    monkeypatch.setattr(staff, "list_staff", broken)
    code, _, err = run("--user", "sboiko", "staff", "list", "--database", agency)
    assert code == EXIT_UNEXPECTED and len(err) == 1
    log = tmp_path / "state" / "IMH Desktop" / "log" / "imh-desktop.log"
    assert err[0] == (
        "imh-desktop: something unexpected went wrong (RuntimeError); nothing was half-saved. "
        f"Details for support are in {log}."
    )
    assert "RuntimeError" in log.read_text()  # its type and stack; never a message


def test_an_old_sqlite_file_is_backed_up_then_upgraded(run, tmp_path, password_file):
    path = tmp_path / "old.sqlite"
    db = Database(sqlite_url(path))
    upgrade_database(db, "0001")
    db.dispose()
    code, _, err = run("setup", "--username", "kolstad", "--full-name", "Kari Ølstad",
                       "--database", sqlite_url(path))  # fmt: skip
    assert code == 0 and len(err) == 1
    assert err[0].startswith("Upgraded the database; the previous version is kept at ")


@pytest.mark.skipif(not ON_POSTGRES, reason="needs IMH_TEST_DATABASE=postgresql…")
def test_an_old_postgresql_database_is_upgraded_only_with_yes(run, db):
    from imh_desktop.data.migrate import current_revision, head_revision

    with db.connect() as conn:  # the test database, taken back to schema 0003
        conn.exec_driver_sql("DROP SCHEMA public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
        conn.commit()
    upgrade_database(db, "0003")
    code, _, err = run("staff", "list", "--database", db.url)
    assert code == EXIT_REFUSED and current_revision(db) == "0003"
    assert "(schema 0003); this version needs schema" in err[0]
    assert err[-1].startswith("imh-desktop: Not upgraded. Back it up first")
    code, _, err = run("--yes", "staff", "list", "--database", db.url)
    assert code == 2 and err[0] == "Upgraded the database."  # then: who signs in?
    assert current_revision(db) == head_revision()


def test_the_app_s_first_start_makes_its_default_file(run, tmp_path, monkeypatch):
    """No --database and no IMH_DATABASE_URL: the app's own file is made (then set-up asks)."""
    from imh_desktop import app

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    opened = []
    monkeypatch.setattr(app, "run_gui", lambda db, *a, **k: opened.append(db.sqlite_path) or 0)
    code, _, err = run()
    default = tmp_path / "data" / "IMH Desktop" / "imh.sqlite"
    assert code == 0 and opened == [default] and default.exists(), err
