"""No input that the spec allows (or nearly allows) makes any operation answer 5xx."""

import schemathesis
from hypothesis import HealthCheck, settings

from api.core.authorization import Role
from tests.conftest import APP

schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", APP)
fuzz_settings = settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))


def assert_no_server_error(case, headers) -> None:
    response = case.call(headers=headers)
    assert response.status_code < 500, f"{case.method} {case.formatted_path}: {response.text}"


@schema.parametrize()
@fuzz_settings
def test_no_server_errors_as_admin(case, db, as_role) -> None:
    assert_no_server_error(case, as_role(Role.ADMIN))


@schema.parametrize()
@fuzz_settings
def test_no_server_errors_as_partner(case, db, as_role) -> None:
    assert_no_server_error(case, as_role(Role.PARTNER))
