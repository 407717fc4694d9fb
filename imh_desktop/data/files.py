"""Files and folders that hold protected health information: owner-only, whatever the umask.

The database and its ``-wal``/``-shm`` companions, upgrade backups, the log,
exports and PDFs are created readable and writable by their owner alone
(``0600``) in folders only the owner can open (``0700``). The mode is given
when the file is created and set again afterwards, so neither a permissive
umask nor a looser file left by an older version widens it.

:func:`atomic_write` writes a file whole or not at all through a temporary
file in the destination's own folder (never the system's temporary folder),
created ``0600`` and removed if anything fails.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def private_folder(path: Path | str, tighten_existing: bool = False) -> Path:
    """Create ``path`` and any missing parents as ``0700`` folders; return it.

    ``tighten_existing``: the folder is the program's own (its data or log
    folder), so an existing one is set to ``0700`` too. Folders the user chose
    (where an export goes) are left as they are.
    """
    folder = Path(path).expanduser()
    missing: list[Path] = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for created in reversed(missing):
        with contextlib.suppress(FileExistsError):
            created.mkdir(mode=FOLDER_MODE)
        os.chmod(created, FOLDER_MODE)
    if tighten_existing:
        os.chmod(folder, FOLDER_MODE)
    return folder


def private_file(path: Path | str) -> Path:
    """Make sure ``path`` exists as an owner-only file (created empty, or its mode tightened)."""
    target = Path(path)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT, FILE_MODE)
    os.close(fd)
    os.chmod(target, FILE_MODE)
    return target


def tighten(path: Path | str) -> None:
    """Set an existing file to ``0600``; a missing one is fine."""
    with contextlib.suppress(FileNotFoundError):
        os.chmod(path, FILE_MODE)


def atomic_write(target: Path, write: Callable[[Path], object], suffix: str = ".part") -> Path:
    """Call ``write(tmp)`` on an owner-only temporary file beside ``target``, then move it there.

    The temporary file is created ``0600`` by ``mkstemp`` in ``target``'s
    folder, flushed to disk before the move and removed when ``write`` or the
    move fails, so neither half a file nor a stray copy is left behind.
    OSError is passed on for the caller to word.
    """
    fd, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=suffix, dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        os.chmod(tmp, FILE_MODE)  # in case ``write`` replaced the file instead of filling it
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return target
