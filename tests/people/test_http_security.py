"""Security headers, status-link secrets kept out of logs and error bodies, and a configuration
that refuses to start in ways that would expose people (#11: status page, headers, configuration)."""

import logging
import uuid
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.cli import app as cli
from api.core.config import PLACEHOLDER_SECRET, ConfigurationError, Settings, load_settings
from api.core.http_security import RedactStatusTokens
from api.core.models import utcnow
from api.main import create_app
from api.relocation.models import RelocationRequest
from api.server import check_secret_for, uvicorn_config

STRONG_SECRET = "Tq7vK2pX9mLw4sRb8nZc3yHf6jDg1aUe5oWi"


def production(**overrides: object) -> Settings:
    return Settings(
        env="production", jwt_secret=STRONG_SECRET, public_url="https://onderdak.example.nl", **overrides
    )  # type: ignore[arg-type]


def test_every_response_carries_the_security_headers(client: TestClient) -> None:
    for path in ("/api/v1/health", "/api/v1/no-such-thing", "/households"):
        headers = client.get(path).headers
        assert headers["X-Content-Type-Options"] == "nosniff", path
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"], path
        assert headers["Referrer-Policy"] == "same-origin", path
        assert "Strict-Transport-Security" not in headers, path  # development and test: no HSTS
        assert "server" not in headers, path


def test_the_web_app_may_run_only_its_own_scripts(client: TestClient) -> None:
    policy = client.get("/households").headers["Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["script-src"] == "'self'"
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert directives["object-src"] == "'none'"
    api_policy = client.get("/api/v1/health").headers["Content-Security-Policy"]
    assert api_policy.startswith("default-src 'none'")


def test_map_tiles_come_only_from_the_configured_tile_origin() -> None:
    tiles = "https://tiles.example.nl:8443/brt/{z}/{x}/{y}.png"
    with TestClient(create_app(production(map_tile_url=tiles))) as client:
        policy = client.get("/households").headers["Content-Security-Policy"]
    assert "img-src 'self' data: blob: https://tiles.example.nl:8443;" in policy


def test_production_sends_hsts() -> None:
    with TestClient(create_app(production())) as client:
        response = client.get("/api/v1/health")
    assert response.headers["Strict-Transport-Security"].startswith("max-age=31536000")


def test_the_status_page_is_never_cached_or_referred_and_its_secret_never_echoed(
    people, client: TestClient
) -> None:
    token = people.request(people.household()["id"])["statusLink"]["token"]
    page = client.get(f"/api/v1/status/{token}")
    assert page.status_code == 200
    assert page.headers["Cache-Control"] == "no-store"
    assert page.headers["Referrer-Policy"] == "no-referrer"
    spa_route = client.get(f"/status/{token}")
    assert spa_route.headers["Referrer-Policy"] == "no-referrer"
    assert spa_route.headers["Cache-Control"] == "no-store"

    refused = client.post(f"/api/v1/status/{token}/offers/not-an-id/accept")
    assert refused.status_code in (400, 404, 422)
    assert token not in refused.text
    assert refused.json()["instance"] == "/api/v1/status/[redacted]/offers/not-an-id/accept"


def test_the_access_log_shows_no_status_token() -> None:
    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5000", "GET", "/api/v1/status/onds_s3cr3t?lang=uk", "1.1", 200),
        None,
    )
    assert RedactStatusTokens().filter(record)
    assert "onds_s3cr3t" not in record.getMessage()
    assert "/api/v1/status/[redacted]?lang=uk" in record.getMessage()


def test_a_link_expires_a_while_after_its_request_ended(people, client: TestClient) -> None:
    household = people.household(preferredLanguage="uk")
    request = people.request(household["id"])
    token = request["statusLink"]["token"]
    assert (
        people.post(
            f"/relocation-requests/{request['id']}/cancel", {"reason": "Eigen woning gevonden"}
        ).status_code
        == 200
    )
    assert client.get(f"/api/v1/status/{token}").status_code == 200  # the household still reads the outcome

    stored = people.db.get(RelocationRequest, uuid.UUID(request["id"]))
    stored.closed_at = utcnow() - timedelta(days=31)
    people.db.add(stored)
    people.db.commit()
    expired = client.get(f"/api/v1/status/{token}")
    assert expired.status_code == 404
    body = expired.json()
    assert body["type"].endswith("/status-link-expired")
    assert body["language"] == "uk"  # the page says so in the household's language
    assert body["contact"]["name"]  # and whom to ask


def test_x_forwarded_for_is_believed_only_from_configured_proxies() -> None:
    direct = uvicorn_config(production(), host="127.0.0.1", port=8000, workers=1, reload=False)
    assert direct.proxy_headers is False  # a client on localhost cannot choose its address
    assert direct.server_header is False
    proxied = uvicorn_config(
        production(trusted_proxies="10.0.0.5, 10.0.0.6"), host="10.0.0.1", port=8000, workers=1, reload=False
    )
    assert proxied.proxy_headers is True
    assert proxied.forwarded_allow_ips == ["10.0.0.5", "10.0.0.6"]


@pytest.mark.parametrize("secret", ["a" * 64, "ab" * 32, "password" * 5, "short-but-random-9x"])
def test_weak_secrets_are_refused(monkeypatch, secret: str) -> None:
    monkeypatch.setenv("ONDERDAK_ENV", "production")
    monkeypatch.setenv("ONDERDAK_JWT_SECRET", secret)
    with pytest.raises(ConfigurationError, match="ONDERDAK_JWT_SECRET is too weak"):
        load_settings()


def test_the_placeholder_secret_is_refused_outside_development(monkeypatch) -> None:
    monkeypatch.setenv("ONDERDAK_ENV", "production")
    monkeypatch.delenv("ONDERDAK_JWT_SECRET")
    with pytest.raises(ConfigurationError, match="ONDERDAK_JWT_SECRET must be set"):
        load_settings()


def test_a_refused_start_prints_no_secret(monkeypatch) -> None:
    monkeypatch.setenv("ONDERDAK_ENV", "production")
    monkeypatch.setenv("ONDERDAK_JWT_SECRET", "a" * 40)
    monkeypatch.setenv("ONDERDAK_SMTP_PASSWORD", "hunter2-mail-password")
    with pytest.raises(ConfigurationError) as refused:
        load_settings()
    assert "hunter2" not in str(refused.value) and "a" * 40 not in str(refused.value)
    assert "hunter2" not in repr(production(smtp_password="hunter2-mail-password"))


def test_the_public_placeholder_secret_serves_only_loopback_development() -> None:
    development = Settings(env="development", jwt_secret=PLACEHOLDER_SECRET)
    check_secret_for(development, "127.0.0.1")
    check_secret_for(development, "localhost")
    for exposed in ("0.0.0.0", "192.168.1.20", "::"):  # noqa: S104 - the point of the test
        with pytest.raises(ConfigurationError, match="public development secret"):
            check_secret_for(development, exposed)


def test_demo_data_is_refused_in_production(monkeypatch) -> None:
    monkeypatch.setattr("api.cli.get_settings", production)
    result = CliRunner().invoke(cli, ["demo", "load"])
    assert result.exit_code == 2
    assert "Refused" in result.output and "password" in result.output
