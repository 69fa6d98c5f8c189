"""GET /place-search: the municipality register offline; PDOK Locatieserver when switched on,
falling back to the register when PDOK fails. PDOK is never called for real: a mock transport
answers in its place."""

import json
from collections.abc import Callable, Iterator

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.core.authorization import Role
from api.core.config import get_settings
from api.reference.place_search import PlaceSearcher, place_searcher

URL = "/api/v1/place-search"

PDOK_ANSWER = {
    "response": {
        "numFound": 3,
        "docs": [
            {
                "type": "adres",
                "weergavenaam": "Stationsplein 1, 3511ED Utrecht",
                "centroide_ll": "POINT(5.11028 52.08942)",
                "gemeentecode": "0344",
                "gemeentenaam": "Utrecht",
            },
            {
                "type": "woonplaats",
                "weergavenaam": "Utrecht, Utrecht, Utrecht",
                "centroide_ll": "POINT(5.1 52.09)",
            },
            # A code the register does not know (a merger after the CBS list) is left out; the name stays.
            {
                "type": "weg",
                "weergavenaam": "Nieuwstraat, Nergenshuizen",
                "centroide_ll": "POINT(5.5 52.5)",
                "gemeentecode": "9999",
                "gemeentenaam": "Nergenshuizen",
            },
            # Nonsense is left out, never a 500: no point, an unknown type, no name.
            {"type": "adres", "weergavenaam": "Zonder punt 1", "centroide_ll": "LINESTRING(1 2, 3 4)"},
            {"type": "perceel", "weergavenaam": "Perceel", "centroide_ll": "POINT(5 52)"},
            {"type": "adres", "centroide_ll": "POINT(5 52)"},
        ],
    }
}


@pytest.fixture
def pdok(
    app: FastAPI, db
) -> Iterator[Callable[[Callable[[httpx.Request], httpx.Response]], list[httpx.Request]]]:
    """Switch PDOK on with HANDLER answering in its place; returns the requests it received."""

    def use(handler: Callable[[httpx.Request], httpx.Response]) -> list[httpx.Request]:
        seen: list[httpx.Request] = []

        def record(request: httpx.Request) -> httpx.Response:
            seen.append(request)
            return handler(request)

        client = httpx.Client(transport=httpx.MockTransport(record))
        settings = get_settings().model_copy(update={"place_search_pdok": True})
        app.state.api.dependency_overrides[place_searcher] = lambda: PlaceSearcher(settings, client)
        return seen

    yield use
    app.state.api.dependency_overrides.pop(place_searcher, None)


@pytest.mark.parametrize("role", list(Role))
def test_every_role_finds_a_municipality_in_the_register(client: TestClient, as_role, role: Role) -> None:
    response = client.get(URL, params={"q": "utrec"}, headers=as_role(role))
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["source"] == "register" and body["addressSearchFailed"] is False
    first = body["items"][0]
    assert first["label"] == "Utrecht" and first["kind"] == "municipality"
    assert first["municipalityCode"] == "GM0344" and first["municipalityName"] == "Utrecht"
    assert 52.0 < first["lat"] < 52.2 and 5.0 < first["lon"] < 5.3


def test_names_that_start_with_the_text_come_first(client: TestClient, as_role) -> None:
    labels = [
        p["label"]
        for p in client.get(URL, params={"q": "ams", "limit": 20}, headers=as_role(Role.DESK)).json()["items"]
    ]
    assert labels[0] in {"Amstelveen", "Amsterdam"} and "Amsterdam" in labels
    assert labels.index("Amsterdam") < next(
        (i for i, label in enumerate(labels) if not label.lower().startswith("ams")), len(labels)
    )


def test_a_code_is_found_and_the_limit_holds(client: TestClient, as_role) -> None:
    found = client.get(URL, params={"q": "GM0363"}, headers=as_role(Role.PARTNER)).json()["items"]
    assert [p["label"] for p in found] == ["Amsterdam"]
    many = client.get(URL, params={"q": "er", "limit": 3}, headers=as_role(Role.PARTNER)).json()["items"]
    assert len(many) == 3


def test_pdok_is_off_by_default_and_then_never_called(app: FastAPI, client: TestClient, as_role) -> None:
    seen: list[httpx.Request] = []
    client_that_records = httpx.Client(
        transport=httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(500))
    )
    assert get_settings().place_search_pdok is False
    app.state.api.dependency_overrides[place_searcher] = lambda: PlaceSearcher(
        get_settings(), client_that_records
    )
    body = client.get(URL, params={"q": "utrecht"}, headers=as_role(Role.PARTNER)).json()
    assert body["source"] == "register" and body["addressSearchFailed"] is False
    assert seen == []


@pytest.mark.parametrize("q", ["", "a", " ", "  \t", "x" * 101])
def test_too_short_or_blank_text_is_refused(client: TestClient, as_role, q: str) -> None:
    response = client.get(URL, params={"q": q}, headers=as_role(Role.PARTNER))
    assert response.status_code in (400, 422), response.text


def test_without_a_login_nobody_searches(client: TestClient) -> None:
    assert client.get(URL, params={"q": "utrecht"}).status_code == 401


def test_pdok_finds_addresses_with_their_coordinates(client: TestClient, as_role, pdok) -> None:
    seen = pdok(lambda request: httpx.Response(200, json=PDOK_ANSWER))
    response = client.get(
        URL, params={"q": "Stationsplein 1 Utrecht", "limit": 5}, headers=as_role(Role.PARTNER)
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["source"] == "pdok" and body["addressSearchFailed"] is False
    assert body["items"] == [
        {
            "label": "Stationsplein 1, 3511ED Utrecht",
            "kind": "address",
            "lat": 52.08942,
            "lon": 5.11028,
            "municipalityCode": "GM0344",
            "municipalityName": "Utrecht",
        },
        {
            "label": "Utrecht, Utrecht, Utrecht",
            "kind": "town",
            "lat": 52.09,
            "lon": 5.1,
            "municipalityCode": None,
            "municipalityName": None,
        },
        {
            "label": "Nieuwstraat, Nergenshuizen",
            "kind": "street",
            "lat": 52.5,
            "lon": 5.5,
            "municipalityCode": None,
            "municipalityName": "Nergenshuizen",
        },
    ]
    [request] = seen
    assert request.url.host == "api.pdok.nl" and request.url.path == "/bzk/locatieserver/search/v3_1/free"
    assert request.url.params["q"] == "Stationsplein 1 Utrecht" and request.url.params["rows"] == "5"
    assert "centroide_ll" in request.url.params["fl"]


def _timeout(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("too slow", request=request)


def _refused(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("refused", request=request)


@pytest.mark.parametrize(
    "handler",
    [
        _timeout,
        _refused,
        lambda request: httpx.Response(503, text="onderhoud"),
        lambda request: httpx.Response(200, text="<html>not json</html>"),
        lambda request: httpx.Response(200, json={"unexpected": True}),
        lambda request: httpx.Response(200, content=json.dumps({"response": {"docs": "nope"}})),
    ],
    ids=["timeout", "refused", "503", "not-json", "no-docs", "docs-not-a-list"],
)
def test_when_pdok_fails_the_register_answers(client: TestClient, as_role, pdok, handler) -> None:
    seen = pdok(handler)
    response = client.get(URL, params={"q": "utrecht"}, headers=as_role(Role.DESK))
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["source"] == "register" and body["addressSearchFailed"] is True
    assert body["items"][0]["municipalityCode"] == "GM0344"
    assert len(seen) == 1
