"""Database faults in words a clinician understands.

:func:`storage_error` turns what a driver raises when the database cannot be
used (a server that is down or not found, a full disk, a read-only or locked
file, a file that is not a database) into a :class:`StorageError` with a
plain message. Anything else (a programming error, a constraint) is not a
storage fault and is left alone, so it still reaches the unexpected-error path.
Messages name the place (a file path or a server) but never any data.
"""

from __future__ import annotations

import errno
import os
import shutil

from imh_desktop.domain.errors import (
    DatabaseBusyError,
    DatabaseUnavailableError,
    DiskFullError,
    ReadOnlyDatabaseError,
    StorageError,
    TransientDatabaseError,
)

NEARLY_FULL_BYTES = 1 << 20  # less free space than this, and an I/O error means "full"
READ_ONLY_MESSAGE = "This database is read-only: you can read and print, not save."

# SQLite primary result codes (https://sqlite.org/rescode.html).
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26

# PostgreSQL SQLSTATEs we can explain (https://www.postgresql.org/docs/current/errcodes-appendix.html).
_PG_DISK_FULL = "53100"
_PG_READ_ONLY = "25006"
_PG_NO_DATABASE = "3D000"
_PG_AUTH = ("28P01", "28000")
# The server aborted the whole transaction: serialization failure, deadlock, lock wait timeout.
# Nothing of it was committed, so it may be run again (and only these may).
PG_TRANSIENT = ("40001", "40P01", "55P03")
_PG_LOST = ("57P01", "57P02", "57P03")  # administrator shutdown, crash shutdown, cannot connect now


def storage_error(exc: BaseException, where: str) -> StorageError | None:
    """The plain-words error for a fault of the database at ``where``; None if not one.

    ``exc`` is what SQLAlchemy raised (a ``DBAPIError`` wrapping the driver's
    error) or the driver's error itself.
    """
    if isinstance(exc, StorageError):
        return exc
    orig = getattr(exc, "orig", None) or exc
    code = getattr(orig, "sqlite_errorcode", None)
    if code is not None:
        return _sqlite_error(code & 0xFF, where)
    if type(orig).__module__.startswith("psycopg"):
        invalidated = bool(getattr(exc, "connection_invalidated", False))
        return _postgres_error(orig, where, invalidated)
    if isinstance(orig, OSError) and orig.errno == errno.ENOSPC:
        return DiskFullError(disk_full_message(where))
    return None


def disk_full_message(where: str) -> str:
    return f"The disk holding {where} is full, so nothing was saved. Free some space and try again."


def _sqlite_error(code: int, where: str) -> StorageError | None:
    if code in (_BUSY, _LOCKED):
        return DatabaseBusyError(
            f"The database {where} is busy: another window or program has kept it locked. "
            "Nothing was changed; try again in a moment."
        )
    if code == _READONLY:
        return ReadOnlyDatabaseError(READ_ONLY_MESSAGE)
    if code == _FULL:
        return DiskFullError(disk_full_message(f"the database {where}"))
    if code == _IOERR and _nearly_full(where):  # a write the full disk refused half-way
        return DiskFullError(disk_full_message(f"the database {where}"))
    if code in (_IOERR, _CANTOPEN):
        return DatabaseUnavailableError(
            f"The database {where} cannot be reached: its folder or drive may have been "
            "removed or disconnected."
        )
    if code in (_CORRUPT, _NOTADB):
        return DatabaseUnavailableError(
            f"{where} is not an IMH Desktop database, or it is damaged."
        )
    return None


def _nearly_full(path: str) -> bool:
    """Is the disk holding the file at ``path`` (nearly) out of space?"""
    if not os.path.isabs(path):
        return False
    try:
        return shutil.disk_usage(os.path.dirname(path)).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def _postgres_error(orig: BaseException, where: str, invalidated: bool) -> StorageError | None:
    state = getattr(orig, "sqlstate", None)
    if state in PG_TRANSIENT:
        return TransientDatabaseError(
            f"The database server {where} stopped this change because a colleague's change "
            "collided with it at the same moment. Nothing was saved; try again."
        )
    if state == _PG_DISK_FULL:
        return DiskFullError(disk_full_message(f"the database on {where}"))
    if state == _PG_READ_ONLY:
        return ReadOnlyDatabaseError(READ_ONLY_MESSAGE)
    if state == _PG_NO_DATABASE:
        return DatabaseUnavailableError(
            f"There is no such database on the server {where}. Check the database name."
        )
    if state in _PG_AUTH:
        return DatabaseUnavailableError(
            f"The database server {where} refused the user name or password."
        )
    # A failed or broken connection has no SQLSTATE (libpq's own error) or class 08.
    connection = state is None or state.startswith("08") or state in _PG_LOST or invalidated
    if not connection or not _is_operational(orig):
        return None
    text = str(orig)
    if "failed to resolve host" in text or "could not translate host name" in text:
        host = where.rsplit(":", 1)[0]
        return DatabaseUnavailableError(
            f"The database server '{host}' was not found. Check the server name in the "
            "database address."
        )
    if "database" in text and "does not exist" in text:
        return DatabaseUnavailableError(
            f"There is no such database on the server {where}. Check the database name."
        )
    if "password authentication failed" in text:
        return DatabaseUnavailableError(
            f"The database server {where} refused the user name or password."
        )
    if "connection refused" in text.lower():
        return DatabaseUnavailableError(
            f"Cannot reach the database server {where}: it is not running or not "
            "accepting connections."
        )
    if "timeout" in text.lower() or "timed out" in text.lower():
        return DatabaseUnavailableError(f"The database server {where} did not answer in time.")
    return DatabaseUnavailableError(
        f"The connection to the database server {where} was lost: the server stopped "
        "or the network dropped."
    )


def _is_operational(orig: BaseException) -> bool:
    return any(cls.__name__ == "OperationalError" for cls in type(orig).__mro__)
