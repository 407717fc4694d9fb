"""Opening the database a person named: checked first, never made by mistake.

:func:`open_database` is how the application and the command line open a
database. It refuses, in one plain sentence, an address it cannot read, a
kind of database it does not know, a folder, a file that is not a database,
and a server that is down or not found. A database that does not exist yet is
made only when the caller says so (``create=True``: the first-run setup,
``demo``, ``--create``), so a typo in a path never leaves an empty database
and its folders behind. An SQLite file the user may not write opens
read-only. An encrypted SQLite file (its key slots beside it) is checked as
far as it can be without the key, and stays locked until the sign-in; a new
file is made encrypted by the set-up (``Database.encrypt_new``).
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from imh_desktop.data.db import Database
from imh_desktop.data.files import private_file, private_folder
from imh_desktop.data.keyfile import keyfile_path
from imh_desktop.domain.errors import DatabaseUnavailableError, StorageError

SQLITE_HEADER = b"SQLite format 3\x00"
EXAMPLES = "sqlite:////path/to/imh.sqlite or postgresql+psycopg://user@server/imh"


class NoDatabaseError(DatabaseUnavailableError):
    """Nothing at the path, and the caller did not ask for a new database."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"There is no database at {path}. Check the path for a typo.")
        self.path = path


def parse_url(url: str) -> URL:
    """The parsed address, or a StorageError saying it is not one we can use."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StorageError(
            f"'{_shown(url)}' is not a database address. Write it like {EXAMPLES}."
        ) from None
    try:
        parsed.get_dialect()
    except NoSuchModuleError:
        raise StorageError(
            f"'{parsed.drivername}' is not a kind of database IMH Desktop can use. "
            f"Write the address like {EXAMPLES}."
        ) from None
    return parsed


def open_database(url: str, *, create: bool, encrypt_new: bool = True) -> Database:
    """Open the database at ``url``, checked and connected to once.

    ``create``: make a new SQLite database (and its folder) when there is none
    at the path; without it a missing file is a :class:`NoDatabaseError`.
    A file or folder this user may not write opens read-only
    (``Database.read_only``). Every refusal is a StorageError in plain words.
    ``encrypt_new``: a new SQLite file stays unopened until the set-up makes it
    encrypted (``Database.is_new``); without it the new file is made plain.
    """
    parsed = parse_url(url)
    read_only = False
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        read_only = _check_sqlite_file(Path(parsed.database).expanduser(), create)
    try:
        db = Database(url, read_only=read_only, encrypt_new=encrypt_new)
    except ModuleNotFoundError as exc:
        raise StorageError(
            f"The database driver '{exc.name}' is not installed. For PostgreSQL write the "
            "address as postgresql+psycopg://…"
        ) from None
    if db.locked:  # encrypted (or new, to be made encrypted): read at the sign-in
        return db
    try:
        with db.connect() as conn:
            # Reading the schema reads the file's first page: a damaged file shows here.
            probe = "SELECT count(*) FROM sqlite_master" if db.is_sqlite else "SELECT 1"
            conn.exec_driver_sql(probe).scalar()
    except BaseException:
        db.dispose()
        raise
    return db


def _check_sqlite_file(path: Path, create: bool) -> bool:
    """Refuse what cannot be an SQLite database; make a new one if asked. True: read-only."""
    if path.is_dir():
        raise DatabaseUnavailableError(
            f"{path} is a folder, not a database file. Give the database file's path, "
            f"e.g. {path / 'imh.sqlite'}."
        )
    if not path.exists():
        if not create:
            raise NoDatabaseError(path)
        _make_empty_file(path)
        return False
    if not path.is_file():
        raise DatabaseUnavailableError(f"{path} is not a database file.")
    if not os.access(path, os.R_OK):
        raise DatabaseUnavailableError(f"You do not have permission to read {path}.")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseUnavailableError(f"{path} cannot be read: {exc.strerror}.") from None
    if header and header != SQLITE_HEADER and not keyfile_path(path).exists():
        raise DatabaseUnavailableError(
            f"{path} is not a database file (IMH Desktop keeps its data in an SQLite file). "
            f"If it is an encrypted one, its key file {keyfile_path(path).name} is missing "
            "beside it: put it back from where the database was backed up."
        )
    return not sqlite_writable(path)


def sqlite_writable(path: Path) -> bool:
    """Can this user change the database: the file, its folder, and a shared ``-shm`` file?

    SQLite writes ``-wal`` and ``-shm`` files beside the database, so the folder
    must be writable too; a ``-shm`` someone else made that we cannot write
    would refuse our writes halfway.
    """
    folder = path.parent
    if not (os.access(path, os.W_OK) and os.access(folder, os.W_OK | os.X_OK)):
        return False
    shm = path.with_name(path.name + "-shm")
    return not shm.exists() or os.access(shm, os.W_OK)


def _make_empty_file(path: Path) -> None:
    """Make the folders and an empty file readable by its owner only (it will hold PHI)."""
    try:
        private_folder(path.parent)
        private_file(path)
    except OSError as exc:
        raise DatabaseUnavailableError(
            f"Cannot make a new database at {path}: {exc.strerror or exc}."
        ) from None


def _shown(url: str) -> str:
    """The address as typed, with any password hidden."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        userinfo, host = rest.rsplit("@", 1)
        return f"{scheme}://{userinfo.split(':', 1)[0]}:***@{host}" if ":" in userinfo else url
    return url
