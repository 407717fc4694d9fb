"""What this process wrote itself, so it does not hear its own commits back as a colleague's.

Shared between the threads of one process (the units of work mark, the live
updates' poller takes), so every access holds the lock.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable


class OwnWrites:
    """Audit ``seq`` numbers this process committed (SQLite), its server backends (PostgreSQL)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._seqs: set[int] = set()
        self._backends: set[int] = set()
        self._watchers = 0  # marks are kept only while a poller reads them

    def watch(self, watching: bool) -> None:
        """A poller starts (True) or stops (False) reading the marks; the last one clears them."""
        with self._lock:
            self._watchers = max(0, self._watchers + (1 if watching else -1))
            if not self._watchers:
                self._seqs.clear()

    def mark(self, seqs: Iterable[int]) -> None:
        """Audit events this process is committing (before the commit, so no poll misses them)."""
        with self._lock:
            if self._watchers:
                self._seqs.update(seqs)

    def unmark(self, seqs: Iterable[int]) -> None:
        """Events that were rolled back after all (their numbers will be someone else's)."""
        with self._lock:
            self._seqs.difference_update(seqs)

    def take_until(self, seq: int) -> frozenset[int]:
        """The marked numbers up to ``seq``, forgotten as they are handed out."""
        with self._lock:
            taken = frozenset(s for s in self._seqs if s <= seq)
            self._seqs -= taken
        return taken

    def add_backend(self, pid: int) -> None:
        with self._lock:
            self._backends.add(pid)

    @property
    def backends(self) -> frozenset[int]:
        """The server process ids of this process's own connections."""
        with self._lock:
            return frozenset(self._backends)
