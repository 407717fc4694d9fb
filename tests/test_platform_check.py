"""The start-up check of Qt's platform plugin: one plain line and exit 3 when a library is missing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from imh_desktop import platform_check
from imh_desktop.app import run_gui
from imh_desktop.platform_check import (
    EXIT_MISSING_LIBRARY,
    Unloadable,
    missing_libraries,
    platform_candidates,
    platform_problem,
)

LDD_MISSING = """\
\tlinux-vdso.so.1 (0x00007ffd5b7f1000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x7f)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f2d3c1a8000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f2d3c0b9000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f2d3be1e000)
"""
LDD_ALL_FOUND = "\n".join(line for line in LDD_MISSING.splitlines() if "not found" not in line)
FAKE_PLUGIN = Path("/venv/PySide6/Qt/plugins/platforms/libqxcb.so")


def tools(*present: str):
    """A shutil.which stand-in: only ``present`` are on PATH."""
    return lambda name: f"/usr/bin/{name}" if name in present else None


def ldd_says(output: str | None):
    calls: list[list[str]] = []

    def run(args):
        calls.append(list(args))
        return output

    run.calls = calls
    return run


def must_not_load(path: str) -> None:
    raise AssertionError(f"ctypes should not be needed when ldd answers ({path})")


@pytest.fixture
def fake_plugin(monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(platform_check, "plugin_path", lambda name, env: FAKE_PLUGIN)
    return FAKE_PLUGIN


def test_which_plugin_qt_will_try() -> None:
    assert platform_candidates({}) == ["xcb"]
    assert platform_candidates({"DISPLAY": ":0"}) == ["xcb"]
    assert platform_candidates({"XDG_SESSION_TYPE": "x11"}) == ["xcb"]
    assert platform_candidates({"XDG_SESSION_TYPE": "wayland"}) == ["wayland", "xcb"]
    assert platform_candidates({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}) == ["offscreen"]
    assert platform_candidates({"QT_QPA_PLATFORM": "xcb:dpi=96"}) == ["xcb"]
    assert platform_candidates({"QT_QPA_PLATFORM": "wayland;xcb", "XDG_SESSION_TYPE": "x11"}) == [
        "wayland",
        "xcb",
    ]


def test_missing_library_is_one_line_naming_it_and_the_apt_command(fake_plugin: Path) -> None:
    run = ldd_says(LDD_MISSING)
    problem = platform_problem(
        {"DISPLAY": ":0"},
        system="linux",
        which=tools("ldd", "apt-get"),
        run=run,
        load=must_not_load,
        root=False,
    )
    assert problem == (
        "imh-desktop: cannot open a window: Qt's xcb platform plugin needs "
        "libxcb-icccm.so.4, libxcb-keysyms.so.1, which are not installed; "
        "install them with: sudo apt-get install libxcb-icccm4 libxcb-keysyms1"
    )
    assert "\n" not in problem
    assert run.calls == [["/usr/bin/ldd", str(fake_plugin)]]


def test_dnf_machine_gets_the_fedora_package(fake_plugin: Path) -> None:
    output = LDD_ALL_FOUND.replace(
        "libxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f2d3c1a8000)",
        "libxcb-cursor.so.0 => not found",
    )
    problem = platform_problem(
        {"XDG_SESSION_TYPE": "x11"},
        system="linux",
        which=tools("ldd", "dnf"),
        run=ldd_says(output),
        load=must_not_load,
        root=True,
    )
    assert problem == (
        "imh-desktop: cannot open a window: Qt's xcb platform plugin needs "
        "libxcb-cursor.so.0, which is not installed; "
        "install it with: dnf install xcb-util-cursor"
    )


def test_without_ldd_the_loader_names_the_missing_library(fake_plugin: Path) -> None:
    def load(path: str) -> None:
        assert path == str(fake_plugin)
        raise OSError(
            "libxcb-icccm.so.4: cannot open shared object file: No such file or directory"
        )

    problem = platform_problem(
        {"DISPLAY": ":0"},
        system="linux",
        which=tools("apt-get"),
        run=ldd_says(None),
        load=load,
        root=True,
    )
    assert problem == (
        "imh-desktop: cannot open a window: Qt's xcb platform plugin needs "
        "libxcb-icccm.so.4, which is not installed; "
        "install it with: apt-get install libxcb-icccm4"
    )


def test_a_damaged_library_is_named_with_the_reinstall_command(fake_plugin: Path) -> None:
    # ldd stops at a library it finds but cannot load, on stderr.
    ldd_error = (
        f"{fake_plugin}: error while loading shared libraries: "
        "/lib/x86_64-linux-gnu/libxcb-icccm.so.4: file too short\n"
    )
    problem = platform_problem(
        {"DISPLAY": ":0"},
        system="linux",
        which=tools("ldd", "apt-get"),
        run=ldd_says(ldd_error),
        load=must_not_load,
        root=True,
    )
    assert problem == (
        "imh-desktop: cannot open a window: Qt's xcb platform plugin cannot load "
        "libxcb-icccm.so.4 (file too short); "
        "reinstall it with: apt-get install --reinstall libxcb-icccm4"
    )

    def load(path: str) -> None:
        raise OSError("/lib64/libxcb-keysyms.so.1: file too short")

    assert missing_libraries(fake_plugin, tools(), ldd_says(None), load) == [
        Unloadable("libxcb-keysyms.so.1", "file too short")
    ]
    assert platform_check.install_hint(["libxcb-keysyms.so.1"], tools("dnf"), False, True) == (
        "reinstall it with: sudo dnf reinstall xcb-util-keysyms"
    )


def test_unknown_library_and_no_package_manager() -> None:
    output = "\tlibfancy.so.2 => not found\n\tlibc.so.6 => /lib/libc.so.6 (0x1)\n"
    assert missing_libraries(FAKE_PLUGIN, tools("ldd"), ldd_says(output), must_not_load) == [
        Unloadable("libfancy.so.2")
    ]
    assert platform_check.install_hint(["libfancy.so.2"], tools("apt-get"), True) == (
        "find the package that has libfancy.so.2 with: apt-file search libfancy.so.2"
    )
    assert platform_check.install_hint(["libxcb-icccm.so.4"], tools(), True) == (
        "install it with your system's package manager"
    )


def test_all_libraries_present_passes(fake_plugin: Path) -> None:
    loaded: list[str] = []
    assert (
        platform_problem(
            {"DISPLAY": ":0"},
            system="linux",
            which=tools("ldd", "apt-get"),
            run=ldd_says(LDD_ALL_FOUND),
            load=loaded.append,
        )
        is None
    )
    assert loaded == []
    # No ldd: a plugin that loads is fine too.
    assert (
        platform_problem(
            {"DISPLAY": ":0"},
            system="linux",
            which=tools(),
            run=ldd_says(None),
            load=loaded.append,
        )
        is None
    )
    assert loaded == [str(fake_plugin)]


def test_a_working_fallback_plugin_is_enough(fake_plugin: Path) -> None:
    """wayland;xcb: Qt uses xcb (XWayland) when the wayland plugin cannot load."""
    outputs = iter([LDD_MISSING, LDD_ALL_FOUND])
    problem = platform_problem(
        {"XDG_SESSION_TYPE": "wayland"},
        system="linux",
        which=tools("ldd", "apt-get"),
        run=lambda args: next(outputs),
        load=must_not_load,
    )
    assert problem is None


@pytest.mark.parametrize(
    ("env", "system"),
    [
        ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, "linux"),
        ({"QT_QPA_PLATFORM": "minimal"}, "linux"),
        ({"DISPLAY": ":0"}, "win32"),
        ({"DISPLAY": ":0"}, "darwin"),
    ],
)
def test_offscreen_and_other_systems_skip_the_check(env: dict[str, str], system: str) -> None:
    def fail(*_args: object) -> None:
        raise AssertionError("nothing should be inspected")

    assert platform_problem(env, system=system, which=fail, run=fail, load=fail) is None


def test_the_real_offscreen_run_passes() -> None:
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
    assert platform_check.check_platform() is None


def test_plugin_found_in_pyside6() -> None:
    plugin = platform_check.plugin_path("offscreen", {})
    assert plugin is not None and plugin.name == "libqoffscreen.so" and plugin.is_file()
    assert platform_check.plugin_path("no-such-platform", {}) is None


def test_run_gui_refuses_before_qt_with_exit_3(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    line = "imh-desktop: cannot open a window: ... install it with: apt-get install libxcb-icccm4"
    monkeypatch.setattr(platform_check, "platform_problem", lambda: line)

    def no_database_use(*_args: object) -> None:
        raise AssertionError("the check comes first")

    assert run_gui(no_database_use, "nobody") == EXIT_MISSING_LIBRARY  # type: ignore[arg-type]
    captured = capsys.readouterr()
    assert captured.err == line + "\n"
    assert captured.out == ""
