"""What a household and a host see around the move: how to get there and whom to call (only once
accepted), the supporting organisation always, who is coming to a host, and the host's reports."""

import json

import pytest

from api.core.authorization import Role
from api.identity.models import OrganisationKind
from tests.people.conftest import TODAY

ORGANISATION_CONTACT = {
    "name": "Loket Gastvrij Thuis",
    "phone": "+31 30 765 4321",
    "email": "hulp@example.org",
}
# As shown: where and when households can come by stay empty until the organisation gives them.
SHOWN_CONTACT = {**ORGANISATION_CONTACT, "visitingAddress": None, "openingHours": None}


@pytest.fixture
def supported_by_a_reachable_partner(people) -> dict:
    """Partner a has a contact for its households."""
    organisation_id = people.world.organisation(OrganisationKind.PARTNER)
    response = people.client.patch(
        f"/api/v1/organisations/{organisation_id}",
        json={"contact": ORGANISATION_CONTACT},
        headers=people.as_role(Role.ADMIN),
    )
    assert response.status_code == 200, response.text
    assert response.json()["contact"] == SHOWN_CONTACT
    return response.json()


def page(people, token: str) -> dict:  # type: ignore[no-untyped-def]
    response = people.client.get(f"/api/v1/status/{token}")
    assert response.status_code == 200, response.text
    return response.json()


def test_after_accepting_the_household_learns_where_to_go_and_whom_to_call(
    people, places, supported_by_a_reachable_partner
) -> None:
    host = places.host(
        address="Oudegracht 12, Utrecht",
        arrival_instructions="Bel aan bij de zijdeur; Joke wacht op u.",
        contact_name="Joke Jansen",
        contact_phone="+31 6 1234 5678",
    )
    household = people.household()
    request = people.request(household["id"])
    token = request["statusLink"]["token"]
    expected_organisation = {
        "name": supported_by_a_reachable_partner["name"],
        "contact": SHOWN_CONTACT,
    }
    assert page(people, token)["supportingOrganisation"] == expected_organisation  # always, from the start

    people.to_matching(request["id"])
    offer = people.offer(request["id"], "host_family", host.id, move_in=10).json()
    before = page(people, token)
    text = json.dumps(before, ensure_ascii=False)
    for secret in ("Oudegracht", "zijdeur", "Joke", "+31 6 1234 5678"):
        assert secret not in text, secret  # never before acceptance

    accepted = people.client.post(f"/api/v1/status/{token}/offers/{offer['id']}/accept")
    assert accepted.status_code == 200, accepted.text
    after = accepted.json()["offer"]
    assert after["address"] == "Oudegracht 12, Utrecht"
    assert after["arrivalInstructions"] == "Bel aan bij de zijdeur; Joke wacht op u."
    assert after["contact"] == {
        "name": "Joke Jansen",
        "phone": "+31 6 1234 5678",
        "email": "joke@example.org",
    }
    assert after["stayEndsOn"] == host.available_until.isoformat()
    assert host.display_name not in json.dumps(accepted.json(), ensure_ascii=False)
    assert accepted.json()["supportingOrganisation"] == expected_organisation


def test_a_shelter_place_names_the_location_address_and_its_contact(people, places) -> None:
    unit = places.unit({"arrival_instructions": "Meld u bij de receptie."}, beds=4)
    moving = people.accepted("shelter_unit", unit.id)
    token = moving["request"]["statusLink"]["token"]
    offer = page(people, token)["offer"]
    assert offer["address"] == "Lindelaan 1, Utrecht"
    assert offer["arrivalInstructions"] == "Meld u bij de receptie."
    assert offer["contact"]["name"] == "Els de Vries"
    # Staff who may read the location see its instructions; the municipality writes them.
    location = people.get(f"/shelter-locations/{unit.location_id}", role=Role.MUNICIPALITY).json()
    assert location["arrivalInstructions"] == "Meld u bij de receptie."


def test_a_link_that_no_longer_works_names_the_supporting_organisation(
    people, places, supported_by_a_reachable_partner
) -> None:
    request = people.request(people.household()["id"])
    old = request["statusLink"]["token"]
    assert (
        people.post(f"/relocation-requests/{request['id']}/status-link", role=Role.PARTNER).status_code == 201
    )
    ended = people.client.get(f"/api/v1/status/{old}")
    assert ended.status_code == 404 and ended.json()["type"].endswith("/status-link-ended")
    assert ended.json()["contact"] == {
        "name": supported_by_a_reachable_partner["name"],
        "contact": SHOWN_CONTACT,
    }
    unknown = people.client.get("/api/v1/status/onds_" + "x" * 43)
    assert unknown.status_code == 404 and "contact" not in unknown.json()


def test_a_host_sees_who_is_coming_and_nothing_sensitive(people, places) -> None:
    host_user = people.world.actor(Role.HOST)
    host = places.host(host_user_id=host_user.user_id, beds=3)
    moving = people.accepted("host_family", host.id, move_in=10, vulnerable=True)
    stays = people.get(f"/host-families/{host.id}/stays", role=Role.HOST)
    assert stays.status_code == 200, stays.text
    [stay] = stays.json()["items"]
    assert stay == {
        "placementId": moving["placementId"],
        "status": "incoming",
        "moveOn": moving["offer"]["moveOn"],
        "arrivedOn": None,
        "plannedEndOn": host.available_until.isoformat(),
        "adults": 2,
        "children": 1,
        "languages": ["uk", "en"],
    }
    text = json.dumps(stays.json())
    for secret in (moving["household"]["id"], moving["household"]["reference"], "asthma", "school", "olena"):
        assert secret not in text, secret
    assert people.get(f"/host-families/{host.id}/stays", role=Role.HOST, side="b").status_code == 404
    assert people.get(f"/host-families/{host.id}/stays", role=Role.PARTNER, side="b").status_code == 404
    assert people.get(f"/host-families/{host.id}/stays", role=Role.PARTNER).status_code == 200

    people.move_date_comes(moving["request"]["id"])
    assert people.post(f"/placements/{moving['placementId']}/check-in", {}).status_code == 200
    [living] = people.get(f"/host-families/{host.id}/stays", role=Role.HOST).json()["items"]
    assert living["status"] == "living" and living["arrivedOn"] == TODAY.isoformat()


def test_a_host_follows_what_happened_to_its_reports(people, places) -> None:
    host_user = people.world.actor(Role.HOST)
    host = places.host(host_user_id=host_user.user_id)
    report = people.post(
        "/incidents",
        {
            "subjectType": "host_family",
            "subjectId": str(host.id),
            "severity": "medium",
            "description": "Lekkage.",
        },
        role=Role.HOST,
    )
    assert report.status_code == 201, report.text
    someone_elses = people.post(
        "/incidents",
        {"subjectType": "host_family", "subjectId": str(host.id), "severity": "low", "description": "Buren."},
        role=Role.DESK,
    ).json()
    mine = people.get("/incidents", role=Role.HOST).json()["items"]
    assert [i["id"] for i in mine] == [report.json()["id"]]
    assert people.get(f"/incidents/{someone_elses['id']}", role=Role.HOST).status_code == 404
    closed = people.post(
        f"/incidents/{report.json()['id']}/close",
        {"outcome": "resolved", "note": "Repaired."},
        role=Role.DESK,
    )
    assert closed.status_code == 200, closed.text
    [followed] = people.get("/incidents", role=Role.HOST).json()["items"]
    assert followed["status"] == "closed" and followed["outcome"] == "resolved"
    assert followed["reporterUserId"] is None  # admins only
    assert (
        people.post(
            f"/incidents/{report.json()['id']}/close", {"outcome": "resolved", "note": "x"}, role=Role.HOST
        ).status_code
        == 403
    )
