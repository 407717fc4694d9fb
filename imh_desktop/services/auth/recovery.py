"""The recovery key: the way back in when the administrator's passphrase is lost.

Set-up (and encrypting an existing database) shows the recovery key once;
it opens its own key slot. With it, ``recover_administrator`` opens the
database and makes the administrator choose a new passphrase, which from
then on opens the database and signs them in. Every use is audited.
"""

from __future__ import annotations

from sqlalchemy import select

from imh_desktop.data.db import Database
from imh_desktop.data.models import StaffUser
from imh_desktop.domain.accounts import check_passphrase, normalise_username
from imh_desktop.domain.clock import Clock
from imh_desktop.domain.enums import Role
from imh_desktop.domain.errors import DomainError
from imh_desktop.services.auth import keys, passwords
from imh_desktop.services.auth.signin import SignedIn, sign_in
from imh_desktop.services.common.uow import write_audit


def recover_administrator(
    db: Database, recovery_key: str, username: str, new_passphrase: str, clock: Clock
) -> SignedIn:
    """Open ``db`` with the recovery key and give administrator ``username`` a new passphrase.

    The recovery key is checked first (DomainError on field ``recovery_key``
    when it does not open this database); then the account must be an active
    administrator, and the passphrase pass the usual rules. Ends any wait
    after failed sign-ins; returns the administrator signed in.
    """
    keys.open_with_recovery_key(db, recovery_key)
    name = normalise_username(username)
    with db.read() as session:
        row = session.scalar(select(StaffUser).where(StaffUser.username == name))
        if row is None or not row.active or row.role is not Role.ADMIN:
            raise DomainError(f"'{name}' is not an active administrator's username.", "username")
        full_name = row.full_name
    try:
        check_passphrase(new_passphrase, name, full_name)
    except DomainError as exc:
        raise DomainError(exc.message, "new_password") from None
    new_hash = passwords.hash_password(new_passphrase)
    slot = keys.wrap_for(db, name, new_passphrase)
    with keys.slot_change(db) as change, db.session(clock) as session:
        row = session.scalar(select(StaffUser).where(StaffUser.username == name))
        assert row is not None
        row.password_hash = new_hash
        row.must_change_password = False
        row.failed_sign_ins, row.locked_until = 0, None
        row.password_changed_at = clock.utc_now()
        write_audit(session, row.id, "recover_with_key", "staff_user", row.id)
        change.put(slot)
    return sign_in(db, name, new_passphrase, clock, how="recovery key")
