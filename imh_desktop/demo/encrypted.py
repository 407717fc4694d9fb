"""The demo database, encrypted like a real one.

A new demo file gets a random key, and every demo account a key slot opened
by ``DEMO_PASSWORD`` (each with its own salt, so this costs one Argon2id
derivation per account). The key file names the demo's specialist, so
``imh-desktop --demo`` can open it and sign in as them without asking. No
recovery slot: the demo's password is printed for everyone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from imh_desktop.data.db import Database
from imh_desktop.data.keyfile import KeyFile, keyfile_path, new_database_key, user_slot, wrap_key
from imh_desktop.demo.generate import DEMO_PASSWORD, DemoSummary, generate_demo
from imh_desktop.services.auth import keys


def generate_encrypted_demo(
    db: Database,
    families: int,
    seed: int,
    today: dt.date,
    progress: Callable[[str], None] | None = None,
) -> DemoSummary:
    """Make the new (``db.is_new``) database encrypted and fill it (``generate_demo``)."""
    path = db.sqlite_path
    assert path is not None and db.is_new
    key = new_database_key()
    keys.open_database(db, key)
    try:
        summary = generate_demo(db, families, seed, today, progress)
        if progress:
            progress(f"Key slots for {len(summary.usernames) + 1} demo accounts")
        kdf = keys.kdf()
        slots = KeyFile(keyfile_path(path), demo_user=summary.demo_user)
        for username in (summary.admin, *summary.usernames):
            slots = slots.with_slot(wrap_key(key, DEMO_PASSWORD, user_slot(username), kdf))
        slots.save()
        db.keys = slots
    except BaseException:
        db.close()
        path.unlink(missing_ok=True)
        raise
    return summary


def open_demo(db: Database) -> bool:
    """Open a locked demo database with its specialist's slot; False if it is no demo."""
    if not db.locked or db.keys is None or not db.keys.demo_user:
        return False
    return keys.open_with_passphrase(db, db.keys.demo_user, DEMO_PASSWORD)
