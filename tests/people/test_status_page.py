"""The household's status page: language, nothing but its own request, answers, rotation, limits."""

import json

import pytest

from api.core.authorization import Role
from api.core.config import get_settings
from api.relocation.texts import STATUS, TIMELINE
from tests.people.conftest import days


@pytest.fixture
def offered(people, places):
    """A request with an open offer at a host family; returns (request, token, offer id, host)."""

    def make(**household: object) -> tuple[dict, str, str, object]:
        created = people.household(**household)
        request = people.request(created["id"])
        people.to_matching(request["id"])
        host = places.host(pets_present=True)
        offer = people.offer(request["id"], "host_family", host.id, move_in=14)
        assert offer.status_code == 201, offer.text
        return request, request["statusLink"]["token"], offer.json()["id"], host

    return make


def status(people, token: str, query: str = ""):
    return people.client.get(f"/api/v1/status/{token}{query}")


def test_the_page_speaks_the_households_language(people, offered) -> None:
    _, token, _, _ = offered()  # preferredLanguage uk
    page = status(people, token).json()
    assert page["language"] == "uk"
    assert page["status"] == "offered" and page["statusText"] == STATUS["offered"]["uk"]
    assert page["timeline"][0]["text"] == TIMELINE["created"]["uk"]
    assert [e["text"] for e in page["timeline"]] == [
        TIMELINE[key]["uk"] for key in ("created", "triaged", "matching", "offer_made")
    ]
    assert page["nextStep"] == "respond_to_offer" and "відхиліть" in page["nextStepText"]
    assert page["offer"]["description"].startswith("Кімната в приймаючій родині")
    assert status(people, token, "?lang=nl").json()["statusText"] == STATUS["offered"]["nl"]
    assert status(people, token, "?lang=en").json()["language"] == "en"
    assert status(people, token, "?lang=de").status_code == 400


@pytest.mark.parametrize(
    ("preferred", "language"),
    [("nl", "nl"), ("en", "en"), ("ru", "ru"), ("ar", "en"), ("pl", "en")],
)
def test_russian_only_when_chosen_and_never_as_a_fallback(people, offered, preferred, language) -> None:
    _, token, _, _ = offered(preferredLanguage=preferred)
    page = people.client.get(f"/api/v1/status/{token}", headers={"Accept-Language": "ru-RU,ru;q=0.9"}).json()
    assert page["language"] == language
    assert page["statusText"] == STATUS["offered"][language]


def test_the_page_shows_nothing_but_the_request_and_what_the_offer_needs(people, offered) -> None:
    request, token, offer_id, host = offered(vulnerable=True)
    other, _, _, _ = offered()
    response = status(people, token)
    assert response.status_code == 200
    page = response.json()
    assert set(page) == {
        "language",
        "status",
        "statusText",
        "mustMoveBy",
        "nextStep",
        "nextStepText",
        "nextStepExpectedOn",
        "timeline",
        "offer",
        "supportingOrganisation",
    }
    assert set(page["offer"]) == {
        "id",
        "placeType",
        "status",
        "description",
        "municipalityName",
        "beds",
        "moveOn",
        "respondBy",
        "stayEndsOn",
        "languagesSpoken",
        "facts",
        "address",
        "arrivalInstructions",
        "contact",
    }
    # How to get there and whom to call come only with acceptance (tests/people/test_arrival_details.py).
    assert (
        page["offer"]["address"] is page["offer"]["arrivalInstructions"] is page["offer"]["contact"] is None
    )
    assert all(set(event) == {"occurredAt", "text"} for event in page["timeline"])
    assert page["offer"]["id"] == offer_id and page["offer"]["municipalityName"] == "Utrecht"
    assert {f["code"] for f in page["offer"]["facts"]} == {"pets_present"}
    # Timestamps left out: their digits can spell a coordinate ("18:56:52.103" holds "52.1").
    timeline_texts = [event["text"] for event in page["timeline"]]
    text = json.dumps({**page, "timeline": timeline_texts}, ensure_ascii=False)
    for secret in (
        host.display_name,
        host.contact_name,
        host.contact_phone,
        host.contact_email,
        str(host.id),
        str(host.lat),
        request["householdId"],
        other["id"],
        "Son has asthma",
        "Bakkerij",
    ):
        assert secret not in text, secret


def test_the_household_accepts_or_declines_on_its_page(people, places, offered) -> None:
    request, token, offer_id, _ = offered()
    declined = people.client.post(
        f"/api/v1/status/{token}/offers/{offer_id}/decline", json={"reason": "Te ver"}
    )
    assert declined.status_code == 200, declined.text
    page = declined.json()
    assert page["status"] == "matching" and page["offer"] is None
    assert page["timeline"][-1]["text"] == TIMELINE["offer_declined"]["uk"]
    offer = people.get(f"/offers/{offer_id}").json()
    assert offer["respondedVia"] == "status_page" and offer["declineReason"] == "Te ver"
    assert people.events(request["id"])[-1]["actor"]["type"] == "household"

    second = people.offer(request["id"], "shelter_unit", places.unit().id, move_in=9).json()
    again = people.client.post(f"/api/v1/status/{token}/offers/{offer_id}/accept")
    assert again.status_code == 409 and again.json()["type"].endswith("offer-not-open")
    accepted = people.client.post(f"/api/v1/status/{token}/offers/{second['id']}/accept")
    assert accepted.status_code == 200, accepted.text
    page = accepted.json()
    assert page["status"] == "accepted" and page["offer"]["status"] == "accepted"
    assert page["nextStep"] == "move" and page["nextStepExpectedOn"] == days(9)
    assert {f["code"] for f in page["offer"]["facts"]} >= {
        "visiting_daytime",
        "meals_provided",
        "staff_on_site",
    }
    assert page["offer"]["id"] == second["id"]


def test_another_requests_offer_cannot_be_answered_with_this_link(people, offered) -> None:
    _, token, _, _ = offered()
    _, _, other_offer, _ = offered()
    response = people.client.post(f"/api/v1/status/{token}/offers/{other_offer}/accept")
    assert response.status_code == 404
    assert people.get(f"/offers/{other_offer}").json()["status"] == "open"


def test_links_rotate_and_unknown_links_are_404(people, offered) -> None:
    request, token, _, _ = offered()
    assert status(people, "onds_" + "x" * 43).status_code == 404
    assert (
        people.post(
            f"/relocation-requests/{request['id']}/status-link", role=Role.PARTNER, side="b"
        ).status_code
        == 404
    )
    assert (
        people.post(f"/relocation-requests/{request['id']}/status-link", role=Role.MUNICIPALITY).status_code
        == 403
    )
    rotated = people.post(f"/relocation-requests/{request['id']}/status-link", role=Role.PARTNER)
    assert rotated.status_code == 201, rotated.text
    new = rotated.json()
    assert new["token"] != token and new["path"] == f"/status/{new['token']}"
    assert len(new["token"]) >= 5 + 43  # prefix and 256 random bits
    assert status(people, token).status_code == 404
    assert status(people, new["token"]).status_code == 200


def test_lookups_are_rate_limited_per_client(people, offered, monkeypatch) -> None:
    _, token, _, _ = offered()
    monkeypatch.setattr(get_settings(), "status_lookups_per_minute", 3)
    codes = [status(people, token).status_code for _ in range(3)]
    codes.append(status(people, "onds_unknown").status_code)  # failed lookups count too
    limited = status(people, token)
    assert codes == [200, 200, 200, 429]
    assert limited.status_code == 429
    assert limited.headers["content-type"] == "application/problem+json"
    assert 1 <= int(limited.headers["Retry-After"]) <= 60


def test_every_text_exists_in_every_language() -> None:
    from api.relocation import texts
    from api.relocation.models import EventKind, NextStep, RequestStatus, StatusLanguage

    tables = (
        texts.STATUS,
        texts.TIMELINE,
        texts.NEXT_STEP,
        texts.OFFER_DESCRIPTION,
        texts.FACTS,
    )
    for table in tables:
        for key, translations in table.items():
            assert set(translations) == set(StatusLanguage), key
            assert all(text.strip() for text in translations.values()), key
    assert set(texts.STATUS) == set(RequestStatus)
    assert set(texts.NEXT_STEP) == set(NextStep)
    timeline_keys = {k.value for k in EventKind if k != EventKind.STATUS_CHANGED}
    assert timeline_keys | {
        "triaged",
        "matching",
        "moved",
        "closed",
        "cancelled",
        "search_resumed",
    } == set(texts.TIMELINE)
