"""The demo generator's side of the database: what is there, bulk rows, the chain head, and one
transaction that keeps nothing on an error."""

from __future__ import annotations

import pytest

from imh_desktop.data.demo_store import demo_transaction
from imh_desktop.domain.enums import Role


def _staff_row(staff_id: int, username: str) -> dict:
    return {"id": staff_id, "username": username, "full_name": "Demo Person", "role": Role.SPECIALIST,
            "password_hash": "x", "active": True}  # fmt: skip


def test_the_store_sees_the_tables_and_what_is_taken(db, staff) -> None:
    with demo_transaction(db) as store:
        assert {"families", "staff_users", "search_index", "audit_chain"} <= store.table_names()
        assert store.count("families") == 0
        taken = store.usernames()
        assert taken and store.max_id("staff_users") >= len(taken)
        first = store.max_id("staff_users") + 1
        store.insert("staff_users", [_staff_row(first, "demo1"), _staff_row(first + 1, "demo2")])
        store.insert("staff_users", [])  # nothing to write: nothing happens
        assert store.max_id("staff_users") == first + 1
        assert store.usernames() == taken | {"demo1", "demo2"}
        assert store.count("staff_users") == len(taken) + 2


def test_the_chain_head_is_read_and_stored(db) -> None:
    with demo_transaction(db) as store:
        before = store.chain_head()
        assert before is not None  # the migrations make the chain's lane-0 head row
        store.store_chain_head(before[0] + 5, "a" * 64)
    with demo_transaction(db) as store:
        assert store.chain_head() == (before[0] + 5, "a" * 64)


def test_an_error_keeps_nothing(db, staff) -> None:
    with pytest.raises(RuntimeError), demo_transaction(db) as store:
        first = store.max_id("staff_users") + 1
        store.insert("staff_users", [_staff_row(first, "demo1")])
        raise RuntimeError("stop")
    with demo_transaction(db) as store:
        assert "demo1" not in store.usernames()


def test_the_id_sequences_follow_the_ids_written(db, staff) -> None:
    with demo_transaction(db) as store:
        first = store.max_id("staff_users") + 1
        store.insert("staff_users", [_staff_row(first + 10, "demo1")])
        store.reset_sequences(["staff_users"])  # PostgreSQL; elsewhere the max id is the next
    with demo_transaction(db) as store:  # a row given its id by the database comes after them
        row = _staff_row(0, "demo2")
        del row["id"]
        store.insert("staff_users", [row])
        assert store.max_id("staff_users") == first + 11
