"""The spec says what the server does (issue 11, defect 6): each finding of the fuzzer, pinned."""

import json

from fastapi.testclient import TestClient

from api.cli import render_openapi
from api.core.authorization import Role
from tests.test_health_and_errors import assert_problem


def _spec() -> dict:
    return json.loads(render_openapi())


def _offers_null(schema: dict) -> bool:
    return schema.get("type") == "null" or any(_offers_null(option) for option in schema.get("anyOf", []))


def test_fields_that_refuse_null_do_not_offer_it(client: TestClient, as_role, world) -> None:
    schemas = _spec()["components"]["schemas"]
    user_update = schemas["UserUpdate"]["properties"]
    for name in ("fullName", "role", "isOrganisationAdmin", "isActive", "password"):
        assert not _offers_null(user_update[name]), name
    host_update = schemas["HostFamilyUpdate"]["properties"]
    assert not _offers_null(host_update["beds"])
    assert _offers_null(host_update["address"])  # the server takes null there: no address
    user = world.actor(Role.HOST)
    response = client.patch(
        f"/api/v1/users/{user.user_id}", headers=as_role(Role.ADMIN), json={"fullName": None}
    )
    body = assert_problem(response, 422)
    assert body["errors"] == [{"field": "fullName", "message": "may not be null"}]


def test_query_parameters_never_offer_null() -> None:
    for operations in _spec()["paths"].values():
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                assert not _offers_null(parameter["schema"]), (operation["operationId"], parameter["name"])


def test_throttled_operations_document_429_with_retry_after() -> None:
    paths = _spec()["paths"]
    for method, path in [("post", "/auth/token"), ("get", "/status/{token}")]:
        response = paths[path][method]["responses"]["429"]
        assert "Retry-After" in response["headers"], (method, path)
    assert "429" not in paths["/auth/refresh"]["post"]["responses"]  # not throttled
    assert "429" not in paths["/users"]["get"]["responses"]


def test_status_page_throttle_answers_the_documented_429(client: TestClient, monkeypatch) -> None:
    from api.core.config import get_settings

    monkeypatch.setattr(get_settings(), "status_lookups_per_minute", 1)
    client.get("/api/v1/status/no-such-link")
    response = client.get("/api/v1/status/no-such-link")
    assert_problem(response, 429)
    assert int(response.headers["Retry-After"]) >= 0


def test_405_allows_exactly_the_methods_of_the_path(client: TestClient, as_role) -> None:
    headers = as_role(Role.ADMIN)
    paths = _spec()["paths"]
    cases = [
        ("DELETE", "/api/v1/users", "/users"),
        ("PUT", "/api/v1/users/00000000-0000-0000-0000-000000000000", "/users/{userId}"),
        ("DELETE", "/api/v1/health", "/health"),
    ]
    for method, url, path in cases:
        response = client.request(method, url, headers=headers)
        assert_problem(response, 405)
        allowed = {m.upper() for m in paths[path]}
        assert set(response.headers["Allow"].split(", ")) == allowed, (method, url)


def test_patch_on_a_literal_path_is_405_not_400(client: TestClient, as_role) -> None:
    response = client.patch("/api/v1/users/me", headers=as_role(Role.ADMIN), json={})
    assert_problem(response, 405)
    assert response.headers["Allow"] == "GET"


def test_repeated_scalar_query_parameter_is_refused(client: TestClient, as_role) -> None:
    response = client.get("/api/v1/shelter-locations?q=a&q=b", headers=as_role(Role.ADMIN))
    body = assert_problem(response, 400)
    assert body["errors"][0]["field"] == "q"


def test_query_dates_are_iso_not_timestamps(client: TestClient, as_role) -> None:
    headers = as_role(Role.ADMIN)
    for url, field in [
        ("/api/v1/host-families?availableOn=0", "availableOn"),
        ("/api/v1/relocation-requests?mustMoveBefore=0", "mustMoveBefore"),
        ("/api/v1/audit-events?occurredFrom=0.5", "occurredFrom"),
    ]:
        body = assert_problem(client.get(url, headers=headers), 400)
        assert body["errors"][0]["field"] == field, url
    assert client.get("/api/v1/host-families?availableOn=2026-03-01", headers=headers).status_code == 200
    response = client.get("/api/v1/audit-events?occurredFrom=2026-03-01T09:00:00Z", headers=headers)
    assert response.status_code == 200
