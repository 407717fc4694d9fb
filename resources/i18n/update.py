"""Refresh the translation sources (.ts) from the code, check them, build the .qm files.

    python resources/i18n/update.py              # new and changed strings into every .ts
    python resources/i18n/update.py --check      # status 1 if a .ts is stale or lacks a translation
    python resources/i18n/update.py --release DIR   # compile every .ts into DIR/*.qm

One .ts per language, ``imh_desktop_<lang>.ts``, for the whole package (why:
docs/translation.md). ``imh_desktop_en.ts`` holds only the English plural
forms ("%n family" / "%n families"); English needs no other translation.

Before lupdate runs, the messages of the domain's errors (``raise
DomainError("...")`` and its subclasses in domain/, data/ and services/) are
gathered into ``imh_desktop/ui/common/domain_messages.py``, so lupdate sees
them under the context "DomainError" while domain/ stays free of Qt. An
f-string message becomes a template with %1, %2 for its values
(ui.common.i18n.user_message matches a message against it).

Standard library only: setup.py's build hook and the PyInstaller build run
``release`` too, and PySide6 is found as a folder, not imported.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PACKAGE = ROOT / "imh_desktop"
CATALOG = PACKAGE / "ui" / "common" / "domain_messages.py"
PREFIX = "imh_desktop_"
ENGLISH = "en"  # plural forms only
DOMAIN_SOURCES = ("domain", "data", "services")
# Domain functions whose returned words the screens show (a refusal, a goal's review prompt).
TEXT_FUNCTIONS = {"refusal", "review_prompt", "disk_full_message"}
NOT_SHOWN = {"ValueError", "TypeError", "KeyError", "RuntimeError", "LookupError",
             "AssertionError", "NotImplementedError", "OSError", "IndexError"}  # fmt: skip


def ts_files() -> list[Path]:
    """The translation sources, one per language."""
    return sorted(HERE.glob(f"{PREFIX}*.ts"))


def language(ts: Path) -> str:
    return ts.stem.removeprefix(PREFIX)


def qt_tool(name: str) -> str:
    """PySide6's lupdate/lrelease: next to the PySide6 package (found, not imported)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            for candidate in (name, name + ".exe"):
                if (Path(folder) / candidate).is_file():
                    return str(Path(folder) / candidate)
    raise SystemExit(f"{name} not found: install PySide6-Essentials")


def sources() -> list[Path]:
    """Every module lupdate reads: the package without its migrations."""
    return sorted(
        p for p in PACKAGE.rglob("*.py") if "migrations" not in p.relative_to(PACKAGE).parts
    )


def _template(node: ast.expr) -> str | None:
    """A raise's message as the translator sees it; None when it is not written out."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts, n = [], 0
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(str(value.value))
            else:
                n += 1
                parts.append(f"%{n}")
        return "".join(parts)
    return None


def domain_messages() -> list[str]:
    """The messages of every error raised in domain/, data/ and services/, in file order."""
    found: dict[str, None] = {}
    for folder in DOMAIN_SOURCES:
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for function in ast.walk(tree):
                if isinstance(function, ast.FunctionDef) and function.name in TEXT_FUNCTIONS:
                    for ret in ast.walk(function):
                        if isinstance(ret, ast.Return) and ret.value is not None:
                            nodes = list(ast.walk(ret.value))
                            inner = {id(v) for n in nodes if isinstance(n, ast.JoinedStr)
                                     for v in n.values}  # fmt: skip
                            for value in nodes:
                                if id(value) in inner or not isinstance(value, ast.expr):
                                    continue
                                text = _template(value)
                                if text and any(c.isalpha() for c in text) and " " in text:
                                    found[text] = None
            for node in tree.body:  # a message kept in a constant: READ_ONLY_MESSAGE = "..."
                if (
                    isinstance(node, ast.Assign)
                    and any(isinstance(t, ast.Name) and t.id.endswith("_MESSAGE")
                            for t in node.targets)
                    and (text := _template(node.value))
                ):  # fmt: skip
                    found[text] = None
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Call) and node.args):
                    continue
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                if not name.endswith("Error") or name in NOT_SHOWN:
                    continue
                text = _template(node.args[0])
                if text and any(c.isalpha() for c in text):
                    found[text] = None
    return list(found)


def write_catalog() -> int:
    """Write ui/common/domain_messages.py; the number of messages."""
    messages = domain_messages()
    lines = [
        '"""The domain\'s error messages for lupdate, made by resources/i18n/update.py.',
        "",
        "Do not edit. An f-string message is a template, its values %1, %2 (i18n.user_message).",
        '"""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "MESSAGES: tuple[object, ...] = (",
        *(f'    QT_TRANSLATE_NOOP("DomainError", {m!r}),' for m in messages),
        ")",
        "",
    ]
    text = "\n".join(lines)
    if not CATALOG.exists() or CATALOG.read_text(encoding="utf-8") != text:
        CATALOG.write_text(text, encoding="utf-8")
    return len(messages)


def lupdate(ts: Path, extra: tuple[str, ...] = ()) -> str:
    """Run lupdate over the package into ``ts``; its report."""
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as listing:
        listing.write("\n".join(str(p) for p in sources()))
    try:
        flags = ("-pluralonly",) if language(ts) == ENGLISH else ()
        done = subprocess.run(
            [qt_tool("lupdate"), "-no-obsolete", "-locations", "none", *flags, *extra,
             f"@{listing.name}", "-ts", str(ts)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
    finally:
        os.unlink(listing.name)
    return done.stdout + done.stderr


def english_forms(source: str) -> tuple[str, str]:
    """The English singular and plural of a source written "%n family(ies)", "%n note(s)"."""
    one = re.sub(r"y\(ies\)", "y", source)
    many = re.sub(r"y\(ies\)", "ies", source)
    return re.sub(r"\((e?s)\)", "", one), re.sub(r"\((e?s)\)", r"\1", many)


def fill_english(ts: Path) -> None:
    """Write the English plural forms of every unfinished numerus message of ``ts``."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts)
    changed = False
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") != "unfinished":
            continue
        for element, text in zip(
            translation.findall("numerusform"), english_forms(source), strict=False
        ):
            element.text = text
        del translation.attrib["type"]
        changed = True
    if changed:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        lupdate(ts)  # back to lupdate's own layout


def unfinished(ts: Path) -> int:
    """How many strings of ``ts`` still lack a translation."""
    import xml.etree.ElementTree as ET

    count = 0
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            count += 1
    return count


def release(out_dir: Path) -> list[Path]:
    """Compile every .ts into ``out_dir``/imh_desktop_<lang>.qm; the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in ts_files():
        qm = out_dir / (ts.stem + ".qm")
        subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def check() -> int:
    """0 when every .ts has every string of the code, each translated; 1 otherwise."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts in ts_files():
            copy = Path(tmp) / ts.name
            copy.write_bytes(ts.read_bytes())
            lupdate(copy)
            if copy.read_bytes() != ts.read_bytes():
                problems.append(f"{ts.name} is stale: run python resources/i18n/update.py")
            if n := unfinished(ts):
                problems.append(f"{ts.name}: {n} string(s) without a translation")
    print("\n".join(problems) or "translations complete")
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail on stale or untranslated .ts")
    parser.add_argument("--release", metavar="DIR", type=Path, help="compile the .qm files")
    args = parser.parse_args()
    if args.release:
        for qm in release(args.release):
            print(qm)
        return 0
    count = write_catalog()
    if args.check:
        return check()
    print(f"{count} domain messages in {CATALOG.relative_to(ROOT)}")
    for ts in ts_files():
        print(lupdate(ts).strip().splitlines()[-1])
        if language(ts) == ENGLISH:
            fill_english(ts)
        print(f"{ts.name}: {unfinished(ts)} without a translation")
    return 0


if __name__ == "__main__":
    sys.exit(main())
