"""What the program writes about itself: an owner-only, rotating log, and error details
that never quote data.

An exception's text can carry protected health information: a database
error may quote the row it refused, a library may quote the cell it could
not write, a KeyError its key. So :func:`redacted_details` (the log, and
the "Copy details" of the error dialog) keeps what support needs, never a
message: each exception's type, the database's error code, the SQL with
its placeholders (the values are bound separately and engines hide them,
``data.db.make_engine``), and the stack of code lines. Log lines name
records by id only.
"""

from __future__ import annotations

import errno
import io
import logging
import os
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError, StatementError

from imh_desktop import APP_NAME, __version__
from imh_desktop.data.files import FILE_MODE, private_folder

LOGGER = "imh_desktop"
LOG_FILE = "imh-desktop.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3  # imh-desktop.log.1 .. .3: at most 4 MB in all
MAX_SQL = 2_000


def _chain(exc: BaseException) -> list[BaseException]:
    """``exc`` and the exceptions behind it, the first cause first (as Python prints them)."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    return chain[::-1]


def _type_name(exc: BaseException) -> str:
    kind = type(exc)
    module = kind.__module__
    return kind.__qualname__ if module == "builtins" else f"{module}.{kind.__qualname__}"


def describe(exc: BaseException) -> str:
    """One line about ``exc`` without its message: type and error codes.

    ``sqlite3`` errors give their SQLite code (SQLITE_READONLY), psycopg
    errors their SQLSTATE and the table, column or constraint named,
    OSErrors their errno name.
    """
    parts = [_type_name(exc)]
    codes: list[str] = []
    if name := getattr(exc, "sqlite_errorname", None):
        codes.append(str(name))
    if sqlstate := getattr(exc, "sqlstate", None):
        codes.append(f"SQLSTATE {sqlstate}")
        diag = getattr(exc, "diag", None)
        for attr in ("table_name", "column_name", "constraint_name"):
            if value := getattr(diag, attr, None):
                codes.append(f"{attr.removesuffix('_name')} {value}")
    if isinstance(exc, OSError) and exc.errno is not None and exc.errno in errno.errorcode:
        codes.append(errno.errorcode[exc.errno])
    if isinstance(exc, SQLAlchemyError) and exc.code:
        codes.append(f"SQLAlchemy code {exc.code}")
    if codes:
        parts.append(f"({', '.join(codes)})")
    return " ".join(parts)


def short_reason(exc: BaseException) -> str:
    """The innermost cause in a few words, e.g. "OperationalError (SQLITE_READONLY)"."""
    name, _, codes = describe(_chain(exc)[0]).partition(" ")
    return f"{name.rsplit('.', 1)[-1]} {codes}".strip()


def redacted_details(exc: BaseException) -> str:
    """The details of an unexpected error for support, without any data it may quote."""
    lines = [f"{APP_NAME} {__version__}", ""]
    for index, item in enumerate(_chain(exc)):
        if index:
            lines += ["", "which led to:", ""]
        frames = traceback.extract_tb(item.__traceback__)
        if frames:
            lines.append("Traceback (most recent call last):")
            lines += [line.rstrip("\n") for line in frames.format()]
        lines.append(describe(item))
        if isinstance(item, StatementError) and item.statement:
            lines.append(f"SQL: {item.statement[:MAX_SQL]}")
    return "\n".join(lines)


class RedactingFormatter(logging.Formatter):
    """Formats a record's exception with :func:`redacted_details`, never its message."""

    def formatException(self, ei: Any) -> str:
        exc = ei[1] if isinstance(ei, tuple) else None
        return redacted_details(exc) if exc is not None else ""


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A size-limited log whose files are created owner-only (0600) whatever the umask."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
        os.chmod(self.baseFilename, FILE_MODE)  # an older, looser log
        raw = io.BufferedWriter(io.FileIO(fd, "a"))
        return io.TextIOWrapper(raw, encoding=self.encoding, errors=self.errors)


def default_log_folder() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, APP_NAME))


def log_to_file(folder: Path | None = None) -> Path:
    """Send the program's warnings and errors to a rotating owner-only log; return its path.

    The folder (default: the user's log folder) is made ``0700``. Calling it
    again for the same file adds no second handler.
    """
    target = private_folder(folder or default_log_folder(), tighten_existing=True) / LOG_FILE
    logger = logging.getLogger(LOGGER)
    for handler in logger.handlers:
        if isinstance(handler, RotatingFileHandler) and handler.baseFilename == str(target):
            return target
    handler = PrivateRotatingFileHandler(
        target, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    for old in target.parent.glob(f"{LOG_FILE}.*"):
        os.chmod(old, FILE_MODE)  # rotated files an older version left readable
    return target
