import pytest

from imh_desktop.domain.errors import DomainError, PermissionDeniedError
from imh_desktop.services.admin.agency import AgencySettings, get_settings, save_settings


def test_defaults_then_saved_values(as_user, staff):
    sam = as_user(staff["ssupervisor"])
    assert get_settings(sam) == AgencySettings()
    saved = save_settings(
        sam, AgencySettings(agency_name="Ølstad Family Center", signature_working_days=3)
    )
    assert saved.agency_name == "Ølstad Family Center" and saved.signature_working_days == 3
    assert get_settings(as_user(staff["aspecialist"])) == saved


def test_bad_settings_and_roles(as_user, staff):
    with pytest.raises(DomainError) as err:
        save_settings(as_user(staff["ssupervisor"]), AgencySettings(agency_name=" "))
    assert err.value.field == "agency_name"
    with pytest.raises(PermissionDeniedError, match="Only a supervisor or admin can do this"):
        save_settings(as_user(staff["aspecialist"]), AgencySettings())
    assert get_settings(as_user(staff["ssupervisor"])) == AgencySettings()
