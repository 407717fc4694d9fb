"""A file saved from the audit screens: folder checked, save recorded, file written whole.

Both the audit log's CSV (``audit.export``) and a check's report
(``audit.verify_report``) are saved the same way, in the same order: a
missing folder is refused before anything is recorded, so a save that cannot
happen leaves no audit event; then the caller records the export in its own
unit of work; then the file is written to an owner-only temporary file beside
its target and moved into place (``data.files.atomic_write``), so a failure
never leaves half a file. Failures become a :class:`DomainError` on the field
"path", in words a clinician can act on.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from imh_desktop.data.files import atomic_write
from imh_desktop.domain.errors import DomainError


def save_file(
    path: Path | str,
    suffix: str,
    record: Callable[[Path], object],
    write: Callable[[Path], object],
) -> Path:
    """Check ``path``'s folder, ``record(target)`` the export, then ``write(tmp)`` it into place.

    ``record`` is the caller's audited unit of work (it may refuse); it runs only when the
    folder exists, and the file is written only after it committed. Returns the path written.
    """
    target = Path(path)
    if not target.parent.is_dir():
        raise DomainError("That folder does not exist. Choose another place to save.", "path")
    record(target)
    try:
        return atomic_write(target, write, suffix=suffix)
    except OSError as exc:
        raise DomainError(
            f"The file could not be written ({exc.strerror or 'error'}). Choose another place.",
            "path",
        ) from None
