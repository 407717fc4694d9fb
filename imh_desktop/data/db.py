"""The one place that creates engines and sessions.

Another driver (an encrypted SQLite, a server URL) slots in here without the
rest of the program knowing. SQLite is opened for safety: WAL journal,
foreign keys enforced, ``synchronous=FULL`` and a busy timeout; a write
session takes SQLite's write lock first, retrying with back-off while another
writer holds it. Its file is owner-only (``data.files``); SQLite gives the
``-wal`` and ``-shm`` files the database file's mode. A file we may not write
is opened read-only (``mode=ro``) and leaves no ``-wal``/``-shm`` files
behind. A fault of the database (unreachable, full, locked, read-only) leaves
a session as a plain-words :class:`~imh_desktop.domain.errors.StorageError`
(see :mod:`.faults`). Engines never put statement parameters (which hold
names and note text) into a log line or an exception's text.

Opening a database the user named, with its checks (and never making one by
mistake), is :mod:`.opening`'s job; ``Database(url)`` itself makes a missing
SQLite file, for tests and tools that mean to.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from imh_desktop.data.faults import READ_ONLY_MESSAGE, storage_error
from imh_desktop.data.files import private_file, private_folder, tighten
from imh_desktop.domain.clock import Clock, SystemClock
from imh_desktop.domain.errors import DatabaseBusyError, ReadOnlyDatabaseError

ENV_URL = "IMH_DATABASE_URL"
# SQLite's busy handler waits up to this long, backing off, for another writer's lock;
# a write session then tries again after each of BUSY_RETRY_S before giving up.
BUSY_TIMEOUT_MS = 5_000
BUSY_RETRY_S = (0.25, 0.75)
CONNECT_TIMEOUT_S = 10  # a server that does not answer is reported, not waited for


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


def _set_read_only_pragmas(dbapi_connection: Any, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def sqlite_read_only_uri(path: Path) -> str:
    """The URI that opens ``path`` read-only and creates nothing beside it.

    While a writer has the file open its ``-wal`` and ``-shm`` exist and a
    read-only connection shares them. Without them the file is whole, and
    ``immutable=1`` lets SQLite read it without making them (it could not in
    a read-only folder, and in a writable one they would be left owned by us).
    """
    uri = f"file:{quote(str(path))}?mode=ro"
    wal = path.with_name(path.name + "-wal")
    return uri if wal.exists() else uri + "&immutable=1"


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
    everyone); an existing file and its ``-wal``/``-shm`` are tightened. A
    file owned by someone else is left as it is (only its owner may change it).
    """
    if path.exists() and path.stat().st_uid != os.geteuid():
        return
    default_folder = default_database_path().parent
    private_folder(path.parent, tighten_existing=path.parent == default_folder)
    private_file(path)
    for suffix in ("-wal", "-shm"):
        tighten(path.with_name(path.name + suffix))


def make_engine(url: str, read_only: bool = False) -> Engine:
    """Create an engine for any SQLAlchemy URL, with SQLite made safe.

    ``hide_parameters``: a failed statement's values (a family's name, a
    note) never appear in the exception's text or in SQLAlchemy's log.
    ``read_only`` opens an SQLite file with ``mode=ro`` (see :func:`sqlite_read_only_uri`)
    and touches nothing on disk.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        timeout = BUSY_TIMEOUT_MS / 1000
        if read_only and parsed.database and parsed.database != ":memory:":
            uri = sqlite_read_only_uri(Path(parsed.database).expanduser())

            def connect() -> sqlite3.Connection:
                return sqlite3.connect(uri, uri=True, timeout=timeout, check_same_thread=False)

            engine = create_engine("sqlite://", creator=connect, hide_parameters=True)
            event.listen(engine, "connect", _set_read_only_pragmas)
            return engine
        is_uri = str(parsed.query.get("uri", "")).lower() in ("true", "1")
        if parsed.database and parsed.database != ":memory:" and not is_uri:
            prepare_sqlite_file(Path(parsed.database).expanduser())
        engine = create_engine(url, connect_args={"timeout": timeout}, hide_parameters=True)
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    connect_args = {"connect_timeout": CONNECT_TIMEOUT_S} if "psycopg" in parsed.drivername else {}
    return create_engine(url, pool_pre_ping=True, hide_parameters=True, connect_args=connect_args)


@dataclass
class Database:
    """An open database: its URL, engine and session factory.

    Thread contract: the engine's pool is thread-safe; each ``session()`` is
    for one thread and one unit of work.
    """

    url: str
    read_only: bool = False
    engine: Engine = field(init=False)
    _factory: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.engine = make_engine(self.url, self.read_only)
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self._factory, "before_flush", stamp_rows)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        name = make_url(self.url).database
        return Path(name).expanduser() if name and name != ":memory:" else None

    @property
    def where(self) -> str:
        """Where the database is, for messages: the file, or the server (host and port)."""
        path = self.sqlite_path
        if path is not None:
            return str(path)
        url = make_url(self.url)
        host = url.host or "localhost"
        return f"{host}:{url.port}" if url.port else host

    def fault(self, exc: BaseException) -> BaseException:
        """``exc`` as a plain-words StorageError when it is a database fault, else itself."""
        translated = storage_error(exc, self.where)
        if translated is None or translated is exc:
            return exc
        translated.__cause__ = exc
        return translated

    @contextmanager
    def session(self, clock: Clock | None = None) -> Iterator[Session]:
        """A session for writing, committed on success and rolled back on any error.

        Rows it adds or changes are stamped with ``clock`` (the system clock if none).
        On SQLite it holds the write lock from the start (``BEGIN IMMEDIATE``), so
        waiting for another writer happens here, with retries, and never halfway
        through the work. A database fault comes out as a StorageError.
        """
        if self.read_only:
            raise ReadOnlyDatabaseError(READ_ONLY_MESSAGE)
        session = self._factory(info={"clock": clock} if clock else {})
        try:
            if self.is_sqlite:
                self._begin_immediate(session)
            yield session
            session.commit()
        except BaseException as exc:
            with contextlib.suppress(DBAPIError):
                session.rollback()
            fault = self.fault(exc)
            if fault is exc:
                raise
            raise fault from exc
        finally:
            with contextlib.suppress(DBAPIError):
                session.close()

    def _begin_immediate(self, session: Session) -> None:
        for delay in (*BUSY_RETRY_S, None):
            try:
                session.connection().exec_driver_sql("BEGIN IMMEDIATE")
                return
            except DBAPIError as exc:
                if delay is None or not isinstance(self.fault(exc), DatabaseBusyError):
                    raise
                session.rollback()
                time.sleep(delay)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading only; never commits (closing rolls back).

        A database fault comes out as a StorageError.
        """
        session = self._factory(info={})
        try:
            yield session
        except DBAPIError as exc:
            fault = self.fault(exc)
            if fault is exc:
                raise
            raise fault from exc
        finally:
            with contextlib.suppress(DBAPIError):
                session.close()

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A plain connection for reading (pandas, Alembic); faults as for ``read``."""
        try:
            with self.engine.connect() as conn:
                yield conn
        except DBAPIError as exc:
            fault = self.fault(exc)
            if fault is exc:
                raise
            raise fault from exc

    def dispose(self) -> None:
        self.engine.dispose()
