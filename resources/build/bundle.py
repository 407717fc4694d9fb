"""What the one-folder build must carry besides the Python modules PyInstaller finds itself.

Read by the PyInstaller spec (imh-desktop.spec) and by tests/test_resources.py,
which checks that every data file inside the package lies in one of
DATA_FOLDERS, so a new runtime file cannot be forgotten by the build.

No PyInstaller import here: the test runs without it.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "imh_desktop"

# Folders of runtime data, relative to the package; copied whole, at the same
# place inside the bundle, so importlib.resources finds them as in a checkout.
DATA_FOLDERS = (
    "resources",  # fonts for the PDFs, the common-password list, the window icon
    "data/migrations",  # Alembic's script folder: env.py, script.py.mako, versions/*.py
    "demo/data",  # the demo generator's names, households and prose (TOML)
    "reports/handout_text",  # the parent handouts' text in each language (TOML)
    "domain/instruments",  # EPDS and PHQ-9 wording (JSON)
)
# Single data files, relative to the package.
DATA_FILES = ("domain/asq_intervals.json",)

# Imported by name at run time, where PyInstaller's analysis cannot see them.
HIDDEN_IMPORTS = (
    "sqlcipher3.dbapi2",  # the encrypted SQLite driver (imported in data/cipher.py)
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlalchemy.dialects.postgresql.psycopg",
    "psycopg_binary",  # psycopg loads its C implementation by name
    "argon2._password_hasher",
    "_cffi_backend",  # argon2-cffi's and cryptography's C bindings
    "alembic.ddl.sqlite",
    "alembic.ddl.postgresql",
    "alembic.runtime.migration",
    "xlsxwriter",  # pandas picks its Excel writer by name
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtSvg",  # the SVG window icon
)
# Packages whose every module is bundled: the app's own modules are imported
# lazily and by name (cli.SUBCOMMAND_MODULES, the tabs, pandas inside
# exports), and the migrations import alembic and SQLAlchemy helpers.
COLLECT_SUBMODULES = ("imh_desktop", "qtawesome")
# Packages whose own data files are bundled (qtawesome's icon fonts and charmaps).
COLLECT_DATA = ("qtawesome",)
# Never used by the app; large, and pulled in only through optional imports.
EXCLUDES = ("tkinter", "matplotlib", "IPython", "pytest", "PyQt5", "PyQt6", "PySide2")


def data_entries() -> list[tuple[str, str]]:
    """(source, destination folder) pairs for the spec's ``datas``."""
    entries = []
    for folder in DATA_FOLDERS:
        source = PACKAGE / folder
        entries.append((str(source), str(Path("imh_desktop") / folder)))
    for name in DATA_FILES:
        entries.append((str(PACKAGE / name), str(Path("imh_desktop") / Path(name).parent)))
    return entries


def covered(path: Path) -> bool:
    """Does the bundle carry ``path`` (a file inside the package) as data?"""
    relative = path.relative_to(PACKAGE).as_posix()
    return relative in DATA_FILES or any(relative.startswith(f + "/") for f in DATA_FOLDERS)
