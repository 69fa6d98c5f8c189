"""Problem details everywhere, API-Version on every response, body limits."""

from fastapi.testclient import TestClient

from api import __version__
from api.core.authorization import Role


def assert_problem(response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == status
    assert body["title"] and body["detail"]
    assert "Traceback" not in response.text
    return body


def test_health_carries_api_version(client: TestClient) -> None:
    response = client.get("/api/v1/health")
    assert response.status_code == 200
    assert response.headers["API-Version"] == __version__
    assert response.headers["X-Request-ID"]


def test_unknown_path_and_method_are_problems(client: TestClient) -> None:
    assert_problem(client.get("/api/v1/no-such-thing"), 404)
    assert_problem(client.delete("/api/v1/health"), 405)
    assert_problem(client.get("/api/v2/health"), 404)
    assert client.get("/api/v1/no-such-thing").headers["API-Version"] == __version__


def test_bad_json_is_a_400_naming_the_body(client: TestClient) -> None:
    response = client.post(
        "/api/v1/auth/refresh", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    body = assert_problem(response, 400)
    assert body["errors"][0]["field"] == "body"


def test_wrong_type_and_unknown_field_name_the_field(client: TestClient, as_role, world) -> None:
    headers = as_role(Role.ADMIN)
    response = client.post(
        "/api/v1/organisations", json={"name": 12, "kind": "partner", "colour": "red"}, headers=headers
    )
    body = assert_problem(response, 400)
    fields = {e["field"]: e["message"] for e in body["errors"]}
    assert "name" in fields
    assert fields["colour"] == "unknown field"


def test_snake_case_input_is_refused(client: TestClient, as_role) -> None:
    response = client.post(
        "/api/v1/organisations",
        json={"name": "X", "kind": "municipality", "municipality_code": "GM0344"},
        headers=as_role(Role.ADMIN),
    )
    assert_problem(response, 400)


def test_wrong_query_type_is_a_400(client: TestClient, as_role) -> None:
    body = assert_problem(client.get("/api/v1/municipalities?limit=lots", headers=as_role(Role.DESK)), 400)
    assert body["errors"][0]["field"] == "limit"


def test_oversized_body_with_length_is_413(client: TestClient) -> None:
    big = b'{"refreshToken": "' + b"x" * 70_000 + b'"}'
    assert_problem(
        client.post("/api/v1/auth/refresh", content=big, headers={"Content-Type": "application/json"}),
        413,
    )


def test_oversized_chunked_body_is_413(client: TestClient) -> None:
    def chunks():
        yield b'{"refreshToken": "'
        for _ in range(20):
            yield b"x" * 8192
        yield b'"}'

    response = client.post(
        "/api/v1/auth/refresh", content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert_problem(response, 413)


def test_unexpected_error_is_a_500_without_internals(client: TestClient, app, as_role) -> None:
    from api.reference import service

    original = service.list_municipalities

    def explode(*args, **kwargs):
        raise RuntimeError("secret internal detail")

    service.list_municipalities = explode
    try:
        response = client.get("/api/v1/municipalities", headers=as_role(Role.DESK))
    finally:
        service.list_municipalities = original
    body = assert_problem(response, 500)
    assert "secret internal detail" not in response.text
    assert body["requestId"] == response.headers["X-Request-ID"]


def test_spa_fallback_serves_routes_but_not_missing_files(client: TestClient, app, tmp_path) -> None:
    from api.core.config import get_settings
    from api.main import create_app

    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text("<!doctype html><title>Onderdak</title>", encoding="utf-8")
    settings = get_settings().model_copy(update={"frontend_dist": tmp_path})
    spa = TestClient(create_app(settings))
    assert spa.get("/requests/123").text.startswith("<!doctype html>")
    assert spa.get("/favicon.ico").status_code == 404
    assert spa.get("/api/v2/anything").status_code == 404
    assert "root:" not in spa.get("/../etc/passwd").text
    assert "root:" not in spa.get("/..%2f..%2fetc/passwd").text


def test_values_the_database_cannot_hold_are_bad_input_not_500(client: TestClient, as_role) -> None:
    # PostgreSQL refuses NUL characters in text; SQLite stores them. Neither may answer 500.
    login = client.post("/api/v1/auth/token", data={"username": "\x00", "password": "x"})
    assert login.status_code in (400, 401), login.text
    search = client.get("/api/v1/municipalities?q=%00", headers=as_role(Role.DESK))
    assert search.status_code in (200, 400), search.text
