"""The one place that creates engines and sessions.

Another driver (an encrypted SQLite, a server URL) slots in here without the
rest of the program knowing. SQLite is opened for safety: WAL journal,
foreign keys enforced, ``synchronous=FULL`` and a busy timeout. Its file is
owner-only (``data.files``); SQLite gives the ``-wal`` and ``-shm`` files the
database file's mode. Engines never put statement parameters (which hold
names and note text) into a log line or an exception's text.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from imh_desktop.data.files import private_file, private_folder, tighten
from imh_desktop.domain.clock import Clock, SystemClock

ENV_URL = "IMH_DATABASE_URL"
BUSY_TIMEOUT_MS = 10_000


def default_database_path(demo: bool = False) -> Path:
    """The SQLite file in the user's data folder (platformdirs)."""
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("IMH Desktop", "IMH Desktop"))
    return folder / ("demo.sqlite" if demo else "imh.sqlite")


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path).expanduser()}"


def resolve_url(url: str | None, demo: bool = False) -> str:
    """Command-line URL first, then ``IMH_DATABASE_URL``, then the default file."""
    if url:
        return url
    if os.environ.get(ENV_URL):
        return os.environ[ENV_URL]
    return sqlite_url(default_database_path(demo))


def _set_sqlite_pragmas(dbapi_connection: Any, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def session_now(session: Session) -> dt.datetime:
    """The time by the session's clock (``session.info["clock"]``), naive UTC as stored."""
    clock: Clock = session.info.get("clock") or SystemClock()
    return clock.utc_now()


def stamp_rows(session: Session, _context: object, _instances: object) -> None:
    """Stamp new and changed rows with the session's clock (``session.info["clock"]``).

    Columns opt in with ``info={"stamp": "insert"}`` (set once, when empty) or
    ``{"stamp": "update"}`` (set on every change), so a fixed clock in a test
    fixes every stored time too.
    """
    now = session_now(session)
    for row in session.new:
        for column in row.__table__.columns:
            if column.info.get("stamp") and getattr(row, column.key, None) is None:
                setattr(row, column.key, now)
    for row in session.dirty:
        if not session.is_modified(row, include_collections=False):
            continue
        for column in row.__table__.columns:
            if column.info.get("stamp") == "update":
                setattr(row, column.key, now)


def prepare_sqlite_file(path: Path) -> None:
    """Create the database's folder (0700) and file (0600) before SQLite does.

    SQLite would create them with the umask's mode (often readable by
    everyone); an existing file and its ``-wal``/``-shm`` are tightened.
    """
    default_folder = default_database_path().parent
    private_folder(path.parent, tighten_existing=path.parent == default_folder)
    private_file(path)
    for suffix in ("-wal", "-shm"):
        tighten(path.with_name(path.name + suffix))


def make_engine(url: str) -> Engine:
    """Create an engine for any SQLAlchemy URL, with SQLite made safe.

    ``hide_parameters``: a failed statement's values (a family's name, a
    note) never appear in the exception's text or in SQLAlchemy's log.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        uri = str(parsed.query.get("uri", "")).lower() in ("true", "1")
        if parsed.database and parsed.database != ":memory:" and not uri:
            prepare_sqlite_file(Path(parsed.database).expanduser())
        engine = create_engine(
            url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, hide_parameters=True
        )
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


@dataclass
class Database:
    """An open database: its URL, engine and session factory.

    Thread contract: the engine's pool is thread-safe; each ``session()`` is
    for one thread and one unit of work.
    """

    url: str
    engine: Engine = field(init=False)
    _factory: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.engine = make_engine(self.url)
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self._factory, "before_flush", stamp_rows)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        name = self.engine.url.database
        return Path(name) if name and name != ":memory:" else None

    @contextmanager
    def session(self, clock: Clock | None = None) -> Iterator[Session]:
        """A session committed on success and rolled back on any error.

        Rows it adds or changes are stamped with ``clock`` (the system clock if none).
        """
        session = self._factory(info={"clock": clock} if clock else {})
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading only; never commits (closing rolls back)."""
        session = self._factory(info={})
        try:
            yield session
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
