"""``imh-desktop demo``: a synthetic agency in an empty database, the same for the same seed."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from imh_desktop.cli import main
from imh_desktop.data import cipher
from imh_desktop.data.db import Database
from imh_desktop.data.models import Family, StaffUser
from imh_desktop.demo.encrypted import open_demo


@pytest.fixture
def target(tmp_path, monkeypatch):
    """A new database file; the default demo file is moved into tmp_path too, to see it unused."""
    monkeypatch.setattr(
        "imh_desktop.data.db.default_database_path",
        lambda demo=False: tmp_path / ("default-demo.sqlite" if demo else "default.sqlite"),
    )
    return tmp_path


def families_of(url: str) -> list[tuple[str, str, str]]:
    db = Database(url)
    try:
        if db.locked:  # a new demo file is encrypted: its demo slot opens it
            assert open_demo(db)
        with db.read() as s:
            rows = s.execute(
                select(Family.case_number, Family.display_name, Family.status).order_by(Family.id)
            ).all()
            usernames = list(s.scalars(select(StaffUser.username)))
    finally:
        db.dispose()
    assert usernames  # staff were made with the families
    return [(c, n, st.value) for c, n, st in rows]


def test_demo_fills_the_named_database_and_says_what_it_made(target, capsys, clock):
    url = f"sqlite:///{target / 'demo.sqlite'}"
    assert main(["demo", "--database", url, "--families", "4", "--seed", "7"], clock=clock) == 0
    out = capsys.readouterr()
    lines = out.out.splitlines()
    assert re.fullmatch(
        rf"Made 4 families in \d+\.\d s at {re.escape(url)} \(encrypted\)", lines[0]
    )
    assert lines[1].startswith("Staff usernames: ") and len(lines) == 3
    assert lines[2] == "Every demo account's password: demo passphrase"
    assert not cipher.is_plain_sqlite(target / "demo.sqlite")  # a new file is made encrypted
    assert out.err.strip()  # progress went to stderr, not into the output
    assert len(families_of(url)) == 4
    assert not (target / "default-demo.sqlite").exists()


def test_the_same_seed_gives_the_same_families_another_seed_others(target, capsys, clock):
    urls = [f"sqlite:///{target / name}" for name in ("a.sqlite", "b.sqlite", "c.sqlite")]
    for url, seed in zip(urls, ("7", "7", "8"), strict=True):
        assert (
            main(["demo", "--database", url, "--families", "5", "--seed", seed], clock=clock) == 0
        )
    a, b, c = (families_of(url) for url in urls)
    assert a == b and [n for _, n, _ in a] != [n for _, n, _ in c]


def test_a_database_with_families_is_refused_in_one_line(target, capsys, clock):
    url = f"sqlite:///{target / 'demo.sqlite'}"
    assert main(["demo", "--database", url, "--families", "2"], clock=clock) == 0
    capsys.readouterr()
    assert main(["demo", "--database", url, "--families", "2"], clock=clock) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "imh-desktop: This database already has 2 families. Demo data can only be added "
        "to an empty database: choose a new file."
    ]
    assert len(families_of(url)) == 2


def test_no_families_is_refused(target, capsys, clock):
    url = f"sqlite:///{target / 'demo.sqlite'}"
    assert main(["demo", "--database", url, "--families", "0"], clock=clock) == 2
    assert capsys.readouterr().err.strip() == (
        "imh-desktop: Choose at least one family for the demo data."
    )


def test_without_a_database_it_fills_the_demo_file(target, capsys, clock):
    assert main(["demo", "--families", "1"], clock=clock) == 0
    assert (target / "default-demo.sqlite").is_file() and not (target / "default.sqlite").exists()


def test_the_database_option_before_the_command_is_used(target, capsys, clock):
    url = f"sqlite:///{target / 'named.sqlite'}"
    assert main(["--database", url, "demo", "--families", "1"], clock=clock) == 0
    assert len(families_of(url)) == 1 and not (target / "default-demo.sqlite").exists()
