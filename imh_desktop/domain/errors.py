"""The one error type for bad input, conflicts and refusals.

Its message is written for a clinician; ``field`` names the input at fault so
the UI can show the message next to that field.
"""

from __future__ import annotations


class DomainError(Exception):
    """Bad input, a stale save, or an action the user may not take."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class NotFoundError(DomainError):
    """A record the user asked for does not exist (or is not visible to them)."""


class ConflictError(DomainError):
    """Someone else saved the record since it was loaded (version mismatch)."""

    def __init__(self, message: str, loaded: object = None, current: object = None) -> None:
        super().__init__(message)
        self.loaded = loaded
        self.current = current


class PermissionDeniedError(DomainError):
    """The acting staff user may not do this."""


class StorageError(DomainError):
    """The database (or a file being written) could not be used: the message says why.

    Unreachable, not a database, full, read-only, busy: none of these is the
    user's input at fault, and none leaves anything half-saved.
    """


class DatabaseUnavailableError(StorageError):
    """The database cannot be opened or stopped answering (server down, folder gone)."""


class DatabaseBusyError(StorageError):
    """Another program kept the database locked for longer than we waited."""


class TransientDatabaseError(DatabaseBusyError):
    """The server rolled the whole transaction back (a deadlock or serialization failure).

    Nothing of it was saved, so running the same work again is safe; the
    services do so a few times (``services.common.uow.retry_transient``)
    before the message reaches the user.
    """


class DiskFullError(StorageError):
    """The disk holding the database or the file being written is full."""


class ReadOnlyDatabaseError(StorageError):
    """The database is open read-only: it can be read and printed, not changed."""
