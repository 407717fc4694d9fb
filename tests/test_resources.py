"""resources/: the icon in every size, the desktop entry, AppStream metainfo and the build spec."""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image, ImageChops

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
ICONS = RESOURCES / "icons"
APP_ID = "org.imhdesktop.IMHDesktop"
DESKTOP = RESOURCES / "linux" / f"{APP_ID}.desktop"
METAINFO = RESOURCES / "linux" / f"{APP_ID}.metainfo.xml"


def _load(name: str):
    """A module of resources/build/, which is not a package."""
    spec = importlib.util.spec_from_file_location(name, RESOURCES / "build" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


make_icons = _load("make_icons")
bundle = _load("bundle")


@pytest.mark.parametrize("size", make_icons.SIZES)
def test_a_png_of_every_size_is_a_square_image_with_transparent_corners(size):
    with Image.open(make_icons.png_path(size)) as image:
        image.load()
        assert image.format == "PNG"
        assert image.size == (size, size)
        assert image.mode == "RGBA"
        assert image.getpixel((0, 0))[3] == 0  # rounded corners
        assert image.getpixel((size // 2, size // 2))[3] == 255


def test_the_pngs_are_drawn_from_the_current_svg(qapp):
    """Editing the SVG without running make_icons.py fails here."""
    for size in (16, 64, 256):
        fresh = Image.open(__import__("io").BytesIO(make_icons.render_png(make_icons.SVG, size)))
        with Image.open(make_icons.png_path(size)) as kept:
            difference = ImageChops.difference(fresh.convert("RGBA"), kept.convert("RGBA"))
            assert max(high for _low, high in difference.getextrema()) <= 8, size


def test_the_ico_holds_every_windows_size():
    with Image.open(make_icons.ICO) as ico:
        assert ico.format == "ICO"
        assert {(s, s) for s in make_icons.ICO_SIZES} <= set(ico.info["sizes"])


def test_the_package_carries_the_same_svg_for_the_window_icon():
    assert make_icons.PACKAGE_SVG.read_bytes() == make_icons.SVG.read_bytes()
    root = ET.fromstring(make_icons.SVG.read_bytes())
    assert root.get("viewBox") == "0 0 256 256"


def test_the_icns_is_made_when_asked(tmp_path, monkeypatch, qapp):
    """The ICNS is not committed; make_icons.py writes it (with the rest) where it is told."""
    for name in ("PNG_DIR", "ICO", "ICNS", "PACKAGE_SVG"):
        target = getattr(make_icons, name)
        monkeypatch.setattr(make_icons, name, tmp_path / target.name)
    monkeypatch.setattr(make_icons, "ROOT", tmp_path)
    assert make_icons.main() == 0
    with Image.open(tmp_path / "imh-desktop.icns") as icns:
        assert icns.format == "ICNS"
        assert icns.size == (1024, 1024)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_has_the_required_keys():
    entry = _desktop_entry()
    for key in ("Type", "Name", "Exec", "Icon", "Categories", "Comment"):
        assert entry.get(key), key
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "imh-desktop"  # the console script and the built program
    assert entry["Icon"] == APP_ID
    assert entry["Categories"].endswith(";")
    assert entry["Terminal"] == "false"


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils absent")
def test_desktop_file_validate_accepts_the_entry():
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_metainfo_names_the_app_and_its_desktop_entry():
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("name") == "IMH Desktop"
    assert root.find("provides/binary").text == "imh-desktop"
    from imh_desktop import __version__

    assert root.find("releases/release").get("version") == __version__


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream absent")
def test_appstreamcli_accepts_the_metainfo():
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_app_names_its_desktop_entry():
    from imh_desktop.ui.common.icons import DESKTOP_ID

    assert DESKTOP_ID == APP_ID


def test_every_data_file_of_the_package_is_in_the_bundle():
    """A new runtime file (a font, a handout's text, a migration) cannot be left out of the build."""
    data = [
        p
        for p in bundle.PACKAGE.rglob("*")
        if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts
    ]
    assert len(data) >= 15
    assert [p for p in data if not bundle.covered(p)] == []


def test_the_bundle_carries_alembics_script_folder_and_the_runtime_data():
    entries = dict((Path(dest).as_posix(), Path(src)) for src, dest in bundle.data_entries())
    for folder in ("resources", "data/migrations", "reports/handout_text", "demo/data"):
        assert entries[f"imh_desktop/{folder}"].is_dir(), folder
    migrations = entries["imh_desktop/data/migrations"]
    assert (migrations / "env.py").is_file() and (migrations / "script.py.mako").is_file()
    assert len(list((migrations / "versions").glob("0*.py"))) >= 9  # Alembic reads them as files
    assert (entries["imh_desktop/resources"] / "fonts" / "DejaVuSans.ttf").is_file()
    assert (entries["imh_desktop/resources"] / "icons" / "imh-desktop.svg").is_file()
    assert list(entries["imh_desktop/reports/handout_text"].glob("*.toml"))
    for src, _dest in bundle.data_entries():
        assert Path(src).exists(), src


def test_the_spec_uses_the_bundle_lists_and_the_icons():
    spec = (RESOURCES / "build" / "imh-desktop.spec").read_text(encoding="utf-8")
    for name in ("bundle.data_entries()", "bundle.HIDDEN_IMPORTS", "bundle.COLLECT_SUBMODULES",
                 "bundle.COLLECT_DATA", "imh-desktop.ico", "imh-desktop.icns"):  # fmt: skip
        assert name in spec, name
    for module in ("sqlcipher3.dbapi2", "argon2._password_hasher", "xlsxwriter", "PySide6.QtPdf"):
        assert module in bundle.HIDDEN_IMPORTS
    assert "imh_desktop" in bundle.COLLECT_SUBMODULES  # cli_* and the tabs are imported by name


def test_pyinstaller_is_in_the_build_extra_not_the_test_extra():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    assert any(d.startswith("pyinstaller>=") for d in extras["build"])
    assert not any(d.lower().startswith("pyinstaller") for d in extras["test"])
    assert any(d.startswith("qtawesome>=") for d in project["dependencies"])
