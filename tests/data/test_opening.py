"""Opening a named database: refusals in plain words, nothing made by mistake, read-only files."""

from __future__ import annotations

import stat

import pytest
from sqlalchemy import text

from imh_desktop.data.db import Database, sqlite_url
from imh_desktop.data.migrate import upgrade_database
from imh_desktop.data.opening import NoDatabaseError, open_database
from imh_desktop.domain.enums import Role
from imh_desktop.domain.errors import DatabaseUnavailableError, ReadOnlyDatabaseError, StorageError
from imh_desktop.services.admin.staff import create_first_staff, list_staff
from imh_desktop.services.common.context import ServiceContext
from tests.faults import closed_port


def migrated(path) -> None:
    db = Database(sqlite_url(path))
    upgrade_database(db)
    create_first_staff(db, "kolstad", "Kari Ølstad", Role.ADMIN)
    db.dispose()


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("not a url", "'not a url' is not a database address"),
        ("foo://somewhere/imh", "'foo' is not a kind of database IMH Desktop can use"),
        ("postgresql+nodriver://u@h/imh", "is not a kind of database"),
    ],
)
def test_addresses_that_cannot_be_used_are_refused_plainly(url, says):
    with pytest.raises(StorageError) as caught:
        open_database(url, create=False)
    assert says in caught.value.message


def test_a_path_that_does_not_exist_is_not_made(tmp_path):
    path = tmp_path / "typo" / "folder" / "agency.sqlite"
    with pytest.raises(NoDatabaseError) as caught:
        open_database(sqlite_url(path), create=False)
    assert caught.value.message == f"There is no database at {path}. Check the path for a typo."
    assert not (tmp_path / "typo").exists()  # not the file, not its folders


def test_create_makes_the_folders_and_an_owner_only_file(tmp_path):
    path = tmp_path / "new" / "agency.sqlite"
    db = open_database(sqlite_url(path), create=True, encrypt_new=False)
    upgrade_database(db)
    db.dispose()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_a_new_file_waits_for_the_set_up_to_make_it_encrypted(tmp_path):
    path = tmp_path / "new" / "agency.sqlite"
    db = open_database(sqlite_url(path), create=True)
    assert db.is_new and db.locked and path.stat().st_size == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_folder_is_not_a_database(tmp_path):
    with pytest.raises(DatabaseUnavailableError) as caught:
        open_database(sqlite_url(tmp_path), create=True)
    assert caught.value.message.startswith(f"{tmp_path} is a folder, not a database file.")


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("Dear diary,\n" * 100)
    with pytest.raises(DatabaseUnavailableError) as caught:
        open_database(sqlite_url(path), create=False)
    assert "is not a database file" in caught.value.message
    assert path.read_text().startswith("Dear diary")  # untouched


def test_a_damaged_database_is_refused(tmp_path):
    path = tmp_path / "damaged.sqlite"
    migrated(path)
    data = bytearray(path.read_bytes())
    data[16:24] = b"\xff" * 8  # page size and format bytes of the header
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseUnavailableError) as caught:
        open_database(sqlite_url(path), create=False)
    assert "not an IMH Desktop database, or it is damaged" in caught.value.message


def test_a_database_of_another_program_is_not_upgraded_into(tmp_path):
    import sqlite3

    path = tmp_path / "places.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    db = open_database(sqlite_url(path), create=False)
    with pytest.raises(StorageError, match="not one made by IMH Desktop"):
        upgrade_database(db)
    db.dispose()


def test_a_database_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "newer.sqlite"
    migrated(path)
    db = Database(sqlite_url(path))
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(
        StorageError, match=r"made by a newer version of IMH Desktop \(schema 9999\)"
    ):
        upgrade_database(db)
    db.dispose()


def _files(folder):
    return sorted(p.name for p in folder.iterdir())


def test_a_read_only_folder_opens_read_only_and_reads_work(tmp_path, read_only_folder, clock):
    folder = tmp_path / "shared"
    folder.mkdir()
    migrated(folder / "agency.sqlite")
    view = read_only_folder(folder)
    db = open_database(sqlite_url(view / "agency.sqlite"), create=False)
    assert db.read_only
    upgrade_database(db)  # current: nothing to do, nothing written
    ctx = ServiceContext(db, 1, clock)
    assert [s.username for s in list_staff(ctx)] == ["kolstad"]
    with pytest.raises(ReadOnlyDatabaseError) as caught:
        create_first_staff(db, "another", "Another Person", Role.ADMIN)
    assert caught.value.message == "This database is read-only: you can read and print, not save."
    db.dispose()
    assert _files(folder) == ["agency.sqlite"]


def test_a_read_only_file_leaves_no_wal_or_shm_behind(tmp_path, read_only_file, clock):
    """A file another user owns, in a folder we may write: we must not leave -wal/-shm there."""
    path = tmp_path / "theirs.sqlite"
    migrated(path)
    read_only_file(path)
    db = open_database(sqlite_url(path), create=False)
    assert db.read_only
    assert [s.username for s in list_staff(ServiceContext(db, 1, clock))] == ["kolstad"]
    db.dispose()
    assert _files(tmp_path) == ["theirs.sqlite"]


def test_a_read_only_database_that_needs_upgrading_says_so(tmp_path, read_only_folder):
    folder = tmp_path / "old"
    folder.mkdir()
    db = Database(sqlite_url(folder / "agency.sqlite"))
    upgrade_database(db, "0001")
    db.dispose()
    view = read_only_folder(folder)
    db = open_database(sqlite_url(view / "agency.sqlite"), create=False)
    with pytest.raises(
        ReadOnlyDatabaseError, match="older version of IMH Desktop and is read-only"
    ):
        upgrade_database(db)
    db.dispose()


def test_a_postgresql_server_that_is_down_is_named():
    port = closed_port()
    with pytest.raises(DatabaseUnavailableError) as caught:
        open_database(f"postgresql+psycopg://imh@127.0.0.1:{port}/imh", create=False)
    assert caught.value.message == (
        f"Cannot reach the database server 127.0.0.1:{port}: it is not running or not "
        "accepting connections."
    )


def test_a_postgresql_host_that_does_not_exist_is_named():
    with pytest.raises(DatabaseUnavailableError) as caught:
        open_database("postgresql+psycopg://imh@nohost.invalid/imh", create=False)
    assert caught.value.message == (
        "The database server 'nohost.invalid' was not found. Check the server name in the "
        "database address."
    )
