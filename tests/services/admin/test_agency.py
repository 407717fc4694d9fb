import pytest

from imh_desktop.domain.errors import DomainError, PermissionDeniedError
from imh_desktop.services.admin.agency import AgencySettings, get_settings, save_settings


def test_defaults_then_saved_values(as_user, staff):
    ada = as_user(staff["aadmin"])
    assert get_settings(ada) == AgencySettings()
    assert AgencySettings().emergency_access_hours == 4
    saved = save_settings(
        ada,
        AgencySettings(
            agency_name="Ølstad Family Center", signature_working_days=3, emergency_access_hours=2
        ),
    )
    assert saved.agency_name == "Ølstad Family Center" and saved.signature_working_days == 3
    assert saved.emergency_access_hours == 2
    assert get_settings(as_user(staff["aspecialist"])) == saved


def test_bad_settings_and_roles(as_user, staff):
    ada = as_user(staff["aadmin"])
    with pytest.raises(DomainError) as err:
        save_settings(ada, AgencySettings(agency_name=" "))
    assert err.value.field == "agency_name"
    with pytest.raises(DomainError) as err:
        save_settings(ada, AgencySettings(emergency_access_hours=25))
    assert err.value.field == "emergency_access_hours"
    with pytest.raises(PermissionDeniedError):  # a specialist changes no agency setting
        save_settings(as_user(staff["aspecialist"]), AgencySettings())
    sam = as_user(staff["ssupervisor"])  # the clinical settings are a supervisor's too
    save_settings(sam, AgencySettings(signature_working_days=3))
    with pytest.raises(PermissionDeniedError, match="administrator"):  # the access ones are not
        save_settings(sam, AgencySettings(signature_working_days=3, emergency_access_hours=8))
    assert get_settings(sam) == AgencySettings(signature_working_days=3)
