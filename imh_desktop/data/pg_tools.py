"""PostgreSQL backups with the server's own tools: ``pg_dump`` and ``pg_restore``.

They must be on PATH (the PostgreSQL client package); where they are not,
:class:`PgToolMissing` says so plainly. The password travels in the
environment (``PGPASSWORD``), never on a command line others can see. A dump
is checked after writing by listing its contents with ``pg_restore --list``:
it must hold the data of the main tables.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import make_url

from imh_desktop.domain.errors import StorageError

MAIN_TABLES = ("families", "visits", "amendments", "audit_events", "staff_users")


class PgToolMissing(StorageError):
    """``pg_dump`` or ``pg_restore`` is not installed where we can find it."""

    def __init__(self, tool: str) -> None:
        super().__init__(
            f"{tool} was not found on this computer (it is not on PATH), so the PostgreSQL "
            "database cannot be backed up or restored from here. Install the PostgreSQL "
            "client tools (the 'postgresql-client' package), or back up on the server."
        )
        self.tool = tool


def tool(name: str) -> str:
    """The path of a PostgreSQL client program, or PgToolMissing."""
    found = shutil.which(name)
    if found is None:
        raise PgToolMissing(name)
    return found


def conninfo(url: str) -> tuple[str, dict[str, str]]:
    """A libpq address for ``url`` without its password, and the environment carrying it."""
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    plain = parsed.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def dump(url: str, target: Path) -> list[str]:
    """``pg_dump`` the database into ``target`` (custom format, 0600), checked; its tables."""
    program = tool("pg_dump")
    address, env = conninfo(url)
    partial = target.with_name(f".{target.name}.part")
    fd = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        _run([program, "--format=custom", f"--file={partial}", f"--dbname={address}"], env)
        tables = check_dump(partial)
        os.chmod(partial, 0o600)
        os.replace(partial, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    return tables


def check_dump(path: Path) -> list[str]:
    """The tables whose data a dump holds; StorageError unless it holds the main ones."""
    program = tool("pg_restore")
    listing = _run([program, "--list", str(path)], dict(os.environ))
    tables = sorted({line.split()[-2] for line in listing.splitlines() if " TABLE DATA " in line})
    missing = [name for name in MAIN_TABLES if name not in tables]
    if missing:
        raise StorageError(f"The backup {path} lacks tables: {', '.join(missing)}.")
    return tables


def restore(url: str, source: Path) -> None:
    """Replace the database's contents with the dump, in one transaction."""
    program = tool("pg_restore")
    address, env = conninfo(url)
    _run(
        [program, "--clean", "--if-exists", "--no-owner", "--single-transaction",
         "--exit-on-error", f"--dbname={address}", str(source)],
        env,
    )  # fmt: skip


def _run(command: list[str], env: dict[str, str]) -> str:
    name = Path(command[0]).name
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise StorageError(f"{name} could not be started: {exc.strerror or exc}.") from None
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        reason = lines[0] if lines else f"exit code {done.returncode}"
        raise StorageError(f"{name} failed: {reason}")
    return done.stdout
