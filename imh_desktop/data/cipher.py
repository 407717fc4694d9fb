"""SQLCipher: the encrypted SQLite database, opened with a raw 256-bit key.

SQLCipher 4 (the ``sqlcipher3`` package bundles it, with OpenSSL) encrypts
every page with AES-256 and authenticates it with HMAC-SHA512; the file,
its WAL and its temporary files are noise without the key. The key is
given raw (``PRAGMA key = "x'…'"``), so no key derivation runs per
connection: the Argon2id work is spent once, when a key slot is opened
(``data.keyfile``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from imh_desktop.data.files import private_file

SQLITE_HEADER = b"SQLite format 3\x00"


def driver() -> Any:
    """The SQLCipher DB-API module (imported only when an encrypted database is used)."""
    import sqlcipher3.dbapi2

    return sqlcipher3.dbapi2


def key_pragma(key: bytes) -> str:
    """The statement that keys a connection with ``key`` (raw, not a passphrase)."""
    return f"PRAGMA key = \"x'{key.hex()}'\""


def apply_key(connection: Any, key: bytes) -> None:
    """Key a fresh connection: the first statement it runs, before anything reads the file."""
    connection.execute(key_pragma(key))


def is_plain_sqlite(path: Path) -> bool:
    """True when ``path`` starts with SQLite's plain header (an encrypted file never does)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except FileNotFoundError:
        return False


def connect(path: Path, key: bytes) -> Any:
    """A bare SQLCipher connection to ``path``, keyed and checked (DatabaseError if wrong)."""
    connection = driver().connect(str(path))
    try:
        apply_key(connection, key)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        connection.close()
        raise
    return connection


def _tables(connection: Any, schema: str = "main") -> list[str]:
    rows = connection.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    return [name for (name,) in rows]


def _count(connection: Any, table: str, schema: str = "main") -> int:
    quoted = table.replace('"', '""')
    return int(connection.execute(f'SELECT count(*) FROM {schema}."{quoted}"').fetchone()[0])


def export_encrypted(
    plain: Path, target: Path, key: bytes, progress: Callable[[str], None] | None = None
) -> dict[str, int]:
    """Copy the plain SQLite file ``plain`` into a new encrypted file ``target``.

    ``sqlcipher_export`` copies the schema, every row and the user version;
    then each table's row count in the copy is checked against the original.
    Returns the counts. ``plain`` is only read; ``target`` must not exist.
    """
    say = progress or (lambda _m: None)
    if target.exists():
        raise FileExistsError(target)
    private_file(target)  # owner-only from the start, as the database it replaces
    connection = driver().connect(str(plain))
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        tables = _tables(connection)
        say(f"Copying {len(tables)} tables into the encrypted file…")
        connection.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(target),))
        connection.execute("SELECT sqlcipher_export('encrypted')")
        connection.execute("DETACH DATABASE encrypted")
        counts = {table: _count(connection, table) for table in tables}
    finally:
        connection.close()
    check = connect(target, key)
    try:
        _verify(check, counts, say)
        check.execute("PRAGMA journal_mode=WAL")
    finally:
        check.close()
    return counts


def _verify(connection: Any, counts: dict[str, int], say: Callable[[str], None]) -> None:
    copied = _tables(connection)
    if copied != sorted(counts):
        raise RuntimeError(f"The encrypted copy has tables {copied}, not {sorted(counts)}")
    for table, expected in counts.items():
        found = _count(connection, table)
        if found != expected:
            raise RuntimeError(f"The encrypted copy of {table} has {found} rows, not {expected}")
    say(f"Checked the copy: {sum(counts.values())} rows in {len(counts)} tables, the same.")


def remove_sidecars(path: Path, suffixes: Iterable[str] = ("-wal", "-shm", "-journal")) -> None:
    """Delete the WAL, shared-memory and journal files left beside ``path``."""
    for suffix in suffixes:
        path.with_name(path.name + suffix).unlink(missing_ok=True)
