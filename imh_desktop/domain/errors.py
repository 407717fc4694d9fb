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
