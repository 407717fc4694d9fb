"""Tests mirror the modules they test, and test modules share helpers the right way.

Every module of ``imh_desktop`` (migrations, ``__init__`` and ``__main__`` aside)
has a test module at the mirrored path (``imh_desktop/services/visits/notes.py``
-> ``tests/services/visits/test_notes.py``; ``imh_desktop/cli_report.py`` ->
``tests/test_cli_report.py``) or is imported by some test module (or by a
``conftest.py`` whose fixtures build it for the tests), unless it is on the
short allow-list below with the reason there is nothing to test directly.

Shared helpers live in fixtures (``conftest.py``) or in helper modules that are
not test modules (``tests/factories.py``): a test module never imports another
test module or a ``conftest``.

Run ``python -m tests.test_layout`` to list the modules no test covers.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "imh_desktop"
TESTS = ROOT / "tests"

# module -> why no test needs to import it directly. Keep it short.
ALLOWED: dict[str, str] = {
    "imh_desktop.data.migrations.env": "Alembic's entry script; every migration test runs it",
}


def package_modules() -> list[str]:
    """Dotted names of the modules that should be tested."""
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(ROOT)
        if path.stem in ("__init__", "__main__") or "versions" in rel.parts[:-1]:
            continue
        names.append(".".join(rel.with_suffix("").parts))
    return names


def mirrored_test(module: str) -> Path:
    """``imh_desktop.a.b.c`` -> ``tests/a/b/test_c.py``."""
    parts = module.split(".")[1:]
    return TESTS.joinpath(*parts[:-1], f"test_{parts[-1]}.py")


def all_test_modules() -> list[Path]:
    return sorted(TESTS.rglob("test_*.py"))


def _is_module(name: str) -> bool:
    path = ROOT.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _reexports(package: str) -> dict[str, str]:
    """Names a package's ``__init__`` imports from its modules: name -> module."""
    init = ROOT.joinpath(*package.split("."), "__init__.py")
    if not init.is_file():
        return {}
    found = {}
    for node in ast.parse(init.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.update({alias.asname or alias.name: node.module for alias in node.names})
    return found


def imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports.

    ``from a import b`` counts ``a``, and ``a.b`` when that is a module, or the
    module ``a``'s ``__init__`` took ``b`` from (a package re-exporting a name).
    """
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            reexported = _reexports(node.module)
            for alias in node.names:
                if _is_module(f"{node.module}.{alias.name}"):
                    found.add(f"{node.module}.{alias.name}")
                elif alias.name in reexported:
                    found.add(reexported[alias.name])
    return found


def conftests() -> list[Path]:
    return sorted(TESTS.rglob("conftest.py"))


def untested_modules() -> list[str]:
    """Modules with neither a mirrored test module nor a test module or conftest importing them."""
    imported = set().union(*(imported_modules(p) for p in [*all_test_modules(), *conftests()]))
    return [
        m
        for m in package_modules()
        if m not in ALLOWED and m not in imported and not mirrored_test(m).is_file()
    ]


def test_every_module_has_a_test():
    missing = untested_modules()
    assert missing == [], "no test module mirrors or imports: " + ", ".join(missing)


def test_allow_list_names_real_untested_modules_with_a_reason():
    modules = set(package_modules())
    imported = set().union(*(imported_modules(p) for p in [*all_test_modules(), *conftests()]))
    for name, reason in ALLOWED.items():
        assert name in modules, f"{name} is allowed but no such module"
        assert reason.strip(), f"{name} needs a reason"
        assert name not in imported and not mirrored_test(name).is_file(), (
            f"{name} has a test now: take it off the allow-list"
        )


def test_test_modules_import_no_other_test_module_or_conftest():
    offenders = []
    for path in all_test_modules():
        for name in imported_modules(path):
            last = name.rsplit(".", 1)[-1]
            if name.startswith("tests.") and (last.startswith("test_") or last == "conftest"):
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_no_test_module_sits_outside_a_mirrored_folder():
    """A test folder is a package folder (``tests/ui/team`` for ``imh_desktop/ui/team``)."""
    strays = [
        str(p.relative_to(ROOT))
        for p in all_test_modules()
        if not PACKAGE.joinpath(*p.relative_to(TESTS).parts[:-1]).is_dir()
    ]
    assert strays == []


# Calls that check on their own: pytest.raises, qtbot.waitUntil / waitSignal, qtmodeltester.check.
CHECKING_CALLS = ("raises", "warns", "waitUntil", "waitSignal", "waitSignals", "check")


def _checks_something(function: ast.FunctionDef) -> bool:
    for node in ast.walk(function):
        if isinstance(node, ast.Assert):
            return True
        if isinstance(node, ast.Call):
            called = node.func
            name = called.attr if isinstance(called, ast.Attribute) else getattr(called, "id", "")
            if name in CHECKING_CALLS:
                return True
    return False


def test_every_test_checks_something():
    """A test without an assert (or a pytest.raises, a qtbot wait) cannot fail on a wrong answer."""
    idle = [
        f"{path.relative_to(ROOT)}::{node.name}"
        for path in all_test_modules()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef)
        and node.name.startswith("test_")
        and not _checks_something(node)
    ]
    assert idle == []


def test_the_scan_sees_a_missing_test():
    """The checks above can fail: a made-up module is reported, mirrored and imported ones are not."""
    assert mirrored_test("imh_desktop.services.visits.notes") == (
        TESTS / "services" / "visits" / "test_notes.py"
    )
    assert mirrored_test("imh_desktop.cli_report") == TESTS / "test_cli_report.py"
    modules = package_modules()
    assert "imh_desktop.ui.team.view" in modules and "imh_desktop.__main__" not in modules
    assert not any(".versions." in m for m in modules)
    here = imported_modules(Path(__file__))
    assert "ast" in here and "pathlib" in here
    idle, checked = ast.parse("def test_a():\n    run()\n\ndef test_b():\n    assert run()\n").body
    assert not _checks_something(idle) and _checks_something(checked)


if __name__ == "__main__":
    print("\n".join(untested_modules()))
