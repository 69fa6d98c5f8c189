"""Every route × every role, as the permission map says.

EXPECTED lists every route of the API with the permission it requires (None: public): the
foundation's here, each domain's in tests/route_tables/. A route added without an entry fails
`test_every_route_is_in_the_table`, so nobody adds one unguarded.
"""

import importlib
import pkgutil
import uuid

import pytest
from fastapi.testclient import TestClient

from api.core.authorization import ROLE_PERMISSIONS, Permission, Role, route_guards

P = Permission
EXPECTED: dict[tuple[str, str], Permission | None] = {
    ("GET", "/health"): None,
    ("POST", "/auth/token"): None,
    ("POST", "/auth/refresh"): None,
    ("POST", "/auth/logout"): None,
    ("GET", "/users/me"): P.PROFILE_READ,
    ("GET", "/users"): P.USERS_READ,
    ("POST", "/users"): P.USERS_WRITE,
    ("GET", "/users/{userId}"): P.USERS_READ,
    ("PATCH", "/users/{userId}"): P.USERS_WRITE,
    ("GET", "/organisations"): P.ORGANISATIONS_READ,
    ("POST", "/organisations"): P.ORGANISATIONS_WRITE,
    ("GET", "/organisations/{organisationId}"): P.ORGANISATIONS_READ,
    ("PATCH", "/organisations/{organisationId}"): P.ORGANISATIONS_WRITE,
    ("GET", "/organisations/{organisationId}/api-keys"): P.API_KEYS_READ,
    ("POST", "/organisations/{organisationId}/api-keys"): P.API_KEYS_WRITE,
    ("DELETE", "/organisations/{organisationId}/api-keys/{apiKeyId}"): P.API_KEYS_WRITE,
    ("GET", "/municipalities"): P.REFERENCE_READ,
    ("GET", "/municipalities/{code}"): P.REFERENCE_READ,
    ("GET", "/audit-events"): P.AUDIT_READ,
}
for _module in pkgutil.iter_modules(importlib.import_module("tests.route_tables").__path__):
    EXPECTED.update(importlib.import_module(f"tests.route_tables.{_module.name}").EXPECTED)

PATH_VALUES = {"code": "GM0344"}


def concrete(path: str) -> str:
    for name, value in PATH_VALUES.items():
        path = path.replace("{" + name + "}", value)
    while "{" in path:
        start, end = path.index("{"), path.index("}")
        path = path[:start] + str(uuid.uuid4()) + path[end + 1 :]
    return "/api/v1" + path


def test_every_route_is_in_the_table(app) -> None:
    assert route_guards(app.state.api) == EXPECTED, "update EXPECTED for new or removed routes"


GUARDED = [(key, permission) for key, permission in EXPECTED.items() if permission is not None]


@pytest.mark.parametrize(("route", "permission"), GUARDED, ids=[f"{m} {p}" for (m, p), _ in GUARDED])
def test_anonymous_callers_get_401(client: TestClient, route, permission) -> None:
    method, path = route
    response = client.request(method, concrete(path), json={})
    assert response.status_code == 401, response.text


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize(("route", "permission"), GUARDED, ids=[f"{m} {p}" for (m, p), _ in GUARDED])
def test_role_is_allowed_or_denied_as_the_map_says(
    client: TestClient, as_role, role, route, permission
) -> None:
    method, path = route
    response = client.request(method, concrete(path), json={}, headers=as_role(role))
    if permission in ROLE_PERMISSIONS[role]:
        assert response.status_code not in (401, 403), response.text
    else:
        assert response.status_code == 403, response.text


def test_an_unguarded_route_stops_the_app_from_starting() -> None:
    from fastapi import FastAPI

    api = FastAPI()

    @api.get("/forgotten")
    def forgotten() -> dict:
        return {}

    with pytest.raises(RuntimeError, match="declares neither"):
        route_guards(api)
