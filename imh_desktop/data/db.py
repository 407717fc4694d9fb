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

An SQLite file with key slots beside it (``data.keyfile``) is encrypted
(SQLCipher, ``data.cipher``): its :class:`Database` starts *locked*, with no
engine, until the sign-in opens a slot and calls :meth:`Database.open_with`.
Every connection is keyed before anything else runs on it.
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

from imh_desktop.data.cipher import apply_key, driver, is_plain_sqlite
from imh_desktop.data.faults import READ_ONLY_MESSAGE, storage_error
from imh_desktop.data.files import private_file, private_folder, tighten
from imh_desktop.data.keyfile import KeyFile, keyfile_path
from imh_desktop.data.own_writes import OwnWrites
from imh_desktop.data.search import forget_pending, index_flushed, index_pending
from imh_desktop.domain.clock import Clock, SystemClock
from imh_desktop.domain.errors import (
    DatabaseBusyError,
    DatabaseUnavailableError,
    DomainError,
    ReadOnlyDatabaseError,
)

ENV_URL = "IMH_DATABASE_URL"
# SQLite's busy handler waits up to this long, backing off, for another writer's lock;
# a write session then tries again after each of BUSY_RETRY_S before giving up.
BUSY_TIMEOUT_MS = 5_000
BUSY_RETRY_S = (0.25, 0.75)
CONNECT_TIMEOUT_S = 10  # a server that does not answer is reported, not waited for
# One desktop client's pool on a shared server (server_pool_options; docs/deployment.md).
POOL_SIZE = 2
POOL_OVERFLOW = 3
POOL_TIMEOUT_S = 15
POOL_RECYCLE_S = 1800
APPLICATION_NAME = "imh-desktop"


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


def make_engine(url: str, read_only: bool = False, key: bytes | None = None) -> Engine:
    """Create an engine for any SQLAlchemy URL, with SQLite made safe.

    ``hide_parameters``: a failed statement's values (a family's name, a
    note) never appear in the exception's text or in SQLAlchemy's log.
    ``read_only`` opens an SQLite file with ``mode=ro`` (see :func:`sqlite_read_only_uri`)
    and touches nothing on disk. With ``key`` the SQLite file is opened through
    SQLCipher and every new connection is keyed first (before the pragmas,
    before any read).
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        timeout = BUSY_TIMEOUT_MS / 1000
        if read_only and parsed.database and parsed.database != ":memory:":
            uri = sqlite_read_only_uri(Path(parsed.database).expanduser())

            module: Any = sqlite3 if key is None else driver()

            def connect() -> Any:
                conn = module.connect(uri, uri=True, timeout=timeout, check_same_thread=False)
                if key is not None:
                    apply_key(conn, key)
                return conn

            engine = create_engine("sqlite://", creator=connect, hide_parameters=True)
            event.listen(engine, "connect", _set_read_only_pragmas)
            return engine
        is_uri = str(parsed.query.get("uri", "")).lower() in ("true", "1")
        if parsed.database and parsed.database != ":memory:" and not is_uri:
            prepare_sqlite_file(Path(parsed.database).expanduser())
        options: dict[str, Any] = {"connect_args": {"timeout": timeout}, "hide_parameters": True}
        if key is not None:
            options["module"] = driver()
        engine = create_engine(url, **options)
        if key is not None:
            event.listen(engine, "do_connect", _keyed_connect(key))
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    return create_engine(
        url, hide_parameters=True, **server_pool_options(parsed.drivername, parsed.query)
    )


def server_pool_options(drivername: str, query: Any = None) -> dict[str, Any]:
    """The connection pool of one desktop client on a shared server (see docs/deployment.md).

    A client needs a connection for the window's thread and one for background
    work, rarely more: ``POOL_SIZE`` kept open, ``POOL_OVERFLOW`` more for a
    moment, so 100 clients hold ~200 server connections, not 1,000. A
    connection is checked before use (``pre_ping``: the server may have
    restarted or a pooler dropped it) and replaced after ``POOL_RECYCLE_S``.
    Waiting ``POOL_TIMEOUT_S`` for a free one is an error, not a hang. With
    psycopg: a connect timeout, TCP keepalives (a laptop that sleeps leaves no
    half-open connection behind for long), ``application_name`` so an
    administrator sees who is connected, and no server-side prepared
    statements, so the client also works through PgBouncer in transaction mode.
    """
    options: dict[str, Any] = {
        "pool_size": POOL_SIZE,
        "max_overflow": POOL_OVERFLOW,
        "pool_timeout": POOL_TIMEOUT_S,
        "pool_recycle": POOL_RECYCLE_S,
        "pool_pre_ping": True,
    }
    if "psycopg" in drivername:
        connect_args: dict[str, Any] = {
            "connect_timeout": CONNECT_TIMEOUT_S,
            "keepalives": 1,
            "keepalives_idle": 60,
            "keepalives_interval": 10,
            "keepalives_count": 3,
        }
        if drivername == "postgresql+psycopg":  # psycopg 3 prepares repeated statements itself
            connect_args["prepare_threshold"] = None
        if not (query and "application_name" in query):
            connect_args["application_name"] = APPLICATION_NAME
        options["connect_args"] = connect_args
    return options


def _keyed_connect(key: bytes) -> Any:
    def connect(dialect: Any, _record: object, cargs: Any, cparams: Any) -> Any:
        connection = dialect.loaded_dbapi.connect(*cargs, **cparams)
        apply_key(connection, key)
        return connection

    return connect


def _has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


class DatabaseLocked(DomainError):
    """The encrypted database was used before anyone signed in to open it."""

    def __init__(self) -> None:
        super().__init__("The database is encrypted: sign in to open it.")


@dataclass
class Database:
    """An open database: its URL, engine and session factory.

    Thread contract: the engine's pool is thread-safe; each ``session()`` is
    for one thread and one unit of work.
    """

    url: str
    read_only: bool = False
    key: bytes | None = field(default=None, repr=False)
    encrypt_new: bool = False
    keys: KeyFile | None = field(init=False, default=None)
    _engine: Engine | None = field(init=False, default=None, repr=False)
    # What this process wrote, so live updates skip it (services.common.live).
    own_writes: OwnWrites = field(init=False, default_factory=OwnWrites, repr=False, compare=False)
    _factory: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        """Open at once, unless encrypted without ``key`` (locked) or new with ``encrypt_new``.

        ``encrypt_new``: a SQLite file that does not exist yet stays unopened
        (``is_new``) until the first administrator is set up, who makes it
        encrypted (services.auth.setup); without it a missing file is made plain.
        """
        self._factory = sessionmaker(expire_on_commit=False)
        event.listen(self._factory, "before_flush", stamp_rows)
        event.listen(self._factory, "after_flush", index_flushed)
        event.listen(self._factory, "before_commit", index_pending)
        event.listen(self._factory, "after_soft_rollback", forget_pending)
        path = self.sqlite_path
        beside = keyfile_path(path) if path is not None else None
        # Key slots beside a plain file: an encryption that never finished, or a plain
        # backup restored over the encrypted file; the file is what it says it is.
        if path is not None and beside is not None and _has_content(path):
            if beside.exists() and not is_plain_sqlite(path):
                self.keys = KeyFile.load(beside)
            elif self.key is None and not is_plain_sqlite(path):
                raise DatabaseUnavailableError(
                    f"{path} is encrypted (or is not a database), and the key file beside it "
                    f"({beside.name}) is missing: put the key file back from where the "
                    "database was backed up."
                )
        if self.key is not None:
            self.open_with(self.key)
        elif self.keys is None and not self.is_new:
            self._bind(make_engine(self.url, self.read_only))

    def _bind(self, engine: Engine) -> None:
        self._engine = engine
        if engine.dialect.name == "postgresql":
            event.listen(engine, "connect", self._note_backend)
        self._factory.configure(bind=engine)

    def _note_backend(self, dbapi_connection: Any, _record: object) -> None:
        pid = getattr(getattr(dbapi_connection, "info", None), "backend_pid", None)
        if isinstance(pid, int):
            self.own_writes.add_backend(pid)

    def open_with(self, key: bytes) -> None:
        """Open the encrypted file with ``key`` (DatabaseError from the driver if it is wrong)."""
        engine = make_engine(self.url, self.read_only, key)
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        except BaseException as exc:
            engine.dispose()
            fault = self.fault(exc)  # a full disk, an unreachable file: in plain words
            if fault is exc or not isinstance(exc, DBAPIError):
                raise
            raise fault from exc
        if self._engine is not None:
            self._engine.dispose()
        self.key = key
        self._bind(engine)

    def reload_keys(self) -> None:
        """Look at the file again after it was replaced (a restore): its key slots, if any.

        A plain file that now has content and no engine yet (a new database a
        plain backup was restored into) is opened.
        """
        path = self.sqlite_path
        if path is None or not _has_content(path):
            return
        beside = keyfile_path(path)
        plain = is_plain_sqlite(path)
        self.keys = KeyFile.load(beside) if beside.exists() and not plain else None
        if self._engine is None and plain:
            self._bind(make_engine(self.url, self.read_only))

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise DatabaseLocked()
        return self._engine

    @property
    def locked(self) -> bool:
        """True until an encrypted (or new, to-be-encrypted) database is opened with its key."""
        return self._engine is None

    @property
    def encrypted(self) -> bool:
        """True for an SQLite file kept encrypted (opened or not)."""
        return self.key is not None or self.keys is not None

    @property
    def is_new(self) -> bool:
        """True for a to-be-encrypted SQLite file that does not exist yet (nothing to open)."""
        path = self.sqlite_path
        return (
            self.encrypt_new and self._engine is None and self.keys is None
            and path is not None and not _has_content(path)
        )  # fmt: skip

    @property
    def is_sqlite(self) -> bool:
        return make_url(self.url).get_backend_name() == "sqlite"

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
        self.engine  # noqa: B018 - DatabaseLocked before anyone opened an encrypted one
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
        self.engine  # noqa: B018 - DatabaseLocked before anyone opened an encrypted one
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

    def close(self) -> None:
        """Close the database and forget its key: an encrypted one is locked again."""
        self.dispose()
        self._engine, self.key = None, None
        self._factory.configure(bind=None)

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
