"""Faults made on purpose: an unwritable database, a full disk, as really as this machine allows.

As root, file permissions do not stop writes, so a read-only folder is a
read-only bind mount and a read-only file an immutable one (``chattr +i``);
as anyone else, ``chmod`` does it. A full disk is a tiny tmpfs (root only).
Each fixture skips when the machine cannot provide it. Test modules import the
fixtures they use from here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from imh_desktop.data import db as db_module

IS_ROOT = os.geteuid() == 0


def closed_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (it was free a moment ago)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _run(*command: str) -> bool:
    return subprocess.run(command, capture_output=True, check=False).returncode == 0


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[callable]:
    """``make(folder) -> Path``: the folder, seen read-only (a bind mount, or chmod 0555)."""
    mounts: list[Path] = []
    chmodded: list[Path] = []

    def make(folder: Path) -> Path:
        if not IS_ROOT:
            for path in (folder, *folder.iterdir()):
                path.chmod(0o555 if path.is_dir() else 0o444)
                chmodded.append(path)
            return folder
        view = tmp_path / f"ro-{len(mounts)}"
        view.mkdir()
        if not (_run("mount", "--bind", str(folder), str(view))):
            pytest.skip("cannot bind-mount here")
        mounts.append(view)
        if not _run("mount", "-o", "remount,ro,bind", str(view)):
            pytest.skip("cannot remount read-only here")
        return view

    yield make
    for view in reversed(mounts):
        _run("umount", "-l", str(view))
    for path in chmodded:
        path.chmod(0o755 if path.is_dir() else 0o644)


@pytest.fixture
def read_only_file() -> Iterator[callable]:
    """``make(path)``: the file can no longer be written (immutable as root, else chmod)."""
    made: list[Path] = []

    def make(path: Path) -> None:
        if IS_ROOT:
            if shutil.which("chattr") is None or not _run("chattr", "+i", str(path)):
                pytest.skip("cannot make a file immutable here")
        else:
            path.chmod(0o444)
        made.append(path)

    yield make
    for path in made:
        if IS_ROOT:
            _run("chattr", "-i", str(path))
        else:
            path.chmod(0o644)


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[callable]:
    """``make(kib) -> Path``: a folder on a tmpfs of that size (root only, else skip)."""
    mounts: list[Path] = []

    def make(kib: int) -> Path:
        if not IS_ROOT:
            pytest.skip("mounting a tmpfs needs root")
        folder = tmp_path / f"disk-{len(mounts)}"
        folder.mkdir()
        if not _run("mount", "-t", "tmpfs", "-o", f"size={kib}k", "tmpfs", str(folder)):
            pytest.skip("cannot mount a tmpfs here")
        mounts.append(folder)
        return folder

    yield make
    for folder in reversed(mounts):
        _run("umount", "-l", str(folder))


def fill(folder: Path) -> None:
    """Fill the disk holding ``folder`` to the last byte."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)


class PageCap:
    """Makes SQLite files unable to grow: SQLite then reports "database or disk is full".

    ``PRAGMA max_page_count`` is set to the file's size on every new connection:
    a write that needs a new page fails with SQLITE_FULL, exactly as on a full
    disk, on any machine. ``cap()`` covers databases opened from now on;
    ``cap(db)`` also an open one; ``lift(db)`` frees it again.
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.monkeypatch = monkeypatch
        self.original = db_module._set_sqlite_pragmas

    def _capped(self, connection, record) -> None:
        self.original(connection, record)
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count={pages}")

    def cap(self, database: db_module.Database | None = None) -> None:
        self.monkeypatch.setattr(db_module, "_set_sqlite_pragmas", self._capped)
        if database is not None:
            self._swap(database, self.original, self._capped)

    def lift(self, database: db_module.Database) -> None:
        self.monkeypatch.setattr(db_module, "_set_sqlite_pragmas", self.original)
        self._swap(database, self._capped, self.original)

    @staticmethod
    def _swap(database: db_module.Database, old, new) -> None:
        from sqlalchemy import event

        database.engine.dispose()
        if event.contains(database.engine, "connect", old):
            event.remove(database.engine, "connect", old)
        event.listen(database.engine, "connect", new)


@pytest.fixture
def page_cap(monkeypatch: pytest.MonkeyPatch) -> PageCap:
    return PageCap(monkeypatch)
