"""Build IMH Desktop as one folder that runs without Python, and check the result.

    pip install -e '.[build]'
    python resources/build/build.py            # -> dist/imh-desktop/imh-desktop
    python resources/build/build.py --check    # build, then run the built app's checks
    python resources/build/build.py --check-only --gui shot.png   # + its window, on Xvfb

PyInstaller reads resources/build/imh-desktop.spec (the data folders and hidden
imports are listed in bundle.py). ``--check`` runs the built program with
Python hidden from it (when run as root with ``unshare``: a private mount
namespace lays empty folders over every Python installation, and proves that
``python3`` no longer starts): ``--version``; ``demo`` into a new encrypted
database (Alembic's migration files, SQLCipher, argon2); the caseload exported
to Excel (pandas, xlsxwriter) and printed to PDF (ReportLab, the fonts).
``--gui SHOT.png`` then opens the built app's window on a virtual X display
and quits it with Ctrl+Q, through ``.ci/xvfb-smoke`` (the same check as the
installed app's, with ``IMH_SMOKE_COMMAND`` naming the built program; it
also checks the window's icon). ``--check-only`` skips the build. Exit
status 0 when everything passed.
"""

from __future__ import annotations

import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SPEC = HERE / "imh-desktop.spec"
DIST = ROOT / "dist"
APP_DIR = DIST / "imh-desktop"
PROGRAM = APP_DIR / ("imh-desktop.exe" if sys.platform == "win32" else "imh-desktop")
WITHOUT_PYTHON = HERE / "without-python"
DEMO_PASSWORD = "demo passphrase"  # imh_desktop.demo.generate.DEMO_PASSWORD


def build() -> None:
    """Run PyInstaller on the spec; the ICNS is made first on macOS (it is not committed)."""
    icons = ROOT / "resources" / "icons"
    if sys.platform == "darwin" and not (icons / "imh-desktop.icns").exists():
        subprocess.run([sys.executable, str(HERE / "make_icons.py")], check=True)
    # The translations (.qm, not committed) into the package's resources/, which the spec carries.
    qm_dir = ROOT / "imh_desktop" / "resources" / "i18n"
    subprocess.run([sys.executable, str(ROOT / "resources" / "i18n" / "update.py"), "--release",
                    str(qm_dir)], check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"),
               str(SPEC)]  # fmt: skip
    subprocess.run(command, check=True, cwd=ROOT)


def python_hidden() -> list[str]:
    """A prefix that runs a command with every Python installation hidden, if this machine can."""
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("unshare") is None:
        return []
    folders = {Path(sys.prefix), Path(sys.base_prefix)}
    for pattern in ("/usr/lib/python3*", "/usr/local/lib/python3*", "/opt/*python*"):
        folders.update(Path(p) for p in glob.glob(pattern))
    hidden = sorted(
        str(f)
        for f in folders
        if f.is_dir() and f not in (Path("/"), Path("/usr")) and f not in PROGRAM.parents
    )
    return ["unshare", "--mount", str(WITHOUT_PYTHON), *hidden, "--"]


def run(prefix: list[str], *args: str, env: dict[str, str]) -> str:
    """Run the built program with ``args``; its output, or SystemExit naming what failed."""
    started = time.monotonic()
    done = subprocess.run([*prefix, str(PROGRAM), *args], capture_output=True, text=True,
                          env=env, timeout=300, check=False)  # fmt: skip
    output = done.stdout + done.stderr
    print(f"  imh-desktop {' '.join(args)}: status {done.returncode}, "
          f"{time.monotonic() - started:.1f} s")  # fmt: skip
    if done.returncode != 0 or "Traceback" in output:
        raise SystemExit(f"FAIL: imh-desktop {' '.join(args)}:\n{output}")
    return output


def check_files() -> None:
    """What the commands below do not load is at least in the folder: QtPdf (the report
    preview), the icon font, every migration file."""
    inside = APP_DIR / "_internal" if (APP_DIR / "_internal").is_dir() else APP_DIR
    wanted = {
        "QtPdf (the report preview)": "PySide6/QtPdf.*",
        "QtPdfWidgets": "PySide6/QtPdfWidgets.*",
        "the icon font": "qtawesome/fonts/materialdesignicons6-*.ttf",
        "the window icon": "imh_desktop/resources/icons/imh-desktop.svg",
        "the Spanish translation": "imh_desktop/resources/i18n/imh_desktop_es.qm",
        "Qt's Spanish (standard buttons)": "PySide6/Qt/translations/qtbase_es.qm",
    }
    missing = [what for what, pattern in wanted.items() if not list(inside.glob(pattern))]
    source = ROOT / "imh_desktop" / "data" / "migrations" / "versions"
    bundled = inside / "imh_desktop" / "data" / "migrations" / "versions"
    names = {p.name for p in source.glob("*.py")}
    if not bundled.is_dir() or names - {p.name for p in bundled.glob("*.py")}:
        missing.append("migration files")
    if missing:
        raise SystemExit(f"FAIL: the build lacks {', '.join(missing)}")
    print(f"  files: QtPdf, the icon font, the window icon, the translations, "
          f"{len(names)} migration files")  # fmt: skip


def check() -> None:
    """Run the built program's checks (module docstring); SystemExit on the first failure."""
    if not PROGRAM.exists():
        raise SystemExit(f"FAIL: {PROGRAM} is missing: build first")
    check_files()
    prefix = python_hidden()
    print("checks, " + ("with Python hidden (unshare)" if prefix else "Python not hidden"))
    with tempfile.TemporaryDirectory(prefix="imh-build-check-") as tmp:
        home = Path(tmp)
        password = home / "password"
        password.write_text(DEMO_PASSWORD + "\n", encoding="utf-8")
        password.chmod(0o600)
        env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
               "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
               "XDG_STATE_HOME": str(home / "state"), "XDG_CACHE_HOME": str(home / "cache"),
               "IMH_PASSWORD_FILE": str(password), "QT_QPA_PLATFORM": "offscreen"}  # fmt: skip
        version = run(prefix, "--version", env=env).strip()
        if not version.startswith("IMH Desktop "):
            raise SystemExit(f"FAIL: --version said {version!r}")
        url = f"sqlite:///{home / 'demo.sqlite'}"
        made = run(prefix, "demo", "--database", url, "--families", "6", env=env)
        if "(encrypted)" not in made:
            raise SystemExit(f"FAIL: the demo database is not encrypted:\n{made}")
        users = next(line for line in made.splitlines() if line.startswith("Staff usernames:"))
        specialist = users.split(":", 1)[1].replace(",", " ").split()[0]  # the first: a specialist
        sheet, pdf = home / "caseload.xlsx", home / "caseload.pdf"
        run(prefix, "export", "caseload", "--database", url, "--user", specialist,
            "--out", str(sheet), env=env)  # fmt: skip
        run(prefix, "report", "caseload", "--database", url, "--user", specialist,
            "--out", str(pdf), env=env)  # fmt: skip
        if sheet.read_bytes()[:2] != b"PK" or pdf.read_bytes()[:5] != b"%PDF-":
            raise SystemExit("FAIL: the Excel file or the PDF is not what it should be")
        print(f"ok: {version}; demo made encrypted; {sheet.name} {sheet.stat().st_size:,} bytes; "
              f"{pdf.name} {pdf.stat().st_size:,} bytes")  # fmt: skip


def check_window(screenshot: Path) -> None:
    """Open the built app's window on Xvfb and quit it with Ctrl+Q, as ``.ci/xvfb-smoke`` does."""
    command = [*python_hidden(), str(PROGRAM)]
    if any(" " in part for part in command):
        raise SystemExit("FAIL: .ci/xvfb-smoke splits its command at spaces; build elsewhere")
    env = {**os.environ, "IMH_SMOKE_COMMAND": " ".join(command)}
    done = subprocess.run([str(ROOT / ".ci" / "xvfb-smoke"), str(screenshot)], env=env, check=False)
    if done.returncode != 0:
        raise SystemExit("FAIL: the built app's window (.ci/xvfb-smoke)")


def folder_size(folder: Path) -> int:
    """Bytes in ``folder``'s files (a symbolic link to a library counts once, as its target)."""
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="run the checks after building")
    parser.add_argument("--check-only", action="store_true", help="check the existing build")
    parser.add_argument(
        "--gui", metavar="SHOT.png", type=Path, help="also open the window on Xvfb, save a shot"
    )
    args = parser.parse_args()
    started = time.monotonic()
    if not args.check_only:
        build()
        print(f"built {PROGRAM.relative_to(ROOT)} in {time.monotonic() - started:.0f} s "
              f"({folder_size(APP_DIR) / 1e6:.0f} MB)")  # fmt: skip
    if args.check or args.check_only:
        check()
    if args.gui:
        check_window(args.gui.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
