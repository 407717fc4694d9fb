"""Before Qt starts: will its platform plugin load, and if not, which package is missing?

PySide6's wheels carry Qt but not the X11 libraries its ``xcb`` platform plugin
links against (libxcb-cursor, libxcb-icccm, libxcb-keysyms, libxkbcommon-x11,
...). Without them Qt aborts with a long message and a core dump. This module
finds the plugin Qt is going to load, asks the dynamic linker (``ldd``, else
``ctypes``) whether all its libraries are there, and turns a gap into one line
naming the library and the command that installs it.

No Qt import here: it runs before PySide6 loads anything.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

EXIT_MISSING_LIBRARY = 3

# The platform Qt falls back to on Linux (PySide6 wheels are built with xcb).
DEFAULT_PLATFORM = "xcb"
# Plugins whose system libraries are worth checking; the rest (offscreen,
# minimal, vnc, eglfs, linuxfb, ...) draw without a desktop session.
CHECKED_PLATFORMS = ("xcb", "wayland")

# Library -> (Debian/Ubuntu package, Fedora package), for the libraries the
# xcb and wayland plugins and QtGui link against (from ldd on the plugins).
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libwayland-client.so.0": ("libwayland-client0", "libwayland-client"),
    "libwayland-cursor.so.0": ("libwayland-cursor0", "libwayland-cursor"),
    "libwayland-egl.so.1": ("libwayland-egl1", "libwayland-egl"),
}

_LDD_NOT_FOUND = re.compile(r"^[ \t]*(\S+)[ \t]+=>[ \t]+not found[ \t]*$", re.MULTILINE)
# ld.so / dlopen: "<library>: <reason>", after "error while loading shared libraries: " (ldd)
_LOADING = "error while loading shared libraries: "
_LOAD_ERROR = re.compile(r"(?P<path>[^\s:]+\.so[^\s:]*): (?P<reason>[^\n]+)")
_NOT_FOUND_REASON = "cannot open shared object file"

Which = Callable[[str], str | None]
Runner = Callable[[Sequence[str]], str | None]
Loader = Callable[[str], None]


def platform_candidates(env: Mapping[str, str]) -> list[str]:
    """The platform plugins Qt will try, in order, as QGuiApplication decides them.

    ``QT_QPA_PLATFORM`` wins ("wayland;xcb" is a list, "xcb:opt=1" carries
    options). Otherwise the login session type picks xcb or wayland, with xcb
    as the fallback.
    """
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if not chosen:
        session = env.get("XDG_SESSION_TYPE", "")
        if session == "wayland":
            chosen = f"wayland;{DEFAULT_PLATFORM}"
        else:
            chosen = DEFAULT_PLATFORM
    names = [part.split(":", 1)[0].strip() for part in chosen.split(";")]
    return [name for name in names if name]


def plugin_path(name: str, env: Mapping[str, str]) -> Path | None:
    """The file of platform plugin ``name``: QT_QPA_PLATFORM_PLUGIN_PATH first, then PySide6's."""
    folders = []
    if env.get("QT_QPA_PLATFORM_PLUGIN_PATH"):
        folders.append(Path(env["QT_QPA_PLATFORM_PLUGIN_PATH"]))
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            folders.append(Path(location) / "Qt" / "plugins" / "platforms")
    for folder in folders:
        candidate = folder / f"libq{name}.so"
        if candidate.is_file():
            return candidate
    return None


@dataclass(frozen=True)
class Unloadable:
    """A library the plugin needs: not found (``reason`` empty), or found but not loadable."""

    library: str
    reason: str = ""


def _run_ldd(args: Sequence[str]) -> str | None:
    """ldd's stdout and stderr together, or None if it could not run."""
    try:
        done = subprocess.run(list(args), capture_output=True, text=True, timeout=20, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout + done.stderr


def _load_error(text: str) -> Unloadable | None:
    """The library named in a loader error ("libfoo.so.1: cannot open shared object file")."""
    match = _LOAD_ERROR.search(text.split(_LOADING, 1)[-1])
    if match is None:
        return None
    library, reason = Path(match["path"]).name, match["reason"].strip()
    return Unloadable(library, "" if reason.startswith(_NOT_FOUND_REASON) else reason)


def _load(path: str) -> None:
    ctypes.CDLL(path)


def missing_libraries(
    plugin: Path,
    which: Which = shutil.which,
    run: Runner = _run_ldd,
    load: Loader = _load,
) -> list[Unloadable]:
    """Shared libraries ``plugin`` needs that the dynamic linker cannot find or load.

    ``ldd`` lists every missing one, its own dependencies' too, or stops at a
    damaged one. Without ldd (or if it cannot run), loading the plugin with
    ctypes names the first.
    """
    ldd = which("ldd")
    output = run([ldd, str(plugin)]) if ldd else None
    if output is not None:
        missing = list(dict.fromkeys(Unloadable(m) for m in _LDD_NOT_FOUND.findall(output)))
        if missing:
            return missing
        if _LOADING in output and (found := _load_error(output)):
            return [found]
        if "=>" in output:
            return []
    try:
        load(str(plugin))
    except OSError as exc:
        text = str(exc).strip()
        return [_load_error(text) or Unloadable(plugin.name, text or "cannot be loaded")]
    return []


def install_hint(
    libraries: Sequence[str],
    which: Which = shutil.which,
    root: bool = False,
    reinstall: bool = False,
) -> str:
    """How to (re)install ``libraries`` on this machine: an apt-get or dnf command if known."""
    sudo = "" if root else "sudo "
    them = "it" if len(libraries) == 1 else "them"
    verb = "reinstall" if reinstall else "install"
    for tool, column in (("apt-get", 0), ("dnf", 1)):
        if which(tool) is None:
            continue
        packages: list[str] = []
        for library in libraries:
            if library not in PACKAGES:
                finder = "apt-file search" if tool == "apt-get" else "dnf provides"
                return f"find the package that has {library} with: {finder} {library}"
            package = PACKAGES[library][column]
            if package not in packages:
                packages.append(package)
        command = (
            ("install --reinstall" if tool == "apt-get" else "reinstall")
            if reinstall
            else "install"
        )
        return f"{verb} {them} with: {sudo}{tool} {command} {' '.join(packages)}"
    return f"{verb} {them} with your system's package manager"


def platform_problem(
    env: Mapping[str, str] | None = None,
    system: str | None = None,
    which: Which = shutil.which,
    run: Runner = _run_ldd,
    load: Loader = _load,
    root: bool | None = None,
) -> str | None:
    """One line explaining why Qt's platform plugin cannot load, or None if it can (or unknown).

    Only Linux desktop plugins are checked; offscreen, minimal and the like
    (and every other OS) pass. If Qt has a fallback (``wayland;xcb``), one
    loadable plugin is enough.
    """
    env = os.environ if env is None else env
    system = sys.platform if system is None else system
    if not system.startswith("linux"):
        return None
    failures: list[tuple[str, list[Unloadable]]] = []
    for name in platform_candidates(env):
        if name not in CHECKED_PLATFORMS:
            return None
        plugin = plugin_path(name, env)
        if plugin is None:
            return None
        missing = missing_libraries(plugin, which, run, load)
        if not missing:
            return None
        failures.append((name, missing))
    if not failures:
        return None
    name, missing = failures[0]
    root = (os.geteuid() == 0) if root is None else root
    start = f"imh-desktop: cannot open a window: Qt's {name} platform plugin"
    damaged = [m for m in missing if m.reason]
    if damaged:
        library, reason = damaged[0].library, damaged[0].reason
        hint = install_hint([library], which, root, reinstall=True)
        return f"{start} cannot load {library} ({reason}); {hint}"
    libraries = [m.library for m in missing]
    verb = "is" if len(libraries) == 1 else "are"
    return (
        f"{start} needs {', '.join(libraries)}, which {verb} not installed; "
        f"{install_hint(libraries, which, root)}"
    )


def check_platform() -> int | None:
    """Print the one-line problem to stderr and return the exit code, or None if Qt can start."""
    problem = platform_problem()
    if problem is None:
        return None
    print(problem, file=sys.stderr)
    return EXIT_MISSING_LIBRARY
