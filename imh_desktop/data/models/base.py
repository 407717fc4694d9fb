"""The models' base: naming convention, enum columns, clock stamps.

Rows that people edit carry a ``version`` column used as SQLAlchemy's
``version_id_col``: a stale save fails instead of silently overwriting.
Enums are stored as their string values (``native_enum=False``) so SQLite and
PostgreSQL hold the same text and new values need no type migration.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Enum,
    MetaData,
)
from sqlalchemy.orm import DeclarativeBase

from imh_desktop.domain.clock import SystemClock

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def enum_type(cls: type) -> Enum:
    """An enum stored as its members' string values (the same text on SQLite and PostgreSQL)."""
    return Enum(
        cls,
        native_enum=False,
        length=24,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


def utc_now() -> dt.datetime:
    """Fallback for rows inserted without a session clock (Core inserts)."""
    return SystemClock().utc_now()


# Columns stamped from the session's clock when a row is added (``insert``) or
# changed (``update``); see data.db.stamp_rows.
INSERTED = {"stamp": "insert"}
UPDATED = {"stamp": "update"}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}
