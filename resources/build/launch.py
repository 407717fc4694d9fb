"""The built program's entry point: the same as ``imh-desktop`` or ``python -m imh_desktop``."""

import sys

from imh_desktop.cli import main

sys.exit(main())
