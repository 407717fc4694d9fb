"""The build hook: the translations (.qm) are compiled from resources/i18n/*.ts.

Everything else is in pyproject.toml. ``pip install .`` compiles them into the
wheel's ``imh_desktop/resources/i18n``; ``pip install -e .`` into the same
folder of the checkout (git ignores the .qm files).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithTranslations(build_py):
    """build_py, then lrelease every .ts into the package's resources/i18n."""

    def run(self) -> None:
        super().run()
        spec = importlib.util.spec_from_file_location(
            "i18n_update", ROOT / "resources" / "i18n" / "update.py"
        )
        assert spec is not None and spec.loader is not None
        update = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(update)
        target = ROOT if self.editable_mode else Path(self.build_lib)
        update.release(target / "imh_desktop" / "resources" / "i18n")


setup(cmdclass={"build_py": BuildWithTranslations})
