"""The PySide6 user interface.

PySide6 6.12.0 on Python 3.11 hands back ``None``, ``True`` and ``False``
from C++ calls (a method returning nothing, ``Signal.emit``, ``isVisible``)
without taking a reference to them, so every such call costs the singleton
one reference; after some tens of thousands of calls its count reaches zero
and the interpreter aborts ("none_dealloc" / "bool_dealloc"), often at exit.
From Python 3.12 these objects are immortal and nothing happens. Until a
PySide6 release fixes it, the three are given a reference count no session
can use up (see :func:`_keep_singletons_alive`).
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40  # more references than any session can lose


def _keep_singletons_alive() -> None:
    """Raise the reference counts of None, True and False far out of reach (Python < 3.12).

    ``ob_refcnt`` is the first field of every object in CPython, at ``id(obj)``.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return  # immortal already
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE


_keep_singletons_alive()
