"""Shared fixtures: a fresh, migrated database per test on the chosen backend.

The backend comes from ``IMH_TEST_DATABASE``: unset or ``sqlite`` uses a file
in the test's tmp folder; ``sqlcipher`` the same file encrypted (SQLCipher,
opened with a test key, with an empty key file beside it so key slots are
kept as in the app); a ``postgresql+psycopg://`` URL to a server's
maintenance database makes each test its own database on that server, cloned
from a migrated template. Tests never touch a real user's data.
tests/security/test_encryption.py runs encrypted on every backend.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import getpass
import itertools
import os
import shutil
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("IMH_DATABASE_URL", None)

from imh_desktop.data.db import Database, sqlite_url
from imh_desktop.data.migrate import upgrade_database
from imh_desktop.domain.clock import FixedClock
from imh_desktop.services.common.context import ServiceContext
from tests.factories import TEST_NOW, TEST_PASSWORD, Agency, build_agency

# Faults made on purpose (read-only folders, full disks): fixtures for any test.
pytest_plugins = ("tests.faults",)

BACKEND_URL = os.environ.get("IMH_TEST_DATABASE", "sqlite")
ON_POSTGRES = BACKEND_URL.startswith("postgresql")
ENCRYPTED = BACKEND_URL == "sqlcipher"
TEST_KEY = bytes(range(32))  # the suite's database key when ENCRYPTED
_counter = itertools.count()


SHIFT_ENV = "IMH_TEST_WALL_CLOCK"


def pytest_configure(config: pytest.Config) -> None:
    """With ``IMH_TEST_WALL_CLOCK=2028-02-29T09:00`` the machine's clock reads that moment.

    CI runs the whole suite so on a leap day, on 31 December and on the first
    of a month: a test or a code path that reads the real date instead of the
    fixed test clock shows up there (time-machine moves ``time.time``,
    ``datetime.now`` and ``date.today``; monotonic timers keep running).
    """
    moment = os.environ.get(SHIFT_ENV)
    if moment:
        import time_machine

        traveller = time_machine.travel(dt.datetime.fromisoformat(moment), tick=True)
        traveller.start()
        config.add_cleanup(traveller.stop)


def pytest_report_header(config: pytest.Config) -> str:
    shifted = os.environ.get(SHIFT_ENV)
    backend = "postgresql" if ON_POSTGRES else "sqlite (SQLCipher)" if ENCRYPTED else "sqlite"
    return f"imh-desktop test backend: {backend}" + (
        f"; wall clock at {shifted}" if shifted else ""
    )


@pytest.fixture(scope="session")
def _template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A migrated empty database, made once per run and cloned per test."""
    if not ON_POSTGRES:
        path = tmp_path_factory.mktemp("template") / "template.sqlite"
        db = Database(sqlite_url(path), key=TEST_KEY if ENCRYPTED else None)
        upgrade_database(db)
        db.dispose()
        yield str(path)
        return
    from sqlalchemy import create_engine, text

    name = f"imh_template_{uuid.uuid4().hex[:8]}"
    admin = create_engine(BACKEND_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = BACKEND_URL.rsplit("/", 1)[0] + "/" + name
    db = Database(url)
    upgrade_database(db)
    db.dispose()
    yield name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def db(_template: str, tmp_path: Path) -> Iterator[Database]:
    """A fresh, empty, migrated database for one test."""
    if not ON_POSTGRES:
        path = tmp_path / "imh.sqlite"
        shutil.copyfile(_template, path)
        if ENCRYPTED:
            from imh_desktop.data.keyfile import KeyFile, keyfile_path

            KeyFile(keyfile_path(path)).save()
        database = Database(sqlite_url(path), key=TEST_KEY if ENCRYPTED else None)
        yield database
        database.dispose()
        return
    from sqlalchemy import create_engine, text

    name = f"imh_test_{os.getpid()}_{next(_counter)}"
    admin = create_engine(BACKEND_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{_template}"'))
    database = Database(BACKEND_URL.rsplit("/", 1)[0] + "/" + name)
    yield database
    database.dispose()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(autouse=True)
def _windows_deleted_with_their_test() -> Iterator[None]:
    """Widgets a test leaves to ``deleteLater`` are deleted when it ends.

    ``processEvents`` never runs deferred deletes, so without this they pile
    up and are all deleted inside some later test's event loop, long after
    the database and services they were made with are gone.
    """
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
    elif gc.get_count()[0] > gc.get_threshold()[0]:
        gc.collect()


@pytest.fixture(autouse=True, scope="session")
def _cycles_collected_on_the_main_thread() -> Iterator[None]:
    """As in the app (ui.common.collector): no cycle is collected on a worker thread.

    Python's automatic collector is off for the session; the fixture above
    collects at the end of every test, on the main thread. A cycle holding a
    widget collected on a thread of the pool would delete it there and can
    crash the run.
    """
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _cheap_password_hashing() -> Iterator[None]:
    """Argon2id at its smallest cost, so sign-ins and demo data stay quick in tests.

    The application's parameters (services.auth.passwords.CHOSEN) are checked
    by tests/services/auth/test_passwords.py, which switches them back on.
    """
    from imh_desktop.services.auth import passwords

    before = passwords.use_parameters(TEST_HASHING)
    yield
    passwords.use_parameters(before)


def _test_hashing():  # type: ignore[no-untyped-def]
    from imh_desktop.services.auth.passwords import HashParameters

    return HashParameters(time_cost=1, memory_kib=64, parallelism=1)


TEST_HASHING = _test_hashing()


@pytest.fixture
def password_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], Path]:
    """``password_file(text)``: the command line's IMH_PASSWORD_FILE holds ``text`` (owner-only).

    Starts out holding TEST_PASSWORD.
    """
    path = tmp_path / "secrets" / "imh-password"
    path.parent.mkdir()

    def write(text: str) -> Path:
        path.write_text(text + "\n", encoding="utf-8")
        path.chmod(0o600)
        return path

    write(TEST_PASSWORD)
    monkeypatch.setenv("IMH_PASSWORD_FILE", str(path))
    return write


@pytest.fixture
def one_lane(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app's audit events all go to lane 0, as on SQLite, for a test that writes in lanes
    of its own or takes the database back past revision 0028 (on PostgreSQL a unit of work
    takes the lane its server process prefers, so lane 3 is sometimes the app's own)."""
    from imh_desktop.services.audit import chain
    from imh_desktop.services.common import uow

    monkeypatch.setattr(uow, "append_events", functools.partial(chain.append_events, lane=0))


@pytest.fixture
def clock() -> FixedClock:
    """The fixed clock of this test (25 Nov 2026, 10:00 UTC); ``clock.set(day)`` moves it."""
    return FixedClock(TEST_NOW)


@pytest.fixture
def as_user(db: Database, clock: FixedClock) -> Callable[[int], ServiceContext]:
    """``as_user(staff_id)``: a service context acting as that staff user on the test clock."""
    return lambda user_id: ServiceContext(db, user_id, clock)


@pytest.fixture
def staff(db: Database, as_user: Callable[[int], ServiceContext]) -> dict[str, int]:
    """A supervisor and two specialists on their team, added by the administrator; ids by username.

    ``aadmin`` (Ada Admin) manages accounts and settings and sees no families.
    """
    from imh_desktop.domain.enums import Role
    from imh_desktop.services.admin.staff import create_first_staff, create_staff

    admin = as_user(create_first_staff(db, "aadmin", "Ada Admin", Role.ADMIN).id)
    sup = create_staff(admin, "ssupervisor", "Sam Supervisor", Role.SUPERVISOR)
    ids = {"aadmin": admin.user_id, "ssupervisor": sup.id}
    for username, name in (("aspecialist", "Ana Specialist"), ("bspecialist", "Ben Specialist")):
        ids[username] = create_staff(admin, username, name, Role.SPECIALIST, sup.id).id
    return ids


@pytest.fixture
def agency(as_user: Callable[[int], ServiceContext], staff: dict[str, int]) -> Agency:
    """The small hand-worked agency of ``tests.factories.build_agency`` on top of ``staff``."""
    return build_agency(as_user, staff)


@pytest.fixture
def report_setup(db, staff, as_user, password_file):
    """A family with 12 visits (the last unsigned); (url, family, first completed visit id)."""
    from tests.factories import TEST_PASSWORD, add_history, give_password, make_family

    give_password(db, staff["ssupervisor"], TEST_PASSWORD)
    family = make_family(db, staff)
    add_history(db, family, staff["aspecialist"], 12, start=dt.date(2026, 8, 3), unsigned_last=1)
    from imh_desktop.services.visits.visits import list_visits

    visits = list_visits(as_user(staff["aspecialist"]), family.id)
    completed = [v for v in visits if v.outcome.value == "completed"]
    return db.url, family, completed[0].id


@pytest.fixture
def run_report(clock):
    from imh_desktop.cli import main

    """``run_report(url, *args)``: the report command on the test clock (25 Nov 2026),
    signed in as Sam (the password from IMH_PASSWORD_FILE)."""
    return lambda url, *args: main(
        ["--user", "ssupervisor", "report", *args, "--database", url], clock=clock
    )


@pytest.fixture
def typed(monkeypatch):
    """``typed(*answers)``: a terminal where getpass returns these answers in turn."""

    def use(*answers: str) -> None:
        queue = list(answers)
        monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
        monkeypatch.setattr(getpass, "getpass", lambda prompt="": queue.pop(0))

    return use
