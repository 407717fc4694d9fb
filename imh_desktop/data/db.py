"""The one place that creates engines and sessions.

Another driver (an encrypted SQLite, a server URL) slots in here without the
rest of the program knowing. SQLite is opened for safety: WAL journal,
foreign keys enforced, ``synchronous=FULL`` and a busy timeout. Its file is
owner-only (``data.files``); SQLite gives the ``-wal`` and ``-shm`` files the
database file's mode. Engines never put statement parameters (which hold
names and note text) into a log line or an exception's text.

An SQLite file with key slots beside it (``data.keyfile``) is encrypted
(SQLCipher, ``data.cipher``): its :class:`Database` starts *locked*, with no
engine, until the sign-in opens a slot and calls :meth:`Database.open_with`.
Every connection is keyed before anything else runs on it.
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

from imh_desktop.data.cipher import apply_key, driver, is_plain_sqlite
from imh_desktop.data.files import private_file, private_folder, tighten
from imh_desktop.data.keyfile import KeyFile, keyfile_path
from imh_desktop.domain.clock import Clock, SystemClock
from imh_desktop.domain.errors import DomainError

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


def make_engine(url: str, key: bytes | None = None) -> Engine:
    """Create an engine for any SQLAlchemy URL, with SQLite made safe.

    ``hide_parameters``: a failed statement's values (a family's name, a
    note) never appear in the exception's text or in SQLAlchemy's log.
    With ``key`` the SQLite file is opened through SQLCipher and every new
    connection is keyed first (before the pragmas, before any read).
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        uri = str(parsed.query.get("uri", "")).lower() in ("true", "1")
        if parsed.database and parsed.database != ":memory:" and not uri:
            prepare_sqlite_file(Path(parsed.database).expanduser())
        options: dict[str, Any] = {
            "connect_args": {"timeout": BUSY_TIMEOUT_MS / 1000},
            "hide_parameters": True,
        }
        if key is not None:
            options["module"] = driver()
        engine = create_engine(url, **options)
        if key is not None:
            event.listen(engine, "do_connect", _keyed_connect(key))
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


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
    key: bytes | None = field(default=None, repr=False)
    encrypt_new: bool = False
    keys: KeyFile | None = field(init=False, default=None)
    _engine: Engine | None = field(init=False, default=None, repr=False)
    _factory: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        """Open at once, unless encrypted without ``key`` (locked) or new with ``encrypt_new``.

        ``encrypt_new``: a SQLite file that does not exist yet stays unopened
        (``is_new``) until the first administrator is set up, who makes it
        encrypted (services.auth.setup); without it a missing file is made plain.
        """
        self._factory = sessionmaker(expire_on_commit=False)
        event.listen(self._factory, "before_flush", stamp_rows)
        path = self.sqlite_path
        beside = keyfile_path(path) if path is not None else None
        # Key slots beside a plain file: an encryption that never finished, or a plain
        # backup restored over the encrypted file; the file is what it says it is.
        if path is not None and beside is not None and _has_content(path):
            if beside.exists() and not is_plain_sqlite(path):
                self.keys = KeyFile.load(beside)
            elif self.key is None and not is_plain_sqlite(path):
                raise DomainError(
                    f"{path} is encrypted (or is not a database), and the key file beside it "
                    f"({beside.name}) is missing: put the key file back from where the "
                    "database was backed up."
                )
        if self.key is not None:
            self.open_with(self.key)
        elif self.keys is None and not self.is_new:
            self._bind(make_engine(self.url))

    def _bind(self, engine: Engine) -> None:
        self._engine = engine
        self._factory.configure(bind=engine)

    def open_with(self, key: bytes) -> None:
        """Open the encrypted file with ``key`` (DatabaseError from the driver if it is wrong)."""
        engine = make_engine(self.url, key)
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        except BaseException:
            engine.dispose()
            raise
        if self._engine is not None:
            self._engine.dispose()
        self.key = key
        self._bind(engine)

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

    @contextmanager
    def session(self, clock: Clock | None = None) -> Iterator[Session]:
        """A session committed on success and rolled back on any error.

        Rows it adds or changes are stamped with ``clock`` (the system clock if none).
        """
        self.engine  # noqa: B018 - DatabaseLocked before anyone opened an encrypted one
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
        self.engine  # noqa: B018 - DatabaseLocked before anyone opened an encrypted one
        session = self._factory(info={})
        try:
            yield session
        finally:
            session.close()

    def close(self) -> None:
        """Close the database and forget its key: an encrypted one is locked again."""
        self.dispose()
        self._engine, self.key = None, None
        self._factory.configure(bind=None)

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
