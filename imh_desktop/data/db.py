"""The one place that creates engines and sessions.

Another driver (an encrypted SQLite, a server URL) slots in here without the
rest of the program knowing. SQLite is opened for safety: WAL journal,
foreign keys enforced, ``synchronous=FULL`` and a busy timeout.
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


def make_engine(url: str) -> Engine:
    """Create an engine for any SQLAlchemy URL, with SQLite made safe."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


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
